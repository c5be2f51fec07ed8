"""Exports beside the pages: TimelineJS JSON, RFC 5545 all-day events, a spreadsheet-safe CSV."""
import csv
import datetime as dt
import io
import json

from icalendar import Calendar

from timeline import export
from timeline.model import Document, Event, Mention, Timeline

HOSTILE = '<script>alert(1)</script> "quoted" & =SUM(A1)'


def event(id, date, headline, relation="on", seed="a.txt", sentence="It happened.", **kw):
    return Event(id, date, relation, headline, (Mention(seed, sentence, date, None, None),), **kw)


def story():
    documents = (Document("a.txt", "Clashes east of Deir ez-Zor", "", "2024-03-05", "dateline"),
                 Document("b.md", HOSTILE, "", "2024-04-14", "frontmatter"))
    events = (event("e-1", "2024-03-03", "Clashes began"),
              event("e-2", "2024-03", "Talks planned", seed="b.md", sentence=HOSTILE),
              event("e-3", "2024-04-13", "Gunmen attacked a checkpoint", relation="before"),
              event("e-4", "2024-W15", "A truce took effect"),
              event("e-5", "PAST_REF", "Tensions rose"),
              event("e-6", "2024-04-14", "Article", is_article=True))
    return Timeline(documents, events)


def test_timelinejs_has_a_title_slide_and_one_slide_per_calendar_event():
    data = json.loads(export.timelinejs(story()))
    assert data["title"]["text"]["headline"] == "Timeline"
    assert [e["unique_id"] for e in data["events"]] == ["e-1", "e-2", "e-3", "e-4", "e-6"]
    first = data["events"][0]
    assert first["start_date"] == {"year": "2024", "month": "3", "day": "3", "display_date": "3 Mar 2024"}
    assert first["text"]["headline"] == "Clashes began"


def test_timelinejs_shows_approximate_dates_as_the_site_does():
    slides = {e["unique_id"]: e for e in json.loads(export.timelinejs(story()))["events"]}
    assert slides["e-2"]["start_date"] == {"year": "2024", "month": "3", "display_date": "Mar 2024"}
    assert slides["e-3"]["start_date"]["display_date"] == "before 13 Apr 2024"
    assert slides["e-4"]["start_date"] == {"year": "2024", "month": "4", "day": "8",
                                           "display_date": "week 15 of 2024"}


def test_timelinejs_escapes_seed_text_because_it_renders_html():
    text = export.timelinejs(story())
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_ics_holds_all_day_events_for_day_dated_entries_only():
    calendar = Calendar.from_ical(export.icalendar_text(story()))
    events = calendar.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == ["e-1@timeline"]
    start, end = events[0]["dtstart"].dt, events[0]["dtend"].dt
    assert type(start) is dt.date and start == dt.date(2024, 3, 3) and end == dt.date(2024, 3, 4)
    assert "Clashes east of Deir ez-Zor" in str(events[0]["description"])


def test_ics_is_the_same_on_every_build():
    assert export.icalendar_text(story()) == export.icalendar_text(story())
    assert "DTSTAMP:20240414T000000Z" in export.icalendar_text(story())


def test_csv_has_a_row_per_sentence_and_disarms_formulas():
    rows = list(csv.DictReader(io.StringIO(export.csv_text(story()))))
    assert len(rows) == 6
    talks = next(r for r in rows if r["id"] == "e-2")
    assert talks["display_date"] == "Mar 2024" and talks["sentence"] == HOSTILE
    assert talks["source_title"] == HOSTILE  # starts with "<", not a formula
    formula = list(csv.reader(io.StringIO(export.csv_text(Timeline((), (event("e-9", "2024", "=SUM(A1)"),))))))
    assert formula[1][3] == "'=SUM(A1)"


def test_ics_lines_fold_exactly_as_icalendar_folds_them():
    import random

    from icalendar.parser import Contentline
    rng = random.Random(5)
    alphabet = "abc \\^;,:é€😀" + "x" * 20
    for length in list(range(60, 160)) + [1000, 5000]:
        line = "DESCRIPTION:" + "".join(rng.choice(alphabet) for _ in range(length))
        assert export.fold(line) == Contentline(line).to_ical().decode("utf-8"), line


def test_ics_of_long_unicode_descriptions_reads_back_whole():
    sentence = "Le cessez-le-feu a été signé à Genève le 3 mars \\ ^ " * 20 + "😀" * 30
    timeline = Timeline((Document("a.txt", "Genève", "", "2024-03-05", "dateline"),),
                        (event("e-1", "2024-03-03", "Trêve signée", sentence=sentence),))
    text = export.icalendar_text(timeline)
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    [entry] = Calendar.from_ical(text).walk("VEVENT")
    assert str(entry["description"]) == f"{sentence} (Genève)"


def _ics_from_icalendar(timeline):
    """The calendar as the icalendar package writes it (what icalendar_text wrote before it
    wrote lines itself): icalendar_text must give these very bytes."""
    from icalendar import Event as CalendarEvent

    titles = {d.seed: d.title or d.seed for d in timeline.documents}
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Timeline")
    dates = [d.date for d in timeline.documents if d.date]
    stamp = dt.datetime.combine(dt.date.fromisoformat(max(dates)) if dates else dt.date(2000, 1, 1),
                                dt.time(0, 0), tzinfo=dt.timezone.utc)
    for e in timeline.events:
        if e.relation != "on" or e.is_article or len(e.date) != 10:
            continue
        day = dt.date.fromisoformat(e.date)
        entry = CalendarEvent()
        entry.add("uid", f"{e.id}@timeline")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", day)
        entry.add("dtend", day + dt.timedelta(days=1))
        entry.add("summary", e.headline)
        entry.add("description", "\n\n".join(f"{m.sentence} ({titles.get(m.seed, m.seed)})"
                                              for m in e.mentions))
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    return "".join(export.fold(line) + "\r\n" for line in calendar.content_lines() if line)


def test_ics_is_byte_for_byte_what_icalendar_writes_for_hostile_text():
    import random

    rng = random.Random(8)
    alphabet = "ab \\N\\n;,:\r\n\r\"'<>é€😀^" + "x" * 10
    documents = (Document("a.txt", "Title; with, commas\\", "", "2024-03-05", "dateline"),
                 Document("b.md", "", "", None, "none"))
    events = tuple(event(f"e-{i}", f"2024-03-{i % 28 + 1:02d}",
                         "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 120))),
                         seed=rng.choice(("a.txt", "b.md", "gone.txt")),
                         sentence="".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 300))))
                   for i in range(200)) + story().events
    timeline = Timeline(documents, events)
    assert export.icalendar_text(timeline) == _ics_from_icalendar(timeline)
    assert export.icalendar_text(story()) == _ics_from_icalendar(story())
    assert export.icalendar_text(Timeline((), ())) == _ics_from_icalendar(Timeline((), ()))


def test_timelinejs_text_is_what_json_dumps_writes():
    value = {"b": ["x", {"z": "“é”\\n\t\"<>", "a": []}, []], "a": {}, "c": "😀\u2028\x00"}
    assert export.indented_json(value) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    data = json.loads(export.timelinejs(story()))
    assert export.timelinejs(story()) == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _other(value):
    """A different value of the same kind."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, tuple):
        return value + ("more",)
    return (value or "") + "x"


def test_an_exports_fragment_key_follows_every_field_an_entry_and_its_mentions_hold():
    # render reuses a fragment made for an equal key: any field fragments could read must change it
    import dataclasses
    timeline = story()
    titles, stamp = export._titles(timeline), export.calendar_stamp(timeline)
    run = list(timeline.events[:3])
    key = export.fragment_key(run, titles, stamp)
    for field in dataclasses.fields(Event):
        if field.name != "mentions":
            changed = dataclasses.replace(run[0], **{field.name: _other(getattr(run[0], field.name))})
            assert export.fragment_key([changed, *run[1:]], titles, stamp) != key, field.name
    for field in dataclasses.fields(Mention):
        mention = dataclasses.replace(run[1].mentions[0], **{field.name: _other(getattr(run[1].mentions[0], field.name))})
        changed = dataclasses.replace(run[1], mentions=(mention,))
        assert export.fragment_key([run[0], changed, run[2]], titles, stamp) != key, field.name
    assert export.fragment_key(run, {**titles, "b.md": "Renamed"}, stamp) != key  # a cited source's title
    assert export.fragment_key(run, titles, stamp + "1") != key
