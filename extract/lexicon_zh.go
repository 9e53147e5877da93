package extract

// zhLexicon holds the Chinese cue words. Chinese has no word breaks: every pattern matches anywhere,
// longest first.
func zhLexicon() []lexEntry {
	return join(
		coded(0, codeInvite, "邀请"), // an invitation: its host acts in nothing
		cue(fBanNoun, "禁令", "限制", "禁止令"),
		cue(fBanNoun|fImposed, "禁止"),
		cue(fImposed|fDelay, "暂停", "停止"),
		cue(fImposed, "叫停"),      // ordered stopped: "中方叫停…进口"
		cue(fLifted, "放开", "放宽"), // let in, eased: "放开…进口", "放宽限制"
		cue(fLifted, "解除", "不再执行", "允许", "准入", "取消", "获准", "批准"),
		cue(fLifted, "到期"),
		// Abolished, repealed, revoked lift, as "abolished" and «отменил» do: "废止…临时禁令", "撤销限制措施".
		cue(fLifted, "废止", "废除", "撤销", "撤销了", "撤回"),
		cue(fLifted, "重返", "时隔"),
		// A lifting put off to a time to come is awaited: "最早要到春天才能解除", "年底才会恢复".
		cue(fPending|fLifted, "才能解除", "才会解除", "才可解除", "才能恢复", "才会恢复", "才可恢复"), // trade back after a break: "时隔八个月，哈萨克斯坦羊肉重返伊朗市场" // the ban ran out: "禁令已于3月1日到期"; "将于3月到期" is awaited
		// A lifting something is for is hoped, not done: "为解除限制创造条件", "有助于恢复进口".
		cue(fPending|fLifted, "为解除", "为了解除", "以便解除", "有助于解除", "为恢复", "为了恢复", "以便恢复", "有助于恢复"),
		cue(fStandard, "标准", "要求", "规定", "程序", "规则"),
		cue(fResult, "结果", "结论", "报告", "整改意见", "提出的问题"),
		cue(fPlanned, "做准备", "做好准备", "筹备"), // preparing for a check: still to come
		cue(fVisit|fPlanned|fInspector, "将派专家", "将派员", "将派出专家"),
		cue(fLifted|fEnded, "恢复", "重新开放"),
		cue(fPending, "有望", "准备", "可能", "如果", "一旦", "承诺", "取决于"),
		cue(fPending|fForecast, "拟"), // intends to: a lifting pending, a purchase planned ("拟向哈萨克斯坦采购")
		cue(fActNoun, "公告", "决定", "通知"),
		cue(fRegion, "州", "省", "地区", "疫区"), // 疫区: the infected zone, a region of the country of the outbreak
		cue(fMainly, "主要来自", "主要从", "主要"),
		cue(fAgency, "监督局", "监管局", "总局", "农业部", "监管委员会", "管理局", "监督委员会", "监控委员会"),
		// Japan's ministries end in 省, which is no province: "日本农林水产省专家".
		cue(fAgency, "农林水产省", "厚生劳动省"),
		// A veterinary organisation or committee is an authority, as "organization" is in English: "伊朗兽医
		// 组织计划…对哈萨克斯坦…进行审核" (Iran's inspects); "兽医部门" is a service, inspected.
		cue(fAgency, "兽医组织", "兽医委员会"),
		// A committee is an authority, whatever its name holds before the word: "乌兹别克斯坦兽医和畜牧业发展
		// 委员会代表团本月访哈" (its 兽医 no service inspected).
		cue(fAgency, "委员会"),
		// An agency whose name holds the word of inspection is masked (no stem's cue passes to it), as 检验检疫 is: "兽医监管和检查委员会",
		// «Комитет ветеринарного контроля и надзора».
		cue(fMask|fAgency, "检查委员会", "检验委员会", "检查和监督委员会"),
		cue(fPlanned, "下一阶段", "下一步"), // the next stage is still to come: "下一阶段将进行实地检查"
		cue(fPendingStrong, "谈判", "磋商", "尚未", "最后阶段", "仍未", "还没有", "暂未"),
		// A matter under discussion or consideration: "正在讨论是否限制", "考虑解除禁令"; "暂不考虑解除" refuses.
		cue(fPendingStrong, "讨论", "商讨", "探讨", "考虑", "研究是否"),
		cue(fExempt, "不适用于", "不包括", "不涉及", "未涉及", "并未涉及", "未包括", "并不包括"), // also in the past: "禁令未涉及巴西禽肉"
		cue(fExempt, "不受此次", "不受该", "不在此次限制"),                            // "不受此次禁令影响", "不在此次限制范围内": left out
		// A report unconfirmed: "但该消息未得到官方证实".
		cue(fDenied, "未得到官方证实", "未得到证实", "未经证实", "尚未证实", "未获证实", "没有得到证实"),
		cue(fDenied, "否认", "没有采取", "未采取"), // "中国对…禽肉没有采取限制措施": no measure taken
		// Not on the agenda: no plan made.
		cue(fDenied, "不在议程", "未列入议程", "没有列入议程", "未提上议程", "没有提上议程"),
		// "对哈萨克斯坦牛肉没有任何限制": no ban exists.
		cue(fDenied, "没有任何限制", "没有限制", "无任何限制", "不存在限制"),
		cue(fDenied, "谣言", "从未", "不实", "辟谣", "并未", "没有计划", "未计划", "无计划", "不计划"),
		// Rumoured online or by word of mouth, as "rumour" and «слухи»: "网传“排队五天”系旧视频".
		cue(fDenied, "网传", "传言", "传闻"),
		// Agreed on a matter (就…问题): what is agreed is the verb after the matter, no lifting by the word of
		// agreeing ("双方同意就哈方禽肉产品输华问题保持沟通"); masked, it inherits nothing of 同意.
		cue(fMask, "同意就"),
		cue(fOnly, "仅", "其中", "只有"),
		cue(fAttrib, "据", "表示", "消息称", "报道", "称"),
		// A source that opens the sentence, its news after a comma: "哈萨克斯坦农业部消息，中国海关总署将…".
		cue(fAttrib, "消息"),
		cue(fPending|fPlanned|fForecast, "将", "计划", "即将", "预计"),
		// "检查通过后", "审核结束后": the inspection dates what follows it, as "после инспекции" does.
		cue(fAfter, "后", "之后", "以后", "通过后", "结束后", "完成后"),
		cue(fMask, "计划外"), // unscheduled: no inspection still to come, whatever the word of plans inside it
		// "再评估恢复输入": a resumption weighed, no inspection of anyone.
		cue(fMask, "评估恢复"),
		cue(fInForce, "仍然有效", "继续有效"),
		// Not to be extended, as a term that ends: a lifting still to come ("禁令到期后不再延长").
		cue(fPending|fLifted, "不再延长", "不会延长", "不再延期", "不会延期"),
		// A market that stays closed keeps its ban: "哈萨克斯坦猪肉输华市场仍然关闭".
		cue(fInForce|fImposed|fDelay, "仍然关闭", "依然关闭", "继续关闭", "仍关闭"),
		cue(fInForce, "仍暂停", "仍然暂停", "继续暂停", "仍处于暂停"), // trade still stopped: "牛肉进口仍暂停"
		// Still not reopened, still not allowed: the market stays closed, as "remains closed" ("伊朗市场今年仍未重新
		// 开放", "哈薩克牛肉仍不得輸台"); 尚未 (not yet) awaits the lifting instead.
		cue(fInForce|fImposed|fDelay, "仍未重新开放", "仍未开放", "仍未恢复", "仍未解除", "仍没有恢复", "仍没有解除",
			"依然未恢复", "依然没有恢复", "仍不得", "仍不允许", "仍然不允许", "仍被禁止", "仍禁止"),
		// A lifting refused keeps the ban: "暂不考虑解除", "不会解除".
		cue(fInForce, "暂不考虑解除", "不考虑解除", "暂不解除", "不会解除", "不予解除", "拒绝解除", "暂不恢复", "不会恢复",
			"不会撤销", "暂不撤销", "不予撤销", "拒绝撤销", "不会废除", "不会废止"),
		cue(fInForce, "不同意恢复", "未同意恢复", "不允许恢复", "未允许恢复"), // permission to resume refused

		cue(fInspect, "检查", "视察", "审核", "评估", "核查", "视频检查", "实地检查", "检疫审查", "审查", "文件审查"),
		// Taiwan's word for an audit: "赴哈萨克斯坦进行牛肉厂实地查核"; staff sent: "派员赴…".
		cue(fInspect, "查核", "实地查核", "复查"), // "复查": a second check
		// The writer's own checking of a claim, as "upon verification": "经核查，海关总署曾…暂停…" inspects no one.
		cue(fMask, "经核查", "经核实", "经查", "经查证", "经调查"),
		// Vets who go abroad inspect, they are not the service inspected: "哈方兽医将赴蒙古国检查肉类企业".
		cue(fInspector|fVisit|fPlanned, "兽医将赴", "兽医将前往"),
		cue(fInspector|fVisit, "兽医赴", "兽医前往"),
		cue(fVisit|fInspector, "派员"),
		cue(fMask, "检验检疫", "质检", "出入境检验检疫局", "检查局", "检查总局", "检验局", "检疫局"),
		cue(fPlanned, "明年", "下个月", "下月", "下周", "年内", "延期"),
		// Put off: an inspection still to come ("检查推迟到明年"), and trade put off is trade stopped, as
		// "postponed imports" and «отложил ввоз» are ("推迟进口哈萨克斯坦牛皮", "暂缓从哈萨克斯坦进口活羊"): the
		// verb must govern trade in its own clause (tradeHeaded) to make a ban.
		cue(fPlanned|fImposed, "推迟", "暂缓", "延迟", "延后"),
		// Receiving stopped is trade stopped: "停止接收来自…的活羊", "暂停接收".
		cue(fImposed|fImport, "停止接收", "暂停接收", "停止接受", "暂停接受"),
		// Not yet arranged or dated is still to come, as «ещё не назначила дату инспекции» is: "中方尚未安排…检查".
		cue(fPlanned, "尚未安排", "尚未确定"),
		cue(fVisit, "考察", "访问"),
		// The perfective 了 reports the visit made, as "visited" does.
		cue(fVisit|fDone, "考察了", "访问了"),
		cue(fVisit, "第二轮", "第二阶段"), // "春季将进行第二轮": a round still to come
		cue(fInspector, "专家", "工作组", "代表团", "检查组", "检查员", "审核员", "检查人员"),
		cue(fTarget, "企业", "屠宰", "兽医", "实验室", "农场", "注册", "肉厂", "加工厂", "工厂"),
		cue(fTarget, "出口商"), // exporters, who ship: a noun, no verb of the subject beside it
		cue(fDone, "完成", "已", "结束", "进行了", "开展了", "组织了"),
		// Of late, earlier: a time past dates the inspection it opens as done ("防檢署日前派員赴哈薩克實地查核").
		cue(fDone, "日前", "早前"),

		cue(fExport, "出口", "向国外", "销往国外", "销往海外"),
		// "以来" (since) is a word of its own: in "今年以来哈萨克斯坦出口…" its 来 does not make "来哈" (to
		// Kazakhstan) with the country after it.
		cue(0, "以来"),
		cue(fImport, "进口", "采购", "入境", "购买"),
		cue(fImport, "输入"), // Taiwan and Hong Kong write imports 輸入: "暫停自哈薩克斯坦輸入禽肉"
		cue(fImport, "运回"), // brought back: "回程班列运回哈萨克斯坦小麦约52万吨"
		cue(fShip, "供应", "供應", "供货", "运往", "发运", "交付", "运输", "运送", "运抵", "抵达", "到达", "出口至",
			// A batch that clears customs has been shipped: "首批哈萨克斯坦冰鲜羊肉25.310吨顺利通关".
			"通关"),
		cue(fForecast, "合同", "协议", "意向", "签约"),
		cue(fForecast, "潜力", "目标", "可能", "有望", "多达", "未来"),
		// Ability and hope are forecasts: "有能力每年向中国供应100万吨", "希望恢复每年约3000吨的出口".
		cue(fForecast, "有能力", "能力", "希望", "愿意", "愿"), // 愿在…供应: willing to
		// What can be exported is an ability too: "哈萨克斯坦今年可出口120万吨大麦", "可供出口的小麦".
		cue(fForecast|fExport, "可出口", "可供出口"), cue(fForecast|fShip, "可供应"),
		cue(fNonTrade, "产量", "库存", "产能", "收获"),
		coded(fNonTrade, codeTransit, "过境", "过境运输", "转运"), // goods in transit are no trade of the transit country, nor of the two ends
		cue(fUnit, "吨", "万吨"),
		cue(fAgency, "海关", "农业农村部", "政府", "当局", "部门"),
		cue(fMarket, "市场"),

		cue(fBanNoun, "配额"),
		cue(fImposed, "实施", "实行", "生效",
			// Trade interrupted is trade stopped: "哈萨克斯坦羊肉对华出口被迫中断".
			"中断"),
		cue(fSupplier, "供应国", "来源国", "供货国"),
		cue(fMarket, "买家"),
		cue(fImport, "进口国"),
		cue(fImport|fPurchase, "采购", "购买", "购入", "买入"),
		cue(fLifted, "准许", "同意", "开放"),
		// Plants registered to export to China have access: "批准…7家禽肉企业在华注册".
		cue(fLifted|fExport, "在华注册", "输华注册", "对华出口注册"),
		cue(fBanRef, "措施"),
		cue(fVolume, "数量", "该数字",
			// "2025年同期为129.1万吨": the same flow in the period compared with.
			"同期为", "同期是"),
		cue(fSample, "抽样", "抽检", "采样", "取样", "加强了对", "加强对", "加大对",
			// The papers of a cargo checked: "检查了…一批面粉的质量证书" inspects no exporter.
			"证书", "单证", "一批"),
		cue(fNonTrade, "进出口", "贸易额", "货运量", "过货量"),
		cue(fDocument, "议定书", "证书", "备忘录"),
		// The right to export given, as «получили право экспорта»: "获得输华资格", "取得出口资格".
		cue(fLifted|fExport, "获得输华资格", "取得输华资格", "获得出口资格", "取得出口资格"),
		cue(fKeepAccess, "获准继续", "允许继续", "继续获准", "保留了出口资格", "保留出口资格"),
		cue(fAsk, "请求", "要求解除", "希望", "呼吁", "敦促", "期待", "期望", "寻求", "争取"),
		cue(fAsk, "申请"), // an application filed: "向中方提交解除…禁令的申请"
		// Asked of a side named right after, as 请求 is: "哈方请中方尽快…", "哈方提请中方尽快解除…" (a bare 请
		// with no country after it, "请注意", is dropped by zhBareAsks); 请问 asks a question.
		cue(fAsk, "提请", "请"), cue(fMask, "请问"),
		// Agreed between the sides: what they agreed is still to come ("双方商定，…由中方派专家组赴哈…开展实地检查").
		cue(fPlanned, "商定", "议定", "约定"),
		// Hope as 盼, as 希望: "率團訪台，盼台灣盡快開放哈薩克牛肉進口" awaits the opening.
		cue(fAsk|fForecast, "盼", "盼望", "期盼", "冀望"),
		cue(fDomestic, "国内", "境内", "向农户", "从农户", "向农民", "从农民", "运往粮库", "运至粮库", "运往仓库", "运至仓库"),
		cue(fChrome, "订阅", "新闻简报", "隐私政策", "相关阅读", "延伸阅读", "相关新闻", "推荐阅读"),
		cue(fInspect, "云检", "远程检查", "视频审核", "实地考察", "实地评估", "现场检查", "现场评估"),
		cue(fInspector, "专家组"),
		// An inspecting team by its word of group: "阿联酋检验团", "检查团", "审核组".
		cue(fInspector, "检验团", "检查团", "检疫团", "审核团", "审核组", "评估组", "专家团"),
		// A country's veterinary service is inspected, not inspecting: "哈萨克斯坦兽医部门已通过中国海关的评估".
		cue(fService|fTarget, "兽医部门", "兽医局", "兽医体系", "兽医机构", "兽医管理体系", "兽医服务"),
		cue(fDelay, "减少接收", "限制接收", "压车",
			// Fewer trains accepted a day: "每日接车数量由18列降至12列" (an increase is ruled out in border).
			"减少接车", "限制接车", "接车数量由", "接车数量已由", "接车量由", "接车数量减少", "接车数量下降",
			// "每日接车由16列降至10列", acceptance rationed: "实行限量受理，每日仅接受8列".
			"接车由", "接车已由", "限量受理", "限量接车", "每日仅接受", "每天仅接受", "每日只接受", "每天只接受"),
		cue(fCargo, "节车皮", "辆", "车辆", "卡车", "通关", "通行"),
		coded(fPlace, "Alashankou", "阿拉山口"),
		coded(fPlace, "Khorgos", "霍尔果斯"),
		coded(fPlace, "Bakhty", "巴克图", "巴克特"),
		coded(fPlace, "Maikapchagai", "吉木乃", "迈哈布奇盖", "迈卡普恰盖"),
		coded(fPlace, "Kalzhat", "都拉塔"),
		coded(fPlace, "Kalzhat", "卡拉扎特", "卡尔扎特"),
		coded(fPlace, "Saryagash", "萨雷阿加什", "萨里阿加什"),
		coded(fPlace, "Zhaysan", "扎伊桑"),
		coded(fPlace, "Korday", "科尔代", "阔尔代"),
		coded(fPlace, "Tazhen", "塔任"),
		// The road crossing to Uzbekistan, its Zholy written as Nur Zholy's is (卓雷, 若雷, 若利, 饶勒).
		coded(fPlace, "Zhibek Zholy", "日别克卓雷", "日别克若雷", "日别克若利", "日别克饶勒"),
		cue(fBorder, "口岸", "边境"),
		cue(fDelay, "暂停通关", "滞留", "积压", "拥堵", "排队", "停运", "拒收", "闭关", "关闭", "等待", "拒绝", "等候", "通行缓慢", "通关缓慢", "运行缓慢",
			// Wagons or trucks that stay at a station: "约有600节车皮停留超过5天" (a visitor's stay is none).
			"车皮停留", "车辆停留", "货车停留", "列车停留", "集装箱停留", "停留超过", "停留长达",
			"车皮已停留", "车辆已停留", "货车已停留", "列车已停留", "集装箱已停留"),
		// A long queue formed: "约300辆货车排起长队", "排成长龙".
		cue(fDelay, "排起长队", "排起了长队", "排长队", "排成长队", "排成长龙", "大排长龙"),
		// A driver's own wait: "我在这里已经等了五天"; a queue of days: "已经排第4天了", "排了整整五天", "憋了五天".
		cue(fDelay, "等了", "排了", "已经排", "已排", "憋了", "堵了"),
		// Arranged, ranked, excluded, emitted, checked: no queue ("安排了检查", "排名第二", "已排除").
		cue(0, "安排", "排名", "排行", "排除", "排放", "排查", "编排", "排列"),
		// The crossing open again: "阿拉山口终于通了", "恢复放行", "今早开始正常放行".
		cue(fEnded, "终于通了", "终于通关", "恢复放行", "正常放行"),
		cue(fMask, "电子排队", "电子预约排队"), // a queue system, not a queue: "启用电子排队系统"
		cue(fEnded, "缓解", "疏通", "恢复正常", "清零", "恢复按图"),
		// Solved on the whole: "积压问题已基本解决"; dissolved: "积压问题已基本化解".
		cue(fEnded, "基本解决", "化解", "基本化解"),
		// Clearance told as normal, smooth or stable: an end only after a delay named ("曾出现拥堵，目前通关
		// 正常"); "口岸秩序趋于稳定" alone is news of none.
		cue(fEndedWeak, "趋于稳定", "恢复稳定", "通关正常", "通行正常", "运行正常", "通关顺畅", "通行顺畅"),
		// Wagons waiting to be moved on: "有600节车皮待运"; a crossing jammed: "口岸堵塞".
		cue(fDelay, "待运", "堵塞"),
		// A standstill told and its end: "阿拉山口站的停滞已于周五结束".
		cue(fDelay, "停滞"), cue(fEndedWeak, "结束"),
		// Wagons that wait to be handed over: "待交接车辆约800节，平均停留时间5天", "待接车辆达1500节".
		cue(fDelay, "待交接", "待接车"),
		// Or to be transshipped or cleared: "待换装重车一度超过1200节", "待过境", "待通关".
		cue(fDelay, "待换装", "待过境", "待通关", "待放行"),
		// Trains late or held ready to leave: "中欧班列出现延误", "约有40列班列在站待发"; a claim or a
		// delivery date put off is no wait of traffic ("延误理赔", "交货延误" name no crossing's delay).
		cue(fDelay, "出现延误", "发生延误", "严重延误", "在站待发", "站内待发"),
		cue(fCargo, "车皮", "列车", "货车", "集装箱", "火车"),
		coded(fPlace, "Dostyk", "多斯特克"),
		coded(fPlace, "Nur Zholy", "努尔饶勒", "努尔若雷", "努尔若利", "努尔饶利"),
		// Wagons moved on, a backlog over: "积压车皮已疏运完毕，滞留现象结束".
		cue(fEnded, "疏运", "滞留现象结束", "滞留结束", "拥堵结束", "积压结束"),
		// A backlog solved: "车皮积压问题已经解决"; "尚未解决" names no end.
		cue(fEnded, "已解决", "已经解决", "得到解决", "已得到解决", "已消除", "已经消除", "基本消除",
			// The trucks that waited have all crossed: "滞留的150辆货车已全部通关".
			"已全部通关", "全部通关",
			// The wagons that waited all handed over: "此前滞留的800节车皮已全部完成交接".
			"全部完成交接", "已全部交接"),
		coded(fPlace, "Altynkol", "阿腾科里", "阿勒腾科里", "阿尔滕科尔", "阿尔腾科里"), // the Kazakh side of the Khorgos rail crossing

		// "检出口蹄疫病毒": the 出口 of "detected" must not take the disease's 口 for an export.
		coded(fCause, "fmd", "口蹄疫", "出口蹄疫"),
		// Taiwan writes avian influenza in full: "高病原性家禽流行性感冒".
		coded(fCause, "avian_influenza", "禽流感", "禽流行性感冒", "家禽流行性感冒"),
		coded(fCause, "sheep_pox", "绵羊痘", "羊痘"),
		coded(fCause, "african_swine_fever", "非洲猪瘟"),
		coded(fCause, "lumpy_skin_disease", "结节性皮肤病"),
		coded(fCause, "ppr", "小反刍兽疫"),
		coded(fCause, "bse", "疯牛病"),
		coded(fCause, "anthrax", "炭疽"),
		coded(fCause, "brucellosis", "布鲁氏菌病"),
	)
}
