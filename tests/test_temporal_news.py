"""The tagger on real news sentences: TimeML extents, values by tense, chains, holidays, speed.

Sentences come from the TempEval-3 training data (wire and WSJ copy), the development seeds and
the issue's examples; each test checks one behaviour.
"""
import datetime as dt

from timeline.temporal import tag


def found(text, dct):
    return [(t.text, t.value) for t in tag(text, dct)]


def typed(text, dct):
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


# --- weekdays, months and years -----------------------------------------------------------------

def test_weekday_of_the_publication_day_is_the_publication_day():
    # wire copy filed on a Friday says "Friday" for that same day
    assert found("Sales fell, the company said Friday.", dt.date(1998, 2, 13)) == [("Friday", "1998-02-13")]


def test_weekday_leaves_out_earlier_as_tbaq_does():
    assert found("Earlier Saturday, police said two men were held.", dt.date(2023, 11, 25)) == [
        ("Saturday", "2023-11-25")]


def test_month_day_said_in_october_about_december_is_this_december():
    # a past-tense cue cannot reach back eleven months: the nearest December wins
    assert found("The company said the payment was set for Dec. 15.", dt.date(1989, 10, 31)) == [
        ("Dec. 15", "1989-12-15")]


def test_a_day_whose_own_verb_is_past_reaches_back_a_whole_year():
    # 304 days back is past the tense cues' usual reach; the nearest 25 January was ahead of the
    # article, a future date for a past event
    assert found("Protests began on 25 January and spread to Suez.", dt.date(2023, 11, 25)) == [
        ("25 January", "2023-01-25")]
    assert found("He died on Easter, his family said.", dt.date(2013, 3, 20))[0] == ("Easter", "2012-04-08")
    assert found("On February 8, the family vehicle was found in a parking lot.",
                 dt.date(2011, 2, 1)) == [("February 8", "2010-02-08")]


def test_a_day_after_was_or_a_participle_clause_keeps_the_nearest():
    # reported speech shifts a day still ahead into the past; "published on" is a book to come
    assert found('He was told the next available landing slot "was on 9 February".',
                 dt.date(2010, 1, 26)) == [("9 February", "2010-02-09")]
    assert found("This is an edited extract from Baghdad Burning, by Riverbend, published on July 4 "
                 "by Marion Boyars.", dt.date(2005, 6, 18)) == [("July 4", "2005-07-04")]


def test_bare_year_is_a_date_but_prices_and_counts_are_not():
    assert found("The 1998 law was repealed.", dt.date(2013, 3, 22)) == [("1998", "1998")]
    assert found("It cost $1998 and sold 1998 shares.", dt.date(2013, 3, 22)) == []


def test_a_range_of_counts_is_no_pair_of_years():
    # Timeline17, Reuters 2011-08-22: a range from before 1500 that spans a millennium counts
    text = ("His indiscriminate shelling of Misrata had already killed between 1000 and 2000 by last "
            "April , , and it continued all summer .")
    assert found(text, dt.date(2011, 8, 22)) == [("last April", "2011-04")]
    # the second number counts what follows, or is written as no year is
    assert found("between 1500 and 2000 troops were sent", dt.date(2011, 8, 22)) == []
    assert found("the camp grew from 1200 to 3,400 , officials said", dt.date(2011, 8, 22)) == []


def test_hundreds_name_a_century_and_a_tokenised_decade_keeps_its_apostrophe():
    # Timeline17, CNN 2011-03-12 and Reuters 2011-08-22: "the 1700 's" was the year 1700
    text = "In the Emirates , all their ruling families all go back to the 1700 's , too ."
    assert found(text, dt.date(2011, 3, 12)) == [("the 1700 's", "17")]
    text = "Benedict Anderson dates the nation - state to the late 1700s , and even if it were a bit earlier"
    assert found(text, dt.date(2011, 8, 22)) == [("the late 1700s", "17")]
    # CNN 2011-03-21: a decade, not the year 1960
    text = "Civil rights and anti war protesters in the 1960 's were shot and killed by police"
    assert found(text, dt.date(2011, 3, 21)) == [("the 1960 's", "196")]
    # CNN 2011-01-26: "1000s" are thousands
    text = "We 're not experts on how Twitter is being used in highly developing situations 1000s of miles from our HQ"
    assert found(text, dt.date(2011, 1, 26)) == []


def test_years_listed_or_spanning_modern_times_stay_years():
    # Timeline17: CNN 2011-03-21 and 2011-07-16; the Guardian 2005-01-15
    assert found("Where were they in 2003 and 2001 ?", dt.date(2011, 3, 21)) == [("2003", "2003"), ("2001", "2001")]
    text = "based on 323 cases of armed and unarmed opposition campaigns between 1900 and 2006 ,"
    assert found(text, dt.date(2011, 7, 16)) == [("1900", "1900"), ("2006", "2006")]
    text = "Hammurabi , who ruled from 1792 to 1750BC , and introduced the world 's first code of law"
    assert [value for _, value in found(text, dt.date(2005, 1, 15))][:1] == ["1792"]


def test_a_year_range_after_in_is_two_years_however_long():
    # a Timeline17 backgrounder; "in 2009-11" stays November 2009 (the second part is no month here)
    assert found("Lebanon was torn apart by civil war in 1975-90 .", dt.date(2011, 2, 10)) == [
        ("1975", "1975"), ("90", "1990")]


def test_a_month_with_an_apostrophe_year_is_that_years_month():
    # was "Nov." as the article's year's November
    assert found("Rightful winners of Nov. '03 jackpot getting paid", dt.date(2010, 1, 13)) == [
        ("Nov. '03", "2003-11")]


def test_spelled_out_year_in_a_transcript():
    assert found("He was born in nineteen ninety-six.", dt.date(2013, 3, 22)) == [
        ("nineteen ninety-six", "1996")]


def test_fiscal_year_keeps_fiscal_in_the_extent():
    assert found("It expects sales in fiscal 1990 to rise.", dt.date(1989, 11, 2)) == [
        ("fiscal 1990", "1990")]


# --- quarters and earnings copy -------------------------------------------------------------------

EARNINGS = ("Net income rose 12% in the third quarter. In the year-ago quarter, the company lost "
            "money. Revenue was flat from a year earlier.")


def test_year_ago_quarter_is_the_quarter_under_discussion_a_year_back():
    assert found(EARNINGS, dt.date(1989, 11, 2)) == [
        ("the third quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3"),
        ("a year earlier", "1988-Q3")]


def test_hyphenated_quarter_adjective_is_tagged_without_its_article():
    assert found("The third-quarter loss widened.", dt.date(1989, 11, 2)) == [
        ("third-quarter", "1989-Q3")]


def test_quarter_with_year_before_it():
    assert found("Profit fell from the 1988 second quarter.", dt.date(1989, 11, 2)) == [
        ("the 1988 second quarter", "1988-Q2")]


# --- durations ------------------------------------------------------------------------------------

def test_hyphenated_duration_leaves_out_the_article():
    assert typed("The 30-day review ended.", dt.date(1989, 11, 2)) == [("30-day", "DURATION", "P30D")]


def test_the_night_told_far_from_the_last_day_and_from_the_article_names_no_day():
    # a BBC Haiti live page of 2010-01-14 had last named 12 May 2008 (China's earthquake)
    text = ("A girl was pulled out alive after the quake of 12 May 2008 . She was treated in Beijing . "
            "Rescuers went on working . `` It was a small , small miracle during the night , '' he said .")
    assert found(text, dt.date(2010, 1, 14)) == [("12 May 2008", "2008-05-12")]


def test_the_night_after_a_day_named_just_before_is_that_days():
    assert found("Police came on 2 February 2009 . During the night , shops were looted .",
                 dt.date(2011, 2, 10)) == [("2 February 2009", "2009-02-02"), ("the night", "2009-02-02TNI")]


def test_a_night_time_curfew_is_no_time_of_day():
    assert found("soldiers loot shops during the night-time curfew", dt.date(2005, 4, 27)) == []


def test_a_live_entry_above_one_stamped_the_next_day_is_of_that_day():
    # CNN's live page of Thursday 10 February 2011, newest entry first: "said Friday" under an
    # unstamped "Update 6:01 p.m." read 2011-02-04, the Friday before the page
    text = ("-LRB- Update 6:01 p.m. in Cairo , 11:01 a.m. ET -RRB- Protesters chanted `` Egypt is free ! '' "
            "upon hearing the news of Hosni Mubarak 's resignation on Friday .\n"
            "-LRB- Update 11:02 a.m. Friday in Cairo , 4:48 a.m. Friday ET -RRB- Egyptian state TV said "
            "an important statement would come soon .\n"
            "-LRB- Update 8:02 a.m. Friday in Cairo , 1:02 a.m. Friday ET -RRB- Anti-government "
            "protesters gathered in Tahrir Square .\n")
    fridays = [t.value for t in tag(text, dt.date(2011, 2, 10)) if t.text == "Friday"]
    assert fridays == ["2011-02-11"]


def test_ages_are_not_durations():
    assert found("A 6-year-old boy and a man 44 years old were hurt.", dt.date(2013, 3, 22)) == []


def test_a_day_named_for_an_occasion_is_no_length_of_time():
    # CNN 2011-01-25 on Beirut: was P1D; "three days of mourning" and a day spent fighting stay lengths
    assert found("Hezbollah opponents declared a day of rage after the group 's choice was tapped .",
                 dt.date(2011, 1, 25)) == []
    assert found("The government declared three days of mourning after a day of heavy fighting .",
                 dt.date(2011, 1, 25)) == [("three days", "P3D"), ("a day", "P1D")]


def test_ages_in_a_capitals_headline_are_not_durations():
    # was P11Y: "-old" was matched in lower case only
    assert found("HAITI : RESCUERS PULL 11-YEAR-OLD GIRL FROM RUBBLE", dt.date(2010, 1, 16)) == []


def test_decades_are_counted_in_years():
    assert found("Prices rose for two decades.", dt.date(2013, 3, 22)) == [("two decades", "P20Y")]


def test_half_units_are_added():
    assert found("The trial lasted 2 1/2 years.", dt.date(2013, 3, 22)) == [("2 1/2 years", "P2Y6M")]


def test_duration_before_an_event_is_a_duration():
    assert typed("The state declared an emergency two days before the storm came ashore.",
                 dt.date(2024, 8, 29)) == [("two days", "DURATION", "P2D")]


def test_recent_weeks_leave_out_the_preposition():
    assert typed("Prices rose in recent weeks.", dt.date(2013, 3, 22)) == [
        ("recent weeks", "DURATION", "PXW")]


# --- chains ---------------------------------------------------------------------------------------

def test_following_month_steps_from_the_month_last_named():
    assert found("The plant closed in March 2019. The following month, workers protested.",
                 dt.date(2023, 11, 25)) == [("March 2019", "2019-03"), ("The following month", "2019-04")]


def test_later_that_year_is_the_year_last_named():
    assert found("The plant opened in March 2019 and closed later that year.",
                 dt.date(2023, 11, 25))[-1] == ("later that year", "2019")


def test_the_next_day_or_year_looked_ahead_to_begins_at_the_article():
    # Timeline17: a step ahead after "in/within/over" and a word that looks ahead is a period from
    # the article's date, not one chained to a date told long before (Reuters 2011, BBC 2010)
    text = ("In 2008 the jobless rate rose. There is no magic bullet that would drive unemployment "
            "down to 5 percent in the next year , '' said Joel Prakken .")
    assert found(text, dt.date(2011, 9, 9))[-1] == ("the next year", "2012")
    text = ("The field was shut on Aug. 1 . The NOC plans to resume marketing within the next month , "
            "although some subsidiaries have expressed resistance .")
    assert found(text, dt.date(2011, 10, 7))[-1] == ("the next month", "2011-11")
    text = ("The airport reopened on Wednesday . Mr Holmes said the UN expected to resolve problems with "
            "bringing in fuel from the Dominican Republic in the next day or two .")
    assert found(text, dt.date(2010, 1, 18))[-1] == ("the next day", "2010-01-19")
    # near misses: a past narrative's "over the next week" and a plan's "the following day" chain,
    # and so does a report dated in its own sentence (review of 3244179)
    assert found("On Jan. 25 , officials said they could restore power within the next day or two .",
                 dt.date(2011, 2, 3))[-1] == ("the next day", "2011-01-26")
    assert found("In March 2009 , the company said it expected to hire 500 workers over the next year .",
                 dt.date(2011, 9, 9))[-1] == ("the next year", "2010")
    assert found("The ceasefire began on 2 March. Over the next week, 50 people died.",
                 dt.date(2013, 3, 21))[-1] == ("the next week", "2013-W10")
    assert found("He will arrive on March 25 and leave within the next week.",
                 dt.date(2013, 3, 21))[-1] == ("the next week", "2013-W14")


def test_the_day_after_an_event_is_the_day_its_sentence_told():
    # Timeline17: news dates what it tells first, then names the event before it
    text = ("Algeria is to close the southern part of its border with Libya , a local newspaper reported "
            "on Tuesday , the day after Algeria angered Libya 's new rulers by giving safe haven to Gaddafi 's wife .")
    assert found(text, dt.date(2011, 8, 30)) == [("Tuesday", "2011-08-30"), ("the day after", "2011-08-30")]
    text = "It would be enforced from Friday until Monday , the day after voting ."
    assert found(text, dt.date(2005, 1, 26))[-1] == ("the day after", "2005-01-31")
    text = ("Ban told the 15-member body Friday . The session Saturday comes the day after Libyan Ambassador "
            "Mohamed Shalgam made an impassioned appeal .")
    assert found(text, dt.date(2011, 2, 26))[-1] == ("the day after", "2011-02-26")
    # near misses: at the sentence's start, and alone, it is the day after the last date
    assert found("The rebels took the town on 2 March . The day after Obama spoke , they lost it .",
                 dt.date(2013, 3, 21))[-1] == ("The day after", "2013-03-03")
    assert found("The song will be available on 7 February and on CD single the day after .",
                 dt.date(2010, 1, 28))[-1] == ("the day after", "2010-02-08")


def test_a_past_next_day_after_the_article_counts_from_an_undated_event():
    # Timeline17: with no date told before it but the article's, a past "the next day" is a step
    # from an event the text does not date; it cannot lie after the article
    text = "Perhaps they were somehow ashamed . '' The next day he was asked to sign a form ."
    assert typed(text, dt.date(2005, 5, 27)) == [("The next day", "DATE", "XXXX-XX-XX")]
    text = "I asked Libya 's prime minister about these reports at a news conference the next day ."
    assert typed(text, dt.date(2011, 8, 16)) == [("the next day", "DATE", "XXXX-XX-XX")]
    text = "Fearing retaliation , no top NTC members were present at Younes ' funeral the next morning ."
    assert typed(text, dt.date(2011, 8, 18)) == [("the next morning", "TIME", "XXXX-XX-XXTMO")]
    # near misses: a period from the article said in the past, and a step from a date told
    assert found("The big worry over the next month , he said , is that the regime simply collapses .",
                 dt.date(2011, 8, 18)) == [("the next month", "2011-09")]
    assert found("He was arrested on Monday and released the next day .", dt.date(2011, 8, 18)) == [
        ("Monday", "2011-08-15"), ("the next day", "2011-08-16")]


def test_a_past_that_morning_after_a_day_ahead_counts_from_an_undated_event():
    # Timeline17, Guardian 2005-09-18: "that morning" chained to "Tomorrow" of a sentence before
    text = ("The event had been arranged as part of his American book tour . Tomorrow in Chicago he is "
            "speaking with Jane Fonda , a partnership that may prove awkward . Hitchens began his proposal by "
            "calling for a minute 's silence for the 160 Iraqis murdered that morning in Baghdad by al-Qaeda .")
    assert typed(text, dt.date(2005, 9, 18))[-1] == ("that morning", "TIME", "XXXX-XX-XXTMO")
    # near miss: a day ahead in the same clause ("repeated ... the same day") stays that day
    text = ("It will be shown live on MTV from 0100 GMT on Saturday , 23rd January , and repeated at 0900 GMT "
            "the same day .")
    assert found(text, dt.date(2010, 1, 22))[-1] == ("the same day", "2010-01-23")


def test_the_next_day_is_no_cue_of_the_future():
    # Timeline17, a reader's comment of 2010-01-18: "next" in "the next day" made the weekdays
    # around it next week's
    text = ("a credit to China , earthquake Tuesday , they flew out the next day , Wednesday , and in early "
            "morning hrs of Thursday were already there .")
    assert [(t.text, t.value) for t in tag(text, dt.date(2010, 1, 18)) if t.rule == "weekday"] == [
        ("Tuesday", "2010-01-12"), ("Wednesday", "2010-01-13"), ("Thursday", "2010-01-14")]


def test_a_month_ending_a_past_since_clause_is_the_latest_before_the_article():
    # Timeline17, BBC 2012: the start of a "since" lies behind, however far (was next month)
    text = ("Activists say more than 7,000 people have been killed by Syrian security forces since the "
            "uprising began in March .")
    assert found(text, dt.date(2012, 2, 3)) == [("March", "2011-03")]
    text = "More than 5,000 civilians have been killed since anti-government protests erupted in Syria in March ."
    assert found(text, dt.date(2012, 1, 14)) == [("March", "2011-03")]
    assert found("He has not been seen since he fled on March 3 .", dt.date(2012, 2, 3)) == [("March 3", "2011-03-03")]
    # near misses: a plan after a dash, and a "since" that gives a reason
    text = ("The family has ruled since its independence from France in 1977 - to step down ahead of "
            "the elections scheduled in April .")
    assert found(text, dt.date(2011, 2, 21))[-1] == ("April", "2011-04")
    assert found("Since the election is in April , parties are campaigning .", dt.date(2012, 2, 3)) == [
        ("April", "2012-04")]


def test_until_a_month_with_no_tense_is_the_one_ahead():
    # Timeline17, CNN 2011-01-30: a wait with no tense cue ends ahead (was the nearest, 2010-09)
    text = "Do you see a group willing to wait until September to get rid of Hosni Mubarak ?"
    assert found(text, dt.date(2011, 1, 30)) == [("September", "2011-09")]
    # near miss: a past wait keeps its tense
    assert found("They waited until September to act .", dt.date(2011, 1, 30)) == [("September", "2010-09")]


def test_a_clocks_day_after_pm_stays_in_its_sentence():
    # Timeline17, CNN 2011-01-30 (a Sunday): "p.m. Monday" was cut as a sentence's end, so
    # "8 a.m. Tuesday" lost the "will" before it and became last Tuesday
    text = ("The curfew will run from 3 p.m. Monday to 8 a.m. Tuesday -LRB- 8 a.m. ET Monday to 1 a.m. ET "
            "Tuesday -RRB- .")
    assert found(text, dt.date(2011, 1, 30)) == [
        ("3 p.m. Monday", "2011-01-31T15:00"), ("8 a.m. Tuesday", "2011-02-01T08:00"),
        ("8 a.m. ET Monday", "2011-01-31T08:00"), ("1 a.m. ET Tuesday", "2011-02-01T01:00")]
    # near miss: before any other capitalised word "p.m." still ends the sentence
    assert found("Talks will resume at 5 p.m. Officials met on Monday .", dt.date(2011, 3, 30)) == [
        ("5 p.m.", "2011-03-30T17:00"), ("Monday", "2011-03-28")]


def test_the_day_before_an_event_is_the_day_its_sentence_told():
    # Timeline17, CNN 2011-02-12: as "the day after" an event (c0009e2); the day before Mubarak
    # resigned was that Thursday, not the Wednesday before it
    text = ("This was on Thursday , the day before Mubarak resigned , the day he went on national TV to say "
            "he was n't stepping down .")
    assert found(text, dt.date(2011, 2, 12))[:2] == [("Thursday", "2011-02-10"), ("the day before", "2011-02-10")]
    # near miss: "the day before" as the subject of its verb is the day before the last date
    text = "The bulletin came on Friday . The same network the day before had carried his speech ."
    assert found(text, dt.date(2011, 2, 12))[-1] == ("the day before", "2011-02-10")


def test_a_step_with_a_date_in_apposition_is_that_date():
    # Timeline17: the date written beside "that day", "the next day" names the day it lands on
    text = ('Mr. Ghonim wrote on his Facebook profile after two days of swelling protests in Cairo on '
            'January 25 . The next day , Jan. 28 , he disappeared .')
    assert found(text, dt.date(2011, 2, 7))[-2:] == [("The next day", "2011-01-28"), ("Jan. 28", "2011-01-28")]
    text = ("The vote came on March 30 . That day , March 17 , Clinton had just come out of a television studio .")
    assert found(text, dt.date(2011, 4, 1))[1] == ("That day", "2011-03-17")
    # near miss: a number after the comma that names no day
    assert found("He was arrested on 25 January . The next day , 2,000 people marched .",
                 dt.date(2011, 4, 1))[-1] == ("The next day", "2011-01-26")


def test_a_chronologys_entries_are_past_days_up_to_a_year_back():
    # Timeline17, the Guardian 2005-05-02: a list of deaths told in the past, a year back (the past
    # tense gave way beyond 300 days to the nearest, the May ahead)
    text = ("He was single and from Paisley in Renfrewshire . May 6 : Private Andrew Kelly , 18 , was killed "
            "in an accident in Iraq .")
    assert found(text, dt.date(2005, 5, 2)) == [("May 6", "2004-05-06")]
    # BBC 2011-11-14: a factbox whose line breaks were lost; an entry follows another
    text = ("10 June : Turkish PM condemns the `` savagery '' of the response to the unrest 19 July : Qatar "
            "closes its embassy in Damascus after an attack by Assad loyalists 8 August : Saudi Arabia "
            "condemns crackdown")
    assert found(text, dt.date(2011, 11, 14)) == [("10 June", "2011-06-10"), ("19 July", "2011-07-19"),
                                                  ("8 August", "2011-08-08")]
    # near miss: a plan's steps told with a duty modal stay ahead
    text = ("The plan sets a deadline . 10 April : Government must withdraw troops and heavy weapons .")
    assert found(text, dt.date(2012, 4, 7)) == [("10 April", "2012-04-10")]


def test_a_clock_with_minutes_in_the_morning_is_one_time():
    # Timeline17, CNN live from Cairo 2011-01-29: "2:00" went untagged or alone, and "the morning"
    # chained to a date told in another story of the page (2010-09-18TMO)
    text = "Basically , it 's now after 1:00 in the morning , 2:00 in the morning here ."
    assert typed(text, dt.date(2011, 1, 29))[1:] == [("1:00 in the morning", "TIME", "2011-01-29T01:00"),
                                                     ("2:00 in the morning", "TIME", "2011-01-29T02:00")]
    assert found("Well , Isha , it 's 3:30 in the morning right now .", dt.date(2011, 1, 29)) == [
        ("3:30 in the morning", "2011-01-29T03:30"), ("right now", "PRESENT_REF")]


def test_clock_time_right_after_a_date_is_on_that_date():
    assert found("3 October 2024, 6:30 pm IST", dt.date(2024, 10, 3))[-1] == ("6:30 pm", "2024-10-03T18:30")


def test_clock_time_on_a_named_day_is_one_timex():
    assert typed("The offer expires at 5 p.m. EST Nov. 9.", dt.date(1989, 11, 2)) == [
        ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]


# --- holidays -------------------------------------------------------------------------------------

def test_first_day_of_eid_al_fitr_is_one_timex():
    assert found("The truce took effect on the first day of Eid al-Fitr.", dt.date(2024, 4, 16)) == [
        ("the first day of Eid al-Fitr", "2024-04-10")]


def test_two_days_before_diwali():
    assert found("Shops closed two days before Diwali.", dt.date(2023, 11, 25)) == [
        ("two days before Diwali", "2023-11-10")]


def test_eve_of_eid_is_the_day_before():
    assert found("Prayers were held on the eve of Eid.", dt.date(2024, 4, 16)) == [
        ("the eve of Eid", "2024-04-09")]


def test_future_tense_hanukkah_is_the_coming_one():
    assert found("Families will light candles for Hanukkah.", dt.date(2023, 11, 25)) == [
        ("Hanukkah", "2023-12-08")]


def test_past_tense_lunar_new_year_is_the_latest_one():
    assert found("Millions travelled home for Lunar New Year.", dt.date(2024, 2, 20)) == [
        ("Lunar New Year", "2024-02-10")]


def test_nowruz_and_ramadan_come_from_the_holidays_calendars():
    assert found("Iranians celebrated Nowruz.", dt.date(2024, 4, 16)) == [("Nowruz", "2024-03-20")]
    # Ramadan 2024 ran from 11 March to 9 April: the month as a whole is no day, so its year
    assert found("The ceasefire held through Ramadan.", dt.date(2024, 4, 16)) == [("Ramadan", "2024")]


def test_remembrance_sunday_is_one_named_day_not_a_sunday():
    # the second Sunday of November: 11 November 2012 (issue 4; Timeline17-style copy)
    assert found("The Queen laid a wreath at the Cenotaph on Remembrance Sunday.", dt.date(2012, 11, 12)) == [
        ("Remembrance Sunday", "2012-11-11")]


def test_armistice_and_remembrance_day_are_the_eleventh_of_november():
    assert found("Crowds fell silent on Armistice Day and again on Remembrance Day.", dt.date(2013, 11, 20)) == [
        ("Armistice Day", "2013-11-11"), ("Remembrance Day", "2013-11-11")]


def test_inauguration_day_is_the_twentieth_of_january_after_an_election():
    assert found("Obama will be sworn in for a second term on Inauguration Day.", dt.date(2012, 11, 12)) == [
        ("Inauguration Day", "2013-01-20")]


def test_super_tuesday_is_the_primaries_day_of_its_election_year():
    assert found("Romney hopes to win big on Super Tuesday.", dt.date(2012, 2, 20)) == [
        ("Super Tuesday", "2012-03-06")]


def test_new_year_in_tokenised_copy_is_the_first_of_january():
    assert found("Robert Wyatt guest edited the Today program on New Year 's Day .", dt.date(2004, 1, 3)) == [
        ("New Year 's Day", "2004-01-01")]
    # "in the New Year" is the year ahead, not its first day
    assert found("three brigades to leave early in the New Year , as a payback", dt.date(2004, 12, 20)) == []


def test_d_day_told_as_history_is_the_normandy_landings_and_a_plans_d_day_is_no_date():
    assert found("troops went onshore with on D-Day in France", dt.date(2011, 3, 20)) == [
        ("D-Day", "1944-06-06")]
    assert found("D-Day for the vote is next Tuesday.", dt.date(2011, 3, 20)) == [
        ("next Tuesday", "2011-03-22")]


def test_the_day_after_a_holiday_counts_from_the_holiday_not_the_article():
    # the chain rule read "the day after" as the article's own date and the holiday apart
    assert found("Shoppers queued at dawn the day after Christmas.", dt.date(2012, 12, 30)) == [
        ("the day after Christmas", "2012-12-26")]
    assert found("Pizza sales peak on the day before Thanksgiving.", dt.date(2011, 11, 20)) == [
        ("the day before Thanksgiving", "2011-11-23")]


def test_passover_in_future_tense():
    assert found("Jews will gather for Passover.", dt.date(2024, 4, 1)) == [("Passover", "2024-04-23")]


def test_memorial_day_in_past_tense():
    assert found("The parade was on Memorial Day.", dt.date(2024, 6, 10)) == [("Memorial Day", "2024-05-27")]


def test_independence_day_in_a_pune_dateline_is_india_s():
    text = "PUNE, Aug 16 (Deccan Wire) - The union served a strike notice on Independence Day."
    assert found(text, dt.date(2024, 9, 10))[-1] == ("Independence Day", "2024-08-15")


def test_last_week_of_august_is_an_iso_week():
    assert found("Talks on a new wage agreement broke down in the last week of August.",
                 dt.date(2024, 9, 10)) == [("the last week of August", "2024-W35")]


# --- seasons, decades, centuries, halves, references -----------------------------------------------

def test_periods_larger_than_a_month():
    text = "in the spring of 2018, in the 1990s, in the 20th century, in the first half of 2023"
    assert found(text, dt.date(2023, 11, 25)) == [
        ("the spring of 2018", "2018-SP"), ("the 1990s", "199"), ("the 20th century", "19"),
        ("the first half of 2023", "2023-H1")]


def test_current_as_an_adjective_is_the_present():
    assert found("Shares held at current levels.", dt.date(2013, 3, 22)) == [("current", "PRESENT_REF")]
    assert found("The current account deficit widened.", dt.date(2013, 3, 22)) == []


# --- robustness and speed -------------------------------------------------------------------------

def test_a_word_that_starts_with_a_month_name_is_not_a_month():
    text = ("x " * 40) + "The Mayor of Mayo met in Marchington."
    assert found(text, dt.date(2013, 3, 22)) == []


def test_tagging_time_grows_linearly_with_the_text():
    from conftest import grows_linearly
    sentence = "The talks resumed on Thursday, two days after the storm hit in early March 2023. "
    assert grows_linearly(lambda text: tag(text, dt.date(2023, 11, 25)), lambda n: sentence * n, 500)


def test_runs_of_line_stamps_are_read_in_time_linear_in_their_number():
    # a live page's "1653 ..." entries are judged by the run they form: never pair by pair
    from conftest import grows_linearly
    assert grows_linearly(lambda text: tag(text, dt.date(2024, 1, 1)), lambda n: "1653 The x\n" * n, 5_000)


def test_a_megabyte_without_spaces_or_sentence_ends_never_raises():
    assert tag("9" * 1_000_000, dt.date(2023, 11, 25)) == ()
    tag(("and then it was now " * 50_000), dt.date(2023, 11, 25))


def test_number_words_spaced_or_hyphenated():
    from timeline.temporal.vocabulary import number
    assert [number(w) for w in ("twenty four", "twenty-one", "a hundred", "a couple of", "a few")] == [
        24, 21, 100, 2, None]


def test_earlier_than_usual_is_a_duration_not_a_chain():
    # the TempEval-3 README's own example: "about <TIMEX3 ... value="P1M">a month</TIMEX3> earlier"
    assert typed("The season started about a month earlier than usual.", dt.date(2013, 3, 22)) == [
        ("a month", "DURATION", "P1M")]


# --- bugs found by the events stage ---------------------------------------------------------------

def test_following_day_chains_off_the_main_story_not_a_relative_clause():
    # d3_conflict_05: "which began on April 9" is background; the attack was on Saturday 13 April
    text = ("Gunmen attacked an SDF checkpoint near the village of Sabha on Saturday, killing two "
            "fighters.\n\nThe ceasefire, which began on April 9, had largely held until then.\n\n"
            "The SDF said it arrested three suspects the following day.")
    assert found(text, dt.date(2024, 4, 16))[-1] == ("the following day", "2024-04-14")


def test_live_blog_line_stamp_is_a_clock_time_not_a_year():
    typed_ = typed("Live updates\n1653 The first tremor had hit at 1653 local time, officials said.",
                   dt.date(2024, 1, 1))
    assert typed_ == [("1653", "TIME", "2024-01-01T16:53"),
                      ("1653 local time", "TIME", "2024-01-01T16:53")]


def test_today_programme_is_a_name_not_a_date():
    assert found("The minister told the Today program he would resign.", dt.date(2007, 3, 19)) == []


def test_not_due_until_a_month_picks_the_next_one():
    text = "Deliveries of the new jets are not due until October, the company said."
    assert found(text, dt.date(2007, 3, 19)) == [("October", "2007-10")]


def test_closed_until_a_month_picks_the_next_one():
    assert found("The road is closed until March.", dt.date(2007, 11, 19)) == [("March", "2008-03")]


def test_due_to_a_cause_is_not_a_plan():
    assert found("Flights were cancelled on Saturday due to the storm.", dt.date(2024, 4, 16)) == [
        ("Saturday", "2024-04-13")]


def test_day_before_an_event_is_left_to_the_events_stage():
    # d2_trial_01: events.py anchors it to "the prosecution opened"; no chain off "late 2021"
    text = ("Both defendants were charged in late 2021.\n\nThe jury of seven women and five men "
            "was sworn in the day before the prosecution opened.")
    assert found(text, dt.date(2022, 12, 7)) == [("late 2021", "2021")]


def test_were_planning_to_points_ahead():
    text = ("Protesters planned a large demonstration in Little Havana on Saturday and were planning "
            "to drive around Miami International Airport on Monday.")
    assert found(text, dt.date(2000, 1, 7)) == [("Saturday", "2000-01-08"), ("Monday", "2000-01-10")]


def test_a_plan_told_in_the_past_takes_the_nearest_weekday():
    # written on a Wednesday: the Super Bowl party tent was to stand on the coming Friday and Saturday
    text = "A large tent was scheduled to shelter partiers on Friday and Saturday, organisers said."
    assert found(text, dt.date(2011, 2, 2)) == [("Friday", "2011-02-04"), ("Saturday", "2011-02-05")]
    # written on a Saturday: the flights were to leave the day before
    assert found("Officials said 25 flights were scheduled to take off Friday for Cairo.",
                 dt.date(2011, 3, 5)) == [("Friday", "2011-03-04")]


def test_a_reporting_verb_after_a_plan_leaves_the_plan_its_tense():
    text = "Two warships were due to sail through the Suez Canal on Wednesday morning, an official said."
    assert found(text, dt.date(2011, 3, 1)) == [("Wednesday morning", "2011-03-02TMO")]


def test_a_plan_that_fell_through_is_the_past_one():
    text = "A flight that had been due to arrive on Sunday was diverted to the Dominican Republic."
    assert found(text, dt.date(2010, 1, 16)) == [("Sunday", "2010-01-10")]


def test_a_possessive_weekday_before_what_the_day_brought_is_the_past_one():
    # written on a Friday; the clause looks ahead ("will"), the agreement was reached the day before
    text = "Under Thursday's agreement, NATO forces will be able to close air space to all flights."
    assert found(text, dt.date(2011, 3, 25)) == [("Thursday", "2011-03-24")]
    text = "Monday 's deployment of tanks in the city looks like an indicator of what is to come ."
    assert found(text, dt.date(2011, 4, 27)) == [("Monday", "2011-04-25")]


def test_a_possessive_weekday_before_a_planned_event_may_lie_ahead():
    text = "The minister will address Saturday's peace conference in London."
    assert found(text, dt.date(2005, 12, 9)) == [("Saturday", "2005-12-10")]


def test_a_set_days_event_told_in_the_present_is_the_nearest_such_day():
    # a Friday preview of the Sunday game; a Wednesday analysis of Tuesday's vote
    assert found("Sunday 's game in Dallas also brings together two fervent fan bases .",
                 dt.date(2011, 2, 4)) == [("Sunday", "2011-02-06")]
    assert found("Our correspondent says Tuesday's vote exposes the deep rift at the UN.",
                 dt.date(2011, 10, 5)) == [("Tuesday", "2011-10-04")]


def test_a_nearest_weekday_gives_the_reason_that_made_it_so():
    # readers see the reason: it names the cue that matched, not always "a plan told in the past"
    def reason(text, dct):
        [timex] = tag(text, dct)
        return timex.reason
    assert reason("Sunday 's game in Dallas also brings together two fervent fan bases .", dt.date(2011, 2, 4)) \
        == "an event named by its day, not told in the past: the nearest, after 2011-02-04"
    assert reason("The Egyptian government did not issue permits for Tuesday 's planned protests .",
                  dt.date(2011, 1, 26)) == "a planned event named by its day: the nearest, before 2011-01-26"
    assert reason("The Arab League was due to meet in Cairo on Saturday.", dt.date(2011, 3, 11)) \
        == "a plan told in the past: the nearest, after 2011-03-11"


def test_a_chronology_entry_says_it_is_one():
    text = "Feb. 26 - The U.N. Security Council imposes sanctions on Libya .\n" \
           "March 17 - The council approves a no-fly zone .\n"
    assert [(t.value, t.reason) for t in tag(text, dt.date(2011, 12, 20))] == [
        (day, "no year given; a chronology's entry, told in the present of a past day: "
              "the latest before the article's date 2011-12-20") for day in ("2011-02-26", "2011-03-17")]

def test_a_postponed_deadline_lies_ahead():
    text = "U.S. Immigration officials postponed until Tuesday morning any action on the boy."
    assert found(text, dt.date(2000, 3, 30)) == [("Tuesday morning", "2000-04-04TMO")]


def test_as_early_as_a_weekday_lies_ahead():
    text = "His father could come to the U.S. from Cuba as early as Tuesday."
    assert found(text, dt.date(2000, 4, 3)) == [("Tuesday", "2000-04-04")]


def test_next_to_a_building_is_not_a_future_cue():
    text = "A bomb ripped through an office building next to the U.S. embassy in Nairobi, Kenya Friday morning."
    assert found(text, dt.date(1998, 8, 8)) == [("Friday morning", "1998-08-07TMO")]


def test_would_be_held_is_future_not_past():
    text = "He added that a ceremonial accession would still be held at the summit on April 24."
    assert found(text, dt.date(1999, 2, 10)) == [("April 24", "1999-04-24")]


def test_season_of_last_year():
    assert found("The second attempt came in the autumn of last year.", dt.date(2012, 11, 14)) == [
        ("the autumn of last year", "2011-FA")]


def test_an_adjective_in_ed_is_not_a_past_cue():
    text = "The stock split would be paid on a still unspecified date in January."
    assert found(text, dt.date(1989, 10, 26)) == [("January", "1990-01")]


def test_effective_date_takes_the_nearest_occurrence():
    text = "U.S. Trust also created a four-member office of the chairman, effective Feb. 1."
    assert found(text, dt.date(1989, 10, 26)) == [("Feb. 1", "1990-02-01")]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert found("Voters will go to the polls on Election Day.", dt.date(1998, 10, 26)) == [
        ("Election Day", "1998-11-03")]


def test_since_a_month_is_the_latest_before_publication_however_far():
    text = "The law has been in force since May, and will run until 2016."
    assert found(text, dt.date(2013, 3, 22)) == [("May", "2012-05"), ("2016", "2016")]


def test_n_years_from_now_counts_forward_from_publication():
    assert found("The treaty expires in 2015, two years from now.", dt.date(2013, 3, 22)) == [
        ("2015", "2015"), ("two years from now", "2015")]


def test_twice_a_year_is_a_set():
    assert typed("Every four years voters elect a president; the group meets twice a year.",
                 dt.date(2013, 3, 22)) == [("Every four years", "SET", "P4Y"), ("twice a year", "SET", "P1Y")]


def test_week_ending_a_date_is_that_dates_week():
    assert found("In the week ending March 16, flu cases fell.", dt.date(2013, 3, 22)) == [
        ("the week ending March 16", "2013-W11")]


def test_live_blog_stamps_between_blank_lines_are_clock_times():
    text = ("Live updates\n\n1653 The first tremor had hit.\n\n"
            "1640 Officials said the quake hit at 1640 local time.")
    assert typed(text, dt.date(2024, 1, 1))[:2] == [("1653", "TIME", "2024-01-01T16:53"),
                                                   ("1640", "TIME", "2024-01-01T16:40")]


def test_a_chronology_of_years_stays_years():
    text = "Key dates\n\n2004 The company moves to Ohio.\n\n2008 The company is sold."
    assert typed(text, dt.date(2024, 1, 1)) == [("2004", "DATE", "2004"), ("2008", "DATE", "2008")]


def test_local_clock_before_its_gmt_conversion_is_a_time_not_a_year():
    # BBC style: the local clock, then GMT in brackets; the year 1653 was read into it before
    assert typed("The tremor hit at 1653 (2153 GMT) on Tuesday, the US Geological Survey said.",
                 dt.date(2010, 1, 13)) == [("1653", "TIME", "2010-01-12T16:53"), ("Tuesday", "DATE", "2010-01-12")]
    assert typed("Officials said that by 1100 -LRB- 1600 GMT -RRB- the airport was full .",
                 dt.date(2010, 1, 15)) == [("1100", "TIME", "2010-01-15T11:00")]


def test_clock_converted_in_brackets_after_an_update_time_is_no_year():
    text = "(Updated 1:39 p.m. (2039 in Egypt)) Troops moved into the square."
    assert typed(text, dt.date(2011, 1, 28)) == [("1:39 p.m.", "TIME", "2011-01-28T13:39")]


def test_four_digits_that_count_are_no_year():
    # what follows says the number counts: people or things, after words that describe them
    d = dt.date(2011, 3, 25)
    assert found("The pollster questioned 2046 French voters by telephone last week.", d) == [
        ("last week", "2011-W11")]
    assert found("The militia has about 1200 fighters, a commander said.", d) == []
    assert found("As many as 1800 Egyptians crossed the border.", d) == []
    assert found("The shrine is a 1400 years old building.", d) == []
    assert found("Each of the 1200 + personnel brigades stands ready to deploy.", d) == []


def test_four_digits_after_a_section_or_in_a_ratio_are_no_year():
    d = dt.date(2011, 6, 20)
    assert found("The report is due under section 1541 (b) of the act.", d) == []
    assert found("The district has one doctor to 1800 inhabitants, a ratio of 1 to 1800 inhabitants.", d) == []


def test_four_digits_that_name_a_year_before_a_plural_stay_a_year():
    d = dt.date(2011, 3, 25)
    assert found("In 2004 British troops took over the base.", d) == [("2004", "2004")]
    assert found("Prices are back at about 2005 levels.", d) == [("2005", "2005")]
    assert found("Another 2009 order showed guns came from Belgium.", d) == [("2009", "2009")]
    assert found("It recalled the 1983 miners' strike.", d) == [("1983", "1983")]
    assert found("1957 Duvalier takes power.", d) == [("1957", "1957")]


def test_a_number_named_as_a_resolution_is_no_year_where_it_comes_back():
    text = ("The council passed resolution 1441 in November. Lawyers argued over whether Iraq was in "
            "breach of 1441, and what the wording of 1441 allowed. The 1441 debate ran on.")
    assert [t[0] for t in found(text, dt.date(2003, 3, 7))] == ["November"]


def test_a_resolutions_number_stays_a_year_in_a_years_slot():
    text = ("NATO enforces UN resolution 1973 over Libya. The War Powers Act of 1973 binds the "
            "president; Egypt fought Israel in 1973, and the 1973 war still shapes the region. "
            "Critics say UN 1973 allows no ground troops.")
    assert [t[1] for t in found(text, dt.date(2011, 3, 25))] == ["1973", "1973", "1973"]


def test_four_digits_opening_a_sentence_before_says_are_a_name():
    # CNN's White House blog is called "1600"; a year never "provides" or "says"
    assert found("Follow our team on the road.\n1600 provides you with a pass behind the gates.",
                 dt.date(2011, 3, 25)) == []
    assert found("2010 has been a deadly year.", dt.date(2011, 3, 25)) == [("2010", "2010")]


def test_clock_converted_after_a_comma_with_its_place_is_no_year():
    text = "The curfew begins in half an hour (10 a.m. ET, 1700 in Cairo), state TV said."
    assert [t[0] for t in typed(text, dt.date(2011, 1, 29))] == ["half an hour", "10 a.m. ET"]
    assert found("The order was founded in 1842 in Al-Bayda.", dt.date(2011, 3, 1)) == [("1842", "1842")]


def test_four_digits_after_at_are_a_clock():
    assert typed("Haiti had a strong aftershock at 1100 which shook the capital.", dt.date(2010, 1, 16)) == [
        ("1100", "TIME", "2010-01-16T11:00")]
    assert typed("Output will be frozen at 1990 levels.", dt.date(1991, 5, 2)) == [("1990", "DATE", "1990")]


LIVE_PAGE = (
    "2346 Aid agencies say the first flights have landed.\n"
    "The airport has a single runway.\nControllers work from a tent.\n"
    "Fuel is short.\nMore planes are circling.\nSome have been turned back.\n"
    "2332 The Red Cross says it believes thousands died.\n"
    "It is asking for blood donors.\nIts offices were damaged.\nStaff are sleeping outside.\n"
    "Phone lines are down.\nThe death toll is unknown.\nMany remain trapped.\n"
    "Rescuers dig by hand.\nTrucks cannot pass.\n"
    "2308 The UN says its headquarters collapsed in the quake 2255 President Obama says US teams "
    "are on their way.\n"
    "2240 A spokesman for the Foreign Office says embassy staff are safe.\n")


def test_live_page_stamps_far_apart_are_clock_times():
    # entries run to many lines, so no clock sign is near each stamp: the countdown shows it
    assert [t for t in typed(LIVE_PAGE, dt.date(2010, 1, 13)) if t[0].isdigit()] == [
        ("2346", "TIME", "2010-01-13T23:46"), ("2332", "TIME", "2010-01-13T23:32"),
        ("2308", "TIME", "2010-01-13T23:08"), ("2255", "TIME", "2010-01-13T22:55"),
        ("2240", "TIME", "2010-01-13T22:40")]


def test_a_chronology_counting_up_stays_years():
    text = ("Timeline\n1804 Haiti declares independence.\n1915 US troops land.\n"
            "1957 Francois Duvalier takes power.\n2004 Aristide is ousted.\n")
    assert [t[1] for t in found(text, dt.date(2010, 1, 13))] == ["1804", "1915", "1957", "2004"]


def test_a_holidays_name_seen_as_a_persons_name_stays_the_persons():
    # "Amany Eid" first, then "Eid" alone: the same woman, no Eid al-Fitr
    text = ("In today's postcard Amany Eid, an Egyptian student, writes from Cairo. Now we see that "
            "Eid is one of thousands of Egyptians finding their voice.\nEid, who joined the protests "
            "on Friday, said she was not afraid.")
    assert found(text, dt.date(2011, 2, 9)) == [("today", "2011-02-09"), ("Now", "PRESENT_REF"),
                                                ("Friday", "2011-02-04")]


def test_a_holiday_after_a_person_named_earlier_stays_a_holiday():
    text = ("A shopkeeper, Mohamad Ramadan, said prices had doubled. Families stock up during "
            "Ramadan, which begins next week.")
    assert [t for t in found(text, dt.date(2011, 7, 26)) if t[0] == "Ramadan"] == [("Ramadan", "2011-08")]


def test_a_title_or_a_team_sheet_number_makes_a_holidays_name_a_persons():
    assert found("'' We paid him , '' Mr Ramadan allegedly told investigators .", dt.date(2005, 10, 25)) == []
    assert found("Replacements: 16-Tom Hale, 19-Nick Easter, 20-Ben Ford.", dt.date(2011, 9, 29)) == []


def test_season_word_in_a_thing_or_a_name_is_no_season():
    assert found("You should let this spring water come out of the ground.", dt.date(2005, 5, 27)) == []
    assert found("The car plunged into the Spring River on Wednesday.", dt.date(2011, 2, 3)) == [
        ("Wednesday", "2011-02-02")]
    assert found("The car plunged into the river last spring.", dt.date(2011, 2, 3)) == [
        ("last spring", "2010-SP")]


# --- plans in the present tense, perfects, ranges and anchors -------------------------------------

def test_present_tense_plan_puts_the_weekday_ahead():
    # written on Wednesday 20 March 2013: the vote is still to come
    assert found("Parliament votes Friday on the bailout.", dt.date(2013, 3, 20)) == [
        ("Friday", "2013-03-22")]


def test_possessive_weekday_in_a_present_tense_sentence_is_past():
    assert found("Nestle's share before Friday's purchases is far below its rivals'.",
                 dt.date(1989, 10, 30)) == [("Friday", "1989-10-27")]


def test_present_perfect_looks_back_but_its_deadline_lies_ahead():
    dct = dt.date(2000, 4, 3)  # a Monday
    assert found("The death toll has risen after the quake on Sunday.", dct) == [("Sunday", "2000-04-02")]
    assert found("The agency has given the relatives until 9 a.m. Tuesday to sign.", dct) == [
        ("9 a.m. Tuesday", "2000-04-04T09:00")]


def test_year_range_tags_both_ends():
    assert found("Figures for the 2011-2012 school year and the 2012-13 season.", dt.date(2013, 3, 22)) == [
        ("2011", "2011"), ("2012", "2012"), ("2012", "2012"), ("13", "2013")]


def test_year_earlier_counts_from_the_year_last_written_out():
    assert found("The uprising began in March 2011. A year earlier, the economy had collapsed.",
                 dt.date(2013, 3, 22)) == [("March 2011", "2011-03"), ("A year earlier", "2010")]


def test_year_ago_is_a_parallel_not_an_anchor():
    # "a year ago" is worked out from the DCT; "a year earlier" after it is the same year
    assert found("Profit fell from a year ago, and costs rose from a year earlier.",
                 dt.date(1989, 10, 26)) == [("a year ago", "1988"), ("a year earlier", "1988")]


def test_a_forecast_quarter_is_not_the_period_reported():
    text = ("Losses will continue through the third quarter of 1990. In the year-ago period, the "
            "company earned $101 million.")
    assert found(text, dt.date(1989, 10, 26))[-1] == ("the year-ago period", "1988-Q3")


def test_named_days_are_not_this_weeks_weekdays():
    assert found("The Sunday Times said marchers were shot on Bloody Sunday.", dt.date(2013, 3, 20)) == []


def test_thousands_with_commas_are_one_number():
    assert found("the first non-European pope in nearly 1,300 years", dt.date(2013, 3, 22)) == [
        ("nearly 1,300 years", "P1300Y")]


def test_hours_later_is_a_duration_without_later():
    assert typed("Two hours later, the building collapsed.", dt.date(2013, 3, 22)) == [
        ("Two hours", "DURATION", "PT2H")]


def test_a_title_or_abbreviation_does_not_end_the_sentence():
    from timeline.temporal.engine import sentence_spans
    text = "Dr. Barnett Slepian was shot in Roe vs. Wade country on Nov. 20. Police came."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Dr. Barnett Slepian was shot in Roe vs. Wade country on Nov. 20. ", "Police came."]


def test_present_progressive_reports_a_past_weekday():
    assert found("Police are investigating a shooting Friday night in Buffalo.", dt.date(2023, 11, 25)) == [
        ("Friday night", "2023-11-24TNI")]


def test_present_scheduling_verb_puts_a_weekday_ahead():
    assert found("Parliament votes Tuesday on the budget.", dt.date(2023, 11, 25)) == [("Tuesday", "2023-11-28")]


# --- the reviewer's cases: tense, clocks, ranges, names ---------------------------------------

SATURDAY = dt.date(2023, 11, 25)


def test_plural_noun_after_numeral_is_no_scheduling_verb():
    assert found("The ruling party won 5 million votes on Sunday.", SATURDAY) == [("Sunday", "2023-11-19")]


def test_scheduling_verb_after_its_subject_still_plans():
    assert found("Officials said the court hears arguments on Monday.", SATURDAY) == [("Monday", "2023-11-27")]


def test_progressive_of_a_scheduling_verb_is_a_plan():
    assert found("The prime minister is travelling to Washington on Monday.", SATURDAY) == [
        ("Monday", "2023-11-27")]


def test_progressive_of_other_verbs_tells_a_past_event():
    assert found("Police are investigating a shooting Friday night.", SATURDAY) == [
        ("Friday night", "2023-11-24TNI")]


def test_past_perfect_deadline_is_left_to_the_tense():
    assert found("The court had given him until Monday to appeal, but he missed it.", SATURDAY) == [
        ("Monday", "2023-11-20")]


def test_clock_on_day_does_not_depend_on_other_text():
    alone = found("The striker scored at 10:30 Friday.", SATURDAY)
    with_other = found("The striker scored at 10:30 Friday. The match began at 9 p.m. Tuesday.", SATURDAY)
    assert alone == [("10:30 Friday", "2023-11-24T10:30")] == with_other[:1]


def test_verse_citation_is_no_clock():
    assert found("John 3:16 tomorrow", SATURDAY) == [("tomorrow", "2023-11-26")]


def test_iso_year_month_is_not_a_range_of_years():
    assert found("Inflation peaked in 2009-11 and fell.", SATURDAY) == [("2009-11", "2009-11")]


def test_range_of_years_needs_its_context_when_the_end_could_be_a_month():
    assert found("the 2010-11 season", SATURDAY) == [("2010", "2010"), ("11", "2011")]
    assert found("Call 2012-13 44 55", SATURDAY) == []


def test_a_model_named_q3_is_no_quarter():
    assert found("Audi unveiled the Q3 at the show.", SATURDAY) == []


def test_easter_week_is_the_week_after_easter():
    assert found("Schools were shut during Easter week.", SATURDAY) == [("Easter week", "2023-W15")]


def test_easter_week_said_in_holy_week_is_the_week_under_way():
    # AQUAINT APW20000417.0031, written the day after Palm Sunday 2000
    assert found("Earlier Sunday, protesters prayed as Easter week began.", dt.date(2000, 4, 17)) == [
        ("Sunday", "2000-04-16"), ("Easter week", "2000-W16")]


def test_ramadan_as_a_whole_is_the_month_that_holds_it():
    # Ramadan 2011 ran from 1 to 29 August: a month-long period, not its first day
    assert found("Attacks rose during the holy month of Ramadan.", dt.date(2011, 9, 5)) == [
        ("Ramadan", "2011-08")]


def test_ramadan_across_two_months_is_its_year():
    # Ramadan 2023 ran from 23 March to 20 April: no calendar month holds it, the year does
    assert found("Attacks rose during Ramadan.", SATURDAY) == [("Ramadan", "2023")]


def test_ramadan_beginning_is_its_first_day():
    assert found("Talks opened as Ramadan began.", SATURDAY) == [("Ramadan", "2023-03-23")]
    assert found("Talks began on the first day of Ramadan.", SATURDAY) == [
        ("the first day of Ramadan", "2023-03-23")]


def test_scheduling_verb_after_a_subject_with_a_relative_clause_still_plans():
    assert found("The man who killed the guard faces trial on Monday.", SATURDAY) == [("Monday", "2023-11-27")]
    assert found("In 2023 the court hears arguments on Monday.", SATURDAY)[-1] == ("Monday", "2023-11-27")


# --- 2010s news copy (phrasings read in Timeline17 and the development seeds) -------------------

def test_a_downfall_is_no_autumn():
    # "the fall of X" names X's downfall; only "the fall of 2012" is a season
    assert found("Insurgents mounted the bloodiest attack since the fall of Saddam Hussein.",
                 dt.date(2005, 5, 1)) == []
    assert found("The plant closed in the fall of 2012.", dt.date(2013, 3, 22)) == [
        ("the fall of 2012", "2012-FA")]


def test_a_holiday_that_is_a_person_s_name_is_no_date():
    assert found("The report quoted the former vice-president Taha Yassin Ramadan on Monday.",
                 dt.date(2005, 5, 18)) == [("Monday", "2005-05-16")]


def test_the_bbc_page_heading_is_one_time_on_its_date():
    assert typed("Page last updated at 14:22 GMT, Tuesday, 19 March 2013", dt.date(2013, 3, 19)) == [
        ("14:22 GMT, Tuesday, 19 March 2013", "TIME", "2013-03-19T14:22")]


def test_a_guardian_dateline_clock_with_a_stop_is_a_time_on_its_date():
    assert typed("Wednesday 14 December 2005 18.17 GMT The US president admitted the intelligence "
                 "had been wrong.", dt.date(2005, 12, 14)) == [
        ("Wednesday 14 December 2005", "DATE", "2005-12-14"), ("18.17 GMT", "TIME", "2005-12-14T18:17")]


def test_ap_closed_compounds_and_vague_spans():
    assert typed("After a weeklong trip, she said the dispute had simmered over the years and would "
                 "be settled in the coming hours.", dt.date(2013, 3, 22)) == [
        ("weeklong", "DURATION", "P1W"), ("the years", "DURATION", "PXY"),
        ("coming hours", "DURATION", "PTXH")]


def test_initials_before_a_name_do_not_end_the_sentence():
    # cut after "U.S.", "Thursday evening" lost "told" and took its tense from "would be released"
    assert found("The Times said Libyan government officials told the U.S. State Department on "
                 "Thursday evening that all four would be released.", dt.date(2011, 3, 18)) == [
        ("Thursday evening", "2011-03-17TEV")]
    # a sentence that does end with initials still ends there
    assert found("He flew to the U.S. The meeting was on Thursday.", dt.date(2011, 3, 18)) == [
        ("Thursday", "2011-03-17")]


def test_would_have_with_a_participle_looks_back():
    assert found("Some of the steps unveiled at the news conference in Paris on Tuesday would have "
                 "seemed almost revolutionary.", dt.date(2011, 8, 17)) == [("Tuesday", "2011-08-16")]


def test_a_chronology_entry_in_the_historical_present_is_a_past_day():
    # a Reuters factbox dated September lists the year's events: "imposes" is no plan ahead
    text = ("Feb. 24 - Anti-government militias take control of Misrata.\n"
            "Feb. 26 - The U.N. Security Council imposes sanctions on Libya.")
    assert found(text, dt.date(2011, 9, 21)) == [("Feb. 24", "2011-02-24"), ("Feb. 26", "2011-02-26")]
    # a dash after a date inside a sentence is no entry: the plan stays ahead
    assert found("The vote is on Sept. 24 - the first since the war.", dt.date(2011, 9, 21)) == [
        ("Sept. 24", "2011-09-24")]


def test_a_weekday_naming_what_happened_is_no_plan():
    # "holds" schedules, but "the Sunday incident" was told the day after it happened
    assert found("The government holds NATO responsible for the Sunday incident.",
                 dt.date(2011, 6, 20)) == [("Sunday", "2011-06-19")]
    assert found("The president travels to Jordan for the Friday meeting.", dt.date(2011, 6, 20)) == [
        ("Friday", "2011-06-24")]


def test_about_before_a_number_is_no_plan_to_do_something():
    # "from about 1 to 8 a.m." is a span of the clock, not "about to"
    assert found("Internet traffic from Libya was shut down on Saturday morning from about 1 to 8 a.m. "
                 "and again on Sunday during the same timeframe.", dt.date(2011, 2, 22))[-1] == (
        "Sunday", "2011-02-20")


def test_a_tokenised_quotation_opens_a_new_sentence():
    # Timeline17 copy is tokenised: the quote after the stop starts a sentence whose "would" and
    # "is to" do not reach back to "in April"
    assert found("Its importance was underscored by its ruler 's visit to Washington in April . \n"
                 "`` We would not have been able to do it , '' he said .", dt.date(2011, 6, 9)) == [
        ("April", "2011-04")]


def test_expected_points_ahead_unless_a_comparison():
    assert found("More large anti-government protests are expected Friday in Cairo.",
                 dt.date(2011, 2, 10)) == [("Friday", "2011-02-11")]
    assert found("Several inches of snow and ice expected there through Thursday.",
                 dt.date(2011, 1, 31)) == [("Thursday", "2011-02-03")]
    # "better-than-expected" compares; the quarter just reported is past
    assert found("The drugmaker posted better-than-expected fourth-quarter earnings.",
                 dt.date(2011, 2, 1)) == [("fourth-quarter", "2010-Q4")]


def test_a_verb_after_a_modal_or_a_plan_gives_no_present_of_its_own():
    # "have" after "will", "continue" after "plans to", "is" before "expected"/"scheduled": the
    # modal or the plan word has the tense, so the day lies ahead
    assert found("Delta Airlines tells CNN it will have a flight departing Cairo on Saturday.",
                 dt.date(2011, 1, 28)) == [("Saturday", "2011-01-29")]
    assert found("Sunday is expected to see a sixth day of protests.", dt.date(2011, 1, 29)) == [
        ("Sunday", "2011-01-30")]
    assert found("The Islamic Action Front said it plans to continue street demonstrations Friday.",
                 dt.date(2011, 2, 10)) == [("Friday", "2011-02-11")]
    assert found("The main Islamist group says it plans further street demonstrations Friday.",
                 dt.date(2011, 2, 3)) == [("Friday", "2011-02-04")]


def test_a_programme_name_and_next_door_are_no_plans():
    assert found("Sen. Lindsey Graham told NBC 's `` Meet the Press '' on Sunday .",
                 dt.date(2011, 6, 21)) == [("Sunday", "2011-06-19")]
    assert found("A bombing run struck the agricultural police center next door on Saturday .",
                 dt.date(2011, 7, 26)) == [("Saturday", "2011-07-23")]


def test_tokenised_wont_and_between_now_and_point_ahead():
    assert found("He announced that he wo n't seek a new term in September .", dt.date(2011, 2, 9)) == [
        ("September", "2011-09")]
    assert found("Should he stay between now and September ?", dt.date(2011, 2, 6))[-1] == (
        "September", "2011-09")


def test_the_weekend_of_a_plan_is_the_coming_one():
    assert found("The ministers will decide about the mission when they meet at the weekend .",
                 dt.date(2012, 1, 18)) == [("the weekend", "2012-W03-WE")]
    assert found("The League meets at the weekend to decide.", dt.date(2012, 1, 18)) == [
        ("the weekend", "2012-W03-WE")]


def test_eid_in_a_person_s_name_is_no_holiday():
    assert found("The Arab Democratic Party led by Rifaat Eid is strongly linked to Damascus .",
                 dt.date(2012, 6, 29)) == []
    assert found("Muslims mark the end of the fasting month with the festival of Eid .",
                 dt.date(2011, 8, 26)) == [("Eid", "2011-08-30")]


def test_a_hyphenated_future_word_is_an_adjective():
    assert found("Geagea was the target of an apparent would-be assassination in April which failed .",
                 dt.date(2012, 8, 9)) == [("April", "2012-04")]


def test_a_perfect_with_an_adverb_before_its_participle_looks_back():
    assert found("Aujali had resigned his post as ambassador to the United States in February and "
                 "has since represented the opposition in Washington .", dt.date(2011, 8, 11)) == [
        ("February", "2011-02")]


def test_a_modal_of_duty_looks_ahead_in_its_own_clause():
    # Timeline17: BBC 2010-01-16 (a Saturday), CNN 2011-03-27 (a Sunday), CNN 2011-02-09
    text = ("A team of international staff from ActionAid , including some from the UK and Brazil , "
            "were traveling to Haiti and should be in the country by Sunday .")
    assert found(text, dt.date(2010, 1, 16)) == [("Sunday", "2010-01-17")]
    text = "The handover from the United States and allies should be complete by Monday ."
    assert found(text, dt.date(2011, 3, 27)) == [("Monday", "2011-03-28")]
    text = ("Arab League Secretary - General Amre Moussa told CNN that Mubarak should be allowed a "
            "` ` dignified exit '' in September .")
    assert found(text, dt.date(2011, 2, 9)) == [("September", "2011-09")]


def test_a_modal_of_duty_neither_crosses_a_comma_nor_looks_ahead_as_a_perfect():
    # TempEval-3 AQUAINT APW20000115.0031: the deadline was set in the past, in another clause
    text = ("The U.S. Immigration and Naturalization Service had ruled that Elian must be returned to his "
            "father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation to Cuba.")
    assert found(text, dt.date(2000, 1, 15)) == [("Friday", "2000-01-14")]
    # Timeline17, BBC 2010-01-18: a duty missed
    text = ("It took 60 heartbreaking hours before the White House took control as it should have that "
            "Tuesday morning .")
    assert typed(text, dt.date(2010, 1, 18))[-1] == ("Tuesday morning", "TIME", "2010-01-12TMO")


def test_may_might_and_verbs_of_need_or_hope_look_ahead():
    # Timeline17: CNN 2011-02-11 (a Friday), CNN 2011-01-31 (a Monday), Reuters 2011-06-01 (a Wednesday)
    text = ("A year and a half after the Iranian regime brutally suppressed the so - called Green "
            "Movement , a new test of its openness to reform and patience may come Monday .")
    assert found(text, dt.date(2011, 2, 11))[-1] == ("Monday", "2011-02-14")
    text = "It might be even bigger Friday if things does not move ."
    assert found(text, dt.date(2011, 1, 31)) == [("Friday", "2011-02-04")]
    text = "Similar protests may take place on Sunday 's anniversary of the 1967 war"
    assert found(text, dt.date(2011, 6, 1))[0] == ("Sunday", "2011-06-05")
    # CNN 2011-03-24 (a Thursday): "hope to"
    text = "We hope to run into you right back here on Monday for more CNN Student News ."
    assert found(text, dt.date(2011, 3, 24)) == [("Monday", "2011-03-28")]


def test_the_month_may_is_no_modal():
    # TempEval-3 AQUAINT NYT20000329.0359 and TimeBank wsj_0570: "in May" keeps its tense
    text = "Milton Roy disclosed in May that it was approached for a possible acquisition by Thermo Electron."
    assert found(text, dt.date(1989, 10, 30)) == [("May", "1989-05")]


def test_calling_for_or_planning_an_event_names_a_day_ahead():
    # Timeline17, CNN 2011-01-31 (a Monday) and 2011-02-03 (a Thursday): the marches of 1 and 4 February
    text = ("Anti - government protesters have said they are planning a ` ` march of millions '' in the "
            "city Tuesday .")
    assert found(text, dt.date(2011, 1, 31)) == [("Tuesday", "2011-02-01")]
    text = "Anti - government demonstrators are calling Friday for a ` ` day of departure '' ."
    assert found(text, dt.date(2011, 2, 3)) == [("Friday", "2011-02-04")]


def test_a_hope_or_vow_told_in_the_past_takes_the_nearest_day():
    # Timeline17: Reuters 2011-09-15 (a Thursday), CNN 2011-02-19 (a Saturday)
    text = ("he added that Britain , which drafted the resolution , hoped to put it to a vote by Friday .")
    assert found(text, dt.date(2011, 9, 15)) == [("Friday", "2011-09-16")]
    text = ("Libyans opposed to longtime ruler Moammar Gadhafi vowed to hit the streets again Sunday , saying "
            "a violent crackdown by security forces would not deter them .")
    assert found(text, dt.date(2011, 2, 19)) == [("Sunday", "2011-02-20")]
    # "could be heard" is no modal of what lies ahead (CNN 2011-08-20)
    assert found("Fierce artillery fire could be heard around Zawiya on Friday .", dt.date(2011, 8, 20)) == [
        ("Friday", "2011-08-19")]


def test_could_before_a_verb_looks_ahead_close_by_in_its_clause():
    # Timeline17: CNN 2011-03-28 (a Monday), Reuters 2011-08-24 (a Wednesday), Guardian 2005-07-15
    text = ("However , it could take until Thursday or Friday for the organization to take over the "
            "entire mission .")
    assert found(text, dt.date(2011, 3, 28)) == [("Thursday", "2011-03-31"), ("Friday", "2011-04-01")]
    text = "diplomats said a vote could come on Thursday or Friday ."
    assert found(text, dt.date(2011, 8, 24)) == [("Thursday", "2011-08-25"), ("Friday", "2011-08-26")]
    text = "The fate of the reform package could be decided at a meeting on Sunday or Monday ."
    assert found(text, dt.date(2005, 7, 15)) == [("Sunday", "2005-07-17"), ("Monday", "2005-07-18")]


def test_could_of_a_past_ability_or_far_from_the_day_does_not_look_ahead():
    # TBAQ APW20000106.0064 (a Thursday): gold 2000-01-05
    text = ("Neither he nor Elian's four grandparents could be located Wednesday in their hometown of "
            "Cardenas, east of Havana.")
    assert found(text, dt.date(2000, 1, 6)) == [("Wednesday", "2000-01-05")]
    assert found("CNN could not confirm reports from Misrata on Monday .", dt.date(2011, 3, 20)) == [
        ("Monday", "2011-03-14")]
    # Timeline17, BBC 2012-02-13 (a Monday): the video came out on the Saturday before
    text = ("The flow of foreign fighters to Syria could increase following the release of a video on "
            "Saturday by al-Qaeda leader Ayman al-Zawahiri .")
    assert found(text, dt.date(2012, 2, 13)) == [("Saturday", "2012-02-11")]


def test_an_irregular_participle_after_is_leaves_the_condition_its_tense():
    # "is struck" is a passive present, as "is reached" is: the deadline lies ahead
    text = "Unless a deal is struck by Sunday , the workers will walk out , the union said ."
    assert found(text, dt.date(2013, 3, 20)) == [("Sunday", "2013-03-24")]


def test_the_day_something_is_meant_for_is_the_nearest():
    # Timeline17: CNN 2011-01-31 (a Monday), CNN 2011-02-24 (a Thursday), CNN 2011-02-11 (a Friday)
    text = "Protesters said they were organizing a ` ` million man march '' around Cairo for Tuesday ."
    assert found(text, dt.date(2011, 1, 31)) == [("Tuesday", "2011-02-01")]
    assert found("More flights were to be arranged for Friday as necessary .", dt.date(2011, 2, 24)) == [
        ("Friday", "2011-02-25")]
    text = "employees and businesses readied themselves for Sunday , the traditional start of the work week ."
    assert found(text, dt.date(2011, 2, 11)) == [("Sunday", "2011-02-13")]
    # what the day brought is told in the past: the day before
    assert found("Thousands gathered for Friday prayers in the square .", dt.date(2011, 2, 24)) == [
        ("Friday", "2011-02-18")]
    assert found("He blamed the rebels for Monday 's attack .", dt.date(2011, 2, 24)) == [
        ("Monday", "2011-02-21")]


def test_would_counts_ahead_from_the_day_it_was_said():
    # a Wednesday story: said on the Monday that the vote would come on the Tuesday after it
    text = "The finance minister said on Monday that parliament would vote on the levy on Tuesday ."
    assert found(text, dt.date(2013, 3, 20)) == [("Monday", "2013-03-18"), ("Tuesday", "2013-03-19")]
    # "will" is told from the article's day, and "would" beyond its own clause is no such future
    text = "The finance minister said on Monday that parliament will vote on the levy on Tuesday ."
    assert found(text, dt.date(2013, 3, 20)) == [("Monday", "2013-03-18"), ("Tuesday", "2013-03-26")]
    text = ("Here is the text of President Hosni Mubarak 's Tuesday evening address in which he said he would "
            "not run for re-election . -LRB- Update 12:35 a.m. Wednesday in Cairo -RRB-")
    assert found(text, dt.date(2011, 2, 1))[-1] == ("12:35 a.m. Wednesday", "2011-02-02T00:35")



def test_would_counts_from_the_day_of_a_saying_not_from_any_date_before_it():
    # a Wednesday story: January 30 is the day of the arrest, not the day anything was said
    text = "He was arrested on January 30 and would be charged on Tuesday , police said today ."
    assert found(text, dt.date(2011, 2, 2)) == [("January 30", "2011-01-30"), ("Tuesday", "2011-02-08"),
                                                ("today", "2011-02-02")]
    # the day of the saying may come after its verb or before it
    text = "The speaker said late on Monday that parliament would vote on Tuesday ."
    assert found(text, dt.date(2011, 2, 2)) == [("Monday", "2011-01-31"), ("Tuesday", "2011-02-01")]
    text = "Officials on Monday said parliament would vote on Tuesday ."
    assert found(text, dt.date(2011, 2, 2)) == [("Monday", "2011-01-31"), ("Tuesday", "2011-02-01")]
    text = "Officials said on Monday that the talks would resume on Wednesday ."
    assert found(text, dt.date(2011, 2, 4)) == [("Monday", "2011-01-31"), ("Wednesday", "2011-02-09")]



def test_a_bracket_after_would_is_told_of_the_same_days():
    # a Wednesday story: a bracket does not end the clause of "would" said on Sunday, and a live
    # page's update stamp in one is the Tuesday just past, not next week's
    text = "The speaker said on Sunday that parliament would vote -LRB- on Tuesday -RRB- on the law ."
    assert found(text, dt.date(2011, 2, 2)) == [("Sunday", "2011-01-30"), ("Tuesday", "2011-02-01")]
    text = "Mubarak said on Sunday that he would not run again -LRB- Update 10:15 p.m. Tuesday in Cairo -RRB-"
    assert found(text, dt.date(2011, 2, 2))[-1] == ("10:15 p.m. Tuesday", "2011-02-01T22:15")


def test_a_later_that_would_pass_the_article_is_a_span():
    # Timeline17: CNN 2011-04-03, Guardian 2005-10-19: counted from the date before, these were
    # 2021 and 2025; the events they count from are not dated in the text
    text = ("The uprising in Libya began in February . We armed the Taliban , Osama Bin Laden and "
            "al-Qa ida . Ten years later , the USA and UK remain there .")
    assert found(text, dt.date(2011, 4, 3)) == [("February", "2011-02"), ("Ten years", "P10Y")]
    text = ("Saddam gassed Halabja in March 1988 . Today , more than two decades later , the former "
            "president faces trial .")
    assert found(text, dt.date(2005, 10, 19))[1:] == [("Today", "2005-10-19"),
                                                      ("more than two decades", "P20Y")]
    # one that stays before the article is a date, its hedge included
    text = "The quake struck on 12 January . Almost a day later , rescuers pulled her out ."
    assert found(text, dt.date(2010, 1, 23)) == [("12 January", "2010-01-12"),
                                                 ("Almost a day later", "2010-01-13")]


def test_a_hedge_that_is_no_preposition_is_part_of_a_later():
    # "just over", "just under" and "roughly" hedge as "nearly" does; "about" and "over" stay out
    day = dt.date(2011, 3, 10)
    text = "The firm was founded in 2009 and , just over a year later , went bust ."
    assert found(text, day) == [("2009", "2009"), ("just over a year later", "2010")]
    text = "The army moved in on 1 March ; just under a week later , the shelling stopped ."
    assert found(text, day) == [("1 March", "2011-03-01"), ("just under a week later", "2011-W10")]
    text = "The quake hit on 1 March . Roughly two weeks later , aid is still not arriving ."
    assert found(text, day) == [("1 March", "2011-03-01"), ("Roughly two weeks", "P2W")]
    text = "The army moved in on 1 March ; about a week later , the shelling stopped ."
    assert found(text, day) == [("1 March", "2011-03-01"), ("a week later", "2011-W10")]


def test_a_later_counted_from_a_day_still_ahead_is_a_timetable_in_any_tense():
    day = dt.date(2011, 3, 10)
    text = "The first round is on 27 March ; a run-off follows two weeks later ."
    assert found(text, day) == [("27 March", "2011-03-27"), ("two weeks later", "2011-W14")]
    text = "Voters go to the polls on 20 March , and the new parliament sits a week later ."
    assert found(text, day) == [("20 March", "2011-03-20"), ("a week later", "2011-W12")]
    text = "The Games open on 6 February 2014 and the Paralympics follow a month later ."
    assert found(text, day) == [("6 February 2014", "2014-02-06"), ("a month later", "2014-03")]
    # near miss: from a day before the article, a present "later" past it is still a span
    text = "The quake hit on 1 March . Two weeks later , aid is still not arriving ."
    assert found(text, day) == [("1 March", "2011-03-01"), ("Two weeks", "P2W")]
    # nor from a reader's comment stamped the day after the article (Timeline17: CNN 2011-04-07)
    text = "April 8 , 2011 at 12:19 pm | Reply 50 years later it has n't worked in Korea ."
    assert found(text, dt.date(2011, 4, 7))[-1] == ("50 years", "P50Y")


def test_could_past_its_adverbs_or_in_a_past_clause_tells_a_past_ability():
    # a Wednesday story (2011-02-02): each of these happened on the day before it
    day = dt.date(2011, 2, 2)
    assert found("Explosions could also be heard on Tuesday near the airport .", day) == [
        ("Tuesday", "2011-02-01")]
    assert found("Gunfire could clearly be heard across the capital on Tuesday night .", day) == [
        ("Tuesday night", "2011-02-01TNI")]
    assert found("Reporters could finally enter the square on Tuesday .", day) == [("Tuesday", "2011-02-01")]
    assert found("Smoke could be smelt in the city centre on Monday .", day) == [("Monday", "2011-01-31")]
    # a negative subject or object
    assert found("Neither death could be confirmed independently on Tuesday .", day) == [
        ("Tuesday", "2011-02-01")]
    assert found("No one could explain on Tuesday why the alarm failed .", day) == [("Tuesday", "2011-02-01")]
    # a past in the clause
    assert found("The fire was so intense that firefighters could do nothing on Monday but watch .", day) == [
        ("Monday", "2011-01-31")]
    assert found("Only 40 people could be rescued on Monday before the storm returned .", day) == [
        ("Monday", "2011-01-31")]
    # near misses: what could still come, beside a past participle or a past hope in its clause
    # (Timeline17: CNN 2011-03-28, a Monday)
    text = ("However , it could take until Thursday or Friday for the organization to take over the "
            "entire mission mandated by a March 17 U.N. Security Council resolution .")
    assert found(text, dt.date(2011, 3, 28))[:2] == [("Thursday", "2011-03-31"), ("Friday", "2011-04-01")]
    assert found("Brent crude could climb to $110 a barrel by Friday , traders said .", day) == [
        ("Friday", "2011-02-04")]
    assert found("The army said on Tuesday that it could deploy troops on Friday if needed .", day) == [
        ("Tuesday", "2011-02-01"), ("Friday", "2011-02-04")]


def test_a_weekday_after_for_is_the_nearest_only_when_something_is_prepared_for_it():
    # a Wednesday story (2011-02-02): what the day brought, told in the past, is the day before
    day = dt.date(2011, 2, 2)
    assert found("Casualty figures for Friday were not available , the ministry said .", day) == [
        ("Friday", "2011-01-28")]
    assert found("Turnout for Thursday , the first day of voting , was low .", day) == [("Thursday", "2011-01-27")]
    assert found("Police blamed the protesters for Friday , when three officers were hurt .", day) == [
        ("Friday", "2011-01-28")]
    # a capitalised noun after it names what the day brings
    assert found("Thousands of worshippers gathered in the square for Friday Prayers .", day) == [
        ("Friday", "2011-01-28")]
    # a pair stays together, in the past or prepared for
    assert found("A curfew was imposed on Cairo for Saturday and Sunday after the riots .", day) == [
        ("Saturday", "2011-01-29"), ("Sunday", "2011-01-30")]
    assert found("More flights were to be arranged for Saturday and Sunday .", day) == [
        ("Saturday", "2011-02-05"), ("Sunday", "2011-02-06")]


def test_a_condition_told_in_the_present_looks_ahead():
    # Timeline17: CNN 2011-06-15 (a Wednesday), CNN 2011-02-13 (a Sunday), CNN 2011-01-30
    text = ("The Obama administration will be in violation of the War Powers Resolution , if it fails to "
            "get congressional authorization by Sunday , the 90th day since the mission began .")
    assert found(text, dt.date(2011, 6, 15)) == [("Sunday", "2011-06-19")]
    text = "ZAKARIA : And if by Friday there is n't a meaningful roadmap to -- for a transition , what then ?"
    assert found(text, dt.date(2011, 2, 13)) == [("Friday", "2011-02-18")]
    text = ("If the energy can be channeled constructively into free and open elections in September , "
            "Egypt will be a model .")
    assert found(text, dt.date(2011, 1, 30)) == [("September", "2011-09")]


def test_a_condition_told_in_the_past_or_a_comparison_keeps_the_past():
    text = "Reporters asked if the minister was in Cairo on Monday ."
    assert found(text, dt.date(2011, 2, 2)) == [("Monday", "2011-01-31")]
    text = "The crowd behaved as if it owns the square on Monday , police said ."
    assert found(text, dt.date(2011, 2, 2)) == [("Monday", "2011-01-31")]


def test_until_the_end_of_a_day_is_a_deadline_ahead():
    # a deadline told in the present (DCT a Wednesday)
    text = "Lawmakers have until the end of the day Monday to agree on a new plan ."
    assert found(text, dt.date(2013, 3, 20)) == [("Monday", "2013-03-25")]
    text = "The banks stay closed until the close of business Tuesday , the central bank says ."
    assert found(text, dt.date(2013, 3, 20)) == [("Tuesday", "2013-03-26")]


def test_sending_or_chartering_in_the_present_arranges_a_day_ahead():
    # Timeline17: CNN 2011-02-01 (a Tuesday), BBC 2012-02-06 (a Monday), BBC 2010-01-25 (a Monday)
    text = ("The British Foreign Office is sending a charter flight to Cairo on Wednesday to fly back "
            "British citizens with no other way to get home .")
    assert found(text, dt.date(2011, 2, 1)) == [("Wednesday", "2011-02-02")]
    text = ("They are sending their Foreign Minister , Sergei Lavrov , to talk to President Assad in "
            "Damascus on Tuesday .")
    assert found(text, dt.date(2012, 2, 6)) == [("Tuesday", "2012-02-07")]
    text = "On Friday , ShelterBox is chartering a 747 aircraft with 1,800 boxes ."
    assert found(text, dt.date(2010, 1, 25)) == [("Friday", "2010-01-29")]


def test_words_reported_after_a_future_keep_the_future():
    # Timeline17: CNN 2011-04-01 (a Friday); the reporting verb after the day tells when it was said
    text = ("Al-Obeidy will ` ` hopefully '' be seen by a few female journalists by Saturday , "
            "government says")
    assert found(text, dt.date(2011, 4, 1)) == [("Saturday", "2011-04-02")]
    text = ("Eman al-Obeidy will ` ` hopefully '' be visited by two or three female journalists by "
            "Saturday , Mousa Ibrahim said .")
    assert found(text, dt.date(2011, 4, 1)) == [("Saturday", "2011-04-02")]
    # a past before the day keeps it: "said" after it reports a past event
    text = "Rebels seized the town of Brega on Saturday , a spokesman said ."
    assert found(text, dt.date(2011, 4, 1)) == [("Saturday", "2011-03-26")]


def test_a_gathering_or_a_deadline_told_in_the_present_is_ahead():
    # Timeline17: CNN 2011-02-10 (a Thursday), BBC 2011-10-29 (a Saturday)
    text = ("The heads of several missions are gathering on Monday , and plan to discuss preparing "
            "contingency plans .")
    assert found(text, dt.date(2011, 2, 10)) == [("Monday", "2011-02-14")]
    text = ("The Arab League is trying to bring the government and opposition together for a national "
            "dialogue but there is a deadline of Monday for the initiative to succeed .")
    assert found(text, dt.date(2011, 10, 29)) == [("Monday", "2011-10-31")]
    # BBC 2011-09-11 (a Sunday): a deadline given in the past keeps the past day
    text = "It had given holdout towns a deadline of Saturday to surrender ."
    assert found(text, dt.date(2011, 9, 11)) == [("Saturday", "2011-09-10")]


def test_a_span_after_for_or_took_before_an_event_is_a_length_of_time():
    # Timeline17: CNN 2011-02-10, Reuters 2011-07-26; TimeML tags the span alone, a DURATION
    text = ("an activist who was seized by security forces and held for 10 days before he was released "
            "Monday .")
    assert typed(text, dt.date(2011, 2, 10))[0] == ("10 days", "DURATION", "P10D")
    text = ("Gordon Brown -- who ruled the Treasury for a decade before taking over from Tony Blair as "
            "prime minister in 2007 --")
    assert typed(text, dt.date(2011, 7, 26))[0] == ("a decade", "DURATION", "P10Y")


def test_a_day_of_last_year_is_in_last_year_and_anchors_what_follows():
    # Timeline17: Guardian 2005-11-27 and 2005-07-07; the day was 2005-09-01 and 2005-05-23 before
    text = ("He was arrested on 1 September last year and 10 days ago was charged with sending the "
            "document .")
    assert found(text, dt.date(2005, 11, 27))[0] == ("1 September last year", "2004-09-01")
    text = ("By June 28 last year , however , when Bremer left Baghdad , one agent turned up three days "
            "later with exactly that amount .")
    assert found(text, dt.date(2005, 7, 7)) == [("June 28 last year", "2004-06-28"),
                                                ("three days later", "2004-07-01")]


def test_an_anniversary_counted_back_from_today_names_that_day():
    # Timeline17: CNN 2011-02-11, Guardian 2005-09-12; what follows chains from the day named
    text = ("This is a video from 32 years ago today , the day of Iran 's revolution , an odd coincidence "
            "that Mubarak steps down on the same day that the Iranian government was overthrown in 1979 .")
    assert found(text, dt.date(2011, 2, 11))[:2] == [("32 years ago today", "1979-02-11"),
                                                    ("the same day", "1979-02-11")]
    text = "The assault on America four years ago this week was in every way as infamous a deed"
    assert found(text, dt.date(2005, 9, 12)) == [("four years ago this week", "2001-W37")]


def test_last_season_said_while_it_lasts_is_the_year_before():
    # Timeline17: Reuters 2011-08-12 and Guardian 2005-08-15 (summer not yet over)
    text = ("he is concerned by a trend towards lower U.S. oil demand evident since last summer : `` The "
            "last time U.S. oil demand was falling was in 2008 .")
    assert found(text, dt.date(2011, 8, 12))[0] == ("last summer", "2010-SU")
    # over by December: "last summer" is the one just gone
    assert found("Prices rose sharply last summer .", dt.date(2013, 12, 10)) == [("last summer", "2013-SU")]


def test_a_winter_is_named_by_its_january():
    # the winter of December 2013 to February 2014 is 2014-WI, as "last winter" said in March 2014
    # and "this winter" said in January 2014 already named it
    dct = dt.date(2013, 12, 10)
    assert found("Heating bills will rise this winter .", dct) == [("this winter", "2014-WI")]
    assert found("Heating bills will rise next winter .", dct) == [("next winter", "2015-WI")]
    assert found("Heating bills rose last winter .", dct) == [("last winter", "2013-WI")]
    assert found("Heating bills will rise this winter .", dt.date(2014, 1, 15)) == [("this winter", "2014-WI")]
    assert found("Heating bills rose last winter .", dt.date(2014, 3, 15)) == [("last winter", "2014-WI")]



def test_the_coming_winter_is_the_one_its_january_is_ahead_of():
    # said in December, "the coming winter" is the one just begun, not the one after it
    dct = dt.date(2013, 12, 5)
    assert found("Syrian refugees face the coming winter in tents .", dct) == [("coming winter", "2014-WI")]
    assert found("Aid agencies are preparing for this coming winter in the camps .", dct) == [
        ("this coming winter", "2014-WI")]
    assert found("Gas prices are expected to spike during the upcoming winter .", dct) == [
        ("upcoming winter", "2014-WI")]
    # from October "this winter" is the one ahead, as in December (Timeline17: Reuters 2011-10-14)
    assert found("Heating bills will rise this winter , the regulator warned .", dt.date(2013, 11, 20)) == [
        ("this winter", "2014-WI")]
    text = "Power levels in northern Europe will be unlikely to re-charge this winter ."
    assert found(text, dt.date(2011, 10, 14)) == [("this winter", "2012-WI")]
    # near misses: in a winter's own January, and "the coming summer" in December
    assert found("Heating bills will rise this winter .", dt.date(2014, 1, 15)) == [("this winter", "2014-WI")]
    assert found("Crowds are expected during the coming summer .", dct) == [("coming summer", "2014-SU")]


def test_a_live_pages_clock_after_the_day_is_no_year():
    # BBC live pages head each entry with the day and a 24-hour clock: "1130 GMT" is no year 1130
    for clock in ("1130 GMT", "1130  GMT", "1130 hrs", "1130 local time"):
        assert typed(f"19 JANUARY, {clock}, BANI: People queued for water.", dt.date(2010, 1, 19))[0] == (
            "19 JANUARY", "DATE", "2010-01-19"), clock
    assert typed("In January 1130 hrs were logged.", dt.date(2010, 1, 19))[0][2] != "1130-01"


def test_a_season_joined_to_a_season_is_a_date_too():
    # Timeline17, BBC 2012-03-12: "autumn" was left untagged after "the summer and"
    text = "A number of other factors sustained the protests throughout the summer and autumn ."
    assert found(text, dt.date(2012, 3, 12)) == [("the summer", "2011-SU"), ("autumn", "2011-FA")]
    # without a season before it, a bare season still needs a preposition to be a time
    assert found("Tents will not work when winter and rain arrive", dt.date(2012, 3, 12)) == []


def test_a_season_joined_to_no_time_is_no_date():
    # the first season must be a time itself, and the pair may not go on to name a thing
    for text in ("She won gold at both the summer and winter Olympics.",
                 "The designer showed her spring and fall collections in Paris.",
                 "Prices will fall and winter will bring more hardship."):
        assert [t for t in found(text, dt.date(2011, 6, 1)) if t[1].endswith(("-WI", "-FA", "-SP", "-SU"))] == [], text


def test_this_weekend_told_in_the_past_on_a_monday_is_the_weekend_just_ended():
    # Timeline17, CNN Monday 2011-03-21 (the strikes began on Saturday 19 March) and the Guardian
    # Monday 2005-08-15: a week starts on Monday, so its own weekend is still ahead
    text = ("The U.S. military has led the initial allied air attacks against Moammar Gadhafi 's forces"
            " in Libya , which began this weekend .")
    assert found(text, dt.date(2011, 3, 21)) == [("this weekend", "2011-W11-WE")]
    text = "On Israeli television this weekend , he declared that `` all options are on the table '' ."
    assert found(text, dt.date(2005, 8, 15)) == [("this weekend", "2005-W32-WE")]
    # near misses: a weekend ahead stays the one of the article's week
    text = "Syrian President Bashar Al-Assad may face mass protests this weekend from opposition groups ."
    assert found(text, dt.date(2011, 1, 31)) == [("this weekend", "2011-W05-WE")]
    text = "religious parties are certain to dominate the new parliament after this weekend 's elections ."
    assert found(text, dt.date(2005, 1, 24)) == [("this weekend", "2005-W04-WE")]


def test_a_paper_or_channel_named_today_is_no_day():
    # Timeline17: 15 "USA Today" and 3 "Russia Today" were tagged as the article's date
    text = ("One of the military officials in charge of the program told USA Today the campaign was"
            " designed to counter propaganda .")
    assert found(text, dt.date(2012, 2, 8)) == []
    assert found("State-run Russia Today reported on Monday that Moscow had deployed ships .",
                 dt.date(2012, 6, 19)) == [("Monday", "2012-06-18")]
    # near miss: the day itself after a name is still the day
    assert found("Robin Williams told USA Today he would like to return today .", dt.date(2005, 12, 24)) == [
        ("today", "2005-12-24")]


def test_this_weekend_told_in_the_past_late_in_the_week_is_still_the_coming_one():
    # Timeline17, Reuters Friday 2011-08-26: a reported plan, the Notting Hill carnival of 28 August
    text = ("It would be a tragedy if the carnival was not to go ahead , '' he added , referring to"
            " this weekend 's African-Caribbean festival in London .")
    assert found(text, dt.date(2011, 8, 26)) == [("this weekend", "2011-W34-WE")]


def test_a_past_participle_after_a_hyphen_is_an_adjective_with_no_tense():
    # Timeline17: 'state-imposed', 'color-coded' and 'U.S.-led' were past verbs to the tense cues
    text = ("-LRB- Update 9:46 p.m. Cairo , 2:46 p.m. ET -RRB- On Monday , a state-imposed curfew will"
            " start one hour earlier than Sunday 's .")  # CNN, Sunday 2011-01-30
    assert ("Monday", "2011-01-31") in found(text, dt.date(2011, 1, 30))
    text = ("The Department of Homeland Security is ending its color-coded terror threat level system"
            " in April , as expected .")  # CNN 2011-01-26
    assert found(text, dt.date(2011, 1, 26)) == [("April", "2011-04")]
    text = ("Japan looks set to commit itself to talks on a U.S.-led free trade pact at the"
            " Asia-Pacific summit in Hawaii this weekend .")  # Reuters, Tuesday 2011-11-08
    assert found(text, dt.date(2011, 11, 8)) == [("this weekend", "2011-W45-WE")]
    # near miss: after a verb's prefix the participle is still a verb
    assert found("He was re-elected on Sunday .", dt.date(2011, 2, 1)) == [("Sunday", "2011-01-30")]


def test_last_weekday_a_day_or_two_back_is_the_week_befores():
    # BBC, the Wednesday and the Thursday after the Haiti quake of Tuesday 12 January 2010; CNN on
    # the Friday after Resolution 1973 (Thursday 17 March 2011); BBC on Sunday 12 February 2012
    for text, dct, value in (
            ("An estimated 200,000 people died in last Tuesday's quake and another 1.5 million were "
             "made homeless.", dt.date(2010, 1, 20), "2010-01-12"),
            ("Between 100,000 and 200,000 people may have died in Haiti as a result of the "
             "devastating earthquake that struck last Tuesday.", dt.date(2010, 1, 21), "2010-01-12"),
            ("U.N. Resolution 1973, which was hurriedly passed last Thursday as Libyan forces were "
             "closing in on Benghazi", dt.date(2011, 3, 25), "2011-03-17"),
            ("More than 400 people have been killed since security forces launched an assault on "
             "the city last Saturday.", dt.date(2012, 2, 12), "2012-02-04")):
        [found] = [t for t in tag(text, dct) if t.text.startswith("last")]
        assert found.value == value, text


def test_last_weekday_over_a_weekend_or_further_back_is_the_latest():
    # the Sunday after Mubarak stepped down (Friday 11 February 2011); "this past" is the latest
    for text, dct, value in (
            ("We watched history being made last Friday as the dictatorship yielded to peaceful "
             "protests.", dt.date(2011, 2, 13), "2011-02-11"),
            ("Obama, on television last Saturday, told the American people.", dt.date(2011, 3, 21),
             "2011-03-19"),
            ("The deal was signed this past Tuesday.", dt.date(2010, 1, 20), "2010-01-19"),
            ("He said last Tuesday that talks would resume.", dt.date(2023, 11, 25), "2023-11-21")):
        [found] = [t for t in tag(text, dct) if "Tuesday" in t.text or "Friday" in t.text
                   or "Saturday" in t.text]
        assert found.value == value, text


def test_a_zoned_clock_before_its_conversion_is_on_the_day_named_after_it():
    # BBC, the day after the Haiti quake, and a chronology of 24 January
    text = ("The first tremor had hit at 1653 local time (2153 GMT) on Tuesday, the US Geological "
            "Survey said.")
    assert [(t.text, t.value) for t in tag(text, dt.date(2010, 1, 13))][0] == \
        ("1653 local time", "2010-01-12T16:53")
    text = ("This is how events unfolded after the quake struck at 1653 local time -LRB- 2153 GMT "
            "-RRB- on Tuesday , 12 January .")
    assert [(t.text, t.value) for t in tag(text, dt.date(2010, 1, 24))][0] == \
        ("1653 local time", "2010-01-12T16:53")


# --- live pages: an entry's stamp names its own day ---------------------------------------------

def test_a_weekday_in_a_live_entry_is_read_from_the_day_its_stamp_names():
    # CNN's live page dated Thursday 2011-02-10 carries entries of Friday 11 February (Mubarak
    # stepped down that day): "Friday" told in the past was read as the Friday before the page
    text = ("-LRB- Update 11:02 a.m. Friday in Cairo , 4:48 a.m. Friday ET -RRB- The roads leading up to the"
            " palace were shut down Friday and the army is setting up a barbed-wire barricade .")
    assert found(text, dt.date(2011, 2, 10))[-1] == ("Friday", "2011-02-11")
    # CNN's Libya page dated Sunday 2011-02-20: the local day is the entry's, not the newsroom's
    text = ("-LRB- Updated : 1:09 a.m. Monday , Libya ; 6:09 p.m. Sunday ET -RRB- : The son of Moammar"
            " Gadhafi said early Monday that a `` great sedition '' was under way in Benghazi .")
    assert found(text, dt.date(2011, 2, 20))[-1] == ("early Monday", "2011-02-21")
    # untokenised copy writes the stamp in brackets
    text = "(Update 11:02 a.m. Friday in Cairo, 4:48 a.m. Friday ET) The palace roads were shut down Friday."
    assert found(text, dt.date(2011, 2, 10))[-1] == ("Friday", "2011-02-11")


def test_a_weekday_in_a_live_entry_between_the_page_and_its_stamp_is_that_day_in_any_tense():
    # the same Thursday page: the announcement of Thursday night is not next week's, though the
    # sentence looks ahead ("are expected Friday")
    text = ("-LRB- Update 6:22 a.m. Friday in Cairo , 11:22 p.m. Thursday ET -RRB- More large anti-government"
            " protests are expected Friday in Cairo , Alexandria and elsewhere in Egypt , despite Mubarak 's"
            " announcement late Thursday that he 'd delegate his powers to Vice President Omar Suleiman .")
    assert [v for t, v in found(text, dt.date(2011, 2, 10)) if t in ("Friday", "late Thursday")] == [
        "2011-02-11", "2011-02-10"]


def test_today_in_a_live_entry_takes_the_stamps_day_only_where_its_two_clocks_agree():
    # a Tuesday page (2011-02-01): both halves of the stamp name Wednesday
    text = ("-LRB- Update 11:28 a.m. Wednesday in Cairo , 4:28 a.m. ET Wednesday -RRB- Protesters returned"
            " to Tahrir Square this morning , and the army said today it would not fire on them .")
    assert [v for t, v in found(text, dt.date(2011, 2, 1)) if t in ("this morning", "today")] == [
        "2011-02-02TMO", "2011-02-02"]
    # near miss: at 12:16 a.m. Thursday in Cairo, 5:16 p.m. Wednesday in New York, whose
    # afternoon? The page's date (Wednesday 2011-02-02) stays the anchor
    text = ("-LRB- Update 12:16 a.m. Thursday in Cairo , 5:16 p.m. ET Wednesday -RRB- This afternoon , a man"
            " in a gray shirt stood in the middle of the street .")
    assert found(text, dt.date(2011, 2, 2))[-1] == ("This afternoon", "2011-02-02TAF")


def test_a_live_entry_ends_at_the_next_stamp_and_a_stamp_of_the_pages_day_changes_nothing():
    # CNN 2011-01-31 (a Monday): the entry after a stamp that names no day keeps the page's date
    text = ("-LRB- Update 12:19 a.m. Tuesday in Cairo , 5:19 p.m. ET Monday -RRB- A few hundred demonstrators"
            " have gathered in front of Egypt 's mission to the United Nations in New York . -LRB- Update"
            " 11:51 p.m. Cairo , 4:51 p.m. ET -RRB- Protesters gathered in Tahrir Square said Tuesday they"
            " would not leave .")
    assert found(text, dt.date(2011, 1, 31))[-1] == ("Tuesday", "2011-01-25")
    # a stamp of the page's own day: "Friday" told in the past is still the one before it
    text = ("-LRB- Update 12:49 p.m. Friday in Cairo , 5:49 a.m. Friday ET -RRB- The ministry said the"
            " curfew imposed Tuesday would be shortened .")
    assert ("Tuesday", "2011-02-01") in found(text, dt.date(2011, 2, 4))


def test_a_live_entrys_own_stamp_is_read_from_the_day_it_names():
    # CNN's live page dated Monday 2011-01-31: the stamp's local clock is early Tuesday, its
    # newsroom's clock Monday evening (both were read as times of the week before)
    text = ("-LRB- Update 12:19 a.m. Tuesday in Cairo , 5:19 p.m. ET Monday -RRB- A few hundred demonstrators"
            " have gathered in front of Egypt 's mission to the United Nations in New York .")
    assert found(text, dt.date(2011, 1, 31))[:2] == [("12:19 a.m. Tuesday", "2011-02-01T00:19"),
                                                    ("5:19 p.m. ET Monday", "2011-01-31T17:19")]
    # CNN's Libya page dated Sunday 2011-02-20
    text = ("-LRB- Updated : 1:38 a.m. Monday , Libya ; 6:38 p.m. Sunday ET -RRB- : Libya 's army has been"
            " deployed in the capital .")
    assert found(text, dt.date(2011, 2, 20))[:2] == [("1:38 a.m. Monday", "2011-02-21T01:38"),
                                                    ("6:38 p.m. Sunday", "2011-02-20T18:38")]
    # the night after the stamp's evening, told in the past on a page dated Tuesday 2011-02-01
    text = ("-LRB- Update 4:51 a.m. Thursday in Cairo , 9:51 p.m. ET Wednesday -RRB- CNN 's Ivan Watson , reporting"
            " on the gunfire that was heard in central Cairo minutes ago , said it took place along the"
            " barricaded edges of Tahrir Square , where anti-government protesters stayed through the night .")
    assert found(text, dt.date(2011, 2, 1))[-1] == ("the night", "2011-02-02TNI")


def test_review_fixes_a_year_end_a_plan_told_since_and_a_hyphenated_verb():
    # review of 21be17d: the day named beside "the next day" takes the year nearest the step
    assert found("Worshippers gathered in Alexandria on Dec. 31 . The next day , Jan. 1 , a bomb "
                 "exploded outside the church .", dt.date(2011, 1, 5))[1] == ("The next day", "2011-01-01")
    assert found("A car bomb hit the church on Jan. 1 . The day before , Dec. 31 , police had been "
                 "warned .", dt.date(2011, 1, 5))[1] == ("The day before", "2010-12-31")
    # review of 81424f0: a month a past "since" clause tells as a plan is still ahead
    assert found("Protests have eased since the junta announced it would hand over power in June .",
                 dt.date(2012, 2, 10)) == [("June", "2012-06")]
    assert found("More than 400 people have been killed since the uprising began in March .",
                 dt.date(2011, 6, 10)) == [("March", "2011-03")]
    # review of 8d177ee: a hyphenated participle after its subject is a verb, after "a" an adjective
    assert found("Iran test-fired two long-range missiles in August .", dt.date(2011, 3, 16)) == \
        [("August", "2010-08")]
    assert found("On Monday , a state-imposed curfew will start one hour earlier .",
                 dt.date(2011, 1, 30))[0] == ("Monday", "2011-01-31")


def test_a_list_of_dates_still_ahead_is_no_chronology_of_the_past():
    # review of d553185: the entries after the first of a timetable a week before the vote
    assert found("Key dates : 28 November - First round of parliamentary elections , 5 December - "
                 "Run-off in undecided seats , 13 December - New parliament convenes .",
                 dt.date(2010, 11, 20)) == [("28 November", "2010-11-28"), ("5 December", "2010-12-05"),
                                            ("13 December", "2010-12-13")]


def test_this_week_told_ahead_on_a_sunday_is_the_week_starting_the_next_day():
    # BBC, Sunday 29 January 2012: the delegation went to New York on the 31st (ISO week 5)
    assert found("An Arab League delegation will travel to New York this week to address Security "
                 "Council members .", dt.date(2012, 1, 29)) == [("this week", "2012-W05")]
    # told in the past it is the week just ending, which a Sunday closes
    assert found("Huffington announced a deal with AOL this week .", dt.date(2011, 2, 13)) == \
        [("this week", "2011-W06")]
    # "last week" keeps the ISO week before the DCT's, as TBAQ's gold counts it (3 of 4)
    assert found("Netanyahu's comments last week were in response to signals from Syria .",
                 dt.date(1998, 3, 1)) == [("last week", "1998-W08")]


def test_a_live_stamp_with_the_home_clock_first_dates_its_entry_by_the_local_day():
    # CNN's Libya page dated Sunday 2011-03-20 runs into Monday and Tuesday with stamps that name
    # the newsroom's clock first and Libya's after it, and no "Update": its entries were a week back
    text = ("-LRB- 11 p.m. Monday ET , 5 a.m. Tuesday in Libya -RRB- The United States fired 20 Tomahawk"
            " cruise missiles into Libya in the past 12 hours , a military spokeswoman said early Tuesday"
            " morning . -LRB- 4:08 p.m. Monday ET , 10:08 p.m. Monday in Libya -RRB- Oil prices surged in"
            " electronic trading Monday after coalition forces launched an attack .")
    assert [(t, v) for t, v in found(text, dt.date(2011, 3, 20)) if "day" in t and not t[0].isdigit()] == [
        ("early Tuesday morning", "2011-03-22TMO"), ("Monday", "2011-03-21")]
    assert found(text, dt.date(2011, 3, 20))[:2] == [("11 p.m. Monday", "2011-03-21T23:00"),
                                                    ("5 a.m. Tuesday", "2011-03-22T05:00")]
    # Tokyo's clock after the newsroom's, on a page dated Saturday 2011-03-19
    text = ("-LRB- 10:45 p.m. Saturday , 11:45 a.m. Sunday in Tokyo -RRB- Construction of temporary housing"
            " for displaced residents began .")
    assert found(text, dt.date(2011, 3, 19))[:2] == [("10:45 p.m. Saturday", "2011-03-19T22:45"),
                                                    ("11:45 a.m. Sunday", "2011-03-20T11:45")]


def test_two_clocks_in_a_sentence_are_no_live_entrys_stamp():
    # an article of Wednesday 2011-03-23, not a live page: the aside inside the sentence names the
    # Saturday before (review of d1fac8f: it read the one ahead, 2011-03-26, after the article)
    text = ("The first Tomahawk missiles struck Libya (2 p.m. Saturday ET, 8 p.m. Saturday in Libya), the"
            " Pentagon said.")
    assert found(text, dt.date(2011, 3, 23)) == [("2 p.m. Saturday", "2011-03-19T14:00"),
                                                 ("8 p.m. Saturday", "2011-03-19T20:00")]


def test_the_end_of_a_quarter_named_leaves_the_quarter_the_topic_of_the_period_after_it():
    # WSJ 1 November 1989 (TimeBank wsj_0344): "Sept. 30" ends the quarter, which "the
    # corresponding period last year" then means; only "last year" was found before
    text = ("Price Stern Sloan Inc. reported a net loss of $8.1 million, or $2.14 a share, for the third"
            " quarter ended Sept. 30.\n\nThese results compare with net income of $1.8 million, or 44 cents"
            " a share, for the corresponding period last year.")
    assert found(text, dt.date(1989, 11, 1))[-1] == ("the corresponding period last year", "1988-Q3")
    # the end of six months is still what "a year earlier" counts from (TimeBank wsj_1006)
    text = ("Mr. Lortie joined Provigo in 1985. For the six months ended Aug. 12, Provigo posted net income"
            " of C$6.5 million, compared with C$18.1 million a year earlier.")
    assert found(text, dt.date(1989, 10, 26))[-1] == ("a year earlier", "1988")


def test_the_first_nine_months_make_their_year_the_period_the_anaphors_after_them_mean():
    # WSJ 2 November 1989 (TimeBank wsj_0144): after the quarter, the nine months are reported,
    # and "the 1988 period" is theirs (TBAQ: 1988), not the quarter's (1988-Q3)
    text = ("The insurer posted earnings of $24 million in the third quarter. In the first nine months, net"
            " was $306 million, compared with a loss of $195 million in the 1988 period.")
    assert found(text, dt.date(1989, 11, 2))[-1] == ("the 1988 period", "1988")
    # WSJ 26 October 1989 (wsj_0950)
    text = ("EDS earned $315.8 million in the third quarter. Revenue from non-GM accounts was 45% of EDS's"
            " total business in the latest nine months, compared with 40% a year earlier.")
    assert found(text, dt.date(1989, 10, 26))[-1] == ("a year earlier", "1988")
    # a bare "that period" after another year stays unknown (Timeline17: a span of years told before)
    text = ("Between 2005 and 2008, the United States delivered $4.8 billion in weaponry to the country"
            " in that period.")
    assert [t for t, v in found(text, dt.date(2011, 2, 1))] == ["2005", "2008"]


def test_six_or_nine_months_with_no_quarter_named_set_no_year_for_what_follows():
    # news, not earnings copy (review of c9dd546): the months are no report's period, so "That
    # year", "a year later" still count from the year told before them
    text = ("Mubarak fell in February 2011. Over the nine months that followed, the army ruled. That year,"
            " tourism collapsed.")
    assert found(text, dt.date(2012, 3, 15))[-1] == ("That year", "2011")
    text = ("The uprising began in March 2011. In the first six months, the army killed 2,000 people; a year"
            " later, the toll had passed 8,000.")
    assert found(text, dt.date(2012, 3, 15))[-1] == ("a year later", "2012")


def test_overnight_before_a_weekday_is_that_weekdays_night():
    # Timeline17, CNN Saturday 2011-01-29: the night from Friday into Saturday, not Thursday's
    text = ("But the police force seemed to have evaporated overnight Friday to Saturday and ceded the"
            " streets to the demonstrators .")
    assert typed(text, dt.date(2011, 1, 29)) == [("overnight Friday", "TIME", "2011-01-28TNI"),
                                                ("Saturday", "DATE", "2011-01-29")]
    # CNN Sunday 2011-08-21: the night of the Saturday before
    text = "He blamed armed gangs for the blasts and gunfire heard overnight Saturday inside Tripoli ."
    assert typed(text, dt.date(2011, 8, 21)) == [("overnight Saturday", "TIME", "2011-08-20TNI")]


def test_overnight_on_the_articles_own_weekday_told_in_the_past_is_the_night_just_gone():
    # Timeline17, Reuters Sunday 2011-08-28: the night that ended on Sunday morning
    text = "Several explosions and intermittent gunfire were heard overnight Sunday ."
    assert typed(text, dt.date(2011, 8, 28)) == [("overnight Sunday", "TIME", "2011-08-27TNI")]
    # BBC Wednesday 2010-01-13: a night still to come is the day's own
    text = "Cdera officials had hoped that regional aid could start arriving in Haiti overnight Wednesday ."
    assert typed(text, dt.date(2010, 1, 13)) == [("overnight Wednesday", "TIME", "2010-01-13TNI")]


def test_a_month_that_is_a_first_name_listed_before_a_surname_is_no_month():
    # Timeline17, CNN 2011-01-28: "June" was read as June 2011
    text = ("NASA Television will air a remembrance service honoring the crew , and June Scobee Rodgers , the"
            " widow of Cmdr. Dick Scobee , will be a speaker .")
    assert found(text, dt.date(2011, 1, 28)) == []
    # a month paired with a time before it stays a month, whatever word follows
    assert found("Prices rose in April and May Congress acted .", dt.date(2011, 1, 28)) == [
        ("April", "2010-04"), ("May", "2010-05")]


def test_the_last_day_of_a_month_is_that_day():
    # Timeline17, CNN Student News Monday 2011-01-31: "January" alone was the month
    text = ("CARL AZUZ , CNN STUDENT NEWS ANCHOR : It is the very last day of January , but the very first day of"
            " a new week of CNN Student News !")
    assert found(text, dt.date(2011, 1, 31)) == [("the very last day of January", "2011-01-31")]


# --- September 11 ---------------------------------------------------------------------------------

def test_september_eleventh_after_of_is_the_2001_attacks_years_later():
    # Guardian 2005-06-29: Bush's Fort Bragg speech
    assert found("urging them not to forget the lessons of September 11 and arguing the fight was vital",
                 dt.date(2005, 6, 29)) == [("September 11", "2001-09-11")]


def test_september_eleventh_days_after_it_is_that_day():
    assert found("Talks have stalled since September 11 , officials said .", dt.date(2011, 9, 21)) == [
        ("September 11", "2011-09-11")]


def test_september_eleventh_as_a_timeline_entry_is_that_day():
    # Reuters 2011-10-20, a timeline of the Libyan war
    assert found("Jibril arrives in Tripoli on his first visit since it was taken by his forces . "
                 "September 11 - Libya has started producing oil again , Jibril says .",
                 dt.date(2011, 10, 20)) == [("September 11", "2011-09-11")]


# --- holidays of other calendars ------------------------------------------------------------------

def test_dussehra_ahead_is_this_years_festival():
    # ../shared/dev/seeds/d4_strike_03.html (2024-10-03): Dussehra fell on 12 October 2024
    assert found("Union leader Rahul Deshmukh said the workers would not return before Dussehra unless "
                 "the company improved its offer.", dt.date(2024, 10, 3)) == [("Dussehra", "2024-10-12")]


# --- a weekday something may happen by ------------------------------------------------------------

def test_weekday_after_could_and_by_is_ahead():
    # CNN Student News, Monday 2011-01-31, a winter storm's forecast
    assert found("The East Coast could see it by Thursday .", dt.date(2011, 1, 31)) == [
        ("Thursday", "2011-02-03")]


def test_weekday_after_unless_by_is_ahead():
    # CNN, Sunday 2011-02-13, an interview after Mubarak's fall
    assert found("And what ElBaradei told me was , unless , by Friday , they have a fairly specific road map "
                 "for democracy", dt.date(2011, 2, 13)) == [("Friday", "2011-02-18")]


def test_weekday_by_after_could_have_stays_past():
    assert found("He could have left by Friday .", dt.date(2011, 6, 4)) == [("Friday", "2011-06-03")]


# --- the end of a rule just made ------------------------------------------------------------------

def test_month_a_waiver_runs_until_is_ahead_of_the_vote():
    # ../shared/dev/seeds/d1_hurricane_06.txt (2024-12-02)
    assert found("Last week, the parish council voted to waive building permit fees until the end of March.",
                 dt.date(2024, 12, 2)) == [("Last week", "2024-W48"), ("the end of March", "2025-03")]


def test_month_a_stay_lasted_until_stays_past():
    assert found("He stayed in hospital until March.", dt.date(2024, 12, 2)) == [("March", "2024-03")]
