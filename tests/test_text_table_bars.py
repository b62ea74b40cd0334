"""A table typed as text with full-width or box-drawing bars ("临溪区｜94.6｜1"), one row a line, is
read as a table: each row stands alone (not glued into one sentence with the paragraph after it),
and a row answers the figure it holds. A title line with bars ("标题｜时政频道｜某某网") is no table.
Texts written here."""
from __future__ import annotations

import pytest

from index.formats.widths import table_bars

CIRCULAR = """关于第三季度项目建设督查情况的通报
各县（市、区）人民政府：
　　一、基本情况
　　督查组按评分细则对各县（市、区）打分，结果如下：
　　县（市、区）｜综合得分｜排名
　　青石县｜93.1｜1
　　白沙县│84.2│2
　　云台县｜77.5｜3
　　督查中，一些地方探索形成了好的经验做法。
　　二、整改要求
　　各地要在10月31日前报送整改方案。
"""


@pytest.mark.parametrize("text, rows", [
    ("县区｜得分｜排名\n青石县｜93.1｜1\n", ["县区|得分|排名", "青石县|93.1|1"]),
    ("单位│人数│备注\n一组│12│—\n", ["单位|人数|备注", "一组|12|—"]),
])
def test_rows_of_bars_are_table_rows(text, rows):
    out = table_bars(text)
    assert out.splitlines() == rows and len(out) == len(text)


@pytest.mark.parametrize("text", ["某某讲话｜时政频道｜某某网\n正文第一句。\n", "权威发布｜县长部署春耕\n", "甲｜乙\n丙｜丁\n"])
def test_a_title_line_or_two_cells_is_left_as_typed(text):
    assert table_bars(text) == text


def test_a_file_with_such_a_table_reads_its_rows_apart(tmp_path):
    from index.reader import read_speech_file
    path = tmp_path / "circular.txt"
    path.write_text(CIRCULAR, encoding="utf-8")
    texts = [p.text for p in read_speech_file(path).passages]
    assert not any("青石县" in t and "经验做法" in t for t in texts), texts
    assert any(t.startswith("白沙县|84.2|2") for t in texts), texts


@pytest.mark.slow
def test_a_row_answers_its_figure_alone(assistant, encoder, tmp_path):
    from index.reader import read_speech_file
    from index.store import index_in_memory
    path = tmp_path / "circular.txt"
    path.write_text(CIRCULAR, encoding="utf-8")
    ask = assistant.variant(index=index_in_memory([read_speech_file(path)], encoder)).ask
    answer = ask("白沙县排第几，得了多少分")
    assert answer.answerable and "84.2" in answer.answer, answer.answer
    assert "经验做法" not in answer.answer and "青石县" not in answer.answer.split("表头")[0], answer.answer
