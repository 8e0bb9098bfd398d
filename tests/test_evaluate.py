"""The scorer: conventions of ../shared/eval/README.md on hand-made gold and predicted rows."""
from __future__ import annotations

import json

from briefing import evaluate
from briefing.evaluate import field_correct, format_table, score


def _gold(i: str, **expected: object) -> dict:
    return {"id": i, "text": f"text {i}", "expected": expected}


def test_counts_exact_and_none_equals_zero() -> None:
    gold = [_gold("a", killed_total=3), _gold("b", killed_total=0), _gold("c", killed_total=0),
            _gold("d", killed_total=5)]
    pred = [{"id": "a", "killed_total": 3}, {"id": "b", "killed_total": None},
            {"id": "c", "killed_total": 2}, {"id": "d", "killed_total": None}]
    s = score(gold, pred)["killed_total"]
    assert s["overall"] == {"acc": 0.5, "n": 4, "correct": 2}
    assert s["gold>0"] == {"acc": 0.5, "n": 2, "correct": 1}
    assert s["gold=0"] == {"acc": 0.5, "n": 2, "correct": 1}
    assert {m["id"] for m in s["misses"]} == {"c", "d"}


def test_missing_prediction_row_reads_as_not_reported() -> None:
    s = score([_gold("a", wounded_total=0), _gold("b", wounded_total=4)], [])
    assert s["wounded_total"]["gold=0"]["correct"] == 1
    assert s["wounded_total"]["gold>0"]["correct"] == 0


def test_fields_absent_from_gold_are_not_scored() -> None:
    s = score([_gold("a", killed_total=1)], [{"id": "a", "killed_total": 1, "wounded_total": 9}])
    assert set(s) == {"killed_total"}


def test_group_names_normalise_case_punctuation_and_aliases() -> None:
    assert field_correct("group", "Islamic State", "ISIS")
    assert field_correct("group", "Islamic State", "islamic state.")
    assert field_correct("group", "Provisional IRA", "Provisional IRA")
    assert not field_correct("group", "Taliban", "Islamic State")


def test_empty_gold_group_is_matched_only_by_no_group() -> None:
    assert field_correct("group", "", None)
    assert field_correct("group", "", "")
    assert not field_correct("group", "", "FMLN")
    assert not field_correct("group", "FMLN", None)


def test_flags_are_exact_with_none_as_false() -> None:
    assert field_correct("claimed", False, None)
    assert not field_correct("claimed", True, None)
    assert field_correct("attribution_uncertain", True, True)
    assert not field_correct("attribution_uncertain", False, True)


def test_table_lists_fields_and_misses() -> None:
    gold = [_gold("a", killed_total=3, group="FMLN")]
    pred = [{"id": "a", "killed_total": 4, "group": "FMLN",
             "evidence": {"killed_total": {"derivation": "3 + 1 = 4",
                                           "evidence": [{"sentence": "Three died. One more."}]}}}]
    table = format_table(score(gold, pred), misses=5)
    assert "killed_total" in table and "group" in table
    assert "gold=3 predicted=4 (3 + 1 = 4)" in table
    assert "evidence: Three died. One more." in table


def test_run_cli_on_a_small_gold_file(tmp_path, capsys) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "x1", "text": "A bomb killed 4 people and injured 19 in the market.",
         "published": "2001-05-05", "expected": {"killed_total": 4, "wounded_total": 19}},
        {"id": "x2", "text": "No one was hurt when a bomb exploded.", "published": "2001-05-06",
         "expected": {"killed_total": 0, "wounded_total": 0}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert evaluate.run_cli(str(path), as_json=True) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 2
    assert out["fields"]["killed_total"]["overall"]["acc"] == 1.0
    assert out["fields"]["wounded_total"]["gold=0"]["n"] == 1
    assert evaluate.run_cli(str(path), fields=["no_such_field"]) == 2
