package extract

// zhLexicon holds the Chinese cue words. Chinese has no word breaks: every pattern matches anywhere,
// longest first.
func zhLexicon() []lexEntry {
	return join(
		cue(fBanNoun, "禁令", "限制", "禁止令"),
		cue(fBanNoun|fImposed, "禁止"),
		cue(fImposed|fDelay, "暂停", "停止"),
		cue(fLifted, "解除", "不再执行", "允许", "准入", "取消", "获准", "批准"),
		cue(fLifted|fEnded, "恢复", "重新开放"),
		cue(fPending, "有望", "拟", "准备"),
		cue(fPendingStrong, "谈判", "磋商", "尚未", "最后阶段"),
		cue(fDenied, "谣言", "从未", "不实", "辟谣", "并未", "没有计划", "未计划", "无计划", "不计划"),
		cue(fOnly, "仅", "其中", "只有"),
		cue(fAttrib, "据", "表示", "消息称", "报道"),
		cue(fPending|fPlanned|fForecast, "将", "计划", "即将", "预计"),
		cue(fInForce, "仍然有效", "继续有效"),

		cue(fInspect, "检查", "视察", "审核", "评估", "核查", "视频检查", "实地检查", "检疫审查", "审查", "文件审查"),
		cue(fMask, "检验检疫", "质检", "出入境检验检疫局", "检查局", "检查总局", "检验局", "检疫局"),
		cue(fPlanned, "推迟", "明年", "下个月", "延期"),
		cue(fVisit, "考察", "访问"),
		cue(fInspector, "专家", "工作组", "代表团", "检查组", "检查员", "审核员"),
		cue(fTarget, "企业", "屠宰", "兽医", "实验室", "农场", "注册"),
		cue(fDone, "完成", "已", "结束"),

		cue(fExport, "出口"),
		cue(fImport, "进口", "采购", "入境", "购买"),
		cue(fShip, "运往", "发运", "交付", "运输", "运抵", "抵达", "出口至"),
		cue(fForecast, "潜力", "目标", "可能", "有望", "多达"),
		cue(fNonTrade, "产量", "库存", "产能", "收获"),
		cue(fUnit, "吨", "万吨"),
		cue(fAgency, "海关", "农业农村部", "政府", "当局", "部门"),
		cue(fMarket, "市场"),

		coded(fPlace, "Alashankou", "阿拉山口"),
		coded(fPlace, "Khorgos", "霍尔果斯"),
		coded(fPlace, "Bakhty", "巴克图"),
		coded(fPlace, "Maikapchagai", "吉木乃"),
		coded(fPlace, "Kalzhat", "都拉塔"),
		cue(fBorder, "口岸", "边境"),
		cue(fDelay, "滞留", "积压", "拥堵", "排队", "停运", "拒收", "闭关", "关闭", "等待", "拒绝"),
		cue(fEnded, "缓解", "疏通", "恢复正常"),
		cue(fCargo, "车皮", "列车", "货车", "集装箱", "火车"),
		coded(fPlace, "Dostyk", "多斯特克"),

		coded(fCause, "fmd", "口蹄疫"),
		coded(fCause, "avian_influenza", "禽流感"),
		coded(fCause, "sheep_pox", "绵羊痘", "羊痘"),
		coded(fCause, "african_swine_fever", "非洲猪瘟"),
		coded(fCause, "lumpy_skin_disease", "结节性皮肤病"),
		coded(fCause, "ppr", "小反刍兽疫"),
		coded(fCause, "bse", "疯牛病"),
		coded(fCause, "anthrax", "炭疽"),
		coded(fCause, "brucellosis", "布鲁氏菌病"),
	)
}
