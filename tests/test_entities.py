"""Tags for people, places and organisations, from the dev articles' own sentences."""

import pytest

from timeline.entities import names


def test_particles_keep_arabic_and_kurdish_place_names_whole():
    text = ("Fighting spread to four more villages east of Deir ez-Zor, residents said.")
    assert ("Deir ez-Zor", "place") in names(text)


def test_a_title_makes_a_person_and_is_not_part_of_the_name():
    text = "Sheikh Fawaz al-Hamad, the brigades’ commander, said on Wednesday that his fighters would not disarm."
    assert names(text) == (("Fawaz al-Hamad", "person"),)


def test_a_possessive_ends_a_name():
    text = "Workers returned to Sahyadri Auto Components' Chakan plant on Monday."
    assert names(text) == (("Sahyadri Auto Components", "organisation"), ("Chakan", "place"))



def test_an_initialism_with_its_dots_is_one_word_of_a_name():
    text = "More than 500 Americans have left Cairo on five flights, the U.S. State Department said."
    assert ("U.S. State Department", "organisation") in names(text)
    assert names("Aid trucks crossed into the north, U.N. officials said on Monday.")[0][0].startswith("U.N.")
    assert ("U.K.", "place") in names("Troops from the U.K. arrived in Basra on Monday.")
    assert ("U.A.E.", "place") in names("The envoy flew to the U.A.E. on Monday.")

def test_telling_words_say_the_kind():
    text = "Fighting between Arab tribal fighters and the Kurdish-led Syrian Democratic Forces (SDF) spread."
    assert dict(names(text)) == {"Syrian Democratic Forces": "organisation", "SDF": "organisation"}


@pytest.mark.parametrize("text", [
    "Crews reached the 90 percent mark on Labor Day.",
    "The court had risen for Christmas on 22 December.",
    "Police detained workers marching to mark Gandhi Jayanti on Wednesday, Oct. 2.",
    "Similar clashes between Arab tribes a year ago killed dozens.",
])
def test_calendar_words_holidays_and_demonyms_are_not_names(text):
    assert names(text) == ()


def test_a_lone_unknown_word_is_left_out_rather_than_guessed():
    assert names("Hale will be sentenced on 19 May.") == ()


def test_storms_are_tagged_as_events():
    text = "Volunteers served meals to families still living in trailers after Hurricane Ines."
    assert ("Hurricane Ines", "event") in names(text)


def test_the_gazetteer_knows_which_place_lies_in_which():
    from timeline.entities import known_place, one_place
    assert one_place("Chakan", "Pune") and one_place("Maharashtra", "Chakan")  # dev d4's plant
    assert one_place(known_place("Terrebonne Parish"), "Houma")  # dev d1
    assert one_place("Port-au-Prince", "Haiti")
    assert not one_place("Amman", "Sanaa") and not one_place("Mosul", "Baghdad")
    assert one_place("Tripoli", "Libya") and one_place("Tripoli", "Lebanon")  # read both ways
    assert known_place("US") == "United States" and known_place("Springfield") is None


def test_a_place_the_gazetteer_knows_is_a_place_after_any_preposition():
    text = "According to local media, flooding displaced thousands of families around Duhok on March 6."
    assert ("Duhok", "place") in names(text)
