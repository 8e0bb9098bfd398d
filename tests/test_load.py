"""The loader on ordinary input: the seeds, each format's metadata, sources, options and helpers.

Fixture files are written in tmp_path with short texts of our own.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from briefing import formats
from briefing.load import LoadError, LoadOptions, human_size, load_articles

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

BODY = (
    "Security forces said two soldiers were wounded on Friday when their patrol came under fire "
    "near the northern checkpoint. The attackers escaped across the river before reinforcements "
    "arrived, and the army said a search of the area was under way."
)
BODY_2 = (
    "The regional court sentenced four men to long prison terms on Monday for organising a series "
    "of robberies of currency exchange offices, prosecutors said in a statement issued after the "
    "hearing had ended."
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one(folder: Path, **options) -> dict:
    """Load ``folder`` and return its only row as a dict."""
    table = load_articles(folder, LoadOptions(**options)).articles
    assert len(table) == 1, table[["article_id", "status", "note"]]
    return table.iloc[0].to_dict()


# --- the seeds --------------------------------------------------------------------------------


def test_seeds_load_as_two_used_english_articles_with_manifest_metadata():
    result = load_articles(SEEDS)
    used = result.used.set_index("article_id")
    assert list(used.index) == ["000_fdf1bc076410a58d", "003_170917b69a7026b5"]
    report, column = used.loc["000_fdf1bc076410a58d"], used.loc["003_170917b69a7026b5"]
    assert report["title"] == "ISIS Fighters Attack Outpost in Tajikistan"
    assert report["published"] == "2019-11-06"
    assert report["outlet"] is None and report["url"] is None
    assert "dateline: KABUL, Afghanistan" in report["note"]
    assert column["title"] is None
    assert column["published"] == "2019-11-07"
    assert "machine translation from Russian" in column["note"]
    assert set(used["language"]) == {"en"}
    for article_id, row in used.iterrows():
        raw = (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")
        assert row["text"] == raw  # verbatim, headline and dateline included
        assert row["checksum"] == hashlib.sha256(raw.encode("utf-8")).hexdigest()
        assert row["word_count"] > 500
    assert len(result.articles) == 2  # the manifest is not an article ...
    assert result.metadata_files == [str(SEEDS / "manifest.csv")]
    quality = result.quality_table()  # ... but the data-quality table lists it
    assert quality.to_dict("records")[-1] == {"file": "manifest.csv", "status": "metadata", "reason": "metadata file"}
    assert result.counts() == {"used": 2, "duplicate": 0, "skipped": 0, "total": 2, "metadata": 1}
    assert result.messages == ["Read 3 files from " + str(SEEDS) + ": 2 articles used, 0 duplicates, 0 skipped, 1 metadata file."]


def test_seed_glob_reads_only_the_articles_but_still_uses_the_manifest():
    result = load_articles(str(SEEDS / "*.txt"))
    assert list(result.articles["status"]) == ["used", "used"]
    assert list(result.articles["published"]) == ["2019-11-06", "2019-11-07"]


# --- sources and options ----------------------------------------------------------------------


def test_missing_folder_and_empty_glob_raise_one_clear_sentence(tmp_path):
    with pytest.raises(LoadError, match="Articles folder not found"):
        load_articles(tmp_path / "nowhere")
    with pytest.raises(LoadError, match="No files match the pattern"):
        load_articles(str(tmp_path / "*.txt"))
    with pytest.raises(LoadError, match="Article file not found"):
        load_articles([tmp_path / "gone.txt"])
    with pytest.raises(LoadError, match="list of paths is empty"):
        load_articles([])
    assert issubclass(LoadError, ValueError)


@pytest.mark.parametrize(
    "options, words",
    [
        (LoadOptions(max_file_bytes=0), "max_file_bytes"),
        (LoadOptions(max_articles=-1), "max_articles"),
        (LoadOptions(near_duplicate_threshold=1.5), "near_duplicate_threshold"),
        (LoadOptions(columns={"body_text": ["story"]}), "unknown field 'body_text'"),
        (LoadOptions(columns={"text": "story"}), "list of column names"),
    ],
)
def test_invalid_options_are_refused_before_any_work(tmp_path, options, words):
    write(tmp_path, "a.txt", BODY)
    with pytest.raises(LoadError, match=words):
        load_articles(tmp_path, options)


def test_empty_folder_gives_an_empty_table_and_says_so(tmp_path):
    result = load_articles(tmp_path)
    assert result.articles.empty and list(result.articles.columns)[0] == "article_id"
    assert result.used.empty
    assert any("No usable articles" in m for m in result.messages)


def test_list_of_paths_is_loaded_in_sorted_order(tmp_path):
    b = write(tmp_path, "b.txt", BODY_2)
    a = write(tmp_path, "a.txt", BODY)
    result = load_articles([b, str(a)])
    assert list(result.articles["article_id"]) == ["a", "b"]


def test_same_stem_in_two_formats_gets_distinct_ids(tmp_path):
    write(tmp_path, "report.txt", BODY)
    write(tmp_path, "report.md", BODY_2)
    ids = list(load_articles(tmp_path).articles["article_id"])
    assert ids == ["report", "report.txt"]


def test_subfolders_and_hidden_files_are_listed_not_read(tmp_path):
    write(tmp_path / "sub", "inner.txt", BODY)
    write(tmp_path, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    table = load_articles(tmp_path).articles.set_index("article_id")
    assert table.loc["sub", "note"].startswith("folder")
    assert table.loc[".DS_Store", "note"] == "hidden file"
    assert (table["status"] == "skipped").all()


# --- plain text -------------------------------------------------------------------------------


def test_headline_only_when_the_first_line_looks_like_one(tmp_path):
    write(tmp_path / "a", "x.txt", "Patrol ambushed near northern checkpoint\n" + BODY)
    assert one(tmp_path / "a")["title"] == "Patrol ambushed near northern checkpoint"
    write(tmp_path / "b", "x.txt", BODY + "\n" + BODY_2)
    assert one(tmp_path / "b")["title"] is None
    write(tmp_path / "c", "x.txt", "Patrol ambushed near northern checkpoint")  # nothing after it
    assert one(tmp_path / "c")["title"] is None


def test_dateline_place_and_date(tmp_path):
    write(tmp_path, "x.txt", "Border post attacked\nMOSCOW, Nov. 7, 2019 (Reuters) - " + BODY)
    row = one(tmp_path)
    assert row["published"] == "2019-11-07"
    assert "dateline: MOSCOW (Reuters)" in row["note"]
    assert "date from the dateline" in row["note"]
    assert row["title"] == "Border post attacked"


def test_event_dates_in_sentences_are_never_taken_as_publication_date(tmp_path):
    write(tmp_path, "x.txt", "Fighting broke out on 12 May 2020 near the border. " + BODY)
    assert one(tmp_path)["published"] is None


def test_labelled_publication_line_is_used(tmp_path):
    write(tmp_path, "x.txt", BODY + "\n\nPublished: 7 November 2019\n")
    row = one(tmp_path)
    assert row["published"] == "2019-11-07"
    assert "date from the text" in row["note"]


def test_windows_line_ends_and_decomposed_accents_are_normalised(tmp_path):
    write(tmp_path, "x.txt", ("Cafe\u0301 attack in the capital\r\n" + BODY + "\r\n").encode("utf-8"))
    row = one(tmp_path)
    assert row["title"] == "Caf\u00e9 attack in the capital"
    assert "\r" not in row["text"] and "Caf\u00e9" in row["text"]


def test_utf16_without_bom_and_cp1251_html_with_declared_charset(tmp_path):
    write(tmp_path / "a", "x.txt", BODY.encode("utf-16-le"))
    row = one(tmp_path / "a")
    assert (row["status"], row["text"]) == ("used", BODY)
    page = f'<html><head><meta charset="windows-1251"><title>t</title></head><body><p>{BODY}</p><p>Москва</p></body></html>'
    write(tmp_path / "b", "p.html", page.encode("cp1251"))
    row = one(tmp_path / "b")
    assert "Москва" in row["text"] and "decoded from windows-1251" in row["note"]


def test_bytes_in_no_known_encoding_are_unreadable(tmp_path):
    write(tmp_path, "x.txt", bytes(range(0x80, 0x100)) * 3)
    row = one(tmp_path)
    assert (row["status"], row["note"], row["text"]) == ("skipped", "unreadable encoding", "")


def test_terminal_control_characters_are_removed_from_text_and_messages(tmp_path):
    write(tmp_path, "x.txt", "Alert\x1b[31m in red\n" + BODY)
    write(tmp_path, "bad\u202ename.pdf", b"%PDF-1.4")
    result = load_articles(tmp_path)
    text = result.articles.set_index("article_id").loc["x", "text"]
    assert "\x1b" not in text and "1 control character removed" in result.articles.iloc[1]["note"]
    assert any("bad\\u202ename.pdf" in m for m in result.messages)


# --- Markdown, HTML, collections ---------------------------------------------------------------


def test_markdown_heading_is_the_title_without_front_matter(tmp_path):
    write(tmp_path, "x.md", "# Patrol ambushed in the north\n\n" + BODY)
    row = one(tmp_path)
    assert row["title"] == "Patrol ambushed in the north"
    assert row["text"].startswith("# Patrol ambushed")


def test_short_html_page_falls_back_to_visible_text(tmp_path):
    write(tmp_path, "p.html", "<html><body><nav>Home News</nav><p>Two soldiers were wounded near the checkpoint.</p>"
                              "<script>alert(1)</script><footer>Contact us</footer></body></html>")
    row = one(tmp_path)
    assert row["text"] == "Two soldiers were wounded near the checkpoint."
    assert row["status"] == "used"


def test_escaped_markup_in_a_page_is_text_and_real_scripts_are_gone(tmp_path):
    page = ("<html><body><article><p>" + BODY + "</p><p>The post read &lt;script&gt;alert(1)&lt;/script&gt; "
            "in full.</p><script>document.title='pwned'</script>"
            "<p><a href=\"javascript:alert(2)\">a link</a> <img src=x onerror=\"alert(3)\"></p></article></body></html>")
    write(tmp_path, "p.html", page)
    text = one(tmp_path)["text"]
    assert "<script>alert(1)</script>" in text  # what the page showed as text stays text
    assert "pwned" not in text and "javascript:" not in text and "onerror" not in text


def test_a_live_blog_is_dated_by_its_last_update(tmp_path):
    ld = ('{"@context": "https://schema.org", "@type": "LiveBlogPosting", "coverageStartTime": '
          '"2024-05-04T19:00:00+00:00", "datePublished": "2024-05-04T19:00:00+00:00", '
          '"dateModified": "2024-05-05T08:30:00+00:00"}')
    page = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
            f"<p>A wounded man from last night's attack has died in hospital.</p><p>{BODY}</p></article></body></html>")
    write(tmp_path, "live.html", page)
    row = one(tmp_path)
    assert row["published"] == "2024-05-05"  # the newest entry, first in the page, is of that day
    assert "live blog's last update" in row["note"]
    # an ordinary page keeps its publication date, whatever its modified time
    write(tmp_path, "live.html", page.replace("LiveBlogPosting", "NewsArticle"))
    assert one(tmp_path)["published"] == "2024-05-04"


def test_html_without_text_is_skipped_with_reason(tmp_path):
    write(tmp_path, "p.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")
    row = one(tmp_path)
    assert (row["status"], row["note"]) == ("skipped", "no article text found in the page")


def test_news_api_json_with_nested_source_and_own_ids(tmp_path):
    payload = {"status": "ok", "totalResults": 3, "articles": [
        {"source": {"id": None, "name": "Daily Example"}, "title": "Patrol attacked", "url": "https://d.example/1",
         "publishedAt": "2024-05-02T07:00:00Z", "content": BODY, "id": "a-1"},
        {"source": {"name": "Daily Example"}, "title": "Court verdict", "content": BODY_2, "id": "../../etc/passwd"},
        {"source": {"name": "Daily Example"}, "title": "No text here"},
    ]}
    write(tmp_path, "api.json", json.dumps(payload))
    table = load_articles(tmp_path).articles
    assert list(table["article_id"]) == ["a-1", "api#2", "api#3"]  # unsafe own id replaced
    first = table.iloc[0]
    assert (first["outlet"], first["published"], first["url"]) == ("Daily Example", "2024-05-02", "https://d.example/1")
    assert list(table["status"]) == ["used", "used", "skipped"]
    assert table.iloc[2]["note"].startswith("empty text")


def test_single_json_object_is_one_article(tmp_path):
    write(tmp_path, "one.json", json.dumps({"headline": "Court verdict", "body": BODY_2, "date": "2024-01-09"}))
    row = one(tmp_path)
    assert (row["article_id"], row["title"], row["published"]) == ("one", "Court verdict", "2024-01-09")


def test_a_cms_export_wrapping_one_article_is_that_article(tmp_path):
    export = {"export_version": "2.3", "source": "Valley Courier", "article": {
        "headline": "Court verdict", "body": BODY_2, "published_at": "2024-01-09T10:00:00+08:00",
        "byline": [{"name": "A. Writer"}], "related": [{"headline": "Other story"}]}}
    write(tmp_path, "export.json", json.dumps(export))
    row = one(tmp_path)
    assert (row["status"], row["title"], row["published"], row["outlet"]) == ("used", "Court verdict", "2024-01-09",
                                                                              "Valley Courier")
    assert row["text"].startswith(BODY_2[:40])


def test_column_aliases_are_configurable(tmp_path):
    write(tmp_path, "x.csv", "story;when;paper\n" + f'"{BODY}";06.11.2019;Evening Example\n')
    default = load_articles(tmp_path).articles
    assert default.iloc[0]["note"].startswith("no text column")
    options = LoadOptions(columns={"text": ["story"], "published": ["when"], "outlet": ["paper"]})
    row = load_articles(tmp_path, options).articles.iloc[0]
    assert (row["status"], row["published"], row["outlet"]) == ("used", "2019-11-06", "Evening Example")


def test_csv_delimiter_falls_back_when_the_sniffer_guesses_wrong(tmp_path):
    # Quoted words followed by commas make csv.Sniffer answer ',' for this '|' file.
    body = "He said 'yes', 'no', and 'maybe', then left."
    write(tmp_path, "x.csv", f"title|text\nTalks|{body} {BODY}\nMore|{body} {BODY_2}\n")
    table = load_articles(tmp_path).articles
    assert list(table["status"]) == ["used", "used"]
    assert list(table["title"]) == ["Talks", "More"]
    assert table.iloc[0]["text"].startswith(body)


def test_csv_with_a_very_long_body(tmp_path):
    long_body = " ".join([BODY] * 800)  # about 170 kB, above the csv module's default field limit
    write(tmp_path, "x.csv", f'title,text\nLong one,"{long_body}"\n')
    assert one(tmp_path, max_file_bytes=1_000_000)["word_count"] > 20_000


# --- manifest, duplicates, limits --------------------------------------------------------------


def test_yaml_manifest_overrides_and_fills_metadata(tmp_path):
    write(tmp_path, "a.txt", "Headline from the file itself\nMOSCOW, Nov. 7, 2019 - " + BODY)
    write(tmp_path, "manifest.yaml", "a.txt:\n  title: Analyst title\n  published: 2019-11-08\n"
                                      "  outlet: Example Post\n  url: https://post.example/a\n"
                                      "ghost.txt:\n  title: Not there\n")
    result = load_articles(tmp_path)
    row = result.articles.set_index("article_id").loc["a"]
    assert (row["title"], row["published"], row["outlet"]) == ("Analyst title", "2019-11-08", "Example Post")
    assert "the file says 2019-11-07" in row["note"]
    assert any("'ghost.txt', which was not loaded" in m for m in result.messages)


def test_manifest_language_can_mark_an_article_as_not_read(tmp_path):
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "manifest.csv", "file,language\na.txt,Russian\n")
    row = load_articles(tmp_path).articles.set_index("article_id").loc["a"]
    assert (row["status"], row["language"]) == ("skipped", "ru")
    assert "the text looks like 'en'" in row["note"]


def test_near_duplicate_threshold_is_a_parameter(tmp_path):
    write(tmp_path, "a.txt", BODY + " " + BODY_2)
    write(tmp_path, "b.txt", BODY + " " + BODY_2.replace("four men", "five men"))
    loose = load_articles(tmp_path).articles
    assert list(loose["status"]) == ["used", "duplicate"]
    strict = load_articles(tmp_path, LoadOptions(near_duplicate_threshold=0.99)).articles
    assert list(strict["status"]) == ["used", "used"]


def test_a_copy_with_paragraphs_cut_is_a_duplicate_of_the_full_story(tmp_path):
    paragraphs = [f"Paragraph {k}: " + BODY.replace("two soldiers", f"{k + 2} soldiers") for k in range(5)]
    write(tmp_path, "a_full.txt", "Patrol attacked near the checkpoint\n\n" + "\n\n".join(paragraphs))
    write(tmp_path, "b_trimmed.txt", "Aggregator | Patrol attacked near the checkpoint\n\n" + "\n\n".join(paragraphs[:3]))
    table = load_articles(tmp_path).articles.set_index("article_id")
    assert (table.loc["b_trimmed", "status"], table.loc["b_trimmed", "duplicate_of"]) == ("duplicate", "a_full")
    assert "shortened copy" in table.loc["b_trimmed", "note"]
    # a different story on the same event shares sentences, not its whole text
    write(tmp_path, "b_trimmed.txt", "Follow-up\n\n" + paragraphs[0] + "\n\n" + BODY_2 * 3)
    assert load_articles(tmp_path).articles.set_index("article_id").loc["b_trimmed", "status"] == "used"


def test_too_large_file_reason_states_size_and_limit(tmp_path):
    write(tmp_path, "big.txt", "word " * 3000)
    row = one(tmp_path, max_file_bytes=10_000)
    assert (row["status"], row["note"]) == ("skipped", "file too large (15 kB > 10 kB limit)")
    assert row["text"] == "" and row["checksum"] is None


# --- helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2019-11-06", "2019-11-06"),
        ("2019-11-06T23:10:00+05:00", "2019-11-06"),
        ("Wed, 06 Nov 2019 10:00:00 GMT", "2019-11-06"),
        ("November 6, 2019", "2019-11-06"),
        ("6 Nov. 2019", "2019-11-06"),
        ("06.11.2019", "2019-11-06"),
        ("25/11/2019", "2019-11-25"),
        ("11/25/2019", "2019-11-25"),
        ("11/06/2019", None),
        ("2019-02-30", None),
        ("yesterday", None),
        (1573034400, "2019-11-06"),
        (True, None),
    ],
)
def test_parse_published(value, expected):
    assert formats.parse_published(value)[0] == expected


def test_ambiguous_dates_say_why():
    assert "ambiguous" in formats.parse_published("11/06/2019")[1]


@pytest.mark.parametrize(
    "line, place",
    [
        ("KABUL, Afghanistan — At least 17 people were killed", "KABUL, Afghanistan"),
        ("NEW YORK — The council met", "NEW YORK"),
        ("DUSHANBE (AP) -- Officials said", "DUSHANBE"),
        ("On the eve of the vote - nothing happened", None),
        ("Officials said — without evidence — that", None),
        ("PARIS, Jan. 4, 2021 (Wire) -", "PARIS"),  # a dateline on a line of its own
        ("TUNIS, June 3 (Wire) - Police said", "TUNIS"),
        ("A timeline of the war -", None),
        # no dash: told by the date right after the place
        ("Kelora/Jammu, Oct 16 (WNS) Two soldiers were killed", "Kelora/Jammu"),
        ("KELORA, October 17: The toll rose", "KELORA"),
        ("Villa Alta, Oax., March 10, 2025.- Rises to six the number", "Villa Alta, Oax."),
        ("SAN PEDRO (Cauca), Tuesday 14 October 2025.", "SAN PEDRO (Cauca)"),
        ("On Monday, March 9: nobody was hurt", None),
        ("Three people, Oct 16 (WNS) said", None),
        ("In Lagos, March 9 (AP) was calm", None),
    ],
)
def test_find_dateline(line, place):
    found = formats.find_dateline(line)
    assert (found["place"] if found else None) == place


def test_a_dateline_without_its_year_takes_the_year_of_the_articles_beside_it(tmp_path):
    write(tmp_path, "a.txt", "Bridge attack kills three\nBy Desk | Published 30 December 2020\n"
                             "Three people were killed on Tuesday.")
    write(tmp_path, "b.txt", "Bridge attack toll rises\nTUNIS, Jan. 2 (Wire) -\n"
                             "The toll from Tuesday's attack rose to five.")
    write(tmp_path, "c.txt", "Calm returns\nTUNIS, 20 July (Wire) - The city was calm.")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["b", "published"] == "2021-01-02"  # the year that puts it beside 30 Dec 2020
    assert "its year from the other articles" in rows.loc["b", "note"]
    assert rows.loc["c", "published"] is None  # months away from every dated article
    assert "without a year" in rows.loc["c", "note"]


def test_the_date_of_an_articles_head_below_an_outlet_line_a_deck_or_between_bars(tmp_path):
    write(tmp_path, "a.txt", "WIRE NEWS SERVICE (WNS)\nUPDATED: 2 soldiers killed in ambush\n"
                             "(Updates toll, adds police quote)\n"
                             "Kelora, Oct 16 (WNS) Two soldiers were killed on Thursday, officials said.")
    write(tmp_path, "b.txt", "THE HILL TIMES\nHill Town | Friday, October 17, 2025 | Region\n"
                             "Ambush toll rises\nThe toll rose to three on Friday.")
    write(tmp_path, "c.txt", "MINISTRY OF DEFENCE\nPress release No. 4\n"
                             "[Unofficial translation, published by The Hill Times on 18 October 2025]\n"
                             "The ministry regrets the loss of three soldiers.")
    write(tmp_path, "d.txt", "RELIEF NETWORK\nFLASH UPDATE No. 2\n"
                             "Reporting period: 15-18 October 2025 | Issued: 19 October 2025\n"
                             "Two families fled the village.")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["a", "published"] == "2025-10-16"  # the dateline's day, the year of the others
    assert rows.loc["a", "outlet"] == "WNS"
    assert [rows.loc[k, "published"] for k in "bcd"] == ["2025-10-17", "2025-10-18", "2025-10-19"]


def test_an_undated_article_is_dated_by_the_iso_day_in_its_file_name(tmp_path):
    write(tmp_path, "01_wire_2025-10-16.txt", "Ambush kills two\nTwo soldiers were killed on Thursday.")
    write(tmp_path, "02_paper_2025-10-18.txt", "Toll rises\nPublished: 17 October 2025\nThe toll rose to three.")
    write(tmp_path, "notes 2025-13-40.txt", "Toll rises\nThe toll rose to three.")
    write(tmp_path, "rows_2025-10-20.csv", "id,text\nr1,Two soldiers were killed on Thursday.\n")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["01_wire_2025-10-16", "published"] == "2025-10-16"
    assert "date from the file name" in rows.loc["01_wire_2025-10-16", "note"]
    assert rows.loc["02_paper_2025-10-18", "published"] == "2025-10-17"  # the text's own date first
    assert rows.loc["notes 2025-13-40", "published"] is None  # no such day
    assert rows.loc["r1", "published"] is None  # a collection's name dates no row


def test_a_compact_or_day_first_day_in_a_file_name_dates_an_undated_article(tmp_path):
    write(tmp_path, "wire_BLAST_20251016.txt", "Blast kills two\nTwo soldiers were killed on Thursday.")
    write(tmp_path, "Release_Kabul_17-10-2025.txt", "Blast\nTwo soldiers were killed on Thursday.")
    write(tmp_path, "memo_05-06-2025.txt", "Blast\nTwo soldiers were killed on Thursday.")  # May 6 or June 5?
    write(tmp_path, "case_12345678.txt", "Blast\nTwo soldiers were killed on Thursday.")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["wire_BLAST_20251016", "published"] == "2025-10-16"
    assert rows.loc["Release_Kabul_17-10-2025", "published"] == "2025-10-17"
    assert rows.loc["memo_05-06-2025", "published"] is None
    assert rows.loc["case_12345678", "published"] is None


def test_a_named_month_or_a_day_the_other_articles_settle_in_a_file_name(tmp_path):
    write(tmp_path, "wire_BLAST_20251016.txt", "Blast kills two\nTwo soldiers were killed on Thursday.")
    write(tmp_path, "statement_17Oct2025_EN.txt", "Statement\nTwo soldiers were killed on Thursday.")
    # 10 Sept or 9 Oct? The other articles are of mid-October: 9 October
    write(tmp_path, "release-09-10-2025.txt", "Release\nTwo soldiers were killed on Thursday.")
    write(tmp_path, "letter.txt", "GOVERNMENT OF THE PROVINCE\nHOME DEPARTMENT\n\nNo. PR/41/2025       Capital, the 18th "
                                  "October, 2025\n\nPRESS RELEASE\n\nThe Government mourns the two soldiers.")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["statement_17Oct2025_EN", "published"] == "2025-10-17"
    assert rows.loc["release-09-10-2025", "published"] == "2025-10-09"
    assert "other articles" in rows.loc["release-09-10-2025", "note"]
    assert rows.loc["letter", "published"] == "2025-10-18"


@pytest.mark.parametrize(
    "value, kept",
    [("https://a.example/x", True), ("HTTP://A.EXAMPLE", True), ("javascript:alert(1)", False),
     (" java\nscript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example", False)],
)
def test_only_http_urls_are_kept(value, kept):
    assert (formats.clean_url(value)[0] is not None) is kept


@pytest.mark.parametrize("value, code", [("en", "en"), ("EN-gb", "en"), ("English", "en"), ("ru_RU", "ru"), ("??", None)])
def test_normalise_language(value, code):
    assert formats.normalise_language(value) == code


def test_human_size():
    assert [human_size(n) for n in (800, 12_300_000, 5_000_000, 36_000)] == ["800 bytes", "12.3 MB", "5 MB", "36 kB"]


@pytest.mark.parametrize(
    "line, ok",
    [("ISIS Fighters Attack Outpost in Tajikistan", True), ("Is the ceasefire over?", True),
     ("By Jane Example and John Sample", False), ("Officials said the attack was over.", False),
     ("KABUL, Afghanistan — At least 17 people", False), ("Breaking", False), ("Talks continue:", False)],
)
def test_looks_like_headline(line, ok):
    assert formats.looks_like_headline(line) is ok


def test_settings_file_names_every_field_and_format():
    conf = formats.settings()
    assert set(conf["columns"]) == set(formats.FIELDS)
    assert all(isinstance(v, list) and v for v in conf["columns"].values())
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"} <= set(conf["formats"])
    from briefing.document_readers import READERS

    assert set(conf["formats"].values()) == {"text", "markdown", "html", "json", "jsonl", "csv"} | set(READERS)


def test_empty_or_unreadable_source_path_raises_load_error():
    with pytest.raises(LoadError, match="path is empty"):
        load_articles("")
    with pytest.raises(LoadError):  # a NUL byte in a path: not found, never a crash
        load_articles("bad\x00name")


def test_near_duplicates_found_the_same_way_above_the_lsh_size(tmp_path):
    """Past LSH_FROM kept articles the MinHash index proposes candidates; decisions stay exact."""
    from briefing import load as load_module

    for i in range(load_module.LSH_FROM + 3):
        body = (f"The police said that report {i} was filed on day {i} after the market of town {i} "
                f"was closed for {i} hours, and the council of district {i} met {i} times that week.")
        (tmp_path / f"a{i:03d}.txt").write_text(f"Report {i}\n{body}\n", encoding="utf-8")
    original = (tmp_path / "a010.txt").read_text(encoding="utf-8")
    (tmp_path / "z_copy.txt").write_text(original.replace("The police", "Police"), encoding="utf-8")
    result = load_module.load_articles(tmp_path, load_module.LoadOptions(max_articles=1000))
    row = result.articles.set_index("article_id").loc["z_copy"]
    assert row["status"] == "duplicate" and row["duplicate_of"] == "a010"
    assert (result.articles["status"] == "used").sum() == load_module.LSH_FROM + 3


def test_a_web_pages_byline_date_is_its_publication_date(tmp_path):
    page = ("<html><head><title>Depot fire kills two</title></head><body><nav>Home | World</nav>"
            "<article><h1>Depot fire kills two</h1><p class='byline'>By A. Writer | Published 3 June 2024</p>"
            "<p>Two workers were killed when a fuel depot caught fire on Sunday, the fire service said. "
            "Firefighters needed four hours to put the blaze out, a spokesman said.</p>"
            "<p>The depot had passed an inspection in March, the company said in a statement.</p>"
            "</article><footer>© 2024 Example News</footer></body></html>")
    write(tmp_path, "page.html", page)
    row = load_articles(tmp_path).articles.iloc[0]
    assert row["published"] == "2024-06-03"
    assert "By A. Writer" in row["note"]


def test_a_datelines_agency_is_the_outlet_when_none_is_given(tmp_path):
    write(tmp_path, "w.txt", "Blast in port city\nTUNIS, Jan. 2, 2021 (Harbour Wire) - Two people died.")
    assert load_articles(tmp_path).articles.iloc[0]["outlet"] == "Harbour Wire"


@pytest.mark.parametrize("header, outlet", [
    ("Gunmen kill five in raid\nSahel Courier\n3 March 2024\n\n", "Sahel Courier"),
    ("Gunmen kill five in raid\nBy Amina Bello, Lakeside Times\nPublished: 3 March 2024\n\n", "Lakeside Times"),
    ("Gunmen kill five in raid\nThe Valley Chronicle\nOur Correspondent\nMarch 3, 2024\n\n", "The Valley Chronicle"),
    ("Press release: raid on Kura\nKura State Police Command\n3 March 2024\n\n", "Kura State Police Command"),
    # a deck, a byline without an outlet, or no date line under the headline: no outlet
    ("Gunmen kill five in raid\nOfficials say the toll may rise\n3 March 2024\n\n", None),
    ("Gunmen kill five in raid\nBy Staff Reporter\n3 March 2024\n\n", None),
    ("Gunmen kill five in raid\nSahel Courier\n\n", None),
])
def test_the_outlet_on_a_line_under_the_headline(tmp_path, header: str, outlet: str | None) -> None:
    write(tmp_path, "x.txt", header + BODY)
    row = one(tmp_path)
    assert row["outlet"] == outlet
    assert ("outlet from the line under the headline" in (row["note"] or "")) == (outlet is not None)


def test_another_calendars_year_is_no_date_unless_the_gregorian_year_is_given_beside_it():
    assert formats.find_date("Issued: 15 October 2567 (2024), 10.00 hrs")[0] == "2024-10-15"
    iso, problem, _ = formats.find_date("On 14 October 2567 at 07.35 hrs")
    assert iso is None and "not a Gregorian year" in problem


@pytest.mark.parametrize("header, title, outlet", [
    # the outlet's name on a line above the headline: the headline is the line under it
    ("DELTA RIVER NEWSWIRE\nBlast at market kills four\nKORO, May 2, 2024 - Four people ...\n",
     "Blast at market kills four", "DELTA RIVER NEWSWIRE"),
    ("The Hill Country Gazette\nGunmen storm a police post\nMay 2, 2024\n\n",
     "Gunmen storm a police post", "The Hill Country Gazette"),
    # a headline in capitals above a deck, or a headline that ends in an outlet-like word: a headline
    ("GUNMEN KILL FIVE IN RAID\nOfficials say the toll may rise\n3 March 2024\n\n",
     "GUNMEN KILL FIVE IN RAID", None),
    ("Attack on the Herald\nGunmen storm a newspaper office\n3 March 2024\n\n",
     "Attack on the Herald", None),
    # an outlet line above a dateline, not a headline: no headline
    ("SAHEL WIRE\nKORO, May 2, 2024 - Four people were killed.\n", None, "SAHEL WIRE"),
])
def test_an_outlet_line_above_the_headline(tmp_path, header: str, title: str | None, outlet: str | None) -> None:
    write(tmp_path, "x.txt", header + BODY)
    row = one(tmp_path)
    assert row["title"] == title
    assert row["outlet"] == outlet


@pytest.mark.parametrize("header, title, outlet", [
    ("HARBOUR NEWS AGENCY (HNA)\n=== URGENT - UPDATE 1 ===\n\nBlast at market kills four\n\nBy A. Writer\n",
     "Blast at market kills four", "HARBOUR NEWS AGENCY (HNA)"),
    ("COAST & DELTA NEWS AGENCY (CDNA)\nTue May 2, 2024 07:42 GMT\nDELTA-SECURITY/KORO (UPDATE 1, adds toll)\n\n"
     "Blast at market kills four\n", "Blast at market kills four", "COAST & DELTA NEWS AGENCY (CDNA)"),
    ("THE DELTA COURIER\nNation | Koro\n\nBlast at market kills four\n\nBy A. Writer\n",
     "Blast at market kills four", "THE DELTA COURIER"),
    ("World | Africa\nBlast at market kills four\nBy A. Writer\n", "Blast at market kills four", None),
])
def test_section_paths_banners_slugs_and_date_lines_under_the_outlet_are_no_headline(
        tmp_path, header: str, title: str, outlet: str | None) -> None:
    write(tmp_path, "x.txt", header + BODY)
    row = one(tmp_path)
    assert (row["title"], row["outlet"]) == (title, outlet)


@pytest.mark.parametrize("header, title, outlet", [
    ("KELORA STATE POLICE COMMAND\nPublic Relations Department\n\nPRESS RELEASE\n\nREF: KSP/PR/118\n\n"
     "DATE: 17th October, 2025\n\nATTACK ON KORO SCHOOL: COMMAND CONFIRMS ABDUCTION OF STUDENTS\n\n",
     "ATTACK ON KORO SCHOOL: COMMAND CONFIRMS ABDUCTION OF STUDENTS", "Kelora State Police Command"),
    ("Republic of Kelora\nMINISTRY OF INTERNAL SECURITY\n\nPRESS RELEASE\n\nRef: MIS/447/2025\n"
     "Koro, 10 August 2025\n\nSUBJECT: CONCLUSION OF THE OPERATION AT THE HOTEL\n\n",
     "CONCLUSION OF THE OPERATION AT THE HOTEL", "Ministry of Internal Security"),
    ("Kelora Police Directorate\nPress Office\n\nPRESS RELEASE: Shooting at the Koro mall\nPublished: 8 November 2025\n\n",
     "Shooting at the Koro mall", "Kelora Police Directorate"),
    # a numbered label, a translator's note over two lines, a dated place line in Spanish, a
    # subject wrapped in capitals
    ("==========\n   POLICÍA NACIONAL DE KELORA\n   DIRECCIÓN DE COMUNICACIÓN\n==========\n\n"
     "BOLETÍN DE PRENSA No. 112-DCS-2026\nKoro, 16 de marzo de 2026 - 18h30\n\n[Unofficial English translation.\n"
     "The Spanish original prevails.]\n\nPOLICE ARREST SIX SUSPECTS LINKED TO THE SHOOTING AT A\nBAR IN KORO\n\n",
     "POLICE ARREST SIX SUSPECTS LINKED TO THE SHOOTING AT A BAR IN KORO", "Policía Nacional de Kelora"),
    # a letterhead, then the number and the date on one line, and a subject indented on two lines
    ("GOVERNMENT OF KELORA\nCOUNTER TERRORISM DEPARTMENT\n\nNo. 2231/PRO/CTD              Dated: 21-04-2026\n\n"
     "PRESS RELEASE\n\nSUBJECT: PROGRESS IN THE INVESTIGATION OF THE ATTACK ON A\n         RALLY AT KORO\n\n",
     "PROGRESS IN THE INVESTIGATION OF THE ATTACK ON A RALLY AT KORO", "Government of Kelora"),
    # a bilingual numbered label, a bilingual date line, a subject typed over three lines
    ("REPÚBLICA DE KELORA\nMINISTERIO DE DEFENSA NACIONAL\n\nCOMUNICADO DE PRENSA No. 047 / PRESS RELEASE No. 047\n"
     "Koro, 12 de marzo de 2026 / 12 March 2026\n\nSUBJECT: Attack against the military base at Oru,\n"
     "El Tarra district. Updated information and correction of\nfigures.\n\n",
     "Attack against the military base at Oru, El Tarra district. Updated information and correction of figures",
     "Ministerio de Defensa Nacional"),
    # a joint statement of several bodies; its subject after "RE:"
    ("KELORA POLICE\nSpokesperson's Division\n\nJOINT STATEMENT OF THE KELORA POLICE AND THE ARMY\n\nDate: 4 February 2026\n\n"
     "RE: Attack at Tapu Junction - identity of\nthe attackers\n\n",
     "Attack at Tapu Junction - identity of the attackers", "Kelora Police"),
    # a translator's note above the letterhead names no issuer
    ("[Unofficial translation of a communique published by the Armed Forces of Kelora on 3 March 2025]\n\n"
     "MINISTRY OF DEFENCE\n\nPRESS RELEASE No. 2025-014/EMGA\n\nKoro, 3 March 2025\n\nSubject: Attack on the Koro post\n\n",
     "Attack on the Koro post", "Ministry of Defence"),
])
def test_an_official_releases_subject_is_its_headline_and_its_letterhead_the_outlet(
        tmp_path, header: str, title: str, outlet: str) -> None:
    write(tmp_path, "x.txt", header + BODY)
    row = one(tmp_path)
    assert (row["title"], row["outlet"]) == (title, outlet)
    assert row["published"] is not None


def test_a_wire_outlet_line_with_a_service_suffix_and_a_priority_tag(tmp_path) -> None:
    write(tmp_path, "x.txt", "KELORA PRESS AGENCY (KPA) -- WIRE SERVICE\n\nURGENT // KELORA-SECURITY\n\n"
                             "Gunmen abduct students from Koro school\n\nBy A. Writer\n\n" + BODY)
    assert one(tmp_path)["title"] == "Gunmen abduct students from Koro school"


def test_a_slug_line_and_a_filed_date_are_no_headline(tmp_path) -> None:
    write(tmp_path, "x.txt", "Kelora Press Network (KPN) -- National Wire\nSlug: KOR-BLAST (2ND LD)\n"
                             "Filed: 14-03-2026 19:52 IST\n\nFive soldiers killed as rebels blow up truck\n\n" + BODY)
    row = one(tmp_path)
    assert (row["title"], row["published"]) == ("Five soldiers killed as rebels blow up truck", "2026-03-14")


@pytest.mark.parametrize("head", [
    "KPN0412 4 GEN /KPN-KELORA-SECURITY-POLICE (UPDATE 3)\nBC-KELORA-SECURITY/POLICE:UPDATE 3\nMon Mar 9, 2026 22:48 GMT\n\n",
    "KPN WORLD SERVICE -- AFRICA DESK\nKELORA-PRISON/ (UPDATE 2)\n1305 GMT 11 Mar 2026\n\n",
    "KPN Kelora Press Network -- World Service\nSLUG: KELORA-SECURITY/MINE (UPDATE 2)\nPRIORITY: 3 (Urgent)\n"
    "FILED: 15-03-2026 16:42 GMT\nCATEGORY: GEN / POL\nWORDS: 560\n\n",
    "KNW  KELORA NEWSWIRE\nKNW-KE-2025-09-13-0871  PRIORITY: URGENT\nSLUG: KELORA-ATTACK/KORO (UPDATE 3)\n"
    "VERSION: 4 | FILED: 13 SEP 2025 19:22 CEST | WORDS: 720\n\n",
    "KNW-KELORA-HILLS-VIOLENCE/ (UPDATE 2)\n10-Mar-2026 14:05 IST\n\n",
    "BC-AF--Kelora-Post Attack, 1st Ld-Writethru, 0648\nURGENT\n",
    "KNW WORLD NEWS FEED -- AFRICA DESK -- ITEM 1 OF 2\n=====================\nURGENT\nKELORA-SECURITY/POST\n",
    # the wire's code, name, date and time two blanks apart; a database's labelled fields
    "KNS  Kelora News Service  Sun Feb 22, 2026  14:17 CST\nKELORA-VIOLENCE/KORO (UPDATE 3)\n\n",
    "KELORA NEWS SERVICE (KNS)\nBC-Kelora-Ambush, 1st Ld-Writethru\nSunday, March 8, 2026 5:34 PM GMT\n"
    "Dateline: KORO\nLength: 598 words\n",
])
def test_a_wires_slug_code_feed_header_and_date_line_are_no_headline(tmp_path, head: str) -> None:
    write(tmp_path, "x.txt", head + "UPDATE 3-Gunmen kill six police officers in Kelora ambush\n\n" + BODY)
    assert one(tmp_path)["title"] == "Gunmen kill six police officers in Kelora ambush"


def test_a_release_date_line_in_hours_is_no_subject(tmp_path) -> None:
    write(tmp_path, "x.txt", "GOVERNMENT OF KELORA STATE\nSTATE SECURITY CABINET\n\nPRESS RELEASE No. 047/2026\n"
                             "Korotown, Kelora, 9 March 2026, 20:40 hrs\n\nTHE CABINET REPORTS ON THE ATTACK ON POLICE\n\n" + BODY)
    row = one(tmp_path)
    assert (row["title"], row["published"]) == ("THE CABINET REPORTS ON THE ATTACK ON POLICE", "2026-03-09")


def test_a_wire_json_export_with_body_text_agency_and_first_published(tmp_path) -> None:
    record = {"agency": "Kelora Wire", "slug": "KELORA-SECURITY/BUS (UPDATE 1)",
              "headline": "UPDATE 1-Gunmen kill six on bus in Kelora", "first_published": "2026-06-07T10:12:00+03:00",
              "last_updated": "2026-06-08T11:48:00+03:00", "body_text": BODY}
    write(tmp_path, "x.json", json.dumps(record))
    row = one(tmp_path)
    assert (row["status"], row["title"], row["outlet"], row["published"]) == (
        "used", "Gunmen kill six on bus in Kelora", "Kelora Wire", "2026-06-07")


def test_a_json_export_with_a_paragraph_list_body_and_a_source_object(tmp_path):
    export = {"source": {"name": "Kelora Rights Watch", "type": "ngo"}, "item": {
        "title": "Kelora: soldiers killed 12 villagers", "published": "2026-02-05T10:00:00Z",
        "body": [BODY, "A second paragraph of the release."]}}
    write(tmp_path, "x.json", json.dumps(export))
    row = one(tmp_path)
    assert (row["status"], row["outlet"], row["published"]) == ("used", "Kelora Rights Watch", "2026-02-05")
    assert "\n\nA second paragraph" in row["text"]


def test_a_translators_note_dates_a_release_that_has_no_date_line(tmp_path):
    write(tmp_path, "x.txt", "[Unofficial English translation of a communique of the General Staff, read on national "
                             "television on the evening of 3 February 2026.]\n\nGENERAL STAFF OF THE ARMED FORCES\n\n"
                             "COMMUNIQUE No. 2026-011\n\nSubject: Attack repelled on the northern axis\n\n" + BODY)
    row = one(tmp_path)
    assert (row["title"], row["published"]) == ("Attack repelled on the northern axis", "2026-02-03")


def test_a_release_label_before_an_e_mails_subject_and_an_english_title_field(tmp_path):
    from briefing.formats import release_subject

    assert release_subject("PRESS RELEASE No. 041/2026 - Terrorist attack at the Koro checkpoint") == \
        "Terrorist attack at the Koro checkpoint"
    assert release_subject("Joint press release No. 41/2025 - Attack in Koro") == "Attack in Koro"
    assert release_subject("Gunmen kill six in Koro") is None
    write(tmp_path, "x.json", json.dumps({"title": "Comunicado de Imprensa: Ataque em Koro",
                                          "title_en": "Press Release: Attack in Koro", "body": BODY}))
    assert one(tmp_path)["title"] == "Press Release: Attack in Koro"


def test_a_press_note_labels_a_release(tmp_path):
    write(tmp_path, "x.txt", "GOVERNMENT OF KELORA\nOFFICE OF THE DIRECTOR GENERAL OF POLICE\n\nPRESS NOTE\n"
                             "No. PHQ/PR/2026/117\n\nSubject: Exchange of fire in the foothills on 10-03-2026\n\n" + BODY)
    assert one(tmp_path)["title"] == "Exchange of fire in the foothills on 10-03-2026"


def test_wire_furniture_under_the_outlet_is_no_headline(tmp_path) -> None:
    write(tmp_path, "x.txt", "AGENCE KELORA PRESSE (AKP) - WORLD SERVICE\nWIRE COPY / FOR IMMEDIATE RELEASE\n\n"
                             "Kelora: at least 12 killed as gunmen storm post\n\n" + BODY)
    assert one(tmp_path)["title"] == "Kelora: at least 12 killed as gunmen storm post"
    write(tmp_path, "x.txt", "KELORA NEWS WIRE (KNW)\nCategory: Africa / Conflict\nPriority: Routine\n\n"
                             "Governor says captured attackers belong to the group\n\n" + BODY)
    assert one(tmp_path)["title"] == "Governor says captured attackers belong to the group"


def test_a_writethru_note_and_a_forces_numbered_statement(tmp_path) -> None:
    write(tmp_path, "x.txt", "KELORA PRESS AGENCY (KPA) - WORLD NEWS SERVICE\n2025-11-08 20:14 GMT\n"
                             "URGENT - 2ND WRITETHRU: Updates toll, adds hospital figures\n\n"
                             "Gunman kills six at shopping centre in Koro\n\n" + BODY)
    assert one(tmp_path)["title"] == "Gunman kills six at shopping centre in Koro"
    write(tmp_path, "x.txt", "KORO CITY POLICE\nStatement: Incident in Market Street - latest\n\n"
                             "UPDATE 1 - Saturday 13 December 2025, 19:20\n\n" + BODY)
    row = one(tmp_path)
    assert (row["title"], row["outlet"], row["published"]) == (
        "Incident in Market Street - latest", "Koro City Police", "2025-12-13")


def test_a_wires_version_note_and_a_companys_numbered_statement(tmp_path) -> None:
    write(tmp_path, "x.txt", "LEVANT WIRE -- MIDEAST GENERAL -- Tuesday, October 14, 2025\n"
                             "REFILE-UPDATE 2-Adds toll, comment\n\nCar bomb kills 15 at army checkpoint\n\n" + BODY)
    assert one(tmp_path)["title"] == "Car bomb kills 15 at army checkpoint"
    write(tmp_path, "x.txt", "==============================\n   KORO SHIP MANAGEMENT S.A.\n==============================\n\n"
                             "PRESS STATEMENT - UPDATE 2\n\nKoro, 11 February 2026\n\n" + BODY)
    row = one(tmp_path)
    assert (row["outlet"], row["published"]) == ("Koro Ship Management S.a.", "2026-02-11")


def test_a_date_line_with_a_clock_under_the_outlet_is_no_headline(tmp_path) -> None:
    write(tmp_path, "x.txt", "KELORA NEWS WIRE (KNW) -- World Service\nSun Mar 15, 2026 10:47am ECT / 15:47 GMT\n\n"
                             "Gunmen kill eight at bar in Koro\n\nBy A. Writer\n\n" + BODY)
    row = one(tmp_path)
    assert (row["title"], row["published"]) == ("Gunmen kill eight at bar in Koro", "2026-03-15")


@pytest.mark.parametrize(("text", "iso"), [
    ("21-04-2026", "2026-04-21"), ("16 de marzo de 2026", "2026-03-16"), ("le 6 avril 2026", "2026-04-06"),
    ("09-Feb-2026 20:47 GMT", "2026-02-09"),
    ("04-05-2026", None),  # day and month could be swapped: no guess
])
def test_numeric_and_romance_language_dates(text: str, iso: str | None) -> None:
    assert formats.find_date(text)[0] == iso


def test_a_page_without_a_site_name_takes_its_outlet_from_the_title_and_its_date_from_a_time_element(tmp_path):
    page = ("<html><head><title>Patrol attacked near the checkpoint | The Koro Herald</title></head><body>"
            "<h1>Patrol attacked near the checkpoint</h1><p>Last updated <time datetime=\"2024-05-05T19:05:00+05:00\">"
            f"5 May 2024</time></p><article><p>{BODY}</p><p>{BODY_2}</p></article></body></html>")
    write(tmp_path, "p.html", page)
    row = one(tmp_path)
    assert (row["outlet"], row["published"]) == ("The Koro Herald", "2024-05-05")
    # a <title> suffix that does not follow the page's headline is no outlet
    write(tmp_path, "p.html", page.replace("<title>Patrol attacked near the checkpoint |", "<title>Home |"))
    assert one(tmp_path)["outlet"] is None


def test_a_wires_version_tag_is_no_part_of_the_headline(tmp_path) -> None:
    write(tmp_path, "x.txt", "UPDATE 2-Gunmen storm hotel in Koro after car bomb\n\n" + BODY)
    assert one(tmp_path)["title"] == "Gunmen storm hotel in Koro after car bomb"


def test_a_wire_head_with_an_iso_timestamp_dates_the_story() -> None:
    from briefing.formats import date_from_text

    text = ("NEWS WIRE SERVICE                               2026-07-12T17:32:10Z\nSLUG/ATTACK (UPDATE 3)\n\n"
            "Bomb hits bus, nine dead\n\nJAMMU, July 12 (NWS) - A bomb hit a bus on Sunday.")
    assert date_from_text(text)[0] == "2026-07-12"
    assert date_from_text("Desk alert\n2026-07-12T09:15:00+02:00\n\nA bomb hit a bus.")[0] == "2026-07-12"


def test_a_wire_dateline_under_a_deck_of_bullets_dates_the_story(tmp_path):
    write(tmp_path, "a.txt", "Bomb kills four at market\n\n* Bomb on motorcycle explodes\n* Gunmen open fire\n"
                             "* No claim of responsibility\n\n(Updates toll to four dead, adds details)\n\n"
                             "By A. Writer\n\nYALA, Thailand, Feb 5 (SWS) - A bomb exploded at a market on Thursday.")
    write(tmp_path, "b.txt", "Toll rises\nPublished: 6 February 2026\nThe toll rose to five.")
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["a", "published"] == "2026-02-05"


def test_a_release_dated_from_two_cities_with_a_local_time_is_dated() -> None:
    from briefing.formats import date_from_text

    text = ("AID TRUST\nPRESS RELEASE\nKabul / Geneva, 15 January 2026, 10:00 Kabul time (05:30 GMT)\n\n"
            "Blast: eight dead at our hospital\n\nThe hospital received 23 patients.")
    assert date_from_text(text)[0] == "2026-01-15"
    assert date_from_text(text.replace("Kabul / Geneva, ", "On Monday / later, "))[0] is None


def test_a_wire_head_with_the_outlet_beside_its_acronym_and_labelled_fields_gives_the_headline() -> None:
    from briefing.formats import read_text_article

    text = ("NWA | NORTHERN WIRE AGENCY\nCOUNTRY-SECURITY/TOWN (UPDATE 3)\nPriority: 2 (URGENT)    Category: GEN    "
            "Words: 640\nFirst published: 06-Feb-2026 20:31 GMT    Updated: 07-Feb-2026 05:48 GMT\n(Adds minister's "
            "comments)\n\nCORRECTED-UPDATE 3-Gunmen hold hostages overnight in hotel\n\nBy A Reporter\n\n"
            "TOWN, Feb 7 (NWA) - Gunmen held guests hostage on Saturday.")
    article = read_text_article(text)
    assert article.meta["title"] == "Gunmen hold hostages overnight in hotel"
    text = ("CPX -- CENTRAL PRESS AGENCY -- ENGLISH WORLD SERVICE\nTue 10 Feb 2026 14:52 GMT   PRIORITY: URGENT\n"
            "SLUG: COUNTRY-CONFLICT/TOWN (UPDATE 2)\n\nShelling of market kills at least 18 - medic\n\n"
            "-- Updates toll from 12\n\nCAPITAL, Feb 10 (CPX) - Shells hit a market on Tuesday.")
    article = read_text_article(text)
    assert article.meta["title"] == "Shelling of market kills at least 18 - medic"
    assert article.meta["outlet"] == "CPX"  # (the dateline's agency: who filed it)
    # a headline with an outlet after a dash is no outlet line
    from briefing.formats import outlet_line

    assert not outlet_line("Gunmen Kill Four In Market Attack - Daily News")
    assert outlet_line("NWA | NORTHERN WIRE AGENCY") and outlet_line("NEWS SERVICE      2026-07-12T17:32:10Z")


def test_a_wires_section_line_and_word_count_are_no_headline() -> None:
    from briefing.formats import read_text_article

    text = ("NWA - NORTHERN WIRE AGENCY\nHOME NEWS\nCOUNTRY-SECURITY/TOWN (UPDATE 2)\n10-May-2026 13:41 BST\n\n"
            "UPDATE 2-Guard killed in depot raid\n\nTOWN, May 10 (NWA) - A guard was killed on Sunday.")
    assert read_text_article(text).meta["title"] == "Guard killed in depot raid"
    text = ("NWA-COUNTRY-SECURITY/DEPOT (UPDATE 3)\nThu Feb 12 2026 19:42 GMT\nPriority: URGENT/3\nWord count: 512\n\n"
            "UPDATE 3-Guard killed in depot raid\n\nTOWN, Feb 12 (NWA) - A guard was killed on Thursday.")
    assert read_text_article(text).meta["title"] == "Guard killed in depot raid"


def test_a_release_without_a_subject_line_is_named_by_its_label() -> None:
    from briefing.formats import read_text_article

    text = ("REPUBLIC OF NOWHERE\nMINISTRY OF COMMUNICATION\n\nGOVERNMENT COMMUNIQUE No. 004-2026 of 15 January 2026\n\n"
            "The Government informs the public that on Thursday armed men attacked the village of Kelo, killing "
            "four civilians, and that the army pursued them.")
    assert read_text_article(text).meta["title"] == "GOVERNMENT COMMUNIQUE No. 004-2026 of 15 January 2026"


def test_a_translators_note_over_several_lines_dates_the_release() -> None:
    from briefing.formats import read_text_article

    text = ("[Unofficial translation from the French original, circulated to the press by the\n"
            "Kelo operational sector on 9 March 2026. Provided by a local press cell.]\n\n"
            "REPUBLIC OF NOWHERE\nARMED FORCES\n\nPRESS RELEASE No. 014/2026\n\n"
            "Subject: Attack on the village of Kelo\n\n1. In the night of Sunday, armed men attacked Kelo.")
    assert read_text_article(text).meta["published"] == "2026-03-09"


def test_a_translators_note_under_a_letterhead_dates_the_release() -> None:
    from briefing.formats import read_text_article

    text = ("REPUBLIC OF NOWHERE\nMINISTRY OF DEFENCE\n\nCOMMUNIQUE No. 012/MDN/2026\n\n[Unofficial translation from the "
            "French original, read on state television at 13:00 on Sunday 8 February 2026.]\n\nThe Minister informs "
            "the public that on Friday 6 February 2026 an armed group attacked a hotel.")
    assert read_text_article(text).meta["published"] == "2026-02-08"
    text = ("MINISTRY OF DEFENCE\n\nCOMMUNIQUE No. 017/MDN\n\n[Unofficial English translation of the French original, "
            "distributed to the foreign press on 11 March 2026]\n\nOn Tuesday 10 March 2026 an armed group attacked a mine.")
    assert read_text_article(text).meta["published"] == "2026-03-11"
    text = ("[Unofficial English translation. Source: statement published in Arabic on the official page of the "
            "spokesman, 10 February 2026, 14:05 local time. Translated by the desk.]\n\nTHE ARMED FORCES\n"
            "GENERAL COMMAND\n\nStatement No. (27)\n\nOur forces repelled an attack.")
    assert read_text_article(text).meta["published"] == "2026-02-10"


def test_a_messaging_channels_export_is_one_article_of_its_posts_dated_by_the_last(tmp_path: Path) -> None:
    from briefing.load import load_articles

    export = {"name": "City Administration (official)", "type": "public_channel", "id": 17,
              "messages": [
                  {"id": 2, "type": "message", "date": "2026-02-18T07:55:31", "text": "The toll has risen to 14."},
                  {"id": 1, "type": "message", "date": "2026-02-17T05:10:51",
                   "text": ["Preliminary information: ", {"type": "bold", "text": "2 people killed"}, ", 9 injured."]},
                  {"id": 3, "type": "service", "date": "2026-02-18T08:00:00", "action": "pin_message"},
                  {"id": 4, "type": "message", "date": "2026-02-19T12:30:16", "text": ""}]}
    (tmp_path / "result.json").write_text(json.dumps(export), encoding="utf-8")
    used = load_articles(tmp_path).used
    assert len(used) == 1
    row = used.iloc[0]
    assert row["text"] == "Preliminary information: 2 people killed, 9 injured.\n\nThe toll has risen to 14."
    assert (row["outlet"], row["published"]) == ("City Administration (official)", "2026-02-18")
    assert row["title"].startswith("City Administration (official): 2 posts")


def test_wire_heads_of_codes_priority_tags_and_time_stamps_give_way_to_the_headline() -> None:
    from briefing.formats import read_text_article

    text = ("XNW 13.12.2025 22:48 GMT\nCOUNTRY-ATTACK/ (UPDATE 3)\nURGENT - UPDATE 3 - Car ploughs into market, one "
            "dead\n\n* Driver arrested at scene\n\nTOWN, Dec 13 (XNW) - A car ploughed into a market on Saturday.")
    article = read_text_article(text)
    assert (article.meta["title"], article.meta["outlet"], article.meta["published"]) == (
        "Car ploughs into market, one dead", "XNW", "2025-12-13")
    text = ("XPA-0417  4  LBY  /XPA-ENG/  URGENT-SERIES\nBC-COUNTRY-SECURITY/GAS (UPDATE 2)\n\nUPDATE 2-Gunmen seize "
            "workers at gas plant\n\n(Adds ministry comment)\n\nTOWN, Oct 14 (XPA) - Gunmen seized workers on Tuesday.")
    assert read_text_article(text).meta["title"] == "Gunmen seize workers at gas plant"
    # a headline in capitals is no code line
    from briefing.formats import head_furniture

    assert not head_furniture("UN-BACKED TALKS FAIL AS FIGHTING SPREADS")


def test_release_labels_without_a_press_word_and_an_opening_invocation_are_no_headline() -> None:
    from briefing.formats import _RELEASE_LABEL, head_furniture

    for label in ("COMUNICADO 087/2025", "OFFICIAL COMMUNIQUÉ No. 017-2026-DIRCOM-PNP",
                  "Communique No. (23) of the year 2025", "STATEMENT TO PUBLIC OPINION"):
        assert _RELEASE_LABEL.match(label), label
    assert _RELEASE_LABEL.match("PRESS STATEMENT ON THE ATTACK ON THE CAMP").group("rest") == "THE ATTACK ON THE CAMP"
    assert head_furniture("In the name of God, the Most Gracious, the Most Merciful")


def test_a_cms_export_with_its_body_as_html_or_paragraphs_is_read(tmp_path: Path) -> None:
    from briefing.load import load_articles

    (tmp_path / "a.json").write_text(json.dumps({
        "headline": "Police station attacked", "published_at": "2026-01-10T21:10:00+06:00",
        "body_html": "<p>Attackers hurled grenades at the station on Thursday.</p><p>Two officers were killed.</p>"}),
        encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"source": {"name": "Field Monitor"}, "article": {
        "title": "Nine killed at checkpoint", "published": "2026-02-10T19:05:00+03:00",
        "body_paragraphs": ["A car bomb exploded at the checkpoint.", "Nine people were killed."]}}), encoding="utf-8")
    used = load_articles(tmp_path).used.set_index("article_id")
    assert used.loc["a", "text"] == "Attackers hurled grenades at the station on Thursday.\n\nTwo officers were killed."
    assert used.loc["a", "published"] == "2026-01-10"
    assert used.loc["b", "text"] == "A car bomb exploded at the checkpoint.\n\nNine people were killed."
    assert used.loc["b", "outlet"] == "Field Monitor"


def test_a_monitors_received_line_dates_its_item() -> None:
    text = ("DESERT MONITOR -- MONITORING DESK\nItem DM-2026-0316-07 | Received 16/03/2026 09:42 (GMT)\n"
            "Type: Armed-group communique | UNOFFICIAL TRANSLATION\n\nOur fighters attacked the station.")
    assert formats.read_text_article(text).meta.get("published") == "2026-03-16"


@pytest.mark.parametrize("text, title, outlet", [
    # a wire's furniture lines, the transmission time among them
    ("NORTHERN PRESS WIRE -- WORLD SERVICE\nSLUG: KENYA-ATTACK (UPDATE 1)\nPRIORITY: 2\n"
     "TRANSMITTED: 03-Apr-2026 09:12 GMT\nWORDS: 410\n\nGunmen kill four at roadside market in Kenya\n\n"
     "GARISSA, Kenya, April 3 (NPW) - Gunmen killed four people on Friday.", "Gunmen kill four at roadside market in Kenya",
     "NPW"),
    # a letterhead in French, a communiqué whose subject goes on from its label
    ("RÉPUBLIQUE DU TCHAD\nGOUVERNORAT DU LAC\n\nCOMMUNIQUÉ OFFICIEL N°07/GL/2026\nrelating to the attack on Kaiga\n\n"
     "The Governor informs the population that the attack killed six people.",
     "Communiqué relating to the attack on Kaiga", "Gouvernorat du Lac"),
    # a church's statement titled by what it is on
    ("DIOCESE OF NORTH RIVER (DNR)\nOffice of the Bishop\n\nSTATEMENT OF THE BISHOP ON THE ATTACK ON ST PAUL'S SCHOOL\n\n"
     "Dear faithful, three pupils were killed on Monday.", "THE ATTACK ON ST PAUL'S SCHOOL", "Diocese of North River (DNR)"),
    # a translation's note and labels above the headline
    ("UNOFFICIAL TRANSLATION FROM RUSSIAN\nSource: regional prosecutor's website\nPosted: 4 April 2026, 10:00\n\n"
     "A criminal case has been opened over the attack in Derbent\n\nInvestigators said two officers were killed.",
     "A criminal case has been opened over the attack in Derbent", None),
    # a masthead in German, a slug under it: the headline is under the slug and its date line
    ("XPN Beispielpresse Nachrichtendienst - English Service\nCOUNTRY-SHOOTING/TOWN (UPDATE 3)\n"
     "Sun May 17, 2026 12:45 CEST\n\nUPDATE 3-Gunman kills four at club - police\n\n* Suspect found dead\n\n"
     "TOWN, May 17 (XPN) - A gunman killed four people.", "Gunman kills four at club - police", "XPN"),
    # a wire's routing line, its codes spaced apart, then a slug and a banner
    ("XNW  URGENT  WORLD  LATAM\nCOUNTRY-PRISON/RIOT (UPDATE 3)\n=====\nUPDATE 3-Riot at prison kills 13 inmates\n=====\n"
     "* Clashes began late on Saturday\n\nTOWN, Ecuador, March 15 (XNW) - A riot killed 13 inmates.",
     "Riot at prison kills 13 inmates", "XNW"),
    # a desk line labelled "NEWS SERVICE:", a story code before the slug
    ("NORTH WIRE (NW)\nNEWS SERVICE: INDIA / GENERAL\nSLUG: INDIA-BLAST (UPDATE 3)\n\nUPDATE 3-Bomb hits bus, seven killed\n\n"
     "TOWN, July 9 (NW) - A bomb hit a bus.", "Bomb hits bus, seven killed", "NW"),
    ("XNW-0412 4 SA ---- r i BC-COUNTRY-BLAST/BUS (UPDATE 2)\nUPDATE 2-Bomb rips through coach, 14 killed - govt\n\n"
     "(Updates toll)\n\nTOWN, Feb 10 (XNW) - A bomb tore through a coach.", "Bomb rips through coach, 14 killed - govt", "XNW"),
    # a government's communiqué in French, its subject going on from the label
    ("RÉPUBLIQUE DU NULLE-PART\nUnité - Progrès - Justice\n\nMINISTÈRE DE LA COMMUNICATION\nPorte-parole du Gouvernement\n\n"
     "COMMUNIQUÉ DU GOUVERNEMENT N°2026-017/MC/SG\nrelatif à l'attaque contre le site de Kora\n\n"
     "[Unofficial English translation circulated by the Information Service, Capital City, 12 February 2026]\n\n"
     "The Government informs the public that an armed group attacked the site.",
     "Communiqué relatif à l'attaque contre le site de Kora", "Ministère de la Communication"),
    # a wire's version note in capitals and its editors' line; a teleprinter's start and a system's time stamp
    ("XPX 15-MAR-2026 15:07 GMT\nBC-Country-Violence-Bar, 3rd Ld-Writethru\nUPDATES toll to 11 from at least 9, adds "
     "prosecutor statement, banner\nEDITORS: Adds byline, recasts lede\n\nGunmen torch bar, killing 11\n\n"
     "TOWN, Mexico, March 15 (XPX) - Gunmen set a bar on fire.", "Gunmen torch bar, killing 11", "XPX"),
    ("ZCZC\nXCN0417 4 I 0655 LATAM /XCN-LA\nCOUNTRY-CRIME/HOSTAGES (UPDATE 2)\nFri Feb 27 04:15:08 GMT 2026\n\n"
     "UPDATE 2-Police storm bank to end hostage siege\n\n(Updates with police assault)\n\n"
     "TOWN, Feb 26 (XCN) - Police stormed a bank.", "Police storm bank to end hostage siege", "XCN"),
    # a government's handout, its number and date on one line; an army's release numbered in spaced parts
    ("GOVERNMENT OF NORTH PROVINCE\nDIRECTORATE GENERAL INFORMATION\n\nHANDOUT No. 1143            Dated: 24-04-2026\n"
     "For immediate release\n\nCHIEF MINISTER CONDEMNS MOSQUE BLAST, ANNOUNCES RELIEF PACKAGE\n\n"
     "Capital, April 24: The Chief Minister condemned the attack.",
     "CHIEF MINISTER CONDEMNS MOSQUE BLAST, ANNOUNCES RELIEF PACKAGE", "Government of North Province"),
    ("ARMED FORCES OF THE REPUBLIC\nOPERATIONS EAGLE 2 - SOUTH SECTOR\n\nPRESS RELEASE No. 012/OPS EAGLE 2/SK/2026\n\n"
     "Subject: Situation following the attack of 10 March 2026 on the Kora axis\n\nThe army informs the public.",
     "Situation following the attack of 10 March 2026 on the Kora axis", "Armed Forces of the Republic"),
    # a masthead stamped with a date two blanks apart; an acronym with its language; routing letters
    # before a slug; a version note after a colon; a headline under its field's label
    ("XYZ WORLD NEWS SERVICE  25-Apr-2026 13:47 GMT\nSLUG: COUNTRY-ATTACK (UPDATE 1)\n\n"
     "UPDATE 1-Roadside bomb kills three police\n\nTOWN, April 25 (XYZ) - A bomb hit a police vehicle.",
     "Roadside bomb kills three police", "XYZ"),
    ("QRS-EN  07-Mar-2026 05:12 GMT\nCOUNTRY-ATTACK/HOTEL (UPDATE 3)\nUPDATE 3-Forces end hotel siege; 15 dead\n\n"
     "TOWN, March 7 (QRS) - Forces ended the siege.", "Forces end hotel siege; 15 dead", "QRS"),
    ("ZCZC\nXPA0412 4 GEN /XPA-AFR\nr f BC-COUNTRY-REGION/ATTACK (UPDATE 2)  11-02 0918\n\n"
     "UPDATE 2-Militiamen kill 27 in raid on camp\n\nTOWN, Feb 11 (XPA) - Armed men stormed a camp.",
     "Militiamen kill 27 in raid on camp", "XPA"),
    ("XNW-WIRE  10-MAR-2026 14:52 WIB  PRIORITY: URGENT\nSLUG: COUNTRY/ATTACK (UPDATE 2)\n"
     "UPDATE 2: Adds army statement, police toll in paras 4-9\n\nRebels ambush election convoy\n\n"
     "TOWN, March 10 (XNW) - Gunmen ambushed a convoy.", "Rebels ambush election convoy", "XNW"),
    ("XWS 12-MAR-2026 18:47 GMT   PRIORITY: URGENT\nSLUG: COUNTRY-BLAST (UPDATE 2)\n"
     "HEADLINE: UPDATE 2-Car bomb kills 11 in market\n\nTOWN, March 12 (XWS) - A car bomb exploded.",
     "Car bomb kills 11 in market", "XWS"),
    # a story code heading a slug in name case
    ("XPA0417 3 I 0571 COU--Province-Attack/ (UPDATE 2)\n2026-02-10T12:52:07Z\n\nUPDATE 2-Roadside bomb kills "
     "governor\n\nTOWN, Feb 10 (XPA) - A roadside bomb killed the governor.", "Roadside bomb kills governor", "XPA"),
    # a feed capture's record line and an item's routing line with a priority in name case
    ("XWS NEWS SERVICE -- FEED CAPTURE -- TOPIC: COUNTRY-ATTACK/MARKET\nCaptured: 2025-12-14 00:05 CET | Items: 2 | "
     "Desk: Capital\n\n======\nXWS-DE-20251213-1958    URGENT    Priority 1\nCOUNTRY-ATTACK/MARKET (URGENT)\n\n"
     "Car drives into crowd at market, two dead - police\n\nTOWN, Dec 13 (XWS) - A car drove into a crowd.",
     "Car drives into crowd at market, two dead - police", "XWS"),
])
def test_titles_under_a_wires_furniture_a_letterhead_or_a_translation_note(text: str, title: str, outlet: str | None) -> None:
    meta = formats.read_text_article(text).meta
    assert meta["title"] == title
    assert meta.get("outlet") == outlet


def test_a_numbered_statement_under_an_armed_groups_letterhead_is_the_groups() -> None:
    text = ("[Unofficial translation - monitoring desk]\n\nIn the name of God\n\n"
            "RAPID SUPPORT FORCES - OFFICIAL SPOKESMAN\nStatement No. (31)\n\n"
            "Our forces cleared the area of enemy remnants on Saturday.")
    assert formats.read_text_article(text).meta["outlet"] == "Rapid Support Forces - Official Spokesman"


def test_a_monitors_masthead_above_a_translated_statement_is_the_outlet() -> None:
    text = ("DESERT MONITOR - OPEN SOURCE DESK\nTranslation ref: DM-2026-01\n\nIn the name of God\n\n"
            "KATA'IB EXAMPLE\nTHE MEDIA OFFICE\nSTATEMENT NO. (2)\n\nOur fighters attacked the base.")
    assert formats.read_text_article(text).meta["outlet"] == "DESERT MONITOR"


def test_a_long_texts_own_language_overrides_a_page_templates_language(tmp_path):
    english = ("Police said two fishermen were killed and three were wounded when armed men in two skiffs "
               "attacked the fleet before dawn on Thursday. The attackers seized one boat and its crew, and "
               "the navy said it was searching the coast for the vessel. ") * 3
    french = ("La police a déclaré que deux pêcheurs avaient été tués et trois autres blessés lorsque des hommes "
              "armés ont attaqué la flotte avant l'aube jeudi. Les assaillants ont saisi un bateau et son "
              "équipage, et la marine a dit qu'elle fouillait la côte. ") * 3
    write(tmp_path, "statement.html", f'<html lang="so"><head><title>Statement</title></head><body><p>{english}</p></body></html>')
    write(tmp_path, "depeche.html", f'<html lang="en"><head><title>Dépêche</title></head><body><p>{french}</p></body></html>')
    rows = load_articles(tmp_path).articles.set_index("article_id")
    assert rows.loc["statement", "status"] == "used" and "read as 'en'" in rows.loc["statement", "note"]
    assert rows.loc["depeche", "status"] == "skipped" and "French" in rows.loc["depeche", "note"]


def test_markdown_bold_markers_are_dropped_from_the_text(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Kelo raid\n---\nWe have documented **31 villagers killed** in Kelo. "
                                   "The raid was **very likely** carried out by the Kelo militia.\n", encoding="utf-8")
    text = load_articles(tmp_path).articles.iloc[0]["text"]
    assert "**" not in text and "documented 31 villagers killed in Kelo" in text


def test_a_headlines_anpa_marks_and_a_version_tag_with_a_colon_are_no_part_of_it(tmp_path) -> None:
    write(tmp_path, "x.txt", "KELORA NEWS SERVICE (KNS)\nSunday, March 8, 2026 5:34 PM GMT\n"
                             "^UPDATE 1: Gunmen kill six police officers in Kelora ambush<\n\n" + BODY)
    assert one(tmp_path)["title"] == "Gunmen kill six police officers in Kelora ambush"


def test_a_wordpress_rest_export_is_read_through_its_rendered_fields(tmp_path) -> None:
    post = {"id": 48, "date": "2026-03-09T14:05:00", "status": "publish", "type": "post",
            "title": {"rendered": "Gunmen kill six in Kelora"},
            "content": {"rendered": "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")), "protected": False},
            "excerpt": {"rendered": "<p>Six dead.</p>"}}
    write(tmp_path, "x.json", json.dumps(post))
    row = one(tmp_path)
    assert (row["status"], row["title"], row["published"]) == ("used", "Gunmen kill six in Kelora", "2026-03-09")
    assert BODY.split("\n\n")[0].strip()[:40] in row["text"]
