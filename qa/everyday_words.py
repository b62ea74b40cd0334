"""Everyday words for the terms government texts use: a user asks about 看病, the text says 就医.

A question in a user's own words shares too few words with the speech, so BM25 misses the
passage and the refusal model counts the words as missing ("农民看病异地报销" against
"异地就医联网直接结算"). Each entry maps a word of everyday speech, or a short form, to the
words such texts write for it; the question is searched and measured with both. Written from
the genre's vocabulary by domain, not from any question set. A word the texts themselves use
(群众, 补贴, 化肥) is no entry: it needs no translation.
"""
from __future__ import annotations

import re

_ENTRIES: dict[str, str] = {
    # health and care
    "看病": "就医|医疗|看病", "看病难": "就医|医疗", "瞧病": "就医|医疗", "报销": "结算|报销|医保",
    "医保": "医疗保险|医保", "老人": "老年人|养老", "养老院": "养老机构|养老服务",
    # schooling
    "上学": "教育|入学|就学|学校", "念书": "教育|就学", "读书": "教育|就学", "学费": "学杂费|学费",
    "中职": "中等职业|中职", "高职": "高等职业|高职", "孩子": "儿童|子女|学生|未成年人", "小孩": "儿童|子女|未成年人",
    "娃": "儿童|子女", "幼儿园": "学前教育|幼儿园", "托儿": "托育|托位|婴幼儿照护", "托儿所": "托育|托育机构", "位子": "托位|学位|床位|车位|席位|位置",
    "带娃": "托育|婴幼儿照护",
    # work and income
    "大学生": "高校毕业生|毕业生|大学生", "毕业生": "高校毕业生|毕业生", "找工作": "就业|求职", "找活": "就业|务工", "打工": "务工|农民工|外出", "工资": "薪酬|工资|收入",
    "挣钱": "增收|收入", "赚钱": "增收|收入|效益", "饭碗": "就业|岗位", "挣": "收入|工资|薪酬",
    # housing and towns
    "房子": "住房|住宅|房屋", "盖房": "建房|新建|建设", "盖房子": "建房|住房|房屋", "老小区": "老旧小区", "受益": "惠及|受益|覆盖", "旧小区": "老旧小区", "内涝": "易涝|内涝|积水", "买房": "购房|住房", "房价": "房地产|住房|房价", "租房": "租赁住房|住房租赁|租房",
    "城里": "城区|城镇|城市", "乡下": "农村|乡村", "村里": "农村|村", "老家": "家乡|乡村|返乡",
    "修路": "道路|公路|交通", "堵车": "拥堵|交通", "高铁": "高速铁路|铁路",
    # networks and trade
    "网速": "宽带|网络", "上网": "互联网|网络|宽带", "信号": "通信|网络|覆盖", "电商": "电子商务|电商",
    "网购": "电子商务|网络零售", "快递": "物流|寄递|快递",
    # order and customs
    "黑社会": "黑恶|涉黑|扫黑", "村霸": "黑恶|恶势力|村霸", "打黑": "扫黑|黑恶", "红白喜事": "婚丧|大操大办|红白",
    "摆酒": "大操大办|婚丧", "陋习": "陋习|不良风气|移风易俗", "踢皮球": "推诿|扯皮|职责",
    "扯皮": "推诿|扯皮", "当官的": "干部|领导干部", "官员": "干部|领导干部|公职人员",
    "公务员": "公职人员|公务员|干部", "老百姓": "群众|人民|居民", "办事": "办理|政务服务|审批",
    # economy and enterprises
    "规上": "规模以上", "经济总量": "地区生产总值|生产总值|经济总量", "涉案金额": "涉案|折合|金额",
    "规上企业": "规模以上", "高企": "高新技术企业", "国企": "国有企业|国企",
    "民企": "民营企业|民企", "外企": "外资企业|外商投资", "老板": "企业家|企业主", "工厂": "企业|工厂|工业",
    "开厂": "企业|投资", "办厂": "企业|投资", "花钱": "支出|投入|资金", "拿钱": "资金|投入|安排",
    "种地": "耕地|种植|粮食|农业", "危化品": "危险化学品", "安监": "安全监管|安全生产监管",
    "一把手": "主要负责|主要领导|党政正职|一把手", "建完": "建成|完成", "后腿": "下降|拖累|滞后|不足",
    # a works' start and end as people say them, and as texts write them (竣工, 建成, 动工)
    "完工": "完工|竣工|建成", "修完": "完工|竣工|建成", "修好": "完工|竣工|建成", "盖完": "竣工|完工|建成",
    "开工": "开工|动工|开建", "动工": "开工|动工", "开建": "开工|动工", "开始建": "开工|动工",
    # the standard figures of a work report by the names people give them
    "GDP": "地区生产总值|生产总值|经济总量", "经济增长": "地区生产总值|生产总值|经济增长",
    "经济增速": "地区生产总值|生产总值|经济增速", "经济涨": "地区生产总值|生产总值", "经济要涨": "地区生产总值|生产总值",
    "科创": "科技创新|科创", "双创": "创新创业|双创", "gdp": "地区生产总值|生产总值|经济总量",
    "财政收入": "一般公共预算收入|财政收入|地方级收入", "固投": "固定资产投资", "社零": "社会消费品零售总额",
    "外贸": "进出口总额|进出口|外贸", "工业产值": "规模以上工业增加值|工业增加值|工业总产值",
    "农民收入": "农村居民人均可支配收入|农民收入|农民人均", "城里人收入": "城镇居民人均可支配收入",
    "居民收入": "居民人均可支配收入|居民收入", "老百姓收入": "居民人均可支配收入|收入",
    "物价": "居民消费价格|物价", "失业率": "调查失业率|登记失业率|失业率",
    "开公司": "企业开办|开办企业|市场主体", "开个公司": "企业开办|开办企业|市场主体",
    "注册公司": "企业开办|开办企业|市场主体",
    # a term renamed in official use, asked by either name: 市场主体 has been written 经营主体 since 2023
    "市场主体": "市场主体|经营主体", "经营主体": "经营主体|市场主体",
    # environment, safety and utilities
    "环保": "生态环境|环境保护|污染", "雾霾": "大气污染|重污染|雾霾", "脏乱差": "人居环境|环境整治|脏乱差",
    "电动车": "电动自行车|电动车", "电瓶车": "电动自行车|电动车", "着火": "火灾|火情|消防", "失火": "火灾|火情|消防", "出事": "事故", "停电": "供电|电力|停电", "用电": "供电|电力",
    "积水": "易涝|内涝|积水", "淹水": "易涝|内涝|积水", "吃水": "饮水|供水", "喝水": "饮水|饮用水",
    # short forms of a service's two verbs: 收运 is 收集运输, 清运 is 清理运输
    "收运": "收集|运输|收运", "清运": "清理|收集|运输|清运", "收一次": "收集", "拉走": "运输|清运|收运",
    "饭馆": "餐饮|餐馆|饭店", "饭店": "餐饮|饭店", "餐馆": "餐饮|餐馆", "馆子": "餐饮", "小吃店": "餐饮",
    "煤气罐": "瓶装液化石油气|液化石油气|液化气|燃气", "液化气罐": "瓶装液化石油气|液化石油气", "煤气": "燃气|液化石油气",
    "宣传材料": "宣传资料|宣传品|宣传材料", "传单": "宣传资料|宣传单|明白纸",
    # what an inspection found, as people say it ("查出多少问题", "查到几处隐患"): texts write 发现/排查出/查处
    "查出": "发现|排查|查处|检查发现|指出|查摆", "查出来": "发现|排查|查处|指出|查摆", "查到": "发现|排查|查处|指出",
    "找出": "发现|排查|查摆", "挑出": "指出|发现", "查摆出": "查摆|指出|发现",
    # going to the grassroots, and views gathered, as people say them ("下基层调研几天", "收集了多少条意见")
    "下基层": "基层|乡镇|村组|一线|下乡", "下乡": "乡镇|农村|村组|基层|下乡", "跑基层": "基层|乡镇|村组|一线",
    "收集": "收集|征集|汇集|征求", "收到": "收到|征集|收集|受理", "提了意见": "征集|意见建议|提出",
    # a banquet by the other names texts give it ("办酒席摆几桌")
    "办酒": "宴席|酒席|操办|宴请", "办酒席": "宴席|酒席|操办", "摆酒席": "宴席|酒席|操办",
    # the same thing in the other word texts use
    "抽检": "抽测|抽检|抽查|检测", "罚钱": "罚款|处罚", "不过关": "不合格|未通过|不达标|不得", "举例": "例如|比如|举例",
    # an example the text gives of another place ("外地", "拿…做对比", "学习的榜样"): 例如/比如…
    "外地": "例如|比如|先进|其他地区", "对比": "例如|比如|相比|对比", "例子": "例如|比如|典型",
    "榜样": "典型|先进|标杆|例如",
    "典型": "典型|例如|比如", "住房": "住宅|房屋|住房", "禁止": "严禁|禁止|不得", "不允许": "不得|严禁|禁止|不允许",
    "不准": "不得|严禁|禁止", "报上去": "报告|上报|报送", "报上来": "报告|上报|报送", "听取": "征求|听取", "参会": "参加|出席|参会", "开会": "会议|召开", "差距": "差距|相差|差异", "差多少": "相差|差距",
    # a request and its handling, as people say it ("反映问题多久给回复"): texts write 诉求, 响应, 办结
    "回复": "答复|响应|回应|反馈|回复|办结", "回话": "答复|响应|回应|反馈", "反映问题": "诉求|反映|投诉",
    "提意见": "诉求|意见|建议",
    # an answer to a complaint or a call for repair, as the one who waits says it ("多久给答复", "多久有回应")
    "答复": "答复|告知|回复|反馈|处理结果|办结", "回应": "响应|回应|答复|反馈", "给答复": "告知|答复|处理结果|反馈",
    "有人管": "响应|受理|处理", "来修": "修复|维修|响应",
    # family, as people say it ("老婆孩子在本地做生意吗"): a declaration writes 配偶、子女
    "老婆": "配偶|妻子", "老公": "配偶|丈夫", "媳妇": "配偶|妻子", "爱人": "配偶", "家属": "配偶|子女|亲属|家属",
    # moving in, as people say it ("刚迁过来的老人能领吗"): 新迁入, 落户
    "迁过来": "迁入|落户", "搬过来": "迁入|落户|入住", "刚来": "新迁入|迁入|落户", "外地来的": "外来|迁入|非本地户籍",
    # meals, as people say them ("几点开饭"): a canteen's 供餐/就餐
    "开饭": "供餐|就餐|用餐|开餐", "吃饭": "就餐|用餐|供餐|助餐", "饭点": "供餐时间|就餐时间",
    # problems, in a user's words
    "毛病": "问题|不足|短板", "难处": "困难|问题", "底气": "优势|条件|基础", "原因": "原因|根源|症结|在于",
    # a meeting or body by its short name, as a communique or report writes it out ("全会" of "第六次全体会议")
    "全会": "全体会议|全会", "常委会": "常务委员会|常委会", "人大": "人民代表大会|人大", "政协": "政治协商会议|政协",
    "党代会": "党代表大会|党代会", "职代会": "职工代表大会|职代会",
    # the level of government, as people say it ("省里补多少", "县里谁管")
    "省里": "省级|全省", "市里": "市级|全市", "县里": "县级|全县", "区里": "区级|全区", "镇里": "镇级|乡镇",
    "乡里": "乡镇|乡级",
    # money and its source ("钱从哪来", "谁出钱"), guarantees and days
    "钱从哪来": "资金|投入|筹措|保障", "钱从哪里来": "资金|投入|筹措|保障", "谁出钱": "资金|出资|承担|分担|筹措", "谁出的": "承担|分担|出资|负担", "谁掏钱": "承担|分担|出资|负担",
    "谁付": "承担|分担|支付|负担", "出钱": "出资|承担|分担|负担|筹措", "鞭炮": "烟花爆竹|爆竹", "放炮": "燃放烟花爆竹|燃放", "错过": "误时|逾期|以外|超过|过期", "自己出": "本级财政|镇级财政|县级财政|区级财政|财政投入|财政安排|自筹",
    "欠钱": "拖欠|欠款|账款", "欠款": "拖欠|欠款|账款", "还清": "清偿|清欠|清理|应清尽清",
    "还钱": "清偿|偿还|清欠", "欠薪": "拖欠|工资|欠薪", "清欠": "清偿|清理拖欠|拖欠|清欠",
    # money paid out, as the one who gets it says it ("补贴啥时候到账", "钱打到卡上")
    "到账": "发放|拨付|兑付|到位", "卡上": "发放|一卡通|到户|兑付", "到手": "发放|兑付|到位",
    "没还": "未清偿|拖欠|未偿还", "还上": "清偿|偿还",
    # counts as people say them: what "冒出来" (newly set up) and how many in all (总数)
    "冒出来": "新设|新增|新办|新注册|新开", "新设立": "新设|新增|新登记|新注册|新办", "新冒出来": "新设|新增|新办|新注册", "总数": "总量|总数|总计|累计|合计",
    "保证": "确保|保障|保证", "每天": "每日|每天", "大旱": "干旱|旱情", "自来水": "供水|自来水",
    # a regulation's words: when it takes effect (施行), who refuses (拒不), what is thrown away where
    "开始执行": "施行|起施行|实施", "开始实施": "施行|起施行|实施", "生效": "施行|起施行|生效",
    "执行日期": "施行|起施行", "不改": "拒不改正|逾期不改正|拒不", "不听": "拒不|劝阻|不听",
    "乱扔": "随意丢弃|随意抛撒|乱扔|随意倾倒|抛撒", "乱丢": "随意丢弃|随意抛撒|乱丢|随意倾倒|抛撒", "乱倒": "随意倾倒|乱倒|倾倒",
    "旧家具": "大件垃圾|废旧家具", "沙发": "家具|大件垃圾|废旧家具", "旧床垫": "大件垃圾|废旧家具",
    "旧电器": "废旧电器|电器电子产品", "装修垃圾": "装饰装修垃圾|装修垃圾|建筑垃圾",
    "改厕": "改厕|改建|户厕|厕所改造|卫生厕所", "改水": "改水|饮水|供水", "厕所": "户厕|卫生厕所|公厕|厕所",
    # who may apply and by when, as an applicant says it ("外地户口能申请吗", "最晚啥时候交")
    "户口": "户籍|居住证|户口", "外地户口": "户籍|居住证|非本市户籍", "最晚": "截止|最迟|之前", "最迟": "截止|最迟|之前",
    # who breaks a rule at home is a person, as a regulation names its parties ("在家里不分类扔垃圾罚多少")
    "家里": "个人|居民|家庭", "在家": "个人|居民|家庭", "自己家": "个人|居民|家庭", "老百姓家": "个人|居民|家庭",
    "违规": "未按规定|未按照规定|违反|违规", "不守规矩": "未按规定|违反",
    "私自": "擅自|私自", "偷偷": "擅自|私自", "占道": "占用道路|占道", "停车位": "停车泊位|车位|停车位",
    # trade, money and firms, as people say them ("出国参展", "网上卖货", "钱紧", "公司买车")
    "出国": "境外|出境|国外|出国", "网上卖": "网络零售|电子商务|直播电商",
    "钱紧": "财力紧张|过紧日子|收支矛盾", "民营": "民营|民间|非公", "公司": "企业|单位|公司", "奖金": "奖励|奖金",
    # weather, schools, water and nights ("大暴雨", "学校门口", "管子漏水", "晚上几点以后")
    "大暴雨": "强降雨|暴雨", "暴雨": "强降雨|暴雨", "校门口": "校园周边|学校周边|周边道路", "老师": "教师|师资|老师",
    "漏水": "漏损|渗漏|漏水", "晚上": "夜间|晚间|晚上", "半夜": "夜间|凌晨",
    # who looks after a thing, and going home ("建好了没人管", "回村任职"); entries of four characters or
    # more lend their terms to their pieces, so none here holds a common word (城市, 学校, 不好)
    "没人管": "管护|管理|无人管理", "回村": "回乡|返乡|回村", "老商场": "传统商品市场|商场|商超",
    # noise and selling online as people say them ("有没有提到噪音", "直播带货"): texts write 噪声, 直播电商
    "噪音": "噪声|噪音", "扰民": "噪声|扰民", "带货": "直播电商|直播经济|直播带货|带货", "直播带货": "直播电商|直播经济|直播带货",
    # money in all, as people ask it ("补贴一共多少钱"): a text's 总额, 总投资, 合计
    "一共多少钱": "总额|资金总额|总投资|合计|共计", "总共多少钱": "总额|资金总额|总投资|合计|共计",
    "一共花": "总额|总投资|合计|共计", "总共花": "总额|总投资|合计|共计",
    # who carries an item out, by the field names plans use for it ("牵头部门呢" of "责任单位：…")
    "牵头部门": "牵头单位|责任单位|责任部门|牵头部门", "牵头单位": "牵头单位|责任单位|牵头部门|责任部门",
    "负责部门": "责任单位|责任部门|牵头单位|负责单位", "负责单位": "责任单位|负责单位|牵头单位",
}
EVERYDAY: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in _ENTRIES.items()}
_LONG = [k for k in EVERYDAY if len(k) >= 4]  # entries that lend their terms to their pieces
_ONE_UNIT = re.compile(r"一([吨年月天次人户亩季周家])")  # "一吨水": each ton, written 每吨
_AVERAGED = "年月人户亩"  # a figure per year or per head is also written as an average: 年均, 人均, 户均


# "非…不可", "非得", "不得不": why a thing must be done (not 并非不可能, 非常不可思议); group 1 is
# the thing done of "非…不可" ("非推进产城融合不可").
NECESSITY = re.compile(r"(?<![并绝无除是])非(?![常凡])([\u4e00-\u9fff]{1,8}?)不可(?![能以思])|非得|不得不")
# Spoken shapes no fixed entry holds: "咱们市"/"咱县" is the text's own level, written 我市/全县/本县;
# necessity, which a speech says with 势在必行 and its kin.
_SPOKEN: tuple[tuple[re.Pattern, object], ...] = (
    (re.compile(r"咱们?([省市县区镇乡村])"), lambda m: ("我" + m.group(1), "全" + m.group(1), "本" + m.group(1))),
    (NECESSITY, lambda m: ("势在必行", "必要", "必须", "刻不容缓", "迫在眉睫", "必然要求")),
    # "讲话举的那个…", "举了哪个例子": an example given (举 alone is one character, no entry of its own)
    (re.compile(r"举(?:的|了|个|过|出)(?!办|行)"), lambda m: ("例如", "比如", "举例")),
    # "批了没供的地", "还没完工": what is not yet done, written 未 (批而未供, 未完工); not 没有/没人
    (re.compile(r"没(?![有人事法用])([\u4e00-\u9fff])"), lambda m: ("未" + m.group(1),)),
    # "哪天开的会", "开了几次会": 开会 split by a particle, as 开会 (会议, 召开)
    (re.compile(r"开(?:的|了|过|完)(?:[几两三四五六七八九十\d]+[次场个])?会"), lambda m: ("会议", "召开")),
    # "怎么罚", "罚多少", "会不会被罚": a penalty, which a regulation writes 处…罚款 or 处罚
    (re.compile(r"(?<![处惩])罚(?![款])"), lambda m: ("罚款", "处罚")),
    # "支出还要压多少", "经费砍了多少": a cut, written 压减/压缩/削减
    (re.compile(r"(?:压|砍)(?![减缩实降力紧制])"), lambda m: ("压减", "压缩", "削减")),
)


def official_words(text: str, pieces: bool = True) -> list[str]:
    """The words a government text writes for the everyday words in ``text``, in order, once each
    (``"农民看病异地报销"`` → 就医, 医疗, 看病, 结算, 报销, 医保; ``"咱们市为啥非干不可"`` → 我市, …, 势在必行, …).
    ``pieces=False``: a one-character entry (钱) counts only as the whole of ``text``, not inside a
    word jieba glued ("钱建")."""
    found = [(text.find(k), EVERYDAY[k]) for k in EVERYDAY if k in text and (pieces or len(k) > 1 or k == text)]
    found += [(m.start(), terms(m)) for pattern, terms in _SPOKEN for m in pattern.finditer(text)]
    return list(dict.fromkeys(w for _at, words in sorted(found, key=lambda f: f[0]) for w in words))


def word_variants(word: str) -> list[str]:
    """The terms for a question's ``word`` where it is, holds or is a piece of an everyday word
    (jieba's search mode cuts 红白喜事 into 红白 and 喜事 as well; only a long entry lends its
    terms to its pieces). A one-character word has terms only as an entry of its own (钱, 挣)."""
    if len(word) < 2:
        return list(EVERYDAY.get(word, ()))
    if per := _ONE_UNIT.fullmatch(word):  # "多少钱一吨水": a rate per ton, written 每吨 (or 年均, 人均)
        unit = per.group(1)
        return ["每" + unit] + ([unit + "均"] if unit in _AVERAGED else [])
    pieces = [k for k in _LONG if word in k and word != k]
    return list(dict.fromkeys(official_words(word, pieces=False) + [w for k in pieces for w in EVERYDAY[k]]))


# Spoken forms as headings write them: "钱从哪来" names "解决好“钱从哪里来”的问题".
_WRITTEN = (("哪来", "哪里来"), ("哪儿", "哪里"))


def written(text: str) -> str:
    """``text`` with its spoken short forms in the written ones headings use (哪来 -> 哪里来)."""
    for spoken, full in _WRITTEN:
        text = text.replace(spoken, full)
    return text
