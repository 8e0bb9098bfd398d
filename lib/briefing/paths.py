"""Where things are: project root, notebooks, templates, default input and output folders."""
from __future__ import annotations

import glob
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
BRIEFING_METADATA_KEY = "briefing"  # display metadata carrying title, marking, output folder to the exporter


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """One YAML data file of ``lib/briefing/data``, parsed once per process.

    libyaml's C parser when PyYAML has it (about ten times faster than the pure-Python one: the
    data files are parsed at every kernel start); results are shared, so callers must not mutate them.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA_DIR / name).read_text(encoding="utf-8"), Loader=loader)


def project_root() -> Path:
    """The checkout this package lives in (editable install), else the current folder."""
    root = PACKAGE_DIR.parents[1]
    return root if (root / "pyproject.toml").is_file() and (root / "notebooks").is_dir() else Path.cwd()


def default_notebook() -> Path:
    """The parameterized briefing notebook."""
    return project_root() / "notebooks" / "briefing.ipynb"


def resolve_articles(source: str | Path) -> str:
    """Resolve an articles folder or glob given relative to the current folder or the project root.

    JupyterLab runs a notebook in ``notebooks/``, papermill and the CLI in the caller's folder;
    ``seeds`` must mean the project's seeds in all three.
    """
    text = str(source).strip() or "seeds"
    candidate = Path(text).expanduser()
    if candidate.is_absolute():
        return str(candidate)
    for base in (Path.cwd(), project_root()):
        full = base / candidate
        if full.exists() or glob.glob(str(full)):
            return str(full)
    return str(project_root() / candidate)


def slugify(text: str, max_length: int = 60) -> str:
    """A safe folder name from a title: ASCII letters, digits and dashes, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "briefing"


def default_output_dir(title: str) -> Path:
    """``outputs/<incident-slug>/`` under the project root."""
    return project_root() / "outputs" / slugify(title)
