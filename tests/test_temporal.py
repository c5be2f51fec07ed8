import datetime as dt

from timeline.temporal import tag

DCT = dt.date(2023, 11, 25)
SEED_SENTENCE = ("This point was underlined when US and coalition forces in Iraq and Syria faced "
                 "four separate attacks on Thanksgiving Day.")


def values(text, dct=DCT):
    return [(t.text, t.value) for t in tag(text, dct)]


def test_past_tense_thanksgiving_resolves_before_publication():
    [timex] = tag(SEED_SENTENCE, DCT)
    assert (timex.text, timex.value, timex.rule) == ("Thanksgiving Day", "2023-11-23", "holiday")
    assert "2023-11-25" in timex.reason and timex.anchor == "2023-11-25"


def test_title_date_without_year_resolves_against_dct():
    assert values("Skepticism from Resistance Groups, 25 NOV") == [("25 NOV", "2023-11-25")]


def test_past_tense_weekday_is_the_latest_before_the_dct():
    assert values("Gunmen attacked an SDF checkpoint on Saturday.", dt.date(2024, 4, 16)) == [
        ("Saturday", "2024-04-13")]


def test_next_weekday_is_ahead_of_the_dct():
    assert values("Workers will return next Monday.", dt.date(2024, 10, 25)) == [
        ("next Monday", "2024-10-28")]


def test_two_days_later_chains_off_the_last_mentioned_date():
    text = "The storm hit on 28 August 2024. Two days later the water receded."
    assert values(text, dt.date(2024, 9, 3))[-1] == ("Two days later", "2024-08-30")


def test_last_week_is_an_iso_week():
    assert values("Prices rose last week.", dt.date(2024, 3, 5)) == [("last week", "2024-W09")]


def test_eid_al_fitr_comes_from_the_holidays_calendar():
    assert values("The truce took effect on the first day of Eid al-Fitr.", dt.date(2024, 4, 16))[0][1] \
        == "2024-04-10"


def test_impossible_dates_give_no_value():
    assert values("It happened on 31 February 2023.") == []
    assert all(not v.startswith("9999") for _, v in values("In the year 99999 nothing."))


def test_durations_and_sets_are_typed():
    found = {t.text: (t.type, t.value) for t in tag("Talks lasted three years and meet every Monday.", DCT)}
    assert found["three years"] == ("DURATION", "P3Y")
    assert found["every Monday"] == ("SET", "XXXX-WXX-1")


def test_offsets_index_the_input_exactly():
    text = "Résumé: on 4 April, then\r\nyesterday 🙂 and Thanksgiving."
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text


def test_odd_input_never_raises():
    for text in ("", "\x00\x01\x02", "}{)(*&^%", "9" * 10000, "May May May 31 31 31", "the " * 5000):
        tag(text, DCT)


def test_capitalised_trigger_word_matches_only_as_written():
    from timeline.temporal import compiled_rules
    from timeline.temporal.engine import trigger_hits
    table = compiled_rules()
    hits = trigger_hits("one day on Labor Day", table.forms, table.digit_keys)
    assert hits["Day"] == [(17, 20)] and hits["day"] == [(4, 7), (17, 20)]


def test_month_names_in_lower_case_wake_no_month_rule():
    assert values("Officials may march on.") == []


def test_digit_trigger_key_can_name_the_character_after_the_digits():
    from timeline.temporal.engine import digit_scanner, trigger_hits
    keys = frozenset({"#4", "#2:", "#1/"})
    hits = trigger_hits("at 10:30 on 3/14 in 1998, 12 of 75 and 22:", {}, keys, None, digit_scanner(keys))
    assert hits == {"#2:": [(3, 5), (39, 41)], "#1/": [(12, 13)], "#4": [(20, 24)]}
    assert trigger_hits("at 10:30 on 3/14 in 1998, 12 of 75 and 22:", {}, keys) == hits


def test_word_scanner_finds_whole_words_only():
    from timeline.temporal.engine import scan_words, word_scanner
    forms = {"May": "May", "Monday": "Monday", "Mon": "Mon", "day": "day", "Day": "Day"}
    scanner = word_scanner(forms)
    text = "Mayor Monday Mon day days 4day Mondays"
    assert [word for _, _, word in scan_words(scanner, text, forms)] == ["Monday", "Mon", "day", "day"]
    opening = "Monday, May day"  # a word at the very start has no character before it
    assert [(s, e) for s, e, _ in scan_words(scanner, opening, forms)] == [(0, 6), (8, 11), (12, 15)]
    # the scan reads lower-cased text but keeps only forms as written: "may" and "DAy" are none
    assert [word for _, _, word in scan_words(scanner, "they may march on Labor Day, not DAy", forms)] == ["Day"]
    # a text that lower-casing lengthens ("İ") is read word by word, at the same offsets
    odd = "İstanbul, Monday"
    assert [(s, e, w) for s, e, w in scan_words(scanner, odd, forms)] == [(10, 16, "Monday")]


def test_first_character_guard_lists_every_possible_first_character():
    import re
    from timeline.temporal.engine import first_character_guard
    assert first_character_guard(r"\b(?:the\s+)?(?P<n>\d+|one|two)\s+days\b") == "(?=[\\dot])"
    assert first_character_guard(r"\b(?:x)?") == ""  # may match nothing: no guard
    assert first_character_guard(r"\b.day") == ""  # any character may start it
    assert first_character_guard(r"Monday") == ""  # a literal start is skipped to by the regex engine
    assert first_character_guard(r"\bmay", re.I) == ""  # case folded: no guard


def test_impossible_date_in_body_text_is_reported_as_a_warning():
    from timeline.temporal import tag_with_problems
    text = "Talks opened on Monday.\nThe deal was signed on 31 February and ratified in March 2021."
    timexes, problems = tag_with_problems(text, DCT, path="seeds/x.txt")
    assert timexes == tag(text, DCT)
    assert "31 February" not in [t.text for t in timexes]
    assert [str(p) for p in problems] == [
        "seeds/x.txt:2: warning: impossible date '31 February' left untagged: no such day"]


def test_impossible_date_after_a_clock_is_reported_not_moved():
    from timeline.temporal import tag_with_problems
    for text, expression in (("Officials met at 9am on 31 February 2021 in Cairo.", "9am on 31 February 2021"),
                             ("Officials met at 9am on 31 February.", "9am on 31 February")):
        timexes, problems = tag_with_problems(text, DCT, path="seeds/x.txt")
        assert timexes == ()
        assert [p.message for p in problems] == [f"impossible date {expression!r} left untagged: no such day"]


def test_a_clock_before_a_date_explains_it_as_the_date_alone_does():
    [timex] = tag("Talks began at 9am on Tuesday 2 February 2021.", DCT)
    assert (timex.value, timex.reason, timex.anchor) == (
        "2021-02-02T09:00", "a time on the expression gives day, month and year", None)


def test_possible_dates_give_no_problem():
    from timeline.temporal import tag_with_problems
    assert tag_with_problems("It was signed on 29 February 2024.", DCT)[1] == ()


def test_a_live_pages_time_stamps_are_no_years_but_future_years_stay():
    # BBC's live page of the Haiti earthquake (Timeline17), published January 2010: entries
    # open with a 24-hour clock, and one ran into the end of the entry before it
    live = ("Haitian Public Health Minister Alex Larsen had told a news conference that 50,000 people "
            "had been killed and 250,000 injured 2032 Gen Douglas Fraser, the commander of US "
            "SOUTHCOM, says around 90 aid flights a day are landing at Port-au-Prince's airport.")
    assert [t.text for t in tag(live, dt.date(2010, 1, 20))] == []
    planned = tag("The 2032 Olympics were awarded to Brisbane. By 2040 Haiti hopes to rebuild.",
                  dt.date(2010, 1, 20))
    assert [(t.text, t.value) for t in planned] == [("2032", "2032"), ("2040", "2040")]
