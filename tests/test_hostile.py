"""Hostile and broken seeds, end to end (issue 5): nothing crashes, nothing is lost, nothing is
injected. Each test builds a copy of this repository's site (mkdocs.yml, hand-written pages, the
seed) with extra seeds in a temporary folder and reads what came out."""
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import DATA
from timeline import render

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def run(project: Path, *args, env=None):
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], cwd=project,
                          capture_output=True, text=True, env=env or ENV)


def mkdocs(project: Path, *args):
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=project,
                          capture_output=True, text=True, env=ENV)


def add_seeds(project: Path, seeds: dict[str, bytes | str]) -> None:
    for name, data in seeds.items():
        path = project / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)


def snapshot(folder: Path, skip=()) -> dict[str, str]:
    """{relative path: sha256} of every file under `folder`, outside the `skip` folders."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and not any(relative == s or relative.startswith(s + "/") for s in skip):
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


GENERATED = ("docs/timeline", "site", ".timeline-cache")

# --- broken seeds: each an error with its file (and line); the rest of the build goes on -------

STORY = "The storm made landfall on 12 June 2021 near the port, officials said.\n"
BROKEN = {  # file -> (bytes, the line the error names, or None)
    "empty.txt": (b"", None),
    "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16, None),
    "cp1252.txt": ("Café talks\nThe talks opened on 3 March 2021 – officials said.".encode("cp1252"), 1),
    "latin1.txt": ("Réunion\nLe 5 May 2022, the meeting opened in Zürich.".encode("latin-1"), 1),
    "nul.txt": (b"Nul seed\nThe bridge reopened on 4 July\x00 2020 to traffic.\n", 2),
    "broken-front-matter.md": (b"---\ntitle: [unclosed\ndate: 2024-01-02\n---\n" + STORY.encode(), 3),
    "impossible-date.md": (b"---\ntitle: Feb\ndate: 2023-02-31\n---\n" + STORY.encode(), 3),
    "year-zero.md": (b"---\ntitle: Zero\ndate: 0000-01-01\n---\n" + STORY.encode(), 3),
    "year-99999.md": (b"---\ntitle: Big\ndate: 99999-01-01\n---\n" + STORY.encode(), 3),
    "0000-01-01-file-name.txt": (b"File name\n" + STORY.encode(), None),
}
WELL_FORMED = {  # read silently, as written
    "utf16.txt": "Flood report\nThe river flooded the valley on 6 May 2023, police said.\n".encode("utf-16"),
    "utf8-bom.md": b"\xef\xbb\xbf---\ntitle: Bom\ndate: 2023-05-08\n---\nThe dam opened on 7 May 2023.\n",
    "crlf.txt": b"Crlf seed\r\nThe airport reopened on 9 May 2023, officials said.\r\n",
}


@pytest.fixture
def broken_project(site_project):
    add_seeds(site_project, {name: data for name, (data, _) in BROKEN.items()})
    add_seeds(site_project, WELL_FORMED)
    with (site_project / "seeds" / "huge.txt").open("wb") as handle:  # 50 MB, sparse on disk
        handle.write(b"Huge seed\n" + b"The dam opened on 3 May 2021 after the rains. " * 200 + b"\n")
        handle.truncate(50_000_000)
    return site_project


def assert_each_broken_seed_reported(output: str, severity: str) -> None:
    for name, (_, line) in BROKEN.items():
        where = rf"seeds/{re.escape(name)}" + (f":{line}" if line else "")
        assert re.search(where + rf": {severity}: ", output), f"{name} not reported in:\n{output}"
    assert re.search(r"seeds/huge\.txt: error: file is 50\.0 MB, over the", output)
    for name in WELL_FORMED:
        assert not re.search(rf"seeds/{name}\S*: error", output), output


def test_cli_reports_every_broken_seed_with_its_file_and_line_builds_the_rest_and_exits_1(broken_project):
    result = run(broken_project, "build", "--strict")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert_each_broken_seed_reported(result.stderr, "error")
    year = (broken_project / "docs/timeline/2023.md").read_text()
    assert "US and coalition forces" in year  # the good seed is still on the timeline
    assert "The river flooded the valley" in year and "The airport reopened" in year
    assert "The dam opened" in (broken_project / "docs/timeline/2021.md").read_text()
    assert (broken_project / "site/timeline/2023/index.html").exists()


def test_extract_reads_what_it_can_and_exits_1(broken_project):
    result = run(broken_project, "extract", "seeds", "--format", "json", "--reference-date", "2023-12-01")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    documents = {d["seed"]: d for d in json.loads(result.stdout)["documents"]}
    assert {"empty.txt", "binary.txt"}.isdisjoint(documents)
    assert documents["broken-front-matter.md"]["date"] == "2024-01-02"  # salvaged from its line
    assert documents["utf16.txt"]["title"] == "Flood report"
    assert documents["cp1252.txt"]["title"] == "Café talks"
    assert documents["year-zero.md"]["date"] is None


def test_mkdocs_build_warns_about_every_broken_seed_so_strict_fails(broken_project):
    strict = mkdocs(broken_project, "--strict")
    assert strict.returncode != 0
    assert_each_broken_seed_reported(strict.stderr, "error")
    assert "WARNING" in strict.stderr and "Traceback" not in strict.stderr
    relaxed = mkdocs(broken_project, "--no-strict")
    assert relaxed.returncode == 0, relaxed.stderr
    assert (broken_project / "site/timeline/2023/index.html").exists()


# --- injection: seed text shows literally on the site and in every export ---------------------

PAYLOADS = [  # each must appear, as written, in the text of the built pages
    "<script>alert('body')</script>",
    "<img src=x onerror=\"alert('img')\">",
    "[a petition](javascript:alert('md'))",
    "{{ config.site_name }}",
    "{% include 'x.html' %}",
]
INJECTION = {
    "script.md": """---
title: "Fire <script>alert('title')</script> [click](javascript:alert(1)) {{ 7*7 }} {% raw %}"
date: 2023-05-05
---
Rebels attacked the town on 1 May 2023 <script>alert('body')</script> and burned the market.

Police arrested 12 men on 2 May 2023 <img src=x onerror="alert('img')"> near the bridge.

The mayor resigned on 3 May 2023 after [a petition](javascript:alert('md')) was filed.

The council voted on 4 May 2023 to hold {{ config.site_name }} and {% include 'x.html' %} hearings.
""",
    "page.html": """<html><head><title>Page</title></head><body><article>
<h1>Flood &lt;script&gt;alert('h1')&lt;/script&gt; <b onmouseover="alert('h1b')">news</b></h1>
<time datetime="2023-05-08">8 May</time>
<p>The river flooded the valley on 6 May 2023 &lt;a href="javascript:alert('esc')" onclick="alert('esc2')"&gt;here&lt;/a&gt;.</p>
<p onclick="alert('p')">Engineers opened the dam on 7 May 2023 <a href="javascript:alert('a')">see</a> ![i](javascript:alert('im')).</p>
<script>alert('page')</script>
</article></body></html>""",
    "[x](javascript:alert(1)) <b onmouseover=alert(1)>.txt":
        "Named badly, 8 May 2023\nFirefighters fought the blaze on 8 May 2023: &lt;script&gt; &amp; <u>u</u> "
        "| pipe | `code` *stars* _under_ ~~strike~~ :smile: ==mark== {: onclick=alert(1) } <!-- c -->.\n",
    "dotdot.md": "---\ntitle: ../../../x\ndate: 2023-05-09\n---\nWorkers went on strike on 9 May 2023.\n",
}


class Elements(HTMLParser):
    """Every element, attribute and script of a built page, and its text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self.scripts[-1] = (self.scripts[-1][0], self.scripts[-1][1] + data)
        else:
            self.text.append(data)


def parse(path: Path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def assert_nothing_injected(page: Elements, where: str) -> None:
    for tag, attributes in page.elements:
        for name, value in attributes.items():
            assert not name.startswith("on"), f"{where}: <{tag} {name}={value!r}>"
            if name in ("href", "src", "action", "formaction", "xlink:href", "data"):
                squeezed = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
                assert not squeezed.startswith(("javascript:", "vbscript:", "data:text")), \
                    f"{where}: <{tag} {name}={value!r}>"
        assert tag not in ("img", "u", "iframe", "object", "embed") or "alert" not in str(attributes), where
        assert not (tag == "img" and attributes.get("src") == "x"), where
    for attributes, code in page.scripts:  # the theme's own scripts only
        assert "alert" not in code and "alert" not in str(attributes), f"{where}: <script>{code}"
        assert attributes.get("src") is None or "assets/javascripts/" in attributes["src"], where
    assert "{: onclick" not in str(page.elements)


@pytest.fixture
def injection_project(site_project):
    add_seeds(site_project, INJECTION)
    result = run(site_project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return site_project


def test_built_site_has_no_element_or_attribute_from_a_seed(injection_project):
    pages = sorted((injection_project / "site").rglob("*.html"))
    assert len(pages) > 8
    for path in pages:
        assert_nothing_injected(parse(path), str(path.relative_to(injection_project)))


def test_hostile_seed_text_shows_literally_on_the_site(injection_project):
    year = " ".join(" ".join(parse(injection_project / "site/timeline/2023/index.html").text).split())
    for payload in PAYLOADS:
        assert payload in year, payload
    assert "Fire <script>alert('title')</script> [click](javascript:alert(1)) {{ 7*7 }} {% raw %}" in year
    source = injection_project / "site/timeline/sources/script/index.html"
    text = " ".join(" ".join(parse(source).text).split())
    assert "<img src=x onerror=\"alert('img')\">" in text and "{% include 'x.html' %}" in text
    search = json.loads((injection_project / "site/search/search_index.json").read_text())
    for doc in search["docs"]:  # the search box shows these as HTML
        for field in ("title", "text"):
            fragment = Elements()
            fragment.feed(doc[field])
            assert_nothing_injected(fragment, f"search index {doc['location']}")


def test_every_export_carries_seed_text_literally(injection_project):
    folder = injection_project / "docs/timeline"
    timelinejs = json.loads((folder / "timeline.json").read_text())
    for item in timelinejs["events"]:  # TimelineJS shows these fields as HTML: escaped text only
        for value in (item["text"]["headline"], item["text"]["text"]):
            page = Elements()
            page.feed(value)
            assert_nothing_injected(page, f"timeline.json {item['unique_id']}")
            assert {tag for tag, _ in page.elements} <= EXPORT_TAGS, value
    texts = " ".join(" ".join(_text_of(i["text"]["text"]) for i in timelinejs["events"]).split())
    assert "<script>alert('body')</script>" in texts
    rows = list(csv.DictReader(io.StringIO((folder / "events.csv").read_text())))
    sentences = " ".join(r["sentence"] for r in rows)
    for payload in PAYLOADS:
        assert payload in sentences
    calendar = _ics_text((folder / "events.ics").read_text())
    for payload in PAYLOADS:
        assert payload in calendar, payload
    extracted = run(injection_project, "extract", "seeds", "--format", "json")
    assert extracted.returncode == 0, extracted.stderr
    told = json.dumps(json.loads(extracted.stdout), ensure_ascii=False)
    for payload in PAYLOADS:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in told


EXPORT_TAGS = {"p", "blockquote", "br", "ul", "ol", "li", "em", "strong", "cite", "small", "span",
               "a", "q", "code"}  # the export's own markup; a seed's <b>, <u>, <img> is not in it


def _text_of(fragment: str) -> str:
    page = Elements()
    page.feed(fragment)
    return " ".join(page.text)


def _ics_text(ics: str) -> str:
    """iCalendar text unfolded and unescaped (RFC 5545 3.1 and 3.3.11)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], unfolded)


# --- file names: safe, unique, stable; nothing written outside the generated folders ----------

SLUG_SEEDS = {
    "index.txt": "Index seed, 9 May 2023\nWorkers went on strike on 9 May 2023 at the plant.\n",
    "sub/index.txt": "Sub seed, 12 May 2023\nThe bridge collapsed on 12 May 2023 in the storm.\n",
    "-.txt": "Dash seed, 10 May 2023\nTroops withdrew from the city on 10 May 2023.\n",
    "_.txt": "Underscore seed, 10 May 2023\nTroops withdrew from the village on 10 May 2023.\n",
    "sub/-.txt": "Sub dash, 12 May 2023\nThe tunnel flooded on 12 May 2023 in the storm.\n",
    "\u2024\u2024\u2215x.txt": "Dots, 11 May 2023\nThe airport reopened on 11 May 2023.\n",
    "dotdot.md": "---\ntitle: ../../../x\ndate: 2023-05-09\n---\nWorkers marched on 9 May 2023.\n",
    "CON.txt": "Con, 11 May 2023\nThe port closed on 11 May 2023.\n",
}


def test_seed_names_give_safe_unique_stable_file_names_and_nothing_is_written_elsewhere(site_project, tmp_path):
    add_seeds(site_project, SLUG_SEEDS)
    (site_project / "seeds" / ("x" * 240 + ".txt")).write_text("Long, 11 May 2023\nIt rained on 11 May 2023.\n")
    before = snapshot(site_project, skip=GENERATED)
    assert run(site_project, "build", "--strict").returncode == 0
    assert snapshot(site_project, skip=GENERATED) == before  # seeds and hand-written pages too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site-project"]
    sources = site_project / "docs/timeline/sources"
    names = sorted(p.name for p in sources.iterdir())
    assert len(names) == len(SLUG_SEEDS) + 3  # the two other seeds and the list of sources
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]{0,80}\.md", name) for name in names), names
    assert (sources / "index.md").read_text().lstrip().startswith("---\ntitle: Sources")
    again = render.source_slugs(sorted({*SLUG_SEEDS, "000_5b846eb43a1b4327.txt"}))
    assert again == render.source_slugs(sorted({*SLUG_SEEDS, "000_5b846eb43a1b4327.txt"}, reverse=True))
    assert len(set(again.values())) == len(again) and "index" not in again.values()


def test_generated_folder_holding_a_hand_written_page_is_refused_not_replaced(site_project):
    mine = site_project / "docs/timeline/notes.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("# My notes\n")
    result = run(site_project, "build", "--engine", "none")
    assert result.returncode == 1 and "docs/timeline" in result.stderr
    assert mine.read_text() == "# My notes\n" and sorted(mine.parent.iterdir()) == [mine]


# --- nothing lost: seeds never written, a failed build leaves the previous pages and site -------

def test_build_never_writes_a_seed_or_a_hand_written_page(broken_project):
    before = snapshot(broken_project, skip=GENERATED)
    run(broken_project, "build", "--strict")
    mkdocs(broken_project, "--no-strict")
    assert snapshot(broken_project, skip=GENERATED) == before


def test_build_that_fails_half_way_leaves_the_previous_pages_and_site(site_project):
    assert run(site_project, "build", "--strict").returncode == 0
    before = snapshot(site_project / "docs"), snapshot(site_project / "site")
    add_seeds(site_project, {"new.txt": "New seed, 9 May 2023\nWorkers went on strike on 9 May 2023.\n"})
    override = site_project / "overrides/timeline/source.md.j2"  # the site's own template, broken
    override.parent.mkdir(parents=True)
    override.write_text("# {{ document.title }}\n{{ no_such_value }}\n")
    for result in (run(site_project, "build", "--strict"), mkdocs(site_project, "--strict")):
        assert result.returncode != 0
        assert (snapshot(site_project / "docs"), snapshot(site_project / "site")) == before
    assert not [p for p in (site_project / "docs").iterdir() if p.name.startswith(".timeline")]


def test_write_that_fails_half_way_keeps_the_old_folder(tmp_path, monkeypatch):
    target = tmp_path / "docs" / "timeline"
    render.write({"index.md": "old\n", "2023.md": "old year\n"}, target)
    before = snapshot(target)
    written = []
    real = Path.write_bytes

    def disk_full_after_two(self, data):
        written.append(self)
        if len(written) > 2:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full_after_two)
    with pytest.raises(OSError):
        render.write({f"{year}.md": "new\n" for year in range(2000, 2010)}, target)
    assert snapshot(target) == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["timeline"]  # no staging left


# --- determinism ------------------------------------------------------------------------------

def test_two_builds_in_fresh_processes_give_byte_identical_pages_and_exports(site_project, tmp_path):
    add_seeds(site_project, {p.name: p.read_bytes() for p in DATA.iterdir() if p.is_file()})
    add_seeds(site_project, INJECTION)
    add_seeds(site_project, {name: data for name, (data, _) in BROKEN.items()})
    other = tmp_path / "other-project"
    shutil.copytree(site_project, other)
    outputs = []
    for project, seed in ((site_project, "1"), (other, "2")):
        env = dict(ENV, PYTHONHASHSEED=seed)
        build = run(project, "build", "--engine", "none", "--no-cache", env=env)
        assert build.returncode == 1 and "Traceback" not in build.stderr
        extract = run(project, "extract", "seeds", "--format", "json", "--no-cache", env=env)
        outputs.append((snapshot(project / "docs/timeline"), extract.stdout, build.stderr))
    assert outputs[0] == outputs[1]


def test_an_impossible_date_in_body_text_is_a_warning_with_the_seeds_line(tmp_path):
    seeds = tmp_path / "seeds"
    add_seeds(tmp_path, {
        "vote.md": b"---\ntitle: Vote delayed\ndate: 2023-03-05\n---\n\nOfficials met on Thursday.\n\n"
                   b"The vote was first set for 31 February 2023, officials said.\n",
        "vote.html": b"<html><head><title>Vote</title></head><body><article>\n"
                     b"<p>Officials met on Thursday, 2 March 2023.</p>\n"
                     b"<p>The vote had been set for Feb. 30.</p>\n</article></body></html>\n"})
    result = run(tmp_path, "extract", str(seeds), "--format", "json", "--reference-date", "2023-12-01")
    assert result.returncode == 0, result.stderr  # a warning: the rest of the seed is read
    assert re.search(r"seeds/vote\.md:8: warning: impossible date '31 February 2023'", result.stderr)
    assert re.search(r"seeds/vote\.html:3: warning: impossible date 'Feb. 30'", result.stderr)
    dated = {(e["date"], e["sources"][0]["seed"]) for e in json.loads(result.stdout)["events"]}
    assert ("2023-03-02", "vote.md") in dated and ("2023-03-02", "vote.html") in dated


def test_each_impossible_date_is_reported_on_its_own_line_not_where_its_words_first_appear(tmp_path):
    add_seeds(tmp_path, {"mystery.md": b"---\ntitle: Feb. 30 mystery\ndate: 2023-03-05\n---\n\n"
                                       b"Officials met on Thursday.\n\nA vote was set for Feb. 30.\n\n"
                                       b"A second vote was also set for Feb. 30.\n"})
    result = run(tmp_path, "extract", str(tmp_path / "seeds"), "--reference-date", "2023-12-01")
    assert re.findall(r"mystery\.md:(\d+): warning: impossible date", result.stderr) == ["8", "10"]
