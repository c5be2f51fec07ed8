import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import pipeline, render
from timeline.model import Settings

HOSTILE = ("<script>alert(1)</script> [click](javascript:alert(1)) {{ config }} {% raw %} "
           "<img src=x onerror=alert(1)> *bold* :smile:, 25 NOV")


def hostile_timeline(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(
        f"{HOSTILE}\nThe raid <b>destroyed</b> {{{{ x }}}} a depot on Thanksgiving Day.\n")
    return pipeline.run([seeds], Settings(reference_date=dt.date(2023, 12, 1)))


def test_seed_text_is_escaped_for_markdown_and_html(tmp_path):
    pages = render.render(hostile_timeline(tmp_path), Settings(reference_date=dt.date(2023, 12, 1)))
    for name, text in pages.items():
        if name.endswith(".md"):
            assert "<script>" not in text and "<b>" not in text and "{{ x }}" not in text, name
            assert "](javascript" not in text and "<img" not in text, name


def test_rendering_twice_gives_identical_pages(tmp_path):
    timeline = hostile_timeline(tmp_path)
    settings = Settings(reference_date=dt.date(2023, 12, 1))
    assert render.render(timeline, settings) == render.render(timeline, settings)


def test_slugs_are_safe_unique_and_stable():
    slugs = render.source_slugs(["../../x.txt", "a/../../x.txt", "....txt", "ünïcode.md"])
    assert all(s and "/" not in s and ".." not in s for s in slugs.values())
    assert len(set(slugs.values())) == 4
    assert render.source_slugs(["../../x.txt", "a/../../x.txt", "....txt", "ünïcode.md"]) == slugs


def test_write_refuses_a_folder_it_did_not_make(tmp_path):
    target = tmp_path / "docs" / "handwritten"
    target.mkdir(parents=True)
    (target / "mine.md").write_text("my notes")
    with pytest.raises(render.UnsafeOutput):
        render.write({"index.md": "x"}, target)
    assert (target / "mine.md").read_text() == "my notes"


def test_write_refuses_paths_outside_the_target(tmp_path):
    with pytest.raises(render.UnsafeOutput):
        render.write({"../escape.md": "x"}, tmp_path / "out")
    assert not (tmp_path / "escape.md").exists()


def test_write_swaps_whole_folders_and_skips_unchanged(tmp_path):
    target = tmp_path / "out"
    assert render.write({"a.md": "1", "b/c.md": "2"}, target)
    assert not render.write({"a.md": "1", "b/c.md": "2"}, target)
    assert render.write({"a.md": "3"}, target)
    assert sorted(p.name for p in target.rglob("*.md")) == ["a.md"]


def test_display_dates_mark_approximation():
    assert render.display_date("2023-11-23") == "23 Nov 2023"
    assert render.display_date("2023-11") == "Nov 2023"
    assert render.display_date("2023-11-23", "before") == "before 23 Nov 2023"
    assert render.display_date("2020-SU") == "summer 2020"


# --- pages for readers (synthetic timelines) ---------------------------------------------------

from timeline.model import Document, Event, Mention, Timeline, Timex  # noqa: E402

SETTINGS = Settings(reference_date=dt.date(2024, 12, 20))


def _event(id, date, headline="Something happened", relation="on", seed="a.txt", **kw):
    return Event(id, date, relation, headline,
                 (Mention(seed, f"{headline} then.", date, "then", "rule-x", "because"),), **kw)


def _timeline(*events, text="On Tuesday it rained."):
    return Timeline((Document("a.txt", "An article", text, "2024-03-05", "dateline"),), events,
                    {"a.txt": (Timex(3, 10, "Tuesday", "DATE", "2024-03-05", "weekday-past",
                                     "2024-03-05", "past tense: the latest Tuesday"),)})


def test_templates_in_the_sites_override_folder_win_even_without_the_setting(tmp_path):
    override = tmp_path / "overrides" / "timeline"
    override.mkdir(parents=True)
    (override / "_entry.md.j2").write_text(
        "{% macro entry(event, base) %}MY ENTRY {{ event.headline }}\n{% endmacro %}\n")
    settings = Settings(reference_date=dt.date(2024, 12, 20), templates_dir="overrides/timeline")
    pages = render.render(_timeline(_event("e-1", "2024-03-03", "<b>Bold</b> move")), settings, tmp_path)
    assert "MY ENTRY &#60;b&#62;Bold&#60;/b&#62; move" in pages["2024.md"]
    assert "MY ENTRY" in render.render(_timeline(_event("e-1", "2024-03-03")), SETTINGS, tmp_path)["2024.md"]
    assert "MY ENTRY" not in render.render(_timeline(_event("e-1", "2024-03-03")), SETTINGS, tmp_path / "x")["2024.md"]


def test_every_entry_has_a_permalink_and_a_resolution_note():
    page = render.render(_timeline(_event("e-1", "2024-03-03"), _event("e-2", "2024-04-01")), SETTINGS)["2024.md"]
    for id in ("e-1", "e-2"):
        assert f'href="#{id}"' in page and f"{{ #{id} }}" in page
    assert page.count("How this date was resolved") == 2
    assert "## March 2024 { #2024-03 }" in page and "## April 2024 { #2024-04 }" in page


def test_approximate_and_disputed_dates_are_marked():
    page = render.render(_timeline(_event("e-1", "2024-03", "Talks"),
                                   _event("e-2", "2024-03-13", "Raid", relation="before"),
                                   _event("e-3", "2024-03-20", "Truce", conflict=True)), SETTINGS)["2024.md"]
    assert 'timeline-approx' in page and ">Mar 2024</time>" in page and ">before 13 Mar 2024</time>" in page
    assert page.count("timeline-approx") == 2
    assert "dates differ" in page and "Sources disagree on the date" in page



def test_the_home_page_gives_the_storys_range_and_says_where_background_entries_reach():
    # an article of March 2024 recalls 1510 in passing: the story is March 2024, not 1510 to 2024
    pages = render.render(_timeline(_event("e-1", "1510", "Europeans arrived on the island"),
                                    _event("e-2", "2024-03-03", "The quake struck")), SETTINGS)
    stats = pages["index.md"].split('<div class="timeline-stats">')[1].split("</div>")[0]
    assert "<strong>3 Mar 2024</strong> to <strong>5 Mar 2024</strong>" in stats
    assert "its entries run from 1510 to 3 Mar 2024" in stats
    alone = render.render(_timeline(_event("e-2", "2024-03-03", "The quake struck")), SETTINGS)["index.md"]
    assert "<strong>3 Mar 2024</strong> to <strong>5 Mar 2024</strong><br><span>date range</span>" in alone
    ahead = render.render(_timeline(_event("e-1", "2024-03-01", "Talks opened"),
                                    _event("e-2", "2024-03-03", "The quake struck"),
                                    _event("e-4", "2047", "Supply contracts run out")),
                          dataclasses.replace(SETTINGS, highlights=1))["index.md"]
    latest = ahead.split("## Latest events")[1]
    assert "The quake struck" in latest and "Supply contracts" not in latest  # what happened last
    month = render.render(_timeline(_event("e-3", "2024-03", "Talks dragged on")), SETTINGS)["index.md"]
    assert "its entries run" not in month  # a month holding the story's days is no background


def test_key_dates_say_dates_differ_only_where_the_articles_disagree():
    def told(event_id, headline, dates):  # one telling per article, each dating it its own way
        mentions = tuple(Mention(f"s{i}.txt", f"{headline} on that day.", date, "that day", "rule-x", "because")
                         for i, date in enumerate(dates))
        return Event(event_id, dates[0], "on", headline, mentions, conflict=len(set(dates)) > 1)
    documents = tuple(Document(f"s{i}.txt", f"Article {i}", "Text.", "2024-03-09", "dateline") for i in range(4))
    docked = told("e-1", "Four vessels docked", ["2024-03-07"] * 3 + ["2024-03-08"])  # one telling's Friday merged in
    talks = told("e-2", "The talks began", ["2024-03-04", "2024-03-04", "2024-03-05", "2024-03-05"])
    page = render.render(Timeline(documents, (talks, docked)), SETTINGS)["highlights.md"]
    rows = {line.split("|")[2].strip(): line for line in page.splitlines() if line.startswith("| ") and "](" in line}
    assert "(dates differ)" not in next(row for name, row in rows.items() if "Four vessels" in name)
    assert "(dates differ)" in next(row for name, row in rows.items() if "talks" in name)

def test_a_week_sits_in_the_month_it_starts_in_and_a_bare_year_comes_last():
    page = render.render(_timeline(_event("e-1", "2024"), _event("e-2", "2024-W48")), SETTINGS)["2024.md"]
    assert page.index("## November 2024") < page.index("week 48 of 2024") < page.index("## 2024, month not known")


def test_a_crowded_year_splits_into_month_pages_that_the_chart_links_to():
    events = [_event(f"e-{i}", f"2024-{1 + i % 3:02d}-{1 + i % 28:02d}") for i in range(400)]
    pages = render.render(_timeline(*events), SETTINGS)
    assert {"2024-01.md", "2024-02.md", "2024-03.md"} <= set(pages) and "2024.md" not in pages
    assert all(pages[p].count("<article") <= render.MAX_ENTRIES_PER_PAGE for p in pages if p.startswith("2024-"))
    assert 'href="2024-02/#2024-02"' in pages["index.md"]
    assert 'href="timeline/2024-02/#2024-02"' in pages["_glance.md"]


def test_the_chart_folds_long_empty_stretches():
    chart = render.month_chart([_event("e-1", "2019-03-01"), _event("e-2", "2024-03-01")],
                               {"e-1": "2019.md#e-1", "e-2": "2024.md#e-2"}, "")
    assert chart.count("<rect") == 2 and "…" in chart
    assert 'href="2019/#2019-03"' in chart and 'aria-label="March 2024: 1 event"' in chart


def test_marked_text_shows_values_on_focus_and_keeps_seed_text_literal():
    html = render.marked_text("<b>x</b> On Tuesday {{ y }}",
                              (Timex(12, 19, "Tuesday", "DATE", "2024-03-05", "weekday-past"),))
    assert '<mark class="timex timex-date" tabindex="0" data-value="2024-03-05">Tuesday' in html
    assert "5 Mar 2024" in html and "timex-value" in html
    assert "<b>" not in html and "{{" not in html


def test_reader_dates_for_coarse_and_open_values():
    assert render.display_date("2024-Q2") == "Q2 2024"
    assert render.display_date("199") == "the 1990s"
    assert render.display_date("20") == "the 21st century"
    assert render.display_date("2024-W48") == "week 48 of 2024"


def test_a_crowded_month_splits_into_parts_and_no_page_passes_the_limit():
    events = [_event(f"e-{i}", f"2024-03-{1 + i % 28:02d}") for i in range(700)] + [_event("e-y", "2024")]
    pages = render.render(_timeline(*events), SETTINGS)
    year_pages = {p: t for p, t in pages.items() if p.startswith("2024")}
    assert sorted(year_pages) == ["2024-03.md", "2024-03_02.md", "2024-03_03.md", "2024-month-unknown.md"]
    assert all(t.count("<article") <= render.MAX_ENTRIES_PER_PAGE for t in year_pages.values())
    assert sum(t.count("<article") for t in year_pages.values()) == 701
    assert 'title: "March 2024 (part 2 of 3)"' in pages["2024-03_02.md"]
    assert "## March 2024 &#40;continued&#41; { #2024-03 }" in pages["2024-03_02.md"]
    assert "Part [1](2024-03.md) **2** [3](2024-03_03.md) of 3." in pages["2024-03_02.md"]
    assert 'title: "2024, month not known"' in pages["2024-month-unknown.md"]
    assert "[2024](2024-03.md)" in pages["index.md"]


def test_month_links_on_a_split_year_are_plain_links_not_escaped():
    events = [_event(f"e-{i}", f"2024-{1 + i % 3:02d}-{1 + i % 28:02d}") for i in range(400)]
    page = render.render(_timeline(*events), SETTINGS)["2024-01.md"]
    assert "[Jan](#2024-01)" in page and "[Feb](2024-02.md#2024-02)" in page
    assert "&#35;" not in page.split("<article")[0]


MONTHLY = Settings(reference_date=dt.date(2024, 12, 20), source_pages="month")


def _two_sources():
    documents = (Document("a.txt", "An article", "It was quiet. On Tuesday it rained. Nothing else.", "2024-03-05",
                          "dateline"),
                 Document("b.txt", "Another", "No dates here.", None, "none"))
    timexes = {"a.txt": (Timex(17, 24, "Tuesday", "DATE", "2024-03-05", "weekday-past"),)}
    return Timeline(documents, (_event("e-1", "2024-03-05", seed="a.txt"),), timexes)


def test_month_source_pages_hold_a_section_per_article_that_entries_link_to():
    pages = render.render(_two_sources(), MONTHLY)
    assert {"sources/2024-03.md", "sources/undated.md"} <= set(pages)
    assert "sources/a.md" not in pages and "sources/b.md" not in pages
    assert "## An article { #a }" in pages["sources/2024-03.md"]
    assert "## Another { #b }" in pages["sources/undated.md"]
    assert 'href="../sources/2024-03/#a"' in pages["2024.md"]  # raw HTML: the built page
    assert "| [Sources, March 2024](2024-03.md) | 1 |\n| [Sources without a date](undated.md) | 1 |" \
        in pages["sources/index.md"]  # months, not every article: it would change with each seed


def test_month_source_pages_list_each_articles_entries_as_raw_html_linking_built_pages():
    pages = render.render(_two_sources(), MONTHLY)
    assert ('<ul class="timeline-source-entries">\n<li><strong>5 Mar 2024</strong>: '
            '<a href="../../2024/#e-1">Something happened</a></li>\n</ul>') in pages["sources/2024-03.md"]
    assert '<ul class="timeline-source-entries">\n<li>no entries</li>\n</ul>' in pages["sources/undated.md"]


def test_article_source_pages_stay_one_page_per_source():
    pages = render.render(_two_sources(), Settings(reference_date=dt.date(2024, 12, 20), source_pages="article"))
    assert {"sources/a.md", "sources/b.md"} <= set(pages) and "sources/2024-03.md" not in pages
    assert 'href="../sources/a/"' in pages["2024.md"]


def test_auto_source_pages_turn_monthly_only_for_many_sources():
    assert render.source_layout("auto", render.AUTO_MONTH_PAGES_ABOVE) == "article"
    assert render.source_layout("auto", render.AUTO_MONTH_PAGES_ABOVE + 1) == "month"
    assert render.source_layout("article", 10_000) == "article"
    with pytest.raises(ValueError):
        render.source_layout("weekly", 1)


def test_marked_sentences_keep_only_sentences_with_expressions():
    document = _two_sources().documents[0]
    html = render.marked_sentences(document.text, _two_sources().timexes["a.txt"])
    assert html.startswith("<p>On ") and "Tuesday" in html and "quiet" not in html and "Nothing" not in html


def test_month_source_pages_keep_seed_text_literal(tmp_path):
    timeline = hostile_timeline(tmp_path)
    pages = render.render(timeline, MONTHLY)
    assert any(name.startswith("sources/2023-") for name in pages)
    for name, text in pages.items():
        if name.endswith(".md"):
            assert "<script>" not in text and "<b>" not in text and "{{ x }}" not in text, name
            assert "](javascript" not in text and "<img" not in text, name


def test_an_entry_told_many_times_quotes_a_few_sentences_and_links_every_source():
    mentions = tuple(Mention(f"s{i}.txt", f"The truce began on Monday, report {i % 5}.", "2024-03-04", "Monday",
                             "weekday-past", "because", f"2024-03-0{5 + i % 4}") for i in range(12))
    documents = tuple(Document(f"s{i}.txt", f"Report {i}", "", "2024-03-05", "dateline") for i in range(12))
    page = render.render(Timeline(documents, (Event("e-1", "2024-03-04", "on", "The truce began", mentions),)),
                         SETTINGS)["2024.md"]
    assert page.count('<blockquote class="timeline-quote">') == render.QUOTES_PER_ENTRY
    assert "9 more tellings of this event" in page
    assert all(f'href="../sources/s{i}/"' in page for i in range(12))
    assert page.count("<li><q>Monday</q>") == 4  # four anchors: four ways to resolve it
    assert "and 2 more the same way" in page


def test_a_new_entry_in_a_split_year_changes_only_its_own_month_pages():
    events = [_event(f"e-{i}", f"2024-{1 + i % 3:02d}-{1 + i % 28:02d}") for i in range(1000)]
    before = render.render(_timeline(*events), SETTINGS)
    after = render.render(_timeline(*events, _event("e-new", "2024-03-15")), SETTINGS)
    changed = {p for p in before if p.startswith("2024-") and before[p] != after[p]}
    assert changed and all(p.startswith("2024-03") for p in changed)  # March's pages only
    assert "[Feb](2024-02.md#2024-02) ·" in after["2024-01.md"]  # links without counts


def test_a_year_on_one_page_counts_its_months():
    events = [_event(f"e-{i}", f"2024-{1 + i % 3:02d}-{1 + i % 28:02d}") for i in range(30)]
    page = render.render(_timeline(*events), SETTINGS)["2024.md"]
    assert "[Feb](#2024-02) <small>(10)</small>" in page


def test_write_keeps_the_files_of_unchanged_pages_and_replaces_the_rest(tmp_path):
    target = tmp_path / "out"
    assert render.write({"a.md": "1", "b/c.md": "2"}, target)
    kept = (target / "a.md").stat().st_ino
    assert render.write({"a.md": "1", "b/c.md": "3", "d.md": "4"}, target)
    assert (target / "a.md").stat().st_ino == kept
    assert [(target / p).read_text() for p in ("a.md", "b/c.md", "d.md")] == ["1", "3", "4"]
    assert render.write({"a.md": "1"}, target)  # a page gone is a change too
    assert not (target / "d.md").exists()


def test_marks_from_an_earlier_render_give_the_same_pages_and_forget_gone_articles():
    first = render.Marks()
    pages = render.render(_two_sources(), MONTHLY, marks=first)
    assert first.used
    again = render.Marks(dict(first.used, stale="<p>an article no longer there</p>"))
    assert render.render(_two_sources(), MONTHLY, marks=again) == pages
    assert "stale" not in again.used and set(again.used) <= set(first.used)
    # a month page reused whole reads none of its articles' marked texts
    assert len(again.used) < len(first.used)


def test_tag_lists_link_each_entry_on_its_built_page():
    pages = render.render(_timeline(_event("e-1", "2024-03-05", "Talks <b>resumed</b>", tags=("place:Erbil",))), SETTINGS)
    assert "### Erbil { #place-erbil }\n\n<ul" in pages["tags.md"]
    assert ('<li><strong>5 Mar 2024</strong>: <a href="../2024/#e-1">Talks &#60;b&#62;resumed&#60;/b&#62;</a></li>'
            in pages["tags.md"])


def test_year_pages_from_the_memo_equal_fresh_ones_and_follow_their_sources():
    events = [_event(f"e-{i}", f"2024-0{1 + i % 3}-{1 + i % 28:02d}", seed="a.txt") for i in range(30)]
    first = render.Marks()
    pages = render.render(_timeline(*events), SETTINGS, marks=first)
    again = render.Marks(dict(first.used))
    assert render.render(_timeline(*events), SETTINGS, marks=again) == pages
    renamed = _timeline(*events)
    renamed = dataclasses.replace(renamed, documents=(dataclasses.replace(renamed.documents[0], title="Renamed"),))
    assert "Renamed" in render.render(renamed, SETTINGS, marks=render.Marks(dict(first.used)))["2024.md"]


def test_a_year_page_follows_a_change_in_any_field_of_a_mention():
    told = _event("e-1", "2024-03-05", "Talks resumed in Erbil")
    first = render.Marks()
    render.render(_timeline(told), SETTINGS, marks=first)
    stale = {k: v.replace("Talks", "TALKS") for k, v in first.used.items()}
    assert "TALKS" in render.render(_timeline(told), SETTINGS, marks=render.Marks(dict(stale)))["2024.md"]
    mention = told.mentions[0]
    for change in (dict(reason="the latest Tuesday before the article"), dict(anchor="2024-03-01"),
                   dict(details=("Two were hurt.",)), dict(expression="on Tuesday")):
        retold = dataclasses.replace(told, mentions=(dataclasses.replace(mention, **change),))
        page = render.render(_timeline(retold), SETTINGS, marks=render.Marks(dict(stale)))["2024.md"]
        assert "TALKS" not in page and page == render.render(_timeline(retold), SETTINGS)["2024.md"]


def test_equal_keys_give_one_digest_however_their_strings_are_shared():
    sentence = "Talks resumed in Erbil on Tuesday, officials said."
    shared = [("e-1", sentence, sentence)]
    copied = [("e-1", sentence, "".join(list(sentence)))]
    assert copied[0][2] is not sentence
    assert render.Marks.value_digest(shared) == render.Marks.value_digest(copied)
    assert render.Marks.value_digest(shared) != render.Marks.value_digest([("e-1", sentence, sentence[:-1])])
    assert render.Marks.value_digest(["a", 1]) != render.Marks.value_digest(("a", 1))


def test_marks_stored_in_the_cache_give_the_same_pages(tmp_path):
    from timeline.cache import JsonStore

    first = render.Marks(JsonStore(tmp_path, "test"))
    pages = render.render(_two_sources(), MONTHLY, marks=first)
    first.store()
    again = render.Marks(JsonStore(tmp_path, "test"))
    assert render.render(_two_sources(), MONTHLY, marks=again) == pages
    assert again.used and not again.made  # every page and marked text read back


ARTICLES = {
    "01-erbil.txt": "Talks resumed in Erbil, 5 MAR 2024\nNegotiators met in Erbil on Tuesday to restart "
                    "talks on the oil law, officials said. The last round collapsed on 12 February.\n",
    "02-mosul.txt": "Mosul bridge reopens, 20 APR 2024\nThe old bridge over the Tigris reopened on Friday, "
                    "two years after it was closed. Engineers had inspected it on 2 April.\n",
    "03-basra.txt": "Port strike ends, 14 JUN 2024\nDock workers in Basra ended their strike on Thursday; "
                    "it had begun on 1 June, the union said.\n",
}


def _seeds(folder, articles):
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text)
    return pipeline.run([folder], SETTINGS)


def _built(timeline, target, memo, written):
    """A render and write as site.generate makes them; the written pages for the next one."""
    marks = render.Marks(memo, None, written)
    pages = render.render(timeline, SETTINGS, marks=marks)
    marks.store()
    render.write(pages, target)
    return pages, render.written_pages(target, marks.pages)


EXPORTS = ("timeline.json", "events.ics", "events.csv")


@pytest.mark.skipif(os.name != "posix", reason="written files are trusted on POSIX only")
def test_an_add_ones_exports_are_assembled_from_the_last_files_byte_for_byte(tmp_path):
    target, memo = tmp_path / "out", {}
    _, written = _built(_seeds(tmp_path / "seeds", ARTICLES), target, memo, None)
    assert set(EXPORTS) <= set(written)
    added = _seeds(tmp_path / "seeds", {"02-mosul-2.txt": "Bridge traffic, 22 APR 2024\nTraffic crossed "
                                        "the reopened Mosul bridge on Saturday for the first time.\n"})
    pages, written = _built(added, target, memo, written)
    fresh = render.render(added, SETTINGS)
    assert {name: (target / name).read_bytes() for name in EXPORTS} == {name: fresh[name].encode() for name in EXPORTS}
    # the months the new seed left alone are copied from the last files, not made again
    for name in EXPORTS:
        assert isinstance(pages[name], render.Assembled) and not pages[name].is_the_file()
        copied = sum(p[1] for p in pages[name].pieces if isinstance(p, tuple))
        assert 0 < copied < len(fresh[name].encode())
    # nothing new: the very files are kept
    kept = {name: (target / name).stat().st_ino for name in EXPORTS}
    pages, written = _built(added, target, memo, written)
    assert all(pages[name].is_the_file() for name in EXPORTS)
    assert {name: (target / name).stat().st_ino for name in EXPORTS} == kept


@pytest.mark.skipif(os.name != "posix", reason="written files are trusted on POSIX only")
@pytest.mark.parametrize("damage", ["append", "truncate", "same-size edit, old mtime", "replaced"])
def test_an_export_edited_since_the_last_write_is_made_whole_again(tmp_path, damage):
    target, memo = tmp_path / "out", {}
    _, written = _built(_seeds(tmp_path / "seeds", ARTICLES), target, memo, None)
    for name in EXPORTS:
        path = target / name
        data, status = path.read_bytes(), path.stat()
        if damage == "append":
            path.write_bytes(data + b"x")
        elif damage == "truncate":
            path.write_bytes(data[:len(data) // 2])
        elif damage == "replaced":
            path.unlink()
            path.write_bytes(data.replace(b"Erbil", b"ERBIL"))
        else:
            path.write_bytes(data.replace(b"Erbil", b"ERBIL"))
            os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    added = _seeds(tmp_path / "seeds", {"04-kirkuk.txt": "Kirkuk vote, 1 SEP 2024\nKirkuk voted on "
                                        "Sunday for a new council, the election board said.\n"})
    _built(added, target, memo, written)
    fresh = render.render(added, SETTINGS)
    assert {name: (target / name).read_bytes() for name in EXPORTS} == {name: fresh[name].encode() for name in EXPORTS}


def test_a_stored_export_layout_that_is_not_what_was_written_is_not_used(tmp_path):
    target, memo = tmp_path / "out", {}
    timeline = _seeds(tmp_path / "seeds", ARTICLES)
    _, written = _built(timeline, target, memo, None)
    # the layouts claim every fragment sits at the file's start
    layout = memo[written["events.csv"][0]]
    memo[written["events.csv"][0]] = re.sub(r',\d+,(\d+)\]', r',0,\1]', layout)
    assert memo[written["events.csv"][0]] != layout
    added = _seeds(tmp_path / "seeds", {"04-kirkuk.txt": "Kirkuk vote, 1 SEP 2024\nKirkuk voted on "
                                        "Sunday for a new council, the election board said.\n"})
    pages, _ = _built(added, target, memo, written)
    fresh = render.render(added, SETTINGS)
    assert all(isinstance(pages[name], str) for name in EXPORTS)
    assert {name: (target / name).read_bytes() for name in EXPORTS} == {name: fresh[name].encode() for name in EXPORTS}


def test_a_sites_own_year_template_is_rendered_every_time(tmp_path):
    (tmp_path / "overrides" / "timeline").mkdir(parents=True)
    (tmp_path / "overrides" / "timeline" / "year.md.j2").write_text("# {{ title }} of {{ source_count }}\n")
    memo = render.Marks()
    render.render(_timeline(_event("e-1", "2024-03-05")), SETTINGS, tmp_path, marks=memo)
    assert render.render(_timeline(_event("e-1", "2024-03-05")), SETTINGS, tmp_path,
                         marks=render.Marks({k: "stale" for k in memo.used}))["2024.md"] == "# 2024 of 1\n"


def test_a_new_entry_in_one_year_reuses_the_other_years_pages():
    events = [_event(f"e-{i}", f"{2020 + i % 3}-03-{1 + i % 28:02d}") for i in range(30)]
    memo = render.Marks()
    render.render(_timeline(*events), SETTINGS, marks=memo)
    again = render.Marks({k: v.replace("entries", "ENTRIES") for k, v in memo.used.items()})
    pages = render.render(_timeline(*events, _event("e-new", "2022-03-15")), SETTINGS, marks=again)
    assert "10 ENTRIES" in pages["2020.md"] and "11 entries" in pages["2022.md"]  # reused, redone


def test_month_source_pages_from_the_memo_equal_fresh_ones_and_follow_their_entries():
    timeline = _two_sources()
    first = render.Marks()
    pages = render.render(timeline, MONTHLY, marks=first)
    stale = render.Marks({k: v.replace("article", "ARTICLE") for k, v in first.used.items()})
    assert render.render(timeline, MONTHLY, marks=render.Marks(dict(first.used))) == pages
    assert "1 ARTICLE" in render.render(timeline, MONTHLY, marks=stale)["sources/undated.md"]  # reused
    retold = dataclasses.replace(timeline, events=tuple(
        dataclasses.replace(e, headline="Retold") for e in timeline.events))
    again = render.render(retold, MONTHLY, marks=stale)
    assert "Retold" in again["sources/2024-03.md"] and "ARTICLE" not in again["sources/2024-03.md"]


def test_a_busy_month_of_sources_gets_a_page_per_week_of_the_month():
    documents = tuple(Document(f"{n:03d}.txt", f"Article {n}", "On Tuesday it rained.",
                               f"2024-12-{1 + n % 31:02d}", "dateline")
                      for n in range(render.SOURCES_PER_MONTH_PAGE + 1))
    documents += (Document("quiet.txt", "Quiet", "Nothing.", "2024-11-05", "dateline"),)
    event = _event("e-1", "2024-12-24", seed="030.txt")
    pages = render.render(Timeline(documents, (event,)), MONTHLY)
    weeks = sorted(name for name in pages if name.startswith("sources/2024-12"))
    assert weeks == ["sources/2024-12-01.md", "sources/2024-12-08.md", "sources/2024-12-15.md",
                     "sources/2024-12-22.md"]
    assert "sources/2024-11.md" in pages  # a quiet month stays one page
    assert "\n# Sources, December 2024, 22–31\n" in pages["sources/2024-12-22.md"]
    assert "## Article 30 { #030 }" in pages["sources/2024-12-22.md"]  # the 31st
    assert 'href="../sources/2024-12-22/#030"' in pages["2024.md"]
    assert "[Sources, December 2024, 1–7](2024-12-01.md)" in pages["sources/index.md"]
    assert "by month of publication (a busy month by week)" in pages["sources/index.md"]


FORKED_EQUALS_HERE = """
import dataclasses, os, pathlib, sys
sys.path.insert(0, sys.argv[1])
import test_render
from timeline import render
timeline = test_render.hostile_timeline(pathlib.Path(sys.argv[2]))
settings = dataclasses.replace(test_render.SETTINGS, highlight_ranking=sys.argv[3])
first = render.Marks()
here = render.render(timeline, settings, marks=first)
forks, fork = [], os.fork
def counted():
    pid = fork()
    if pid:
        forks.append(pid)
    return pid
os.fork, render.BESIDE_ABOVE_EVENTS = counted, 0  # every timeline: the fork path
forked = render.Marks()
assert render.render(timeline, settings, marks=forked) == here, "forked pages differ"
assert forks, "nothing forked"
# what the exports' child made comes back to be stored, as when made here
assert (forked.used, forked.made) == (first.used, first.made), "forked marks differ"
again = render.Marks(dict(forked.used))
assert render.render(timeline, settings, marks=again) == here and not again.made, "not reused"
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: beside() works in place")
@pytest.mark.parametrize("ranking", ["key-dates", "sources"])
def test_pages_and_exports_made_in_forked_processes_equal_those_made_here(tmp_path, ranking):
    # in a fresh interpreter, for the reason given at tests/test_processes.py's BESIDE_IN_A_CHILD
    ran = subprocess.run([sys.executable, "-c", FORKED_EQUALS_HERE, str(Path(__file__).parent), str(tmp_path),
                          ranking], capture_output=True, text=True, timeout=300)
    assert ran.stdout.strip() == "ok", ran.stderr


@pytest.mark.skipif(os.name != "posix", reason="kept pages are trusted on POSIX only")
def test_a_written_page_is_trusted_only_with_fine_timestamps(tmp_path, monkeypatch):
    (tmp_path / "2024.md").write_text("# 2024\n")
    assert set(render.written_pages(tmp_path, {"2024.md": "d1"})) == {"2024.md"}
    # whole seconds for both times: an edit in the same second as the write would not show
    monkeypatch.setattr(render, "file_identity", lambda path: (7, 5_000_000_000, 6_000_000_000, 1, 2))
    assert render.written_pages(tmp_path, {"2024.md": "d1"}) == {}
