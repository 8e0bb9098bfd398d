"""Export stage: papermill run → self-contained HTML (nbconvert, project template) → PDF (Chromium).

The exporters are nbconvert plug-ins (entry points ``briefing`` and ``briefing_pdf``), so
``jupyter nbconvert --to briefing executed.ipynb`` gives the same page as ``briefing run``.
Everything happens in-process: one kernel start for papermill, no extra ``jupyter`` CLI start-ups.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters import Exporter, HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor
from traitlets import Bool, Integer, Unicode, default

from . import __version__
from .atomic import write_atomic
from .paths import BRIEFING_METADATA_KEY, TEMPLATES_DIR, default_notebook, project_root

CHROME_ENV = "BRIEFING_CHROME"
CHROME_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class BriefingError(Exception):
    """A problem the user can fix (bad parameter, missing folder, failed cell), said in one line."""


# --------------------------------------------------------------------------------------- helpers
@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle shipped inside the plotly wheel (embedded once per briefing)."""
    from plotly.offline import get_plotlyjs

    # "</script" inside the bundle would end the inline <script> early.
    return get_plotlyjs().replace("</script", "<\\/script")


def css_string(text: str) -> str:
    """``text`` as the inside of a CSS string literal: every non-alphanumeric character escaped."""
    return "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text)


def briefing_metadata(nb: nbformat.NotebookNode) -> dict[str, Any]:
    """Merge the ``briefing`` display metadata the notebook's outputs carry (title, marking, ...)."""
    found: dict[str, Any] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            meta = output.get("metadata", {}).get(BRIEFING_METADATA_KEY)
            if isinstance(meta, dict):
                found.update(meta)
    return found


# ------------------------------------------------------------------------------------- exporters
class BriefingHTMLExporter(HTMLExporter):
    """HTML briefing: no code, no prompts, plotly.js inlined once, no network reference."""

    export_from_notebook = "Briefing (HTML)"

    marking = Unicode("", help="Handling marking; empty = the one the notebook displayed.").tag(config=True)
    embed_plotlyjs = Bool(True, help="Inline plotly.js (needed for the charts offline).").tag(config=True)

    @default("template_name")
    def _template_name_default(self) -> str:
        return "briefing"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Cells meant for the JupyterLab reader (how to run, what the parameters do) are left out.
        self.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={"notebook-only"}), enabled=True)

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(TEMPLATES_DIR)]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    def from_notebook_node(self, nb, resources=None, **kw):  # type: ignore[override]
        """Render ``nb``, adding the briefing's title, marking, CSS and plotly.js to resources."""
        resources = self._init_resources(resources or {})
        meta = briefing_metadata(nb)
        marking = self.marking or meta.get("marking") or "UNMARKED"
        resources["briefing"] = {
            "title": meta.get("title") or resources.get("metadata", {}).get("name", "Briefing"),
            "marking": marking,
            "marking_css": css_string(marking),
            "css": (TEMPLATES_DIR / "briefing" / "briefing.css").read_text(encoding="utf-8"),
            "plotlyjs": plotly_js() if self.embed_plotlyjs else "",
            "version": __version__,
        }
        return super().from_notebook_node(nb, resources, **kw)


class BriefingPDFExporter(Exporter):
    """PDF briefing: the HTML briefing printed to A4 by headless Chromium (vector charts)."""

    export_from_notebook = "Briefing (PDF)"
    output_mimetype = "application/pdf"

    chrome = Unicode("", help=f"Chrome/Chromium binary; empty = ${CHROME_ENV} or PATH.").tag(config=True)
    timeout = Integer(120, help="Seconds Chromium may take to print.").tag(config=True)

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    def from_notebook_node(self, nb, resources=None, **kw):  # type: ignore[override]
        """Render the HTML briefing, print it with Chromium, return the PDF bytes."""
        html, resources = BriefingHTMLExporter(parent=self).from_notebook_node(nb, resources, **kw)
        with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as tmp:
            page = Path(tmp) / "briefing.html"
            page.write_text(html, encoding="utf-8")
            pdf = Path(tmp) / "briefing.pdf"
            html_to_pdf(page, pdf, chrome=self.chrome or None, timeout=self.timeout)
            data = pdf.read_bytes()
        resources["output_extension"] = ".pdf"
        return data, resources


# ---------------------------------------------------------------------------------------- chrome
def find_chrome(explicit: str | None = None) -> str | None:
    """The Chrome/Chromium to print with: ``explicit``, then ``$BRIEFING_CHROME``, then PATH."""
    for candidate in (explicit, os.environ.get(CHROME_ENV)):
        if candidate:
            resolved = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
            return resolved
    for name in CHROME_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


PDF_HELP = (
    "no Chrome/Chromium found, so no PDF was made (the HTML is complete). To get PDFs: "
    "`sudo apt-get install chromium` (Debian/Ubuntu), or set "
    f"{CHROME_ENV}=/path/to/chrome, then rerun; or open briefing.html in a browser and print to PDF."
)


def chrome_command(chrome: str, html: Path, pdf: Path, profile: Path) -> list[str]:
    """The headless Chromium command line that prints ``html`` to ``pdf``."""
    cmd = [
        chrome,
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        # The machine may have no network: stop Chromium from trying (it would stall and spam).
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=15000",  # let plotly finish drawing before the page is printed
        f"--print-to-pdf={pdf}",
        html.resolve().as_uri(),
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.insert(1, "--no-sandbox")  # Chromium refuses to start as root with its sandbox
    return cmd


def html_to_pdf(html: Path, pdf: Path, chrome: str | None = None, timeout: int = 120) -> Path:
    """Print ``html`` to ``pdf`` (A4, page numbers from the page's CSS) with headless Chromium."""
    binary = find_chrome(chrome)
    if not binary:
        raise BriefingError(PDF_HELP)
    pdf = Path(pdf)
    with tempfile.TemporaryDirectory(prefix="briefing-chrome-") as profile:
        tmp_pdf = pdf.with_name(f".{pdf.name}.{uuid.uuid4().hex}.part")
        try:
            proc = subprocess.run(
                chrome_command(binary, Path(html), tmp_pdf, Path(profile)),
                capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
            )
            if proc.returncode != 0 or not tmp_pdf.exists() or tmp_pdf.stat().st_size == 0:
                tail = (proc.stderr or "").strip().splitlines()[-3:]
                raise BriefingError(f"Chromium could not print the PDF ({binary}): {' / '.join(tail)}")
            os.replace(tmp_pdf, pdf)
        except subprocess.TimeoutExpired as err:
            raise BriefingError(f"Chromium took longer than {timeout}s to print the PDF") from err
        finally:
            tmp_pdf.unlink(missing_ok=True)
    return pdf


# ------------------------------------------------------------------------------------ papermill
def kernel_for(notebook: dict[str, Any]) -> str:
    """The notebook's kernel when installed here, else ``python3`` (this interpreter's ipykernel)."""
    from jupyter_client.kernelspec import KernelSpecManager

    wanted = notebook.get("metadata", {}).get("kernelspec", {}).get("name", "python3")
    available = KernelSpecManager().find_kernel_specs()
    return wanted if wanted in available else "python3"


def validate_parameters(notebook: Path, params: dict[str, Any]) -> dict[str, Any]:
    """Check names and types of ``params`` against the notebook's ``parameters`` cell.

    papermill itself only warns about unknown names; a briefing built from a typo would be
    silently wrong, so we refuse before any work starts.
    """
    import papermill

    declared = papermill.inspect_notebook(str(notebook))
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise BriefingError(
            f"unknown parameter(s) {', '.join(unknown)}; the notebook takes: {', '.join(declared)}"
        )
    checked: dict[str, Any] = {}
    for name, value in params.items():
        kind = (declared[name].get("inferred_type_name") or "").replace(" ", "")
        if kind == "str" and not isinstance(value, str):
            if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
                value = str(value)  # YAML reads 2019-11-06 as a date, 2019 as an int
            else:
                raise BriefingError(f"parameter {name} must be text, got {value!r}")
        elif kind == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            raise BriefingError(f"parameter {name} must be a whole number, got {value!r}")
        elif kind == "float" and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            raise BriefingError(f"parameter {name} must be a number, got {value!r}")
        elif kind == "bool" and not isinstance(value, bool):
            raise BriefingError(f"parameter {name} must be true or false, got {value!r}")
        checked[name] = value
    return checked


def _kernel_config() -> Any:
    """Traitlets config for the kernel manager papermill's nbclient engine creates: kernel
    traffic is encrypted with CurveZMQ when the kernel declares support (ipykernel >= 7.3 does,
    and warns on every start when it runs over plain TCP)."""
    import zmq
    from traitlets.config import Config

    config = Config()
    if zmq.has("curve"):
        config.KernelManager.transport_encryption = "auto"
    return config


def execute_notebook(notebook: Path, output: Path, params: dict[str, Any], timeout: int = 600) -> nbformat.NotebookNode:
    """Run ``notebook`` with papermill (cwd = project root) and return the executed notebook."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    raw = json.loads(Path(notebook).read_text(encoding="utf-8"))
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=params, kernel_name=kernel_for(raw),
            cwd=str(project_root()), progress_bar=False, log_output=False, execution_timeout=timeout,
            config=_kernel_config(),
        )
    except PapermillExecutionError as err:
        raise BriefingError(
            f"the notebook failed in cell {err.exec_count}: {err.ename}: {err.evalue} "
            f"(the executed notebook with the traceback is {output})"
        ) from err
    return nbformat.read(str(output), as_version=4)


def check_articles_source(source: str) -> None:
    """Refuse a missing articles folder or a glob that matches nothing, before any kernel starts."""
    import glob

    from .paths import resolve_articles

    resolved = resolve_articles(source)
    if not (Path(resolved).exists() or glob.glob(resolved)):
        raise BriefingError(f"articles not found: {source} (no such folder or file, and no file matches it)")


# ---------------------------------------------------------------------------------- run_briefing
@dataclass
class RunResult:
    """What ``briefing run`` produced."""

    out_dir: Path
    files: dict[str, Path] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    exit_code: int = 0
    seconds: float = 0.0

    def report_lines(self) -> list[str]:
        """Lines the CLI prints: messages, then each file."""
        lines = list(self.messages)
        lines.append(f"briefing written to {self.out_dir}/ in {self.seconds:.1f}s:")
        lines += [f"  {name:<15} {path}" for name, path in self.files.items()]
        return lines


EXIT_NO_USABLE_ARTICLES = 3


def run_briefing(
    params: dict[str, Any],
    out_dir: str | Path | None = None,
    notebook: str | Path | None = None,
    pdf: bool = True,
    timeout: int = 600,
    chrome: str | None = None,
) -> RunResult:
    """Execute the briefing notebook with papermill and export HTML and PDF next to its data files.

    Every output is written atomically. Returns the files written; raises :class:`BriefingError`
    for problems the user can fix.
    """
    started = dt.datetime.now()
    nb_path = Path(notebook) if notebook else default_notebook()
    if not nb_path.is_file():
        raise BriefingError(f"notebook not found: {nb_path}")
    params = dict(params)
    if out_dir is not None:
        params["output_dir"] = str(Path(out_dir).resolve())
    params = validate_parameters(nb_path, params)
    if "articles" in params:
        check_articles_source(params["articles"])

    staging = project_root() / "outputs" / f".run-{uuid.uuid4().hex[:12]}"
    staging.mkdir(parents=True, exist_ok=True)
    try:
        executed_path = staging / "briefing.ipynb"
        executed = execute_notebook(nb_path, executed_path, params, timeout=timeout)
        meta = briefing_metadata(executed)
        if not meta.get("output_dir"):
            raise BriefingError("the notebook did not report its output folder (no briefing metadata)")
        final = Path(meta["output_dir"])
        result = RunResult(out_dir=final)
        result.files.update({k: Path(v) for k, v in meta.get("files", {}).items()})
        result.messages += list(meta.get("messages", []))

        write_atomic(final / "briefing.ipynb", executed_path.read_bytes())
        result.files["notebook"] = final / "briefing.ipynb"
        html, _ = BriefingHTMLExporter().from_notebook_node(executed)
        write_atomic(final / "briefing.html", html)
        result.files["html"] = final / "briefing.html"
        if pdf:
            try:
                html_to_pdf(final / "briefing.html", final / "briefing.pdf", chrome=chrome)
                result.files["pdf"] = final / "briefing.pdf"
            except BriefingError as err:
                result.messages.append(f"warning: {err}")
        if meta.get("usable_articles", 1) == 0:
            result.exit_code = EXIT_NO_USABLE_ARTICLES
            result.messages.append("warning: no usable article: the briefing says so (exit code 3)")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.seconds = (dt.datetime.now() - started).total_seconds()
    return result
