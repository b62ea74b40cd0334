"""English words of the fields such texts report on, field by field, and the Chinese terms
reports use for them: tourism, work safety and emergencies, housing and urban renewal, the
environment, jobs, farming, transport, social services, and the words that assign work
(lead, deadline, responsible unit).

Merged into :data:`qa.glossary.GLOSSARY` after :mod:`qa.glossary_genre` (whose entries win).
Written from the fields' vocabulary, as a translator's word list would be, not from any
question set. Plurals and the verb forms people type are listed beside the base word, since
the glossary matches whole words.
"""
from __future__ import annotations

DOMAIN_GLOSSARY: dict[str, str] = {
    # tourism and culture
    "tourism": "旅游", "tourist": "游客", "tourists": "游客", "visitors": "游客", "visitor": "游客",
    "tourist arrivals": "接待游客", "tourism revenue": "旅游收入", "scenic spots": "景区",
    "scenic spot": "景区", "scenic areas": "景区", "homestays": "民宿", "homestay": "民宿",
    "culture": "文化", "cultural": "文化", "museum": "博物馆", "library": "图书馆",
    # work safety, disasters and emergencies
    "safety": "安全", "work safety": "安全生产", "production safety": "安全生产",
    "accident": "事故", "accidents": "事故", "deaths": "死亡", "died": "死亡", "fatalities": "死亡",
    "emergency": "应急", "emergencies": "应急", "drill": "演练", "drills": "演练",
    "exercises": "演练", "rescue": "救援", "fire": "消防", "fires": "火灾", "fire stations": "消防站",
    "fire station": "消防站", "firefighting": "消防", "hazard": "隐患", "hazards": "隐患",
    "hidden dangers": "隐患", "risk": "风险", "risky": "隐患", "inspection": "检查",
    "inspections": "检查", "inspected": "检查", "flood": "防汛", "floods": "洪涝",
    "flooding": "洪涝", "flood control": "防汛", "flood season": "汛期", "rainy season": "汛期",
    "waterlogging": "易涝", "waterlogged": "积水", "drought": "干旱", "landslides": "地质灾害",
    "geological hazards": "地质灾害", "disaster": "灾害", "disasters": "灾害",
    "disaster prevention": "防灾减灾", "hazardous chemicals": "危险化学品", "mines": "矿山",
    # housing and urban renewal
    "buildings": "房屋", "houses": "房屋", "house": "房屋", "homes": "住房",
    "self-built": "自建房", "self-built houses": "自建房", "self-built buildings": "自建房",
    "renovation": "改造", "renovate": "改造", "renovated": "改造", "renewal": "更新",
    "urban renewal": "城市更新", "old residential compounds": "老旧小区", "old neighborhoods": "老旧小区",
    "old neighbourhoods": "老旧小区", "residential compounds": "小区", "compound": "小区",
    "compounds": "小区", "neighborhood": "社区", "neighbourhood": "社区", "communities": "社区",
    "community": "社区", "urban villages": "城中村", "urban village": "城中村", "elevators": "电梯",
    "elevator": "电梯", "lifts": "电梯", "parking": "停车", "parking spaces": "停车位",
    "property management": "物业", "real estate": "房地产", "affordable housing": "保障性住房",
    "demolition": "拆除", "construction": "建设", "contractor": "施工单位", "contractors": "施工单位",
    # environment
    "environment": "环境", "environmental": "环保", "pollution": "污染", "polluted": "污染",
    "air quality": "空气质量", "good air quality": "空气质量优良", "pm2.5": "PM2.5",
    "emissions": "排放", "carbon": "碳", "carbon emissions": "碳排放", "energy": "能源",
    "energy consumption": "能耗", "water quality": "水质", "good-quality water": "优良水体",
    "monitoring sections": "断面", "monitoring": "监测", "rivers": "河流", "river": "河流",
    "lakes": "湖泊", "wastewater": "污水", "garbage": "垃圾", "waste": "垃圾", "sorting": "分类",
    "carbon neutrality": "碳中和", "carbon neutral": "碳中和", "carbon peak": "碳达峰", "carbon peaking": "碳达峰",
    "peak carbon": "碳达峰",
    # sorting household waste: its classes, the bins they go in, the rate of what is recycled
    "recyclables": "可回收物", "recyclable": "可回收物", "recyclable waste": "可回收物",
    "hazardous waste": "有害垃圾", "harmful waste": "有害垃圾", "kitchen waste": "厨余垃圾", "food waste": "厨余垃圾",
    "residual waste": "其他垃圾", "other waste": "其他垃圾", "bin": "收集容器", "bins": "收集容器",
    "container": "收集容器", "containers": "收集容器", "colour": "颜色", "color": "颜色",
    "recycling": "回收利用", "recycling rate": "回收利用率", "recycled": "回收利用", "bulky waste": "大件垃圾",
    "disposable": "一次性", "packaging": "包装", "excessive packaging": "过度包装",
    "tap water": "自来水", "tap-water": "自来水", "water supply": "供水", "coverage": "普及率",
    "coverage rate": "普及率",
    # sanitation: who keeps villages clean, what they pay, where the waste goes
    "cleaning": "保洁", "cleaners": "保洁员", "cleaner": "保洁员", "cleaning fee": "保洁费",
    "cleaning fees": "保洁费", "sanitation": "环卫", "transfer station": "中转站",
    "transfer stations": "中转站", "composting": "堆肥", "compost": "堆肥", "landfill": "填埋",
    "incineration": "焚烧", "harmless treatment": "无害化处理",
    "ecological": "生态", "ecology": "生态", "forest": "森林", "forest coverage": "森林覆盖率",
    "fines": "罚款", "fined": "罚款", "penalties": "处罚", "rectification": "整改",
    "rectify": "整改", "rectified": "整改", "remediation": "整治", "remediate": "整治", "remediating": "整治", "remediated": "整治",
    "fixed": "整治", "diesel trucks": "柴油货车", "vehicles": "车辆",
    # forests and water works
    "forest chief": "林长", "forest chiefs": "林长", "river chief": "河长", "river chiefs": "河长",
    "lake chief": "湖长", "patrol": "巡", "patrols": "巡", "medicinal herbs": "中药材",
    "herbs": "中药材", "under-forest economy": "林下经济", "forest fire": "森林火灾",
    "forest fires": "森林火灾", "reservoir": "水库", "reservoirs": "水库", "irrigation": "灌溉",
    "irrigation district": "灌区", "irrigation districts": "灌区", "canals": "渠", "water supply": "供水",
    "drinking water": "饮水", "soil erosion": "水土流失", "afforestation area": "造林面积",
    "reinforced": "除险加固", "reinforcement": "除险加固", "reinforce": "除险加固", "dams": "水库",
    "dangerous reservoirs": "病险水库", "ponds": "山塘",
    # levels of government and the rules and funds they set
    "county-level": "县级", "city-level": "市级", "municipal-level": "市级", "township-level": "乡级",
    "provincial-level": "省级", "village-level": "村级", "special fund": "专项资金", "special funds": "专项资金",
    "management measures": "管理办法", "administrative measures": "管理办法",
    # jobs, income, social services
    "jobs": "就业", "employment": "就业", "unemployment": "失业", "unemployment rate": "失业率",
    "graduates": "高校毕业生", "college graduates": "高校毕业生", "workers": "职工",
    "migrant workers": "农民工", "wages": "工资", "pension": "养老", "pensions": "养老金",
    "elderly": "老年人", "elderly care": "养老", "aged care": "养老", "childcare": "托育",
    "nursery": "托育", "medical": "医疗", "health": "健康", "healthcare": "医疗", "education": "教育",
    "nursing home": "敬老院", "nursing homes": "敬老院", "care homes": "养老院", "care home": "养老院",
    "occupancy rate": "入住率", "bed occupancy": "入住率", "caregivers": "护理员", "care workers": "护理员",
    "nursing beds": "护理型床位",
    "teachers": "教师", "subsidy": "补贴", "subsidies": "补贴", "allowance": "补贴",
    "disposable income": "可支配收入", "per capita": "人均", "poverty": "贫困", "low-income": "低收入",
    "social security": "社会保障", "medical insurance": "医疗保险",
    "staff": "干部职工", "employees": "职工", "trained": "培训", "training": "培训", "trainees": "培训",
    "supervisors": "监督员", "supervisor": "监督员", "inspectors": "监督员", "hired": "聘请", "hire": "聘请",
    "recruited": "招聘", "volunteers": "志愿者", "volunteer": "志愿者",
    # order and disputes: a dispute "resolved" is one 化解 or 调处 (mediation: 调解)
    "dispute": "纠纷", "disputes": "纠纷", "dispute resolution": "纠纷 化解", "disputes resolved": "纠纷 化解",
    "mediation": "调解", "petitions": "信访", "petition": "信访",
    # farming and villages
    "grain": "粮食", "harvest": "产量",
    # a crop's output is its yield (产量), not an industry's output value (产值); a text writes the
    # grain's 产量 as 粮食产量 or 粮食总产量, so the phrase gives both words (a space: two terms)
    "grain output": "粮食 产量", "grain production": "粮食 产量", "grain yield": "粮食 产量",
    "crop output": "产量", "crop yield": "产量",
    "crops": "作物", "farmland": "耕地", "cultivated land": "耕地", "high-standard farmland": "高标准农田",
    "fertilizer": "化肥", "fertiliser": "化肥", "seeds": "种子", "seed": "种子", "irrigation": "灌溉",
    "farmers": "农民", "farmer": "农民", "villages": "村庄", "village": "村庄", "rural": "农村",
    "toilets": "厕所", "toilet": "厕所", "livestock": "畜牧", "pigs": "生猪", "machinery": "农机",
    # transport and utilities
    "roads built": "公路", "expressway": "高速公路", "railways": "铁路", "subway": "地铁",
    "metro": "地铁", "airport": "机场", "charging": "充电", "charging piles": "充电桩",
    "charging stations": "充电站", "5g": "5G", "base stations": "基站", "broadband": "宽带",
    "gas supply": "供气", "heating": "供热", "drainage": "排水",
    # industry and business
    "high-tech": "高新技术", "high-tech enterprises": "高新技术企业",
    "business entities": "经营主体", "investment attraction": "招商引资",
    # newly set up: the texts write 新设/新增/新登记 ("全年新设经营主体52.6万户", "新增经营主体5.8万户")
    # (新设立 is an everyday entry: 新设, 新增, 新登记, any of them)
    "new business entities": "新设立 经营主体", "new market entities": "新设立 经营主体 市场主体",
    "new businesses": "新设立 企业", "newly registered": "新设立",
    "attracting investment": "招商引资", "investment-attraction": "招商引资", "industrial chain": "产业链", "industrial chains": "产业链",
    "mapping": "图谱", "projects": "项目", "project": "项目", "major projects": "重大项目",
    "fixed-asset investment": "固定资产投资", "fixed asset investment": "固定资产投资",
    "retail sales": "社会消费品零售总额", "exports and imports": "进出口", "foreign trade volume": "进出口",
    "business environment": "营商环境", "approval": "审批", "license": "许可", "licence": "许可",
    # assigning the work
    "lead": "牵头", "leads": "牵头", "leading": "牵头", "lead unit": "牵头单位", "assist": "配合",
    "assists": "配合", "assisting": "配合", "assisting units": "配合单位", "supporting units": "配合单位",
    "cross-border e-commerce": "跨境电商", "e-commerce": "电子商务",
    "lead department": "牵头单位", "responsible": "负责", "in charge": "负责", "department": "部门",
    "departments": "部门", "unit": "单位", "units": "单位", "bureau": "局", "deadline": "时限",
    "deadlines": "时限", "time limit": "时限", "completed": "完成", "complete": "完成",
    "finished": "完成", "submitted": "报送", "submit": "报送", "publicly posted": "公示",
    "publicised": "公示", "publicized": "公示", "public notice": "公示", "days": "天",
    "months": "个月", "supervision": "督查", "assessment": "考核", "accountability": "问责",
}
# A one-character term ("局", "天") stands inside too many words to be evidence of anything.
DOMAIN_GLOSSARY = {en: zh for en, zh in DOMAIN_GLOSSARY.items() if len(zh) > 1}
