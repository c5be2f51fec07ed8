from timeline.cleanup import normalize


def test_treebank_brackets_and_escaped_slashes_are_repaired():
    assert normalize(r"protests -LRB- on 1\/26\/11 -RRB- spread") == "protests ( on 1/26/11 ) spread"


def test_ordinary_prose_is_unchanged():
    text = "A well-known U.S. envoy arrived on Monday (local time)."
    assert normalize(text) == text
