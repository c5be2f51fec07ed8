import datetime as dt
import os
import tracemalloc

import pytest

from conftest import DATA, SEED
from timeline import sources, temporal
from timeline.model import Settings

DEV = Settings(reference_date=dt.date(2024, 12, 20))


def read_text_seed(seed, text: str, reference: dt.date):
    """The document `sources.read` makes of a seed file holding `text`."""
    seed.write_text(text)
    document, _ = sources.read(seed, seed.name, Settings(reference_date=reference))
    return document


def test_seed_article_is_dated_from_the_end_of_its_title(seed_settings):
    document, problems = sources.read(SEED, SEED.name, seed_settings)
    assert (document.date, document.date_source, document.date_expression) == ("2023-11-25", "title", "25 NOV")
    assert document.title.startswith("Controversy Surrounds US Military Presence")
    assert problems == []


def test_dateline_gives_the_date_of_a_text_seed():
    document, _ = sources.read(DATA / "d2_trial_02.txt", "d2_trial_02.txt", DEV)
    assert (document.date, document.date_source) == ("2023-01-11", "dateline")


def test_a_chronologys_dated_entry_below_the_opening_is_no_dateline(tmp_path):
    document = read_text_seed(tmp_path / "timeline.txt",
                              "Timeline: War in Libya, 20 AUG\nTRIPOLI (Reuters) - Here is a timeline of the "
                              "conflict in Libya, which began in February, and of the fighting since.\n\n"
                              "Feb 17 - Protesters in Benghazi hold a day of anger.\n",
                              dt.date(2011, 12, 1))
    assert (document.date, document.date_source) == ("2011-08-20", "title")
    assert "Feb 17 - Protesters" in document.text


def test_a_chronologys_dated_entry_below_a_short_agency_opening_is_no_dateline(tmp_path):
    # the entry has its year, so it reads as a whole date; the agency's line opened the story
    document = read_text_seed(tmp_path / "timeline.txt",
                              "Timeline: Libya conflict, 22 AUG\nTRIPOLI (Reuters) - Here is a timeline:\n\n"
                              "Feb 15/16, 2011 - The civil war in Libya began when protesters clashed with police "
                              "in Benghazi.\n\nFeb 17 - Protesters took to the streets in several cities.\n",
                              dt.date(2011, 9, 1))
    assert (document.date, document.date_source) == ("2011-08-22", "title")
    assert "Feb 15/16, 2011 - The civil war" in document.text


@pytest.mark.parametrize("label", ["Published:", "Date:", "By Jane Doe, City Hall reporter:"])
def test_a_labels_date_on_the_line_below_is_the_dateline(tmp_path, label):
    document = read_text_seed(tmp_path / "budget.txt",
                              f"Budget approved\n{label}\nMarch 14, 2021\n\nThe council approved the budget.\n",
                              dt.date(2021, 12, 1))
    assert (document.date, document.date_source) == ("2021-03-14", "dateline")


def test_a_dateline_below_a_standfirst_still_dates_the_story(tmp_path):
    document = read_text_seed(tmp_path / "walkout.txt",
                              "Talks collapse\nNegotiators walked out of the ceasefire talks after a night of "
                              "shelling, leaving mediators with no date for a new round.\n\n"
                              "DOHA, Nov 25 (Reuters) - Negotiators walked out of the talks on Saturday.\n",
                              dt.date(2023, 12, 1))
    assert (document.date, document.date_source) == ("2023-11-25", "dateline")


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


def test_cp1252_seed_is_read_and_reported_as_an_error(tmp_path):
    seed = tmp_path / "old.txt"
    seed.write_bytes("Caf\u00e9 talks, 4 MAR\nTalks ended on Monday \u2013 officials said.".encode("cp1252"))
    document, problems = sources.read(seed, "old.txt", DEV)
    assert "Café" in document.title and "–" in document.text
    assert problems[0].line == 1 and "UTF-8" in problems[0].message
    assert problems[0].severity == "error"  # the text is a guess: the build must say so


def seed_file(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(path, settings=DEV):
    return sources.read(path, path.name, settings)


def errors(problems):
    return [p for p in problems if p.severity == "error"]


STORY = "Storm hits the coast\nThe storm made landfall on 12 June 2021 near the port.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_reads_silently(tmp_path, encoding):
    data = STORY.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    document, problems = read(seed_file(tmp_path, "s.txt", data))
    assert document.title == "Storm hits the coast" and "12 June 2021" in document.text
    assert "\ufeff" not in document.title + document.text
    assert errors(problems) == []


def test_utf16_without_a_byte_order_mark_is_read_and_reported(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", STORY.encode("utf-16-le")))
    assert "12 June 2021" in document.text
    assert "UTF-16" in errors(problems)[0].message


def test_crlf_and_lone_cr_line_ends_become_newlines(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", STORY.replace("\n", "\r\n").encode()
                                        + b"Then\rit ended on 14 June 2021.\r"))
    assert "\r" not in document.title + document.text and "\nit ended" in document.text
    assert errors(problems) == []


def test_latin1_seed_is_read_and_reported_as_an_error(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", "Réunion à Zürich\nThe meeting "
                                        "opened on 5 May 2022 in Zürich.".encode("latin-1")))
    assert document.title == "Réunion à Zürich" and "Zürich" in document.text
    assert (problems[0].line, problems[0].severity) == (1, "error")


def test_one_stray_byte_does_not_garble_the_rest_of_a_utf8_seed(tmp_path):
    data = "Qamişlo talks\nRêzan said on 5 May 2022:".encode() + b" \x96 " + "Ankara’s reply".encode()
    document, problems = read(seed_file(tmp_path, "s.txt", data))
    assert document.title == "Qamişlo talks" and "Rêzan" in document.text
    assert "– Ankara’s reply" in document.text
    assert (problems[0].line, problems[0].severity) == (2, "error")


def test_nul_and_control_characters_are_removed_and_reported_with_their_line(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", b"Title\nOn 4 July\x00 2020 it "
                                        b"began.\x1b[31m\x07\n"))
    assert document.text == "On 4 July 2020 it began.[31m"
    assert (problems[0].line, problems[0].severity) == (2, "error")
    assert "NUL" in problems[0].message and "3 in all" in problems[0].message


def test_file_of_only_whitespace_or_nul_is_skipped(tmp_path):
    for data in (b" \n\t\n", b"\x00" * 3):
        document, problems = read(seed_file(tmp_path, "s.txt", data))
        assert document is None and errors(problems)


def test_binary_file_is_skipped_as_an_error(tmp_path):
    document, problems = read(seed_file(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8))
    assert document is None and problems[0].severity == "error" and "binary" in problems[0].message


def test_oversized_seed_reads_only_a_prefix_that_ends_on_a_whole_line(tmp_path):
    line = "The council met on 3 March 2021 in the old hall, and the mayor spoke: é.\n"
    seed = seed_file(tmp_path, "big.txt", ("Big\n" + line * 2000).encode())
    settings = Settings(reference_date=DEV.reference_date, max_seed_bytes=10_001)
    document, problems = read(seed, settings)
    assert 9_000 < len(document.text.encode()) < 10_001
    assert document.text.endswith("spoke: é.")  # no half line, no half character
    assert problems[0].severity == "error" and "limit" in problems[0].message
    assert [p for p in problems if "UTF-8" in p.message] == []


def test_oversized_seed_is_not_read_whole(tmp_path, monkeypatch):
    seed = seed_file(tmp_path, "big.txt", b"Big\n" + b"words and more words. " * 50_000)
    sizes = []
    real_open = type(seed).open

    def spying_open(self, *args, **kwargs):
        handle = real_open(self, *args, **kwargs)
        real_read = handle.read
        handle.read = lambda n=-1: (sizes.append(n), real_read(n))[1]
        return handle

    monkeypatch.setattr(type(seed), "open", spying_open)
    read(seed, Settings(reference_date=DEV.reference_date, max_seed_bytes=1000))
    assert sizes == [1001]


def test_broken_front_matter_keeps_the_date_from_its_own_line(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.md", b"---\ntitle: [unclosed\ndate: 2024-01-02\n"
                                        b"---\nThe vote was held on 5 January 2024.\n"))
    assert (document.date, document.date_source) == ("2024-01-02", "frontmatter")
    assert "5 January 2024" in document.text
    assert (problems[0].line, problems[0].severity) == (3, "error")
    assert "read date from its own line" in problems[0].message


@pytest.mark.parametrize("front", [
    "[" * 5000 + "\n",  # nested past the recursion limit
    "title: " + "9" * 5000 + "\n",  # an int longer than Python converts
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "title: &t [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n",  # a billion laughs as the title
    "title: !!python/object:os.system [echo]\n",
    "- just\n- a list\n",
    "date: {year: 2024}\n",
], ids=["deep", "long-int", "laughs", "python-tag", "list", "mapping-date"])
def test_hostile_front_matter_is_an_error_not_a_crash(tmp_path, front):
    document, problems = read(seed_file(tmp_path, "s.md", ("---\n" + front + "---\nOn 5 January "
                                                          "2024 the vote was held.\n").encode()))
    assert document is not None and len(document.title) <= sources.MAX_TITLE + 2
    assert "5 January 2024" in document.title + document.text
    assert errors(problems) and all(p.line for p in errors(problems))


@pytest.mark.parametrize("date, line", [("0000-01-01", 3), ("99999-01-01", 3), ("2023-13-01", 3),
                                        ("'2023-02-29'", 3), ("", 3)])
def test_impossible_front_matter_dates_are_errors(tmp_path, date, line):
    document, problems = read(seed_file(tmp_path, "s.md", f"---\ntitle: T\ndate: {date}\n---\n"
                                        f"Text.\n".encode()))
    assert document.date is None
    assert [(p.line, p.severity) for p in problems if "not a real date" in p.message] == [(line, "error")]


def test_front_matter_date_in_words_is_read():
    text = "---\ntitle: T\ndate: March 14, 2021\n---\nText.\n"
    document, problems = sources.read_bytes(text.encode(), "s.md", "s.md", DEV)
    assert (document.date, errors(problems)) == ("2021-03-14", [])


def test_impossible_year_in_a_dateline_or_file_name_is_no_crash(tmp_path):
    for name, text in (("d.txt", "T\nPublished: January 1, 0000\nOn 3 March 2020 it rained.\n"),
                       ("0000-01-01-x.txt", "T\nOn 3 March 2020 it rained.\n"),
                       ("9999-12-31-x.txt", "T\nPublished: December 31, 9999\nIn 99999 it rains.\n")):
        document, problems = read(seed_file(tmp_path, name, text.encode()))
        assert document.date in (None, "9999-12-31")
        assert all(p.path.endswith(name) for p in problems)


def test_impossible_html_time_is_an_error_and_other_notations_are_ignored(tmp_path):
    page = (b'<html><body><time datetime="PT5M">5 min read</time><time datetime="2023-02-30">x</time>'
            b'<p>The talks opened on 3 March 2023.</p></body></html>')
    document, problems = read(seed_file(tmp_path, "p.html", page))
    assert document.date is None
    assert [p.message[:30] for p in errors(problems)] == ["<time datetime='2023-02-30'> i"]


@pytest.mark.parametrize("markup", ["<a ", '<a b="', "<!--", "</", "<![CDATA[", "<?"])
def test_html_that_never_closes_its_tags_reads_in_linear_time(tmp_path, markup):
    from conftest import grows_linearly

    def page(n):
        return ("<p>On 3 March 2023 the talks opened.</p>" + markup * n).encode()
    assert grows_linearly(lambda data: read(seed_file(tmp_path, "p.html", data)), page, 10_000)
    document, _ = read(seed_file(tmp_path, "p.html", page(40_000)))  # was 37 s for '<a ' * 20000
    assert "3 March 2023" in document.text


def test_html_comment_is_not_text_and_keeps_line_numbers(tmp_path):
    page = (b"<html><body><!-- <p>hidden on 1 May 2020</p>\n\n -->\n<time datetime='2023-02-30'>"
            b"</time><p>Shown on 3 March 2023.</p></body></html>")
    document, problems = read(seed_file(tmp_path, "p.html", page))
    assert "hidden" not in document.text and "Shown" in document.text
    assert errors(problems)[0].line == 4


def test_one_line_seed_is_text_under_its_file_name(tmp_path):
    document, _ = read(seed_file(tmp_path, "storm-report.txt", b"The storm hit on 12 June 2021."))
    assert (document.title, document.text) == ("storm-report", "The storm hit on 12 June 2021.")


def test_a_whole_page_run_into_the_title_is_shortened(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", b"word " * 10_000 + b"\nBody on 3 May 2021."))
    assert len(document.title) <= sources.MAX_TITLE + 2 and document.title.endswith("…")
    assert problems[0].severity == "warning"


def test_missing_publication_date_is_only_a_warning(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", b"Title\nThe storm hit on 12 June 2021."))
    assert document.date is None and [p.severity for p in problems] == ["warning"]


def test_file_name_that_is_not_utf8_is_reported_and_read(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"Title\nThe storm hit on 12 June 2021.")
    found, problems = sources.discover([folder])
    assert [seed for _, seed in found] == ["caf\ufffd.txt"]
    assert problems[0].severity == "warning"
    found[0][1].encode("utf-8")


def test_read_never_writes_the_seed(tmp_path):
    seed = seed_file(tmp_path, "s.md", b"---\ndate: [\n---\nx\x00y on 3 May 2021\r\n")
    before = (seed.read_bytes(), seed.stat().st_mtime_ns)
    read(seed)
    assert (seed.read_bytes(), seed.stat().st_mtime_ns) == before


def test_50_mb_seed_costs_only_its_prefix_in_memory(tmp_path):
    seed = tmp_path / "huge.txt"
    with seed.open("wb") as handle:  # 8 KB of text, then 50 MB of NULs (a sparse file)
        handle.write(b"Huge\n" + b"The dam opened on 3 May 2021 after the rains. " * 180)
        handle.truncate(50_000_000)
    document, problems = read(seed, Settings(reference_date=DEV.reference_date))
    tracemalloc.start()  # slows reading tenfold: measure with a 1 MB limit
    read(seed, Settings(reference_date=DEV.reference_date, max_seed_bytes=1_000_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "3 May 2021" in document.text and len(document.text) < 10_000
    assert len(errors(problems)) == 2  # over the limit; NULs removed
    assert peak < 12_000_000


def test_runs_of_spaces_and_blank_lines_read_as_one(tmp_path):
    document, problems = read(seed_file(tmp_path, "s.txt", b"Title\nThe  storm\t\t hit \n\n\n\n\n"
                                        b"on 12 June 2021." + b"\t" * 20_000 + b"Then it ended.  \n"))
    assert document.text == "The storm hit\n\non 12 June 2021. Then it ended."


def test_long_runs_of_punctuation_are_cut_so_sentence_splitting_stays_linear(tmp_path):
    from conftest import grows_linearly

    def seed(n):
        return b"Title\nWhat?" + b"?!" * n + b" The storm hit on 12 June 2021."

    def read_and_tag(data):
        document, _ = read(seed_file(tmp_path, "s.txt", data))
        return document, temporal.tag(document.text, dt.date(2021, 6, 20))
    assert grows_linearly(read_and_tag, seed, 2000)
    document, timexes = read_and_tag(seed(8000))
    assert document.text == "What" + ("?" + "?!" * 8000)[:40] + " The storm hit on 12 June 2021."
    assert [t.value for t in timexes] == ["2021-06-12"]


def test_front_matter_indentation_is_kept_when_the_body_is_squeezed(tmp_path):
    text = (b"---\ntitle: >\n    Folded    long\n    title\nextra:\n  nested:\n    deep: 1\n"
            b"date: 2023-05-05\n---\nThe  vote   was held on 5 May 2023.\n")
    document, problems = read(seed_file(tmp_path, "s.md", text))
    assert (document.title, document.date, problems) == ("Folded long title", "2023-05-05", [])
    assert document.text.strip() == "The vote was held on 5 May 2023."


def _discover_by_rglob(folder):
    """discover as it was written first (Path.rglob, a stat per entry): the oracle for the order."""
    found = []
    for child in sorted(folder.rglob("*")):
        relative = child.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not child.is_file():
            continue
        if child.suffix.lower() in sources.SEED_SUFFIXES:
            found.append((child, relative.as_posix()))
    return found


def test_discover_finds_and_orders_seeds_as_sorting_their_paths_does(tmp_path):
    folder = tmp_path / "seeds"
    names = ["a.txt", "a-b.txt", "a/b.txt", "a/c/d.md", "A.html", "b.TXT", "z/.hidden.txt",
             ".git/config.txt", "notes/readme.rst", "2024/11/25-strike.txt", "2024/1/01.txt"]
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("Title\nThe storm hit on 12 June 2021.\n")
    (folder / "linked").symlink_to(folder / "a", target_is_directory=True)  # not entered
    (folder / "link.txt").symlink_to(folder / "a.txt")  # a file: read
    found, problems = sources.discover([folder])
    assert found == _discover_by_rglob(folder)
    assert [seed for _, seed in found][:4] == ["2024/1/01.txt", "2024/11/25-strike.txt", "A.html", "a/b.txt"]
    assert [p.path for p in problems] == [str(folder / "notes" / "readme.rst")]
