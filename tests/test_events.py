import datetime as dt

from conftest import SEED
from timeline import pipeline
from timeline.model import Settings


def seed_timeline():
    return pipeline.run([SEED], Settings(reference_date=dt.date(2023, 12, 1)))


def test_seed_gives_the_article_the_attacks_and_the_airstrike_in_order():
    events = seed_timeline().events
    assert [(e.date, e.relation) for e in events] == [
        ("2023-11-23", "before"), ("2023-11-23", "on"), ("2023-11-25", "on")]
    airstrike, attacks, article = events
    assert "airstrike" in airstrike.headline and "Kataib Hezbollah" in airstrike.headline
    assert "four separate attacks" in attacks.headline and article.is_article


def test_the_four_attacks_are_one_event_with_the_sites_as_details():
    attacks = seed_timeline().events[1]
    [mention] = attacks.mentions
    assert (mention.expression, mention.rule) == ("Thanksgiving Day", "holiday")
    [detail] = attacks.details
    for site in ("Al-Asad Airbase", "Erbil Airbase", "Mission Support Site Euphrates",
                 "Mission Support Site Green Village"):
        assert site in detail


def test_present_tense_background_paragraphs_give_no_event():
    sentences = [m.sentence for e in seed_timeline().events for m in e.mentions]
    assert not any("skepticism" in s or "polarizing" in s or "amplifies" in s for s in sentences)


def test_every_event_date_says_which_rule_resolved_it():
    for event in seed_timeline().events:
        for mention in event.mentions:
            assert mention.rule and mention.expression and mention.reason
