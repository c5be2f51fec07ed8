"""Key dates: which days and events rise to the top, and why."""
import dataclasses
import datetime as dt

import pytest

from timeline import pipeline, render
from timeline.highlights import (ATTRIBUTION, _shown, _tally, dated, day_of, day_scores, highlights,
                                 is_attribution, is_caption, is_introduction, is_listed, is_market, is_page_note,
                                 is_shouting, is_telling, key_dates, rank_days, settled, story_span,
                                 versions)
from timeline.topic import off_topic, topic_words, word_digest, words_of
from timeline.model import Document, Event, Mention, Settings, Timeline


def event(date, *seeds, relation="on", mention_dates=None, id=None):
    dates = mention_dates or [date] * len(seeds)
    return Event(id or f"e-{date}-{len(seeds)}", date, relation, f"Something on {date}",
                 tuple(Mention(seed, f"It happened on {d}.", d, d, "test") for seed, d in zip(seeds, dates)))


def doc(seed, date):
    return Document(seed, seed, "", date, "frontmatter")


PUBLISHED = {"a": "2011-02-11", "b": "2011-02-11", "c": "2011-02-12", "d": "2011-03-01"}
DOCS = [doc(s, d) for s, d in PUBLISHED.items()]
SETTINGS = Settings(reference_date=dt.date(2011, 12, 31))


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


def told(date, seed, sentence, expression, mention_date=None, id=None):
    return Event(id or f"e-{seed}-{date}", date, "on", sentence,
                 (Mention(seed, sentence, mention_date or date, expression, "test"),))


def test_a_date_of_reported_speech_names_no_event_on_its_day():
    spoke = told("2011-02-08", "c", "Activists said on Tuesday that 30 people had been killed.",
                 "Tuesday")
    told_reuters = told("2011-02-08", "d", "A resident told Reuters late on Tuesday: “We are afraid.”",
                        "Tuesday", id="told")
    tuesday = day_scores([spoke, told_reuters], PUBLISHED)["2011-02-08"]
    assert (tuesday.sources, tuesday.spoken) == (frozenset(), {"c", "d"})


def test_a_day_named_by_one_later_article_outranks_one_two_articles_only_spoke_on():
    # both days come before the first article: weighed against the same coverage
    spoke = told("2011-02-08", "c", "Activists said on Tuesday that 30 people had been killed.",
                 "Tuesday")
    told_reuters = told("2011-02-08", "d", "A resident told Reuters late on Tuesday: “We are afraid.”",
                        "Tuesday", id="told")
    shelled = told("2011-02-07", "d", "Tanks shelled Hama on Monday.", "Monday")
    days = [s.day for s in rank_days([spoke, told_reuters, shelled], PUBLISHED)]
    assert days.index("2011-02-07") < days.index("2011-02-08")


def test_a_statement_counts_for_its_day_beside_days_no_one_names():
    # Feb 12 only has an article published on it; Feb 8 has two articles quoting statements
    spoke = told("2011-02-08", "c", "Activists said on Tuesday that 30 people had been killed.",
                 "Tuesday")
    told_reuters = told("2011-02-08", "d", "A resident told Reuters late on Tuesday: “We are afraid.”",
                        "Tuesday", id="told")
    days = [s.day for s in rank_days([spoke, told_reuters], PUBLISHED)]
    assert days.index("2011-02-08") < days.index("2011-02-12")


def test_a_day_only_statements_name_shows_a_statement():
    spoke = told("2011-02-08", "c", "Activists said on Tuesday that 30 people had been killed.",
                 "Tuesday")
    [(score, shown)] = key_dates([spoke], 1, DOCS)
    assert (score.day, shown) == ("2011-02-08", spoke)


def test_the_key_dates_page_counts_the_articles_that_only_quote_a_statement(tmp_path):
    spoke = told("2011-02-08", "c", "Activists said on Tuesday that 30 people had been killed.",
                 "Tuesday")
    page = render.render(Timeline(tuple(DOCS), (spoke,)), SETTINGS, tmp_path)["highlights.md"]
    assert "| 0 | 0 | 1 |" in page.split("Activists said on Tuesday")[1].splitlines()[0]


def test_an_event_on_the_day_still_votes_beside_reported_speech():
    shelled = told("2011-02-08", "c", "Tanks shelled Hama on Tuesday, activists said.", "Tuesday")
    assert day_scores([shelled], PUBLISHED)["2011-02-08"].sources == {"c"}


def test_a_month_merged_into_a_days_event_does_not_vote_for_that_day():
    since = told("2011-03-18", "d", "Protests have spread since mid-March.", "mid-March",
                 mention_date="2011-03")
    assert "2011-03-18" not in day_scores([since], PUBLISHED)


def test_a_quiet_months_big_day_outranks_a_busy_months_small_one():
    # March: 40 articles published, 4 of them recall March 2; September: 4 published, 3 recall Sept 1
    published = {f"m{i}": "2011-03-10" for i in range(40)} | {f"s{i}": "2011-09-10" for i in range(4)}
    busy = event("2011-03-02", "m0", "m1", "m2", "m3")
    quiet = event("2011-09-01", "s0", "s1", "s2")
    days = [s.day for s in rank_days([busy, quiet], published)]
    assert days.index("2011-09-01") < days.index("2011-03-02")


def test_off_topic_articles_do_not_vote():
    published = {"race": "2011-06-14", "a": "2011-06-14"}
    race = event("2011-06-14", "race", id="race")
    ignored = day_scores([race], published, ignore={"race"})["2011-06-14"]
    assert (ignored.sources, ignored.published) == (frozenset(), {"a"})
    assert day_scores([race], published)["2011-06-14"].sources == {"race"}


UPRISING = (
    "Security forces opened fire on protesters in the southern city of Deraa, activists said.",
    "Tanks moved into the suburbs of Homs as the army tightened its siege of the city.",
    "The Arab League suspended the country's membership and imposed economic sanctions.",
    "Thousands of refugees crossed the border into Turkey to escape the crackdown.",
    "The president promised reforms in a televised speech but blamed armed gangs for the unrest.",
    "Rights groups say more than 1,300 civilians have been killed since the uprising began.",
    "Western powers called on the Security Council to condemn the violence against protesters.",
    "Opposition activists formed a national council to coordinate the protest movement.",
    "Army defectors clashed with loyalist troops near the town of Jisr al-Shughour.",
    "Foreign journalists are barred from the country, so reports cannot be verified.",
    "Russia and China said they would oppose any resolution that opened the way to intervention.",
    "Mourners chanted for the fall of the regime at the funerals of protesters shot on Friday.",
    "The European Union froze the assets of officials it holds responsible for the repression.",
    "Residents of Hama said snipers on rooftops fired at anyone who ventured into the streets.",
    "State television showed crowds rallying in support of the president in the capital.",
    "The United Nations said tens of thousands of people have been detained since March.",
)
RACING = ("Teenage jockey Mickael Barzalona won the Derby at Epsom on Saturday on a colt trained "
          "by Andre Fabre. The favourite faded in the final furlong after leading into the straight, "
          "and the winner stood in the stirrups before the line, a celebration the stewards "
          "frowned upon. The colt's owners said he would be aimed at the Irish Derby next month. "
          "Bookmakers cut the colt's odds for the Arc de Triomphe in October to five to one. The "
          "going was good to firm after a dry week, and the crowd was the largest for a decade. "
          "Fabre, who won the race for the first time, praised the young rider's coolness. The "
          "runner-up's trainer said his horse had not handled the camber of the course. Two "
          "horses were withdrawn at the start after a false start delayed the race by ten minutes. "
          "Prize money for the race has risen to one and a half million pounds this year. The "
          "Oaks, run on Friday over the same mile and a half, went to a filly from Newmarket who "
          "had never raced beyond ten furlongs before, and her jockey rode a fourth winner of the "
          "meeting in the handicap that closed the card.")


def article(i):
    """Twelve of the sixteen sentences, a different twelve for each article: over 1,000 chars."""
    return " ".join(UPRISING[(i * 5 + j) % len(UPRISING)] for j in range(12))


def test_an_article_about_something_else_is_off_topic():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("derby", "", RACING, "2011-06-05", "frontmatter"))
    assert off_topic(documents) == {"derby"}


def test_a_short_caption_is_too_short_to_judge():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("caption", "", RACING[:300], "2011-06-05", "frontmatter"))
    assert off_topic(documents) == frozenset()


def test_a_small_collection_has_no_off_topic_articles():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(5)]
    documents.append(Document("derby", "", RACING, "2011-06-05", "frontmatter"))
    assert off_topic(documents) == frozenset()


def test_between_equal_days_more_sentences_come_first():
    published = {"a": "2011-02-20", "b": "2011-02-20"}
    once = event("2011-02-10", "a")
    twice = event("2011-02-11", "b", "b")
    assert [s.day for s in rank_days([once, twice], published)][:2] == ["2011-02-11", "2011-02-10"]


def test_a_background_date_is_not_lifted_by_the_empty_years_around_it():
    # 40 articles from March 2011; three recall Gaddafi's 1969 coup, six the no-fly zone vote
    # (published on 10 and 25 March, so the vote falls inside the span they cover)
    published = {f"m{i}": "2011-03-10" if i < 20 else "2011-03-25" for i in range(40)}
    coup = event("1969-09-01", "m0", "m1", "m2")
    vote = event("2011-03-17", "m23", "m24", "m25", "m26", "m27", "m28")
    days = [s.day for s in rank_days([coup, vote], published)]
    assert days.index("2011-03-17") < days.index("1969-09-01")


def test_a_date_near_year_one_ranks_without_overflow():
    ledger = told("0001-01-05", "a", "The ledger was opened on 0001-01-05.", "0001-01-05")
    documents = [doc("a", "0001-01-02"), doc("b", "2011-02-11")]
    [(score, shown)] = key_dates([ledger], 1, documents)
    assert (score.day, shown) == ("0001-01-05", ledger)


def test_a_date_near_year_9999_ranks_without_overflow():
    vault = told("9999-12-30", "a", "The vault was sealed on 9999-12-30.", "9999-12-30")
    documents = [doc("a", "9999-12-31"), doc("b", "2011-02-11")]
    assert [s.day for s, _ in key_dates([vault], 1, documents)] == ["9999-12-30"]


def test_the_days_event_is_chosen_from_the_mentions_that_voted_for_the_day():
    stormed = told("2011-02-08", "c", "Troops stormed Homs on Tuesday.", "Tuesday", id="stormed")
    said = Event("said", "2011-02-08", "on", "Activists said on Tuesday that 30 people had been killed",
                 tuple(Mention(seed, "Activists said on Tuesday that 30 people had been killed.",
                               "2011-02-08", "Tuesday", "test") for seed in ("a", "b", "d")))
    assert [e for _, e in key_dates([said, stormed], 1, DOCS)] == [stormed]


RACE_DAY = tuple(sentence + "." for sentence in RACING.rstrip(".").split(". "))


def race_report(i):
    """The racing page's sentences in another order for each article, over 1,000 characters."""
    return " ".join(RACE_DAY[(i + j) % len(RACE_DAY)] for j in range(len(RACE_DAY)))


def test_a_second_story_told_by_a_sizeable_minority_is_not_off_topic():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(25)]
    documents += [Document(f"race{i}", "", race_report(i), "2011-06-05", "frontmatter") for i in range(5)]
    assert off_topic(documents) == frozenset()


def test_a_few_articles_on_another_story_are_still_off_topic():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(25)]
    documents += [Document(f"race{i}", "", race_report(i), "2011-06-05", "frontmatter") for i in range(2)]
    assert off_topic(documents) == {"race0", "race1"}


def test_the_build_log_says_how_many_articles_were_judged_off_topic(caplog):
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("derby", "", RACING, "2011-06-05", "frontmatter"))
    with caplog.at_level("INFO", logger="mkdocs.plugins.timeline.highlights"):
        key_dates([], 5, documents)
    assert "1 of 25 articles judged off topic" in caplog.text


def test_the_key_dates_page_says_how_many_articles_were_judged_off_topic(tmp_path):
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("derby", "", RACING, "2011-06-05", "frontmatter"))
    deraa = told("2011-06-03", "s1", "Security forces opened fire on protesters in Deraa on Friday.",
                 "Friday")
    epsom = told("2011-06-04", "derby", RACE_DAY[0], "Saturday")
    pages = render.render(Timeline(tuple(documents), (deraa, epsom)), SETTINGS, tmp_path)
    assert "Here 1 of the 25 articles was judged off topic." in pages["highlights.md"]
    assert "Epsom" not in pages["highlights.md"] and "Deraa" in pages["highlights.md"]


def test_a_collection_with_nothing_off_topic_says_nothing_of_it(tmp_path):
    deraa = told("2011-02-10", "a", "Security forces opened fire on protesters in Deraa on Thursday.",
                 "Thursday")
    pages = render.render(Timeline(tuple(DOCS), (deraa,)), SETTINGS, tmp_path)
    assert "judged off topic" not in pages["highlights.md"]


def test_the_home_page_introduces_key_dates_as_days(tmp_path):
    deraa = told("2011-02-10", "a", "Security forces opened fire on protesters in Deraa on Thursday.",
                 "Thursday")
    timeline = Timeline(tuple(DOCS), (deraa,))
    days = render.render(timeline, SETTINGS, tmp_path)["index.md"]
    events = render.render(timeline, dataclasses.replace(SETTINGS, highlight_ranking="sources"),
                           tmp_path)["index.md"]
    assert "The days the story turned on" in days and "The events most sources report" in events


def _offtopic_speed():
    """benchmarks/offtopic_speed.py: the synthetic collection and the implementation it replaced."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "offtopic_speed.py"
    spec = importlib.util.spec_from_file_location("offtopic_speed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_off_topic_judges_as_the_implementation_it_replaced():
    speed = _offtopic_speed()
    documents = speed.collection(400, seed=3, off_share=0.05)
    expected = speed.reference_off_topic(documents)
    assert len(expected) >= 10  # market wraps and racing pages among the story's articles
    assert off_topic(documents) == expected


def test_off_topic_second_story_judged_as_the_implementation_it_replaced():
    speed = _offtopic_speed()
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(25)]
    documents += [Document(f"race{i}", "", race_report(i), "2011-06-05", "frontmatter") for i in range(5)]
    documents += speed.collection(30, seed=4, off_share=0.5)
    assert off_topic(documents) == speed.reference_off_topic(documents)


def test_off_topic_reads_words_of_non_ascii_text_as_ascii_text_does():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("derby", "", RACING.replace("Andre", "André"), "2011-06-05", "frontmatter"))
    documents.append(Document("hama", "", article(3).replace("Homs", "Ḥoms"), "2011-06-05", "frontmatter"))
    assert off_topic(documents) == {"derby"} == _offtopic_speed().reference_off_topic(documents)


def test_off_topic_judges_the_same_from_words_counted_with_each_seed():
    speed = _offtopic_speed()
    documents = speed.collection(400, seed=3, off_share=0.05)
    counted = {d.seed: topic_words(d.text) for d in documents}
    assert off_topic(documents, counted) == off_topic(documents)
    swapped = dict(counted, **{d.seed: counted[documents[0].seed] for d in documents
                               if d.seed in off_topic(documents)})  # counted words are what it reads
    assert off_topic(documents, swapped) == frozenset()


def test_the_pipeline_counts_topic_words_with_each_seed(tmp_path):
    (tmp_path / "derby.txt").write_text("Derby day, 5 JUN\n" + RACING + "\n")
    timeline = pipeline.run([tmp_path], Settings(reference_date=dt.date(2011, 7, 1), cache_dir=None))
    [document] = timeline.documents
    assert timeline.topic_words == {"derby.txt": topic_words(document.text)}
    assert word_digest(b"handicap") in words_of(timeline.topic_words["derby.txt"])


def test_a_key_date_row_shows_the_day_it_was_ranked_for_not_its_events_majority_date(tmp_path):
    # the Haiti quake told as of the 12th by one article and of the 13th by three: the event
    # keeps the 12th (its conflict's earlier report aside), the 13th is the day three articles name
    quake = dataclasses.replace(event("2011-02-09", "a", "b", "c", "d", id="e-quake",
                                      mention_dates=["2011-02-09", "2011-02-10", "2011-02-10", "2011-02-10"]),
                                conflict=True)
    timeline = Timeline(tuple(DOCS), (quake,))
    [(score, shown)] = key_dates([quake], 1, DOCS)
    assert score.day == "2011-02-10" and shown.date == "2011-02-09"
    pages = render.render(timeline, SETTINGS, tmp_path)
    row = next(line for line in pages["highlights.md"].splitlines() if "e-quake" in line)
    assert row.startswith("| 10&nbsp;Feb&nbsp;2011 |") and "(dates differ)" in row
    item = next(line for line in pages["index.md"].splitlines() if "e-quake" in line)
    assert item.startswith("- **10 Feb 2011**")  # the home page's key days say the same


def quake_and_rescue() -> tuple[Event, Event]:
    """The quake dated 12 Jan by three articles and 14 Jan by two (one of them twice), and as
    many articles telling of a rescue team landing on the 14th."""
    quake = Event("quake", "2010-01-12", "on", "Haiti was hit by a 7.0-magnitude earthquake", (
        *(Mention(s, "Haiti was hit by a 7.0-magnitude earthquake on Tuesday.", "2010-01-12",
                  "Tuesday", "test") for s in "abc"),
        *(Mention(s, "The quake was the worst in two centuries, hitting on Thursday.", "2010-01-14",
                  "Thursday", "test") for s in "dde")), conflict=True)
    rescue = Event("rescue", "2010-01-14", "on", "A British rescue team has landed", tuple(
        Mention(s, "A British rescue team with heavy lifting gear and dogs landed on Thursday.",
                "2010-01-14", "Thursday", "test") for s in "fg"))
    return quake, rescue


def test_a_day_shows_its_own_event_before_an_event_most_sources_date_to_another_day():
    # the quake is dated 12 Jan by three articles and 14 Jan by two (one of them twice); as many
    # articles tell of a rescue team landing on the 14th, which is that day's own event
    published = {s: "2010-01-15" for s in "abcdefg"}
    quake, rescue = quake_and_rescue()
    documents = [doc(s, d) for s, d in published.items()]
    shown = {score.day: event.id for score, event in key_dates([quake, rescue], 2, documents)}
    assert shown == {"2010-01-12": "quake", "2010-01-14": "rescue"}


def test_an_entry_told_on_its_key_day_by_most_of_its_articles_is_settled():
    # Timeline17 Haiti, 21 January 2010: three articles tell of four vessels docked by Thursday
    # evening; a fourth's sentence goes on to the divers' work on Friday, merged in with it
    docked = "Four vessels had docked by Thursday evening."
    divers = ("Four vessels had docked by Thursday evening and US military divers were to start "
              "repair work to the pier on Friday.")
    vessels = Event("vessels", "2010-01-21", "on", "Four vessels had docked", (
        *(Mention(s, docked, "2010-01-21", "Thursday evening", "test") for s in "abc"),
        Mention("d", divers, "2010-01-22", "Friday", "test")), conflict=True)
    assert settled(vessels, "2010-01-21")
    assert not settled(vessels, "2010-01-22")  # a key day the entry is not dated to
    # two articles of four is a disagreement
    split = dataclasses.replace(vessels, mentions=vessels.mentions[:2] + tuple(
        Mention(s, divers, "2010-01-22", "Friday", "test") for s in "cd"))
    assert not settled(split, "2010-01-21")


def test_the_storys_span_is_its_articles_and_key_days_not_a_year_named_in_passing():
    # Timeline17 Haiti: articles of 13-15 January 2010, one recalling 1510; the quake of the 12th
    # is a key day before the first article, so the story runs from it
    quake, rescue = quake_and_rescue()
    europeans = Event("europeans", "1510", "on", "When the Europeans first arrived", (Mention(
        "h", "When the Europeans first arrived in 1510, they were amazed at how wooded the country "
        "was.", "1510", "1510", "test"),))
    documents = [doc(s, "2010-01-15") for s in "abcdefg"] + [doc("h", "2010-01-13")]
    days = [score.day for score, _ in key_dates([quake, rescue, europeans], 2, documents)]
    assert "1510" not in days
    assert story_span(days, documents) == ("2010-01-12", "2010-01-15")


def test_a_story_with_no_dated_article_spans_its_key_days():
    documents = [doc(s, None) for s in "ab"]
    assert story_span(["2010-01-14", "2010-01-12"], documents) == ("2010-01-12", "2010-01-14")
    assert story_span([], documents) is None
    assert story_span(["2010-01-14T14:00"], documents) == ("2010-01-14", "2010-01-14")  # a time's day


def pledge_and_rescue() -> tuple[Event, Event]:
    """Timeline17 Haiti, 17 January 2010: Hillary Clinton's words, quoted four times by three
    articles, and rescuers pulling people from the rubble, told by three."""
    words = "“We will be here today, tomorrow and for the time ahead"
    quote = f"{words},” Mrs Clinton promised in Port-au-Prince on Saturday."
    pledge = Event("pledge", "2010-01-17", "on", f"{words}.”",
                   tuple(Mention(s, quote, "2010-01-17", "Saturday", "test") for s in "aabc"))
    pulled = "Rescuers pulled more people alive from the rubble on Saturday, five days after the quake."
    rescue = Event("rubble", "2010-01-17", "on", "Rescuers pulled more people alive from the rubble",
                   tuple(Mention(s, pulled, "2010-01-17", "Saturday", "test") for s in "def"))
    return pledge, rescue


def test_a_day_shows_what_happened_before_a_quotation_as_many_articles_tell():
    pledge, rescue = pledge_and_rescue()
    quote = pledge.mentions[0].sentence
    documents = [doc(s, "2010-01-18") for s in "abcdef"]
    assert [event.id for _, event in key_dates([pledge, rescue], 1, documents)] == ["rubble"]
    # told by more articles, the quotation is still the day's event
    again = Mention("g", quote, "2010-01-17", "Saturday", "test")
    more = dataclasses.replace(pledge, mentions=pledge.mentions + (again,))
    documents.append(doc("g", "2010-01-18"))
    assert [event.id for _, event in key_dates([more, rescue], 1, documents)] == ["pledge"]


def test_a_day_shows_what_happened_before_a_note_to_editors_as_many_articles_carry():
    # Timeline17 Syria, 7 August 2011: a Reuters picture credit (two articles) and the army's
    # assaults (two articles)
    credit = ("EDITOR 'S NOTE: Credit: Reuters CAN NOT INDEPENDENTLY VERIFY CONTENT VIDEO FROM WHICH "
              "THIS STILL IMAGE WAS TAKEN An army tank is seen on a street in Hama city, in this "
              "undated still image taken from amateur video, taken August 7, 2011.")
    note = Event("note", "2011-08-07", "on", credit[:100], tuple(
        Mention(s, credit, "2011-08-07", "August 7, 2011", "test") for s in ("r47", "r303")))
    died = "More than 80 people died on Sunday as the army launched assaults in eastern and central Syria."
    headline = "More than 80 people died as the army launched assaults in eastern and central Syria"
    assaults = Event("assaults", "2011-08-07", "on", headline, tuple(
        Mention(s, died, "2011-08-07", "Sunday", "test") for s in ("bbc1", "bbc2")))
    documents = [doc(s, "2011-08-08") for s in ("r47", "r303", "bbc1", "bbc2")]
    assert [event.id for _, event in key_dates([note, assaults], 1, documents)] == ["assaults"]


def test_a_day_shows_what_happened_before_a_pictures_caption_as_many_articles_carry():
    # Timeline17 Haiti, 13 January 2010: a satellite picture's caption and Haitians' second night
    # in the open, each in two articles
    caption = "Satellite image of Port-au-Prince, Haiti taken on 13 January."
    image = Event("image", "2010-01-13", "on", "Satellite image of Port-au-Prince, Haiti taken", tuple(
        Mention(s, caption, "2010-01-13", "13 January", "test") for s in ("bbc1", "bbc2")))
    spent = "Thousands of Haitians spent a second night in the open on Wednesday, afraid of aftershocks."
    night = Event("night", "2010-01-13", "on", "Thousands of Haitians spent a second night in the open",
                  tuple(Mention(s, spent, "2010-01-13", "Wednesday", "test") for s in ("bbc3", "bbc4")))
    documents = [doc(s, "2010-01-14") for s in ("bbc1", "bbc2", "bbc3", "bbc4")]
    assert [event.id for _, event in key_dates([image, night], 1, documents)] == ["night"]


def brent_and_ras_lanuf() -> tuple[Event, Event]:
    """Timeline17 Libya, 7 March 2011: a Reuters market report's Brent price carried by three
    articles, and Gadhafi's forces attacking Ras Lanuf told by two."""
    brent = ("Brent crude prices rose above $118 a barrel on Monday before falling back to $115 and "
             "U.S. prices pushed to their highest level since September 2008.")
    prices = Event("brent", "2011-03-07", "on", "Brent crude prices rose above $118 a barrel", tuple(
        Mention(s, brent, "2011-03-07", "Monday", "test") for s in ("r1", "r2", "r3")))
    attack = ("Moammar Gadhafi took aim at the rebel-controlled town of Ras Lanuf on Monday, "
              "sending warplanes to strike the oil port.")
    ras_lanuf = Event("ras-lanuf", "2011-03-07", "on",
                      "Moammar Gadhafi took aim at the rebel-controlled town of Ras Lanuf", tuple(
                          Mention(s, attack, "2011-03-07", "Monday", "test") for s in ("cnn", "bbc")))
    return prices, ras_lanuf


def test_a_day_shows_what_happened_before_a_price_move_more_articles_carry():
    prices, ras_lanuf = brent_and_ras_lanuf()
    documents = [doc(s, "2011-03-08") for s in ("r1", "r2", "r3", "cnn", "bbc")]
    [(score, shown)] = key_dates([prices, ras_lanuf], 1, documents)
    assert shown.id == "ras-lanuf"
    assert score.sources == {"r1", "r2", "r3", "cnn", "bbc"}  # the market report still weighs the day


def test_key_dates_take_the_off_topic_judgement_when_already_made():
    prices, ras_lanuf = brent_and_ras_lanuf()
    documents = [doc(s, "2011-03-08") for s in ("r1", "r2", "r3", "cnn", "bbc")]
    [(score, _)] = key_dates([prices, ras_lanuf], 1, documents, ignore=frozenset({"r1", "r2"}))
    assert score.sources == {"r3", "cnn", "bbc"} and score.off_topic == 2


def test_a_day_only_market_reports_name_shows_a_price_move():
    prices, _ = brent_and_ras_lanuf()
    documents = [doc(s, "2011-03-08") for s in ("r1", "r2", "r3")]
    assert [event.id for _, event in key_dates([prices], 1, documents)] == ["brent"]


def test_a_day_shows_an_event_whose_headline_is_told_of_that_day_before_one_merged_from_another():
    # Timeline17 Libya, 28 July 2011: a transcript of the 29th merged with Reuters' chronology
    # lines on Younes' killing gives its headline to the entry; as many articles tell of towns taken
    minister = ("So as the Transport minister here said this morning, the adjudication of any blame "
                "is going to wait for the courts.")
    killed = ("July 28 - Abdel Fattah Younes, Gaddafi's former interior minister who defected to the "
              "rebels on February 22 and became their military chief, is killed.")
    merged = Event("merged", "2011-07-28", "on", "As the Transport minister here said", (
        Mention("cnn", minister, "2011-07-29", "this morning", "test"),
        *(Mention(s, killed, "2011-07-28", "July 28", "test") for s in ("r1", "r2", "r3"))),
        conflict=True)
    captured = "The rebels said their forces had captured five towns on Thursday and surrounded a sixth."
    towns = Event("towns", "2011-07-28", "on",
                  "The rebels said their forces had captured five towns and surrounded a sixth",
                  tuple(Mention(s, captured, "2011-07-28", "Thursday", "test") for s in ("a", "b", "c")))
    documents = [doc(s, "2011-08-30") for s in ("cnn", "r1", "r2", "r3", "a", "b", "c")]
    assert [event.id for _, event in key_dates([merged, towns], 1, documents)] == ["towns"]


def chronology_and_protests() -> tuple[Event, Event]:
    """Timeline17 Libya, 15 February 2011: Reuters' chronology opening, carried by three of its
    versions, and the protests beginning told by two articles."""
    opening = ("(Reuters) - Here is a timeline on the civil war in Libya since the first protests "
               "began against the 42-year rule of Muammar Gaddafi in February: Feb 15/16, 2011 - A "
               "riot in Benghazi is triggered by the arrest of human rights activist Fethi Tarbel.")
    timeline = Event("timeline", "2011-02-15", "on", "Here is a timeline on the civil war in Libya",
                     tuple(Mention(s, opening, "2011-02-15", "Feb 15/16, 2011", "test")
                           for s in ("r1", "r2", "r3")))
    began = "Anti-government protests began in Benghazi on February 15."
    protests = Event("protests", "2011-02-15", "on", "Anti-government protests began", tuple(
        Mention(s, began, "2011-02-15", "February 15", "test") for s in ("cnn", "bbc")))
    return timeline, protests


def test_a_day_shows_what_happened_before_a_chronologys_introduction_more_articles_carry():
    timeline, protests = chronology_and_protests()
    documents = [doc(s, "2011-08-30") for s in ("r1", "r2", "r3", "cnn", "bbc")]
    [(score, shown)] = key_dates([timeline, protests], 1, documents)
    assert shown.id == "protests" and len(score.sources) == 5
    assert [event.id for _, event in key_dates([timeline], 1, documents[:3])] == ["timeline"]


@pytest.mark.parametrize("headline, introduction", [
    ("Here is a timeline on the civil war in Libya", True),
    ("Here are some key facts about Assad: -- The world welcomed the British-trained eye doctor", True),
    ("Following is the text of a statement released by U.S. President Barack Obama", True),
    ("This is the road Abu Theeb took", False),
    ("Rebels here said they were holding the town", False),
])
def test_a_headline_introducing_what_follows_is_an_introduction(headline, introduction):
    assert is_introduction(headline) == introduction


def test_a_day_shows_what_happened_before_a_note_on_the_page_more_articles_carry():
    # Timeline17 Syria, 10 August 2012: BBC pages' stamp, and activists' account of shelling
    stamp = "Page last updated 16:03 UK time, Friday, 10 August 2012."
    note = Event("note", "2012-08-10", "on", "Page last updated 16:03 UK", tuple(
        Mention(s, stamp, "2012-08-10", "Friday, 10 August 2012", "test") for s in ("b1", "b2", "b3")))
    pounded = "The army pounded areas of Aleppo on Friday as rebels retreated from Salah al-Din."
    shelling = Event("shelling", "2012-08-10", "on", "The army pounded areas of Aleppo", tuple(
        Mention(s, pounded, "2012-08-10", "Friday", "test") for s in ("r1", "r2")))
    documents = [doc(s, "2012-08-11") for s in ("b1", "b2", "b3", "r1", "r2")]
    assert [event.id for _, event in key_dates([note, shelling], 1, documents)] == ["shelling"]


@pytest.mark.parametrize("headline, note", [
    ("Page last updated 08:50 UK", True),
    ("Last updated: 14 January, 2010 - 17:26 GMT Haiti earthquake", True),
    ("This post was last changed, at a time", True),
    ("Note: The photograph on this page was updated A cathedral in Port-au-Prince", True),
    ("The Road Less Travelled was first published", False),
    ("Notes from Cairo were passed to the embassy", False),
])
def test_a_headline_stamping_the_page_is_a_note_on_it(headline, note):
    assert is_page_note(headline) == note


@pytest.mark.parametrize("sentence, expression, market", [
    ("Brent's premium to U.S. crude narrowed to $24.05 a barrel, after reaching a record $26.69 on "
     "Friday.", "Friday", True),
    ("SINGAPORE (Reuters) - Gold rose to near a record high and silver jumped to its highest in more "
     "than three decades on Monday on inflation worries.", "Monday", True),
    ("Oil prices hit their highest since September 2008 on Monday as cuts in Libyan exports piled "
     "pressure on OPEC to boost output.", "Monday", True),
    ("In Saudi Arabia, the turmoil in Egypt rattled investors as the nation's stock market lost over "
     "6% of its value Saturday.", "Saturday", True),
    ("The Egyptian government has announced that the Egyptian stock market and all banks will be "
     "closed Sunday.", "Sunday", False),
    ("Rebels said they had retaken the oil port of Brega on Monday.", "Monday", False),
    ("The death toll rose to 300 on Monday, the U.N. said.", "Monday", False),
    ("Rebels who seized Tripoli's airport on Friday fought off a counter-attack on Saturday.", "Saturday", False),
    ("GOLD ROSE TO A RECORD HIGH ON MONDAY.", "MONDAY", True),
    # a market that is a place, and a move of something else later in the sentence
    ("A car bomb tore through a crowded market in Hilla and the death toll rose to 50, the highest "
     "this year, on Tuesday.", "Tuesday", False),
    ("Rebels seized the market town of Brega, and government forces lost 20 percent of their tanks "
     "on Sunday.", "Sunday", False),
])
def test_a_price_move_told_before_its_date_is_a_market_report(sentence, expression, market):
    assert is_market(Mention("s", sentence, "2011-03-07", expression, "test")) == market


@pytest.mark.parametrize("headline, caption", [
    ("Satellite image of Port-au-Prince, Haiti taken", True),
    ("Anti-government demonstrators take part in a night protest in Idleb, Syria in this still image taken", True),
    ("Fuel storage tanks are seen at Mobil Oil's oil refinery in Melbourne", True),
    ("Michel Samaha's arrest is seen as highly unusual, given Lebanon's current politics", False),
    ("Rescuers pulled more people alive from the rubble", False),
])
def test_a_headline_describing_a_picture_is_a_caption(headline, caption):
    assert is_caption(headline) is caption


@pytest.mark.parametrize("headline, shouting", [
    ("EDITOR 'S NOTE: Credit: Reuters CAN NOT INDEPENDENTLY VERIFY CONTENT VIDEO FROM WHICH", True),
    ("JILLIAN THORP, US AID WORKER, AND HER HUSBAND, FRANK", True),
    ("AZUZ: In neighboring Egypt, about a thousand people showed up for a pro-women demonstration", False),
    ("U.S. AND NATO STRIKES", False),  # too short to judge
    ("NATO took command of air strikes", False),
])
def test_a_headline_mostly_in_capitals_is_shouting(headline, shouting):
    assert is_shouting(headline) is shouting


@pytest.mark.parametrize("headline, telling", [
    ("“We will be here today, tomorrow and for the time ahead.”", True),
    ("`` We are doing very well , '' spokesman Musa Ibrahim says", True),
    ("After the earthquake, I decided to go to Haiti", True),
    ("Here we have Christians, Muslims, Jews, Sikhs, Hindus, all of us united in love for Anthony", True),
    ("More than 2,200 US Marines arrived off the coast of Haiti aboard the USS Bataan", False),
    ("Rescuers pulled more people alive from the rubble", False),
    ("The armistice ending World War I was signed", False),
])
def test_a_quotation_or_a_first_person_account_is_a_telling(headline, telling):
    assert is_telling(headline) is telling


# Reuters' Libya story of 18 June 2011, published again as it developed (two updates on 20 June,
# one on 21 June), and two independent reports of the NATO strike on al-Brega three days before
AID = ("The rebel oil and finance minister accused the West on Saturday of failing to keep promises "
       "of vital financial aid.",
       "Ali Tarhouni said on Saturday the rebels had run out of cash after months of fighting.")
STRIKE = ("NATO aircraft mistakenly struck a column of rebel vehicles near al-Brega on Wednesday.",
          "An air strike hit rebel tanks outside al-Brega on Wednesday, a rebel commander said.")


def mentions_of(seed, sentences, day):
    return tuple(Mention(seed, sentence, day, "Saturday" if "Saturday" in sentence else "Wednesday",
                         "test") for sentence in sentences)


def test_versions_of_one_agency_story_are_one_source_for_the_days_they_name():
    published = {"r1": "2011-06-20", "r2": "2011-06-20", "r3": "2011-06-21",
                 "cnn": "2011-06-18", "bbc": "2011-06-18"}
    aid = Event("aid", "2011-06-18", "on", "The rebels accused the West",
                sum((mentions_of(seed, AID, "2011-06-18") for seed in ("r1", "r2", "r3")), ()))
    strike = Event("strike", "2011-06-15", "on", "NATO struck rebel vehicles near al-Brega",
                   mentions_of("cnn", STRIKE[:1], "2011-06-15") + mentions_of("bbc", STRIKE[1:], "2011-06-15"))
    assert set(versions([aid, strike], published).values()) == {"r1", "cnn", "bbc"}
    scores = day_scores([aid, strike], published)
    assert (len(scores["2011-06-18"].sources), scores["2011-06-18"].stories) == (3, 1)
    # one story published after the day weighs less than two
    assert [s.day for s in rank_days([aid, strike], published)][:2] == ["2011-06-15", "2011-06-18"]


def test_a_paragraph_repeated_weeks_later_is_another_source():
    # the same two sentences of background in stories published a week apart: two sources
    published = {"r1": "2011-06-20", "r2": "2011-06-27"}
    aid = Event("aid", "2011-06-18", "on", "The rebels accused the West",
                mentions_of("r1", AID, "2011-06-18") + mentions_of("r2", AID, "2011-06-18"))
    assert day_scores([aid], published)["2011-06-18"].stories == 2


def test_one_sentence_in_common_does_not_make_two_articles_one_story():
    published = {"r1": "2011-06-20", "cnn": "2011-06-20"}
    aid = Event("aid", "2011-06-18", "on", "The rebels accused the West",
                mentions_of("r1", AID, "2011-06-18") + mentions_of("cnn", AID[:1], "2011-06-18"))
    quote = ("Tarhouni told CNN on Saturday: we have no money.",)
    told = Event("told", "2011-06-18", "on", "Tarhouni told CNN", mentions_of("cnn", quote, "2011-06-18"))
    assert day_scores([aid, told], published)["2011-06-18"].stories == 2


def plain_tally(story, ignore, story_of):
    """What `_tally` reads of a story, as a loop over `dated`, event by event, mention by mention:
    the days' votes and each day's event, chosen as key_dates chooses it (the page counts the
    seeds naming the day by story: `story_of`)."""
    naming, speaking, sentences, best, shown = {}, {}, {}, {}, {}
    for event in story:
        told = {}
        for day, mention, spoken in dated(event, ignore):
            (speaking if spoken else naming).setdefault(day, set()).add(mention.seed)
            if not spoken:
                sentences[day] = sentences.get(day, 0) + 1
            told.setdefault(day, []).append((mention, spoken))
        for day, said in told.items():
            seeds = [m.seed for m, spoken in said if not spoken]
            spoke = [m.seed for m, spoken in said if spoken]
            candidate = (len(set(seeds)), day_of(event.date) == day, len(seeds), len(set(spoke)),
                         len(spoke), event)
            if day not in best or candidate[:5] > best[day][:5]:
                best[day] = candidate
            # the page's choice: price moves and what introductions name are tellings; what
            # happened before a telling, right after the day's own
            about_the_page = is_introduction(event.headline) or is_page_note(event.headline)
            telling = [spoken or is_market(m) or about_the_page for m, spoken in said]
            plain = [m.seed for (m, _), told in zip(said, telling) if not told]
            other = [m.seed for (m, _), told in zip(said, telling) if told]
            page = (len({story_of.get(s, s) for s in plain}), candidate[1], not is_telling(event.headline), len(plain),
                    len(set(other)), len(other), event)
            if day not in shown or page[:6] > shown[day][:6]:
                shown[day] = page
    return naming, speaking, sentences, best, {day: page[-1] for day, page in shown.items()}


def test_one_pass_over_the_story_reads_what_a_loop_over_dated_reads():
    # one sentence naming two days, one of them the day of the telling, and told by two articles;
    # versions of one story, the Haiti quake told of two days, an article judged off topic, a
    # month, a day placed before another and an article's own entry
    both = "Activists said on Tuesday that troops had stormed Hama on Monday."
    stormed = Event("stormed", "2011-02-07", "on", "Troops stormed Hama", tuple(
        Mention(seed, both, day, expression, "test") for seed in "cd"
        for day, expression in (("2011-02-07", "Monday"), ("2011-02-08", "Tuesday"))))
    published = {"r1": "2011-06-20", "r2": "2011-06-20", "r3": "2011-06-21", "cnn": "2011-06-18",
                 "bbc": "2011-06-18", **PUBLISHED, **{s: "2010-01-15" for s in "efg"}}
    aid = Event("aid", "2011-06-18", "on", "The rebels accused the West",
                sum((mentions_of(seed, AID, "2011-06-18") for seed in ("r1", "r2", "r3")), ()))
    strike = Event("strike", "2011-06-15", "on", "NATO struck rebel vehicles near al-Brega",
                   mentions_of("cnn", STRIKE[:1], "2011-06-15") + mentions_of("bbc", STRIKE[1:], "2011-06-15"))
    quake, rescue = quake_and_rescue()
    since = told("2011-03-18", "d", "Protests have spread since mid-March.", "mid-March",
                 mention_date="2011-03")
    before = event("2011-02-09", "a", relation="before")
    own = dataclasses.replace(event("2011-02-11", "a", id="article"), is_article=True)
    story = (stormed, aid, strike, quake, rescue, since, before, own, *pledge_and_rescue(),
             *brent_and_ras_lanuf(), *chronology_and_protests())
    for ignore in (frozenset(), frozenset({"d", "r2"})):
        tally = _tally(story, ignore)
        story_of = versions(story, published)
        naming, speaking, sentences, best, shown = plain_tally(story, ignore, story_of)
        assert (dict(tally.naming), dict(tally.speaking), dict(tally.sentences)) == (naming, speaking, sentences)
        assert tally.best == best
        assert {day: _shown(tally, day, story_of) for day in tally.best} == shown
        assert day_scores(story, published, ignore)["2011-02-08"].spoken == {"c", "d"} - ignore


@pytest.mark.parametrize("sentence, expression", [
    ("Activists said on Tuesday that 30 people had been killed.", "Tuesday"),
    ("A resident told Reuters late on Tuesday: “We are afraid.”", "Tuesday"),
    ("Tanks shelled Hama on Tuesday, activists said.", "Tuesday"),
    ("Ali Tarhouni said on Saturday the rebels had run out of cash after months of fighting.", "Saturday"),
    ("Tarhouni told CNN on Saturday: we have no money.", "Saturday"),
    ("OFFICIALS SAID ON MONDAY THE BORDER WAS CLOSED.", "MONDAY"),
    ("The ministry stated in a statement early on Friday that talks had failed.", "Friday"),
    ("Gadhafi was quoted as saying on Sunday that he would not leave.", "Sunday"),
    ("Les officiels ont déclaré lundi qu’Assad avait ſaid on Monday", "Monday"),  # long s: "ſaid"
    ("Officials ſaid on Monday that the border was closed.", "Monday"),
    ("A spokesman toLd reporters on Monday that the talks had failed.", "Monday"),
    ("Troops stormed Hama on Monday, the day the fasting month began.", "Monday"),
    ("Saidi, a reporter, on Monday wrote the story.", "Monday"),
])
def test_reported_speech_is_judged_as_the_attribution_pattern_alone_judges_it(sentence, expression):
    at = sentence.find(expression)
    plain = at > 0 and ATTRIBUTION.search(sentence, max(0, at - 40), at) is not None
    assert is_attribution(Mention("s", sentence, "2011-02-08", expression, "test")) == plain


def test_a_days_event_counts_versions_of_one_story_once():
    # Timeline17 Egypt's 28 January: one statement repeated word for word by updates of a story
    # published a week later, against the day's protests told by independent articles
    statement = ("The U.S. Embassy in Egypt issued a statement indicating that several embassy "
                 "vehicles were stolen in Cairo on January 28.")
    repeated = "The embassy said on Friday that no diplomats were involved."
    stolen = Event("stolen", "2011-01-28", "on", "The U.S. Embassy issued a statement", tuple(
        Mention(seed, sentence, "2011-01-28", "January 28" if sentence is statement else "Friday", "test")
        for seed in ("u1", "u2", "u3") for sentence in (statement, repeated)))
    protests = Event("protests", "2011-01-28", "on", "Thousands of protesters hit the streets", tuple(
        Mention(seed, "Thousands of protesters hit the streets of Egypt's major cities on Friday.",
                "2011-01-28", "Friday", "test") for seed in ("p1", "p2")))
    published = {"u1": "2011-02-06", "u2": "2011-02-06", "u3": "2011-02-07",
                 "p1": "2011-01-28", "p2": "2011-01-29"}
    documents = [doc(seed, day) for seed, day in published.items()]
    assert set(versions([stolen, protests], published).values()) == {"u1", "p1", "p2"}
    [(score, shown)] = key_dates([stolen, protests], 1, documents, ignore=frozenset())
    assert shown is protests
    assert score.sources == {"u1", "u2", "u3", "p1", "p2"}  # the page still counts articles


def telling_of(seed, sentence, expression, date):
    return Mention(seed, sentence, date, expression, "test")


@pytest.mark.parametrize("sentence, expression, date", [
    # Reuters' Libya chronology (Timeline17), an entry a line
    ("March 17 - The U.N. Security Council votes to authorise a no-fly zone over Libya.", "March 17", "2011-03-17"),
    # the first entry, glued to the list's introduction
    ("Sept 21 (Reuters) - Here is a timeline of the civil war in Libya since protests against Muammar "
     "Gaddafi's four-decade rule began in February: Feb. 15/16, 2011 - The arrest of human rights "
     "activist Fethi Tarbel sparks a riot in Benghazi.", "Feb. 15/16, 2011", "2011-02-15"),
    # a BBC factbox, after a bullet
    ("* 23 Dec: Two bombs hit security buildings in Damascus", "23 Dec", "2011-12-23"),
])
def test_a_chronologys_entry_is_listed(sentence, expression, date):
    assert is_listed(telling_of("a", sentence, expression, date))


@pytest.mark.parametrize("sentence, expression, date", [
    ("On March 17, the U.N. Security Council voted to authorise a no-fly zone.", "March 17", "2011-03-17"),
    ("March 17 marked a turning point for the rebels.", "March 17", "2011-03-17"),
    # a reader's comment stamped with its day and clock is no chronology
    ("24th June 2011 - 13:38 I take it there will soon be NATO airstrikes.", "24th June 2011", "2011-06-24"),
    # nor is a live page's clock
    ("1430: Activists say tanks have entered Deraa.", "1430", "2011-04-25T14:30"),
    # a month is no day to list
    ("March - Protests spread to Damascus.", "March", "2011-03"),
    # a day not named by its number: a transcript's speaker, a schedule, a summary
    ("PHILLIPS: Last night -- earlier -- I spoke with Nic Robertson.", "Last night", "2011-02-02"),
    ("Today: Foreign Secretary William Hague will make a statement to MPs.", "Today", "2011-03-21"),
    ("Yesterday - a day of rage across the country - ended with 20 dead.", "Yesterday", "2011-02-17"),
])
def test_other_sentences_are_not_listed(sentence, expression, date):
    assert not is_listed(telling_of("a", sentence, expression, date))


def test_a_day_a_chronology_lists_outranks_one_more_article_naming_another():
    # 12 March is named by two later articles in passing; 17 March by one later chronology only
    published = {"a": "2011-04-01", "b": "2011-04-02", "chronology": "2011-08-22"}
    passing = Event("passing", "2011-03-12", "on", "Rebels retreated from Ras Lanuf", tuple(
        telling_of(seed, "Rebels retreated from Ras Lanuf on March 12.", "March 12", "2011-03-12")
        for seed in ("a", "b")))
    vote = Event("vote", "2011-03-17", "on", "The U.N. Security Council votes", (telling_of(
        "chronology", "March 17 - The U.N. Security Council votes to authorise a no-fly zone over Libya.",
        "March 17", "2011-03-17"),))
    ranked = rank_days([passing, vote], published)
    assert [s.day for s in ranked][:2] == ["2011-03-17", "2011-03-12"]
    assert ranked[0].listed == 1 and ranked[1].listed == 0


def test_the_key_dates_page_says_how_many_chronologies_list_a_day(tmp_path):
    documents = (doc("a", "2011-04-01"), doc("b", "2011-08-22"), doc("c", "2011-08-24"))
    entry = "March 17 - The U.N. Security Council votes to authorise a no-fly zone over Libya."
    vote = Event("e-vote", "2011-03-17", "on", "The U.N. Security Council votes", tuple(
        telling_of(seed, entry, "March 17", "2011-03-17") for seed in ("b", "c")) + (
        telling_of("a", "The U.N. voted on March 17 to authorise a no-fly zone.", "March 17", "2011-03-17"),))
    page = render.render(Timeline(documents, (vote,)), SETTINGS, tmp_path)["highlights.md"]
    assert "| Articles | Later | Spoke | Chronologies |" in page
    row = next(line for line in page.splitlines() if "e-vote" in line)
    assert row.rstrip().endswith("| 3 | 3 | 0 | 2 |")


def test_a_factbox_of_past_quakes_lists_no_key_dates_of_this_story():
    # Reuters' "deadliest earthquakes of recent years" beside a week of Haiti coverage: its
    # entries before the story are background; its entry of the Haiti quake counts
    published = {"quake": "2010-01-13", "rescue": "2010-01-14", "factbox": "2010-01-17", "toll": "2010-01-18"}
    haiti = Event("haiti", "2010-01-12", "on", "A magnitude 7.0 earthquake struck Haiti", (
        telling_of("quake", "A magnitude 7.0 earthquake struck Haiti on Tuesday.", "Tuesday", "2010-01-12"),
        telling_of("rescue", "Rescuers searched for survivors of Tuesday's earthquake.", "Tuesday", "2010-01-12"),
        telling_of("factbox", "Jan. 12, 2010 - A magnitude 7.0 quake strikes Haiti, killing tens of thousands.",
                   "Jan. 12, 2010", "2010-01-12")))
    tsunami = Event("tsunami", "2004-12-26", "on", "A quake off Indonesia triggers a tsunami", (telling_of(
        "factbox", "Dec. 26, 2004 - A magnitude 9.1 quake off Indonesia triggers a tsunami that kills 230,000 people.",
        "Dec. 26, 2004", "2004-12-26"),))
    scores = day_scores([haiti, tsunami], published)
    assert scores["2010-01-12"].listed == 1 and scores["2004-12-26"].listed == 0
    assert scores["2004-12-26"].weight < scores["2010-01-12"].weight


def test_a_plans_steps_are_no_milestones_yet():
    # BBC, 6 April 2012, Kofi Annan's plan: "10 April: Government must withdraw troops ..."
    published = {"plan": "2012-04-06", "later": "2012-04-12"}
    step = Event("step", "2012-04-10", "on", "Government must withdraw troops", (telling_of(
        "plan", "10 April: Government must withdraw troops and heavy weapons from towns", "10 April",
        "2012-04-10"),))
    assert day_scores([step], published)["2012-04-10"].listed == 0
