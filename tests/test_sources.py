import datetime as dt

from conftest import DATA, SEED
from timeline import sources
from timeline.model import Settings

DEV = Settings(reference_date=dt.date(2024, 12, 20))


def test_seed_article_is_dated_from_the_end_of_its_title(seed_settings):
    document, problems = sources.read(SEED, SEED.name, seed_settings)
    assert (document.date, document.date_source, document.date_expression) == ("2023-11-25", "title", "25 NOV")
    assert document.title.startswith("Controversy Surrounds US Military Presence")
    assert problems == []


def test_dateline_gives_the_date_of_a_text_seed():
    document, _ = sources.read(DATA / "d2_trial_02.txt", "d2_trial_02.txt", DEV)
    assert (document.date, document.date_source) == ("2023-01-11", "dateline")


def test_crlf_seed_is_read_with_plain_newlines():
    document, problems = sources.read(DATA / "d2_trial_05.txt", "d2_trial_05.txt", DEV)
    assert "\r" not in document.text and document.date == "2023-04-13" and problems == []


def test_front_matter_date_wins():
    document, _ = sources.read(DATA / "d3_conflict_03.md", "d3_conflict_03.md", DEV)
    assert (document.date, document.date_source) == ("2024-03-22", "frontmatter")
    assert "Qamişlo" in document.text or "Rêzan" in document.text


def test_html_seed_gives_title_time_and_paragraphs():
    document, _ = sources.read(DATA / "d3_conflict_02.html", "d3_conflict_02.html", DEV)
    assert (document.date, document.date_source) == ("2024-03-12", "html")
    assert "<" not in document.text and "opened talks in Hasakah" in document.text


def test_broken_front_matter_is_reported_with_its_line(tmp_path):
    seed = tmp_path / "broken.md"
    seed.write_text("---\ntitle: [unclosed\ndate: 2024-01-02\n---\nBody text on Monday.\n")
    document, problems = sources.read(seed, "broken.md", DEV)
    assert document is not None and "Body text" in document.title + document.text
    assert problems[0].line is not None and "front matter" in problems[0].message
    assert str(problems[0]).startswith(f"{seed}:")


def test_impossible_front_matter_date_is_an_error_not_a_crash(tmp_path):
    seed = tmp_path / "feb.md"
    seed.write_text("---\ntitle: T\ndate: 2023-02-31\n---\nText.\n")
    document, problems = sources.read(seed, "feb.md", DEV)
    assert document.date is None
    assert any(p.line == 3 and "not a real date" in p.message for p in problems)


def test_empty_and_binary_files_are_skipped_with_a_message(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    for name in ("empty.txt", "binary.txt"):
        document, problems = sources.read(tmp_path / name, name, DEV)
        assert document is None and problems and problems[0].path.endswith(name)


def test_cp1252_seed_is_read_with_a_warning(tmp_path):
    seed = tmp_path / "old.txt"
    seed.write_bytes("Caf\u00e9 talks, 4 MAR\nTalks ended on Monday \u2013 officials said.".encode("cp1252"))
    document, problems = sources.read(seed, "old.txt", DEV)
    assert "Café" in document.title and "–" in document.text
    assert problems[0].line == 1 and "UTF-8" in problems[0].message
