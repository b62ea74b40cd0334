"""A page whose line breaks were lost runs a heading on into what follows it: a first sub-heading
with no sentence end between ("…紧迫感（一）过去一年成绩来之不易。"), or, after a space, the part's
first sentence ("…落地见效 今年全镇工作的总体要求是：…"). Texts written here, in the shape of
news-site copies of a 镇/县 speech on one line."""
from __future__ import annotations

import pytest

from index.headings import split_heading
from index.parser import parse_speech

FILLER = "各村要对照任务清单，逐项明确责任人和完成时限，确保按期完成。" * 6  # a page of some length


def _one_line(parts: list[str]) -> str:
    return "在全镇乡村振兴推进会上的讲话\n同志们：今天召开全镇乡村振兴推进会。下面，我讲三点意见。" + "".join(parts) + "\n"


ONE_LINE_A = _one_line([
    "  一、肯定成绩，正视问题，切实增强做好工作的紧迫感（一）过去一年成绩来之不易。全镇粮食总产量达到3.12万吨。"
    + FILLER + "大家辛苦了！  （二）存在问题必须高度重视。主要有两个方面：第一，产业链条短。加工转化率只有48%。"
    "第二，整治不平衡。一些村重突击、轻长效。",
    "  二、锚定目标，突出重点，推动各项任务落地见效 今年全镇工作的总体要求是：坚持“产业为基、环境为先”的原则，"
    "扎实推进乡村建设。（一）做强特色产业。新建高标准农田8000亩。" + FILLER + "（二）整治人居环境。4月底前集中清理。",
    "  三、强化保障，确保部署落到实处（一）强化资金保障。今年统筹资金3860万元。" + FILLER
    + "（二）强化组织保障。镇成立领导小组。",
])
ONE_LINE_B = _one_line([
    "一、提高认识，增强责任感(一)成绩值得肯定。去年新增就业岗位1200个。" + FILLER
    + "(二)差距必须正视。企业融资难的问题依然突出。",
    "二、突出重点，抓好五项任务　全年要完成的主要目标是：新增市场主体3000户以上。(一)抓项目建设。年内开工项目46个。"
    + FILLER + "(二)抓营商环境。审批时限压减到15个工作日。",
    "三、加强领导，确保工作落实(一)压实责任。各部门主要负责人是第一责任人。" + FILLER + "(二)严格督查。每月通报一次。",
])


@pytest.mark.parametrize("text, tops, firsts", [
    (ONE_LINE_A, ["一、肯定成绩，正视问题，切实增强做好工作的紧迫感", "二、锚定目标，突出重点，推动各项任务落地见效",
                  "三、强化保障，确保部署落到实处"],
     ["（一）过去一年成绩来之不易", "（一）做强特色产业", "（一）强化资金保障"]),
    (ONE_LINE_B, ["一、提高认识，增强责任感", "二、突出重点，抓好五项任务", "三、加强领导，确保工作落实"],
     ["(一)成绩值得肯定", "(一)抓项目建设", "(一)压实责任"]),
])
def test_a_heading_run_on_into_its_first_sub_heading_or_sentence_ends_there(text, tops, firsts):
    doc = parse_speech(text, "t")
    assert [n.title for n in doc.outline] == tops
    assert [n.children[0].title for n in doc.outline] == firsts
    assert all(len(n.children) == 2 for n in doc.outline)  # the second sub-heading follows the first again
    second = doc.outline[1]
    opening = next(p for p in doc.passages if p.section == second.path)  # the part's own first sentence
    assert opening.text.startswith(("今年全镇工作的总体要求是", "全年要完成的主要目标是"))


@pytest.mark.parametrize("line, title, rest", [
    ("一、坚持稳中求进 推动高质量发展", "一、坚持稳中求进 推动高质量发展", ""),  # a heading of two phrases stays one
    ("一、坚持稳中求进 推动高质量发展。今年要抓好三件事。", "一、坚持稳中求进 推动高质量发展", "今年要抓好三件事。"),
    ("第一部分 总体要求", "第一部分 总体要求", ""),
    ("（三）加强组织领导。各级要把这项工作摆上重要议程。", "（三）加强组织领导", "各级要把这项工作摆上重要议程。"),
    ("二、主要任务 今年全县要完成的重点工作是：新建改建农村公路120公里。", "二、主要任务", "今年全县要完成的重点工作是：新建改建农村公路120公里。"),
    ("三、保障措施（一）加强组织领导。成立领导小组。", "三、保障措施", "（一）加强组织领导。成立领导小组。"),
])
def test_split_heading(line, title, rest):
    got, at = split_heading(line)
    assert got == title and line[at:].lstrip() == rest
