package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"agrowatch"
)

// mayTrade reports whether a sentence with a tonnage can state a volume at all: it needs a word of
// trade or a destination, a word that refers back to a volume, or a shipment the article reported
// before. Extract asks it before reading the sentence's quantities.
func (s *sentence) mayTrade() bool {
	if !s.has(fExport|fImport|fShip|fVolume) && !(s.tp != nil && s.tp.vol.Kind != "") && !hasRole(s.cs, roleDest) && !s.abroadRegion() {
		return false // a harvest, a stock or a plant's capacity
	}
	// "внутри страны перевезено 2,5 млн тонн": shipments at home are not exports.
	return !s.has(fDomestic) || s.has(fExport|fImport)
}

// volumes appends one export_volume mention per tonnage figure of the sentence that is shipped,
// exported or imported. Money, heads, percentages and ratios never reach here: scanQuantities
// classes them apart. qs holds the sentence's quantities, with offsets relative to the sentence.
func (x *Extractor) volumes(s *sentence, qs []quantity, out []agrowatch.Mention) []agrowatch.Mention {
	trade := s.has(fExport|fImport|fShip) || hasRole(s.cs, roleDest) || s.abroadRegion()
	topicVol := s.tp != nil && s.tp.vol.Kind != ""
	if !s.mayTrade() {
		return out
	}
	shareUnit(s.low[s.sp.start:s.sp.end], qs)
	carryUnit(s.low[s.sp.start:s.sp.end], qs)
	n := 0
	for _, q := range qs {
		if q.kind == qMass && q.value > 0 {
			qs[n] = q
			n++
		}
	}
	mass := qs[:n]
	if len(mass) == 0 {
		return out
	}
	if low := s.low[s.sp.start:s.sp.end]; seizedGoods(s.lang, low) || uncounted(s.lang, low) || !s.has(fExport) && (sampledCargo(s.lang, low) || forSowing(s.lang, low)) || failedDeal(s.lang, low) {
		// "海关查获一批…非法入境的牛肉，重约3吨": goods seized are no trade, and a batch sampled is a check
		// unless the sentence says what was exported besides.
		return out
	}
	// "Из них пшеницы – 930 тыс. тонн, ячменя – 610 тыс. тонн", "Оның ішінде бидай – 510 мың тонна":
	// the parts of the shipment before need no word of trade of their own.
	// So do goods given respectively after a shipment: "Wheat, barley and flax accounted for 1.1, 0.6
	// and 0.4 million tons respectively".
	// So do goods that account for parts of it: "Wheat accounted for 1.1 million tonnes and barley for
	// 640,000 tonnes", «на пшеницу пришлось 1,1 млн тонн».
	share := topicVol && partsOf(s.low[s.sp.start:s.sp.end])
	if !s.has(fExport|fImport) && s.inTransit() {
		// "经哈萨克斯坦过境运往中国的俄罗斯粮食达190万吨", "Qazaqstan aýmaǵy arqyly … tranzıtpen
		// tasymaldandy": goods carried across a country are no trade of it, and the carriage is no export
		// either, whatever the ends. A sentence that says who exported keeps its figure.
		return out
	}
	if s.tp != nil && s.tp.transit && sharePart(s.low[s.sp.start:s.sp.end]) && !s.has(fExport|fImport) && !hasRole(s.cs, roleAgent) && !hasRole(s.cs, roleSource) {
		// "其中运往越南18万吨", «из них во Вьетнам – 180 тыс. тонн», "of which 180,000 tonnes went to Vietnam"
		// after goods in transit: a part of the transit, no more a trade than its whole.
		return out
	}
	var ps []period
	periodsRead := false
	base := s.sp.start
	// Each figure owns a stretch of the sentence: up to the clause break (a comma, "а", "and") between it
	// and the next figure.
	var cuts [8]int
	splits := cuts[:0]
	for i := 0; i+1 < len(mass); i++ {
		splits = append(splits, s.clauseBreak(base+mass[i].end, base+mass[i+1].start))
	}
	importOnly := s.has(fImport) && !s.has(fExport|fShip) ||
		s.lang == "zh" && s.has(fImport) && !s.has(fExport) && s.everyHit(fShip, func(h hit, _ *word) bool {
			return strings.HasPrefix(s.low[h.end:], "商") // "向哈萨克斯坦供应商采购": a supplier is no verb of shipping
		})
	if importOnly && s.has(fMainly) && !s.mainlyNoSource() {
		// "China imported 12.1 million tons of wheat, mostly from Australia and Canada": the sources
		// named are shares of the importer's total, which is nobody's export.
		return out
	}
	first := len(out)
	totalFrom, totalEnd := "", 0 // the exporter of the first figure, whose parts may follow
	openTotal := false           // the first figure is a total its parts follow: "Of the 4.9 million tonnes …,"
	for i, q := range mass {
		a, b := base+q.start, base+q.end
		segA, segB := s.sp.start, s.sp.end
		if i > 0 {
			segA = splits[i-1]
		}
		if i+1 < len(mass) {
			segB = splits[i]
		}
		segB = s.subordinateAfter(b, segB)
		sf := s.featsIn(segA, segB)
		if sf&fNonTrade != 0 && sf&(fExport|fImport|fShip) == 0 && !s.nonTradeNamesOnly(segA, segB) {
			continue
		}
		if ca, cb := s.clause(a); s.featsIn(ca, cb)&(fNonTrade|fExport|fImport|fShip) == fNonTrade && !s.nonTradeNamesOnly(ca, cb) {
			continue // "Мощность элеватора — 100 тыс. тонн, часть зерна пойдёт на экспорт": the capacity's own clause
		}
		if s.transitTrade(segA, segB) {
			continue // "Transit shipments of Russian grain through Kazakhstan … reached 2.6 million tonnes"
		}
		if s.nonTradeSubject(a) {
			continue // "Wheat stocks in Kostanay region, the main source of the Iranian shipments, stand at 2.3 Mt"
		}
		exported := sf&fExport != 0 && sf&fImport == 0 // "Всего … Казахстан экспортировал 8 025.4 тыс.т, в том числе в Китай…"
		if len(mass) > 1 && (s.totalBefore(segA, a) && !exported || i+1 < len(mass) && s.featsIn(b, base+mass[i+1].start)&fOnly != 0 &&
			s.contrastBefore(base+mass[i+1].start) < b && !s.otherPeriod(splits[i], base+mass[i+1].start, a, base+mass[i+1].start, &ps, &periodsRead)) {
			// "out of 12 million tons imported by China, only 400,000 came from Kazakhstan"; not a figure
			// a contrast sets another beside ("…, тогда как Казахстан — лишь 620 тыс. тонн"). A total whose
			// exporter its own stretch names is that exporter's, and its part follows: "2026年1-7月中国自哈萨克斯坦
			// 进口小麦61.2万吨，其中7月进口9.8万吨".
			// An exporter's own total is a shipment, its part follows: "哈萨克斯坦扁豆出口2025年达到21万吨，其中中国
			// 采购5万吨".
			if !s.sourceBefore(segA, a) && !exported || s.totalBefore(segA, a) && !exported {
				continue
			}
		}
		if quotaBefore(s.lang, s.low[segA:a]) || quotaBefore(s.lang, s.low[b:min(b+40, segB)]) {
			// "set an export quota of 1 million tonnes", «квоту на вывоз сахара в размере 50 тыс. тонн»,
			// "40 мың тонна квота белгіледі": a cap, no shipment.
			continue
		}
		if s.measuredBefore(a) {
			continue // "Из собранных 17,1 млн тонн", "mills processed 120,000 tonnes": the harvest or the milling it measures
		}
		if s.negatedFigure(a, b) {
			continue // "…, not 387,000 tonnes as stated in an earlier version": the figure a correction withdraws
		}
		if s.facilitySize(a, b) {
			continue // "элеватор на 40 тыс. тонн", "40 мың тонналық элеватор", "处理能力5万吨": a store's size, not a shipment
		}
		if s.conditionAsked(a) {
			continue // "if Kazakhstan exported 12 million tons of grain why is bread so expensive here??": supposed, not told
		}
		if s.has(fExport) && awaitingExport(s.low[segA:segB]) {
			continue // "2.3 million tonnes of Kazakh grain are stored in elevators awaiting export": not shipped yet
		}
		if habitualRange(s.low[segA:segB], q.lo < q.value) {
			continue // "typically shipping 7–10 million tonnes of grain a year": what is usual, no shipment dated
		}
		if s.has(fForecast|fImport) && anyOrigin(s.low[segA:segB]) {
			continue // "a tender to purchase 120,000 tonnes of milling wheat of optional origin": a buyer's call, nobody's export
		}
		if goodsInGeneral(s.low[b:s.sp.end]) {
			continue // "300 тыс. тонн грузов, в том числе 120 тыс. тонн пшеницы": freight, not its farm part
		}
		m := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: round(q.value)}
		if i == 0 && len(mass) > 1 {
			// "Of the 4.9 million tonnes of wheat the country sold abroad …, Uzbekistan took 2.05 million":
			// a total opened by "of", «из», whose parts the rest of the sentence gives.
			openTotal = s.totalBefore(segA, a)
		}
		// The parties of a figure after a contrast are its clause's: "Доля Казахстана … снизилась, а
		// Узбекистан … поставил в Афганистан 610 тыс. тонн" is Uzbekistan's.
		pa := segA
		if s.secondSubjectBefore(a) {
			pa = max(segA, s.contrastBefore(a))
		}
		m.From, m.To = s.volumeParties(pa, segB, a, b)
		if m.To == "" {
			hi := segB
			if k := strings.IndexByte(s.low[b:segB], ';'); k >= 0 {
				hi = b + k // "…; buyers in Iran took most of it": another statement's buyers
			}
			if c := s.buyersIn(pa, hi); c != "" && c != m.From {
				m.To = c // "we shipped 22,000 tonnes of barley to buyers in Iran": where the buyers are
			}
		}
		if m.To != "" && len(s.cs) > 1 && s.contrastOwnDest(pa, a) {
			// "Большая часть чечевицы ушла в Турцию, однако 12 тыс. тонн были отправлены в Пакистан": the
			// destination of the figure's own clause after a contrast, not the one before it.
			if c := s.contrastBefore(a); c > pa && !s.codeIn(m.To, c, segB) {
				if own := s.nearestCountry(c, segB, a, roleDest); own != "" && own != m.From {
					m.To = own
				}
			}
		}
		if importOnly {
			// "China's total oilseed imports", "Qytaıdyń arpa ımporty", "我国粮食进口总量": the country whose
			// imports they are receives, it ships nothing; with no exporter named the figure is its total.
			if imp := s.ownerOf(pa, a, fImport); imp != "" && (m.To == "" || m.To == imp) {
				m.To = imp
				if m.From == imp {
					m.From = s.originOtherThan(pa, segB, imp)
				}
			} else if imp := s.ownerOf(b, segB, fImport); imp != "" && m.From == imp {
				// "2025年中国自哈萨克斯坦进口小麦61万吨，占中国小麦进口总量的5%": the owner of the imports after
				// the figure receives, it is no origin of the goods, when a source is named ("自哈萨克斯坦");
				// "签订了30万吨哈萨克斯坦大麦采购合同" names the goods' origin so.
				if src := s.nearestCountry(pa, segB, a, roleSource); src != "" && src != imp {
					m.From = src
					if m.To == "" {
						m.To = imp
					}
				}
			}
		} else if sf&fImport != 0 && sf&(fExport|fShip) == 0 && segA > s.sp.start {
			// "…，其中对华出口64万吨，而中国小麦进口总量为1100万吨": an importer's own total in a clause of its
			// own, beside exports, takes no exporter from them.
			if imp := s.ownerOf(pa, a, fImport); imp != "" && s.originOtherThan(segA, segB, imp) == "" {
				continue
			}
		} else if sf&fExport != 0 && sf&fImport == 0 && (m.From == "" || !s.codeIn(m.From, pa, segB)) {
			// "…, while China's own soybean meal exports surpassed 1 million tonnes": whose exports they
			// are ships them; a destination of another clause is not theirs.
			if exp := s.ownerOf(pa, a, fExport); exp != "" {
				m.From = exp
				if m.To == exp || !s.codeIn(m.To, pa, segB) {
					m.To = ""
				}
			}
		}
		ownerReceives := false // the figure is of imports whose owner the sentence names before it
		if !importOnly && sf&fImport != 0 && sf&fExport == 0 && (m.From != "" || m.To != "") {
			// "Uzbekistan's total wheat imports in 2024 amounted to 3.8 million tonnes": a verb of volume
			// beside the imports does not make their owner ship them; it receives.
			switch owner := s.ownerOf(pa, a, fImport); {
			case owner == "":
			case owner == m.From:
				m.To, m.From, ownerReceives = m.From, s.originOtherThan(pa, segB, m.From), true
			case owner == m.To:
				ownerReceives = true
			}
			if ownerReceives && m.From != "" && s.suppliersApart(m.From, b) {
				// "Qytaıdyń 2025 jylǵy bıdaı ımporty 6,2 mln tonnany qurady, negizgi jetkizýshiler – Avstralııa
				// men Kanada": the suppliers a clause of its own names after the importer's total, with no
				// figure, ship no part of it that the sentence tells.
				m.From = ""
			}
		}
		if worldTotal(s.lang, s.low[pa:b]) && !s.countryNamedIn(pa, segB) {
			// "Мировой экспорт пшеницы … составит 214 млн тонн", "global wheat trade", 全球小麦贸易量: the
			// world's total names no exporter.
			continue
		}
		if m.From == "" && s.has(fImport) && allOrigins(s.low[pa:segB]) {
			// "China's wheat imports from all origins totaled 6.2 million tonnes", «импорт из всех стран»,
			// 从各国进口: an importer's total of every source is nobody's export.
			continue
		}
		// An export clause after an import clause is not read backwards; a relative clause after the
		// import ("…from Kazakhstan, which also shipped") keeps the exporter it refers to.
		if sf&(fExport|fShip) != 0 && sf&fImport == 0 && s.has(fImport) && m.From != "" && !s.codeIn(m.From, pa, segB) &&
			!containsAny(s.low[pa:a], "which", "that", "who", "котор") {
			m.From, m.To = s.exportAfterImport(m.From, m.To, pa, segB)
		}
		if c, ok := s.bracketOwner(a); ok {
			// "乌兹别克斯坦（210万吨）和塔吉克斯坦（90万吨）", "ahead of Uzbekistan (420,000 tonnes)": the country
			// right before the brackets is the figure's, as a buyer or as a supplier.
			switch c.role {
			case roleDest:
				m.To = c.code
				if m.From == c.code {
					m.From = ""
				}
			case roleSource, roleOrigin:
				m.From = c.code
				if m.To == c.code {
					m.To = ""
				}
			}
		}
		if c, ok := s.possessorOf(a); ok && !s.has(fImport) {
			// "Russia exported 50 million tonnes of wheat, compared with Kazakhstan's 9.4 million tonnes":
			// whose tonnes of exports the possessive says ships them. (Of imports it may be the importer's
			// total or a rival supplier's: "against Russia's 2.4 million tonnes".)
			m.From = c
			if m.To == c {
				m.To = ""
			}
		}
		if m.From != "" && sf&fExport != 0 && !s.codeIn(m.From, pa, segB) && ownExportWords.in(s.lang, s.low[pa:segB]) {
			// "Через … транзитом прошло 1,2 млн тонн российской пшеницы, при этом собственный экспорт
			// республики … составил 2,4 млн тонн": the home country's own exports are not the goods of
			// another clause.
			m.From = s.homeCountry(m.To)
		}
		if c, sense, ok := s.parallelSubject(a); ok && sense == fExport {
			// "Россия … поставила в Китай 2,1 млн тонн ячменя, а Казахстан – около 480 тыс. тонн": the
			// country after the contrast stands for the subject, not the destination, which carries over.
			m.From = c.code
			if m.To == c.code {
				// «…, а Узбекистан – 240 тыс. тонн муки в Афганистан»: the destination of its own clause
				// after the figure, else the one that carries over from before.
				if m.To = s.nearestCountry(b, segB, b, roleDest); m.To == "" || m.To == c.code {
					m.To = s.nearestCountry(s.sp.start, c.pos, a, roleDest)
				}
			}
		} else if ok {
			// "Узбекистан … импортировал из Казахстана 1,9 млн тонн, а Таджикистан — 610 тыс. тонн": after an
			// importer the country set beside it imports too, from the source that carries over.
			m.To = c.code
			if m.From = s.nearestCountry(s.sp.start, c.pos, a, roleSource); m.From == c.code {
				m.From = ""
			}
		}
		importsPart := s.tp != nil && s.tp.imports.To != "" && m.To == "" && m.From != "" && m.From != s.tp.imports.To &&
			m.Tonnes < s.tp.imports.Tonnes && sharePart(s.low[s.sp.start:s.sp.end])
		if importsPart {
			// "Of that, 640,000 tonnes came from Kazakhstan" after "China imported 9.5 million tonnes of
			// barley in January-October": a part of the importer's total is shipped to it.
			m.To = s.tp.imports.To
		}
		if m.To == "" && m.From != "" && i > 0 && sf&fExport == 0 && s.has(fImport) && sharePart(strings.TrimLeft(s.low[segA:a], " ,;:–—-")) {
			// "China's total wheat imports hit 11 million tonnes in 2025, of which only 520,000 tonnes came
			// from Kazakhstan", «…, из них из Казахстана — 2,9 млн тонн»: a part of an importer's total
			// told in the sentence reaches that importer.
			if imp := s.ownerOf(s.sp.start, segA, fImport); imp != "" && imp != m.From {
				m.To = imp
			}
		}
		if m.To != "" && s.joinedWith(m.To, roleDest, segA, segB) {
			// "До 300 тыс. тонн … на экспорт в Таджикистан и Узбекистан": one figure for two buyers is
			// neither one's. (Figures given respectively are bound to each buyer after.)
			m.To = ""
		}
		if m.From != "" && (s.joinedWith(m.From, roleSource, segA, segB) || s.joinedWith(m.From, roleOrigin, segA, segB) ||
			sf&(fImport|fForecast) == 0 && s.joinedWith(m.From, roleAgent, segA, segB)) {
			// "из Казахстана и России в Узбекистан … 300 тыс. тонн", "Ukraine and Russia together exported 70
			// million tonnes": nor is one of two exporters'.
			m.From = ""
		}
		if m.To == "" && s.lang == "zh" && s.has(fExport) && !s.has(fImport) {
			// "将对蒙蔬菜出口扩大到10万吨", "哈萨克斯坦对俄出口牛肉1.24万吨": to Mongolia, to Russia by the short name.
			if c := zhShortDest(s.low[s.sp.start:a]); c != m.From {
				m.To = c
			}
		}
		if m.To == "" && importOnly && s.lang == "zh" {
			m.To = s.zhSaidCountry(a, m.From) // "塔吉克斯坦农业部称，…该国从哈萨克斯坦采购面粉约29万吨": the country named before
		}
		if m.To == "" && importOnly && s.lang == "zh" {
			m.To = "CN" // "进口" with no importer named: Chinese customs report China's imports
		}
		if m.To == "" && m.From != "" && importOnly && len(out) > first && out[len(out)-1].To != m.From {
			// "…импорт казахстанской муки составил 1,2 млн тонн, тогда как из России поступило 300 тыс. тонн":
			// the second source's goods reach the importer of the figure before.
			m.To = out[len(out)-1].To
		}
		if m.To == "" && m.From != "" && importOnly && s.tp != nil && s.lang != "zh" {
			// "Импорт сахара из России составил 350 тыс. тонн" in an article about Kazakhstan: its imports.
			m.To = s.x.articleSubject(s.tp, s.all, s.lang, m.From)
		}
		if m.From == "" && importOnly && m.To != "" && (sf&fPurchase != 0 || s.buyerNamed(m.To)) && s.tp != nil && !fromAbroad(s.low[s.sp.start:s.sp.end]) {
			// "Қытай 60 мың тонна арпа сатып алды", "China bought…": a purchase told from the buyer's side
			// is an export from the country the article is about.
			m.From = s.exporterOfBuyers(m.To)
		}
		if m.From == "" && importOnly && share && s.tp.vol.From != "" && s.tp.vol.From != m.To &&
			(m.To == "" || s.tp.vol.To == "" || s.tp.vol.To == m.To) {
			// "其中7月单月进口9.8万吨" after China's imports from Kazakhstan: a part of the shipment before
			// is of its exporter.
			m.From = s.tp.vol.From
			if m.To == "" {
				m.To = s.tp.vol.To
			}
		}
		if m.From == "" && importOnly && topicVol && len(s.cs) == 0 && s.tp.vol.From != "" && s.tp.vol.From != m.To &&
			(m.To == "" || s.tp.vol.To == "" || m.To == s.tp.vol.To) && s.changeOf(a, b) != "" {
			// "与上年同期相比，大麦进口增加了31万吨" after China's imports from Kazakhstan: a change of imports
			// that names no side is the shipment's before.
			m.From = s.tp.vol.From
			if m.To == "" {
				m.To = s.tp.vol.To
			}
		}
		if m.From == "" && importOnly {
			if m.To != "" && s.tp != nil && len(mass) == 1 && s.changeOf(a, b) == "" {
				s.noteImports(m, mass, &ps, &periodsRead)
			}
			continue // a country's total imports, no exporter named: "China imported 12 million tons"
		}
		if m.From == "" && m.To != "" && !m.Forecast && !share && sf&(fImport|fExport) == fImport && (ownerReceives || s.importClause(a)) {
			// "China imported a total of 11.8 million tonnes of wheat last year, with Australia and Canada
			// supplying the bulk": the importer's total, whose suppliers a clause of their own names with
			// no figure, is nobody's export; so is the total of imports told with a verb of volume.
			// A part of the shipment before ("另有约9万吨经霍尔果斯口岸入境") is that shipment's.
			continue
		}
		if m.From == "" && sf&fImport != 0 && partsFollow(s.low[b:min(b+64, s.sp.end)]) {
			// "Imports of wheat by Uzbekistan rose to 3.1 million tonnes, of which Kazakhstan supplied 2.9
			// million tonnes": the importer's total, its parts follow.
			continue
		}
		if m.From == "" && s.lang == "zh" && !importOnly && s.has(fPlace) && s.has(fExport) && !topicVol && s.has(fCommodity) {
			// "霍尔果斯口岸出口蔬菜5万吨": a Chinese port's statistics count China's exports, of farm goods
			// only ("阿拉山口口岸出口钢材120万吨" is steel).
			m.From = "CN"
		}
		if openTotal && i == 0 && m.To != "" && !s.codeIn(m.To, segA, segB) {
			m.To = "" // the total's buyers are its parts': "Of the 4.9 million tonnes …, Uzbekistan took 2.05 million"
		}
		if m.From == "" && totalFrom != "" && totalFrom != m.To && (openTotal || partsBetween(s.low[totalEnd:a])) {
			// "sold 420,000 tonnes of grain abroad, including 160,000 tonnes to Tajikistan": the parts of a
			// total are shipped by its exporter.
			m.From = totalFrom
		}
		if m.From == "" && !importOnly && len(out) > first && out[len(out)-1].From != m.To && s.ellipticItem(segA, a) {
			// «…республика вывезла в Таджикистан 1 млн 105 тыс. тонн пшеницы, а в Туркменистан — около 260 тыс.
			// тонн», "…to Iran, and to Turkey another 40,000": a list item with no verb of its own ships
			// for the exporter of the figure before it.
			m.From = out[len(out)-1].From
		}
		if m.From == "" && !importOnly && (s.homeNamed() || s.ministerWe(pa, segB) || s.homeSubject(s.comparedFrom(pa, a), a) || s.homeOwner(pa, segB) ||
			openTotal && i == 0 && s.homeSubject(b, segB)) {
			// The total's own relative clause names its exporter: "Of the 4.9 million tonnes of wheat the
			// country sold abroad, …".
			// "из республики вывезено 4,8 млн тонн", "елден 5,2 млн тонна астық экспортталды", "The country
			// sold 3.4 million tonnes of grain abroad", «республика намерена довести экспорт … до»: the
			// country the article is about, Kazakhstan unless it named another exporter.
			m.From = s.homeCountry(m.To)
		}
		if m.From == "" && s.lang == "zh" && !importOnly {
			// "哈小麦的主要买家依次为乌兹别克斯坦（138万吨）…": goods named by their country's one-character
			// name are its goods, as "Kazakh wheat" and «казахстанской пшеницы» are.
			if c := s.zhShortOrigin(); c != "" && c != m.To {
				m.From = c
			}
		}
		if m.To == "" && s.askTo != "" && m.From != s.askTo {
			m.To = s.askTo // "— Какой объем вы отправили в Иран? — … около 40 тысяч тонн": the question's destination
		}
		if m.From == "" {
			// "哈萨克斯坦农业部长表示，计划…将对华小麦出口提高至…": a ministry speaks of its own country's exports.
			m.From = pickReporter(s.cs, m.To)
		}
		if m.From == "" && m.To != "" && s.tp != nil && s.has(fExport) && !s.has(fImport) && len(s.cs) == 1 {
			// "Beef exports to Russia totaled 12,000 tonnes" in an article on Kazakh beef: the exports of
			// the country the article is about.
			m.From = s.x.articleSubject(s.tp, s.all, s.lang, m.To)
		}
		if m.From == "" && m.To == "" && !s.has(fExport|fImport) && (s.tp == nil || s.tp.from == "") && s.withinCountry() {
			continue // "Из Костаная в Алматы отгружено 120 тыс. тонн пшеницы": a shipment at home
		}
		if m.To == "" && s.betweenRegions(s.sp.start, s.sp.end) || len(mass) > 1 && !s.codeIn(m.To, segA, segB) && s.betweenRegions(segA, segB) {
			// "Qostanaı oblysynan Almatyǵa 200 myń tonna bıdaı jóneltildi": from one region to another,
			// in the sentence or in the figure's own clause («…, а на экспорт в Китай – 150 тыс. тонн»).
			continue
		}
		if s.has(fDomestic) && storedAtHome(s.lang, s.low[segA:segB]) {
			continue // "оның 1,2 млн тоннасы элеваторларға жөнелтілді": sent into storage, whatever the verb
		}
		if m.To != "" && s.homeRoute(m.To, segA, segB) {
			continue // «прибыл из Алматы в Астану»: from a region of the country to the country itself
		}
		if sf&fDomestic != 0 && sf&(fExport|fImport) == 0 {
			continue // "еще 300 тыс. тонн направлено на переработку внутри страны" beside an export: its clause stays at home
		}
		if sf&fDomestic != 0 && sf&fExport == 0 && len(s.cs) == 0 {
			continue // "Продкорпорация закупит у фермеров 1,5 млн тонн пшеницы": bought at home, from no country
		}
		if m.To == "" && s.toRegionsAtHome() {
			continue // "Қостанай облысынан оңтүстік өңірлерге 150 мың тонна астық тасымалданды"
		}
		if m.To == "" && s.tp != nil && kingdomRefWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
			// «экспорт мяса птицы в королевство» after Saudi inspectors' visit: to the kingdom named, from
			// the country the article is about.
			if m.To = s.kingdomBack(m.From); m.To != "" && m.From == "" && !importOnly {
				m.From = s.x.articleSubject(s.tp, s.all, s.lang, m.To)
			}
		}
		if m.To == "" && destRef(s.lang, s.low[s.sp.start:s.sp.end]) {
			m.To = s.destBack(a, m.From)
			if m.To == "" && s.namedBefore(m.From, a) {
				// «Иран у нас в приоритете: с июля туда ушло 260 тыс. тонн»: the one country named before
				// "there" is where the goods went, not who sent them.
				m.To, m.From = m.From, ""
			}
			if m.From == "" && m.To != "" && s.tp != nil && s.tp.vol.To == m.To && s.tp.vol.From != m.To {
				m.From = s.tp.vol.From // "Экспорт муки в эту страну" after Kazakhstan's wheat to Uzbekistan
			}
		}
		m.Commodity = s.nearestCode(fCommodity, segA, s.attributionAfter(b, segB), a, b)
		if share && slices.Contains(families[m.Commodity], s.tp.vol.Commodity) {
			m.Commodity = s.tp.vol.Commodity // "Most of the grain … while 140,000 tonnes went by sea" after wheat: its wheat
		}
		if topicVol && s.tp.vol.Commodity != "" && segB < s.sp.end && s.codeOnlyFrom(m.Commodity, segB) {
			// "Uzbekistan took 2.3 million tonnes …, while … Afghan mills switched to Russian grain": goods
			// named only in a later clause of their own are not the figure's; the article's shipment's are.
			m.Commodity = s.tp.vol.Commodity
		}
		// A forecast told after the source of the figure ("…, the regional akimat said, adding that regular
		// deliveries could begin in spring") is the source's next words, not the figure's.
		m.Forecast = sf&fForecast != 0 && s.forecastFor(segA, s.attributionAfter(b, segB), a)
		if ca, _ := s.clause(a); !m.Forecast && len(out) > first && out[len(out)-1].Forecast && out[len(out)-1].Change == "" &&
			sharePart(strings.TrimLeft(s.low[ca:a], " ")) && !shippedDone.in(s.lang, s.low[ca:segB]) &&
			!containsAny(s.low[ca:segB], "already", "уже", "қазірдің өзінде", "qazirdiń ózinde") {
			// "哈萨克斯坦今年计划出口粮食1000万吨，其中对华出口约200万吨", "plans to export 10 Mt, of which 2 Mt
			// to China": a part of a planned total, in a clause of its own, is planned too, unless its own
			// verb tells it shipped ("of which 2 Mt have already been shipped", «из них уже отгружено»).
			m.Forecast = true
		}
		if m.Forecast && m.To == "" && m.From != "" {
			// "Казахстан и Китай подписали контракт на поставку 500 тыс. тонн пшеницы": of the two sides of
			// a deal, the one that does not ship receives.
			m.To = s.partnerOf(m.From)
		}
		if m.Forecast && m.From == "" && m.To == "" {
			// "Между Казахстаном и Китаем подписан контракт на поставку 200 тыс. тонн пшеницы", "a contract
			// between Kazakhstan and China", "Қазақстан мен Қытай арасында": of a deal's two sides the
			// country the article is about ships, the other receives.
			m.From, m.To = s.betweenSides()
		}
		if m.Forecast && (m.To == "" || m.From == "") {
			// "Қытай компаниясымен 150 мың тонна зығыр жеткізу туралы келісімшартқа қол қойылды", "signed a
			// contract with a Chinese company to supply…": the partner of a deal to ship receives; of one
			// to buy, it ships.
			if p := s.dealPartner(m.From, m.To); p != "" {
				if s.has(fImport) && m.From == "" && m.To != "" {
					m.From = p
				} else if !s.has(fImport) && m.To == "" {
					m.To = p
				}
			}
		}
		if m.From == "" && m.To == "" && !m.Forecast && !topicVol && s.has(fImport) && !s.has(fExport) {
			// "Pork imports totalled 21,000 tonnes in 2025": imports that name neither side are a country's
			// total, whatever verb of volume carries them.
			continue
		}
		m.Change = s.changeOf(a, b)
		if m.Change != "" && m.From == "" && m.To == "" && len(out) > first && out[len(out)-1].Change == "" {
			// "In 2024 the republic exported 9.1 million tonnes of grain, 1.4 million tonnes more than a
			// year earlier": a change that names no side is of the figure before it in the sentence.
			m.From, m.To = out[len(out)-1].From, out[len(out)-1].To
		}
		if m.Change != "" && sf&(fExport|fImport|fShip) == 0 && len(out) > first {
			m.Forecast = out[len(out)-1].Forecast // "plans to raise exports to 5 Mt, up by 2 Mt": the plan's change
		}
		if !trade && !(m.Change != "" && (topicVol || s.has(fVolume)) || s.has(fVolume) && topicVol || share && m.Change == "") {
			// Without a word of trade a figure is a shipment only as a change of the article's shipment or
			// of a volume named ("That is 250,000 tonnes less", "Данный объем на 40 тыс. тонн меньше").
			continue
		}
		if !periodsRead {
			ps, periodsRead = s.periods(), true
		}
		own := ps[:0:0]
		for _, p := range ps {
			if s.eventDate(p) {
				continue // "under a contract signed in May", «после снятия запрета в марте»: another event's date
			}
			if !p.cmp {
				own = append(own, p)
				continue
			}
			// The period compared with dates no change, and no figure outside its own clause: "出口亚麻籽
			// 25.5万吨，较2024年同期增长10%" is not 2024's; "compared with 900,000 tonnes the same period last
			// year" is.
			if ca, cb := s.clause(p.pos); m.Change == "" && a >= ca && a < cb && !levelAfterBase(s.low[p.end:a]) {
				own = append(own, p)
			}
		}
		if p, ok := s.periodOf(own, mass, i); ok {
			m.Period, m.Year = p.text, p.year
		} else if topicVol && s.tp.vol.Period != "" && (samePeriod(s.lang, s.low[s.sp.start:s.sp.end]) ||
			share && m.Change == "" && (m.From == s.tp.vol.From || m.From == "") && (m.To == "" || m.To == s.tp.vol.To)) {
			// "Exports to Iran reached 400,000 tonnes in the same period" after January-October 2026's
			// shipments: the period the article's shipment before was of. So is a part's of it: "其中，进口
			// 小麦86.5万吨" after China's imports from Kazakhstan in 2026年1-10月, and "大部分小麦经…运抵中国，另有
			// 约9万吨经霍尔果斯口岸入境", whose exporter the shipment before gives later.
			m.Period, m.Year = s.tp.vol.Period, s.tp.vol.Year
			if m.Change == "" && samePeriod(s.lang, s.low[s.sp.start:s.sp.end]) {
				// "Годом ранее за тот же период было поставлено 410 тыс. тонн", "Buǵan deıingi jyly osy
				// kezeńde …": the same months a year away, the year moved by one.
				if at, d := yearAwayBefore(s.lang, s.low[segA:a]); d != 0 {
					m.Period, m.Year = s.text[segA+at.start:segA+at.end], 0
					if s.tp.vol.Year != 0 {
						m.Year = s.tp.vol.Year + d
					}
				}
			}
		} else if at := samePeriodWords.index(s.lang, s.low[s.sp.start:segB]); m.Change == "" && at.end > at.start {
			// «за тот же период вывезли в Казахстан 410 тыс. тонн» with no period before to refer to: the
			// phrase as written, which the figures of a list after it take too («…, в Беларусь — ещё 35 тыс. т»).
			m.Period = s.text[s.sp.start+at.start : s.sp.start+at.end]
		} else if importsPart && m.Change == "" {
			m.Period, m.Year = s.tp.imports.Period, s.tp.imports.Year // the part's is the total's time
		} else if topicVol && s.tp.vol.Year != 0 && m.Change == "" {
			// "Reseı sol jyly Qytaıǵa 2,4 mln tonna arpa jetkizdi", «Россия в том же году отгрузила…»
			// after Kazakhstan's shipments of 2025: that year is the shipment's before, as written.
			if at := sameYearWords.index(s.lang, s.low[s.sp.start:s.sp.end]); at.end > 0 {
				m.Period, m.Year = s.text[s.sp.start+at.start:s.sp.start+at.end], s.tp.vol.Year
			}
		}
		if m.Year == 0 && m.Change == "" && zhMonthAlone(m.Period) {
			m.Year = s.partYear(ps, a, share)
		}
		if m.From == "CN" && m.To == "" && !s.has(fPlace|fRegion) && !s.regionOf("CN") && !s.portBack() &&
			(s.tp == nil || s.tp.from != "CN" && s.tp.vol.From != "CN") {
			// "China exported 2.3 million tonnes of rice, mostly to Africa", "我国玉米出口量为3.2万吨": the
			// buyer's own exports, to no one the watch follows. A Chinese port's or region's
			// ("霍尔果斯口岸出口蔬菜5万吨", "新疆喀什地区今年出口番茄酱8万吨") and China's to a country named
			// ("中国向哈萨克斯坦出口禽肉") are trade with its neighbours.
			continue
		}
		if m.From != "" && m.From == m.To {
			// Goods shipped from a country to itself are no export: one of the two roles was misread, and
			// the destination is the better read of the two ("哈方称，对华出口的…": the speaker is no sender).
			m.From = ""
		}
		out = append(out, m)
		if m.From != "" && m.Change == "" && totalFrom == "" {
			totalFrom, totalEnd = m.From, b
		}
	}
	if len(out) == first+1 {
		out[first].Commodity = s.specific(out[first].Commodity)
	}
	s.relativeYears(mass, out[first:])
	s.respectively(out[first:], base+mass[0].start)
	if len(out)-first == len(mass) {
		s.sharedChange(mass, out[first:])
		s.respectiveTail(mass, out[first:])
		s.levelOfChange(mass, out[first:])
		s.sharedForecast(mass, out[first:])
		s.levelAfterConverb(mass, out[first:])
		s.levelParties(mass, out[first:])
	}
	return out
}

// levelParties gives the level a change moved a volume to the sides of the change, when the level names
// none of its own: in «сократил закупки казахстанского ячменя на 150 тыс. тонн, до 550 тыс. тонн,
// увеличив импорт из России до 1,2 млн тонн» the 550,000 tonnes are Kazakh barley's, not Russia's of
// the clause after. ms are the mentions of mass, one per figure.
func (s *sentence) levelParties(mass []quantity, ms []agrowatch.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].Change == "" || ms[i].Change == changeDiff || ms[i+1].Change != "" || ms[i].From == "" && ms[i].To == "" {
			continue
		}
		a, b := s.sp.start+mass[i].end, s.sp.start+mass[i+1].start
		if !levelLink(s.low[a:b], s.low[s.sp.start+mass[i+1].end:s.sp.end]) || s.countryBetween(a, s.sp.start+mass[i+1].end) {
			continue
		}
		ms[i+1].From, ms[i+1].To = ms[i].From, ms[i].To
	}
}

// countryBetween reports a country named in [a, b).
func (s *sentence) countryBetween(a, b int) bool {
	for _, c := range s.cs {
		if c.pos >= a && c.pos < b {
			return true
		}
	}
	return false
}

// levelAfterConverb reads a Kazakh change told by a converb and the figure after it told with the same
// verb of direction as the level reached: in "Qytaıǵa arpa eksporty 230 myń tonnaǵa azaıyp, 410 myń
// tonnaǵa tómendedi" exports fell by 230,000 tonnes to 410,000; two falls of one volume would say
// nothing. ms are the mentions of mass, one per figure.
func (s *sentence) levelAfterConverb(mass []quantity, ms []agrowatch.Mention) {
	if s.lang != "kk" {
		return
	}
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].Change == "" || ms[i+1].Change != ms[i].Change || ms[i].Change == changeDiff {
			continue
		}
		between := strings.TrimSpace(s.low[s.sp.start+mass[i].end : s.sp.start+mass[i+1].start])
		verb, ok := strings.CutSuffix(between, ",")
		if !ok || strings.ContainsAny(verb, ",;") {
			continue
		}
		if verb = strings.TrimSpace(verb); strings.HasSuffix(verb, "п") || strings.HasSuffix(verb, "p") {
			ms[i+1].Change = "" // "-ға азайып, … -ға төмендеді": the second dative is where it came to
		}
	}
}

// joinedWith reports a country code of role r that the figure's stretch [segA, segB) joins with
// another country of the same role by "и", "and", "және", "мен", 和 or 、: "в Таджикистан и
// Узбекистан", "Өзбекстан мен Тәжікстанға", "из Казахстана и России". (Kazakh gives the case to the
// last name only; countryRole gives it to both.) A country of a role other than r beside it is no
// second party.
func (s *sentence) joinedWith(code string, r role, segA, segB int) bool {
	for i := 0; i+1 < len(s.cs); i++ {
		c, d := s.cs[i], s.cs[i+1]
		if c.code == d.code || c.code != code && d.code != code || c.role != r && d.role != r ||
			c.region || d.region || d.pos < c.end || c.pos < segA || d.end > segB {
			continue
		}
		if other := func(x role) bool { return x != r && x != roleNone && x != roleObject }; other(c.role) || other(d.role) {
			continue
		}
		switch strings.TrimSpace(s.low[c.end:d.pos]) {
		case "и", "или", "and", "or", "және", "мен", "men", "jáne", "немесе", "nemese", "和", "及", "与", "、", "或":
			return true
		}
	}
	return false
}

// zhShortDest returns the country a Chinese sentence of exports names by its one-character short name
// after 对 or 向 ("对蒙蔬菜出口", "向俄出口", "對港出口"), when the character does not begin the full name (对蒙古国
// is read by the lexicon); else "". The lexicon cannot hold "对蒙": it would hide 蒙古国 of "对蒙古国牛羊肉".
// Of several, the last before the figure is its own: "哈萨克斯坦对俄出口牛肉2.1万吨，对吉出口羊肉6800吨".
func zhShortDest(low string) string {
	code, at := "", -1
	for _, p := range [...]string{"对", "向"} {
		for i := strings.Index(low, p); i >= 0; {
			rest := low[i+len(p):]
			c := ""
			for _, n := range zhShortNames {
				if strings.HasPrefix(rest, n.short) && !strings.HasPrefix(rest, n.full) && !zhShortPlace(rest) {
					c = n.code
					break
				}
			}
			if c == "" && strings.HasPrefix(rest, "港") && !strings.HasPrefix(rest, "港口") {
				c = "HK" // "對港出口牛肉": Hong Kong, named so only as a destination (连云港大豆 is a port's)
			}
			if c != "" && i > at {
				code, at = c, i
			}
			j := strings.Index(rest, p)
			if j < 0 {
				break
			}
			i += len(p) + j
		}
	}
	return code
}

// zhSaidCountry returns the country a Chinese 该国 ("the said country") before a at stands for: the last
// country the sentence names before it, other than not; else "".
func (s *sentence) zhSaidCountry(a int, not string) string {
	low := s.low[s.sp.start:a]
	i := max(strings.LastIndex(low, "该国"), strings.LastIndex(low, "該國"))
	if i < 0 {
		return ""
	}
	code := ""
	for _, c := range s.cs {
		if c.pos < s.sp.start+i && c.code != not {
			code = c.code
		}
	}
	return code
}

// zhShortOrigin returns the country a Chinese sentence names by its one-character short name right before
// goods ("哈小麦", "俄葵花籽"), the goods' origin as an adjective; else "".
func (s *sentence) zhShortOrigin() string {
	for _, h := range s.hits {
		if s.word(h).feat&fCommodity == 0 {
			continue
		}
		before, at := s.low[s.sp.start:h.pos], s.low[h.pos:h.end]
		short := strings.TrimSuffix(at, "麦") // "哈麦", "俄麦": wheat named with its country in one word
		if strings.HasSuffix(before, "哈") || short == "哈" {
			return "KZ"
		}
		for _, n := range zhShortNames {
			if strings.HasSuffix(before, n.short) || short == n.short {
				return n.code
			}
		}
	}
	return ""
}

// zhShortPlace reports Chinese places and brands that begin with a neighbour's one-character name: 塔城
// (Tacheng prefecture), 吉木乃 (Jeminay port), 吉林 (Jilin province), 蒙牛 (a dairy), 塔什干 (Tashkent).
func zhShortPlace(rest string) bool {
	for _, p := range [...]string{"塔城", "吉木乃", "吉林", "蒙牛", "塔什干"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// zhShortNames are neighbours' one-character names in Chinese trade news and the full names they begin.
var zhShortNames = [...]struct{ short, full, code string }{
	{"蒙", "蒙古", "MN"}, {"俄", "俄罗斯", "RU"}, {"吉", "吉尔吉斯", "KG"}, {"塔", "塔吉克", "TJ"},
}

// facilitySize reports a figure at [a, b) that measures a store or a terminal: a Kazakh unit made an
// adjective of a store ("40 мың тонналық элеватор", "tonnalyq elevator"), a Russian store sized with «на» («элеватор на 40
// тыс. тонн», «хранилище на 20 тыс. тонн»), a Chinese capacity (处理能力, 仓储能力, 库容). English writes
// "a 50,000-tonne terminal", which scanQuantities reads as no mass.
func (s *sentence) facilitySize(a, b int) bool {
	switch s.lang {
	case "kk":
		// "300 тонналық партия жөнелтілді" is a batch shipped: only a store or a plant is sized.
		head, rest := s.low[s.sp.start:b], s.low[b:s.sp.end]
		switch {
		case strings.HasSuffix(head, "тонналық") || strings.HasSuffix(head, "tonnalyq") || strings.HasSuffix(head, "тонналы"):
		case strings.HasPrefix(rest, "лық ") || strings.HasPrefix(rest, "lyq ") || strings.HasPrefix(rest, "лы "):
			rest = rest[strings.IndexByte(rest, ' '):]
		default:
			return false
		}
		rest = strings.TrimLeft(rest, " ")
		for _, stem := range [...]string{"элеватор", "elevator", "қойма", "qoıma", "терминал", "termınal", "зауыт", "zaýyt", "диірмен", "dıirmen"} {
			if strings.HasPrefix(rest, stem) {
				return true
			}
		}
	case "ru":
		p, at := prevToken(s.low, s.sp.start, a)
		for _, w := range [...]string{"до", "около", "более", "свыше", "порядка"} {
			if p == w {
				p, at = prevToken(s.low, s.sp.start, at)
				break
			}
		}
		if p != "на" {
			return false
		}
		noun, _ := prevToken(s.low, s.sp.start, at)
		for _, stem := range [...]string{"элеватор", "хранилищ", "зернохранилищ", "склад", "терминал", "мельниц", "завод"} {
			if strings.HasPrefix(noun, stem) {
				return true
			}
		}
	case "zh":
		head := strings.TrimSuffix(strings.TrimSuffix(s.low[s.sp.start:a], "为"), "达")
		return strings.HasSuffix(head, "能力") || strings.HasSuffix(head, "库容") || strings.HasSuffix(head, "容量")
	}
	return false
}

// levelOfChange gives the level a change moves to the change's forecast, and the change the level's:
// in "expects grain exports to fall by 2 million tonnes to 9 million tonnes", «снизится на 2 млн тонн
// до 9 млн тонн», "将减少200万吨至900万吨" the word of forecast stands before one figure and governs both.
// ms are the mentions of mass in order.
func (s *sentence) levelOfChange(mass []quantity, ms []agrowatch.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].Change == "" || ms[i+1].Change != "" || ms[i].Forecast == ms[i+1].Forecast {
			continue
		}
		if levelLink(s.low[s.sp.start+mass[i].end:s.sp.start+mass[i+1].start], s.low[s.sp.start+mass[i+1].end:s.sp.end]) {
			f := ms[i].Forecast || ms[i+1].Forecast
			ms[i].Forecast, ms[i+1].Forecast = f, f
		}
	}
}

// sharedForecast gives two figures joined as objects of one verb its forecast, whichever side the verb
// stands: "plans to export 200,000 tonnes of wheat and 15,000 tonnes of sunflower oil", «подписаны
// контракты на поставку … 200 тыс. тонн пшеницы и 15 тыс. тонн подсолнечного масла», "… 300 мың тонна
// арпа және 50 мың тонна жасымық экспорттауды жоспарлап отыр". Between the two stand only the first's
// goods and "and", no clause break and no verb of its own. ms are the mentions of mass in order.
func (s *sentence) sharedForecast(mass []quantity, ms []agrowatch.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].Forecast == ms[i+1].Forecast || ms[i].Change != "" || ms[i+1].Change != "" {
			continue
		}
		a, b := s.sp.start+mass[i].end, s.sp.start+mass[i+1].start
		between := s.low[a:b]
		if strings.ContainsAny(between, ",;:()，；：。") || !containsAny(between, " and ", " и ", " және ", " jáne ", " men ", "和", "、") {
			continue
		}
		if s.featsIn(a, b)&(fExport|fImport|fShip|fForecast) == 0 {
			ms[i].Forecast, ms[i+1].Forecast = true, true
		}
	}
}

// levelLink reports the words between a change and the figure after it (between), and those after that
// figure (after), that make the figure the level the change moves to: "to", «до», 至, 到, or a Kazakh
// "…-ға қысқарып, 9 млн тоннаға дейін".
func levelLink(between, after string) bool {
	// "вырастет на 1,5 млн тонн, до 11 млн тонн", "将增加20万吨，达到80万吨": a comma may stand before the link.
	link := strings.TrimSpace(between)
	link = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(link, ","), "，"))
	switch link {
	case "to", "до", "至", "到", "to reach", "to about", "to around", "до уровня", "达到", "增至", "降至":
		return true
	}
	if len(between) > 48 || strings.ContainsAny(between, ".;") {
		return false
	}
	for _, c := range [...]string{"ға", "ге", "ǵa", "ge", "qa", "ke", "қа", "ке"} {
		after = strings.TrimPrefix(after, c)
	}
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "дейін") || strings.HasPrefix(after, "deıin")
}

// eventDate reports a period that dates another event than the shipment: the signing of a deal or the
// imposing, lifting or holding of a ban, named just before it in Russian and English ("a contract signed in
// May", «подписанному в 2024 году», «после снятия запрета в марте 2025 года», "lifted the ban in March",
// «ограничения, действовавшие с 2019 года», "restrictions in force since 2019")
// and soon after it in Kazakh and Chinese ("наурызда тыйым алынғаннан бері", "2025年3月解除禁令以来").
func (s *sentence) eventDate(p period) bool {
	switch s.lang {
	case "ru", "en":
		at := p.pos
		for range 3 {
			var w string
			if w, at = prevToken(s.low, s.sp.start, at); w == "" || strings.ContainsAny(s.low[at+len(w):p.pos], ",;:") {
				return false // "Согласно подписанному контракту, в 2027 году будет отгружено": the comma closes the deal's phrase
			}
			for _, stem := range [...]string{"signed", "lifted", "imposed", "introduced", "ban", "force", "effect", "подписан", "подписал",
				"снят", "снял", "введен", "введён", "ввел", "ввёл", "запрет", "ограничени", "действова", "действующ"} {
				if strings.HasPrefix(w, stem) {
					return true
				}
			}
			if hasAnyPrefix(w, "shipment", "delivery", "поставк", "отгрузк") {
				// "a tender for 25,000 tonnes …, for shipment by rail in January", «тендер на закупку … с
				// поставкой в январе–марте»: the term of delivery, not the figure's time.
				if t, _ := prevToken(s.low, s.sp.start, at); t == "for" || t == "с" || t == "со" {
					return true
				}
			}
		}
	case "kk", "zh":
		// The event may follow a second phrase of the date: "2025 жылы наурызда тыйым алынғаннан бері".
		rest := s.low[p.end:min(p.end+40, s.sp.end)]
		if i := strings.IndexAny(rest, ",，"); i >= 0 {
			rest = rest[:i]
		}
		return containsAny(rest, "тыйым", "tyıym", "шектеу", "shekteý", "қол қой", "qol qoı", "签署", "签订", "解除", "实施", "暂停", "禁令",
			"күшінде", "kúshinde")
	}
	return false
}

// exportAfterImport returns the sides of an export told in a clause of its own after an import
// ("Казахстан ввез из Узбекистана 120 тыс. тонн овощей, а вывез туда 300 тыс. тонн муки", "imported …
// from Uzbekistan and sent … there"), whose exporter from came from the import's clause: the importer
// ships, to the country it imported from when the clause names no other. With no importer read, the
// sides carried over are dropped rather than read backwards.
func (s *sentence) exportAfterImport(from, to string, segA, segB int) (string, string) {
	imp := ""
	for _, c := range s.cs {
		if c.role == roleAgent && !c.region && s.tradeSense(c) == fImport {
			imp = c.code
			break
		}
	}
	if to != "" && !s.codeIn(to, segA, segB) {
		to = "" // the destination of the import, carried over
	}
	if imp == "" || imp == from {
		return "", to
	}
	if to == "" || to == imp {
		to = from // "вывез туда": back to where it imported from
	}
	return imp, to
}

// codeIn reports a country code the sentence names in [a, b).
func (s *sentence) codeIn(code string, a, b int) bool {
	for _, c := range s.cs {
		if c.code == code && c.pos >= a && c.pos < b {
			return true
		}
	}
	return false
}

// measuredBefore reports a word of harvest, stocks or processing right before the figure at a, "of"
// at most between them: «из собранных 17,1 млн тонн», "processed 120,000 tonnes", "stocks of 2 Mt".
func (s *sentence) measuredBefore(a int) bool {
	if !s.has(fNonTrade) {
		return false
	}
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if int(h.end) > a {
			continue
		}
		gap := strings.TrimSpace(s.low[h.end:a])
		f := s.word(h).feat
		return (gap == "" || gap == "of") && f&fNonTrade != 0 && f&(fExport|fImport|fShip) == 0 && s.word(h).code != codeTransit
	}
	return false
}

// codeTransit marks the lexicon's words of transit: "транзит", "transit", "tranzıt", 过境.
const codeTransit = "transit"

// inTransit reports a word of transit among the sentence's hits.
func (s *sentence) inTransit() bool {
	if !s.has(fNonTrade) {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).code == codeTransit {
			return true
		}
	}
	return false
}

// transitTrade reports a stretch [lo, hi) that names goods in transit, whose every word of trade is
// the transit's own: "Transit shipments of Russian grain … reached 2.6 million tonnes",
// «транзитный экспорт», "transit exports". A word of transit right before a word of trade makes it
// carriage across a country, no trade of either end; a word of trade of its own ("Kazakhstan exported
// …, while transit shipments …") keeps the stretch a shipment.
func (s *sentence) transitTrade(lo, hi int) bool {
	if !s.has(fNonTrade) {
		return false
	}
	transit, tradeSeen, after := false, false, -1
	for _, h := range s.hits {
		if int(h.pos) < lo || int(h.end) > hi {
			continue
		}
		w := s.word(h)
		if w.code == codeTransit {
			transit, after = true, int(h.end)
			continue
		}
		if w.feat&(fExport|fImport|fShip) == 0 {
			continue
		}
		if after < 0 || gapWords(s.low, after, int(h.pos)) != 0 {
			return false
		}
		tradeSeen = true
	}
	return transit && tradeSeen
}

// nonTradeSubject reports a figure at a whose sentence opens with a stock, a harvest or a capacity and
// names shipments only on the way, in an aside: the first word of goods' fate before the figure is one
// of no trade, and the figure's own clause has no word of trade.
func (s *sentence) nonTradeSubject(a int) bool {
	const trade = fExport | fImport | fShip | fVolume
	if !s.has(fNonTrade) {
		return false
	}
	for _, h := range s.hits {
		if int(h.pos) >= a {
			return false
		}
		if f := s.word(h).feat & (fNonTrade | trade); f != 0 {
			if f == fNonTrade && hasAnyPrefix(s.low[h.pos:], "переработчик", "өңдеуші", "óńdeýshi") {
				continue // «Казахстанские переработчики … отгрузили»: the processors are who ships
			}
			if f != fNonTrade {
				return false
			}
			break
		}
	}
	ca, cb := s.clause(a)
	return s.featsIn(ca, cb)&trade == 0
}

// exporterOfBuyers returns the country the buyers of the sentence buy from: the article's subject, but
// never one of the buyers listed beside ("Ең көп сатып алған Өзбекстан – 1,8 млн тонна, одан кейін
// Тәжікстан – 690 мың тонна" names two buyers, neither the other's exporter); of the other countries the
// one named most, else Kazakhstan, the country the news is about.
func (s *sentence) exporterOfBuyers(to string) string {
	c := s.x.articleSubject(s.tp, s.all, s.lang, to)
	if c == "" || !s.listedBuyer(c) {
		return c
	}
	best := s.tp.mostNamed(func(code string) bool { return code != to && !s.listedBuyer(code) })
	if best == "" && to != "KZ" {
		best = "KZ"
	}
	return best
}

// listedBuyer reports a country the sentence names as a buyer, an item of a list of destinations, or
// the subject of a verb of buying ("乌兹别克斯坦采购150万吨，中国采购78万吨").
func (s *sentence) listedBuyer(code string) bool {
	for _, c := range s.cs {
		if c.code == code && (c.buyer || c.item && c.role == roleDest || c.role == roleAgent && s.tradeSense(c) == fImport) {
			return true
		}
	}
	return false
}

// forecastFor reports a word of forecast in the figure's stretch [segA, segB) that is the figure's: a
// word of readiness, ability or hope ("ready to", «надеются», "үміттенеді", 希望) in a later clause than
// the figure's hopes for what comes next ("shipped 4,300 tonnes in 2023, and exporters hope to return to
// that level"), not for the figure.
func (s *sentence) forecastFor(segA, segB, a int) bool {
	ca, cb := s.clause(a)
	arrived := s.lang == "zh" && containsAny(s.low[ca:cb], zhArrived[:]...)
	for _, h := range s.hits {
		if int(h.pos) < segA || int(h.pos) >= segB || s.word(h).feat&fForecast == 0 {
			continue
		}
		if arrived && int(h.pos) >= cb {
			continue // "首批約22公噸…昨日經空運抵港，將供應本地酒樓": the goods came; what they will be used for is the clause after's
		}
		if dealWords[s.word(h).pat] && s.underDeal(h) {
			continue // "shipped … under a contract", «по контракту … отгружено»: the deal was made, the goods went
		}
		if planFrames[s.word(h).pat] && s.shippedUnderPlan() {
			continue // "shipped … in line with the plan", «отгружено согласно плану»: the plan was met
		}
		if int(h.pos) < cb || !hopeWords[s.word(h).pat] {
			return true
		}
	}
	return false
}

// zhArrived tell in a Chinese figure's own clause that its goods came or were shipped.
var zhArrived = [...]string{"已", "了", "运抵", "抵达", "昨日", "日前"}

// dealWords are the words of forecast that name a deal: a figure shipped under one is no plan.
var dealWords = withKKKeys(map[string]bool{"contract": true, "agreement": true, "deal": true, "контракт": true,
	"договор": true, "договора": true, "договору": true, "соглашени": true, "келісімшарт": true, "келісім": true,
	"kelisimshart": true, "kelisim": true, "合同": true, "协议": true, "tender": true, "тендер": true})

// planFrames are the words of a plan that frame a shipment, «согласно плану», "under the plan": whether
// the goods went is told by the verb.
var planFrames = map[string]bool{"плану": true, "plan": true}

// shippedUnderPlan reports a sentence whose shipment was made (shippedDone) and is not still to come.
func (s *sentence) shippedUnderPlan() bool {
	low := s.low[s.sp.start:s.sp.end]
	return shippedDone.in(s.lang, low) && !stillToShip.in(s.lang, low)
}

// underDeal reports a deal word h governed as the frame of a shipment: "under a contract", «по
// контракту», «в рамках соглашения», 根据合同, 按照协议. Whether the figure is
// still to come is then said by the sentence's other words of forecast («будет», "will", 将).
func (s *sentence) underDeal(h hit) bool {
	if !shippedDone.in(s.lang, s.low[s.sp.start:s.sp.end]) || stillToShip.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		return false // "Under the agreement, Kazakhstan is to supply…", «должен поставить»: the deal's terms
	}
	// The frame word may stand a few words before the deal: "under a bilateral agreement", «в рамках
	// межправительственного соглашения», «по подписанному контракту».
	at := int(h.pos)
	for n := 0; n < 3; n++ {
		var p string
		if p, at = prevToken(s.low, s.sp.start, at); p == "" {
			break
		}
		switch p {
		case "under", "по", "рамках", "итогам":
			return true // «по итогам тендера … отгружено»
		}
		if !dealModifier(p) {
			break
		}
	}
	if s.lang == "kk" {
		// «келісім бойынша … жеткізілді», "kelisim aıasynda … satyp aldy": the frame follows the deal, and
		// only a past verb (shippedDone) says the goods went; «жеткізеді» is left a forecast.
		w, st := nextToken(s.low, int(h.pos), s.sp.end)
		next, _ := nextToken(s.low, st+len(w), s.sp.end)
		switch next {
		case "бойынша", "аясында", "boıynsha", "aıasynda":
			return true
		}
	}
	ca, _ := s.clause(int(h.pos))
	return s.lang == "zh" && containsAny(s.low[ca:h.pos], "根据", "按照", "依据", "依照") // "根据5月签署的合同": the frame opens the clause
}

// dealModifier reports a word that may stand between a frame word and its deal: an article or an
// adjective or participle ("a bilateral", "the signed", «межправительственного», «подписанному»).
func dealModifier(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "this", "state", "government", "public", "open", "new":
		return true
	}
	for _, e := range [...]string{"al", "ed", "term", "ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ых", "их"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// shippedDone are the words of a shipment made: the past of a verb of shipping, buying or arriving, 已 and 了.
var shippedDone = langWords{
	ru: []string{"отгружен", "поставлен", "экспортирован", "отправлен", "вывезен", "поставил", "отгрузил",
		"экспортировал", "отправил", "вывез", "купил", "закупил", "закуплен", "приобрел", "приобрёл", "приобретен",
		"импортировал", "прибыл", "доставлен"},
	kk: []string{"жеткізілді", "жеткізді", "жөнелтілді", "жөнелтті", "экспортталды", "экспорттады", "сатып алды",
		"jetkizildi", "jetkizdi", "jóneltildi", "jóneltti", "eksporttaldy", "eksporttady", "satyp aldy", "келіп жетті",
		"kelip jetti"},
	en: []string{"shipped", "delivered", "exported", "supplied", "were sent", "was sent", "dispatched", "bought",
		"purchased", "imported", "arrived"},
	zh: []string{"已", "了"},
}

// stillToShip are the words that put a shipment made under a deal still to come.
var stillToShip = langWords{
	ru: []string{"будет", "будут", "должн", "предстоит"},
	en: []string{"to be ", "will ", "is to ", "are to ", "would ", "shall "},
	zh: []string{"将", "要", "拟"},
}

// hopeWords are the words of forecast that govern only their own clause.
var hopeWords = withKKKeys(map[string]bool{"надеется": true, "надеются": true, "ready to": true, "able to": true,
	"hopes to": true, "hope to": true, "hoping to": true,
	"capable of": true, "有能力": true, "能力": true, "希望": true, "愿意": true, "үміттен": true, "úmitten": true,
	"дайын": true, "дайынбыз": true, "daıyn": true, "daıynbyz": true})

// partnerOf returns the other of two countries joined as the subject of the sentence ("Казахстан и
// Китай", "Qazaqstan men Qytaı", "Kazakhstan and China"), when one of them is from; else "".
func (s *sentence) partnerOf(from string) string {
	if len(s.cs) != 2 || s.cs[0].role != roleAgent || s.cs[0].code == s.cs[1].code {
		return ""
	}
	// "哈萨克斯坦与伊朗签署了…合同": the Chinese partner after 与 is a side of the deal too.
	zh := s.cs[1].pos >= s.cs[0].end && zhJoined(s.low[s.cs[0].end:s.cs[1].pos])
	if s.cs[1].role != roleAgent && !(zh && s.cs[1].role == roleNone) {
		return ""
	}
	if p, _ := prevToken(s.low, s.sp.start, s.cs[1].pos); !zh && (!isConj(p) || gapWords(s.low, s.cs[0].end, s.cs[1].pos) != 1) {
		return ""
	}
	switch from {
	case s.cs[0].code:
		return s.cs[1].code
	case s.cs[1].code:
		return s.cs[0].code
	}
	return ""
}

// destsBetween counts the countries named as destinations in [lo, hi).
func (s *sentence) destsBetween(lo, hi int) int {
	n := 0
	for _, c := range s.cs {
		if c.role == roleDest && c.pos >= lo && c.pos < hi {
			n++
		}
	}
	return n
}

// betweenSides returns the two countries a sentence names as the sides of a deal between them
// («между Казахстаном и Китаем», "between Kazakhstan and China", «Қазақстан мен Қытай арасында»,
// 哈萨克斯坦与中国之间) as exporter and buyer: the exporter is the country the article is about, and
// when that is neither side, which one ships is not said.
func (s *sentence) betweenSides() (from, to string) {
	if len(s.cs) != 2 || s.cs[0].code == s.cs[1].code || s.cs[1].pos < s.cs[0].end {
		return "", ""
	}
	c0, c1 := s.cs[0], s.cs[1]
	before, _ := prevToken(s.low, s.sp.start, c0.pos)
	after, _ := nextToken(s.low, c1.end, s.sp.end)
	zh := zhJoined(s.low[c0.end:c1.pos])
	if !(before == "между" || before == "between" || after == "арасында" || after == "arasynda" || zh && strings.HasPrefix(s.low[c1.end:s.sp.end], "之间")) {
		return "", ""
	}
	if p, _ := prevToken(s.low, s.sp.start, c1.pos); !zh && (!isConj(p) || gapWords(s.low, c0.end, c1.pos) != 1) {
		return "", ""
	}
	switch home := s.homeCountry(""); home {
	case c0.code:
		return c0.code, c1.code
	case c1.code:
		return c1.code, c0.code
	}
	return "", ""
}

// dealPartner returns the one country the sentence names as the partner of a deal ("с китайской
// компанией", "with an Iranian company", "Қытай компаниясымен"), if it is neither side already read.
func (s *sentence) dealPartner(from, to string) string {
	found := ""
	for _, c := range s.cs {
		if !c.partner || c.region || c.code == from || c.code == to {
			continue
		}
		if found != "" && found != c.code {
			return "" // partners of two countries: which one receives is not said
		}
		found = c.code
	}
	return found
}

// zhJoined reports the word that joins two Chinese subjects: "哈萨克斯坦与伊朗签署了…合同".
func zhJoined(between string) bool {
	switch between {
	case "与", "同", "和", "及", "跟":
		return true
	}
	return false
}

// buyerNamed reports a country of the sentence that took or received the figure after it, or an item
// of a list of buyers: "Iran received 240,000 tonnes", "China took 510,000 tonnes" tell a purchase
// from the buyer's side.
func (s *sentence) buyerNamed(code string) bool {
	for _, c := range s.cs {
		if c.code == code && (c.buyer || c.item && c.role == roleDest && s.has(fPurchase)) {
			return true // "…, Иран – 310 тыс. тонн" after "Больше всего закупил Китай – 1,6 млн тонн"
		}
	}
	return false
}

// relativeYears dates a figure that a comparison places a year before or after another one: "rising
// from 80,400 tons in January–April 2024 to 131,900 tons a year later" is 2025's, "выросли до 131,9 тыс.
// тонн с 80,4 тыс. тонн годом ранее" in 2025 is 2024's. The figure keeps no period of its own text but
// the relative phrase, and its year is the other figure's (or the sentence's) moved by one. ms are the
// mentions of mass in order; a figure dropped on the way leaves the sentence alone.
func (s *sentence) relativeYears(mass []quantity, ms []agrowatch.Mention) {
	if len(ms) < 2 || len(ms) != len(mass) {
		return // one figure has no other to be dated from
	}
	if low := s.low[s.sp.start:s.sp.end]; !containsAny(low, "year", "season", "годом", "годами", "год ", "года ", "сезон", "жыл", "jyl", "былтыр", "byltyr", "上年", "去年", "年后", "次年") {
		return // no relative phrase can follow a figure: spare the per-figure reading
	}
	var delta [8]int
	var phrase [8]string
	any := false
	for i, q := range mass {
		if i >= len(delta) {
			return
		}
		b := s.sp.start + q.end
		_, cb := s.clause(b - 1)
		if i+1 < len(mass) {
			// The phrase is the figure's only before the next figure: in "96 тыс. тонн против 131 тыс.
			// тонн годом ранее" the year before is the second's.
			cb = min(cb, s.sp.start+mass[i+1].start)
		}
		w := s.low[b:wordsEnd(s.low, b, cb, 6)] // the words nextWords would read, not copied
		if s.lang == "kk" && i+1 < len(mass) {
			if _, d := kkYearAfter(s.low[b : s.sp.start+mass[i+1].start]); d != 0 {
				w = "" // "…тоннадан бір жылдан кейін 118,6 мың тоннаға": the phrase is the next figure's
			}
		}
		for _, r := range relativeYearWords {
			if j := strings.Index(w, r.w); j >= 0 && (j == 0 || w[j-1] == ' ') {
				delta[i], phrase[i], any = r.d, r.w, true
				break
			}
		}
		if delta[i] == 0 && i > 0 {
			// «…, годом позже — 1,38 млн тонн», "…, and a year later 1.38 million tonnes": the phrase is
			// the whole clause before the figure.
			if p, d := relativeClause(s.low[s.sp.start+mass[i-1].end : s.sp.start+q.start]); d != 0 {
				delta[i], phrase[i], any = d, p, true
			}
		}
		if delta[i] == 0 && i > 0 && (s.lang == "zh" || s.lang == "kk") {
			// Chinese and Kazakh name the year before the figure: "…9.6万吨，上年同期为13.1万吨", "…,
			// бір жыл бұрын 131 мың тонна болған".
			if p := yearBefore(s.low[s.sp.start+mass[i-1].end : s.sp.start+q.start]); p != "" {
				delta[i], phrase[i], any = -1, p, true
			}
		}
		if delta[i] == 0 && i > 0 && s.lang == "kk" {
			// "62,3 мың тоннадан бір жыл өткен соң 118,6 мың тоннаға дейін өсті": Kazakh names the year after
			// right before the figure it dates, in the one clause of the rise.
			if p, d := kkYearAfter(s.low[s.sp.start+mass[i-1].end : s.sp.start+q.start]); d != 0 {
				delta[i], phrase[i], any = d, p, true
			}
		}
		if delta[i] == 0 && i == 0 && i+1 < len(mass) && s.lang == "zh" {
			// "…大麦由上年同期的8.2万吨增至21.5万吨": the base of a rise or fall named by the same months of
			// the year before, the figure after it the sentence's own.
			a, _ := s.clause(s.sp.start + q.start)
			head := s.low[a : s.sp.start+q.start]
			for _, p := range [...]string{"上年同期", "去年同期"} {
				if hasAnySuffix(head, "由"+p+"的", "从"+p+"的") {
					delta[i], phrase[i], any = -1, p, true
					break
				}
			}
		}
		if delta[i] == 0 && i > 0 && s.lang == "zh" {
			// "2023年…为4.52万吨，一年后增至13.19万吨": the clause opens with the year after.
			if p := zhYearAfter(s.low[s.sp.start+mass[i-1].end : s.sp.start+q.start]); p != "" {
				delta[i], phrase[i], any = 1, p, true
			} else if zhTwoYearsAfter(s.low[s.sp.start+mass[i-1].end : s.sp.start+q.start]) {
				delta[i], phrase[i], any = 2, "两年后", true
			}
		}
	}
	if !any {
		return
	}
	ref := 0
	for i, m := range ms {
		if delta[i] == 0 && m.Year != 0 && m.Change == "" {
			if ref != 0 && ref != m.Year {
				return // figures of two years already: which one is compared is not clear
			}
			ref = m.Year
		}
	}
	if ref == 0 {
		// No year to count from ("in the 2025/26 marketing year, up from 240,000 tonnes a season earlier"):
		// the figure placed before or after is not of the other's period either.
		for i := range ms {
			if delta[i] != 0 && ms[i].Change == "" {
				ms[i].Year, ms[i].Period = 0, phrase[i]
			}
		}
		return
	}
	for i := range ms {
		if delta[i] != 0 && ms[i].Change == "" {
			ms[i].Year, ms[i].Period = ref+delta[i], phrase[i]
		}
	}
}

// relativeClause returns the phrase of relativeYearWords that is the whole last clause or bracket of
// head, the words between a figure and the one after it ("…, годом позже — ", "… (годом ранее – ", "…,
// тогда как годом ранее — ", "…, whereas a year earlier "), and the years it moves; else "", 0.
func relativeClause(head string) (string, int) {
	i := strings.LastIndexAny(head, ",;(")
	if i < 0 {
		return "", 0
	}
	head = strings.TrimSpace(head[i+1:])
	head = strings.TrimSpace(strings.TrimRight(head, "—–-:"))
	for _, c := range relativeLinks {
		if rest, ok := strings.CutPrefix(head, c); ok {
			head = rest
			break
		}
	}
	for _, r := range relativeYearWords {
		if strings.HasPrefix(head, r.w) && (len(head) == len(r.w) || head[len(r.w)] == ' ') {
			return r.w, r.d // "…, бір жылдан кейін бұл көрсеткіш 131,9 мың тоннаға жетті": the clause opens with it
		}
	}
	return "", 0
}

// relativeLinks join a clause of contrast or addition to the figure before it: the relative phrase
// that opens the clause comes after them.
var relativeLinks = [...]string{"тогда как ", "в то время как ", "при этом ", "однако ", "а ", "и ", "whereas ",
	"while ", "but ", "and ", "бірақ ", "biraq ", "ал ", "al "}

// zhYearAfter returns the phrase of the year after that opens the last clause of head, the words
// between a figure and the one after it: "一年后", "次年", "第二年"; else "".
func zhYearAfter(head string) string {
	i := strings.LastIndex(head, "，")
	if i < 0 {
		return ""
	}
	head = head[i+len("，"):]
	for _, p := range [...]string{"一年后", "次年", "第二年"} {
		if strings.HasPrefix(head, p) {
			return p
		}
	}
	return ""
}

// negatedFigure reports the figure at [a, b) told as not the one: "exported 287,000 tonnes, not 387,000
// tonnes as stated earlier", «287 тыс. тонн, а не 387 тыс.», «287 мың тонна, 387 мың тонна емес». A bound
// negated ("not less than", «не менее») leaves the figure after it.
func (s *sentence) negatedFigure(a, b int) bool {
	if s.lang == "kk" {
		w, _ := nextToken(s.low, b, s.sp.end)
		return w == "емес" || w == "emes"
	}
	p, _ := prevToken(s.low, s.sp.start, a)
	return p == "not" || p == "не"
}

// nonTradeNamesOnly reports words of harvest or processing in s.low[a:b] that only name the crop the
// goods are of ("Turkish buyers have booked 300,000 tonnes of Kazakh durum wheat from the new crop",
// «пшеницы нового урожая», "new-crop wheat", «жаңа егіннен») or the processors who receive them («Еще 74
// тыс. тонн получили переработчики из Узбекистана»). They measure no harvest and no milling.
func (s *sentence) nonTradeNamesOnly(a, b int) bool {
	found := false
	for _, h := range s.hits {
		if int(h.pos) < a || int(h.end) > b || s.word(h).feat&fNonTrade == 0 {
			continue
		}
		p, _ := prevToken(s.low, a, int(h.pos))
		if !newWords[p] && !strings.HasSuffix(s.low[:h.pos], "new-") && !s.processorsReceive(int(h.pos)) {
			return false
		}
		found = true
	}
	return found
}

// processorsReceive reports a noun of processors at pos that a country follows as the buyer's
// («переработчики из Узбекистана» after «получили»).
func (s *sentence) processorsReceive(pos int) bool {
	if !hasAnyPrefix(s.low[pos:], processorNouns.of(s.lang)...) {
		return false
	}
	for _, c := range s.cs {
		if c.buyer && c.pos > pos && c.pos-pos < 40 {
			return true
		}
	}
	return false
}

// newWords are the adjectives of a new crop: "new", «нового», "жаңа".
var newWords = withKKKeys(map[string]bool{"new": true, "нового": true, "новый": true, "новом": true, "жаңа": true, "jańa": true})

// kkYearAfter returns the Kazakh phrase of the year after that ends head, the words between a figure
// and the one after it ("…тоннадан бір жыл өткен соң "), and the years it moves; else "", 0.
func kkYearAfter(head string) (string, int) {
	head = strings.TrimSpace(head)
	for _, p := range [...]string{"бір жыл өткен соң", "bir jyl ótken soń", "бір жылдан кейін", "bir jyldan keıin", "бір жыл өткенде",
		"bir jyl ótkende"} {
		if strings.HasSuffix(head, p) && (len(head) == len(p) || head[len(head)-len(p)-1] == ' ') {
			return p, 1
		}
	}
	return "", 0
}

// zhTwoYearsAfter reports "两年后" opening the last clause of head, as zhYearAfter reads "一年后".
func zhTwoYearsAfter(head string) bool {
	i := strings.LastIndex(head, "，")
	return i >= 0 && strings.HasPrefix(head[i+len("，"):], "两年后")
}

// yearBefore returns the phrase of the year before that makes the last clause of head, the words
// between a figure and the one after it: "上年同期为" in Chinese, "бір жыл бұрын" in Kazakh; else "".
func yearBefore(head string) string {
	if i := strings.LastIndexAny(head, ",，;；"); i >= 0 {
		head = head[i:]
		head = head[strings.IndexAny(head, ",;")+1:]
		head = strings.TrimPrefix(strings.TrimPrefix(head, "，"), "；")
	} else {
		return "" // one clause: the figure before is the subject's, not another year's
	}
	head = strings.TrimSpace(head)
	for _, p := range [...]string{"上年同期", "去年同期", "上年", "去年"} {
		if rest, ok := strings.CutPrefix(head, p); ok && (rest == "为" || rest == "是" || rest == "仅为" || rest == "的" || rest == "则为") {
			return p
		}
	}
	for _, p := range [...]string{"бір жыл бұрын", "bir jyl buryn", "былтыр", "byltyr"} {
		if strings.HasSuffix(head, p) && (len(head) == len(p) || head[len(head)-len(p)-1] == ' ') {
			return p
		}
	}
	return ""
}

// yearAwayBefore returns where in head (the figure's stretch up to it) the phrase is that places
// it a year from the shipment the article reported, and the years it moves: «Годом ранее», "a year
// earlier", "buǵan deıingi jyly"; else an empty span and 0. Chinese is left alone: "与上年同期相比" before a figure
// compares, and the figure is this year's.
func yearAwayBefore(lang, head string) (span, int) {
	for _, w := range yearAwayWords {
		if i := strings.Index(head, w.w); i >= 0 && w.lang == lang {
			return span{start: i, end: i + len(w.w)}, w.d
		}
	}
	return span{}, 0
}

// yearAwayWords open a sentence whose figure is of the period before, a year away.
var yearAwayWords = [...]struct {
	lang, w string
	d       int
}{
	{"ru", "годом ранее", -1}, {"ru", "годом раньше", -1}, {"ru", "годом позже", 1}, {"ru", "годом позднее", 1},
	{"ru", "год назад", -1}, {"ru", "год спустя", 1},
	{"en", "a year earlier", -1}, {"en", "a year before", -1}, {"en", "the year before", -1},
	{"en", "the previous year", -1}, {"en", "a year ago", -1}, {"en", "a year later", 1},
	{"kk", "бұған дейінгі жылы", -1}, {"kk", "buǵan deıingi jyly", -1}, {"kk", "бір жыл бұрын", -1},
	{"kk", "bir jyl buryn", -1}, {"kk", "өткен жылы", -1}, {"kk", "ótken jyly", -1},
	{"kk", "бір жылдан кейін", 1}, {"kk", "bir jyldan keıin", 1},
}

// relativeYearWords place a figure a year from the one it is compared with.
var relativeYearWords = [...]struct {
	w string
	d int
}{
	{"a year later", 1}, {"one year later", 1}, {"a year earlier", -1}, {"a year before", -1}, {"a year ago", -1},
	{"the year before", -1}, {"the previous year", -1}, {"годом ранее", -1}, {"годом раньше", -1},
	{"годом позже", 1}, {"год спустя", 1}, {"годом позднее", 1}, {"год назад", -1},
	{"бір жыл бұрын", -1}, {"bir jyl buryn", -1}, {"бір жылдан кейін", 1}, {"bir jyldan keıin", 1},
	{"a season earlier", -1}, {"a season before", -1}, {"the previous season", -1}, {"a season ago", -1},
	{"сезоном ранее", -1}, {"сезоном раньше", -1},
	// Two years away: "two years later", «двумя годами ранее», "екі жылдан кейін".
	{"two years later", 2}, {"two years earlier", -2}, {"two years before", -2}, {"two years ago", -2},
	{"двумя годами ранее", -2}, {"двумя годами позже", 2}, {"два года спустя", 2}, {"через два года", 2},
	{"екі жыл бұрын", -2}, {"eki jyl buryn", -2}, {"екі жылдан кейін", 2}, {"eki jyldan keıin", 2},
}

// respectively binds the figures of a sentence to its destinations in order when it says so: "400
// and 250 thousand tonnes to Uzbekistan and Afghanistan respectively", "соответственно", "тиісінше",
// "分别".
func (s *sentence) respectively(ms []agrowatch.Mention, firstFigure int) {
	if len(ms) < 2 {
		return
	}
	low := s.low[s.sp.start:s.sp.end]
	if !strings.Contains(low, "respectively") && !strings.Contains(low, "соответственно") &&
		!strings.Contains(low, "тиісінше") && !strings.Contains(low, "tıisinshe") && !strings.Contains(low, "分别") {
		return
	}
	var dests []string
	for _, c := range s.cs {
		if c.role == roleDest && !c.region && (len(dests) == 0 || dests[len(dests)-1] != c.code) {
			dests = append(dests, c.code)
		}
	}
	if len(dests) != len(ms) {
		// "俄罗斯和哈萨克斯坦分别向中国出口小麦150万吨和80万吨": the exporters, in order.
		var srcs []string
		for _, c := range s.cs {
			if (c.role == roleAgent || c.role == roleSource) && !c.region && !c.reporter && (len(srcs) == 0 || srcs[len(srcs)-1] != c.code) {
				srcs = append(srcs, c.code)
			}
		}
		if len(srcs) == len(ms) && len(dests) <= 1 {
			for i := range ms {
				ms[i].From = srcs[i]
			}
			return
		}
		s.respectiveGoods(ms, firstFigure)
		return
	}
	for i := range ms {
		ms[i].To = dests[i]
		if ms[i].From == ms[i].To {
			ms[i].From = ""
		}
	}
}

// sharedChange gives two figures joined by a conjunction alone, the unit written once, the change one
// of them states: "на 31,4 и 12,6 тыс. тонн больше", "up by 31,400 and 12,600 tonnes", "31,4 және 12,6
// мың тоннаға артық", "增加31.4和12.6万吨". ms are the mentions of mass, one per figure.
func (s *sentence) sharedChange(mass []quantity, ms []agrowatch.Mention) {
	for i := 0; i+1 < len(ms); i++ {
		if (ms[i].Change == "") == (ms[i+1].Change == "") {
			continue
		}
		between := strings.TrimSpace(s.low[s.sp.start+mass[i].end : s.sp.start+mass[i+1].start])
		if !isConj(between) {
			continue
		}
		k := i // the figure that would take the change
		if ms[i].Change != "" {
			k = i + 1
		}
		if s.levelBefore(s.sp.start + mass[k].start) {
			continue // "dropped to 1.4 million tonnes, 500,000 tonnes below …": the level moved to is no change
		}
		if ms[i].Change == "" {
			ms[i].Change = ms[i+1].Change
			ms[i].Period, ms[i].Year = "", 0 // a change is not dated by the period compared
		} else {
			ms[i+1].Change = ms[i].Change
			ms[i+1].Period, ms[i+1].Year = "", 0
		}
	}
}

// levelBefore reports the word right before the figure at a that makes it the level a volume moved
// to or stands at: "fell to", «снизился до», "增至", "totaled", «составил», "为" (a bound word such as
// "about", «около» may stand between).
func (s *sentence) levelBefore(a int) bool {
	p, ppos := prevToken(s.low, s.sp.start, a)
	switch p {
	case "about", "around", "nearly", "almost", "some", "около", "порядка", "почти", "约", "近":
		p, ppos = prevToken(s.low, s.sp.start, ppos)
	}
	switch p {
	case "to", "до", "totaled", "totalled", "reached", "составил", "составила", "составило", "составили",
		"достиг", "достигла", "достигло", "достигли", "为", "达":
		return true
	}
	head := s.low[s.sp.start : ppos+len(p)]
	return strings.HasSuffix(head, "至") || strings.HasSuffix(head, "到")
}

// respectiveTail binds the figures of the clause of a word of "respectively", when figures before that
// clause named the goods, to those goods in order, and gives them all the change one of them states: in
// "进口小麦86.5万吨，大麦78.2万吨，同比分别增加31.4万吨和12.6万吨" and "86,500 tonnes of wheat and 78,200
// tonnes of barley, up by 31,400 and 12,600 tonnes respectively" the changes are wheat's and barley's,
// both rises. ms are the mentions of mass, one per figure.
func (s *sentence) respectiveTail(mass []quantity, ms []agrowatch.Mention) {
	if len(ms) < 3 {
		return
	}
	low := s.low[s.sp.start:s.sp.end]
	r := -1
	for _, w := range [...]string{"分别", "respectively", "соответственно", "тиісінше", "tıisinshe"} {
		if i := strings.Index(low, w); i >= 0 {
			r = i
			break
		}
	}
	if r < 0 {
		return
	}
	// The word's stretch runs between the marks around it, across the conjunctions that join its
	// figures ("31,400 and 12,600 tonnes").
	ca, cb := 0, len(low)
	for i := r - 1; i >= 0; i-- {
		if c := low[i]; (c == ',' || c == ';') && !inNumber(s.low, s.sp.start+i) || strings.HasPrefix(low[i:], "，") || strings.HasPrefix(low[i:], "；") {
			ca = i + 1
			break
		}
	}
	for i := r; i < len(low); i++ {
		if c := low[i]; (c == ',' || c == ';') && !inNumber(s.low, s.sp.start+i) || strings.HasPrefix(low[i:], "，") || strings.HasPrefix(low[i:], "；") {
			cb = i
			break
		}
	}
	tail, n := -1, 0 // the first figure of the word's clause, and how many it holds
	for i, q := range mass {
		if q.start >= ca && q.start < cb {
			if tail < 0 {
				tail = i
			}
			n++
		}
	}
	if tail < 1 || n < 2 || tail+n != len(mass) {
		return // no figures before the clause to name the goods, or figures after it
	}
	var goods [8]string
	k := 0
	for _, h := range s.hits {
		w := s.word(h)
		if int(h.pos)-s.sp.start >= ca {
			break
		}
		if w.feat&fCommodity == 0 || w.code == "" || k > 0 && goods[k-1] == w.code {
			continue
		}
		if k == len(goods) {
			return
		}
		goods[k] = w.code
		k++
	}
	if k != n {
		return
	}
	change := ""
	for i := tail; i < len(ms) && change == ""; i++ {
		change = ms[i].Change
	}
	for i := tail; i < len(ms); i++ {
		ms[i].Commodity = goods[i-tail]
		if ms[i].Change == "" && change != "" {
			ms[i].Change = change
			ms[i].Period, ms[i].Year = "", 0 // a change is not dated by the period compared
		}
	}
}

// seizedGoods reports goods seized, smuggled or moved without papers or unlawfully: "海关查获…", "задержали 40 тонн
// сахара, которые пытались вывезти без документов", "құжатсыз әкетпек болған", «пытались незаконно вывезти»,
// "заңсыз өткізбек болған … тәркіледі". They are no trade, and
// the officers who held them hold up no traffic.
func seizedGoods(lang, low string) bool { return seizedWords.in(lang, low) }

// forSowing reports goods brought for sowing: «Көктемгі егіс науқанына Германиядан 180 тонна қант
// қызылшасының тұқымы … әкелінді», «для посевной завезено», "imported for the sowing campaign". Seed and
// machinery for the fields are inputs of farming, no trade in its produce; a sentence that names an export
// keeps its figure.
func forSowing(lang, low string) bool { return sowingWords.in(lang, low) }

var sowingWords = langWords{
	ru: []string{"для посевной", "к посевной", "на посевную", "посевного материала", "посевной материал", "семенного материала"},
	kk: []string{"егіс науқанына", "егіс науқаны үшін", "егуге арналған", "тұқымдық материал", "egis naýqanyna", "egis naýqany úshin",
		"egýge arnalǵan", "tuqymdyq materıal"},
	en: []string{"for the sowing", "for sowing", "for the spring sowing", "for planting", "sowing seed", "planting seed"},
	// Seeds (种子, not the oilseeds' 籽) are sown: "从中国进口甜菜种子约350吨".
	zh: []string{"种子", "用于播种", "播种用"},
}

var seizedWords = langWords{
	ru: []string{"контрабанд", "изъят", "изъял", "конфиск", "незаконно ", "незаконного ввоза", "незаконного вывоза",
		"незаконный ввоз", "незаконный вывоз", "незаконного перемещения", "без документов", "без разрешительных документов",
		"пытались вывезти", "пытались ввезти"},
	kk: []string{"тәркіле", "tárkile", "заңсыз өткіз", "заңсыз әкел", "заңсыз әкет", "заңсыз тасымал", "zańsyz ótkiz",
		"zańsyz ákel", "zańsyz áket", "zańsyz tasymal", "құжатсыз", "qujatsyz", "контрабанд", "kontraband"},
	en: []string{"seized", "smuggl", "confiscat", "impounded", "illegally", "illegal export", "illegal import", "illegal shipment",
		"without documents", "without permits"},
	zh: []string{"查获", "走私", "非法", "扣押", "没收", "无合法手续"},
}

// uncounted reports goods a sentence says the statistics leave out: "транзитное зерно в статистику
// экспорта не включено", "过境…未计入出口统计", "not included in export statistics". Their tonnage is
// nobody's export.
func uncounted(lang, low string) bool { return uncountedWords.in(lang, low) }

// failedDeal reports a deal that failed ("fell through", «сорвалась», «жүзеге аспай қалды», 未能履行), or
// goods that stayed unshipped («жөнелтілмей қалған», "could not be shipped"): its tonnage was neither
// shipped nor is it still planned.
func failedDeal(lang, low string) bool { return failedDealWords.in(lang, low) }

var failedDealWords = langWords{
	// Goods that stayed unshipped are no shipment either: «2,3 мың тонна құс еті жөнелтілмей қалған»,
	// «так и не были отгружены», "could not be shipped".
	ru: []string{"сорвал", "не состоял", "так и не были отгружены", "так и не был отгружен", "не удалось отгрузить",
		"не удалось экспортировать", "не удалось поставить", "остались неотгруженными", "остались невывезенными"},
	kk: []string{"жүзеге аспай", "жүзеге аспады", "júzege aspaı", "júzege aspady", "жөнелтілмей қал", "jóneltilmeı qal",
		"экспортталмай қал", "eksporttalmaı qal", "жеткізілмей қал", "jetkizilmeı qal", "жөнелтілмеді", "jóneltilmedi"},
	en: []string{"fell through", "called off", "could not be shipped", "went unshipped", "remained unshipped",
		"were never shipped", "was never shipped", "failed to ship"},
	zh: []string{"未能履行", "落空", "告吹"},
}

// countryNamedIn reports a country (not a region or a reporter) named in [lo, hi).
func (s *sentence) countryNamedIn(lo, hi int) bool {
	for _, c := range s.cs {
		if c.pos >= lo && c.pos < hi && !c.region && !c.reporter {
			return true
		}
	}
	return false
}

// worldTotal reports the world's trade as the owner of a figure: «мировой экспорт», "global wheat
// trade", "әлемдік экспорт", 全球出口.
func worldTotal(lang, low string) bool { return worldWords.in(lang, low) }

var worldWords = langWords{
	ru: []string{"мировой экспорт", "мирового экспорта", "мировая торговля", "мировой торговли", "мировой импорт", "мирового импорта"},
	kk: []string{"әлемдік", "álemdik"},
	en: []string{"world exports", "world trade", "world imports", "global exports", "global trade", "global imports",
		"world wheat", "global wheat", "world grain", "global grain"},
	zh: []string{"全球", "世界出口", "世界进口", "世界贸易"},
}

var uncountedWords = langWords{
	ru: []string{"не включен", "не учитыва", "не вошл"},
	kk: []string{"енгізілмеген", "engizilmegen", "есепке алынбаған", "esepke alynbaǵan", "кірмейді", "kirmeıdi"},
	en: []string{"not included in", "not counted in", "excluded from"},
	zh: []string{"未计入", "不计入", "未纳入"},
}

// partsFollow reports a figure whose parts follow at once, or after the name of its goods: "3.1 million
// tonnes, of which…", «1,4 млн тонн пшеницы, из них из Казахстана…», "2 млн тонна бидай, оның ішінде".
func partsFollow(rest string) bool {
	const sep = " ,;:–—-"
	if sharePart(strings.TrimLeft(rest, sep)) {
		return true
	}
	if i := strings.IndexAny(rest, ",;"); i >= 0 && i < 40 {
		return sharePart(strings.TrimLeft(rest[i:], sep))
	}
	return false
}

// reexported reports a sentence of goods re-exported: «реэкспорт», "re-export", "реэкспорттады",
// "再出口", "转口".
func reexported(lang, low string) bool { return reexportWords.in(lang, low) }

var reexportWords = langWords{
	ru: []string{"реэкспорт"},
	kk: []string{"реэкспорт", "reeksport"},
	en: []string{"re-export", "reexport"},
	zh: []string{"再出口", "转口"},
}

// samePeriod reports a sentence that refers back to the period named before: "in the same period",
// «за тот же период», "осы кезеңде", "同一时期", "同期…" at its opening.
func samePeriod(lang, low string) bool {
	// "同期自哈进口大麦95万吨": 同期 opening a sentence is the period before; inside one it compares.
	return samePeriodWords.in(lang, low) || rankWords.in(lang, low) || lang == "zh" && strings.HasPrefix(low, "同期") ||
		meanwhileWords.in(lang, low)
}

// meanwhileWords set a shipment beside the one before, in its time: «При этом Казахстан экспортировал
// в Россию 120 тыс. тонн ячменя», "Meanwhile", "Сонымен бірге", "与此同时".
var meanwhileWords = langWords{
	ru: []string{"при этом", "в то же время", "одновременно"},
	kk: []string{"сонымен бірге", "сол уақытта", "sonymen birge", "sol ýaqytta"},
	en: []string{"meanwhile", "at the same time"},
	zh: []string{"与此同时"},
}

// rankWords rank a buyer after the shipment before, of its period: «Второе место занял Таджикистан –
// 900 тыс. тонн», "Екінші орында – Тәжікстан", "Tajikistan ranked second", "其次是塔吉克斯坦".
var rankWords = langWords{
	ru: []string{"второе место", "третье место", "втором месте", "третьем месте"},
	kk: []string{"екінші орын", "үшінші орын", "ekinshi oryn", "úshinshi oryn"},
	en: []string{"second place", "third place", "ranked second", "ranked third", "came second", "came third"},
	zh: []string{"位居第二", "位居第三", "其次是", "排名第二", "排名第三"},
}

// sameYearWords name the year of the shipment before: "sol jyly", «в том же году», "that year", 同年.
var sameYearWords = langWords{
	ru: []string{"в том же году", "в тот же год", "в этом же году"},
	kk: []string{"сол жылы", "sol jyly"},
	en: []string{"that year", "the same year"},
	zh: []string{"同年"},
}

var samePeriodWords = langWords{
	ru: []string{"за тот же период", "за этот же период", "за этот период", "в тот же период", "за указанный период", "в этот же период"},
	kk: []string{"осы кезеңде", "сол кезеңде", "осы кезең ішінде", "osy kezeńde", "sol kezeńde", "osy kezeń ishinde",
		"аталған кезеңде", "atalǵan kezeńde", "көрсетілген кезеңде", "kórsetilgen kezeńde"},
	en: []string{"in the same period", "over the same period", "during the same period", "in that period", "over that period", "during that period",
		"over the same months", "in the same months", "during the same months"},
	zh: []string{"同一时期", "在此期间", "这一时期", "同一期间"},
}

// quotaBefore reports a quota named in low, a figure's stretch before it or the few words after it:
// the tonnage it caps is no shipment.
func quotaBefore(lang, low string) bool { return quotaWords.in(lang, low) }

var quotaWords = langWords{
	ru: []string{"квот"},
	kk: []string{"квота", "kvota"},
	en: []string{"quota"},
	zh: []string{"配额"},
}

// langWords are phrases by the language of the sentence they are looked for in: a sentence is searched
// for its own language's only.
type langWords struct {
	ru, kk, en, zh []string

	sets langSets // the lists compiled, on first use (in)
}

// langSets are a langWords' lists compiled for phraseSet.in, once.
type langSets struct {
	once           sync.Once
	ru, kk, en, zh *phraseSet
}

// index returns where in low, a sentence in lang, the first of lang's phrases it contains is; an empty
// span when none is.
func (w *langWords) index(lang, low string) span {
	for _, p := range w.of(lang) {
		if i := index(low, p); i >= 0 {
			return span{start: i, end: i + len(p)}
		}
	}
	return span{}
}

// spelledIndex is index that also finds a Latin Kazakh phrase in the two other spellings sites print
// (kkSpellings): ", bugin " typed without diacritics is ", búgin ". It spells the phrases out on each
// call, for the few sentences a rule has already picked.
func (w *langWords) spelledIndex(lang, low string) span {
	if at := w.index(lang, low); at.end > 0 || lang != "kk" || !latinHead(low) {
		return at
	}
	for _, p := range w.kk {
		for _, v := range kkSpellings(p) {
			if i := index(low, v); i >= 0 {
				return span{start: i, end: i + len(v)}
			}
		}
	}
	return span{}
}

// in reports whether low, a sentence in lang, contains one of lang's phrases.
func (w *langWords) in(lang, low string) bool {
	c := &w.sets
	c.once.Do(func() {
		c.ru, c.kk, c.en, c.zh = compilePhrases(w.ru...), compilePhrases(w.kk...), compilePhrases(w.en...), compilePhrases(w.zh...)
	})
	switch lang {
	case "ru":
		return c.ru.in(low)
	case "kk":
		return c.kk.in(low)
	case "en":
		return c.en.in(low)
	case "zh":
		return c.zh.in(low)
	}
	return false
}

// inAny reports one of the phrases of any language in low, for a gate that runs before a sentence's
// language is told: "300 trucks ahead of me", «впереди фур 400».
func (w *langWords) inAny(low string) bool {
	return containsAny(low, w.ru...) || containsAny(low, w.kk...) || containsAny(low, w.en...) || containsAny(low, w.zh...)
}

// of is lang's phrases, none for a language the words do not have.
func (w *langWords) of(lang string) []string {
	switch lang {
	case "ru":
		return w.ru
	case "kk":
		return w.kk
	case "en":
		return w.en
	case "zh":
		return w.zh
	}
	return nil
}

// sampledCargo reports samples taken from a consignment: "отобрали пробы из партии томатов весом 20
// тонн", "samples were taken from a 40-tonne batch", "从20吨货物中抽样". The batch's weight is a check of
// its goods, not a volume traded.
func sampledCargo(lang, low string) bool { return sampledWords.in(lang, low) }

var sampledWords = langWords{ru: []string{"пробы", "проб из", "образцы из"}, kk: []string{"сынама", "synama"},
	en: []string{"samples", "sampled"}, zh: []string{"抽样", "采样", "取样"}}

// goodsInGeneral reports a figure followed at once by a word of goods or freight in general: "тонн
// грузов", "tonnes of goods", "吨货物", "тонна жүк".
func goodsInGeneral(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, w := range [...]string{"грузов", "товаров", "of goods", "of cargo", "of freight", "of general cargo",
		"货物", "жүк ", "тауар", "júk ", "taýar"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// withinCountry reports a sentence whose places are all regions or cities of one country, or that
// names no country and only regions in general ("Солтүстік өңірлерден оңтүстікке"): what it ships
// stays at home.
func (s *sentence) withinCountry() bool {
	if len(s.cs) == 0 {
		low := s.low[s.sp.start:s.sp.end]
		return containsAny(low, "өңір", "аймақ", "облыстар", "регион", "областей", "region", "province",
			"óńir", "aımaq", "oblys", "省内", "地区之间")
	}
	for _, c := range s.cs {
		if !c.region || c.code != s.cs[0].code {
			return false
		}
	}
	return true
}

// toRegionsAtHome reports goods shipped, with no word of export or import, from a region of a country
// to its regions in general or its capital: "оңтүстік өңірлерге", "в южные регионы", "to the southern
// regions", "运往南方地区", "elordaǵa", «в столицу». What goes there stays at home.
func (s *sentence) toRegionsAtHome() bool {
	// "На внутренние направления, в южные регионы, перевезено 150 тыс. тонн муки": regions named with no
	// country at all are the home country's too. "Оңтүстік өңірлерге … жөнелтілді" ships nowhere abroad,
	// whatever the verb; "Exporters in the northern regions shipped … abroad" names the regions as no
	// destination.
	// "shipped" is a word of export in English: with it, only regions named as the destination
	// ("to the southern regions of Kazakhstan") keep the goods at home.
	// Goods "sold abroad" from a region are exported, whatever regions the sentence names.
	low := s.low[s.sp.start:s.sp.end]
	if s.has(fImport) || len(s.cs) > 0 && (!s.homeRegions() || s.has(fExport) && sentAbroad(low)) {
		return false
	}
	if s.has(fExport) {
		return containsAny(low, "өңірлерге", "аймақтарға", "облыстарға", "өңірлеріне", "аймақтарына", "облыстарына",
			"óńirlerge", "aımaqtarǵa", "oblystarǵa", "óńirlerine", "aımaqtaryna", "oblystaryna",
			"в регионы", "в южные регионы", "в северные регионы", "to the regions", "to the southern regions",
			"to the northern regions", "елордаға", "elordaǵa", "в столицу", "to the capital")
	}
	for _, c := range s.cs {
		if c.code != s.cs[0].code {
			return false
		}
	}
	return containsAny(low, "өңірлерге", "аймақтарға", "облыстарға", "өңірлеріне", "аймақтарына", "облыстарына", "óńirlerge",
		"aımaqtarǵa", "oblystarǵa", "óńirlerine", "aımaqtaryna", "oblystaryna", "регионы", "регионам", "области страны",
		"to the regions", "regions of the",
		"southern regions", "northern regions", "南方地区", "南部地区", "各地区", "省内各地",
		// The capital: "Pavlodar oblysynan elordaǵa … 3,2 myń tonna un jetkizildi".
		"елордаға", "elordaǵa", "в столицу", "to the capital")
}

// homeRegions reports a sentence whose places are regions, or the home country that owns them: "from
// Kostanay to the southern regions of Kazakhstan", «в южные регионы Казахстана» name no place abroad.
func (s *sentence) homeRegions() bool {
	home := s.homeCountry("")
	for _, c := range s.cs {
		if !c.region && c.code != home {
			return false
		}
	}
	return true
}

// regionDest returns the country of a region or city in [lo, hi) that the goods are sent to, as its
// preposition or case says: "left Zhetysu region for Xi'an", "to the Chinese city of Urumqi", «в
// провинцию Ганьсу», «в Чунцин», "Шыңжаңға", "Sıan qalasyna", "抵达西安", "运往乌鲁木齐". A region of the
// exporter's own country is no destination, nor one named as a place («в провинции Ганьсу», "in
// Xinjiang's Kashgar"), nor one at home when the goods are the home country's («Из Костаная в Алматы»).
func (s *sentence) regionDest(lo, hi int, from string) string {
	home := s.homeCountry("")
	for _, c := range s.cs {
		if c.code == home && (from == "" || from == home) {
			continue // «Из Костаная в Алматы»: a region at home, goods that stay there
		}
		if c.region && c.role == roleRegion && c.code != from && c.pos >= lo && c.pos < hi && s.towardRegion(c) {
			return c.code
		}
	}
	return ""
}

// zhChinaCrossings are the crossings whose Chinese name is China's side: 阿拉山口, 霍尔果斯, 巴克图, 吉木乃
// (Dostyk, Nur Zholy and Altynkol are Kazakhstan's).
var zhChinaCrossings = [...]string{"Alashankou", "Khorgos", "Bakhty", "Maikapchagai"}

// zhCrossingEntered reports goods that a Chinese sentence tells reaching or entering by one of
// zhChinaCrossings in [lo, hi): "运抵阿拉山口", "经巴克图口岸入境".
func (s *sentence) zhCrossingEntered(lo, hi int) bool {
	if s.lang != "zh" {
		return false
	}
	for _, h := range s.hits {
		w := s.word(h)
		if int(h.pos) < lo || int(h.pos) >= hi || w.feat&fPlace == 0 || !slices.Contains(zhChinaCrossings[:], w.code) {
			continue
		}
		a, b := s.clause(int(h.pos))
		if hasAnySuffix(s.low[s.sp.start:h.pos], "运抵", "抵达", "到达", "运至", "进入") ||
			containsAny(s.low[h.end:b], "入境", "进境") {
			return true
		}
		if zhPrepBefore(s.low, a, int(h.pos)) == "" && containsAny(s.low[h.end:b], "到达", "抵达") {
			return true // the crossing where goods arrived: "本周阿拉山口口岸共到达哈萨克斯坦小麦约2.8万吨"
		}
	}
	return false
}

// abroadRegion reports goods sent to a region or city abroad, a destination as a country named with
// "to" is: "The first train … left Zhetysu region for Xi'an" ships without a word of trade. A region
// at home is no destination abroad.
func (s *sentence) abroadRegion() bool { return s.regionDest(s.sp.start, s.sp.end, "") != "" }

// towardRegion reports a region named as where goods go, by the words before it (English, Russian,
// Chinese) or by its dative (Kazakh).
func (s *sentence) towardRegion(c cmention) bool {
	low := s.low
	p, ppos := prevToken(low, s.sp.start, c.pos)
	switch s.lang {
	case "en":
		if p == "of" {
			// "to the Chinese city of Urumqi", "for the port of Lianyungang"
			if q, qpos := prevToken(low, s.sp.start, ppos); q == "city" || q == "province" || q == "port" || q == "region" {
				for n, at := 0, qpos; n < 3; n++ {
					if p, at = prevToken(low, s.sp.start, at); p == "to" || p == "for" || p == "into" {
						break
					}
				}
			}
		}
		if p == "in" {
			// "arrived in Xi'an": where a train ends its way
			// "cleared customs in Xi'an", "unloaded in Urumqi": where the goods entered the country.
			q, _ := prevToken(low, s.sp.start, ppos)
			return q == "arrived" || q == "arrives" || q == "arrive" || q == "arriving" || q == "customs" || q == "unloaded"
		}
		return p == "to" || p == "for" || p == "into" || p == "towards" || p == "reached" || p == "reaches"
	case "ru":
		switch p {
		case "провинцию", "город", "порт", "район", "округ", "регион", "автономный":
			q, qpos := prevToken(low, s.sp.start, ppos)
			if hasAnySuffix(q, "ой", "ый", "ий") {
				q, _ = prevToken(low, s.sp.start, qpos) // «в сухой порт Сиань»
			}
			return q == "в" || q == "во"
		case "в", "во":
			// Only the bare name: «в Чунцине» is where, «в Чунцин» where to. (An indeclinable name,
			// «в Урумчи», reads the same either way; beside a shipment it is where the goods go.)
			return wordEnd(low, c.end, s.sp.end) == c.end
		case "до":
			return true // «от Алматы до Урумчи»: the end of a route
		}
	case "kk":
		e := wordEnd(low, c.end, s.sp.end)
		if hasAnySuffix(low[c.pos:e], "ға", "ге", "қа", "ке", "на", "не", "ǵa", "ge", "qa", "ke", "na", "ne") {
			return true // "Шыңжаңға", "Gansuǵa"
		}
		switch w, _ := nextToken(low, c.end, s.sp.end); w { // "Сиань қаласына", "Gansý provınsıasyna"
		case "қаласына", "провинциясына", "аймағына", "портына", "облысына", "өлкесіне", "штатына",
			"qalasyna", "provınsıasyna", "aımaǵyna", "portyna", "oblysyna", "ólkesine", "shtatyna":
			return true
		}
	case "zh":
		return hasAnySuffix(low[s.sp.start:c.pos], "往", "向", "抵达", "到达", "运抵", "至", "到", "进入")
	}
	return false
}

// regionAfter reports a word of region right after country c: "新疆喀什地区".
func regionAfter(s *sentence, c cmention) bool {
	for _, h := range s.hits {
		if int(h.pos) >= c.end {
			return s.word(h).feat&fRegion != 0 && int(h.pos)-c.end <= 9 // three Han characters
		}
	}
	return false
}

// betweenRegions reports a stretch [lo, hi) of the sentence that names two places or more, all regions
// or cities of one country and no country itself, goods sent from one of them: what goes from one to
// another stays at home, whatever the verb. A region named with its city ("内蒙古二连浩特口岸") is one
// place.
func (s *sentence) betweenRegions(lo, hi int) bool {
	var in [8]cmention
	cs := in[:0]
	for _, c := range s.cs {
		if c.pos >= lo && c.pos < hi && len(cs) < len(in) {
			cs = append(cs, c)
		}
	}
	if len(cs) < 2 {
		return false
	}
	src := -1
	for i, c := range cs {
		if !c.region || c.code != cs[0].code {
			return false
		}
		if c.role == roleSource && src < 0 {
			src = i
		}
	}
	if src < 0 && cs[0].role == roleRegion && s.has(fShip|fExport) && !s.has(fImport) {
		src = 0 // "Xinjiang sent 30,000 tonnes of tomatoes to Shandong province": the first region named sends
	}
	if src < 0 {
		return false
	}
	// A source in the Kazakh ablative ends its own name: "Маңғыстаудан Алматыға" are two places.
	caseEnds := kkAblativeAt(s.low, cs[src].end)
	for i, c := range cs {
		if i != src && (caseEnds || gapWords(s.low, cs[src].end, c.pos) != 0 && gapWords(s.low, c.end, cs[src].pos) != 0) {
			return true
		}
	}
	return false
}

// storeWords name a store or mill at home as where goods go: "элеваторларға", «на элеваторы», "to
// elevators", "运往粮库".
var storeWords = langWords{
	ru: []string{"на элеватор", "на хлебоприемн", "на хлебоприёмн", "на хранение", "на склады", "на мельниц"},
	kk: []string{"элеваторларға", "элеваторға", "қоймаларға", "қоймаға", "диірмендерге", "elevatorlarǵa", "elevatorǵa",
		"qoımalarǵa", "qoımaǵa", "dıirmenderge"},
	en: []string{"to elevators", "to grain elevators", "into storage", "to storage", "to local mills"},
	zh: []string{"运往粮库", "运至粮库", "运往仓库", "运至仓库"}}

// storedAtHome reports a figure's clause that sends its goods into a store or mill and names no
// export: what goes into an elevator stays in the country. The lexicon marks the words fDomestic, so
// that a sentence without one is spared the search.
func storedAtHome(lang, clause string) bool {
	return storeWords.in(lang, clause) && !containsAny(clause, "экспорт", "export", "eksport", "出口")
}

// homeRoute reports a stretch [lo, hi) of the sentence whose places are all of the country to, one
// of them a region or city the goods come from: «Груз прибыл из Алматы в Астану» names the capital as
// the country, and what goes from one of its cities to it stays at home. So does what a region of
// the country ships, told as the sender with no export named: "Inner Mongolia shipped 12,000 tonnes of
// beef to Hebei", «Власти Внутренней Монголии сообщили о поставке … в провинцию Хэбэй» (a region is
// never who acts, so the sender is a region as a place, beside the destination's own mention).
func (s *sentence) homeRoute(to string, lo, hi int) bool {
	src, sender, regions, n := false, false, true, 0
	for _, c := range s.cs {
		if c.pos < lo || c.pos >= hi {
			continue
		}
		if c.code != to {
			return false
		}
		n++
		regions = regions && c.region
		if c.region && c.role == roleSource {
			src = true
		}
		if c.region && c.role == roleRegion {
			sender = true
		}
	}
	// The sender's route is all regions: a country named beside them («Курык — Алят: … в Азербайджан
	// отправлено») is where the goods go abroad.
	return src || sender && regions && n > 1 && s.has(fShip|fExport) && !s.has(fImport)
}

// respectiveGoods binds the figures to a list of goods named before them, in order: "对华出口亚麻籽、
// 大麦、小麦分别为23万吨、18万吨和9.5万吨", "wheat, barley and flax: 1.1, 0.6 and 0.4 million tons
// respectively".
func (s *sentence) respectiveGoods(ms []agrowatch.Mention, firstFigure int) {
	var goods [8]string
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fCommodity == 0 || w.code == "" {
			continue
		}
		if int(h.pos) >= firstFigure {
			return // goods after the figures: not a list the figures follow
		}
		if n > 0 && goods[n-1] == w.code {
			continue
		}
		if n == len(goods) {
			return
		}
		goods[n] = w.code
		n++
	}
	if n != len(ms) {
		return
	}
	for i := range ms {
		ms[i].Commodity = goods[i]
	}
}

// subordinateAfter returns where the figure ending at b loses its stretch to a clause that only
// compares or concedes: "…, что почти вдвое больше результата казахстанских экспортёров", "хотя в
// Астане рассчитывали…", "than", "although". Its countries and forecasts are not the figure's.
func (s *sentence) subordinateAfter(b, segB int) int {
	low := s.low[b:segB]
	cut := len(low)
	// The words after a comma are tried at each comma, the first that opens one wins.
	for i := strings.Index(low, ", "); i >= 0 && i < cut; {
		rest := low[i+2:]
		for _, w := range [...]string{"что", "а ", "ал ", "al ", "but ", "но ", "бұл ", "bul "} {
			if strings.HasPrefix(rest, w) {
				cut = i
				break
			}
		}
		j := strings.Index(rest, ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	for _, w := range [...]string{" чем ", " than ", "compared", "хотя", "although", " though", " while ", "тогда как",
		"однако", "бірақ", "alaıda", "但", "whereas", "比", " of it ", " of which ", "большая часть", "большую часть",
		"көп бөлігі", "kóp bóligi", "其中大部分"} {
		if i := index(low, w); i >= 0 && i < cut {
			cut = i
		}
	}
	if i := causeClause(low); i >= 0 && i < cut {
		cut = i
	}
	if i := s.coordinateAfter(b, segB) - b; i < cut {
		cut = i
	}
	return b + cut
}

// coordinateAfter returns where a coordinate clause with a verb of its own opens after the figure
// ending at b, before segB, or segB: "…to China in the 2024/25 season, and the union warned that the
// backlog could cut…", «…410 тыс. тонн, при этом в ноябре ожидается рост отгрузок», "…, әрі келесі
// жылы…", "…，同时预计明年…". A modal, a time phrase or a word of forecast there is that clause's, not
// the figure's. (Two figures are cut apart by clauseBreak before this is asked.)
func (s *sentence) coordinateAfter(b, segB int) int {
	low := s.low[b:segB]
	for i := 0; i < len(low); i++ {
		n := 0 // the width of the comma or semicolon at i
		switch c := low[i]; {
		case c == ',' || c == ';':
			n = 1
		case c == 0xEF && i+2 < len(low) && low[i+1] == 0xBC && (low[i+2] == 0x8C || low[i+2] == 0x9B): // "，", "；"
			n = 3
		default:
			continue
		}
		if low[i] == ';' || n == 3 && low[i+2] == 0x9B {
			return b + i
		}
		rest := strings.TrimLeft(low[i+n:], " ")
		if hasAnyPrefix(rest, coordinateWords.of(s.lang)...) && !(hasAnyPrefix(rest, "and ", "и ") && listItemBefore(low[:i])) {
			return b + i
		}
		if s.lang == "zh" && n == 3 && s.zhSubjectOpens(b+i+n) {
			// "…出口牛肉1.5万吨，中方专家组还将于11月再次赴哈": a clause with a subject and a verb of its own.
			return b + i
		}
		if hasAnyPrefix(rest, timeOpenWords.of(s.lang)...) {
			// «В прошлом году экспорт составлял 2,1 млн тонн, в этом году ожидается не меньше»: a clause
			// that opens with a time of its own has its own verb; its forecast is not the figure's.
			return b + i
		}
	}
	return segB
}

// zhSubjectOpens reports a Chinese clause at p that opens with a subject of its own, a country, side,
// agency or team ("中方专家组", "俄罗斯", "哈农业部"), right before an adverb or a verb of speaking or
// planning that makes it one ("还将", "也已", "正", "表示", "计划"): Chinese joins such clauses with a
// comma alone.
func (s *sentence) zhSubjectOpens(p int) bool {
	at := p
	for _, h := range s.hits {
		if int(h.pos) < at {
			continue
		}
		if int(h.pos) > at || s.word(h).feat&(fCountry|fAgency|fInspector) == 0 {
			break
		}
		at = int(h.end)
	}
	return at > p && hasAnyPrefix(s.low[at:s.sp.end], "还", "也", "将", "已", "正", "则", "又", "再", "随后", "计划", "预计",
		"表示", "称", "宣布", "认为", "希望")
}

// timeOpenWords are the times of now and to come that open an asyndetic clause after a comma.
var timeOpenWords = langWords{
	ru: []string{"в этом году", "в текущем году", "в следующем году", "в будущем году", "в этом сезоне",
		"в текущем сезоне", "в следующем сезоне", "в новом сезоне"},
	kk: []string{"биыл ", "келесі жылы", "ағымдағы жылы", "byıl ", "bıyl ", "kelesi jyly", "aǵymdaǵy jyly"},
	en: []string{"this year ", "next year ", "this season ", "next season "},
	zh: []string{"今年", "明年", "本年度"},
}

// listItemBefore reports that the words before a comma, back to the comma before them, are one short
// item of a list: "to Uzbekistan, Tajikistan, and Afghanistan in 2025" joins names, it opens no clause.
func listItemBefore(low string) bool {
	j := strings.LastIndexByte(low, ',')
	if j < 0 {
		return false
	}
	item := strings.TrimSpace(low[j+1:])
	return item != "" && strings.Count(item, " ") <= 1 && !strings.ContainsAny(item, "0123456789")
}

// coordinateWords open a coordinate clause after a comma.
var coordinateWords = langWords{
	ru: []string{"при этом", "и ", "в то же время", "вместе с тем", "кроме того"},
	kk: []string{"әрі ", "ári ", "сондай-ақ", "sondaı-aq", "бұған қоса", "buǵan qosa"},
	en: []string{"and ", "while ", "meanwhile", "at the same time"},
	zh: []string{"同时", "并", "而", "预计", "此外"},
}

// otherPeriod reports whether the figures at a and c are dated by different periods, each in its own
// stretch: "223万吨 in 2023, 而2022年仅为61.5万吨" compares years, and "only" is no share of a total.
func (s *sentence) otherPeriod(split, end, a, c int, ps *[]period, read *bool) bool {
	if !*read {
		*ps, *read = s.periods(), true
	}
	p1, ok1 := nearestPeriod(*ps, s.sp.start, split, a)
	p2, ok2 := nearestPeriod(*ps, split, end+1, c)
	return ok1 && ok2 && p1.pos < split && p2.pos >= split && p1.text != p2.text
}

// families maps a generic commodity to the specific ones it covers.
var families = map[string][]string{
	"grain":    {"wheat", "barley", "corn", "rice", "oats"},
	"meat":     {"beef", "mutton", "pork", "poultry"},
	"oilseeds": {"flax", "soybeans", "sunflower seeds", "rapeseed", "safflower"},
}

// specific narrows a generic commodity to the one specific member of its family the sentence names:
// "Из 12 млн тонн пшеницы … лишь 400 тыс. тонн пришлось на казахстанское зерно" is wheat. A member
// named right after "mostly" is a share of the goods, no narrowing.
func (s *sentence) specific(code string) string {
	fam, ok := families[code]
	if !ok {
		return code
	}
	found := ""
	for k, h := range s.hits {
		w := s.word(h)
		if w.code == code && strings.HasSuffix(s.low[s.sp.start:h.pos], "等") {
			return code // "小麦、面粉等粮食产品": the list's own category names the goods
		}
		if w.feat&fCommodity == 0 || w.code == "" || w.code == code || s.afterMainly(k) || partOpensAt(s.low[s.sp.start:h.pos]) {
			// "12,4 тыс. тонн мяса, преимущественно говядины", "meat, mostly beef", "肉类…，主要是牛肉":
			// the head noun names the goods, the share after "mostly" (or "其中", "of which") does not
			// narrow them.
			continue
		}
		for _, f := range fam {
			if w.code == f {
				if found != "" && found != f {
					return code
				}
				found = f
			}
		}
	}
	if found == "" {
		return code
	}
	return found
}

// zhMonthAlone reports a Chinese period that is one month and no more: "10月".
func zhMonthAlone(p string) bool {
	m, ok := strings.CutSuffix(p, "月")
	return ok && m != "" && len(m) <= 2 && strings.Trim(m, "0123456789") == ""
}

// partYear returns the year of the dated total a month's figure at a is a part of ("2025年1-10月…126.4万吨；
// 其中10月单月进口21.3万吨" is October 2025's): the last period with a year before it in the sentence, a
// word of parts between, or with none the article's shipment before when the sentence opens with a part
// (share: "其中，5月單月進口15.2萬噸"); or 0.
func (s *sentence) partYear(ps []period, a int, share bool) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if p := ps[i]; p.pos < a && p.year != 0 && !p.cmp {
			if partsBetween(s.low[p.end:a]) {
				return p.year
			}
			return 0
		}
	}
	if share {
		return s.tp.vol.Year
	}
	return 0
}

// round keeps tonnes free of float noise from decimal scaling (2.23 × 1e6).
func round(v float64) float64 {
	if v >= 1 {
		return float64(int64(v*1000+0.5)) / 1000
	}
	return v
}

// allOrigins reports a clause (lowercased) that counts imports from every source: "from all origins",
// «из всех стран», "барлық елдерден", 从各国.
func allOrigins(low string) bool {
	return containsAny(low, "from all origins", "from all sources", "from all countries", "from all suppliers",
		"of all origins", "из всех стран", "из всех источников", "со всех направлений", "барлық елдерден",
		"barlyq elderden", "барлық елден", "barlyq elden", "从各国", "自各国", "从所有", "自所有", "来自各国")
}

// buyersIn returns the country a figure's buyers are named in, a place after a noun of buyers: "to
// buyers in Iran", «отгрузили покупателям в Иране», "Ирандағы сатып алушыларға". The goods go there;
// the place is no country where the shipment happens.
func (s *sentence) buyersIn(lo, hi int) string {
	for _, c := range s.cs {
		if c.pos < lo || c.pos >= hi || c.role != roleLoc || c.region {
			continue
		}
		if s.lang == "kk" {
			if hasAnySuffix(s.low[c.pos:c.end], "дағы", "дегі", "тағы", "тегі", "daǵy", "degi", "taǵy", "tegi") {
				if next, _ := nextToken(s.low, c.end, hi); hasAnyPrefix(next, buyerPlaceNouns.kk...) {
					return c.code
				}
			}
			continue
		}
		p, at := prevToken(s.low, lo, c.pos)
		if p != "in" && p != "в" && p != "во" {
			continue
		}
		if q, _ := prevToken(s.low, lo, at); hasAnyPrefix(q, buyerPlaceNouns.en...) || hasAnyPrefix(q, buyerPlaceNouns.ru...) {
			return c.code
		}
	}
	return ""
}

// buyerPlaceNouns are the buyers a place names the destination of ("buyers in Iran"): not companies
// or traders, who may be sellers there.
var buyerPlaceNouns = langWords{
	en: []string{"buyers", "buyer", "importers", "importer", "customers", "mills", "millers", "crushers", "processors"},
	ru: []string{"покупател", "импортер", "импортёр", "клиент", "переработчик", "мельни"},
	kk: []string{"сатып", "импорттаушы", "тұтынушы", "өңдеуші", "satyp", "ımporttaýshy", "tutynýshy", "óńdeýshi"},
}

// conditionAsked reports a figure at a inside a clause of condition that a question closes: "if
// Kazakhstan exported 12 million tons of grain why is bread so expensive?", «если Казахстан
// экспортировал 12 млн тонн, почему хлеб дорожает?», "егер … экспорттаса, неге …?". The figure is the
// asker's supposition, no fact told.
func (s *sentence) conditionAsked(a int) bool {
	end := min(s.sp.end+1, len(s.low))
	if strings.IndexByte(s.low[a:end], '?') < 0 {
		return false
	}
	head := s.low[s.sp.start:a]
	at := -1
	for _, w := range [...]string{"if ", "если ", "егер ", "eger "} {
		if i := strings.LastIndex(head, w); i > at && (i == 0 || !isWordRune(prevRune(head, i))) {
			at = i
		}
	}
	return at >= 0 && strings.IndexAny(head[at:], ",;:") < 0
}

// awaitingExport reports goods told as waiting to be exported: "awaiting export", «ожидающих экспорта»,
// «ожидает отправки на экспорт», "экспортқа жөнелтуді күтіп". Goods in store for a trade to come are
// stocks, no shipment and no contract.
func awaitingExport(seg string) bool {
	return containsAny(seg, "awaiting export", "waiting for export", "waiting to be exported", "awaiting shipment abroad",
		"ожидающих экспорта", "ожидающего экспорта", "ожидают экспорта", "ожидает экспорта", "ожидающих отправки на экспорт",
		"ожидают отправки на экспорт", "ожидает отправки на экспорт", "ожидающих отгрузки на экспорт",
		"экспортқа жөнелтуді күт", "экспортқа шығаруды күт", "экспортқа жіберуді күт") ||
		kkContainsAny(seg, []string{"eksportqa jóneltýdi kút", "eksportqa shyǵarýdy kút", "eksportqa jiberýdi kút"})
}

// habitualRange reports a figure's stretch told as what usually happens, a range or a rate beside a
// word of habit: "typically shipping 7–10 million tonnes … a year", «обычно экспортирует 7–9 млн тонн
// в год», "әдетте жылына 8-9 млн тонна". It describes the trade, it reports no shipment. A word of
// habit alone ("as usual, most went to Uzbekistan") dates nothing away.
func habitualRange(seg string, ranged bool) bool {
	if !containsAny(seg, "typically", "usually", "normally", "обычно", "как правило", "әдетте", "ádette", "adette") {
		return false
	}
	return ranged || containsAny(seg, " a year", " per year", " annually", " в год", "ежегодно", "жылына",
		"jylyna", "жыл сайын", "jyl saıyn", " a season", " за сезон", "маусымына")
}

// anyOrigin reports goods a buyer asks for from wherever they come: "of any origin", "of optional
// origin", «любого происхождения», "шығу тегі кез келген". A tender or purchase so worded names no
// exporter, and its figure is no country's trade, as an importer's total of all sources is not.
func anyOrigin(low string) bool {
	return containsAny(low, "any origin", "optional origin", "origin optional", "любого происхождения",
		"произвольного происхождения", "кез келген шығу тегі", "kez kelgen shyǵý tegi", "шығу тегі кез келген",
		"shyǵý tegi kez kelgen")
}

// causeClause returns where a clause of cause, time or condition opens in low, or -1: "as Afghan mills
// switched to cheaper Uzbek flour", «так как», «поскольку», "өйткені", 因为, "if Afghan demand holds",
// «если», "егер", 如果. Its countries are the cause's, not the figure's: "Uzbek flour" there is no
// exporter. "as well as", "as of", "such as" and the like open none.
func causeClause(low string) int {
	at := -1
	for _, w := range [...]string{"так как", "поскольку", "потому что", "өйткені", "óıtkeni", "因为", " if ", " unless ",
		"если ", "при условии", "егер ", "eger ", "如果", "假如"} {
		if i := strings.Index(low, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	for from := 0; ; {
		i := strings.Index(low[from:], " as ")
		if i < 0 {
			break
		}
		i += from
		next, _, _ := strings.Cut(low[i+len(" as "):], " ")
		switch next {
		case "well", "of", "part", "much", "many", "a", "an", "the", "high", "low", "early", "far", "long", "soon", "expected", "planned", "agreed":
			from = i + len(" as ")
			continue
		}
		if p, _ := prevToken(low, 0, i+1); p == "such" || p == "same" || p == "so" || p == "well" {
			from = i + len(" as ")
			continue
		}
		if at < 0 || i < at {
			at = i
		}
		break
	}
	return at
}

// contrastAfter reports a word that makes what follows a figure a clause of its own: a part of it
// ("из них", "of which", "其中"), a contrast ("а", "while", "тогда как") or a cause (causeClause).
func contrastAfter(low string) bool {
	return causeClause(low) >= 0 || containsAny(low, "из них", "из которых", "в том числе", "of which", "including", "while", "whereas",
		", а ", "тогда как", "其中", "而", "ал ", ", al ", " of it ", "up from", "down from", "хотя", "большая часть", "большую часть", "көп бөлігі", "kóp bóligi", "оның ішінде", "onyń ishinde", "compared", "против", "по сравнению")
}

// clauseBreak returns where the stretch of one figure ends and the next begins: the first comma,
// semicolon or conjunction between them, else the midpoint. A conjunction before a list dash wins:
// in "Афганистан – 480 тыс. тонн и Китай – 8,4 тыс. тонн" the dash after Китай opens the next item.
func (s *sentence) clauseBreak(a, b int) int {
	low := s.low[a:b]
	cut := -1
	for i, r := range low {
		switch r {
		case ',', ';', '，', '、', '；', '—', '–':
			cut = i
		}
		if cut >= 0 {
			break
		}
	}
	for _, w := range [...]string{" и ", " а ", " and ", " while ", " jáne ", " және ", " тогда как ", "而"} {
		if i := strings.Index(low, w); i >= 0 && (cut < 0 || i < cut && (low[cut] == 0xE2 || low[cut] == '-')) {
			cut = i
		}
	}
	if cut >= 0 {
		return a + cut
	}
	return a + (b-a)/2
}

// totalBefore reports a word of totals ("out of", "из общего", "всего") between segA and the figure
// at a, or the preposition "из" right before it ("из 12 млн тонн … лишь 400 тыс.").
func (s *sentence) totalBefore(segA, a int) bool {
	if s.featsIn(segA, a)&fTotal != 0 {
		return true
	}
	p, at := prevToken(s.low, s.sp.start, a)
	if p == "the" {
		p, at = prevToken(s.low, s.sp.start, at)
	}
	if p == "of" {
		// "a decrease of 300,000 tons", "an increase of 45,000 tonnes": the size of a change, not a part
		// of a total.
		if q, _ := prevToken(s.low, s.sp.start, at); stemDirection(q, enUp[:], enDown[:], nil, "") != "" {
			return false
		}
	}
	return p == "из" || p == "of"
}

// volumeParties reads the exporter and the destination of the figure at [a, b), looking first in
// its own stretch [segA, segB) of the sentence.
func (s *sentence) volumeParties(segA, segB, a, b int) (from, to string) {
	// In its own stretch first: the exporter named by a preposition, an adjective, or as the subject
	// of an export verb.
	rs, re := s.relativeAside(a)
	from = s.nearestWhere(segA, segB, a, []role{roleSource, roleOrigin}, func(c cmention) bool { return c.pos >= rs && c.pos < re })
	to = s.nearestCountry(segA, segB, a, roleDest)
	if d := s.dashDest(b, segB); d != "" {
		to = d // «27,1 тыс. тонн — в КНР и 9,8 тыс. тонн — в Узбекистан»: each figure its own
	}
	if to != "" && s.destsBetween(segA, segB) > 1 {
		open := s.contrastBefore(a)
		// "Most of this volume went to Uzbekistan, while 70,000 tonnes were shipped to Tajikistan": the
		// destination of the figure's own clause, after the contrast, wins over a nearer one before it.
		if own := s.nearestCountry(open, segB, a, roleDest); open > segA && own != "" {
			to = own
		}
	}
	for pass := 0; pass < 2 && (from == "" || to == ""); pass++ {
		lo, hi := segA, segB
		if pass == 1 {
			// What an earlier clause said carries over ("из России в Китай …, а из Казахстана — 180 тыс.");
			// a later clause's countries carry back only over plain coordination ("400,000 tons of wheat
			// and 312,000 tons of barley to China"), not over "из них", "while", "а".
			lo, hi = s.sp.start, s.sp.end
			if contrastAfter(s.low[b:s.sp.end]) {
				hi = segB
			}
			if k := strings.IndexByte(s.low[b:hi], ';'); k >= 0 && s.lang != "zh" {
				// "…totaled 212,400 t, down 18,600 t w/w; top destination Uzbekistan 96,300 t": a clause
				// after a semicolon is a statement of its own, its buyer no part of the figure before.
				hi = max(segB, b+k)
			}
			// A listed item of another figure ("…, опередив Узбекистан (420 тыс. тонн)") is that figure's.
			if from == "" {
				from = s.nearestUnlisted(lo, hi, segB, a, roleSource, roleOrigin)
			}
			if to == "" {
				to = s.nearestUnlisted(lo, hi, segB, a, roleDest)
			}
		}
		// The subject exports or imports, as the verb nearest it says.
		for _, c := range s.cs {
			if c.role != roleAgent || c.pos < lo || c.pos >= hi {
				continue
			}
			if pass == 1 && c.pos >= segB && figureNext(s.low, skipSpaces(s.low, c.end)) {
				continue // "…, and Russia 1.2 million tonnes": the subject of the figure after it, not of this one
			}
			switch s.tradeSense(c) {
			case fExport:
				if from == "" && c.code != to {
					from = c.code
				}
			case fImport:
				if to == "" && c.code != from {
					to = c.code
				}
			}
		}
	}
	if reexported(s.lang, s.low[s.sp.start:s.sp.end]) {
		// "Казахстан реэкспортировал в Кыргызстан 25 тыс. тонн российского сахара": goods of one origin
		// sold on by another country are the re-exporter's export, and the subject is it.
		for _, c := range s.cs {
			if c.role == roleAgent && c.pos >= segA && c.pos < a && c.code != to {
				from = c.code
			}
		}
	}
	if share := s.nearestCountry(segA, segB, a, roleShare); share != "" {
		// "пришлось на Казахстан": of imports, the exporter's share; of exports, the buyer's.
		if from == "" && to != "" && !s.has(fImport) {
			// «Основная часть пришлась на Узбекистан, а 95 тыс. тонн поставлено в Таджикистан»: beside a
			// destination of the figure's own, the share names another buyer, no exporter.
		} else if from == "" && !(s.has(fExport) && !s.has(fImport) && to == "") {
			from = share
		} else if to == "" {
			to = share
		} else if from != "" && from != share && !s.has(fImport) && !s.codeIn(to, segA, segB) {
			to = share // "向欧盟出口小麦约85万吨，其中意大利占30万吨": the part's own buyer, not the total's
		}
	}
	if from == "" && to != "" {
		// "закупать Китай в Казахстане": an importer buys where it buys.
		from = s.nearestCountry(s.sp.start, s.sp.end, a, roleLoc)
	}
	if from == "" && (s.has(fExport) || s.has(fShip) && sentAbroad(s.low[s.sp.start:s.sp.end])) && !s.has(fImport) {
		// "内蒙古二连浩特口岸今年出口蔬菜12万吨", "Павлодарская область экспортировала": a region that exports
		// ships its country's goods; so does the country named as the place of a region in Chinese
		// ("新疆喀什地区今年出口番茄酱8万吨").
		for _, c := range s.cs {
			if (c.region && c.role == roleRegion && !s.towardRegion(c) || c.role == roleLoc && s.lang == "zh" && regionAfter(s, c)) &&
				c.code != to && c.pos >= segA && c.pos < segB {
				from = c.code
				break
			}
		}
	}
	if to == "" && from != "" && s.has(fImport) && !s.has(fExport) {
		// "Inner Mongolia imported 52,000 tonnes of Kazakh sunflower seeds": a region that imports
		// receives for its country.
		for _, c := range s.cs {
			if c.region && c.role == roleRegion && c.code != from && c.pos >= segA && c.pos < segB {
				to = c.code
				break
			}
		}
	}
	if to == "" {
		to = s.regionDest(segA, segB, from)
	}
	if to == "" && from != "" && from != "CN" && s.zhCrossingEntered(s.sp.start, segB) {
		// "首批2500吨菜籽油已于11月20日运抵阿拉山口": goods that reach a Chinese crossing enter China, and
		// so does the change told after them ("…运抵阿拉山口2.8万吨，较上周减少0.6万吨").
		to = "CN"
	}
	if from == to && to != "" {
		// "稳居中国大麦主要来源国之列": the destination's own goods are no exporter; the subject that
		// exports is. (Two sides not found are no such pair: the subject of another clause ships nothing
		// of this figure.)
		from = ""
		for _, c := range s.cs {
			if c.role == roleAgent && c.code != to && s.tradeSense(c) == fExport {
				from = c.code
				break
			}
		}
		if from == "" {
			// "Shipments of Kazakh flour to Afghanistan fell … as Afghan mills switched": the buyer's
			// adjective nearer the figure is no exporter; the goods' other origin is.
			from = s.originOtherThan(segA, segB, to)
		}
	}
	return from, to
}

// dashDest returns the destination a dash right after the figure ending at b names: «9,8 тыс. тонн — в
// Узбекистан», "27,100 tonnes – to China", «5,1 мың тонна – Өзбекстанға». A destination told so is that
// figure's, though another stands nearer its start.
func (s *sentence) dashDest(b, segB int) string {
	k := skipSpaces(s.low, b)
	dash := false
	for _, d := range [...]string{"—", "–", "-"} {
		if strings.HasPrefix(s.low[k:], d) {
			k, dash = skipSpaces(s.low, k+len(d)), true
			break
		}
	}
	if !dash {
		return ""
	}
	if w, at := nextToken(s.low, k, s.sp.end); w != "" && at == k {
		if r, ok := prepRole(w); ok && r == roleDest {
			k = skipSpaces(s.low, at+len(w))
		}
	}
	for _, c := range s.cs {
		if c.pos == k && c.role == roleDest && !c.region {
			return c.code
		}
	}
	return ""
}

// relativeAside returns the relative clause set between commas before the figure at a, or an empty
// span: «Узбекистан, который остается крупнейшим покупателем казахстанской муки, сам отправил …»,
// "Uzbekistan, which remains the biggest buyer of Kazakh flour, itself shipped …". Whose goods it names
// are of its own verb, not the figure's, which its head ships.
func (s *sentence) relativeAside(a int) (int, int) {
	low := s.low[s.sp.start:a]
	for _, w := range relativeOpeners.of(s.lang) {
		i := strings.Index(low, w)
		if i < 0 {
			continue
		}
		j := strings.IndexAny(low[i+len(w):], ",—–")
		if j < 0 {
			return 0, 0 // the figure is inside the clause
		}
		return s.sp.start + i, s.sp.start + i + len(w) + j
	}
	return 0, 0
}

// relativeOpeners open a relative clause after its head's comma.
var relativeOpeners = langWords{ru: []string{", котор"}, en: []string{", which ", ", who ", ", that "}}

// noteImports keeps in the article's topic the importer's total m, left out for naming no exporter,
// with its period: the parts a later sentence gives ("Of that, 640,000 tonnes came from Kazakhstan")
// are shipped to that importer in that time. It is the sentence's one figure.
func (s *sentence) noteImports(m agrowatch.Mention, mass []quantity, ps *[]period, read *bool) {
	if !*read {
		*ps, *read = s.periods(), true
	}
	if p, ok := s.periodOf(*ps, mass, 0); ok {
		m.Period, m.Year = p.text, p.year
	}
	s.tp.imports = m
}

// codeOnlyFrom reports that every commodity hit of code lies at or after at (and one does).
func (s *sentence) codeOnlyFrom(code string, at int) bool {
	found := false
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fCommodity != 0 && w.code == code {
			if int(h.pos) < at {
				return false
			}
			found = true
		}
	}
	return found
}

// regionOf reports a region or city of country code named in the sentence, Xinjiang too, which the
// lexicon names as China itself ("Синьцзян экспортировал", 新疆).
func (s *sentence) regionOf(code string) bool {
	for _, c := range s.cs {
		if c.code == code && (c.region || containsAny(s.low[c.pos:c.end], "синьцзян", "xinjiang", "新疆", "суар", "сuar")) {
			return true
		}
	}
	return false
}

// ownerOf returns the country in [lo, a) named as the owner of the trade right after it, f (fImport or
// fExport) its word, the goods or "total" between them at most: "China's total oilseed imports",
// "Qytaıdyń arpa ımporty", "我国粮食进口", "China's own soybean meal exports"; or, in Russian, the
// genitive after the noun («импорта ячменя Китая»). An adjective names whose goods ("Kazakh wheat
// imports"), not whose trade, and so does any country but China before the goods in Chinese
// ("哈萨克斯坦大麦进口" is the import of Kazakh barley); "" when no such owner is named.
func (s *sentence) ownerOf(lo, a int, f feat) string {
	for _, c := range s.cs {
		if c.pos < lo || c.pos >= a || c.role != roleOrigin || s.lang == "zh" && c.code != "CN" {
			continue
		}
		switch s.countryForm(c) {
		case formAdj:
			continue
		case formGen:
			if s.lang == "ru" && s.tradeBefore(lo, c.pos, f) {
				return c.code
			}
		}
		for _, h := range s.hits {
			if int(h.pos) < c.end {
				continue
			}
			hf := s.word(h).feat
			if int(h.pos) >= a || hf&f == 0 && hf&(fCommodity|fTotal) == 0 {
				break
			}
			if hf&f != 0 {
				return c.code
			}
		}
	}
	return ""
}

// tradeBefore reports a word of trade f in [lo, at) followed up to at by goods or "total" only.
func (s *sentence) tradeBefore(lo, at int, f feat) bool {
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if int(h.pos) >= at {
			continue
		}
		hf := s.word(h).feat
		if int(h.pos) < lo || hf&f == 0 && hf&(fCommodity|fTotal) == 0 {
			return false
		}
		if hf&f != 0 {
			return true
		}
	}
	return false
}

// countryForm returns the form of the lexicon word that names country c.
func (s *sentence) countryForm(c cmention) form {
	for _, h := range s.hits {
		if int(h.pos) == c.pos && s.word(h).feat&fCountry != 0 {
			return s.word(h).form
		}
	}
	return formNone
}

// originOtherThan returns the country named as the goods' source or origin in [segA, segB), first
// in text order, that is not code; else "".
func (s *sentence) originOtherThan(segA, segB int, code string) string {
	for _, c := range s.cs {
		if c.pos >= segA && c.pos < segB && c.code != code && !c.region && (c.role == roleSource || c.role == roleOrigin) {
			return c.code
		}
	}
	return ""
}

// tradeSense says whether a subject country exports (fExport) or imports (fImport), from the
// trade word nearest it; 0 when the sentence has none.
func (s *sentence) tradeSense(c cmention) feat {
	best, bestDist := feat(0), 1<<30
	rs, re := 0, 0
	if c.end < s.sp.end && s.low[c.end] == ',' {
		// "Uzbekistan, which buys most of its flour from Kazakh mills, itself shipped …": the verb of its
		// relative clause is not the subject's own.
		if rs, re = s.relativeAside(s.sp.end); rs != c.end {
			rs, re = 0, 0
		}
	}
	for _, h := range s.hits {
		f := s.word(h).feat & (fExport | fImport | fShip)
		if f == 0 || s.word(h).feat&fTarget != 0 || int(h.pos) >= rs && int(h.pos) < re {
			continue // "Eksporttaýshylar … Iran … alady": a noun of exporters is nobody's verb
		}
		d := int(h.pos) - c.end
		if d < 0 {
			d = c.pos - int(h.end)
		}
		if d < bestDist {
			bestDist = d
			if f&fImport != 0 && f&fExport == 0 {
				best = fImport
			} else {
				best = fExport
			}
		}
	}
	return best
}

// nearestCountry returns the country with one of the roles nearest the figure at a, among those that
// start in [segA, segB).
func (s *sentence) nearestCountry(segA, segB, a int, roles ...role) string {
	return s.nearestWhere(segA, segB, a, roles, nil)
}

// nearestWhere is the country with one of the roles nearest the figure at a among those that start in
// [lo, hi), leaving out those skip reports (none when skip is nil).
func (s *sentence) nearestWhere(lo, hi, a int, roles []role, skip func(cmention) bool) string {
	best, bestDist := "", 1<<30
	for _, c := range s.cs {
		if c.pos < lo || c.pos >= hi || !hasAny(c.role, roles) || skip != nil && skip(c) {
			continue
		}
		d := c.pos - a
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = c.code, d
		}
	}
	return best
}

// nearestUnlisted is nearestCountry over [lo, hi) leaving out the listed items ("Иран – 12 тыс. тонн",
// "Узбекистан (420 тыс. тонн)") after the figure's own stretch, which ends at segB, and those before it
// with another figure between: each belongs to the figure beside it. (An item just before the stretch may be the figure's own: "Ózbekstan (640 myń tonna)
// men Aýǵanstan (310 myń tonna)".)
func (s *sentence) nearestUnlisted(lo, hi, segB, a int, roles ...role) string {
	return s.nearestWhere(lo, hi, a, roles, func(c cmention) bool {
		if c.pos >= segB && c.item || c.item && c.pos < a && s.unitBetween(c.end, a) {
			return true
		}
		at := s.bracketFigureAt(c)
		return at >= 0 && at != a
	})
}

// possessorOf returns the country named in the English possessive right before the figure at a:
// "Kazakhstan's 9.4 million tonnes".
func (s *sentence) possessorOf(a int) (string, bool) {
	if s.lang != "en" {
		return "", false
	}
	for i := len(s.cs) - 1; i >= 0; i-- {
		c := s.cs[i]
		if c.end > a {
			continue
		}
		if strings.TrimSpace(s.low[c.end:a]) == "" && s.countryForm(c) == formPoss {
			return c.code, true
		}
		return "", false
	}
	return "", false
}

// bracketOwner returns the country whose brackets the figure at a opens: "Uzbekistan (420,000 tonnes)".
func (s *sentence) bracketOwner(a int) (cmention, bool) {
	if head := s.low[s.sp.start:a]; !strings.HasSuffix(head, "(") && !strings.HasSuffix(head, "（") {
		return cmention{}, false
	}
	for _, c := range s.cs {
		if c.end <= a && s.bracketFigureAt(c) == a {
			return c, true
		}
	}
	return cmention{}, false
}

// unitBetween reports a tonnage or scale word in [a, b): another figure stands there.
func (s *sentence) unitBetween(a, b int) bool {
	for _, h := range s.hits {
		if int(h.pos) >= a && int(h.pos) < b && s.word(h).feat&fUnit != 0 {
			return true
		}
	}
	return false
}

// bracketFigureAt returns where the figure in brackets right after country c starts, or -1: "ahead of
// Uzbekistan (420,000 tonnes)", «опередив Узбекистан (420 тыс. тонн)», "乌兹别克斯坦（210万吨）".
func (s *sentence) bracketFigureAt(c cmention) int {
	if near := s.low[c.end:min(c.end+4, s.sp.end)]; strings.IndexByte(near, '(') < 0 && strings.IndexByte(near, 0xEF) < 0 {
		return -1 // neither "(" nor "（" (whose UTF-8 opens with 0xEF) right after it
	}
	rest := strings.TrimLeft(s.low[c.end:s.sp.end], " ")
	at := s.sp.end - len(rest)
	for _, open := range [...]string{"(", "（"} {
		if r, ok := strings.CutPrefix(rest, open); ok && r != "" && isDigit(r[0]) {
			return at + len(open)
		}
	}
	return -1
}

func hasAny(r role, roles []role) bool {
	for _, x := range roles {
		if r == x {
			return true
		}
	}
	return false
}

// afterMainly reports commodity hit k as a share named after "mostly", or a member of the list of
// shares it opens: "масличных культур, прежде всего подсолнечника и льна", "oilseeds, mainly sunflower
// seeds and flax", "астық, негізінен бидай мен арпа". The head noun before "mostly" names the goods.
func (s *sentence) afterMainly(k int) bool {
	for j := k - 1; j >= 0; j-- {
		w := s.word(s.hits[j])
		if w.feat&fMainly != 0 {
			return true
		}
		// A stem ends inside its word ("подсолнечник|а и льна"): the gap starts after the word.
		next := int(s.hits[j+1].pos)
		if w.feat&fCommodity == 0 || !listJoin(s.low[wordEnd(s.low, int(s.hits[j].end), next):next]) {
			return false
		}
	}
	return false
}

// mainlyNoSource reports a Chinese sentence whose every word of "mainly" names no source: goods right
// after it ("进口饲料（主要为麸皮和油渣）16.4万吨" is a share of the goods) or what the goods go to or are
// for ("…1.2万吨，主要流向甘肃的饲料企业", "主要用於飼料"). A source is named by 主要来自, 主要从, or a country
// right after the word ("主要是澳大利亚").
func (s *sentence) mainlyNoSource() bool {
	if s.lang != "zh" {
		return false
	}
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fMainly == 0 {
			continue
		}
		if w.pat != "主要" || k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&(fCommodity|fCountry) == fCountry &&
			zhCopula(s.low[h.end:s.hits[k+1].pos]) {
			return false
		}
	}
	return true
}

// zhCopula reports a gap of nothing or of the copula alone (为, 是) between two Chinese words.
func zhCopula(gap string) bool {
	gap = strings.TrimSpace(gap)
	return gap == "" || gap == "为" || gap == "是"
}

// pairHead returns the commodity hit that the commodity hit k is joined to as the second of a pair by
// a word of "and" alone ("vegetables and fruit", «астық пен ұн», «мяса и субпродуктов»), or -1: the pair
// names its goods by the first, as a list does by its head. A longer list, a comma, goods given
// respectively and goods whose own figures follow each are not a pair.
func (s *sentence) pairHead(k int) int {
	if k <= 0 || s.word(s.hits[k]).feat&fCommodity == 0 {
		return -1
	}
	j := k - 1
	for j >= 0 && s.word(s.hits[j]).feat&fCommodity == 0 {
		j--
	}
	if j < 0 || s.word(s.hits[j]).code == "" || s.word(s.hits[j]).code == s.word(s.hits[k]).code {
		return -1
	}
	next := int(s.hits[k].pos)
	gap := strings.TrimSpace(s.low[wordEnd(s.low, int(s.hits[j].end), next):next])
	switch gap {
	case "и", "and", "мен", "men", "пен", "pen", "бен", "ben", "және", "jáne":
	default:
		return -1
	}
	if j > 0 && s.word(s.hits[j-1]).feat&fCommodity != 0 && listJoin(s.low[wordEnd(s.low, int(s.hits[j-1].end), int(s.hits[j].pos)):s.hits[j].pos]) {
		return -1 // "wheat, barley and flax": a list, not a pair
	}
	if containsAny(s.low[s.sp.start:s.sp.end], "respectively", "соответственно", "тиісінше", "tıisinshe") {
		return -1
	}
	return j
}

// listJoin reports the text between two items of one list: a comma or a word of "and", "or".
func listJoin(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "", ",", "и", "или", "and", "or", ",and", ", and", "мен", "men", "пен", "pen", "бен", "ben", "және", "jáne", "немесе",
		"nemese", "、", "和", "及":
		return true
	}
	return false
}

// nearestCode returns the code of the hit with feature f nearest the figure [a, b): in its own
// stretch first, else the first in the sentence.
func (s *sentence) nearestCode(f feat, segA, segB, a, b int) string {
	best, bestDist, bestK := "", 1<<30, -1
	share, shareDist := "", 1<<30 // goods named right after "mostly": the head noun wins over them
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&f == 0 || w.code == "" || int(h.pos) < segA || int(h.pos) >= segB {
			continue
		}
		if w.code == "feed" && s.grainAfter(k) {
			continue // "feed barley", "фуражного ячменя", "жемдік арпа", "饲料大麦": the grain, fed or not
		}
		if w.code == "agricultural products" && s.goodsAfter(k) {
			continue // «продовольственной пшеницы»: the wheat, whatever it is for
		}
		if s.goodsAside(k) {
			continue // "粮食（含面粉）865万吨", "зерна (включая муку)": the goods the aside qualifies
		}
		d := int(h.pos) - b
		if d < 0 {
			d = a - int(h.end)
		}
		if f == fCommodity && (s.afterMainly(k) || int(h.pos) >= b && partOpensAt(s.low[segA:h.pos])) {
			// "вывоз мяса … составил 34,5 тыс. тонн, преимущественно говядины", "meat …, mostly beef":
			// the share is nearer the figure, the head noun names the goods.
			if d < shareDist {
				share, shareDist = w.code, d
			}
			continue
		}
		if d < bestDist {
			best, bestDist, bestK = w.code, d, k
		}
	}
	if best != "" {
		if j := s.pairHead(bestK); j >= 0 && int(s.hits[j].pos) >= segA {
			best = s.word(s.hits[j]).code
		}
		if code := s.equivalentAfter(bestK); f == fCommodity && code != "" {
			best = code
		}
	}
	if best == "" {
		best = share
	}
	if best != "" {
		return best
	}
	// None in its own stretch: the nearest before it ("出口面粉98万吨，较去年同期减少12万吨" is flour's change,
	// though "粮食加工者联盟" opens the sentence), else the first of the sentence.
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if w := s.word(h); int(h.end) <= segA && w.feat&f != 0 && w.code != "" && !(w.code == "feed" && s.grainAfter(k)) &&
			!s.goodsAside(k) && !(f == fCommodity && s.afterMainly(k)) {
			if code := s.equivalentAfter(k); f == fCommodity && code != "" {
				return code // "小麦及面粉（折合小麦）…900万吨，其中对华出口约120万吨": the part is counted as the whole
			}
			if j := s.pairHead(k); f == fCommodity && j >= 0 {
				return s.word(s.hits[j]).code // "…11,6 млн тонна астық пен ұн …, бұл … 2,9 млн тоннаға көп": the pair's first
			}
			return w.code
		}
	}
	return s.firstCode(f)
}

// zhEquivalent are the words that name the goods a figure is counted in: "小麦及面粉（折合小麦）".
var zhEquivalent = [...]string{"折合", "折合成", "折算为", "折算成", "折成"}

// equivalentAfter returns the goods an aside after the goods of hit k, or after the pair it opens, counts
// them in ("小麦及面粉（折合小麦）900万吨" is wheat, "粮食和面粉（折合粮食）" grain), as "grain and flour in
// grain equivalent" is named by its first; or "".
func (s *sentence) equivalentAfter(k int) string {
	if s.lang != "zh" || k < 0 {
		return ""
	}
	for j := k + 1; j < len(s.hits) && j <= k+2; j++ {
		h := s.hits[j]
		w := s.word(h)
		if w.feat&fCommodity == 0 || w.code == "" {
			continue
		}
		gap := s.low[s.hits[k].end:h.pos]
		if len(gap) <= 24 && strings.ContainsAny(gap, "(（") && hasAnySuffix(gap, zhEquivalent[:]...) &&
			hasAnyPrefix(s.low[h.end:], ")", "）") {
			return w.code
		}
	}
	return ""
}

// partOpensAt reports head, the words before goods after a figure, ending in the words that open a part
// of it ("约150万吨，其中大麦占一半以上", "…, из них ячменя – больше половины", "of which barley"): the goods of
// the part, when the part has no figure of its own stretch, name no goods of the whole.
func partOpensAt(head string) bool {
	head = strings.TrimRight(head, " ")
	tail := head[max(0, len(head)-64):] // a share is short: only the last words can hold the part word before it
	for _, w := range [...]string{"其中", "of which", "из них", "из которых", "в том числе", "оның ішінде", "onyń ishinde"} {
		if strings.HasSuffix(head, w) {
			return true
		}
		if i := strings.LastIndex(tail, w); i >= 0 && shareOnly(tail[i+len(w):]) {
			return true // "其中三分之一为大麦", "of which a third was barley", «из них треть — ячмень»
		}
	}
	return false
}

// shareOnly reports the words after "其中", "of which", «из них» that give only a share of the whole
// before the goods it names: "三分之一为", "60%为", "a third was", «треть —», "about half".
func shareOnly(rest string) bool {
	if len(rest) > 40 || containsAny(rest, "吨", "тонн", "tonn", "tons", "мың", "myń", ",", "，") {
		return false
	}
	return containsAny(rest, "分之", "%", "成", "半", "треть", "половин", "четверт", "third", "half", "quarter", "percent",
		"үштен", "жарты", "úshten", "jarty")
}

// goodsAside reports commodity hit k inside brackets that open right after another commodity: "粮食
// （含面粉）", "зерна (включая муку)", "grain (including flour)". The aside qualifies the goods before
// it; a figure beside them is of those. An aside that holds a figure is a part of its own.
func (s *sentence) goodsAside(k int) bool {
	pos := int(s.hits[k].pos)
	open := max(strings.LastIndexByte(s.low[s.sp.start:pos], '('), strings.LastIndex(s.low[s.sp.start:pos], "（"))
	if open < 0 {
		return false
	}
	open += s.sp.start
	if strings.ContainsAny(s.low[open:pos], ")）0123456789") {
		return false // closed before the goods, or an aside with a figure of its own: "(в том числе 156 тыс. тонн ячменя)"
	}
	for j := k - 1; j >= 0; j-- {
		h := s.hits[j]
		if int(h.end) > open {
			continue
		}
		return s.word(h).feat&fCommodity != 0 && strings.TrimSpace(s.low[wordEnd(s.low, int(h.end), open):open]) == ""
	}
	return false
}

// suppliersApart reports a country named only after the figure ending at b, in a clause with no
// figure of its own: the suppliers of an importer's total named apart.
func (s *sentence) suppliersApart(code string, b int) bool {
	n := 0
	for _, c := range s.cs {
		if c.code != code {
			continue
		}
		ca, cb := s.clause(c.pos)
		if c.pos < b || ca < b || strings.ContainsAny(s.low[ca:cb], "0123456789") {
			return false
		}
		n++
	}
	return n > 0
}

// importClause reports a figure whose own clause tells imports and neither an export, a shipment nor
// a purchase: "China imported a total of 11.8 million tonnes" before ", with Australia … supplying".
func (s *sentence) importClause(a int) bool {
	ca, cb := s.clause(a)
	var f feat
	for _, h := range s.hits {
		if int(h.pos) < ca || int(h.pos) >= cb {
			continue
		}
		if w := s.word(h); !volumeVerb(w.pat) {
			f |= w.feat
		}
	}
	return f&(fImport|fExport|fShip|fPurchase) == fImport
}

// volumeVerb reports a verb that only tells how much a trade came to ("totalled", "amounted"): beside
// imports it ships nothing itself ("China's barley imports totalled 11.2 million tonnes, with Australia
// … supplying most of it").
func volumeVerb(pat string) bool {
	switch pat {
	case "totaled", "totalled", "amounted":
		return true
	}
	return false
}

// attributionAfter returns where the attribution after the figure ending at b begins, within its
// stretch ending at segB: in "…, до 310 тыс. тонн, отмечают аналитики зернового рынка" the analysts'
// market names no goods of the figure. The attribution's clause opens at the comma or dash before its
// verb, so that the source told before the verb is cut off too: "…, the oilseed processors' union said"
// names who reports, not the goods.
func (s *sentence) attributionAfter(b, segB int) int {
	for _, h := range s.hits {
		if p := int(h.pos); p >= b && p < segB && s.word(h).feat&fAttrib != 0 {
			if c := lastClauseMark(s.low[b:p]); c >= 0 {
				return b + c
			}
			return p
		}
	}
	return segB
}

// lastClauseMark returns where the last comma or dash of gap is, or -1: the start of the clause that
// ends gap.
func lastClauseMark(gap string) int {
	c := strings.LastIndexByte(gap, ',')
	for _, d := range [...]string{" — ", " – ", " - "} {
		if i := strings.LastIndex(gap, d); i > c {
			c = i
		}
	}
	return c
}

// goodsAfter reports the goods of another commodity named right after hit k, which the word of
// farm goods in general before it qualifies: «продовольственной пшеницы» (food wheat) is wheat.
func (s *sentence) goodsAfter(k int) bool {
	if k+1 >= len(s.hits) {
		return false
	}
	h, n := s.hits[k], s.hits[k+1]
	w := s.word(n)
	return w.feat&fCommodity != 0 && w.code != "" && w.code != s.word(h).code && gapWords(s.low, int(h.end), int(n.pos)) == 0
}

// grainAfter reports a grain named right after hit k, as the word "feed" qualifies it: "feed barley",
// "饲料大麦".
func (s *sentence) grainAfter(k int) bool {
	if k+1 >= len(s.hits) {
		return false
	}
	h, n := s.hits[k], s.hits[k+1]
	if g := gapWords(s.low, int(h.end), int(n.pos)); g != 0 {
		return false
	}
	switch s.word(n).code {
	case "wheat", "barley", "corn", "oats", "grain":
		return true
	}
	return false
}

// periodOf returns the period of figure i of mass: a possessive year beside it ("2022’s 615,000 tons",
// "2022 жылғы 610 мың тонна", "2022年的75万吨", "480 тыс. тонн 2022 года") if there is one, else the
// nearest period that is not another figure's possessive year.
func (s *sentence) periodOf(ps []period, mass []quantity, i int) (period, bool) {
	if len(ps) == 0 {
		return period{}, false
	}
	owner := func(p period) int {
		if j := s.asideFigure(p, mass); j >= 0 {
			return j // "640 myń tonna (ótken jyly 510 myń tonna)": the year before dates the figure of its aside
		}
		if !p.own {
			return -1
		}
		for j, q := range mass {
			a := s.sp.start + q.start
			if p.end <= a && (gapWords(s.low, p.end, a) == 0 || strings.TrimSpace(s.low[p.end:a]) == "的") {
				return j // the year stands right before the figure: "2024年的35万吨"; it wins over one after
			}
		}
		for j, q := range mass {
			b := s.sp.start + q.end
			if b <= p.pos && gapWords(s.low, b, p.pos) >= 0 && gapWords(s.low, b, p.pos) <= 2 {
				return j // the genitive year follows the figure and its goods
			}
		}
		return -1
	}
	free := ps[:0:0]
	for _, p := range ps {
		switch owner(p) {
		case i:
			return p, true
		case -1:
			free = append(free, p)
		}
	}
	segA, segB := s.sp.start, s.sp.end
	if i > 0 {
		segA = s.clauseBreak(s.sp.start+mass[i-1].end, s.sp.start+mass[i].start)
	}
	if i+1 < len(mass) {
		segB = s.clauseBreak(s.sp.start+mass[i].end, s.sp.start+mass[i+1].start)
	}
	b := s.sp.start + mass[i].end
	coord := segB // where a coordinate clause after the figure opens, read only for a period after it
	for _, p := range free {
		if p.pos > b && p.pos < segB {
			coord = s.coordinateAfter(b, segB)
			break
		}
	}
	n := 0
	for _, p := range free {
		if p.pos >= coord && coord < segB {
			continue // "…410 тыс. тонн, при этом в ноябре ожидается рост": the later clause's own time
		}
		if p.pos >= segB && contrastAfter(s.low[b:p.pos]) {
			// "…до 11 млн тонн, хотя в прошлом году поставки сократились до 1,02 млн тонн", "to 1 million
			// tonnes, up from 480,000 tonnes last year": a later clause of contrast or comparison dates its
			// own figure only.
			continue
		}
		free[n] = p
		n++
	}
	return nearestPeriod(runsToFirst(datedFirst(free[:n])), segA, segB, s.sp.start+mass[i].start)
}

// runsToFirst drops from ps the bare current year (今年, 本年) when a date the total runs to dates it too:
// "截至9月底，今年我国…累计进口牛肉1.63万吨" is the total to the end of September. ps is filtered in place.
func runsToFirst(ps []period) []period {
	runsTo := false
	for _, p := range ps {
		runsTo = runsTo || hasAnyPrefix(p.text, "截至", "截止")
	}
	if !runsTo {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if p.text != "今年" && p.text != "本年" {
			out = append(out, p)
		}
	}
	return out
}

// datedFirst drops the rates of ps ("в месяц", "annually", 每年) when another phrase dates the figure:
// "в ноябре–декабре отгрузки сохранятся на уровне 700 тыс. тонн в месяц" is November–December's. ps
// is filtered in place.
func datedFirst(ps []period) []period {
	n := 0
	for _, p := range ps {
		if !p.rate {
			n++
		}
	}
	if n == 0 || n == len(ps) {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if !p.rate {
			out = append(out, p)
		}
	}
	return out
}

// asideFigure returns the figure of mass that stands with period p inside one pair of brackets, or -1:
// an aside that dates its own figure dates none outside it.
func (s *sentence) asideFigure(p period, mass []quantity) int {
	head := s.low[s.sp.start:p.pos]
	open := max(strings.LastIndexByte(head, '('), strings.LastIndex(head, "（"))
	if open < 0 || strings.ContainsAny(head[open:], ")）") {
		return -1
	}
	tail := s.low[p.end:s.sp.end]
	end := strings.IndexAny(tail, ")）")
	if end < 0 || strings.ContainsAny(tail[:end], "(（") {
		return -1
	}
	lo, hi := open, p.end-s.sp.start+end
	for j, q := range mass {
		if q.start > lo && q.end <= hi {
			return j
		}
	}
	return -1
}

// nearestPeriod returns the period nearest the figure at a, preferring one in its own stretch.
func nearestPeriod(ps []period, segA, segB, a int) (period, bool) {
	best, bestDist, found := period{}, 1<<30, false
	for pass := 0; pass < 2 && !found; pass++ {
		for _, p := range ps {
			if pass == 0 && (p.pos < segA || p.pos >= segB) {
				continue
			}
			d := p.pos - a
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist, found = p, d, true
			}
		}
	}
	return best, found
}

// partsBetween reports a word that opens the parts of a total in the words between two figures: "в
// том числе", "including", "of which", "оның ішінде", "其中".
func partsBetween(low string) bool {
	return containsAny(low, "в том числе", "из них", "including", "of which", "оның ішінде", "onyń ishinde",
		"соның ішінде", "其中") || buyersHead(low)
}

// buyersHead reports words that open a list of the total's buyers: «негізгі сатып алушылар –
// Ауғанстан (1,1 млн тонна), …», «основные покупатели — …», "the main buyers were …". Its items are
// parts of the total, shipped by its exporter.
func buyersHead(low string) bool {
	return containsAny(low, "сатып алушы", "satyp alýshy", "покупател", "buyers", "importers")
}

// ellipticItem reports the stretch [lo, a) before a figure as an item joined to the figure before it
// that names no verb of trade and no country but its destination: «, а в Туркменистан — около», ", and
// to Turkey another", ", ал Иранға". Its exporter and goods are the first item's.
func (s *sentence) ellipticItem(lo, a int) bool {
	if lo <= s.sp.start || s.featsIn(lo, a)&(fExport|fImport|fShip|fPurchase) != 0 {
		return false
	}
	w, at := nextToken(s.low, lo, a)
	if !slices.Contains(ellipticJoins.of(s.lang), w) {
		return s.commaItem(lo, a, w, at)
	}
	if s.lang != "kk" {
		// «а в Туркменистан», "and to Tajikistan": a preposition of destination after the join; «а
		// Россия — 1,2 млн тонн» sets a subject of its own beside the first.
		if p, _ := nextToken(s.low, at+len(w), a); p == "" {
			return false
		} else if r, ok := prepRole(p); !ok || r != roleDest {
			return false
		}
	}
	for _, c := range s.cs {
		if c.pos >= lo && c.pos < a && c.role != roleDest {
			return false
		}
	}
	return true
}

// commaItem reports the stretch [lo, a) as a list item after a mere comma that names only its
// destination, first: "…, Aýǵanstanǵa 870 myń tonna", «…, в Афганистан 870 тыс. тонн», ", to
// Afghanistan 870,000 tonnes". w is its first word, at where it starts. A country in the dative opens a
// Kazakh item, a preposition of destination a Russian or English one.
func (s *sentence) commaItem(lo, a int, w string, at int) bool {
	if s.lang == "zh" || !strings.HasSuffix(strings.TrimRight(s.low[s.sp.start:lo], " "), ",") &&
		!strings.HasPrefix(strings.TrimLeft(s.low[lo:a], " "), ",") {
		return false
	}
	first := false
	for _, c := range s.cs {
		if c.pos < lo || c.pos >= a {
			continue
		}
		if c.role != roleDest {
			return false
		}
		first = first || c.pos == at
	}
	if s.lang == "kk" {
		return first
	}
	r, ok := prepRole(w)
	return ok && r == roleDest
}

// ellipticJoins open a list item that leaves out its verb: «а в Туркменистан — 260 тыс.», "and to
// Turkey 40,000", "ал Иранға 90 мың".
var ellipticJoins = langWords{ru: []string{"а", "и"}, kk: []string{"ал", "al", "және", "jáne"}, en: []string{"and"}}

// homeNamed reports a sentence that names the exporter only as the home country: "из республики",
// "из страны", "елден", "елімізден", "from the country".
func (s *sentence) homeNamed() bool { return homeWords.in(s.lang, s.low[s.sp.start:s.sp.end]) }

// homeSubject reports the home country named as the subject before the figure at a, from lo: "The
// country sold …", «республика намерена довести экспорт …», «страна отгрузила», "Ел … экспорттады".
// The nominative alone is the subject; "this country", «эта страна», «соседняя республика», "екі ел"
// (two countries) point elsewhere, and a country's own name ("Кыргызская Республика") is no home word.
func (s *sentence) homeSubject(lo, a int) bool {
	words := homeSubjectWords.of(s.lang)
	if len(words) == 0 {
		return false
	}
	for at := a; at > lo; {
		w, pos := prevToken(s.low, lo, at)
		if w == "" {
			return false
		}
		at = pos
		if !slices.Contains(words, w) {
			continue
		}
		for _, c := range s.cs {
			if pos >= c.pos && pos < c.end {
				return false
			}
		}
		p, ppos := prevToken(s.low, s.sp.start, pos)
		if s.lang == "en" {
			if p == "our" {
				return true // "our country exported …" in a minister's words
			}
			if p == "asian" {
				// "The Central Asian republic also sold …": the home country by its region.
				if q, qpos := prevToken(s.low, s.sp.start, ppos); q == "central" {
					p, ppos = prevToken(s.low, s.sp.start, qpos)
				}
			}
			if p != "the" {
				return false
			}
			p, _ = prevToken(s.low, s.sp.start, ppos)
			_, prep := prepRole(p)
			return !prep && p != "of" && p != "across" && p != "around"
		}
		if w == "республике" || w == "стране" {
			// «урожай позволит республике довести экспорт до 12 млн тонн»: the country a verb of enabling
			// lets act is the subject of the act; any other dative («соседней республике») receives.
			return strings.HasPrefix(p, "позвол") || strings.HasPrefix(p, "помож") || strings.HasPrefix(p, "помог")
		}
		return !slices.Contains(pointerWords.of(s.lang), p)
	}
	return false
}

// levelAfterBase reports a figure right after the period a change is measured from, between them: "fell
// by 40,000 tonnes from December to 85,000 tonnes", «с 120 тыс. тонн в сентябре до 85 тыс. тонн». The
// figure is the level reached, not the base's: the base's period does not date it.
func levelAfterBase(between string) bool {
	switch strings.TrimSpace(between) {
	case "to", "до", "up to", "down to":
		return true
	}
	return false
}

// comparedFrom returns where the stretch [pa, a) before a figure reaches back to for its subject: the
// sentence's start when the stretch opens a comparison ("…, up from 61,000 tonnes a year ago", «…
// против 33 тыс. т»), whose base figure is the same subject's; else pa.
func (s *sentence) comparedFrom(pa, a int) int {
	if pa > s.sp.start && containsAny(s.low[pa:a], "up from", "down from", "against", "compared with", "compared to", "versus",
		"против", "по сравнению с") {
		return s.sp.start
	}
	return pa
}

// homeOwner reports the home country named as the owner of the exports in [lo, hi): «экспортный
// потенциал республики», «поставки страны», "республиканың экспорт әлеуеті", "the country's exports". The
// owner follows its noun in Russian and precedes it in Kazakh and English; a word before the owner
// («соседней республики», "this country's") points elsewhere and breaks the pair.
func (s *sentence) homeOwner(lo, hi int) bool {
	owners, nouns := homeOwnerWords.of(s.lang), homeOwnedNouns.of(s.lang)
	if len(owners) == 0 || !s.has(fExport|fForecast) || !containsAny(s.low[lo:hi], owners...) {
		return false
	}
	for at := lo; at < hi; {
		w, pos := nextToken(s.low, at, hi)
		if w == "" {
			return false
		}
		at = pos + len(w)
		if !slices.Contains(owners, w) {
			continue
		}
		var other string
		if s.lang == "ru" {
			other, _ = prevToken(s.low, lo, pos)
		} else {
			if s.lang == "en" {
				if p, _ := prevToken(s.low, lo, pos); p != "the" {
					continue
				}
				if next := s.low[at:min(at+3, hi)]; next != "'s " && !strings.HasPrefix(s.low[at:hi], "’s ") {
					continue
				}
				at += strings.IndexByte(s.low[at:hi], ' ')
			}
			other, _ = nextToken(s.low, at, hi)
		}
		for _, n := range nouns {
			if strings.HasPrefix(other, n) {
				return true
			}
		}
	}
	return false
}

// homeOwnerWords are the home country as the owner of exports, homeOwnedNouns what it owns.
var homeOwnerWords = langWords{ru: []string{"республики", "страны"},
	kk: []string{"республиканың", "елдің", "еліміздің", "respýblıkanyń", "eldiń", "elimizdiń"}, en: []string{"country", "republic"}}

var homeOwnedNouns = langWords{ru: []string{"экспорт", "потенциал", "поставк", "вывоз", "отгрузк"},
	kk: []string{"экспорт", "әлеует", "eksport", "áleýet"}, en: []string{"export", "potential", "shipment", "sales"}}

// homeSubjectWords are the home country as a subject; pointerWords the words before one that make it
// another country.
var homeSubjectWords = langWords{ru: []string{"республика", "страна", "республике", "стране"},
	kk: []string{"ел", "el", "еліміз", "elimiz", "республика", "respýblıka"}, en: []string{"country", "republic"}}

var pointerWords = langWords{ru: []string{"эта", "та", "данная", "соседняя", "другая", "каждая", "одна", "любая", "вся"},
	kk: []string{"бұл", "bul", "осы", "osy", "сол", "sol", "екі", "eki", "көрші", "kórshi", "басқа", "basqa", "әр", "ár"}}

var homeWords = langWords{ru: []string{"из республики", "из страны", "за пределы республики", "за пределы страны",
	// A speaker's «у нас» (in our country): «Экспорт муки в Афганистан у нас снизился».
	" у нас ", "«у нас "},
	kk: []string{"елден", "елімізден", "республикадан", "elden", "elimizden", "respýblıkadan", "бізде ", "bizde "},
	en: []string{"from the country", "out of the country", "from the republic"}}

// portBack reports the port or crossing the article named before, referred back to: "China's exports of
// vegetables … through the port reached 530,000 tonnes" after Horgos port's imports, «через этот пункт
// пропуска». Its statistics are trade across it, as the port's own name says.
func (s *sentence) portBack() bool {
	return s.tp != nil && s.tp.crossing != "" && portRefWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var portRefWords = langWords{
	ru: []string{"через этот порт", "через порт", "через этот пункт пропуска", "через этот пункт", "через данный пункт"},
	kk: []string{"бұл бекет арқылы", "осы бекет арқылы", "порт арқылы", "bul beket arqyly", "osy beket arqyly", "port arqyly"},
	en: []string{"through the port", "via the port", "through this port", "through the crossing", "via the crossing"},
}

// ministerWe reports a minister quoted speaking in the first person plural: "Kelesi jyly Qytaıǵa 300 myń
// tonnaǵa deıin arpa jiberýdi josparlap otyrmyz, dedi mınıstr", «Мы отправим …, — сказал министр», "We will
// ship …, the minister said". The minister's "we" is his country, as a speaker's «у нас» is; a company's
// "we" in an interview names none. The minister may be named before the quote, as the speech or report
// it is from («Из выступления министра …: «В этом году мы впервые экспортировали …»», «Доклад
// вице-министра: …»). The "we" speaks for the figure in [lo, hi), its own stretch: «по итогам 2025 года
// экспорт … достиг 58 тыс. тонн, а в 2026 году мы планируем …» gives the first figure no exporter.
func (s *sentence) ministerWe(lo, hi int) bool {
	if !ministerSaidWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		return false
	}
	low := s.low[lo:hi]
	if s.lang != "kk" {
		return weWords.in(s.lang, low) || hasAnyPrefix(strings.TrimLeft(low, " «\"“"), "we ", "мы ") // "We plan …", «Мы планируем …»
	}
	for i := 0; i < len(low); {
		w, e := token(low, i)
		if hasAnySuffix(w, "мыз", "міз", "быз", "біз", "пыз", "піз", "myz", "miz", "byz", "biz", "pyz", "piz") {
			return true
		}
		i = max(e, i+1)
	}
	return false
}

// ministerSaidWords attribute a quote to a minister, by language; weWords are the first person plural.
var (
	ministerSaidWords = langWords{
		ru: []string{"сказал министр", "заявил министр", "отметил министр", "сообщил министр", "сказал вице-министр",
			"заявил вице-министр", "из выступления министра", "из выступления вице-министра", "доклад министра",
			"доклад вице-министра", "из доклада министра", "из доклада вице-министра"},
		kk: []string{"деді министр", "деді вице-министр", "dedi mınıstr", "dedi vıse-mınıstr", "dedi ministr",
			"министрдің сөйлеген сөзінен", "министрдің баяндамасынан", "mınıstrdiń baıandamasynan"},
		en: []string{"the minister said", "said the minister", "the minister told", "the deputy minister said",
			"said the deputy minister", "from the minister's speech", "minister's report:", "deputy minister's report"},
	}
	weWords = langWords{ru: []string{" мы ", "«мы ", " мы,"}, en: []string{" we ", "\"we ", "“we ", " we'"}}
)

// homeCountry returns the country a sentence's home words refer to: the exporter the article named,
// else Kazakhstan, the country the news is about; "" when that is the destination.
func (s *sentence) homeCountry(to string) string {
	home := "KZ"
	if s.tp != nil && s.tp.from != "" {
		home = s.tp.from
	}
	if home == to {
		return ""
	}
	return home
}

// secondSubjectBefore reports a country named as a subject before the figure at a that is not the
// sentence's first country: only then can a contrast give the figure another exporter.
func (s *sentence) secondSubjectBefore(a int) bool {
	for i, c := range s.cs {
		if c.pos >= a {
			return false
		}
		if i > 0 && c.role == roleAgent && c.code != s.cs[0].code {
			return true
		}
	}
	return false
}

// contrastOwnDest reports two destinations named in the sentence, one before the figure at a past pa and
// one after it: only then can a contrast between them give the figure its own.
func (s *sentence) contrastOwnDest(pa, a int) bool {
	before, after := false, false
	for _, c := range s.cs {
		if c.role == roleDest && c.pos >= pa {
			before = before || c.pos < a
			after = after || c.pos > a
		}
	}
	return before && after
}

// contrastBefore returns where the last contrast before the figure at a opens its clause (", а ",
// "while", "whereas", "тогда как", ", ал ", "而"), or the sentence's start.
func (s *sentence) contrastBefore(a int) int {
	low := s.low[s.sp.start:a]
	at := -1
	for _, w := range [...]string{", а ", " while ", " whereas ", "тогда как", ", ал ", ", al ", "而", ", однако ", ", но ", ", but ",
		", however", "; however", ", бірақ ", ", biraq ", "，但"} {
		if i := lastIndex(low, w); i > at {
			at = i
		}
	}
	if at < 0 {
		return s.sp.start
	}
	return s.sp.start + at
}

// ownExportWords name the home country's own exports as such: «собственный экспорт республики»,
// "республиканың өз экспорты", "the country's own exports", 本国出口.
var ownExportWords = langWords{
	ru: []string{"экспорт республики", "экспорт страны", "собственный экспорт"},
	kk: []string{"республиканың өз", "елдің өз", "еліміздің өз", "respýblıkanyń óz", "eldiń óz", "elimizdiń óz"},
	en: []string{"the country's own", "the country’s own", "the republic's own", "the republic’s own"},
	zh: []string{"本国出口", "自身出口"},
}

// bareItemClause returns where the clause of an elliptic item opens, a bare country after a comma with no
// contrast, or the sentence's start for none: «Россия за 2025 год отгрузила в Китай 1,2 млн тонн ячменя,
// Казахстан — 1,6 млн тонн» stands Kazakhstan beside the subject, as «а Казахстан» would. The clause before
// must name its destination with a preposition or the dative (a list of buyers in the nominative, «Китай – 1,6 млн
// тонн, Иран – 310 тыс. тонн», is one of destinations).
func (s *sentence) bareItemClause(c cmention) int {
	i := strings.LastIndex(s.low[s.sp.start:c.pos], ", ")
	if i < 0 {
		return s.sp.start
	}
	open := s.sp.start + i
	if strings.TrimSpace(s.low[open+1:c.pos]) != "" {
		return s.sp.start // a word between the comma and the country: no bare item
	}
	for _, d := range s.cs {
		if d.pos < open && d.role == roleDest && !d.item && !d.buyer {
			if p, _ := prevToken(s.low, s.sp.start, d.pos); p == "в" || p == "во" || p == "to" || s.countryForm(d) == formDat {
				return open // «в Китай», "to China", «Қытайға»: a destination told by its preposition or case
			}
		}
	}
	return s.sp.start
}

// parallelSubject returns the country that a contrast sets beside the subject of the clause before
// it, the figure at a its own, and whether that subject exports or imports (fExport or fImport): "…, а
// Казахстан – около 480 тыс. тонн", "…, ал Қазақстан – 480 мың тонна" after a country that exports,
// "…, а Таджикистан — 610 тыс. тонн" after one that imports. It is named bare (no preposition, no case of a destination),
// as an item before a dash; a destination in the same place ("…, а в Иран – 300 тыс. тонн",
// "Өзбекстанға") is none.
func (s *sentence) parallelSubject(a int) (cmention, feat, bool) {
	last := -1 // the last country before the figure
	for i, c := range s.cs {
		if c.pos < a {
			last = i
		}
	}
	if last < 1 {
		return cmention{}, 0, false
	}
	c := s.cs[last]
	// Bare after a contrast, the item reads as a destination in a sentence of exports and as a source
	// in one of imports (a list of suppliers).
	if !c.item || c.role != roleDest && c.role != roleSource || c.region || s.countryForm(c) != formNom {
		return cmention{}, 0, false
	}
	open := s.contrastBefore(a)
	if open == s.sp.start || c.pos < open {
		open = s.bareItemClause(c)
	}
	if open == s.sp.start || c.pos < open {
		return cmention{}, 0, false
	}
	if p, _ := prevToken(s.low, open, c.pos); p == "в" || p == "во" || p == "на" || p == "to" {
		return cmention{}, 0, false
	}
	for _, d := range s.cs {
		if d.pos < open && d.role == roleAgent && d.code != c.code {
			if sense := s.tradeSense(d); sense == fExport && c.role == roleDest || sense == fImport {
				return c, sense, true
			}
		}
	}
	if c.role == roleDest && s.featsIn(s.sp.start, open)&(fExport|fShip) != 0 && s.featsIn(s.sp.start, open)&fImport == 0 &&
		s.homeSubject(s.sp.start, open) && s.nearestCountry(s.sp.start, open, open, roleDest) != "" {
		// «республика отправила в Узбекистан 2,1 млн тонн, а Россия — 1,2 млн тонн», "ел Өзбекстанға …
		// жөнелтті, ал Ресей – 1,2 млн тонна": beside the home country as the subject, with the
		// destination named before, the country after the contrast is the second exporter.
		return c, fExport, true
	}
	return cmention{}, 0, false
}

// destRef reports a destination named by a word that refers back: "туда", "в соседнюю республику",
// "to that country", "көрші елге", "向该国".
func destRef(lang, low string) bool { return destRefWords.in(lang, low) }

var destRefWords = langWords{
	ru: []string{"туда", "в соседнюю республику", "в соседнюю страну", "в эту страну", "в эту республику", "в данную страну"},
	kk: []string{"көрші елге", "көрші республикаға", "сол елге", "бұл елге", "аталған елге", "kórshi elge",
		"kórshi respýblıkaǵa", "sol elge", "bul elge"},
	en: []string{"to the neighbouring country", "to the neighboring country", "to that country", "to this country"},
	zh: []string{"向该国", "对该国", "向邻国", "往该国"},
}

// namedBefore reports the country code named as a country of its own (no region, reporter, source or
// origin) in a clause of the sentence before the one of the figure at a: "Kazakhstan shipped 50,000
// tonnes to that country" names the exporter, not the country referred to.
func (s *sentence) namedBefore(code string, a int) bool {
	if code == "" {
		return false
	}
	ca, _ := s.clause(a)
	for _, c := range s.cs {
		if c.code == code && c.pos < ca && !c.region && !c.reporter && c.role != roleSource && c.role != roleOrigin {
			return true
		}
	}
	return false
}

// destBack returns the country a back-referring destination names for the figure at a: one the
// sentence named before it that is not the exporter ("Турция стала третьим по величине покупателем …:
// туда отправлено 380 тыс. тонн"), else the destination of the article's shipment before ("экспорт …
// в соседнюю республику" after exports to Uzbekistan), else the holder of the article's ban on the
// exporter's goods.
func (s *sentence) destBack(a int, from string) string {
	best := ""
	for _, c := range s.cs {
		if c.pos < a && c.code != from && !c.region && !c.reporter && c.role != roleSource && c.role != roleOrigin {
			best = c.code
		}
	}
	if best == "" && s.tp != nil && s.tp.vol.To != from {
		best = s.tp.vol.To
	}
	if best == "" && s.tp != nil && s.tp.vol.Kind == "" && len(s.cs) == 0 && s.tp.named[0] != "" && s.tp.named[0] != from &&
		s.tp.named[0] != s.homeCountry("") {
		// "Экспортёры нарастили поставки ячменя в Иран. … туда отгружено 540 тыс. тонн": with no shipment
		// before, the country the sentence before named.
		best = s.tp.named[0]
	}
	if best == "" && s.tp != nil && s.tp.ban.By != "" && s.tp.ban.By != from && (from == "" || s.tp.ban.On == from) {
		// «поставили в соседнюю республику» after Uzbekistan's ban on Kazakh poultry: the holder of the
		// ban on the exporter's goods.
		best = s.tp.ban.By
	}
	return best
}

// kingdomRefWords name a destination back as "the kingdom": «в королевство», "to the kingdom",
// "корольдікке", "向该王国".
var kingdomRefWords = langWords{
	ru: []string{"в королевство"},
	kk: []string{"корольдікке", "koroldikke"},
	en: []string{"to the kingdom"},
	zh: []string{"向该王国", "对该王国"},
}

// kingdoms are the countries whose name is a kingdom, which "the kingdom" can stand for.
var kingdoms = []string{"SA", "JO", "BH", "MA", "TH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "KH", "BT"}

// kingdomBack returns the one kingdom the article names, not the exporter: "the kingdom" after Saudi
// Arabia's inspectors stands for Saudi Arabia. Two kingdoms named, or none, give "".
func (s *sentence) kingdomBack(from string) string {
	s.tp.count(s.x, s.all)
	found := ""
	for _, c := range s.tp.order {
		if c != from && slices.Contains(kingdoms, c) {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// onlyReporters reports countries all named as who reports the news ("told Interfax-Kazakhstan"), at
// least one.
func onlyReporters(cs []cmention) bool {
	for _, c := range cs {
		if !c.reporter {
			return false
		}
	}
	return len(cs) > 0
}

// placeOnly reports a country the sentence names only by places in it ("морем из Актау"), never by
// its own name.
func placeOnly(cs []cmention, code string) bool {
	named := false
	for _, c := range cs {
		if c.code == code {
			if !c.region {
				return false
			}
			named = true
		}
	}
	return named
}

// sentAbroad reports goods sold or sent "abroad" that do not come "from abroad": "The Kostanay region
// sold 420,000 tonnes of grain abroad" exports.
func sentAbroad(low string) bool {
	i := strings.Index(low, " abroad")
	return i >= 0 && !strings.HasSuffix(low[:i], "from")
}

// fromAbroad reports a purchase "from abroad", "шетелден", "из-за рубежа", "从国外": the buyer's total
// imports, which are nobody's export in particular.
func fromAbroad(low string) bool {
	return containsAny(low, "abroad", "overseas", "world market", "из-за рубеж", "за рубежом",
		"из других стран", "шетел", "shetel", "国外", "海外", "全球")
}

// shareUnit gives a bare number the scale and unit of the figure after it when the two are items of
// one list and the unit is written once: "в Узбекистан отгружено 620, в Афганистан – 480 тыс. тонн",
// "400 and 250 thousand tonnes". low is the sentence lowercased; offsets of qs are relative to it. A
// year is never an item.
func shareUnit(low string, qs []quantity) {
	listed := false // the figure after took the unit of the list's last item
	for i := len(qs) - 2; i >= 0; i-- {
		q, next := &qs[i], qs[i+1]
		if gap := low[q.end:next.start]; q.kind == qBare && q.scaled && next.kind == qMass && (listed || tonneUnit(low[next.start:next.end])) &&
			(q.mult == next.mult && (gap == "和" || gap == "、" || gap == "及") || scaledListGap(low, gap, q.end, next.start)) {
			// "分别为26.4万、18.9万和7.2万吨", "Тәжікстанға 1,05 млн, Ауғанстанға 870 мың және Түрікменстанға 260 мың
			// тонна": the scale written each time, the unit once.
			q.kind, listed = qMass, true
			continue
		}
		listed = false
		if q.kind != qBare || q.scaled || next.kind != qMass || next.mult == 0 || q.value <= 0 {
			continue
		}
		if q.value >= 1900 && q.value <= 2100 && q.value == float64(int(q.value)) {
			continue // "в 2025 году"
		}
		if r, _ := utf8.DecodeLastRuneInString(low[:q.start]); strings.ContainsRune("/-№#", r) {
			continue // "2022/23", "H5-1", "№ 5"
		}
		if dayOfMonth(low, q.start, q.end) {
			continue // "In the week to November 16, Kazakhstan exported 312,000 tonnes": a date
		}
		gap := low[q.end:next.start]
		if countsNoun(gap) {
			continue // «37 экспортёров, перевезших … 2,1 млн тонн»: the number counts the noun after it
		}
		if len(gap) > 80 || !strings.ContainsAny(gap, ",–—;") && !strings.Contains(gap, " и ") &&
			!strings.Contains(gap, " and ") && !strings.Contains(gap, " және ") && !strings.Contains(gap, " jáne ") &&
			gap != "和" && gap != "、" && gap != "及" { // "分别为120和45万吨"
			continue
		}
		if strings.ContainsAny(gap, ".:%$") || gapWords(low, q.end, next.start) > 6 && gapWords(low, q.end, next.start) >= 0 {
			continue
		}
		q.kind, q.value, q.lo, q.mult = qMass, q.value*next.mult, q.lo*next.mult, next.mult
	}
}

// scaledListGap reports the gap between two scaled numbers of a list whose unit is written once after
// the last: a comma or "and" and at most the next item's buyer («1,05 млн, в Афганистан 870 тыс.»,
// "Aýǵanstanǵa 870 myń jáne Túrikmenstanǵa"), no contrast, no money and no noun the number counts.
func scaledListGap(low, gap string, a, b int) bool {
	if !strings.ContainsAny(gap, ",–—") && !containsAny(gap, " и ", " and ", " және ", " jáne ") {
		return false
	}
	return !strings.ContainsAny(gap, ".:;%$()") && !countsNoun(gap) && !moneyWords(gap) && gapWords(low, a, b) <= 3 &&
		!containsAny(gap, " а ", " while ", " whereas ", " ал ", " al ")
}

// carryUnit gives tonnes to a bare number that ends its clause after a figure in tonnes, the unit
// written once before it: «…210 тысяч тонн пшеницы, а в Азербайджан — еще 90 тысяч», «отгружено 36
// тыс. тонн, план на месяц — 50 тыс.», "we sold 64,000 tonnes … and see room for another 30,000",
// "Iranga 40 myń tonna, Ázerbaıjanǵa taǵy 25 myń". A number without a scale word takes the unit only
// after a word of addition ("another", «ещё», "taǵy"): alone it may count anything. low is the sentence
// lowercased; offsets of qs are relative to it.
func carryUnit(low string, qs []quantity) {
	tonnes := -1 // the last figure in tonnes so far
	for i := range qs {
		q := &qs[i]
		if q.kind == qMass {
			if tonneUnit(low[q.start:q.end]) {
				tonnes = i
			}
			continue
		}
		if tonnes < 0 || q.kind != qBare || q.value <= 0 || !clauseEndAfter(low[q.end:]) && !(q.scaled && listJoinAfter(low[q.end:])) {
			continue
		}
		if !q.scaled && (!additionBefore(low[:q.start]) || q.value >= 1900 && q.value <= 2100) {
			continue // "…, and 12 more", "in 2025": no tonnage
		}
		if moneyWords(low[qs[tonnes].end:q.start]) {
			continue // "…120,000 tonnes of wheat, earning about 28 million": the money of it
		}
		q.kind = qMass
	}
}

// moneyWords reports a word of money or value in the words between two figures.
func moneyWords(gap string) bool {
	return containsAny(gap, "$", "€", "₸", "worth", "valued", "earn", "revenue", "сумм", "стоимост", "выручк",
		"доход", "тенге", "долл", "сомас", "құн", "tabys", "табыс", "元", "价值", "金额")
}

// tonneUnit reports a figure's text (number to unit) that ends in a word of tonnes.
func tonneUnit(fig string) bool {
	return containsAny(fig, "тонн", "тн", " т", "ton", "吨", "tonna", "mt")
}

// clauseEndAfter reports the text after a number opening with the end of its clause: a mark of
// punctuation, a closing quote or the end of the sentence, and no noun the number could count.
// listJoinAfter reports the word of "and" that joins the next item of a list of buyers right after a
// figure: «Таджикистан 700 тыс. и Афганистан 500 тыс. тонн», "Тәжікстан 700 мың және Ауғанстан".
// The item after it starts with a word, not a figure ("400 и 250 тыс. тонн" is one number's list).
func listJoinAfter(rest string) bool {
	rest = strings.TrimLeft(rest, "  ")
	for _, w := range [...]string{"и ", "and ", "және ", "jáne ", "а также "} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			return after != "" && !isDigit(after[0])
		}
	}
	return false
}

func clauseEndAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(".,;:!?»\"”)–—", r)
}

// additionBefore reports a word of addition right before a number: "another", "a further", «ещё»,
// «еще», «дополнительно», "taǵy", "тағы", "又".
func additionBefore(head string) bool {
	head = strings.TrimRight(head, " \u00a0")
	for _, w := range [...]string{"another", "a further", "further", "ещё", "еще", "дополнительно", "тағы", "taǵy", "又"} {
		if strings.HasSuffix(head, w) && (len(head) == len(w) || !isLetter(rune(head[len(head)-len(w)-1]))) {
			return true
		}
	}
	return false
}

// countsNoun reports the gap after a bare number opening with a word that is no conjunction of a
// list ("37 экспортёров, …", "12 companies shipped …"): the number counts that word, and shares no
// unit with the figure after it ("120, 80 и 45 тыс. тонн", "400 and 250 thousand tonnes" do).
func countsNoun(gap string) bool {
	gap = strings.TrimLeft(gap, " ")
	if gap == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(gap)
	if !isLetter(r) || isHan(r) {
		return false
	}
	w := gap
	if k := strings.IndexAny(w, " ,;"); k >= 0 {
		w = w[:k]
	}
	switch w {
	case "и", "или", "and", "or", "және", "jáne", "мен", "men", "немесе", "nemese",
		// A preposition opens the item's destination: «620 в Узбекистан и 480 тыс. тонн в Афганистан».
		"в", "во", "на", "из", "to", "into", "for", "from":
		return false
	}
	return true
}

// dayOfMonth reports a bare number low[a:b] that is the day of a month: after an English month
// ("November 16") or before a month in the case of a date («16 ноября», "16 November", "16 қараша"), not
// a figure of a list («в июне 12, в июле 15 тыс. тонн» is one).
func dayOfMonth(low string, a, b int) bool {
	if b-a > 2 {
		return false
	}
	before := strings.TrimRight(low[:a], " ")
	if k := strings.LastIndexByte(before, ' '); k >= 0 {
		before = before[k+1:]
	}
	after := strings.TrimLeft(low[b:], " ")
	if k := strings.IndexAny(after, " ,.;"); k >= 0 {
		after = after[:k]
	}
	return hasAnyPrefix(before, enMonths[:]...) || hasAnyPrefix(after, enMonths[:]...) || hasAnyPrefix(after, dateMonths[:]...)
}

// enMonths are the English months; dateMonths the Russian months in the genitive of a date and the
// Kazakh months, in either alphabet.
var (
	enMonths = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december"}
	dateMonths = [...]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
		"октября", "ноября", "декабря", "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
		"қазан", "қараша", "желтоқсан", "qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "maýsym", "shilde", "tamyz",
		"qyrkúıek", "qazan", "qarasha", "jeltoqsan"}
)

// sourceBefore reports a country named as the source of the goods between a and the figure at b:
// "自哈萨克斯坦进口小麦61.2万吨", "imported from Kazakhstan 612,000 tonnes".
func (s *sentence) sourceBefore(a, b int) bool {
	for _, c := range s.cs {
		if c.pos >= a && c.end <= b && c.role == roleSource && !c.region {
			return true
		}
	}
	return false
}
