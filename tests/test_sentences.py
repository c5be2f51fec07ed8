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
