"""English words of the genre (government work reports, meeting speeches, policy opinions)
and the Chinese terms such texts use for them.

Merged into :data:`qa.glossary.GLOSSARY`, so that an English question reaches BM25 and
the refusal model's coverage: a question whose words the glossary knows and the speech
holds is about the speech; one whose words it does not know (sourdough, CEO) counts
them as missing. Written from the genre's vocabulary, not from any question set.
"""
from __future__ import annotations

GENRE_GLOSSARY: dict[str, str] = {
    # economy and finance
    "economy": "经济", "economic": "经济", "gdp": "生产总值", "gross domestic product": "国内生产总值",
    "regional gdp": "地区生产总值", "cpi": "居民消费价格", "consumer price index": "居民消费价格",
    "consumer prices": "居民消费价格", "ppi": "工业生产者出厂价格", "pmi": "采购经理指数", "growth rate": "增长", "grow": "增长", "grew": "增长", "increase": "增长",
    "increased": "增长", "decline": "下降", "declined": "下降", "fell": "下降", "target": "目标",
    "targets": "目标", "goal": "目标", "goals": "目标", "budget": "预算", "budgets": "预算",
    "fiscal": "财政", "finance": "财政", "funding": "资金", "funds": "资金", "fund": "资金", "money": "资金",
    "spending": "支出", "expenditure": "支出", "revenue": "收入", "income": "收入", "tax": "税",
    "taxes": "税", "taxpayers": "纳税人", "value-added tax": "增值税", "vat": "增值税", "deficit": "赤字",
    "deficit-to-gdp": "赤字率", "deficit ratio": "赤字率", "deficit-to-gdp ratio": "赤字率", "debt": "债务", "bonds": "债券", "bond": "债券",
    "special-purpose bonds": "专项债券", "local governments": "地方政府", "local government": "地方政府",
    "government": "政府", "governments": "政府", "bank": "银行", "banks": "银行", "loans": "贷款",
    "loan": "贷款", "credit": "信贷", "interest rate": "利率", "financing": "融资", "insurance": "保险",
    "price": "价格", "prices": "价格", "consumption": "消费", "consumer": "消费", "trade": "贸易",
    "foreign trade": "外贸", "exports": "出口", "imports": "进口", "foreign investment": "外资",
    "market": "市场", "markets": "市场", "market entities": "市场主体", "businesses": "企业",
    "business": "企业", "firms": "企业", "smes": "中小企业", "small businesses": "小微企业",
    "private sector": "民营经济", "state-owned": "国有", "reform": "改革", "reforms": "改革",
    "opening up": "开放", "innovation": "创新", "technology": "科技", "science": "科技",
    "research": "研发", "r&d": "研发", "digital": "数字", "digital economy": "数字经济", "5g": "5G",
    "base stations": "基站", "base station": "基站", "internet": "互联网", "data": "数据",
    "industry": "产业", "industries": "产业", "industrial": "工业", "leading industries": "主导产业",
    "industrial projects": "工业项目", "projects": "项目", "project": "项目", "construction": "建设",
    "build": "建设", "built": "建成", "be built": "建设", "renovate": "改造", "renovated": "改造", "renovation": "改造",
    "investment projects": "投资项目", "invest": "投资", "invested": "投资", "capital": "资金",
    "employment": "就业", "jobs": "就业", "job": "就业", "unemployment": "失业", "unemployment rate": "失业率",
    "urban jobs": "城镇 新增 就业", "new urban jobs": "城镇 新增 就业", "workers": "职工",
    # finance and prices as reports state them ("金融机构各项存款余额", "居民消费价格涨幅")
    "deposits": "存款", "deposit": "存款", "savings": "存款", "financial institutions": "金融机构",
    "consumer prices": "居民消费价格", "campaign": "专项", "special campaign": "专项",
    "rectification": "整治", "wages": "工资", "poverty": "贫困",
    "poor": "贫困", "lifted out of poverty": "脱贫", "rural": "农村", "countryside": "乡村",
    "rural revitalization": "乡村振兴", "villages": "村", "village": "村", "farmers": "农民",
    "farmer": "农民", "farmland": "耕地", "cropland": "耕地", "grain": "粮食", "crops": "作物",
    "sowing area": "播种面积", "tea": "茶", "tea gardens": "茶园", "land": "土地", "land contracts": "土地承包",
    "contract": "承包", "forestry": "林业", "forest": "森林", "forests": "森林", "afforestation": "造林",
    "fire": "火灾", "fires": "火灾", "firefighting": "消防", "fire safety": "消防安全",
    # society
    "education": "教育", "students": "学生", "teachers": "教师", "teacher": "教师",
    "school places": "学位", "college entrance": "高考", "university": "大学",
    "health": "卫生健康", "healthcare": "医疗", "medical": "医疗", "doctors": "医生", "clinics": "卫生室",
    "health records": "健康档案", "elderly": "老年人", "older people": "老年人", "pension": "养老",
    "elderly care": "养老", "housing": "住房", "homes": "住房", "residential": "小区",
    "residential compounds": "小区", "old residential compounds": "老旧小区", "households": "户",
    "household": "户", "families": "家庭", "people": "群众", "public": "群众", "culture": "文化",
    "tourism": "旅游", "sports": "体育", "social security": "社会保障", "welfare": "民生",
    "livelihood": "民生", "livelihoods": "民生", "people's livelihood": "民生",
    # environment, safety, disasters
    "environment": "生态环境", "environmental": "环境", "ecology": "生态", "ecological": "生态",
    "pollution": "污染", "air quality": "空气质量", "air": "空气", "good air quality": "优良天数",
    "pm2.5": "PM2.5", "carbon": "碳", "emissions": "排放", "energy": "能源", "energy consumption": "能耗",
    "forest coverage": "森林覆盖率", "heating": "取暖", "waste": "废", "garbage": "垃圾",
    "sewage treatment": "污水处理", "wastewater": "污水", "rivers": "河", "river": "河", "lakes": "湖",
    "hazardous chemicals": "危险化学品", "dangerous chemicals": "危险化学品", "chemicals": "化学品",
    "chemical industry": "化工", "mines": "矿山", "mining": "矿山", "fireworks": "烟花爆竹",
    "construction safety": "建筑施工安全", "road safety": "道路交通安全",
    "safety": "安全", "production safety": "安全生产", "accidents": "事故", "accident": "事故",
    "deaths": "死亡", "died": "死亡", "hazards": "隐患", "hidden hazards": "隐患", "hazard": "隐患",
    "inspection": "检查", "inspections": "检查", "inspect": "检查", "enforcement": "执法",
    "flood": "防汛", "floods": "防汛", "flood season": "汛期", "flood control": "防汛",
    "rain": "降水", "rainfall": "降雨", "reservoirs": "水库", "reservoir": "水库",
    "geological hazards": "地质灾害", "disaster": "灾害", "disasters": "灾害", "emergency": "应急",
    "epidemic": "疫情", "pandemic": "疫情", "covid-19": "新冠肺炎疫情", "covid": "疫情", "coronavirus": "新冠",
    # governance and the speech itself
    "county": "县", "county town": "县城", "province": "省", "provinces": "省", "township": "乡镇",
    "townships": "乡镇", "department": "部门", "departments": "部门", "officials": "干部",
    "cadres": "干部", "party": "党", "party members": "党员", "discipline": "纪律",
    "responsibility": "责任", "responsibilities": "责任", "accountability": "问责", "supervision": "监督",
    "assessment": "考核", "evaluation": "评价", "business environment": "营商环境", "approval": "审批",
    "services": "服务", "government services": "政务服务", "online": "网上", "principle": "原则",
    "principles": "原则", "requirements": "要求", "requirement": "要求", "work style": "作风",
    "formalism": "形式主义", "bureaucratism": "官僚主义", "tasks ahead": "重点任务", "opinions": "意见",
    "report": "报告", "work report": "工作报告", "five-year plan": "五年规划", "plan outline": "纲要",
    "14th five-year plan": "十四五", "13th five-year plan": "十三五", "first quarter": "一季度",
    "quarter": "季度", "first half": "上半年", "second half": "下半年", "year-on-year": "同比",
    "percentage points": "个百分点", "yuan": "元", "billion": "亿", "million": "万",
    "mu": "亩", "hectares": "公顷", "kilometre": "公里", "kilometer": "公里", "beds": "床位",
    # what questions ask about
    "number": "数量", "total": "总", "average": "平均", "per capita": "人均", "rate": "率", "ratio": "比例",
    "proportion": "比例", "share": "比重", "amount": "金额", "level": "水平", "standard": "标准",
    "standards": "标准", "subsidy": "补贴", "subsidies": "补贴", "allowance": "补助", "reward": "奖励",
    "award": "奖励", "new": "新", "added": "新增", "newly": "新增", "completed": "完成", "complete": "完成",
    "finished": "完成", "reach": "达到", "reached": "达到", "raise": "提高", "raised": "提高",
    "improve": "提升", "improved": "提升", "reduce": "降低", "reduced": "降低", "cut": "降低",
    "lower": "降低", "strengthen": "加强", "promote": "推进", "implement": "落实", "carry out": "开展",
    "deadline": "前", "period": "期", "term": "期", "extended": "延长", "extend": "延长",
    "goods": "物资", "supplies": "物资", "materials": "物资", "equipment": "设备", "facilities": "设施",
    "facility": "设施", "stations": "站", "station": "站", "centres": "中心", "centers": "中心",
    "center": "中心", "centre": "中心", "hospital": "医院", "clinic": "卫生院", "doctor": "医生",
    "students": "学生", "school": "学校", "kindergartens": "幼儿园", "roads": "公路", "bridges": "桥梁",
    "pipes": "管网", "pipelines": "管网", "water supply": "供水", "power supply": "供电",
    "parks": "公园", "green": "绿色", "trees": "树", "planting": "种植", "afforest": "造林",
    "population": "人口", "residents": "居民", "permanent residents": "常住人口", "villagers": "村民",
    "party members": "党员", "officials punished": "处理", "cases": "案件", "problems found": "问题",
    "mayor": "市长", "county head": "县长", "bureau chief": "局长", "bureau director": "局长",
    "party secretary": "书记", "admit": "存在", "admits": "存在", "acknowledge": "存在", "acknowledges": "存在", "leader": "领导", "leaders": "领导", "head": "负责人",
    "venue": "会场", "held": "召开", "convened": "召开", "venue of the meeting": "会场",
    "basic principles": "基本原则", "basic principle": "基本原则", "modernization": "现代化",
    "modernisation": "现代化", "revitalization": "振兴", "revitalisation": "振兴",
    "rural revitalization": "乡村振兴", "rural revitalisation": "乡村振兴", "overall requirements": "总要求",
    "guiding thought": "指导思想", "guiding principle": "指导思想", "general requirements": "总要求",
    "belt and road": "一带一路",
    # terms of art questions name in plain English: one rendering the genre writes. A word rendered
    # several ways (guarantee: 确保, 保障, 保证; daily: 每天, 每日; station: 站, 站点) is left out, since
    # a glossary term the speech words otherwise counts as missing from it.
    "implementation plan": "实施方案", "implementation plans": "实施方案", "work plan": "工作方案", "work plans": "工作方案",
    "droughts": "干旱", "frontline": "一线", "front-line": "一线", "commander": "指挥", "work-style": "作风",
    "poverty alleviation": "脱贫攻坚", "central": "中央", "sown area": "播种面积", "life expectancy": "预期寿命",
    "incomes": "收入", "satisfaction": "满意度", "tap water": "自来水", "pilot": "试点", "pilots": "试点",
    "homesteads": "宅基地", "homestead": "宅基地", "fertilizers": "化肥", "leading group": "领导小组",
    "platform": "平台", "platforms": "平台", "relocation": "搬迁", "resettlement": "安置",
    "old residential communities": "老旧小区", "led": "牵头",
}
# Places and bodies whose English names are not their pinyin (qa.english_names reads pinyin ones).
NAMED_PLACES: dict[str, str] = {
    "hong kong": "香港", "macao": "澳门", "macau": "澳门", "tibet": "西藏", "inner mongolia": "内蒙古",
    "united states": "美国", "america": "美国", "usa": "美国", "uk": "英国", "britain": "英国",
    "eu": "欧盟", "germany": "德国", "france": "法国", "india": "印度", "korea": "韩国", "japan": "日本", "russia": "俄罗斯", "europe": "欧洲",
    "european union": "欧盟", "africa": "非洲", "asean": "东盟", "united nations": "联合国",
    "wto": "世贸组织", "winter olympics": "冬奥会", "olympics": "奥运会",
}
GENRE_GLOSSARY.update(NAMED_PLACES)
# A one-character term ("县", "税") stands inside too many words to be evidence of anything.
GENRE_GLOSSARY = {en: zh for en, zh in GENRE_GLOSSARY.items() if len(zh) > 1}
