"""The sentence splitter keeps exact offsets and does not break at abbreviations."""

from timeline.sentences import split


def test_offsets_point_back_into_the_text():
    text = "Hale was convicted on Tuesday.  Raman was cleared.\n\nThe judge thanked the jury."
    for sentence in split(text):
        assert text[sentence.start:sentence.end] == sentence.text
    assert [s.text for s in split(text)] == [
        "Hale was convicted on Tuesday.", "Raman was cleared.", "The judge thanked the jury."]


def test_blank_lines_start_a_new_paragraph():
    text = "The storm hit.\n\nPower failed. Crews came."
    assert [s.paragraph for s in split(text)] == [0, 1, 1]


def test_titles_and_month_abbreviations_do_not_end_a_sentence():
    text = "Col. Dana Reyes arrived on Aug. 26 in Qamishli. She met officials."
    assert [s.text for s in split(text)] == [
        "Col. Dana Reyes arrived on Aug. 26 in Qamishli.", "She met officials."]


def test_a_closing_quote_stays_with_its_sentence():
    text = 'He said the farm was "exactly as described." The jury listened.'
    assert [s.text for s in split(text)] == [
        'He said the farm was "exactly as described."', "The jury listened."]



def test_a_run_of_punctuation_ends_one_sentence_at_its_first_mark():
    text = "Really?!?! Yes. " + "?!" * 500
    sentences = split(text)
    assert sentences[0].text == "Really?!?!" and sentences[1].text.startswith("Yes. ?!")
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_related_headline_run_into_the_next_sentence_is_its_own_sentence():
    # scraped pages lose the line breaks after a story's highlights and related headlines
    text = ("Husband of missing reporter speaks out While the colonel did not mention the other "
            "three reporters, officials said all four would be released. The paper cites an "
            "interview with the leader's son He says the photographer will be freed\n"
            "Government must withdraw heavy weapons from towns, cities and villages Following 48 "
            "hours: Ceasefire to be implemented")
    assert [s.text for s in split(text)] == [
        "Husband of missing reporter speaks out",
        "While the colonel did not mention the other three reporters, officials said all four "
        "would be released.",
        "The paper cites an interview with the leader's son",
        "He says the photographer will be freed",
        "Government must withdraw heavy weapons from towns, cities and villages",
        "Following 48 hours: Ceasefire to be implemented",
    ]


def test_capitalised_words_inside_a_sentence_do_not_end_it():
    text = ("The envoy met officials in The Hague and the scientist He Jiankui on Monday, and "
            "said plan A is all I have to do. It was Made In Italy. Millions tuned in to Over There "
            "on Wednesday.")
    assert [s.text for s in split(text)] == [
        "The envoy met officials in The Hague and the scientist He Jiankui on Monday, and said "
        "plan A is all I have to do.",
        "It was Made In Italy.",
        "Millions tuned in to Over There on Wednesday.",
    ]
