"""topic.similarities against the loop over dicts it replaced, float for float: an article's
judgement sits on a cutoff, so a last-bit difference in a sum could flip it."""

from __future__ import annotations

import sys

import pytest

from timeline.model import Document
from timeline.topic import TOPIC_CHARS, _words, off_topic, similarities, topic_words

from test_highlights import RACING, _offtopic_speed, article, race_report


# From Python 3.12, sum() of floats compensates its rounding (Neumaier), so the loop over dicts
# no longer adds term by term and its floats can differ in the last bits from similarities'.
SUM_ADDS_IN_ORDER = sys.version_info < (3, 12)


def _same_floats(got: dict, expected: dict) -> bool:
    if SUM_ADDS_IN_ORDER:
        return list(got.items()) == list(expected.items())  # ==, not approx
    return list(got) == list(expected) and list(got.values()) == pytest.approx(list(expected.values()), rel=1e-12)


def test_similarities_are_the_floats_of_a_loop_over_dicts():
    speed = _offtopic_speed()
    documents = speed.collection(400, seed=3, off_share=0.05)
    expected, _ = speed.reference_similarities(tuple(documents))
    got, _ = similarities({d.seed: topic_words(d.text) for d in documents})
    assert _same_floats(got, expected)


def test_similarities_of_a_collection_with_a_second_story_and_accents():
    speed = _offtopic_speed()
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(25)]
    documents += [Document(f"race{i}", "", race_report(i), "2011-06-05", "frontmatter") for i in range(5)]
    documents.append(Document("derby", "", RACING.replace("Andre", "André"), "2011-06-05", "frontmatter"))
    documents += speed.collection(30, seed=4, off_share=0.5)
    expected, _ = speed.reference_similarities(tuple(documents))
    assert _same_floats(similarities({d.seed: topic_words(d.text) for d in documents})[0], expected)
    assert off_topic(documents) == speed.reference_off_topic(documents)


def test_an_article_without_words_is_as_far_as_can_be():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("numbers", "", "2011 1,300 " * 200, "2011-06-05", "frontmatter"))
    got, _ = similarities({d.seed: topic_words(d.text) for d in documents})
    assert got["numbers"] == 0.0
    assert off_topic(documents) == {"numbers"} == _offtopic_speed().reference_off_topic(documents)


def test_weights_of_an_article_are_its_unit_profile_in_word_order():
    documents = [Document(f"s{i}", "", article(i), "2011-06-05", "frontmatter") for i in range(24)]
    documents.append(Document("derby", "", RACING, "2011-06-05", "frontmatter"))
    _, weights_of = similarities({d.seed: topic_words(d.text) for d in documents})
    _, profiles = _offtopic_speed().reference_similarities(tuple(documents))
    words = tuple(_words(RACING[:TOPIC_CHARS]))  # in the order topic_words keeps them
    expected = profiles["derby"]
    assert len(weights_of("derby")) == len(words)
    assert _same_floats({w.decode(): x for w, x in zip(words, weights_of("derby")) if x}, expected)
