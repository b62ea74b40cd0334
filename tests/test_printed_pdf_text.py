"""The text of a speech printed to PDF as a 公文 (by a browser or a word processor), as the PDF's
text layer gives it: common characters as radical code points (⼈ for 人, ⺠ for 民, ⻓ for 长),
a red-headed banner and issuing number above a title wrapped over two lines, and lines
hard-wrapped at the page's width, one of them opening with what looks like a numbered point
("…物资品种单" / "一、数量不足，…"). Texts written here."""
from __future__ import annotations

import pytest

from index.formats.radicals import ideographs
from index.parser import parse_speech
from index.reader import read_speech_file


@pytest.mark.parametrize("layer, text", [
    ("云溪区⼈⺠政府办公室⽂件", "云溪区人民政府办公室文件"), ("区⻓  周明远", "区长  周明远"),
    ("⻋辆⻔⼝⻅⾯", "车辆门口见面"), ("⼾籍⼈⼝", "户籍人口"), ("⻘年⼈才", "青年人才"),
    ("⻛险⻜⾏⻬⼼⻰头", "风险飞行齐心龙头"), ("人民政府", "人民政府"),
])
def test_radical_code_points_read_as_the_characters_they_stand_for(layer, text):
    assert ideographs(layer) == text


def test_a_text_with_radicals_reads_and_searches_as_ideographs(tmp_path):
    path = tmp_path / "copied.txt"
    path.write_text("在全区应急管理⼯作会议上的讲话\n同志们：\n⼀、主要任务\n要加强⼈⺠群众安全教育，区⻓亲⾃抓。\n",
                    encoding="utf-8")
    doc = read_speech_file(path)
    assert doc.title == "在全区应急管理工作会议上的讲话"
    assert any("人民群众" in p.text and "区长亲自抓" in p.text for p in doc.passages)
    assert doc.outline_nodes()[0].title.startswith("一、主要任务")


PRINTED = """江口县人民政府办公室文件
江政办发〔2026〕7号
在全县安全生产和防汛抗旱工作会议
上的讲话
（2026年3月12日）
县长  李明远
同志们：
今天，县政府召开全县安全生产和防汛抗旱工作会议，主要任务
是总结去年工作，部署今年任务。下面，我讲两点意见。
一、正视成绩，清醒认识当前形势
去年全县共发生各类生产安全事故12起，同比下降14.3%。但也要
看到，基层应急能力还比较薄弱，社区应急物资储备点物资品种单
一、数量不足，“最后一公里”问题比较突出。部分乡镇应急预案可
操作性不强，有的预案多年未修订，演练“演”多“练”少，必须下
大力气加以解决。各乡镇要对照问题清单，逐项制定整改措施，明
确责任人和完成时限，确保年内全部整改到位，不留死角和盲区。
二、突出重点，抓好防汛抗旱各项工作
一是加强监测预警。县气象局要加密汛期会商，及时发布预警信息
，确保预警信息到村到户到人。二是抓好物资储备。县应急管理局
要在5月底前完成防汛物资补充，重点乡镇物资储备不少于三天用量
，做到有备无患、拉得出用得上。各部门要各司其职、密切配合。
"""


def test_a_red_headed_document_is_titled_by_its_wrapped_title_line():
    doc = parse_speech(PRINTED, "printed")
    assert doc.title == "在全县安全生产和防汛抗旱工作会议上的讲话"


def test_a_wrapped_line_opening_like_a_point_continues_its_sentence():
    doc = parse_speech(PRINTED, "printed")
    tops = [n.title for n in doc.outline if n.title]
    assert [t[:2] for t in tops] == ["一、", "二、"], tops
    assert any("物资品种单一、数量不足" in p.text for p in doc.passages)
