"""Every subcommand of `cjdesigner`, its output and its exit status; in-process and as a real process."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.io.cjmap import load_project
from cjdesigner.io.schema import cjmap_schema_text
from speech import cli_error, number, said

CSV = Path(__file__).parent / "csv"
GOLDEN = Path(__file__).parent / "golden" / "v1.cjmap"


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "map.cjmap"
    out.write_text("precious")
    assert main(["new", "--template", "aida", "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"{out}: error: the file exists already; choose another name or add --force to replace it\n"
    assert out.read_text() == "precious"
    assert main(["new", "--template", "aida", "-o", str(out), "--force"]) == 0
    assert (tmp_path / "map.cjmap.bak").read_text() == "precious"


def test_new_into_missing_folder(tmp_path, capsys):
    out = tmp_path / "nowhere" / "map.cjmap"
    assert main(["new", "--template", "aida", "-o", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "--template", "nope", "-o", "x.cjmap"],
        ["new", "--template", "aida"],
        ["new", "--template", "aida", "--lang", "de", "-o", "x.cjmap"],
        ["validate"],
        ["import-csv", "a.csv"],
        ["export-csv"],
        ["schema", "extra"],
        ["--no-such-flag"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_validate_good_file(capsys):
    assert main(["validate", str(GOLDEN)]) == 0
    assert capsys.readouterr().out == f"{GOLDEN}: ok (1 journey, 35 cards)\n"


def test_import_csv_then_export_csv(tmp_path, capsys, monkeypatch):
    """A French user's export uses the French list separator, whether or not the system has that locale."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = tmp_path / "atelier.cjmap"
    assert main(["import-csv", str(CSV / "fr_semicolon_cp1252.csv"), "-o", str(out), "--lang", "fr"]) == 0
    project = load_project(out)
    assert project.title == "fr_semicolon_cp1252"
    assert len(project.journeys[0].cards) == 5
    csv_out = tmp_path / "cards.csv"
    assert main(["export-csv", str(out), "-o", str(csv_out)]) == 0
    data = csv_out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf\xc3\xa9tape;couloir;texte")
    assert "Reçoit la publicité « Noël »" in data.decode("utf-8-sig")


@pytest.mark.usefixtures("language")
def test_import_csv_with_bad_rows_reports_each_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.cjmap"
    assert main(["import-csv", str(CSV / "bad_rows.csv"), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 5
    assert err[0] == cli_error(CSV / "bad_rows.csv", said("line %1: %2", 3, said("the stage is empty", context="csv"), context="files"))
    assert not out.exists()


def test_import_joins_the_bad_rows_as_the_language_punctuates(tmp_path, capsys, language):
    """`import` says every bad row in one sentence: "…is empty; line 4…", "…est vide ; ligne 4…"."""
    assert main(["import", str(CSV / "bad_rows.csv"), "-o", str(tmp_path / "x.cjmap")]) == 1
    err = capsys.readouterr().err
    first = said("line %1: %2", 3, said("the stage is empty", context="csv"), context="files")
    assert said("%1; %2", first, said("line %1", 4, context="files"), context="files") in err
    assert ("\u202f; " in err and " vide; " not in err) if language == "fr" else "empty; line 4" in err


@pytest.mark.usefixtures("language")
def test_import_csv_missing_file(tmp_path, capsys):
    assert main(["import-csv", str(tmp_path / "none.csv"), "-o", str(tmp_path / "x.cjmap")]) == 1
    assert capsys.readouterr().err.startswith(cli_error(tmp_path / "none.csv", said("there is no such file", context="files")))


def test_export_csv_unknown_journey(tmp_path, capsys):
    assert main(["export-csv", str(GOLDEN), "--journey", "nope", "-o", str(tmp_path / "c.csv")]) == 1
    assert 'there is no journey "nope"; the journeys are: journey-canape' in capsys.readouterr().err


def test_export_csv_of_a_broken_map(tmp_path, capsys):
    bad = Path(__file__).parent / "hostile" / "nan_score.cjmap"
    assert main(["export-csv", str(bad), "-o", str(tmp_path / "c.csv")]) == 1
    assert "NaN is not a number" in capsys.readouterr().err
    assert not (tmp_path / "c.csv").exists()


def test_export_csv_unwritable_output(tmp_path, capsys):
    assert main(["export-csv", str(GOLDEN), "-o", str(tmp_path / "no" / "c.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path / 'no' / 'c.csv'}: error: could not save ")
    assert f"the folder {tmp_path / 'no'} does not exist; nothing was written" in err


def test_schema_prints_the_committed_schema(capsys):
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert out == cjmap_schema_text()
    assert json.loads(out)["title"] == "cjdesigner map (.cjmap)"


def test_real_process_exit_statuses(tmp_path):
    """The installed entry point behaves like main(): status codes and no traceback."""
    run = lambda *args: subprocess.run([sys.executable, "-m", "cjdesigner", *args], capture_output=True, text=True, timeout=60)
    ok = run("validate", str(GOLDEN))
    assert (ok.returncode, ok.stderr) == (0, "")
    bad = run("validate", str(tmp_path / "missing.cjmap"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    usage = run("new")
    assert usage.returncode == 2 and "usage:" in usage.stderr


@pytest.mark.usefixtures("language")
def test_import_csv_with_votes_beyond_the_limit_is_a_sentence(tmp_path, capsys):
    source = tmp_path / "votes.csv"
    source.write_text("stage,lane,text,votes\nS,L,hello,5000000\n", encoding="utf-8")
    assert main(["import-csv", str(source), "-o", str(tmp_path / "m.cjmap")]) == 1
    too_many = said('the votes "%1" are too many; a card counts up to %2 votes', "5000000", number(1_000_000), context="csv")
    assert capsys.readouterr().err == cli_error(source, said("line %1: %2", 2, too_many, context="files")) + "\n"
    assert not (tmp_path / "m.cjmap").exists()


WRITES_A_MAP = {
    "new": ["new", "--template", "aida"],
    "import": ["import", str(Path(__file__).parent / "real_files" / "eatsome_user_journey_maps.md")],
    "import-csv": ["import-csv", str(CSV / "en_utf8_bom.csv")],
    "recover": ["recover", "20261130-090000-abcdef"],
}


@pytest.mark.parametrize("command", list(WRITES_A_MAP))
@pytest.mark.parametrize(("name", "command_named"), [("multi.mmd", "cjdesigner export"), ("cards.csv", "cjdesigner export-csv"), ("map.PDF", "cjdesigner export")])
def test_commands_writing_a_map_refuse_another_formats_extension(command, name, command_named, tmp_path, capsys, language):
    """A map's JSON under .mmd opens nowhere: the sentence says how to get that file instead."""
    out = tmp_path / name
    assert main([*WRITES_A_MAP[command], "-o", str(out)]) == 1
    stem = name.rsplit(".", 1)[0]
    suffix = "." + name.rsplit(".", 1)[1].lower()
    sentence = said("a map is written as a %1 file; name it %2, then write the %3 file from it with `%4 %2 -o %5`",
                    ".cjmap", f"{stem}.cjmap", suffix, command_named, name, context="cli")
    assert capsys.readouterr().err == cli_error(out, sentence) + "\n"
    assert not out.exists()


@pytest.mark.parametrize("name", ["notes.md", "journey.yaml"])
def test_a_map_named_like_a_file_cjdesigner_reads_is_refused(name, tmp_path, capsys, language):
    out = tmp_path / name
    assert main([*WRITES_A_MAP["import"], "-o", str(out)]) == 1
    stem, suffix = name.rsplit(".", 1)
    assert capsys.readouterr().err == cli_error(out, said("a map is written as a %1 file, not %3; name it %2", ".cjmap", f"{stem}.cjmap", f".{suffix}", context="cli")) + "\n"
    assert not out.exists()


def test_a_map_named_without_an_extension_is_written_as_named(tmp_path, capsys):
    assert main([*WRITES_A_MAP["import"], "-o", str(tmp_path / "journey")]) == 0
    assert load_project(tmp_path / "journey").journeys
