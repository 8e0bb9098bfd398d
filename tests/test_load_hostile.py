"""The loader on a hostile folder: every kind of bad input appears in the table with its reason,
injection text stays inert text, random text and bytes never make it raise, and loading is
deterministic. All fixture files are written here, in tmp_path; the article texts are our own.
"""
from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import COLUMNS, LoadError, LoadOptions, load_articles

WIRE = (
    "Gunmen attacked a police checkpoint on the outskirts of the provincial capital late on "
    "Monday, killing three officers and wounding two others, a spokesman for the provincial "
    "governor said on Tuesday. The attackers arrived on motorcycles shortly before midnight and "
    "opened fire with automatic rifles before fleeing towards the hills, the spokesman said. "
    "Reinforcements were sent from a nearby base and the road was closed to traffic until the "
    "morning. No group has said it carried out the attack, but officials said they suspected a "
    "local armed faction that has been active in the area for several years. Residents said the "
    "shooting lasted for about twenty minutes and that they heard at least two explosions. The "
    "provincial governor ordered an investigation and promised to strengthen security on the main "
    "roads leading into the city. Schools and markets in the district stayed open on Tuesday, but "
    "many shopkeepers said they would close early as a precaution. The interior ministry said the "
    "wounded officers were taken to the regional hospital and were in a stable condition."
)
OTHER_TOPIC = (
    "Heavy rain caused flooding in three northern villages over the weekend, and emergency "
    "services evacuated about two hundred families to a school on higher ground. Local officials "
    "said bridges on two rural roads had been damaged and that repairs would take several weeks. "
    "Farmers reported losses of livestock and stored grain."
)
RUSSIAN = (
    "Вооружённые люди напали на пограничную заставу в среду вечером, сообщили в министерстве "
    "внутренних дел. По данным ведомства, пятнадцать нападавших были убиты, ещё пятеро задержаны. "
    "В ходе боя погибли двое сотрудников силовых структур."
)
UTF16_TEXT = (
    "Officials reported that a bridge near the border town was damaged by an explosion early on "
    "Sunday morning. Nobody was hurt, and traffic was diverted to a second crossing further "
    "downstream while engineers inspected the structure."
)
INJECTION = (
    "Attack report with hostile markup\n"
    "Officials said the convoy was ambushed on the coastal road. <script>alert(1)</script> "
    'Witnesses described the scene. <img src=x onerror=alert(1)> More details: '
    '<a href="javascript:alert(1)">click here</a> and [read more](javascript:alert(document.cookie)). '
    "The ministry said the investigation was continuing and that more arrests were expected.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Market blast in the old city | The Example Courier</title>
<meta property="og:title" content="Market blast in the old city">
<meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="2021-03-04T09:30:00+00:00">
<link rel="canonical" href="https://courier.example/world/market-blast">
<style>.hidden { display: none } body::after { content: "STYLELEAK" }</style>
<script>document.title = "SCRIPTLEAK"; var snippet = "<p>fake paragraph</p>";</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/account">Sign in</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
<main><article>
<h1>Market blast in the old city</h1>
<p>An explosion tore through a crowded vegetable market in the old city on Thursday morning,
killing four people and injuring at least eleven, the city's health department said.</p>
<script>alert("script inside the article body")</script>
<p>Police said the device had been hidden in a handcart parked near the main entrance and
that investigators were examining footage from cameras on the surrounding streets.</p>
<p>Traders closed their stalls for the rest of the day, and the municipal council announced
a meeting to discuss new security arrangements for markets across the city.</p>
</article></main>
<aside><h3>Related stories</h3><ul><li><a href="/a">Council approves new budget</a></li>
<li><a href="/b">Football club signs striker</a></li></ul></aside>
<footer><p>Copyright 2021 The Example Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
<script src="/analytics.js"></script>
</body></html>
"""
MARKDOWN = """---
title: Curfew extended after clashes
published: 2020-08-15
url: https://news.example/curfew-extended
source: Example Wire
language: en
---
Authorities extended a night curfew in the eastern district on Saturday after two days of
clashes between rival groups in which six people were hurt, according to the district police.
The curfew will now run from eight in the evening until six in the morning for another week.
"""
MARKDOWN_HOSTILE = """---
title: "<script>alert('title')</script> Protest report"
url: "javascript:alert(1)"
published: not a date at all
---
Several hundred people gathered outside the regional parliament on Friday to protest against
a proposed law on land ownership. The demonstration ended peacefully in the evening, organisers said.
"""


def _csv_collection() -> str:
    rows = [
        ["headline", "body", "publishedAt", "link", "source"],
        ["Port workers strike over pay", "Dock workers at the southern port walked out on "
         "Wednesday demanding higher wages, halting the loading of container ships for the day.",
         "2022-02-09T08:00:00Z", "https://port.example/strike", "Harbour Times"],
        ["Row without a body", "", "2022-02-10", "https://port.example/none", "Harbour Times"],
        ["Ferry service resumes", "The ferry service between the island and the mainland resumed "
         "on Thursday after repairs to the pier were completed ahead of schedule.",
         "2022-02-10", "http://ferry.example/resumes", "Island News"],
    ]
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _jsonl_collection() -> str:
    lines = [
        json.dumps({"id": "feed-001", "title": "Power cut in the capital", "content":
                    "A fault at the main substation left most of the capital without electricity "
                    "for six hours on Monday, the energy ministry said in a statement.",
                    "date": "2023-01-16", "url": "https://grid.example/cut", "lang": "en"}),
        "{this is not json",
        json.dumps({"id": "feed-002", "title": "Ministry statement in Russian", "content": RUSSIAN,
                    "date": "2023-01-17"}),
    ]
    return "\n".join(lines) + "\n"


def build_hostile_folder(folder: Path) -> dict[str, tuple[str, str]]:
    """Write the hostile fixture folder; return {article_id: (status, words the note must hold)}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "saved_pdf.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    (folder / "random.txt").write_bytes(b"\x00\x01\x02binary\x00\xff\xfe\x00data" * 20)
    (folder / "russian.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # with byte-order mark
    (folder / "huge.txt").write_text(("Filler sentence about nothing in particular. " * 800), encoding="utf-8")
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "story.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "hostile_meta.md").write_text(MARKDOWN_HOSTILE, encoding="utf-8")
    (folder / "api.csv").write_text(_csv_collection(), encoding="utf-8")
    (folder / "feed.jsonl").write_text(_jsonl_collection(), encoding="utf-8")
    (folder / "wire_a.txt").write_text("Checkpoint attacked near provincial capital\n" + WIRE, encoding="utf-8")
    (folder / "wire_b.txt").write_text("Checkpoint attacked near provincial capital\n" + WIRE, encoding="utf-8")
    near = WIRE.replace("three officers", "3 officers").replace("about twenty minutes", "about half an hour")
    (folder / "wire_c.txt").write_text("Three police officers killed in night attack\n" + near, encoding="utf-8")
    (folder / "floods.txt").write_text(OTHER_TOPIC, encoding="utf-8")
    (folder / "injection.txt").write_text(INJECTION, encoding="utf-8")
    (folder / "notes.odt").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (folder / "README.md").write_text("Articles collected for the hostile test.\n", encoding="utf-8")
    return {
        "empty": ("skipped", "empty file"),
        "blank": ("skipped", "empty file"),
        "scan": ("skipped", "unreadable PDF ("),
        "saved_pdf": ("skipped", "binary file"),
        "random": ("skipped", "binary file"),
        "russian": ("skipped", "language Russian ('ru'): the extractors read English only"),
        "utf16": ("used", "decoded from utf-16"),
        "huge": ("skipped", "file too large (36 kB > 20 kB limit)"),
        "page": ("used", ""),
        "story": ("used", ""),
        "hostile_meta": ("used", "url ignored"),
        "api#1": ("used", ""),
        "api#2": ("skipped", "empty text"),
        "api#3": ("used", ""),
        "feed-001": ("used", ""),
        "feed#2": ("skipped", "invalid JSON on line 2"),
        "feed-002": ("skipped", "language Russian ('ru'): the extractors read English only"),
        "wire_a": ("used", ""),
        "wire_b": ("duplicate", "exact duplicate of wire_a"),
        "wire_c": ("duplicate", "near-duplicate of wire_a (similarity"),
        "floods": ("used", ""),
        "injection": ("used", ""),
        "notes": ("skipped", "unsupported type .odt"),
    }


OPTIONS = LoadOptions(max_file_bytes=20_000)


@pytest.fixture()
def hostile(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, str]]]:
    folder = tmp_path / "articles"
    return folder, build_hostile_folder(folder)


def test_every_file_appears_with_its_status_and_reason(hostile):
    folder, expected = hostile
    result = load_articles(folder, OPTIONS)
    table = result.articles.set_index("article_id")
    assert list(result.articles.columns) == list(COLUMNS)
    assert sorted(table.index) == sorted(expected)
    for article_id, (status, reason) in expected.items():
        row = table.loc[article_id]
        assert row["status"] == status, (article_id, row["note"])
        assert reason in row["note"], (article_id, row["note"])
    files_on_disk = {p.name for p in folder.iterdir()}
    assert {Path(p).name for p in result.articles["path"]} == files_on_disk - {"README.md"}
    assert [Path(p).name for p in result.metadata_files] == ["README.md"]
    quality_files = {f.split(" (")[0] for f in result.quality_table()["file"]}
    assert quality_files == files_on_disk


def test_duplicates_point_to_the_kept_copy_and_keep_their_text(hostile):
    folder, _ = hostile
    table = load_articles(folder, OPTIONS).articles.set_index("article_id")
    assert table.loc["wire_b", "duplicate_of"] == "wire_a"
    assert table.loc["wire_c", "duplicate_of"] == "wire_a"
    assert table.loc["wire_b", "checksum"] == table.loc["wire_a", "checksum"]
    assert table.loc["wire_c", "text"].startswith("Three police officers killed")
    assert table.loc["floods", "duplicate_of"] is None
    similarity = float(table.loc["wire_c", "note"].split("similarity ")[1].rstrip(")"))
    assert 0.8 <= similarity < 1.0


def test_encodings_are_decoded_not_mangled(hostile):
    folder, _ = hostile
    table = load_articles(folder, OPTIONS).articles.set_index("article_id")
    assert table.loc["russian", "text"] == RUSSIAN
    assert table.loc["russian", "language"] == "ru"
    assert "decoded from" in table.loc["russian", "note"]
    assert table.loc["utf16", "text"] == UTF16_TEXT
    assert table.loc["utf16", "language"] == "en"


def test_html_main_text_without_scripts_styles_or_page_chrome(hostile):
    folder, _ = hostile
    row = load_articles(folder, OPTIONS).articles.set_index("article_id").loc["page"]
    text = row["text"]
    assert "vegetable market" in text and "new security arrangements" in text
    for leak in ("SCRIPTLEAK", "STYLELEAK", "document.title", "alert(", "fake paragraph",
                 "Sign in", "Privacy policy", "Related stories", "Accept all cookies"):
        assert leak not in text, leak
    assert row["title"] == "Market blast in the old city"
    assert row["outlet"] == "The Example Courier"
    assert row["published"] == "2021-03-04"
    assert row["url"] == "https://courier.example/world/market-blast"


def test_markdown_front_matter_and_collections_metadata(hostile):
    folder, _ = hostile
    table = load_articles(folder, OPTIONS).articles.set_index("article_id")
    story = table.loc["story"]
    assert (story["title"], story["published"], story["outlet"], story["url"]) == (
        "Curfew extended after clashes", "2020-08-15", "Example Wire", "https://news.example/curfew-extended")
    assert story["text"].startswith("Authorities extended") and "---" not in story["text"]
    first = table.loc["api#1"]
    assert (first["title"], first["published"], first["outlet"], first["url"]) == (
        "Port workers strike over pay", "2022-02-09", "Harbour Times", "https://port.example/strike")
    assert table.loc["api#3", "url"] == "http://ferry.example/resumes"
    feed = table.loc["feed-001"]
    assert (feed["title"], feed["published"], feed["language"]) == ("Power cut in the capital", "2023-01-16", "en")
    assert all(p.endswith("api.csv") for p in table.loc[["api#1", "api#2", "api#3"], "path"])


def test_injection_is_kept_as_inert_text_and_bad_metadata_is_not_trusted(hostile):
    folder, _ = hostile
    table = load_articles(folder, OPTIONS).articles.set_index("article_id")
    text = table.loc["injection", "text"]
    assert text == INJECTION  # verbatim: escaping is the presenter's job
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", 'href="javascript:alert(1)"'):
        assert payload in text
    assert table.loc["injection", "title"] == "Attack report with hostile markup"
    meta = table.loc["hostile_meta"]
    assert meta["url"] is None  # a javascript: address never becomes the article's link
    assert meta["title"] == "<script>alert('title')</script> Protest report"
    assert meta["published"] is None
    assert "unreadable date" in meta["note"]


def test_quality_table_and_messages_name_every_problem(hostile):
    folder, expected = hostile
    result = load_articles(folder, OPTIONS)
    quality = result.quality_table()
    assert list(quality.columns) == ["file", "status", "reason"]
    assert len(quality) == len(expected) + 1  # and README.md, status "metadata"
    assert quality.iloc[0].to_dict() == {"file": "README.md", "status": "metadata", "reason": "metadata file"}
    assert "api.csv (api#2)" in set(quality["file"])
    assert quality.set_index("file").loc["huge.txt", "reason"].startswith("file too large")
    joined = "\n".join(result.messages)
    assert result.messages[0].startswith("Read 20 files")
    assert "huge.txt: skipped — file too large" in joined
    assert "wire_b.txt: duplicate — exact duplicate of wire_a" in joined
    counts = result.counts()
    assert counts["used"] == sum(1 for s, _ in expected.values() if s == "used")
    assert counts["metadata"] == 1
    assert all("\n" not in m for m in result.messages)
    assert result.general_messages == [m for m in result.messages if m not in result.details]
    assert len(result.details) == len(expected) - counts["used"]
    assert not any("huge.txt" in m for m in result.general_messages)


def test_per_file_messages_are_capped(hostile):
    folder, _ = hostile
    result = load_articles(folder, LoadOptions(max_file_bytes=20_000, max_item_messages=3))
    assert len(result.details) == 4
    assert result.details[-1] == "... and 10 more (see the data-quality table)."


def test_raw_input_is_never_modified(hostile):
    folder, _ = hostile
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    load_articles(folder, OPTIONS)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_loading_twice_gives_identical_tables(hostile):
    folder, _ = hostile
    first = load_articles(folder, OPTIONS)
    second = load_articles(folder, OPTIONS)
    pd.testing.assert_frame_equal(first.articles, second.articles)
    assert first.messages == second.messages
    pd.testing.assert_frame_equal(first.quality_table(), second.quality_table())


def test_article_limit_skips_the_rest_with_a_reason(hostile):
    folder, _ = hostile
    result = load_articles(folder, LoadOptions(max_file_bytes=20_000, max_articles=3))
    table = result.articles
    assert (table["status"] == "used").sum() == 3
    limited = table[table["note"].str.contains("article limit reached", regex=False)]
    # Everything readable after the first three used articles is listed but not examined further
    # (language, duplicates): 14 readable items in all.
    assert len(limited) == 11
    assert limited["text"].str.len().min() > 0  # still visible, with their text
    assert limited["language"].isna().all()
    assert "Article limit reached: 3 articles used, 11 more items were not examined; raise max_articles to read them." in result.messages


# ---------------------------------------------------------------------------------------------
# Property-based: nothing in a file's content makes the loader raise

EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".xyz", ""]
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(result, names: list[str]) -> None:
    assert list(result.articles.columns) == list(COLUMNS)
    assert set(result.articles["status"]) <= {"used", "duplicate", "skipped"}
    assert {Path(p).name for p in result.articles["path"]} == set(names)
    assert len(result.quality_table()) == len(result.articles)
    assert result.articles["article_id"].is_unique
    assert all(isinstance(m, str) for m in result.messages)


@PROPERTY
@given(st.lists(st.tuples(st.text(max_size=400), st.sampled_from(EXTENSIONS)), min_size=1, max_size=5))
def test_random_text_files_never_raise(files):
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for index, (text, ext) in enumerate(files):
            name = f"f{index}{ext}"
            Path(tmp, name).write_bytes(text.encode("utf-8", "surrogatepass"))
            names.append(name)
        _check(load_articles(tmp), names)


@PROPERTY
@given(st.lists(st.tuples(st.binary(max_size=600), st.sampled_from(EXTENSIONS)), min_size=1, max_size=5))
def test_random_bytes_never_raise(files):
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for index, (data, ext) in enumerate(files):
            name = f"b{index}{ext}"
            Path(tmp, name).write_bytes(data)
            names.append(name)
        _check(load_articles(tmp, LoadOptions(max_file_bytes=500)), names)


_structured_text = st.text(alphabet=string.printable + "—–«»ёжЖ\u202e\ufeff", max_size=300)


@PROPERTY
@given(
    st.lists(
        st.dictionaries(st.sampled_from(["text", "title", "date", "url", "id", "source", "lang", "x"]),
                        st.one_of(_structured_text, st.integers(), st.none(), st.booleans(),
                                  st.lists(st.integers(), max_size=2)), max_size=6),
        max_size=4,
    ),
    st.sampled_from([".json", ".jsonl", ".md"]),
)
def test_random_records_never_raise(records, ext):
    with tempfile.TemporaryDirectory() as tmp:
        if ext == ".json":
            content = json.dumps(records)
        elif ext == ".jsonl":
            content = "\n".join(json.dumps(r) for r in records)
        else:
            fm = "\n".join(f"{k}: {json.dumps(v)}" for r in records for k, v in r.items())
            content = f"---\n{fm}\n---\n" + " ".join(str(r.get("text", "")) for r in records)
        Path(tmp, "c" + ext).write_text(content, encoding="utf-8")
        _check(load_articles(tmp), ["c" + ext])


@given(st.text(alphabet=string.ascii_letters + "/._-", min_size=1, max_size=30))
@settings(max_examples=25, deadline=None)
def test_missing_sources_raise_only_load_error(name):
    with tempfile.TemporaryDirectory() as tmp:
        with pytest.raises(LoadError) as caught:
            load_articles(str(Path(tmp, "missing", "x" + name)))
        assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
