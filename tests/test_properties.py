"""Properties that hold for any input: the tagger and the readers never raise, and every
temporal expression's offsets index the text it was found in (DESIGN.md, `timeline tag`)."""
import datetime as dt
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from timeline import events, sources, temporal
from timeline.model import Document, Settings

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words the rules look for, so random text often holds (broken) temporal expressions.
WORDS = """January February March April May June July August September October November December
Jan Feb Mar Sept Oct Nov Dec NOV MAR Monday Tuesday Friday Sunday today yesterday tomorrow tonight
last next this the following previous ago later earlier before after since until by on in at of
day days week weeks month months year years decade century quarter Q1 Q3 H2 spring summer fall
winter Thanksgiving Christmas Easter Eid Ramadan Boxing Day morning evening noon midnight a.m.
p.m. am pm two three twenty-one hundred first 1st 2nd 23rd 31st 0 00 1 7 12 13 25 29 30 31 32 99
1999 2000 2023 2024 0000 9999 99999 10000 1990s '90s 2023-11-25 2023-02-31 11/25/2023 25.11.2023
2023-W47 P3Y T14:00 -- – — , . ; : ( ) [ ] " ' \n \n\n \t""".split(" ")
WORDS = [w for w in " ".join(WORDS).replace("\n", " ").split(" ") if w] + ["\n", "\n\n", "\r\n", "\u00a0", "\ufeff"]

temporal_text = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), temporal_text,
                     st.tuples(temporal_text, st.text(max_size=50), temporal_text).map("".join))
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def assert_valid_spans(text, timexes):
    position = 0
    for timex in timexes:
        assert 0 <= position <= timex.start < timex.end <= len(text)
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert isinstance(timex.value, str) and timex.value
        position = timex.end


@FAST
@given(any_text, st.sampled_from([dt.date(2023, 11, 25), dt.date(2024, 2, 29), dt.date(2000, 1, 1)]))
@example("on 31 February 2023 and in the year 0 or 99999", dt.date(2023, 11, 25))
@example("Thanksgiving Day", dt.date(1, 1, 1))
def test_tag_never_raises_and_its_offsets_index_the_input(text, dct):
    assert_valid_spans(text, temporal.tag(text, dct))


@settings(max_examples=60, deadline=None)
@given(temporal_text, dates)
@example("last year, next month, two days later, Christmas", dt.date(1, 1, 1))
@example("next year, in two days, the following week, Easter", dt.date(9999, 12, 31))
def test_tag_never_raises_at_the_ends_of_the_calendar(text, dct):
    assert_valid_spans(text, temporal.tag(text, dct))


@FAST
@given(any_text)
def test_extract_never_raises_on_what_the_tagger_found(text):
    document = Document("s.txt", "Title", text, "2023-11-25", "title")
    timexes = temporal.tag(text, dt.date(2023, 11, 25))
    for event in events.extract(document, timexes):
        assert event.mentions and event.relation in ("on", "before", "after")


READ_SETTINGS = Settings(reference_date=dt.date(2023, 12, 1), max_seed_bytes=4000)
suffixes = st.sampled_from([".txt", ".md", ".html"])
encoded_text = st.tuples(any_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                                    "cp1252", "latin-1"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace"))
front_matter = st.tuples(st.text(max_size=80), any_text).map(
    lambda pair: f"---\n{pair[0]}\n---\n{pair[1]}".encode("utf-8", "surrogatepass"))
html_page = st.lists(st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<title>", "<time datetime=",
                                      "\"2023-02-30\">", "<!--", "-->", "<script>", "</script>",
                                      "<a ", "href=", "<", ">", "&amp;", "&#0;", "&#x110000;",
                                      "<article>", "</article>", "<meta name=date content="])
                     | temporal_text, max_size=30).map(lambda parts: "".join(parts).encode())
seed_bytes = st.one_of(st.binary(max_size=600), encoded_text, front_matter, html_page)


def assert_well_read(document, problems, name):
    for problem in problems:
        assert problem.path == name and problem.severity in ("error", "warning")
        assert problem.line is None or problem.line >= 1
    if document is not None:
        assert document.title and "\n" not in document.title
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\r]", document.title + document.text)
        assert document.date is None or dt.date.fromisoformat(document.date)


@FAST
@given(seed_bytes, suffixes)
@example(b"\xff\xfe\x00", ".txt")
@example(b"---\n" + b"[" * 3000 + b"\n---\nx", ".md")
@example(b"<a " * 300, ".html")
def test_reading_any_bytes_never_raises(data, suffix):
    name = f"seed{suffix}"
    document, problems = sources.read_bytes(data, name, name, READ_SETTINGS)
    assert_well_read(document, problems, name)


@settings(max_examples=40, deadline=None)
@given(seed_bytes, suffixes, st.sampled_from(["2023-11-25-", "0000-01-01-", "2023-02-31-", ""]))
def test_reading_any_file_never_raises(data, suffix, prefix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{prefix}seed{suffix}"
        path.write_bytes(data)
        document, problems = sources.read(path, path.name, READ_SETTINGS)
        assert_well_read(document, problems, str(path))
        assert path.read_bytes() == data


@FAST
@given(st.binary(max_size=800), st.booleans())
def test_decoded_text_is_clean_whatever_the_bytes(data, truncated):
    text, problems = sources.decode(data, "s.txt", truncated)
    if text is not None:
        assert text.strip() and "\r" not in text and "\x00" not in text
    else:
        assert [p.severity for p in problems] and all(p.severity == "error" for p in problems)
