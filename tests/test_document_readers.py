"""PDF, Word and e-mail articles: real files made with the real libraries (and Chromium for a
browser-printed PDF), read through the loader as a user's folder would be."""
from __future__ import annotations

import email.message
from pathlib import Path

import pytest

from briefing.document_readers import pdf_text, read_docx, read_eml, read_pdf
from briefing.export import find_chrome, html_to_pdf
from briefing.load import load_articles

LONG = ("The number of people killed when gunmen stormed the district office of the river town "
        "on Tuesday rose to twelve, a provincial spokesman told reporters at the hospital.")


def _used(folder: Path) -> dict[str, dict]:
    table = load_articles(folder)
    return {r["article_id"]: r for r in table.articles.to_dict("records")}


# ------------------------------------------------------------------------------------------ PDF


def test_pdf_text_drops_print_furniture_and_rejoins_wrapped_lines() -> None:
    page1 = ("5/14/24, 9:02 AM\nRiver Post\nGunmen storm district office\n14 May 2024\n"
             "The number of people killed when gunmen stormed the district office rose to\n"
             "twelve, a spokesman said. Police closed the roads around the town and called\n"
             "in more officers from the capital to search the hills for the counter-\n"
             "terrorism unit's missing car.\nhttps://example.org/story 1/2")
    page2 = ("5/14/24, 9:02 AM\nRiver Post\nSix of the wounded were flown to the capital for treatment by\n"
             "army helicopters.\nhttps://example.org/story 2/2")
    text = pdf_text([page1, page2])
    assert "9:02" not in text and "example.org" not in text and "River Post" not in text
    assert "rose to twelve, a spokesman said." in text
    assert "counterterrorism unit's" in text
    # a paragraph running over the page break is joined again
    assert "treatment by army helicopters." in text
    # the short headline and date lines stay lines of their own
    assert text.startswith("Gunmen storm district office\n\n14 May 2024\n\n")


def test_a_line_ending_in_an_abbreviation_does_not_end_the_paragraph() -> None:
    text = pdf_text(["Western officials had warned that the death of Mr.\n"
                     "Rahimov was likely to lead to reprisals against the border posts.\n"
                     "Short line."])
    assert "the death of Mr. Rahimov was likely" in text


def test_a_wrapped_headline_is_joined_when_the_pdf_title_spells_it() -> None:
    from briefing.document_readers import _join_title

    text = "Forty killed in raid on district office, says\n\nminister\n\n15 May 2024\n\nBody."
    assert _join_title(text, "Forty killed in raid on district office, says minister").startswith(
        "Forty killed in raid on district office, says minister\n\n15 May 2024")
    assert _join_title(text, "Another title") == text


def test_pdf_ligatures_are_unfolded() -> None:
    assert pdf_text(["The \ufb01re killed \ufb01ve o\ufb03cers."]) == "The fire killed five officers."


@pytest.mark.skipif(find_chrome() is None, reason="no Chrome/Chromium on this machine")
def test_a_browser_printed_pdf_is_read_as_an_article(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    body = " ".join([LONG] * 3)
    html.write_text(
        "<html><head><title>page.html</title></head><body>"
        "<h1>Twelve dead in district office raid</h1><p>May 15, 2024</p>"
        f"<p>{body}</p><p style='page-break-before: always'>Police said two suspects were "
        "arrested near the bridge.</p></body></html>", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    html_to_pdf(html, folder / "raid.pdf")
    row = _used(folder)["raid"]
    assert row["status"] == "used"
    assert row["title"] == "Twelve dead in district office raid"
    assert row["published"] == "2024-05-15"
    assert LONG in row["text"]  # the wrapped sentence is whole again
    assert "arrested near the bridge." in row["text"]
    assert "2 pages" in (row["note"] or "")


def test_a_pdf_without_text_encrypted_or_broken_is_skipped_with_the_reason(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    folder = tmp_path / "in"
    folder.mkdir()
    blank = PdfWriter()
    blank.add_blank_page(width=595, height=842)
    with open(folder / "scan.pdf", "wb") as handle:
        blank.write(handle)
    locked = PdfWriter()
    locked.add_blank_page(width=595, height=842)
    locked.encrypt(user_password="secret", algorithm="RC4-128")
    with open(folder / "locked.pdf", "wb") as handle:
        locked.write(handle)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a real PDF body\n")
    rows = _used(folder)
    assert rows["scan"]["status"] == "skipped" and "without a text layer" in rows["scan"]["note"]
    assert rows["locked"]["status"] == "skipped" and "encrypted PDF" in rows["locked"]["note"]
    assert rows["broken"]["status"] == "skipped" and "PDF" in rows["broken"]["note"]
    assert read_pdf(b"%PDF-1.4\n").skip


# ------------------------------------------------------------------------------------------ Word


def test_a_word_file_gives_its_paragraphs_tables_and_title(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Clipping 42"
    document.add_heading("Twelve dead in district office raid", level=1)
    document.add_paragraph("Staff Reporter | 15 May 2024")
    document.add_paragraph(LONG)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Wounded"
    table.rows[0].cells[1].text = "nine"
    folder = tmp_path / "in"
    folder.mkdir()
    document.save(folder / "clip.docx")
    row = _used(folder)["clip"]
    assert row["status"] == "used"
    assert row["title"] == "Twelve dead in district office raid"  # the first line, not the file property
    assert row["published"] == "2024-05-15"
    assert LONG in row["text"] and "Wounded | nine" in row["text"]
    assert read_docx(b"PK\x03\x04 not a zip").skip.startswith("unreadable Word file")


# ------------------------------------------------------------------------------------------ e-mail


def _mail(subject: str, body: str, html: str | None = None, date: str | None = None) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = "Alerts <alerts@example.org>"
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def test_an_alert_e_mail_is_an_article_dated_by_its_header_when_the_text_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "alert.eml").write_bytes(_mail(
        "Fwd: Twelve dead in district office raid",
        "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
        f"Subject: raid\n\n{LONG}\n", date="Wed, 15 May 2024 08:10:00 +0000"))
    row = _used(folder)["alert"]
    assert row["status"] == "used"
    assert row["title"] == "Twelve dead in district office raid"
    assert row["published"] == "2024-05-15"
    assert "e-mail's Date header" in row["note"]
    assert "Forwarded message" not in row["text"] and "desk@example.org" not in row["text"]
    assert row["text"].strip() == LONG
    assert row["outlet"] == "Alerts"  # the sender's name, when no manifest names the outlet


def test_a_press_release_e_mail_speaks_for_its_sender() -> None:
    msg = email.message.EmailMessage()
    msg["From"] = "Varno State Government Press Office <press@varno.example>"
    msg["Subject"] = "Press release"
    msg.set_content(LONG)
    article = read_eml(bytes(msg))
    assert article.meta["outlet"] == "Varno State Government Press Office"
    assert article.derived["outlet"] == "the e-mail's From header"
    bare = email.message.EmailMessage()
    bare["From"] = "press@varno.example"
    bare.set_content(LONG)
    assert "outlet" not in read_eml(bytes(bare)).meta


def test_an_html_only_e_mail_is_read_like_a_web_page_and_its_script_dropped() -> None:
    msg = email.message.EmailMessage()
    msg["Subject"] = "Raid"
    msg.set_content(f"<html><body><script>alert('x')</script><p>{LONG}</p></body></html>",
                    subtype="html")
    article = read_eml(bytes(msg))
    assert article.skip is None
    assert LONG in article.text and "alert(" not in article.text
    assert read_eml(b"Subject: empty\n\n").skip == "e-mail without a text body"


def test_a_release_a_colleague_forwards_speaks_for_its_first_sender() -> None:
    msg = email.message.EmailMessage()
    msg["From"] = "Ada Obi <ada.obi@wire.example>"
    msg["Subject"] = "Fwd: PRESS RELEASE: Troops repel attack"
    msg.set_content("Desk, forwarding the release below.\n\n---------- Forwarded message ---------\n"
                    "From: Media Desk, Operation North <media@defence.example>\nDate: Thu, 23 Apr 2026\n\n" + LONG)
    assert read_eml(bytes(msg)).meta["outlet"] == "Media Desk, Operation North"


@pytest.mark.parametrize("subject, title", [
    ("FLASH: Gunmen kill four at Tarvo market checkpoint | Oldport | Hessa", "Gunmen kill four at Tarvo market checkpoint"),
    ("Breaking news - Bomb kills 12 at Tarvo market", "Bomb kills 12 at Tarvo market"),
    ("Gunmen kill four at Tarvo market | Oldport | Hessa valley", "Gunmen kill four at Tarvo market"),
    ("[KRA ALERT][KELORA] Gunmen kill four at Tarvo market", "Gunmen kill four at Tarvo market"),
    ("KRA ALERT | Kelora: Gunmen kill four at Tarvo market", "Kelora: Gunmen kill four at Tarvo market"),
    ("Police alert: Tarvo market closed", "Police alert: Tarvo market closed"),  # a headline's own words
    ("Tarvo | Oldport | Hessa", "Tarvo | Oldport | Hessa"),  # no headline in it: left as it is
])
def test_an_alert_e_mails_title_is_its_first_item_without_the_priority_label(subject: str, title: str) -> None:
    msg = email.message.EmailMessage()
    msg["From"] = "Wire Alerts <alerts@wire.example>"
    msg["Subject"] = subject
    msg.set_content(LONG)
    assert read_eml(bytes(msg)).meta["title"] == title
