"""Key dates: which days and events rise to the top, and why."""

import pytest

from timeline.highlights import day_scores, highlights, key_dates, rank_days
from timeline.model import Document, Event, Mention


def event(date, *seeds, relation="on", mention_dates=None, id=None):
    dates = mention_dates or [date] * len(seeds)
    return Event(id or f"e-{date}-{len(seeds)}", date, relation, f"Something on {date}",
                 tuple(Mention(seed, f"It happened on {d}.", d, d, "test") for seed, d in zip(seeds, dates)))


def doc(seed, date):
    return Document(seed, seed, "", date, "frontmatter")


PUBLISHED = {"a": "2011-02-11", "b": "2011-02-11", "c": "2011-02-12", "d": "2011-03-01"}
DOCS = [doc(s, d) for s, d in PUBLISHED.items()]


def test_sources_ranking_puts_most_independent_sources_first():
    two = event("2011-02-10", "a", "b")
    three_sentences_one_seed = event("2011-02-09", "c", "c", "c")
    assert highlights([three_sentences_one_seed, two], 2, "sources") == [two, three_sentences_one_seed]


def test_an_article_counts_once_per_day_however_often_it_repeats_the_date():
    scores = day_scores([event("2011-02-10", "a", "a", "a")], PUBLISHED)
    assert len(scores["2011-02-10"].sources) == 1


def test_a_date_cited_by_later_articles_outranks_one_told_on_the_day():
    # Feb 11 is told by two articles of Feb 11; Feb 1 is recalled by two later articles
    same_day = event("2011-02-11", "a", "b")
    recalled = event("2011-02-01", "c", "d")
    assert [s.day for s in rank_days([same_day, recalled], PUBLISHED)][:2] == ["2011-02-01", "2011-02-11"]


def test_each_source_counts_for_the_day_it_names_not_the_merged_events_day():
    merged = event("2011-02-10", "a", "c", mention_dates=["2011-02-10", "2011-02-09"])
    scores = day_scores([merged], PUBLISHED)
    assert scores["2011-02-09"].sources == {"c"} and scores["2011-02-10"].sources == {"a"}


def test_key_dates_show_one_event_per_day_the_best_reported_one():
    big = event("2011-02-10", "a", "b", "c", id="big")
    small = event("2011-02-10", "d", id="small")
    assert highlights([small, big], 5, "key-dates", DOCS) == [big]


def test_before_and_after_events_are_not_key_dates():
    placed = event("2011-02-10", "a", "b", "c", relation="before")
    assert highlights([placed], 5, "key-dates", DOCS) == []


def test_unknown_ranking_is_an_error_naming_the_choices():
    with pytest.raises(ValueError, match="key-dates"):
        highlights([], 5, "loudest")


def test_key_dates_carry_the_days_counts_for_the_page():
    recalled = event("2011-02-01", "c", "d")
    [(score, shown)] = key_dates([recalled], 1, DOCS)
    assert (shown, len(score.sources), len(score.later)) == (recalled, 2, 2)
