"""The SemEval-2015 Task 4 main-track scorer (temporal awareness) on a hand-checked example."""

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "semeval_timeline.py"
_spec = importlib.util.spec_from_file_location("semeval_timeline", _PATH)
semeval = importlib.util.module_from_spec(_spec)
sys.modules["semeval_timeline"] = semeval  # dataclasses look their module up by name
_spec.loader.exec_module(semeval)

# Worked out by hand as the task's tool (evaluation_timeline.py on the TempEval-3 scorer) reads
# it. Position 0 is left out; 2005-06-13 anchors positions 2 and 3.
GOLD = semeval.parse_timeline(
    "Airbus\n"
    "0\tXXXX-XX-XX\ta-1-x\n"
    "1\t2005-01-18\td-1-launched\td-2-unveiled\n"
    "2\t2005-06-13\td-3-won\n"
    "3\t2005-06-13\td-4-said\n"
    "4\t2006-10-05\td-5-paid\n")
SYSTEM = semeval.parse_timeline(
    "Airbus\n"
    "1\t2005-01-18\td-1-launched\n"
    "2\t2005-06-13\td-3-won\td-4-said\n"
    "3\t2006-10-05\td-9-other\n")


def test_gold_links_tie_each_mention_to_its_date_and_to_the_next_mention():
    links, events, times = semeval.gold_links(GOLD)
    assert events == ["d-1-launched", "d-2-unveiled", "d-3-won", "d-4-said", "d-5-paid"]
    assert times == ["2005-01-18", "2005-06-13", "2006-10-05"]
    assert links == [("ei1", "t0", "SIMULTANEOUS"), ("ei2", "t0", "SIMULTANEOUS"),
                     ("ei3", "t1", "SIMULTANEOUS"), ("ei4", "t1", "SIMULTANEOUS"),
                     ("ei5", "t2", "SIMULTANEOUS"),
                     ("ei1", "ei2", "SIMULTANEOUS"), ("ei2", "ei3", "BEFORE"),
                     ("ei3", "ei4", "BEFORE"), ("ei4", "ei5", "BEFORE")]


def test_reduced_graph_drops_implied_links_and_keeps_contradicted_ones():
    links, _, _ = semeval.gold_links(GOLD)
    reduced = semeval.graph(links).reduced
    # launched = unveiled follows from both being on 2005-01-18
    assert ("ei1", "ei2", "SIMULTANEOUS") not in reduced
    # won BEFORE said contradicts both being SIMULTANEOUS with 2005-06-13: not added, still counted
    assert ("ei3", "ei4", "BEFORE") in reduced and len(reduced) == 8


def test_the_graph_implies_order_through_dates_and_neighbours():
    links, _, _ = semeval.gold_links(GOLD)
    points = semeval.graph(links).points
    assert points.relation("ei1", "ei5", "BEFORE") is True  # launched < won, won = said, said < paid
    assert points.relation("t0", "t2", "BEFORE") is True
    assert points.relation("ei2", "t0", "SIMULTANEOUS") is True
    assert points.relation("ei5", "ei1", "BEFORE") is False


def test_system_ids_and_dates_are_the_gold_ones_where_equal():
    _, events, times = semeval.gold_links(GOLD)
    assert semeval.system_links(SYSTEM, events, times) == [
        ("ei1", "t0", "SIMULTANEOUS"), ("ei3", "t1", "SIMULTANEOUS"), ("ei4", "t1", "SIMULTANEOUS"),
        ("sys3", "t2", "SIMULTANEOUS"),
        ("ei1", "ei3", "BEFORE"), ("ei3", "ei4", "SIMULTANEOUS"), ("ei4", "sys3", "BEFORE")]


def test_hand_checked_example_scores_four_sixths_precision_three_eighths_recall():
    # system reduced (won = said is implied by their date): launched/won/said = their dates hold in
    # the gold, launched < won holds through unveiled; other = 2006-10-05 and said < other do not.
    # gold reduced: launched, won, said = their dates hold in the system; unveiled's and paid's
    # links and won < said (the system has them simultaneous) do not
    score = semeval.temporal_awareness([(GOLD, SYSTEM)])
    assert (score.precision_hits, score.system_reduced) == (4, 6)
    assert (score.recall_hits, score.gold_reduced) == (3, 8)
    assert score.f1 == pytest.approx(2 * (4 / 6) * (3 / 8) / (4 / 6 + 3 / 8))


def test_a_right_date_scores_even_where_the_order_link_names_another_event():
    # the link BEFORE goes from the last event of a position to the first of the next: two dates
    # in the right order score nothing when those events are not the gold's
    system = semeval.parse_timeline("1\t2005-01-18\td-7-came\n2\t2006-10-05\td-5-paid\n")
    score = semeval.temporal_awareness([(GOLD, system)])
    assert (score.precision_hits, score.system_reduced) == (1, 3)


def test_identical_timelines_score_full_marks():
    assert semeval.temporal_awareness([(GOLD, GOLD)]).f1 == 1.0


def test_scores_are_micro_averaged_over_timelines():
    score = semeval.temporal_awareness([(GOLD, SYSTEM), (GOLD, GOLD)])
    assert (score.precision_hits, score.system_reduced) == (4 + 8, 6 + 8)
    assert (score.recall_hits, score.gold_reduced) == (3 + 8, 8 + 8)


def test_an_empty_system_timeline_still_counts_the_gold_in_recall():
    score = semeval.temporal_awareness([(GOLD, ()), (GOLD, GOLD)])
    assert (score.recall_hits, score.gold_reduced) == (8, 16)
    assert score.system_reduced == 8


def test_lines_are_read_in_the_order_of_their_numbers():
    entries = semeval.parse_timeline("10\t2009-01-02\tb-1-x\n9\t2009-01-01\tb-2-y\n")
    links, events, _ = semeval.gold_links(entries)
    assert events == ["b-2-y", "b-1-x"] and ("ei1", "ei2", "BEFORE") in links


def test_a_missing_line_break_in_a_gold_file_is_read_as_written_and_repaired_for_anchoring():
    text = "8\t2007-03-19\t62929-5-travelling\t629292-7-travelling8\t2007-03-19\t62929-2-land\n"
    assert [len(e.ids) for e in semeval.parse_timeline(text)] == [4]
    assert [e.position for e in semeval.parse_timeline(text, repair=True)] == [8, 8]


def test_timex_values_are_written_in_the_task_notation():
    assert [semeval.task_date(v) for v in ("2008-10-09", "2008-10", "2008", "2008-W41", "PAST_REF")] \
        == ["2008-10-09", "2008-10-XX", "2008-XX-XX", "2008-10-XX", "XXXX-XX-XX"]


def test_an_entity_is_named_by_its_distinctive_words_not_by_its_maker():
    assert "777" in semeval.aliases("Boeing 777") and "Boeing" not in semeval.aliases("Boeing 777")
    assert "Gallois" in semeval.aliases("Louis Gallois")
    assert "USAF" in semeval.aliases("United States Air Force")
    assert "Singapore" not in semeval.aliases("Singapore Airlines")


def test_a_single_capitalised_alias_matches_only_as_written():
    assert semeval.names("Steve Jobs took medical leave", semeval.aliases("Steve Jobs")) is not None
    assert semeval.names("the report on jobs fell", semeval.aliases("Steve Jobs")) is None


def test_a_makers_name_before_a_model_names_the_model():
    airbus = semeval.aliases("Airbus")
    assert semeval.names("The Airbus A330 jetliner crashed into the Atlantic Ocean", airbus) is None
    assert semeval.names("Qatar ordered Airbus A350s , and Airbus said", airbus) is not None


def test_a_short_name_that_is_another_target_names_that_target():
    found = [semeval.Found("1", "2", "Chrysler filed for bankruptcy Thursday .", "2009-04-30", "on")]
    targets = ("Chrysler", "Daimler Chrysler")
    assert semeval.system_timeline("Daimler Chrysler", found, targets) == ()
    assert semeval.system_timeline("Chrysler", found, targets) == (
        semeval.Entry(1, "2009-04-30", ("1-2-filed",)),)


def test_a_sentence_opening_with_a_pronoun_goes_on_about_the_entity_named_before_it():
    found = semeval.Found("7", "5", "It signed the agreement in Paris on June 15 .", "2009-06-15", "on",
                          previous="China Eastern Airlines stated on Thursday that it had signed a contract .")
    assert semeval.system_timeline("China Eastern Airlines", [found]) == (
        semeval.Entry(1, "2009-06-15", ("7-5-signed",)),)
    unrelated = semeval.Found("7", "5", found.tokens, found.date, "on", previous="Boeing said .")
    assert semeval.system_timeline("China Eastern Airlines", [unrelated]) == ()


def test_two_dated_statements_in_one_sentence_each_take_a_word_from_their_own_clause():
    tokens = "He fought pancreatic cancer in 2004 and took six months off in early 2009 ."
    found = [semeval.Found("9", "5", tokens, "2004-XX-XX", "on", "He fought pancreatic cancer", shared=True),
             semeval.Found("9", "5", tokens, "2009-XX-XX", "on", "Took six months off", shared=True)]
    timeline = semeval.system_timeline("Steve Jobs", found, ())
    assert timeline == ()  # the sentence does not name him
    found = [semeval.replace(f, tokens=f.tokens.replace("He", "Jobs")) for f in found]
    assert semeval.system_timeline("Steve Jobs", found) == (
        semeval.Entry(1, "2004-XX-XX", ("9-5-fought",)), semeval.Entry(2, "2009-XX-XX", ("9-5-took",)))


def test_follow_on_sentences_count_as_sentences_of_their_event():
    article = semeval.Article("4", "seed", "2007-09-01", [
        ("0", "Airbus A380 test flight delayed"),
        ("1", "The flight was delayed on Saturday after an accident at the airport ."),
        ("2", "The plane left four hours late , carrying 150 passengers .")])
    found = semeval.extract_article(article)
    assert [(f.sentence_id, f.date, f.detail) for f in found if f.sentence_id != "0"] == [
        ("1", "2007-09-01", False), ("2", "2007-09-01", True)]


def test_the_trial_files_short_dates_are_read_in_the_task_notation():
    entries = semeval.parse_timeline("1\t1968\ta-1-founded\n2\t2006-03\ta-2-filed\n0\tXXX-XX-XX\ta-3-x\n")
    assert [e.date for e in entries] == ["1968-XX-XX", "2006-03-XX", "XXXX-XX-XX"]


def title_word(title, entity):
    return semeval.title_words(title, semeval.names(title, semeval.aliases(entity)))


def test_a_headline_opening_with_the_entity_takes_the_present_tense_verb_after_it():
    assert title_word("Boeing unveils new 787 Dreamliner", "Boeing") == ["unveils"]
    assert title_word("US automakers GM and Chrysler seek more government aid", "General Motors") == ["seek"]
    assert title_word("U.S. manufacturer General Motors seeks bankruptcy protection", "General Motors") == ["seeks"]
    assert title_word("Singapore Airlines to be compensated for A380 delays", "Singapore Airlines") == ["compensated"]
    assert title_word("Boeing rolls out first 787 Dreamliner to go into service", "Boeing") == ["rolls_out"]


def test_a_headline_naming_the_entity_as_object_takes_the_word_before_it():
    assert title_word("Northrop Grumman and Airbus parent EADS defeat Boeing for $ 40 billion US "
                      "airtanker contract", "Boeing") == ["defeat"]
    assert title_word("Aeroflot negotiates purchase of 22 new Boeing 787 Dreamliner aircraft",
                      "Boeing 787 Dreamliner") == ["purchase"]


def test_an_entity_that_only_describes_another_in_a_headline_has_no_event_there():
    title = "Airbus parent EADS wins £ 13 billion UK RAF airtanker contract"
    assert semeval.names(title, semeval.aliases("Airbus")) is None
    assert semeval.title_words(title, len("Airbus")) is None


def test_a_reporting_verb_well_before_the_date_is_not_the_dated_event():
    says = semeval.Found("5", "4", "For the final quarter of 2009 , Ford says it made profits of $ 868 million .",
                         "2009-XX-XX", "on", expression="the final quarter of 2009")
    said = semeval.Found("5", "2", "Ford Motor Company said on Tuesday that its sales rose 43 % .",
                         "2010-03-02", "on", expression="Tuesday")
    assert semeval.reported_first(says, ["says", "made"]) == ["says", "made"]  # date before the verb
    late = semeval.replace(says, tokens="Ford says it made profits of $ 868 million for the final quarter of 2009 .")
    assert semeval.reported_first(late, ["says", "made"]) == ["made", "says"]
    assert semeval.reported_first(said, ["said", "rose"]) == ["said", "rose"]


def test_a_headline_takes_the_date_its_body_gives_the_same_event_in_the_week_before():
    found = [semeval.Found("8", "0", "Chrysler files for bankruptcy , Fiat Group SpA to run company",
                           "2009-05-01", "on"),
             semeval.Found("8", "2", "The American auto company Chrysler filed for bankruptcy Thursday .",
                           "2009-04-30", "on"),
             semeval.Found("8", "3", "Chrysler filed for bankruptcy once before , in 1979 .", "1979-XX-XX", "on")]
    assert semeval.system_timeline("Chrysler", found) == (  # in id order
        semeval.Entry(2, "2009-04-30", ("8-0-files",)), semeval.Entry(2, "2009-04-30", ("8-2-filed",)),
        semeval.Entry(1, "1979-XX-XX", ("8-3-filed",)))


def test_a_company_is_named_by_its_first_word_not_by_its_suffix():
    assert "Lehman" in semeval.aliases("Lehman Brothers") and "Brothers" not in semeval.aliases("Lehman Brothers")
    assert "Washington" not in semeval.aliases("Washington Mutual")  # that names the place


def test_an_index_size_is_not_a_model_number():
    assert "500" not in semeval.aliases("S&P 500") and "S&P" in semeval.aliases("S&P 500")
    assert "777" in semeval.aliases("Boeing 777") and "iPhone" not in semeval.aliases("iPhone 4")


def test_a_light_or_frame_verb_yields_to_the_event_after_it():
    tokens = "Boeing 's newest commercial aircraft , the 787 `` Dreamliner '' , made its first test flight Tuesday ."
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("Boeing 787 Dreamliner"))) == "flight"
    tokens = "The Airbus A380 was set to land in the United States of America on Monday after a test flight ."
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("Airbus A380"))) == "land"


def test_a_past_verb_just_before_the_name_is_the_entitys_event():
    tokens = "The store was renamed to iTunes Store in 2006 , as Apple began selling other media ."
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("iTunes Store"))) == "renamed"


def test_a_capitalised_word_ending_in_ed_is_a_name_not_an_event():
    tokens = "Ford Motor Company said on Tuesday that its sales in the United States rose 43 % ."
    assert "United" not in semeval.event_words(tokens, semeval.names(tokens, semeval.aliases("Ford")))


def test_a_name_describing_another_participant_is_not_the_entitys_event():
    airbus = semeval.aliases("Airbus")
    assert semeval.names("The issue has been resolved , according to Airbus spokesman Jaime Perez-Guerra .", airbus) is None
    boeing = semeval.aliases("Boeing")
    assert semeval.names("Boeing 's newest commercial aircraft made its first test flight Tuesday .", boeing) is None
    gm = semeval.aliases("General Motors")
    assert semeval.names("GM 's Canadian vehicle sales volume fell only 17.3 % compared to 2008 .", gm) is not None


def test_a_detail_sentence_is_in_no_entity_timeline():
    detail = semeval.Found("3", "21", "It comes in two colors - black and white - and two storage capacities .",
                           "2010-06-24", "on", detail=True, previous="The iPhone 4 will ship on June 24 .")
    assert semeval.system_timeline("iPhone 4", [detail]) == ()


def test_shares_of_a_company_are_not_the_company():
    ford = semeval.aliases("Ford")
    assert semeval.names("Ford shares gained 2.3 % to a level of US$ 2.69 on Wednesday .", ford) is None
    assert semeval.names("Shares of Ford gained 2.3 % on Wednesday .", ford) is None
    assert semeval.names("Ford posted a profit of $ 997 million .", ford) is not None


def test_a_word_that_makes_names_of_places_or_groups_is_no_alias_alone():
    assert semeval.aliases("Wall Street") == ("Wall Street", "WallStreet")
    assert "Reserve" not in semeval.aliases("Federal Reserve") and "Federal" not in semeval.aliases("Federal Reserve")
    assert "Press" in semeval.aliases("Jim Press")  # a surname


def _article(folder: Path, dct: str, sentences: list[str]):
    """An article in the corpus's TimeML form (DCT and one tokenised sentence per <s>), written
    by us: tests never read the corpora, which CI does not have."""
    body = "".join(f'<s id="{i}">{text}</s>' for i, text in enumerate(sentences))
    path = folder / "1234_test_article.tml"
    path.write_text(f'<Document><DOCID>1234</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
                    f'functionInDocument="CREATION_TIME"/></DCT><TEXT>{body}</TEXT></Document>',
                    encoding="utf-8")
    return semeval.read_article(path)


def test_an_undated_statement_is_told_on_the_articles_news_day(tmp_path):
    # published on Saturday about a press event "on Friday": "Reyes acknowledged ..." gives no
    # date of its own and is the event's day, not the publication date
    article = _article(tmp_path, "2010-07-17", [
        "Northwind recalls tablets",
        "July 17 , 2010",
        "Northwind Inc. announced Friday that it will refund every buyer of its new tablet after "
        "complaints about the screen .",
        "The announcement came at a press conference held by the company on Friday morning .",
        "Chief executive Dana Reyes acknowledged that `` a small share of users '' had seen the "
        "screen flicker , but denied any wider fault ."])
    found = {f.sentence_id: f for f in semeval.extract_article(article, undated=True)}
    assert article.dct == "2010-07-17"
    assert found["4"].tokens.startswith("Chief executive Dana Reyes acknowledged")
    assert (found["4"].date, found["4"].undated) == ("2010-07-16", True)
    assert "4" not in {f.sentence_id for f in semeval.extract_article(article, undated=False)}


def test_an_undated_statement_names_its_event_by_the_entitys_past_verb_or_a_reporting_verb():
    def word(tokens, entity):
        return semeval.told_words(tokens, semeval.names(tokens, semeval.aliases(entity)))

    assert word("Airbus has confirmed that there was a software glitch on its Airbus A400M military "
                "transplort plane 's maiden flight .", "Airbus") == ["confirmed"]
    assert word("Jobs welcomed everyone to the event and announced that there were 3,800 attendees .",
                "Steve Jobs") == ["welcomed"]
    assert word("`` We think it 's the future of notebooks , '' said Jobs .", "Jobs") == ["said"]
    assert word("`` We are going to move the digital hub into the cloud , '' said Apple CEO Steve Jobs .",
                "Steve Jobs") == ["said"]
    # a quotation, a state: no event the entity did
    assert word("`` Auto makers are pulling every lever in their effort to attract buyers , as evidenced "
                "by the new programs from Ford and GM .", "GM") == []
    assert word("The Boeing 777 is a family of long range widebody twin engine airliners .", "Boeing 777") == []


def test_an_undated_statement_looks_past_an_apposition_and_before_an_object_name():
    def word(tokens, entity):
        return semeval.told_words(tokens, semeval.names(tokens, semeval.aliases(entity)))

    assert word("150px Airbus , Europe 's biggest aircraft manufacturer , has announced 10,000 job cuts "
                "over the next four years .", "Airbus") == ["announced"]
    assert word("Aircraft manufacturer Boeing have unveiled their new 787 Dreamliner at their Everett "
                "Factory .", "Boeing 787 Dreamliner") == ["unveiled"]
    assert word("General Motors Corporation ( GM ) has posted its first annual loss since 1992 .",
                "General Motors") == ["posted"]
    assert word("Airbus is owned by European Aeronautic Defense & Space Company ( EADS ) .", "EADS") == []
    # the past perfect tells of some time before the news, on no day the article gives
    assert word("Boeing had previously hired Civilian Deputy Undersecretary of the Air Force for "
                "Acquisition Darleen Druyun .", "Boeing") == []


def test_a_reporting_verb_before_another_events_date_is_an_event_of_the_news_day():
    says = semeval.Found("5", "2", "The US automobile manufacturer Ford has said that it posted a net profit "
                         "of US$ 997 million in the third quarter of this year .", "2009-XX-XX", "on",
                         expression="the third quarter of this year", news_day="2009-11-03")
    assert semeval.system_timeline("Ford", [says]) == (
        semeval.Entry(1, "2009-XX-XX", ("5-2-posted",)), semeval.Entry(2, "2009-11-03", ("5-2-said",)))


def test_an_undated_sentence_tells_news_unless_its_main_clause_is_hedged_or_future():
    # what is reported may be future or hedged; the reporting is the news
    assert semeval.tells_news("Airbus has said they will continue with their tour of Asia demonstrating "
                              "the plane .")
    assert semeval.tells_news("In a ceremony attended by several European political leaders , Airbus "
                              "unveiled plans for the A380 , a twin-deck aircraft that can carry up to "
                              "840 passengers .")
    assert semeval.tells_news("Boeing says they have 800 orders at 200 million per aircraft .")
    assert not semeval.tells_news("The Ford Motor Company will cut 30,000 jobs and 14 plants as part of a "
                                  "restructuring plan to relieve Ford after a loss .")
    assert not semeval.tells_news("The Boeing 777 is a family of long range widebody twin engine airliners .")


def test_a_reporting_verb_in_the_news_present_is_the_undated_statements_event():
    tokens = "Boeing says they have 800 orders at 200 million per aircraft ."
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("Boeing"))) == ["says"]


def test_a_headline_the_body_does_not_date_takes_the_articles_news_day():
    # published 2006-01-27; the body dates GM's admission "Thursday night" (2006-01-26)
    headline = semeval.Found("31965", "0", "GM posts first annual loss since 1992", "2006-01-27", "on",
                             news_day="2006-01-26")
    assert semeval.system_timeline("General Motors", [headline]) == (
        semeval.Entry(1, "2006-01-26", ("31965-0-posts",)),)


def test_a_headline_telling_an_intention_has_no_event():
    tokens = "Fiat plans to buy majority stake in Chrysler"
    assert semeval.title_words(tokens, semeval.names(tokens, semeval.aliases("Fiat"))) is None
    tokens = "Boeing unveils long-range 777"
    assert semeval.title_words(tokens, semeval.names(tokens, semeval.aliases("Boeing"))) == ["unveils"]


def test_a_name_owning_the_speaker_does_not_make_the_speakers_words_the_entitys():
    tokens = ("`` They 're dealerships that are in most cases hurting , '' said GM 's sales , service , and "
              "marketing vice president Mark LaNeve .")
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("General Motors"))) == []
    tokens = ("I want to thank our teams , '' said Airbus President and Chief Executive Officer , Tom Enders .")
    assert semeval.names(tokens, semeval.aliases("Airbus")) is None


def test_he_refers_to_the_target_person_named_last_however_far_back():
    earlier = ("He emphasized that `` GM remains open for business '' during the bankruptcy period .",
               "Speaking to the press under safe harbor provisions of U.S. law , Henderson described the "
               "events of today as a `` defining moment '' in the history of General Motors .")
    stated = semeval.Found("127248", "10", "He stated that the plan for General Motors had the support of the "
                           "United Auto Workers union .", "2009-06-01", "on", undated=True,
                           news_day="2009-06-01", earlier=earlier)
    targets = ("Frederick Henderson", "Barack Obama", "General Motors")
    assert semeval.system_timeline("Frederick Henderson", [stated], targets) == (
        semeval.Entry(1, "2009-06-01", ("127248-10-stated",)),)
    assert semeval.system_timeline("Barack Obama", [stated], targets) == ()
    named_since = semeval.replace(stated, earlier=("Barack Obama presented a reorganization plan .",) + earlier)
    assert semeval.system_timeline("Frederick Henderson", [named_since], targets) == ()


def test_a_target_is_a_person_by_the_look_of_its_name():
    assert semeval.is_person("Louis Gallois") and semeval.is_person("Steve Jobs")
    assert not semeval.is_person("Singapore Airlines")
    assert not semeval.is_person("General Motors")
    assert not semeval.is_person("Boeing 777")


def test_a_headlines_event_noun_follows_a_light_verb_or_a_modifier():
    def word(tokens, entity):
        return semeval.title_words(tokens, semeval.names(tokens, semeval.aliases(entity)))

    assert word("A380 makes maiden flight to US", "Airbus A380") == ["flight"]
    assert word("Airbus A380 test flight delayed after accident", "Airbus A380") == ["flight"]
    assert word("Boeing pushes back 737 replacement development", "Boeing") == ["pushes_back"]
    assert word("Northrop Grumman and Airbus parent EADS defeat Boeing for $ 40 billion US airtanker contract",
                "EADS") == ["defeat"]  # a name ending in -ing is no event noun


def test_results_a_company_reports_are_its_event_when_they_are_the_subject():
    tokens = "Ford Motor Company sales dropped 42 % last month from the previous year ."
    assert semeval.event_words(tokens, semeval.names(tokens, semeval.aliases("Ford")))[0] == "sales"
    tokens = "Ford 's sales were significantly influenced by a 74 % increase in fleet sales to businesses ."
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("Ford"))) == ["sales"]
    tokens = "Ford posted an annual profit for the last year of US$ 2.7 billion ."
    assert semeval.result_noun(tokens, semeval.names(tokens, semeval.aliases("Ford"))) is None


def test_a_makers_name_before_its_products_names_the_products():
    assert semeval.names("Aer Lingus buys twelve new long-haul Airbus jets", ("Airbus",)) is None
    assert semeval.names("Aeroflot 's current fleet of Boeing and Airbus aircraft was built during the "
                         "Soviet era .", ("Airbus",)) is None
    assert semeval.names("Apple released the program in response to complaints that it had not taken "
                         "necessary measures to prevent hearing loss in iPod users .", ("iPod",)) is None


def test_he_is_no_companys_and_it_no_persons():
    announced = semeval.Found("1664", "14", "He also announced that QuickTime 7 would be soon available for "
                              "Windows .", "2005-06-06", "on", undated=True, news_day="2005-06-06",
                              previous="Jobs said the iPod had sold well .")
    assert semeval.refers_to(announced, semeval.aliases("iPod")) is None
    signed = semeval.Found("7", "5", "It signed the agreement in Paris on June 15 .", "2009-06-15", "on",
                           previous="Louis Gallois met China Eastern Airlines .")
    assert semeval.refers_to(signed, semeval.aliases("Louis Gallois"), other_people=()) is None
    assert semeval.refers_to(signed, semeval.aliases("China Eastern Airlines")) is not None


def test_a_detail_sentence_telling_news_of_its_own_is_also_told_on_the_news_day(tmp_path):
    article = _article(tmp_path, "2005-04-27", [
        "Biggest passenger jet makes first flight",
        "April 27 , 2005",
        "The S900 was unveiled in January 2005",
        "The biggest passenger jet ever built , the Skyway S900 , has made its maiden flight after "
        "taking off from Seattle ."])
    found = [f for f in semeval.extract_article(article, undated=True) if f.sentence_id == "3"]
    assert found[0].tokens.startswith("The biggest passenger jet ever built , the Skyway S900 , has made")
    assert {(f.date, f.detail, f.undated) for f in found} == {("2005-01-XX", True, False),
                                                              ("2005-04-27", False, True)}


def test_an_apposition_between_a_clause_opening_name_and_its_verb_is_skipped():
    def word(tokens, entity):
        return semeval.told_words(tokens, semeval.names(tokens, semeval.aliases(entity)))

    assert word("Scott Carson , president and CEO of Boeing Commercial Airplanes said , `` This has been "
                "a wonderful and exciting day . ''", "Scott Carson") == ["said"]
    assert word("European aircraft manufacturer , Airbus , has won an order from Qatar Airways for up to "
                "60 of its new mid-sized A350 jets .", "Airbus") == ["won"]
    # a name inside another's apposition or after a preposition is not the subject
    assert word("European Aeronautic Defence & Space NV ( EADS ) , the parent company of European "
                "airframer Airbus , has won a £ 13 billion contract .", "Airbus") == []
    assert word("Speaking for Apple Corps , manager Neil Aspinall said , `` we consider he has reached the "
                "wrong conclusion . ''", "Beatles Apple Corps") == []


def test_a_short_name_the_text_defines_in_brackets_names_the_entity():
    found = [semeval.Found("1", "2", "In his speech , the Prime Minister applauded Singapore Airlines ( SIA ) "
                                     "- the recipient carrier .", "2007-10-17", "on"),
             semeval.Found("2", "2", "EADS has won a contract to supply the United Kingdom 's Royal Air Force "
                                     "( RAF ) with aerial tankers .", "2008-03-27", "on")]
    assert semeval.defined_abbreviations(semeval.aliases("Singapore Airlines"), found, set()) == ("SIA",)
    assert semeval.defined_abbreviations(semeval.aliases("United States Air Force"), found, set()) == ()


def test_a_name_before_whose_owns_what_does_the_event():
    tokens = ("The 787 illustrates the differing strategies adopted by Boeing and Airbus whose double-decker "
              "A380 first flew in April 2005 .")
    assert semeval.names(tokens, ("Airbus",)) is None


def test_a_description_of_a_thing_refers_to_a_product_not_its_maker():
    greeted = semeval.Found("82597", "3", "The aircraft was greeted by some 400 guests .", "2007-10-17", "on",
                            previous="the first Airbus A380 landed at Singapore 's Changi International Airport .")
    assert semeval.refers_to(greeted, semeval.aliases("Airbus A380")) is not None
    assert semeval.refers_to(greeted, semeval.aliases("Airbus")) is None


def test_a_verb_well_before_the_name_is_another_participants_event():
    # corpus_1 73808-14: the letter was Boeing's to receive, nothing Airbus did
    tokens = "Earlier in the day , Boeing received a congratulatory letter from Airbus ."
    assert semeval.event_words(tokens, semeval.names(tokens, semeval.aliases("Airbus"))) == []
    assert semeval.event_words(tokens, semeval.names(tokens, semeval.aliases("Boeing")))[0] == "received"


def test_a_reporting_verb_in_the_news_present_is_told_on_the_news_day():
    # corpus_1 73808-7: gold dates "claims" by the article's news day
    tokens = ("Boeing claims that the resulting reduction of weight compared to the traditional "
              "aluminium will offer enhanced fuel efficiency .")
    assert semeval.tells_news(semeval.detokenize(tokens))
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("Boeing"))) == ["claims"]


def test_a_verb_of_beginning_or_a_light_verb_yields_to_its_event_noun():
    # corpus_1 3835-7 (gold: production) and trial 18315-9 (gold: appearance)
    tokens = "Boeing will begin production in 2006 and the aircraft should enter airline service in 2008 ."
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("Boeing"))) == "production"
    tokens = "He briefly made an appearance in March and June to unveil the iPad 2 and the iCloud ."
    assert semeval.event_word(tokens, len("He")) == "appearance"


def test_the_verb_after_an_apposition_is_the_subjects_event():
    # corpus_2 127461-2 (gold: announced); in 127248-2 General Motors is in another's apposition
    tokens = ("General Motors Corporation ( GM ) , an American automaker which has filed for bankruptcy "
              "protection , announced on Friday that the Penske Automotive Group will buy Saturn .")
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("General Motors"))) == "announced"
    tokens = ("In a New York press conference at 16:15 UTC , June 1st , Fritz Henderson , the Chief "
              "Executive Officer of General Motors , which filed for bankruptcy and Chapter 11 protection "
              "from its creditors earlier that day , outlined the plan .")
    assert semeval.event_word(tokens, semeval.names(tokens, semeval.aliases("General Motors"))) == "filed"


def test_a_description_of_any_kind_of_organisation_refers_back():
    # the kinds of organisation news describes, not only the dev corpora's airlines and makers
    found = semeval.Found("7", "6", "The union rejected the offer on Friday .", "2008-12-12", "on",
                          previous="The UAW met Chrysler negotiators in Detroit on Thursday .")
    assert semeval.refers_to(found, semeval.aliases("United Auto Workers")) is not None
    found = semeval.Found("8", "4", "The bank posted a loss of $ 2 billion on Tuesday .", "2008-09-16", "on",
                          previous="Barclays said on Monday it would close 40 branches .")
    assert semeval.refers_to(found, semeval.aliases("Barclays")) is not None


def test_the_present_progressive_tells_what_goes_on_on_the_news_day():
    # corpus_2 120554-10 (gold: attempting, on the publication date)
    tokens = ("GM is also attempting to engineer a debt-for-equity swap , reducing its liabilities from "
              "$ 27.5 billion in unsecured debt to $ 9.2 billion .")
    assert semeval.tells_news(semeval.detokenize(tokens))
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("General Motors"))) == ["attempting"]


def test_a_shorter_alias_inside_a_refused_mention_is_the_same_mention():
    # "Shares of Morgan Stanley" are the shares; "Stanley" inside it is no second mention
    aliases = semeval.aliases("Morgan Stanley")
    assert "Stanley" in aliases
    assert semeval.names("Shares of Morgan Stanley dropped 11 % on Monday .", aliases) is None
    assert semeval.names("Morgan Stanley said it would cut 2,000 jobs .", aliases) is not None


def test_a_market_move_is_its_verb_not_a_phrasal_verb():
    tokens = "On Wall Street , the Nasdaq Composite index closed down 3.6 % ."
    assert semeval.told_words(tokens, semeval.names(tokens, semeval.aliases("Nasdaq Composite"))) == ["closed"]
    assert semeval.phrasal("rolled", ["out", "the", "first"]) == "rolled_out"
    tokens = "The index had risen 1.2 % on Friday ."
    assert semeval.event_word(tokens, len("The index")) == "risen"


def test_a_system_id_repeated_more_often_than_the_gold_has_it_is_an_event_of_its_own():
    system = semeval.parse_timeline("1\t2005-01-18\td-1-launched\n2\t2005-06-13\td-1-launched\n")
    _, events, times = semeval.gold_links(GOLD)
    assert semeval.system_links(system, events, times) == [
        ("ei1", "t0", "SIMULTANEOUS"), ("sys1", "t1", "SIMULTANEOUS"), ("ei1", "sys1", "BEFORE")]


def test_an_entity_is_simultaneous_with_itself():
    links, _, _ = semeval.gold_links(GOLD)
    points = semeval.graph(links).points
    assert points.relation("ei1", "ei1", "SIMULTANEOUS") is True
    assert points.relation("ei1", "ei1", "BEFORE") is False
