"""Export helpers: atomic writes, parameter validation, Chromium discovery, CSS escaping."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.export import (
    BriefingError, css_string, find_chrome, html_to_pdf, run_briefing, validate_parameters,
)
from briefing.atomic import write_atomic
from briefing.paths import default_notebook, resolve_articles, slugify


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "briefing.html"
    write_atomic(target, "old")
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.html"]


def test_interrupted_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    write_atomic(target, b"good briefing")

    def interrupted(fd):  # Ctrl-C after the bytes went out, before the file is renamed into place
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new briefing that never finishes")
    assert target.read_bytes() == b"good briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_unknown_parameter_is_refused_before_any_work():
    with pytest.raises(BriefingError, match="unknown parameter.*artcles"):
        validate_parameters(default_notebook(), {"artcles": "seeds"})


def test_parameter_types_are_checked_and_dates_become_text():
    import datetime as dt

    checked = validate_parameters(default_notebook(), {"reference_date": dt.date(2019, 11, 7), "title": "X"})
    assert checked == {"reference_date": "2019-11-07", "title": "X"}
    with pytest.raises(BriefingError, match="must be text"):
        validate_parameters(default_notebook(), {"title": ["a", "list"]})


def test_missing_articles_folder_is_one_clear_error(tmp_path):
    with pytest.raises(BriefingError, match="articles not found: .*does-not-exist"):
        run_briefing({"articles": str(tmp_path / "does-not-exist")}, out_dir=tmp_path / "out", pdf=False)
    assert not (tmp_path / "out").exists()  # refused before any work


def test_limits_are_parameters_checked_by_type():
    with pytest.raises(BriefingError, match="max_articles must be a whole number"):
        validate_parameters(default_notebook(), {"max_articles": "many"})
    assert validate_parameters(default_notebook(), {"max_file_mb": 0.5}) == {"max_file_mb": 0.5}


def test_css_string_cannot_break_out_of_the_stylesheet():
    escaped = css_string('SECRET"; } </style><script>alert(1)</script>')
    assert '"' not in escaped and "<" not in escaped and "}" not in escaped
    assert escaped.startswith("SECRET")


def test_find_chrome_honours_the_setting(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_CHROME", str(tmp_path / "no-such-browser"))
    assert find_chrome() is None
    with pytest.raises(BriefingError, match="apt-get install chromium"):
        html_to_pdf(tmp_path / "x.html", tmp_path / "x.pdf")


def test_slugs_are_safe_folder_names():
    assert slugify("ISIS Fighters Attack Outpost in Tajikistan") == "isis-fighters-attack-outpost-in-tajikistan"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("/abs/path") == "abs-path"
    assert slugify("Нападение на заставу") == "briefing"
    assert "/" not in slugify("a/b\\c:d")


def test_articles_resolve_from_the_project_root(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    resolved = Path(resolve_articles("seeds"))
    assert (resolved / "000_fdf1bc076410a58d.txt").is_file()
