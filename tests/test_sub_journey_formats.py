"""Links to sub-journeys survive the clipboard (within a map, and into another map by the journey's
title), CSV and Excel (a column naming the sub-journey, read back by the importer), the file and the
journal; an unknown sub-journey in a CSV is refused naming the line."""

from PySide6.QtCore import QMimeData

import pytest

from builders import linked_project
from cjdesigner.app.clipboard import cards_from_mime, cards_to_mime
from cjdesigner.io.csv_cards import CsvError, export_csv, import_rows, parse_card_rows, project_from_rows
from cjdesigner.io.journal import edit_from_json, edit_to_json
from cjdesigner.model import changes as C


def linked():
    project = linked_project(2)
    C.link_sub_journey(project, "j1", "card", "a", "j2")
    return project


def test_copy_and_paste_keep_a_card_s_sub_journey(qapp):
    project = linked()
    mime = cards_to_mime(project, [project.journey("j1").card("a")])
    pasted = cards_from_mime(project, mime, "s2", "pains", "j1")
    assert pasted[0].sub_journey_id == "j2"
    # pasted into the sub-journey itself, the card cannot open its own journey: the link is dropped
    assert cards_from_mime(project, mime, "s2-1", "l2", "j2")[0].sub_journey_id is None


def test_a_card_pasted_into_another_map_finds_the_sub_journey_by_title(qapp):
    project = linked()
    mime = cards_to_mime(project, [project.journey("j1").card("a")])
    other = linked_project(2)
    other.journeys[1].id = "elsewhere"
    assert cards_from_mime(other, mime, "s1", "actions", "j1")[0].sub_journey_id == "elsewhere"
    other.journeys[1].title = "Renamed"
    assert cards_from_mime(other, mime, "s1", "actions", "j1")[0].sub_journey_id is None


def test_a_pasted_card_whose_link_would_loop_or_nest_too_deep_is_pasted_without_it(qapp):
    project = linked_project(4)
    assert C.link_sub_journey(project, "j1", "card", "a", "j2")
    assert C.link_sub_journey(project, "j2", "stage", "s2-1", "j3")
    mime = cards_to_mime(project, [project.journey("j1").card("a")])
    looped = cards_from_mime(project, mime, "s3-1", "l3", "j3")  # j3 opening j2, which opens j3
    assert looped[0].sub_journey_id is None and C.paste_cards(project, "j3", looped)
    assert C.link_sub_journey(project, "j3", "stage", "s3-1", "j4")
    assert C.link_sub_journey(project, "j1", "stage", "s1", "j5")
    deep = cards_from_mime(project, mime, "s5-1", "l5", "j5")  # j1 › j5 › j2 › j3 › j4: five deep
    assert deep[0].sub_journey_id is None and C.paste_cards(project, "j5", deep)
    assert cards_from_mime(project, mime, "s4-1", "l4", "j4")[0].sub_journey_id is None  # j4 › j2 › j3 › j4: a loop
    kept = cards_from_mime(project, mime, "s1", "actions", "j1")
    assert kept[0].sub_journey_id == "j2"


def test_hostile_clipboard_links_are_dropped_not_crashing(qapp):
    project = linked()
    mime = QMimeData()
    mime.setData("application/x-cjdesigner-cards", b'[{"text": "x", "sub_journey_id": ["j2"], "sub_journey_title": 3}]')
    assert cards_from_mime(project, mime, "s1", "actions", "j1")[0].sub_journey_id is None


def test_csv_names_the_sub_journey_and_reads_it_back():
    project = linked()
    text = export_csv(project, "j1")
    header, first = text.splitlines()[:2]
    assert header.endswith(",ref,sub-journey") and first.endswith(",a,Sub 1")
    assert not export_csv(project, "j2").splitlines()[0].endswith("sub-journey")  # no card of it opens one
    rows = parse_card_rows(text).rows
    C.delete_cards(project, "j1", [c.id for c in project.journey("j1").cards])
    import_rows(project, "j1", rows)
    assert [c.sub_journey_id for c in project.journey("j1").cards if c.text == "A"] == ["j2"]
    assert project_from_rows(rows, "New").journeys[0].cards[0].sub_journey_id is None  # a new map has no "Sub 1"


def test_a_csv_naming_no_journey_of_the_map_is_refused_naming_the_line():
    project = linked_project(1)
    rows = parse_card_rows("stage,lane,text,sub-journey\nDiscover,Actions,x,Nowhere\n").rows
    with pytest.raises(CsvError) as caught:
        import_rows(project, "j1", rows)
    assert caught.value.problems[0][0] == 2 and "Nowhere" in caught.value.problems[0][1]


def test_excel_carries_the_sub_journey_column(tmp_path):
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.xlsx import write_xlsx
    from cjdesigner.io.xlsx_cards import read_workbook

    project = linked()
    path = tmp_path / "map.xlsx"
    write_xlsx(project, ExportOptions(), path)
    import openpyxl

    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    column = header.index("sub-journey")
    assert "Sub 1" in [row[column].value for row in sheet.iter_rows(min_row=2)]
    assert read_workbook(path).project.journeys[0].cards  # a new map from it opens, without the link


def test_the_journal_replays_a_link_and_the_review_fields():
    project = linked_project(1)
    for change in (C.link_sub_journey(project, "j1", "stage", "s1", "j2"), C.set_review(project, "j2", "next_review", __import__("datetime").date(2027, 1, 2)),
                   C.set_review(project, "j2", "status", "outdated")):
        replayed = edit_from_json(edit_to_json(change.forward))
        change.inverse.apply(project)
        replayed.apply(project)
    assert project.journey("j1").stages[0].sub_journey_id == "j2"
    assert str(project.journey("j2").next_review) == "2027-01-02" and project.journey("j2").status.value == "outdated"


def test_links_from_both_sides_that_make_a_loop_merge_into_a_valid_map_with_a_clear_conflict():
    from cjdesigner.model.conflicts import conflict_sentence
    from cjdesigner.model.invariants import check_invariants
    from cjdesigner.model.merge import merge

    base = linked_project(2)
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    assert C.link_sub_journey(ours, "j2", "stage", "s2-1", "j3")
    assert C.link_sub_journey(theirs, "j3", "stage", "s3-1", "j2")
    merged = merge(base, ours, theirs).project
    assert not check_invariants(merged)
    assert merged.journey("j2").stage("s2-1").sub_journey_id == "j3"
    [conflict] = merged.conflicts
    assert conflict.theirs["journeys"][2]["stages"][0]["sub_journey_id"] == "j2"  # their link is kept, to be chosen
    assert conflict_sentence(merged, conflict).say("en") == "The map: changed on both sides"
    assert conflict_sentence(merged, conflict).say("fr") == "La carte\u202f: modification des deux côtés"
