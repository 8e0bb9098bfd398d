"""The analyst-editable data files load as the words they list."""
from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "lib" / "briefing" / "data"


def _booleans_in_lists(value: object, path: str) -> list[str]:
    """Where a list item of ``value`` is a boolean."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _booleans_in_lists(v, f"{path}.{k}")]
    if isinstance(value, list):
        found = [f"{path}[{i}]" for i, v in enumerate(value) if isinstance(v, bool)]
        return found + [p for i, v in enumerate(value) for p in _booleans_in_lists(v, f"{path}[{i}]")]
    return []


def test_no_listed_word_loads_as_a_boolean() -> None:
    # YAML reads a bare no, on, off, yes as booleans: a listed word must be quoted ("no", "on")
    found = [p for f in sorted(DATA.glob("*.yaml"))
             for p in _booleans_in_lists(yaml.safe_load(f.read_text(encoding="utf-8")), f.name)]
    assert found == []
