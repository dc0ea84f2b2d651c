from __future__ import annotations

import json
from pathlib import Path

import pytest

from storydiff import InputError, UnsupportedLanguageError, read_article, read_articles

BODY = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year."
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_sets_metadata_and_offsets_refer_to_body(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "brindle.txt",
        "---\noutlet: Brindle Herald\ntitle: 'Pier closed'\npublished: 2026-01-05\n"
        "url: https://herald.example/pier\nlanguage: en\n---\n" + BODY + "\n",
    )
    article = read_article(path)
    assert article.outlet == "Brindle Herald"
    assert article.id == "brindle-herald"
    assert article.title == "Pier closed"
    assert article.published == "2026-01-05"
    assert article.url == "https://herald.example/pier"
    assert article.text == BODY


def test_outlet_defaults_to_file_stem_and_can_be_overridden(tmp_path: Path) -> None:
    path = write(tmp_path, "herald.txt", BODY)
    assert read_article(path).outlet == "herald"
    assert read_article(path, outlet="Brindle Herald").id == "brindle-herald"


def test_windows_newlines_and_latin1_are_normalised(tmp_path: Path) -> None:
    text = "Café owners in Brindle said the pier closure would cost them customers.\r\n" + BODY
    path = write(tmp_path, "latin.txt", text.encode("latin-1"))
    article = read_article(path)
    assert "Café" in article.text
    assert "\r" not in article.text


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", BODY.encode("utf-16"))
    assert read_article(path).text == BODY


def test_json_record_and_jsonl_records(tmp_path: Path) -> None:
    record = {"outlet": "Pier Post", "title": "Pier", "published": "2026-01-06", "text": BODY}
    one = write(tmp_path, "one.json", json.dumps(record))
    assert read_article(one).outlet == "Pier Post"
    lines = "\n".join(json.dumps({**record, "outlet": name}) for name in ("A", "B"))
    many = write(tmp_path, "many.jsonl", lines + "\n")
    assert [a.outlet for a in read_articles(many)] == ["A", "B"]


def test_html_article_is_extracted_without_page_furniture(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Pier | Herald</title>"
        '<meta property="og:site_name" content="Brindle Herald">'
        '<meta property="article:published_time" content="2026-01-05T08:00:00Z"></head>'
        "<body><nav>Home | Sport | Weather | Subscribe</nav><article><h1>Pier closed</h1>"
        f"<p>{BODY}</p><p>Fishermen said they would move their boats to the north harbour "
        "until the work is finished, which could take until next spring.</p></article>"
        "<footer>Copyright Brindle Herald</footer></body></html>"
    )
    article = read_article(write(tmp_path, "pier.html", page))
    assert article.outlet == "Brindle Herald"
    assert article.published == "2026-01-05"
    assert article.text.startswith("The council of Brindle")
    assert "Subscribe" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("short.txt", "Pier shut.", "too few to compare"),
        ("nav.html", "<html><body><nav>Home</nav><p>Login</p></body></html>", "no article body"),
        ("bad.json", "{not json", "not valid JSON"),
        ("notext.json", '{"outlet": "X"}', "no 'text' field"),
        ("date.txt", "---\npublished: last week\n---\n" + BODY, "not an ISO date"),
    ],
)
def test_bad_inputs_name_the_file_and_the_problem(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    message = str(caught.value)
    assert str(path) in message
    assert problem in message
    assert caught.value.fix


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nowhere.txt")


def test_oversized_article_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", BODY * 70_000)  # about 10 MB
    with pytest.raises(InputError, match=r"over the 2\.0 MB limit"):
        read_article(path)


def test_unsupported_language_declared_or_detected(tmp_path: Path) -> None:
    declared = write(tmp_path, "fr.txt", "---\nlanguage: fr\n---\n" + BODY)
    with pytest.raises(UnsupportedLanguageError, match="language 'fr' is not supported"):
        read_article(declared)
    french = (
        "Le conseil municipal de Brindle a voté lundi la fermeture du vieux quai après que des "
        "ingénieurs ont trouvé des fissures dans deux de ses piliers. Le maire a dit que les "
        "travaux dureraient un an et que les pêcheurs devraient déplacer leurs bateaux vers le "
        "port du nord pendant toute la durée des réparations du quai."
    )
    with pytest.raises(UnsupportedLanguageError, match="does not look like English"):
        read_article(write(tmp_path, "undeclared.txt", french))


def test_windows_1252_currency_and_curly_quotes(tmp_path: Path) -> None:
    text = (
        "The Brindle harbour board said the pier would cost £93.6 million, or about €110 "
        "million, to rebuild. “We had no choice,” the chairman said, adding that the "
        "board’s engineers had found cracks in two pillars – the third such finding this year."
    )
    path = write(tmp_path, "cp1252.txt", text.encode("cp1252"))
    assert read_article(path).text == text


def test_cyrillic_code_page_is_still_detected_not_read_as_western(tmp_path: Path) -> None:
    russian = "Городской совет Бриндла проголосовал в понедельник за закрытие старого причала. " * 3
    path = write(tmp_path, "ru.txt", russian.encode("cp1251"))
    with pytest.raises(UnsupportedLanguageError, match="does not look like English"):
        read_article(path)


def test_declared_language_is_taken_at_its_word(tmp_path: Path) -> None:
    # a list of names and figures has few function words, but its front matter says English
    table = " ".join(f"Ostrand {n} Carrow {n + 1} Velmora {n + 2}." for n in range(12))
    path = write(tmp_path, "results.txt", "---\nlanguage: en\n---\n" + table)
    assert read_article(path).language == "en"
    undeclared = write(tmp_path, "undeclared.txt", table)
    with pytest.raises(UnsupportedLanguageError, match="--language en"):
        read_article(undeclared)
    (article,) = read_articles(undeclared, language="en")
    assert article.language == "en"
    with pytest.raises(UnsupportedLanguageError, match="language 'de' is not supported"):
        read_articles(write(tmp_path, "b.txt", BODY), language="de")


def test_page_furniture_around_a_plain_text_article_is_left_out(tmp_path: Path) -> None:
    body = (
        "Ferry services across the Lorrin estuary resumed on Friday after a two-day strike "
        "by harbour pilots ended with a provisional pay deal, the port authority said.\n\n"
        "Share\n\nThe pilots' union said members would vote on the offer next week."
    )
    path = tmp_path / "harbour.txt"
    path.write_text("All news\n\n" + body + "\n\nRead more\nAdvertisement\n", encoding="utf-8")
    article = read_article(path)
    # the furniture at either end is gone; a furniture-like line inside the article stays
    assert article.text == body
    assert article.text.startswith("Ferry services")


def test_page_furniture_in_a_json_record_is_left_out(tmp_path: Path) -> None:
    text = "Ferry services across the Lorrin estuary resumed on Friday after a two-day strike."
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"outlet": "Harbour Gazette", "text": "Top stories\n" + text}))
    assert read_article(path).text == text
