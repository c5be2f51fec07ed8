"""Every rule's examples and near misses, from the rule tables themselves."""
import datetime as dt
import re

import pytest

from timeline.temporal import tag
from timeline.temporal.engine import Rule
from timeline.temporal.resolvers import RESOLVERS
from timeline.temporal.rules_en import DCT, RULES
from timeline.temporal.vocabulary import MACROS, expand

DAY = dt.date.fromisoformat(DCT)


def each_example() -> list:
    return list(_examples())


def _examples():
    for rule in RULES:
        for text, value in rule.examples.items():
            yield pytest.param(rule, text, value, id=f"{rule.name}: {text}")


def each_near_miss() -> list:
    return list(_near_misses())


def _near_misses():
    for rule in RULES:
        for text in rule.near_misses:
            yield pytest.param(rule, text, id=f"{rule.name}: {text}")


@pytest.mark.parametrize("rule, text, value", each_example())
def test_rule_resolves_its_own_example(rule: Rule, text, value):
    assert [t.value for t in tag(text, DAY) if t.rule == rule.name] == [value]


@pytest.mark.parametrize("rule, text", each_near_miss())
def test_rule_ignores_its_near_miss(rule: Rule, text):
    assert [t.text for t in tag(text, DAY) if t.rule == rule.name] == []


def test_every_rule_names_a_resolver_that_exists():
    assert {rule.resolver for rule in RULES} <= set(RESOLVERS)


def test_every_rule_has_an_example():
    assert [rule.name for rule in RULES if not rule.examples] == []


def test_macros_expand_from_one_shared_word_list():
    for rule in RULES:
        assert re.search(r"\{[A-Z_]+\}", expand(rule.pattern)) is None, rule.name  # every name is a macro
    assert "November" in MACROS["MONTH"] and "NOV" in MACROS["MONTH"]
    # each zone list is written once: the clock rules and the year rule's guard share {ZONE}
    zoned = [rule.name for rule in RULES if "{ZONE}" in rule.pattern]
    assert {"clock-four-digits-converted", "clock-four-digits-with-zone"} <= set(zoned)
    assert "{NOT_A_CLOCK}" in next(rule.pattern for rule in RULES if rule.name == "bare-year")
    assert not any(re.search(r"GMT\|UTC\|BST", rule.pattern) for rule in RULES if rule.name in zoned)
    # and the United States' zones after a 12-hour clock are {US_ZONE}, in every rule that names them
    us_zoned = {rule.name for rule in RULES if "{US_ZONE}" in rule.pattern}
    assert {"clock-on-day", "clock-time", "clock-24h", "live-blog-inline-clock"} <= us_zoned
    assert not any(re.search(r"\b(?:PDT|PST)\|", rule.pattern) for rule in RULES)


def test_a_clock_keeps_every_us_zone_in_its_extent():
    # clock-time once knew ET, CT and PT but not MT, so Mountain time was cut off the clock
    text = "The first game starts at 7 p.m. ET, and the last at 8:30 p.m. MT in Denver."
    assert [t.text for t in tag(text, DAY)] == ["7 p.m. ET", "8:30 p.m. MT"]


def test_every_rule_names_trigger_words():
    # without trigger words a rule is tried over the whole text, and tagging slows down tenfold
    assert [rule.name for rule in RULES if not rule.trigger.split()] == []
