"""Hostile input through the whole pipeline: injected markup stays inert text in the real browser,
an empty folder still yields a briefing, and the data files are deterministic."""
from __future__ import annotations

import json
import os
import re
import subprocess
from html.parser import HTMLParser

import pytest

from briefing import pipeline
from briefing.export import EXIT_NO_USABLE_ARTICLES, find_chrome, run_briefing

pytestmark = pytest.mark.e2e

INJECTION = (
    "Gunmen attack <b>police</b> post <script>document.title='pwned-title'</script>\n"
    "RIVERTON — Gunmen killed 4 police officers at a checkpoint on Sunday, officials said. "
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> "
    "<script>document.body.setAttribute('data-pwned','script')</script> "
    "[details](javascript:document.body.setAttribute('data-pwned','link')) "
    "<iframe src=\"https://example.invalid/\"></iframe>\n"
)


class _Active(HTMLParser):
    """Collects what could execute: event-handler attributes, javascript: URLs, script bodies."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[str] = []
        self.js_urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}>")
            if value and value.strip().lower().startswith("javascript:"):
                self.js_urls.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def dump_dom(html_path, profile) -> str:
    """The DOM after scripts ran, from headless Chromium with every network fetch failing."""
    cmd = [find_chrome(), "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
           "--proxy-server=http://127.0.0.1:9", "--virtual-time-budget=8000", "--dump-dom",
           html_path.resolve().as_uri()]
    if os.geteuid() == 0:
        cmd.insert(1, "--no-sandbox")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


@pytest.fixture(scope="module")
def injected_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "injected.txt").write_text(INJECTION, encoding="utf-8")
    (folder / "front.md").write_text(
        "---\ntitle: \"<script>document.body.setAttribute('data-pwned','title')</script>Checkpoint raid\"\n"
        "published: 2024-03-04\noutlet: \"<img src=x onerror=alert(1)>\"\n---\n"
        "Officials said 4 officers were killed in the raid on the checkpoint near Riverton.\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-out")
    result = run_briefing({"articles": str(folder)}, out_dir=out, pdf=False)
    return result, out


def test_injected_markup_is_escaped_in_the_html(injected_run):
    _, out = injected_run
    html = (out / "briefing.html").read_text(encoding="utf-8")
    active = _Active()
    active.feed(html)
    assert active.handlers == [] and active.js_urls == []
    # article text may reach a script only as JSON chart data, where "<" is \\u003c
    assert not any("<script>document" in s or "pwned" in s and "<script" in s for s in active.scripts)
    body = html.split("</head>", 1)[1]
    assert "&lt;script&gt;document.title=" in body  # shown to the reader as text
    assert "<iframe" not in body and "<img" not in body


@pytest.mark.skipif(find_chrome() is None, reason="no Chrome/Chromium on this machine")
def test_no_script_from_article_text_runs_in_the_browser(injected_run, tmp_path):
    _, out = injected_run
    dom = dump_dom(out / "briefing.html", tmp_path / "profile")
    assert "<body" in dom, "Chromium did not render the page"
    assert not re.search(r"<body[^>]*data-pwned", dom)
    assert "<title>pwned-title</title>" not in dom
    assert 'class="main-svg"' in dom  # our own scripts (the charts) did run


def test_folder_without_usable_articles_still_gives_a_briefing(tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "saved-by-mistake.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    out = tmp_path / "out"
    result = run_briefing({"articles": str(folder), "title": "Nothing usable"}, out_dir=out, pdf=False)
    assert result.exit_code == EXIT_NO_USABLE_ARTICLES
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "No usable article" in html
    assert "empty.txt" in html and "saved-by-mistake.pdf" in html
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["usable_articles"] == 0
    assert all(f["value"] is None for f in summary["fields"].values())


def test_same_inputs_give_byte_identical_data_files(tmp_path):
    first = pipeline.write_data_outputs(pipeline.analyse("seeds"), tmp_path / "a")
    second = pipeline.write_data_outputs(pipeline.analyse("seeds"), tmp_path / "b")
    for name in ("facts", "summary"):
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_limits_given_as_parameters_skip_with_the_reason(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(f"Report {i}\nOfficials said {i + 2} soldiers were wounded in clash number {i} "
                                          f"near the border post on day {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_briefing({"articles": str(folder), "max_articles": 2}, out_dir=out, pdf=False)
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "article limit reached" in html and "r2.txt" in html
