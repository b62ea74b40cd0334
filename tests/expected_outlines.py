"""Hand-written truth for the shape excerpts (tests/speeches/shapes/) and the two real documents.

Conventions (what the parser must give):
- ``headings``: every outline node in document order as ``(depth, title)``. Depth 1 is the
  document's top numbering scheme, 2 the next one met under it, and so on (inferred from the
  order the schemes appear, not from a fixed table). A title is the heading as written, number
  included, up to (not including) its first 。！？, trailing ``，,：:；`` and spaces stripped;
  a markdown line loses its ``#``s. A node known only from a numbering jump across a gap is
  listed with its number as title (``"（三）"``) and appears in ``omitted``.
- Items (一是/一要, 首先…最后, 其一…, ——坚持…) are never outline nodes.
- ``paragraph_sections``: ``(first characters of a paragraph, title of its outline node, item)``.
  The node title may list alternatives with ``|``; ``""`` is the document level. The item is
  the marker the passage must carry, ``None`` for none, ``"*"`` for any marker.
- ``removed`` keys may join kinds with ``|`` (the sum of those kinds must reach the count).
"""
from __future__ import annotations

from dataclasses import dataclass, field

FINDING_KINDS = {"notice", "gap", "trailing_ellipsis", "mid_sentence", "announced_count",
                 "numbering_jump"}
REMOVED_KINDS = {"site_header", "date_line", "navigation", "promo", "copyright", "caption", "url"}


@dataclass
class Expect:
    """What reading one file must give."""

    title: str
    headings: list[tuple[int, str]]
    shape: str = ""  # the shape or defect the file stands for, in a few words
    omitted: list[str] = field(default_factory=list)
    truncation: set[str] = field(default_factory=set)  # finding kinds that must fire
    truncation_exact: bool = True  # no kind outside truncation | maybe may fire
    maybe: set[str] = field(default_factory=set)  # kinds that may fire too (judgement calls)
    blanks: list[str] = field(default_factory=list)
    blank_count: int | None = 0
    not_blank: list[str] = field(default_factory=list)
    redactions: int = 0
    paragraph_sections: list[tuple[str, str, str | None]] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)
    must_not_contain: list[str] = field(default_factory=list)


_S1 = "一、清醒认识当前安全生产面临的严峻形势"
_R2_1 = "一、提高站位，切实增强推进乡村振兴的责任感紧迫感"
_R2_2 = "二、突出重点，全力抓好乡村振兴各项任务"
_R2_3 = "三、强化保障，确保各项工作落地见效"
_Y4_1 = "第一，要充分认识优化营商环境的重要意义"
_Y4_2 = "第二，要聚焦企业关切破解突出问题"
_Y4_3 = "第三，要压实责任确保各项举措落地见效"
_E6_3 = "三、压实责任，构建齐抓共管的生态环境保护工作格局"
_M7_1 = "一、2023年民生实事完成情况"
_M7_2 = "二、2024年民生实事工作安排"
_Z10 = ["一、深刻认识加强作风建设的极端重要性", "二、坚持问题导向，深入查找作风方面的突出问题",
        "三、把握原则要求，推动作风建设常态化长效化"]
_F11 = ["一、绷紧思想之弦，切实增强防汛抗旱工作的责任感", "二、突出防御重点，扎实做好各项防范应对工作",
        "三、强化组织保障，确保责任措施落实到位"]
_W13_3 = "三、强化保障，推动各项任务落到实处"
_L14 = ["一、近年来全市生态文明建设取得的成效", "二、今后一个时期的重点工作"]
_S15_3 = "三、压实责任，确保森林防灭火工作落到实处"
_G16_2 = "（二）关于实施“工业项目攻坚年”行动"
_X18_3 = "第三、压实责任，确保各项措施落到实处"

SHAPES: dict[str, Expect] = {
    "01_template_site.txt": Expect(
        shape="template-site excerpt: site header + date, 一、/（一）, ×× figure, 预览结束 notice",
        title="在全县安全生产工作会议上的讲话",
        headings=[(1, _S1), (2, "（一）部分企业主体责任落实不到位"), (2, "（二）部分行业领域监管存在薄弱环节"),
                  (1, "二、突出重点，扎实开展安全生产专项整治"), (2, "（一）抓好道路交通安全整治"),
                  (2, "（二）抓好建筑施工安全整治"), (2, "（三）抓好燃气安全整治")],
        truncation={"notice", "trailing_ellipsis"}, maybe={"mid_sentence"},
        blanks=["故××起"], blank_count=1, not_blank=["1268家", "96.3%", "17处"],
        paragraph_sections=[("今天，我们召开全县安全生产", "", None),
                            ("今年以来，全县各级各部门", _S1, None),
                            ("一些企业负责人安全意识淡薄", "（一）部分企业主体责任落实不到位", None),
                            ("要紧盯深基坑", "（二）抓好建筑施工安全整治", None),
                            ("要全面开展城镇燃气安全排查", "（三）抓好燃气安全整治", None)],
        removed={"site_header|date_line": 1},
        must_not_contain=["公文易写网", "预览结束", "免费获取全文", "定制代笔"]),
    "02_inline_items.txt": Expect(
        shape="one paragraph per heading, inline 一是…二是…三是… inside it; 试读结束 notice",
        title="在全县乡村振兴重点工作推进会上的讲话",
        headings=[(1, _R2_1), (1, _R2_2), (1, _R2_3)],
        truncation={"notice", "trailing_ellipsis"},
        not_blank=["58.7亿元", "一二三产业", "10万元以上", "30万元以上", "五级书记"],
        paragraph_sections=[("这次会议的主要任务是", "", None),
                            ("一是思想认识要再提高", _R2_1, "一是"), ("二是工作标准要再提高", _R2_1, "二是"),
                            ("三是推进力度要再加大", _R2_1, "三是"), ("一是抓产业", _R2_2, "一是"),
                            ("四是抓改革", _R2_2, "四是"), ("三是强化督查考核", _R2_3, "三是")],
        must_not_contain=["试读结束", "请下载原文"]),
    "03_one_line.txt": Expect(
        shape="the whole page on one line: title, 一、/（一） headings and 一是 items inline",
        title="在全县招商引资工作推进会上的讲话",
        headings=[(1, "一、坚定信心，充分认清招商引资工作的新形势"), (2, "（一）招商成效初步显现"),
                  (2, "（二）存在问题不容忽视"), (1, "二、聚焦重点，全力推动招商引资提质增效"),
                  (2, "（一）突出产业链招商"), (2, "（二）突出以商招商"),
                  (1, "三、强化保障，营造亲商安商的良好环境")],
        truncation={"notice"},
        not_blank=["86.5亿元", "10亿元以上项目3个", "前50强", "1家以上"],
        paragraph_sections=[("今天召开全县招商引资工作推进会", "", None),
                            ("今年一、二季度", "", None),  # "一、二季度" is no heading
                            ("1至5月，全县新签约项目", "（一）招商成效初步显现", None),
                            ("一是瞄准主导产业补链", "（一）突出产业链招商", "一是"),
                            ("三是瞄准关键环节强链", "（一）突出产业链招商", "三是"),
                            ("要用好已落户企业", "（二）突出以商招商", None),
                            ("要全面推行项目落地", "三、强化保障，营造亲商安商的良好环境", None)],
        must_not_contain=["未完", "当前仅显示"]),
    "04_diyi_inline.txt": Expect(
        shape="第一，/第二，/第三， headings inline with body; 三点意见 announced and all shown",
        title="在全县优化营商环境工作大会上的讲话",
        headings=[(1, _Y4_1), (1, _Y4_2), (1, _Y4_3)],
        not_blank=["6214户", "1个工作日以内", "前二十位", "95%以上"],
        paragraph_sections=[("营商环境就是生产力", _Y4_1, None),
                            ("今年，全县的目标是确保", _Y4_1, None),  # "全市第一，" mid-sentence
                            ("一要深化审批制度改革", _Y4_2, "一要"), ("三要加快惠企政策兑现", _Y4_2, "三要"),
                            ("这三个方面，都是企业的", _Y4_2, None),
                            ("各部门主要负责同志是", _Y4_3, None),
                            ("同志们，优化营商环境只有", _Y4_3 + "|", None)]),
    "05_announced_cut.txt": Expect(
        shape="下面，我讲三点意见 with two shown; stops mid-sentence, no notice; * figure",
        title="在全县防汛工作会议上的讲话",
        headings=[(1, "一、充分认清今年防汛形势的严峻性"), (1, "二、全力做好防汛各项准备工作"),
                  (2, "（一）落实防汛责任"), (2, "（二）开展隐患排查"), (2, "（三）做好物资储备"),
                  (2, "（四）加强水库安全管理")],
        truncation={"announced_count", "mid_sentence"},
        blanks=["点*处"], blank_count=1, not_blank=["二至三成", "1.3亿元", "“三个责任人”"],
        paragraph_sections=[("今年入汛时间早", "", None),
                            ("我县地处山区", "一、充分认清今年防汛形势的严峻性", None),
                            ("要对全县67座小型水库", "（四）加强水库安全管理", None)]),
    "06_gap_jump.txt": Expect(
        shape="（二） then ……(此处省略800字)…… then （四）: （三） lies in the gap",
        title="在全县生态环境保护工作会议上的讲话",
        headings=[(1, "一、坚持精准治污，持续打好污染防治攻坚战"), (2, "（一）深入打好蓝天保卫战"),
                  (2, "（二）深入打好碧水保卫战"), (2, "（三）"), (2, "（四）加强固体废物和新污染物治理"),
                  (1, "二、坚持系统治理，提升生态系统多样性稳定性"), (2, "（一）统筹山水林田湖草系统治理"),
                  (2, "（二）加强生物多样性保护"), (1, _E6_3)],
        omitted=["（三）"], truncation={"gap", "numbering_jump"}, maybe={"trailing_ellipsis"},
        not_blank=["92.6%", "Ⅲ类", "“六个百分之百”", "26公里"],
        paragraph_sections=[("过去一年，全县生态环境质量", "", None),
                            ("全面落实河湖长制", "（二）深入打好碧水保卫战", None),
                            ("推进“无废城市”建设", "（四）加强固体废物和新污染物治理", None),
                            ("生态环境保护是一项系统工程", _E6_3, None),
                            ("同志们，生态环境保护功在当代", _E6_3 + "|", None)],
        must_not_contain=["此处省略"]),
    "07_report_shape.txt": Expect(
        shape="report: 一是…五是 one paragraph each, then a part paragraph; closing 同志们 after （三）",
        title="在全县民生实事工作推进会上的讲话",
        headings=[(1, _M7_1), (1, _M7_2), (2, "（一）精心组织实施"), (2, "（二）强化资金保障"),
                  (2, "（三）加强督查考核")],
        not_blank=["31.6亿元", "81.2%", "400张", "5.2万人"],
        paragraph_sections=[("今天，我们召开全县民生实事", "", None), ("过去一年，面对财政收支", _M7_1, None),
                            ("县委、县政府年初确定的十项", _M7_1, None),
                            ("一是教育资源持续扩容", _M7_1, "一是"), ("五是群众居住条件不断改善", _M7_1, "五是"),
                            ("在看到成绩的同时", _M7_1, None),
                            ("今年县里初步确定了12项", "（一）精心组织实施", None),
                            ("县政府督查室要会同", "（三）加强督查考核", None),
                            ("同志们，民生无小事", _M7_2 + "|", None)]),
    "08_four_levels.txt": Expect(
        shape="four levels 一、 > （一） > 1. > （1）; a paragraph opening with 1.2万; ends in ……",
        title="在全县教育工作会议上的讲话",
        headings=[(1, "一、2023年全县教育工作回顾"), (1, "二、2024年重点工作安排"),
                  (2, "（一）着力扩大优质教育资源供给"), (3, "1.加快学校建设"),
                  (4, "（1）实施城区学校扩容工程"), (4, "（2）推进农村寄宿制学校建设"),
                  (3, "2.深化集团化办学"), (4, "（1）推进集团内资源共享"), (4, "（2）完善教师交流轮岗机制"),
                  (2, "（二）着力建设高素质教师队伍"), (3, "1.加强师德师风建设"), (3, "2.完善教师补充机制")],
        truncation={"trailing_ellipsis"},
        not_blank=["2863人", "3.4个百分点", "1.2万名", "15%"],
        paragraph_sections=[("去年，全县教育系统", "一、2023年全县教育工作回顾", None),
                            ("1.2万名教职工", "一、2023年全县教育工作回顾", None),
                            ("今年新建、改扩建城区中小学5所", "（1）实施城区学校扩容工程", None),
                            ("以县第一中学", "2.深化集团化办学", None),
                            ("集团内统一教学计划", "（1）推进集团内资源共享", None),
                            ("今年通过公开招聘", "2.完善教师补充机制", None)]),
    "09_parts.txt": Expect(
        shape="第一部分/第二部分/第三部分 parts with 一、 under them; 正式会员 notice",
        title="在全市数字经济发展大会上的讲话",
        headings=[(1, "第一部分　数字经济发展成效和存在问题"), (2, "一、发展成效"), (2, "二、存在问题"),
                  (1, "第二部分　今后一个时期的重点任务"), (2, "一、加快数字产业化"), (2, "二、推进产业数字化"),
                  (2, "三、夯实数字基础设施"), (1, "第三部分　强化推进数字经济发展的保障措施"),
                  (2, "一、加强统筹协调"), (2, "二、加大政策支持")],
        truncation={"notice"},
        not_blank=["286亿元", "5G基站8600个", "400亿元", "30个以上", "千兆光网"],
        paragraph_sections=[("今天，市委、市政府召开", "", None), ("近年来，全市数字经济保持", "一、发展成效", None),
                            ("对照先进地区", "二、存在问题", None),
                            ("统筹推进5G网络", "三、夯实数字基础设施", None),
                            ("市财政每年安排数字经济", "二、加大政策支持", None)],
        must_not_contain=["正式会员"]),
    "10_items_principles.txt": Expect(
        shape="首先/其次/再次/最后, 其一/其二/其三 and ——坚持 items, none of them headings",
        title="在全县作风建设大会上的讲话",
        headings=[(1, t) for t in _Z10],
        not_blank=["48起", "61人"],
        paragraph_sections=[("首先，加强作风建设", _Z10[0], "首先"), ("再次，加强作风建设", _Z10[0], "再次"),
                            ("最后，加强作风建设", _Z10[0], "最后"), ("去年以来，县纪委监委", _Z10[1], None),
                            ("其一，理想信念", _Z10[1], "其一"), ("其三，制度执行", _Z10[1], "其三"),
                            ("对上述问题", _Z10[1], None),
                            ("推进作风建设，必须坚持以下原则", _Z10[2], None),
                            ("——坚持以上率下", _Z10[2], "*"), ("——坚持标本兼治", _Z10[2], "*"),
                            ("以上三条原则", _Z10[2], None), ("同志们，作风建设永无止境", _Z10[2] + "|", None)]),
    "11_scraped_news.txt": Expect(
        shape="scraped news page: site chrome, caption, share/related links, ICP, U+2028, NBSP",
        title="在全县防汛抗旱工作会议上的讲话",
        headings=[(1, _F11[0]), (1, _F11[1]), (2, "（一）抓好水库山塘安全度汛"), (2, "（二）抓好山洪地质灾害防御"),
                  (2, "（三）抓好城区防洪排涝"), (1, _F11[2])],
        not_blank=["412毫米", "三成", "失防万一", "24小时"],
        paragraph_sections=[("入汛以来，我县已经历", "", None), ("防汛抗旱事关人民群众", _F11[0], None),
                            ("全县52座小型水库", "（一）抓好水库山塘安全度汛", None),
                            ("各级防汛责任人要立即", _F11[2], None)],
        removed={"site_header": 1, "navigation": 1, "date_line": 1, "caption": 1, "copyright": 1,
                 "url": 1},
        must_not_contain=["门户网站", "首页 >", "发布时间", "字体", "【打印", "分享到", "相关新闻",
                          "清源县召开2024年防汛工作部署会", "http", "版权所有", "ICP", "王晓东 摄",
                          "图为会议现场", "\u2028", "\u00a0"]),
    "12_blanks.txt": Expect(
        shape="blanks of every kind, thresholds that are not blanks, a _ redaction",
        title="在全县上半年经济运行分析会上的讲话",
        headings=[(1, "一、上半年经济运行基本情况"), (1, "二、下半年重点工作安排"), (2, "（一）全力抓好产业发展"),
                  (2, "（二）持续优化营商环境"), (2, "（三）切实兜牢民生底线")],
        blanks=["总值 亿元", "第XX位", "占比××%", "□□家", "xx人", "达到公里"], blank_count=6,
        not_blank=["亿元以上项目11个", "万亩以上", "百万人口", "千亿级", "十万元以下", "二〇〇八年",
                   "亿元以上项目8个", "6.2%", "3.2万亩", "48.6万亩", "80%左右"],
        redactions=1,
        paragraph_sections=[("上半年，全县实现", "一、上半年经济运行基本情况", None),
                            ("农业方面", "一、上半年经济运行基本情况", None),
                            ("深化政府采购领域改革", "（二）持续优化营商环境", None)]),
    "13_complete.txt": Expect(
        shape="a complete speech with no defects, 三点意见 all shown, ending 谢谢大家！",
        title="在全县卫生健康工作会议上的讲话",
        headings=[(1, "一、肯定成绩，准确把握全县卫生健康工作形势"), (2, "（一）医疗服务能力稳步提升"),
                  (2, "（二）公共卫生体系不断健全"), (1, "二、突出重点，扎实推进卫生健康各项工作"),
                  (2, "（一）深化医药卫生体制改革"), (2, "（二）提升基层医疗服务水平"),
                  (2, "（三）加强医疗卫生人才队伍建设"), (1, _W13_3)],
        not_blank=["91.5%", "65岁以上", "120台套", "3.4亿元"],
        paragraph_sections=[("今天召开全县卫生健康工作会议", "", None), ("一是加强组织领导", _W13_3, "一是"),
                            ("三是严格考核督导", _W13_3, "三是"), ("同志们，人民健康是社会", _W13_3 + "|", None)]),
    "14_long_sentences.txt": Expect(
        shape="排比 sentences over 400 characters joined by ；, and a 610-character run with only ，",
        title="在全市生态文明建设推进大会上的讲话",
        headings=[(1, _L14[0]), (1, _L14[1])],
        not_blank=["100%", "63.8%", "98.5%"],
        paragraph_sections=[("五年来，我们坚持生态优先", _L14[0], None), ("这些成绩的取得", _L14[0], None),
                            ("推进生态文明建设，要突出抓好", _L14[1], None),
                            ("同志们，生态文明建设是关系", _L14[1] + "|", None)]),
    "15_markdown.md": Expect(
        shape="markdown: # title, ## 一、 and ### （一） headings, **同志们：**",
        title="在全县森林防灭火工作会议上的讲话",
        headings=[(1, "一、认清形势，切实增强森林防灭火工作的紧迫感"), (1, "二、突出重点，全面落实森林防灭火各项措施"),
                  (2, "（一）严格火源管控"), (2, "（二）加强隐患排查"), (2, "（三）做好扑救准备"), (1, _S15_3)],
        not_blank=["186万亩", "71.3%", "24小时"],
        paragraph_sections=[("今天召开全县森林防灭火", "", None), ("进入森林防火期后", "（一）严格火源管控", None),
                            ("各乡镇党委、政府主要负责同志", _S15_3, None),
                            ("同志们，森林防灭火工作责任重大", _S15_3 + "|", None)],
        must_not_contain=["#", "**"]),
    "16_items_count.txt": Expect(
        shape="（一） as the top scheme; 基于三个方面的考虑 with 一是/二是 shown, then （未完待续）",
        title="在全县工业经济高质量发展推进会上的讲话",
        headings=[(1, "（一）关于当前工业经济运行情况"), (1, _G16_2)],
        truncation={"announced_count", "notice"},
        not_blank=["9.4%", "286家", "六成", "1200多亩", "亿元以上工业项目25个以上"],
        paragraph_sections=[("今年以来，全县工业经济", "（一）关于当前工业经济运行情况", None),
                            ("从行业看", "（一）关于当前工业经济运行情况", None),
                            ("县委、县政府决定把今年", _G16_2, None), ("一是从发展阶段看", _G16_2, "一是"),
                            ("二是从竞争态势看", _G16_2, "二是")],
        must_not_contain=["未完待续"]),
    "17_gap_part_jump.txt": Expect(
        shape="二、 then ......（中间部分略去1200字）...... then 四、: 三、 lies in the gap; 登录后查看",
        title="在全市城市更新工作推进会上的讲话",
        headings=[(1, "一、充分认识实施城市更新行动的重大意义"), (2, "（一）实施城市更新是适应城市发展新形势的必然要求"),
                  (2, "（二）实施城市更新是补齐城市建设短板的迫切需要"), (1, "二、准确把握城市更新的目标任务"),
                  (2, "（一）明确总体目标"), (2, "（二）突出年度重点"), (1, "三、"),
                  (1, "四、强化城市更新的要素保障"), (2, "（一）拓宽资金筹措渠道"), (2, "（二）完善用地支持政策")],
        omitted=["三、"], truncation={"gap", "numbering_jump", "notice", "trailing_ellipsis"},
        not_blank=["64.7%", "2000年以前", "2.3万户", "186公里", "5年内"],
        paragraph_sections=[("城市更新是推动城市高质量发展", "", None),
                            ("我市城镇化率已达到", "（一）实施城市更新是适应城市发展新形势的必然要求", None),
                            ("今年全市计划改造老旧小区", "（二）突出年度重点", None),
                            ("积极争取中央和省级补助资金", "（一）拓宽资金筹措渠道", None),
                            ("对城市更新项目中的零星用地", "（二）完善用地支持政策", None)],
        must_not_contain=["略去", "登录后查看"]),
    "18_diyi_dun.txt": Expect(
        shape="第一、 heading lines with 1、 headings under them, 一要 items, 1、2月份 in a sentence",
        title="在全镇秋冬季消防安全工作会议上的讲话",
        headings=[(1, "第一、认清形势，增强做好消防安全工作的责任感"), (2, "1、要充分认识消防安全工作的极端重要性"),
                  (2, "2、要清醒看到当前存在的突出问题"), (1, "第二、突出重点，全面开展消防安全隐患排查整治"),
                  (2, "1、开展自建房和出租房专项整治"), (2, "2、开展电动自行车专项治理"),
                  (2, "3、开展人员密集场所专项检查"), (1, _X18_3)],
        truncation={"notice"},
        not_blank=["火灾4起", "36处"],
        paragraph_sections=[("秋冬季天干物燥", "", None),
                            ("消防安全是公共安全", "1、要充分认识消防安全工作的极端重要性", None),
                            ("一要落实属地责任", _X18_3, "一要"), ("三要落实单位主体责任", _X18_3, "三要")],
        must_not_contain=["点击下一页"]),
}

_G1 = "一、2020年工作回顾"
_G2 = "二、“十三五”时期发展成就和“十四五”时期主要目标任务"
_G3 = "三、2021年重点工作"
_Y2 = "二、实施乡村振兴战略的总体要求"
_Y12 = "十二、坚持和完善党对“三农”工作的领导"


def _parts(*groups: tuple[str, list[str]]) -> list[tuple[int, str]]:
    """A two-level outline: each part with its （一）… sub-sections."""
    return [h for part, subs in groups for h in [(1, part)] + [(2, s) for s in subs]]


REAL: dict[str, Expect] = {
    "gwr2021.txt": Expect(
        shape="2021 政府工作报告: CRLF; 一是…七是 items then section paragraphs; —— items; closing run",
        title="2021年政府工作报告",
        headings=_parts(
            (_G1, []), (_G2, []),
            (_G3, ["（一）保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间",
                   "（二）深入推进重点领域改革，更大激发市场主体活力",
                   "（三）依靠创新推动实体经济高质量发展，培育壮大新动能",
                   "（四）坚持扩大内需这个战略基点，充分挖掘国内市场潜力",
                   "（五）全面实施乡村振兴战略，促进农业稳定发展和农民增收",
                   "（六）实行高水平对外开放，促进外贸外资稳中提质",
                   "（七）加强污染防治和生态建设，持续改善环境质量",
                   "（八）切实增进民生福祉，不断提高社会建设水平"])),
        not_blank=["亿万农民", "万众创新", "千方百计", "1.3万亿斤以上", "千兆光网", "1000多万高中毕业生",
                   "百折不挠"],
        paragraph_sections=[
            ("现在，我代表国务院", "", None),
            ("一年来，我们贯彻党中央", _G1, None),
            ("一是围绕市场主体的急需", _G1, "一是"),
            ("四是坚定不移推进改革开放", _G1, "四是"),
            ("七是加强依法行政", _G1, "七是"),
            ("贯彻落实党中央全面从严治党", _G1, None),
            ("中国特色大国外交卓有成效", _G1, None),
            ("在肯定成绩的同时", _G1, None),
            ("过去五年，我国经济社会", _G2, None),
            ("——着力提升发展质量效益", _G2, "*"),
            ("——统筹发展和安全", _G2, "*"),
            ("展望未来，我们有信心", _G2, None),
            ("今年要重点做好以下几方面工作", _G3, None),
            ("积极的财政政策要提质增效", "（一）保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间", None),
            ("就业优先政策要继续强化", "（一）保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间", None),
            ("加强和创新社会治理", "（八）切实增进民生福祉，不断提高社会建设水平", None),
            ("面对新的任务和挑战", _G3 + "|", None),
            ("我们要坚持对台工作", _G3 + "|", None),
            ("重任在肩，更须砥砺奋进", _G3 + "|", None)]),
    "yihao2018.txt": Expect(
        shape="2018 中央一号文件: UTF-8 BOM; 一、…十二、 parts, （一） sections, ——坚持 principles",
        title="中共中央 国务院关于实施乡村振兴战略的意见",
        headings=_parts(
            ("一、新时代实施乡村振兴战略的重大意义", []),
            (_Y2, ["（一）指导思想", "（二）目标任务", "（三）基本原则"]),
            ("三、提升农业发展质量，培育乡村发展新动能",
             ["（一）夯实农业生产能力基础", "（二）实施质量兴农战略", "（三）构建农村一二三产业融合发展体系",
              "（四）构建农业对外开放新格局", "（五）促进小农户和现代农业发展有机衔接"]),
            ("四、推进乡村绿色发展，打造人与自然和谐共生发展新格局",
             ["（一）统筹山水林田湖草系统治理", "（二）加强农村突出环境问题综合治理",
              "（三）建立市场化多元化生态补偿机制", "（四）增加农业生态产品和服务供给"]),
            ("五、繁荣兴盛农村文化，焕发乡风文明新气象",
             ["（一）加强农村思想道德建设", "（二）传承发展提升农村优秀传统文化", "（三）加强农村公共文化建设",
              "（四）开展移风易俗行动"]),
            ("六、加强农村基层基础工作，构建乡村治理新体系",
             ["（一）加强农村基层党组织建设", "（二）深化村民自治实践", "（三）建设法治乡村",
              "（四）提升乡村德治水平", "（五）建设平安乡村"]),
            ("七、提高农村民生保障水平，塑造美丽乡村新风貌",
             ["（一）优先发展农村教育事业", "（二）促进农村劳动力转移就业和农民增收",
              "（三）推动农村基础设施提挡升级", "（四）加强农村社会保障体系建设", "（五）推进健康乡村建设",
              "（六）持续改善农村人居环境"]),
            ("八、打好精准脱贫攻坚战，增强贫困群众获得感",
             ["（一）瞄准贫困人口精准帮扶", "（二）聚焦深度贫困地区集中发力", "（三）激发贫困人口内生动力",
              "（四）强化脱贫攻坚责任和监督"]),
            ("九、推进体制机制创新，强化乡村振兴制度性供给",
             ["（一）巩固和完善农村基本经营制度", "（二）深化农村土地制度改革",
              "（三）深入推进农村集体产权制度改革", "（四）完善农业支持保护制度"]),
            ("十、汇聚全社会力量，强化乡村振兴人才支撑",
             ["（一）大力培育新型职业农民", "（二）加强农村专业人才队伍建设", "（三）发挥科技人才支撑作用",
              "（四）鼓励社会各界投身乡村建设", "（五）创新乡村人才培育引进使用机制"]),
            ("十一、开拓投融资渠道，强化乡村振兴投入保障",
             ["（一）确保财政投入持续增长", "（二）拓宽资金筹集渠道", "（三）提高金融服务水平"]),
            (_Y12, ["（一）完善党的农村工作领导体制机制", "（二）研究制定中国共产党农村工作条例",
                    "（三）加强“三农”工作队伍建设", "（四）强化乡村振兴规划引领", "（五）强化乡村振兴法治保障",
                    "（六）营造乡村振兴良好氛围"])),
        not_blank=["亿万农民", "一二三产业", "再延长30年", "第二个百年", "五级书记", "三年行动计划",
                   "一县一业"],
        paragraph_sections=[
            ("实施乡村振兴战略，是党的十九大", "", None),
            ("党的十八大以来", "一、新时代实施乡村振兴战略的重大意义", None),
            ("在中国特色社会主义新时代", "一、新时代实施乡村振兴战略的重大意义", None),
            ("到2020年，乡村振兴取得重要进展", "（二）目标任务", None),
            ("到2050年，乡村全面振兴", "（二）目标任务", None),
            ("——坚持党管农村工作", "（三）基本原则", "*"),
            ("——坚持因地制宜、循序渐进", "（三）基本原则", "*"),
            ("乡村振兴，产业兴旺是重点", "三、提升农业发展质量，培育乡村发展新动能", None),
            ("深入实施藏粮于地", "（一）夯实农业生产能力基础", None),
            ("乡村振兴，摆脱贫困是前提", "八、打好精准脱贫攻坚战，增强贫困群众获得感", None),
            ("让我们更加紧密地团结", _Y12 + "|", None)]),
}
