"""End to end: the real papermill run, nbconvert export and Chromium print on the seeds."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.export import find_chrome, run_briefing
from briefing.paths import project_root

pytestmark = pytest.mark.e2e
ROOT = project_root()
BIN = Path(sys.executable).parent
needs_chrome = pytest.mark.skipif(find_chrome() is None, reason="no Chrome/Chromium on this machine")


class _Refs(HTMLParser):
    """Collects every attribute that could make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "data", "poster", "action", "background"} and value is not None:
                self.refs.append((tag, name, value))


def network_references(html: str) -> list[str]:
    """Every element attribute or CSS url() in ``html`` that points outside the document."""
    parser = _Refs()
    parser.feed(html)
    found = [f"<{t} {n}={v}>" for t, n, v in parser.refs if not v.startswith(("#", "data:"))]
    found += [f"<{t}>" for t in parser.tags if t in {"iframe", "object", "embed", "base"}]
    styles = re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S)
    for css in styles:
        found += [f"css {u}" for u in re.findall(r"url\(\s*['\"]?([^'\")]+)", css) if not u.startswith("data:")]
        found += [f"css {u}" for u in re.findall(r"@import\s+([^;]+);", css)]
    return found


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-briefing")
    result = run_briefing({"articles": "seeds"}, out_dir=out)
    return result, out


def test_every_output_file_is_written(seeds_run):
    result, out = seeds_run
    assert result.out_dir == out
    for name in ("briefing.ipynb", "briefing.html", "facts.csv", "summary.json"):
        assert (out / name).stat().st_size > 0, name
    if find_chrome():
        assert (out / "briefing.pdf").stat().st_size > 0
    assert not list(out.glob(".*.part")), "no temporary files left behind"


def test_html_shows_no_code_and_has_the_charts(seeds_run):
    _, out = seeds_run
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert html.count('class="plotly-graph-div"') >= 3
    assert "jp-CodeMirrorEditor" not in html and "cm-editor" not in html and "In&nbsp;[" not in html
    assert "from briefing import" not in html and "pipeline.analyse" not in html
    # plotly.js is embedded exactly once (its licence banner opens the bundle)
    assert html.count("plotly.js v") == 1
    assert "<title>ISIS Fighters Attack Outpost in Tajikistan</title>" in html
    # the incident's date and most specific place head the briefing
    assert "Incident: 6 Nov 2019, Ishkobod (border post), Tajikistan" in html
    assert "UNCLASSIFIED // OPEN SOURCE" in html


def test_html_has_no_network_reference(seeds_run):
    _, out = seeds_run
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert network_references(html) == []
    assert "default-src 'none'" in html  # and the CSP forbids fetching anything anyway
    page = re.sub(r"<script>.*?</script>", "", html, flags=re.S)  # the page outside the inline scripts
    assert "require.js" not in page and "mathjax" not in page.lower() and "cdn" not in page.lower()


def test_summary_carries_the_seed_figures(seeds_run):
    _, out = seeds_run
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    fields = summary["fields"]
    assert fields["killed_total"]["value"] == 17
    assert fields["killed_total"]["qualifier"] in {"at_least", "more_than"}
    assert fields["killed_attackers"]["value"] == 15
    assert fields["killed_security"]["value"] == 2
    assert fields["captured_attackers"]["value"] == 5
    assert fields["attackers_total"]["value"] == 20
    assert fields["killed_civilians"]["value"] is None  # not reported, not zero
    assert fields["wounded_total"]["value"] is None
    # background incidents never leak: the prison riot's "more than 20" is not the main toll
    assert fields["killed_total"]["value"] != 20
    assert summary["attribution"]["group"] == "Islamic State"
    assert summary["attribution"]["claimed"] is False
    # both sources date the attack to Wednesday 6 Nov 2019: 000 "on Wednesday" (published that
    # day), 003 "On the eve" (published the next day)
    dating = summary["incident_date"]
    assert dating["date"] == "2019-11-06" and dating["status"] == "consistent"
    assert {p["article_id"][:3] for p in dating["per_source"]} == {"000", "003"}
    assert [t["date"] for t in summary["timeline"] if t["kind"] == "incident"] == ["2019-11-06"]


def test_html_text_carries_the_seed_figures(seeds_run):
    _, out = seeds_run
    text = re.sub(r"<[^>]+>", " ", (out / "briefing.html").read_text(encoding="utf-8").split("</script>")[-1])
    assert "At least 17" in text or "at least 17" in text
    assert "Islamic State" in text
    assert "Fifteen assailants were killed" in text  # evidence quoted


def test_facts_rows_quote_their_sentences(seeds_run):
    import pandas as pd

    _, out = seeds_run
    facts = pd.read_csv(out / "facts.csv")
    assert {"article_id", "sentence", "value", "field"} <= set(facts.columns)
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for row in facts.dropna(subset=["sentence"]).itertuples():
        for sentence in row.sentence.split(" / "):  # a derived figure quotes each sentence it used
            assert sentence in seeds[row.article_id], sentence


@needs_chrome
def test_pdf_is_a4_with_page_numbers_and_vector_charts(seeds_run):
    _, out = seeds_run
    reader = PdfReader(out / "briefing.pdf")
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4 in points
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Page 1 of {len(reader.pages)}" in text
    assert "casualties by source" in text  # chart title: drawn as SVG text, so vector and selectable
    assert "17" in text and "Islamic State" in text
    chart_page = next(p for p in reader.pages if "casualties by source" in p.extract_text())
    ops = chart_page.get_contents().get_data()
    path_ops = len(re.findall(rb"\s(?:re|l|c|m)\n", ops))
    assert path_ops > 30, f"expected vector chart paths, found {path_ops} path operators"


@needs_chrome
def test_pdf_pages_rasterise(seeds_run, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) not installed")
    _, out = seeds_run
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out / "briefing.pdf"), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert pages and all(p.stat().st_size > 1000 for p in pages)


@needs_chrome
def test_html_renders_charts_with_the_network_off(seeds_run, tmp_path):
    _, out = seeds_run
    cmd = [find_chrome(), "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
           "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",  # every fetch fails
           "--virtual-time-budget=10000", "--dump-dom", (out / "briefing.html").resolve().as_uri()]
    if os.geteuid() == 0:
        cmd.insert(1, "--no-sandbox")
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    assert dom.count('class="main-svg"') >= 3  # plotly drew every chart from the embedded bundle


def test_another_folder_and_title_give_another_briefing(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "report.txt").write_text(
        "Bomb hits market in Northtown\n"
        "NORTHTOWN — A car bomb exploded in a busy market on Monday, killing 9 people and wounding 31, "
        "police said. No group has claimed responsibility for the attack.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_briefing({"articles": str(folder), "title": "Northtown market bombing"}, out_dir=out, pdf=False)
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<title>Northtown market bombing</title>" in html
    assert "Tajikistan" not in html.split("</script>")[-1]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["title"] == "Northtown market bombing"
    assert summary["fields"]["killed_total"]["value"] == 9
    assert summary["fields"]["wounded_total"]["value"] == 31
    assert result.exit_code == 0


def test_papermill_cli_and_jupyter_nbconvert_route(tmp_path):
    executed = tmp_path / "executed.ipynb"
    subprocess.run([str(BIN / "papermill"), str(ROOT / "notebooks" / "briefing.ipynb"), str(executed),
                    "-p", "articles", "seeds", "-p", "output_dir", str(tmp_path / "data"), "--no-progress-bar"],
                   check=True, capture_output=True, cwd=tmp_path)
    assert (tmp_path / "data" / "summary.json").exists()
    subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "briefing", str(executed)],
                   check=True, capture_output=True, cwd=tmp_path)
    html = (tmp_path / "executed.html").read_text(encoding="utf-8")
    assert network_references(html) == [] and 'class="plotly-graph-div"' in html


def test_papermill_documents_the_parameters():
    out = subprocess.run([str(BIN / "papermill"), "--help-notebook", str(ROOT / "notebooks" / "briefing.ipynb")],
                         check=True, capture_output=True, text=True).stdout
    for name in ("articles", "title", "reference_date", "marking", "output_dir"):
        assert re.search(rf"^\s*{name}: str", out, flags=re.M), name
    assert "handling marking" in out


def test_evidence_review_notebook_runs(tmp_path):
    import papermill

    executed = tmp_path / "review.ipynb"
    papermill.execute_notebook(str(ROOT / "notebooks" / "evidence_review.ipynb"), str(executed),
                               parameters={"articles": "seeds"}, cwd=str(ROOT), progress_bar=False)
    text = executed.read_text(encoding="utf-8")
    assert "Fifteen assailants were killed" in text and "000_fdf1bc076410a58d" in text
