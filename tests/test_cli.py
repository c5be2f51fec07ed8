import json
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

from timeline.cli import main


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "timeline.cli", *args], capture_output=True,
                          text=True, input=input, cwd=ROOT)


def test_extract_json_follows_the_contract():
    result = run("extract", "seeds", "--reference-date", "2023-12-01", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"] == [{"seed": SEED.name, "title": SEED.read_text().split("\n")[0],
                                  "date": "2023-11-25", "date_source": "title"}]
    dates = [(e["date"], e["relation"]) for e in data["events"]]
    assert dates == [("2023-11-23", "before"), ("2023-11-23", "on"), ("2023-11-25", "on")]
    for event in data["events"]:
        for source in event["sources"]:
            assert set(source) >= {"seed", "sentence", "expression", "rule"}


def test_tag_offsets_index_the_input_as_read(tmp_path):
    text = "Line one.\r\nTroops left on Thanksgiving Day, 25 NOV.\r\n"
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode("utf-8"))
    result = run("tag", str(path), "--dct", "2023-11-25", "--format", "json")
    spans = json.loads(result.stdout)
    assert [s["text"] for s in spans] == ["Thanksgiving Day", "25 NOV"]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_tag_reads_standard_input():
    result = run("tag", "-", "--dct", "2023-11-25", input="It happened yesterday.")
    assert json.loads(result.stdout)[0]["value"] == "2023-11-24"


def test_usage_errors_exit_2():
    assert run("tag", "--dct", "not-a-date").returncode == 2
    assert run("frobnicate").returncode == 2


def test_bad_seed_exits_1_and_names_the_file(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Raid on depot, 25 NOV\nA raid hit a depot on Thanksgiving Day.\n")
    code = main(["extract", str(tmp_path), "--reference-date", "2023-12-01", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert "empty.txt" in captured.err and "error" in captured.err
    assert json.loads(captured.out)["documents"][0]["seed"] == "ok.txt"


def test_help_explains_every_option():
    result = run("build", "--help")
    for option in ("--reference-date", "--config", "--engine", "--strict"):
        assert option in result.stdout


def test_jobs_must_be_a_positive_number():
    assert run("extract", "seeds", "--jobs", "0").returncode == 2
    assert run("extract", "seeds", "--jobs", "many").returncode == 2


def test_extract_json_is_the_same_with_one_or_two_jobs_and_without_cache():
    base = ("extract", "seeds", "--reference-date", "2023-12-01", "--format", "json")
    one = run(*base, "--jobs", "1", "--no-cache")
    two = run(*base, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_extract_outside_a_site_leaves_no_cache_behind(tmp_path):
    (tmp_path / "ok.txt").write_text("Raid on depot, 25 NOV\nA raid hit a depot on Thanksgiving Day.\n")
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "ok.txt",
                             "--reference-date", "2023-12-01"], cwd=tmp_path, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.txt"]


def test_cache_dir_flag_puts_the_cache_there(tmp_path):
    (tmp_path / "ok.txt").write_text("Raid on depot, 25 NOV\nA raid hit a depot on Thanksgiving Day.\n")
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", "ok.txt",
                             "--reference-date", "2023-12-01", "--cache-dir", "store"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "store").rglob("*.pickle"))) == 1


def test_unreachable_scheduler_exits_1_with_a_message(tmp_path, monkeypatch, capsys):
    pytest.importorskip("distributed")
    from timeline import pipeline
    monkeypatch.setattr(pipeline, "CONNECT_TIMEOUT", "1s")
    (tmp_path / "ok.txt").write_text("Raid on depot, 25 NOV\nA raid hit a depot on Thanksgiving Day.\n")
    code = main(["extract", str(tmp_path), "--reference-date", "2023-12-01", "--no-cache",
                 "--scheduler", "tcp://127.0.0.1:9", "--config", str(tmp_path / "none.yml")])
    assert code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


def test_extract_runs_on_a_dask_cluster(tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    (tmp_path / "ok.txt").write_text("Raid on depot, 25 NOV\nA raid hit a depot on Thanksgiving Day.\n")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        code = main(["extract", str(tmp_path), "--reference-date", "2023-12-01", "--format", "json",
                     "--scheduler", cluster.scheduler_address, "--config", str(tmp_path / "x.yml")])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["events"][0]["date"] == "2023-11-23"


def test_a_broken_template_override_is_reported_with_its_file_and_line(site_project):
    overrides = site_project / "overrides" / "timeline"
    overrides.mkdir(parents=True)
    (overrides / "year.md.j2").write_text("# {{ title }}\n\n{% for x in %}\n")
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--engine", "none"],
                            cwd=site_project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "year.md.j2:3: error: template error" in result.stderr


def test_settings_that_cannot_be_used_stop_the_build_before_anything_is_written(site_project):
    config = site_project / "mkdocs.yml"
    config.write_text(config.read_text().replace("output_dir: timeline", "output_dir: ../../escaped")
                      .replace("highlights: 10", "highlights: ten"))
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--engine", "none"],
                            cwd=site_project, capture_output=True, text=True)
    assert result.returncode == 2
    assert "timeline setting output_dir" in result.stderr and "timeline setting highlights" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (site_project.parent.parent / "escaped").exists()
    assert not (site_project / "docs" / "timeline").exists()
