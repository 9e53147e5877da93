package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"agrowatch"
)

// Causes are the disease codes a meat_ban mention's cause may carry.
var Causes = [...]string{
	"fmd", "avian_influenza", "sheep_pox", "african_swine_fever", "lumpy_skin_disease", "ppr",
	"brucellosis", "anthrax", "bse", "newcastle_disease", "bluetongue",
}

// pendingReach is how close (in runes) a word of intent must stand to a word of lifting for the
// lifting to count as pending: "готов возобновить", "will lift", "有望解除". A "may" far off in
// the sentence is about something else.
const pendingReach = 40

// ban reads a meat_ban from a sentence that names an animal product and a restriction or its end.
func (x *Extractor) ban(s *sentence) (agrowatch.Mention, bool) {
	denied := s.has(fDenied) && !(s.has(fAsk) && s.deniedOnlyScope()) && !s.deniedAfterBan()
	refused := denied && s.deniedLifting()
	if denied && !refused || s.banAbsent() {
		return agrowatch.Mention{}, false // "слухи о запрете не подтвердились", "never imposed a ban"
	}
	if s.has(fExempt) && !s.has(fLifted|fAsk) && s.exemptOnly() {
		// "Ограничение не распространяется на мясо, прошедшее термическую обработку", "The restrictions do
		// not cover other regions", "该禁令不适用于熟制牛肉": goods left out of a ban told before are no ban
		// of their own. A ban imposed in the same sentence still counts.
		return agrowatch.Mention{}, false
	}
	if !s.has(fBanNoun|fImposed|fInForce|fPending|fPendingStrong) && s.discussion() {
		// "A Kazakh trade delegation visited Beijing to discuss market access for beef": talks on trade
		// with no restriction named and no lifting awaited ("talks … have reached their final stage"
		// is one) are no ban and no lifting.
		return agrowatch.Mention{}, false
	}
	if s.has(fDocument) && !s.has(fBanNoun|fPending|fPendingStrong) && !s.stoppedTrade() {
		// "подписали ветеринарный сертификат на экспорт баранины", "签署…议定书": terms of trade agreed,
		// neither a ban nor its end. A lifting awaited once they are signed is still pending. Trade
		// stopped over faults in certificates is a ban: «Поставки … приостановлены после того, как …
		// выявила несоответствия в сертификатах».
		return agrowatch.Mention{}, false
	}
	if s.has(fKeepAccess) && !s.has(fBanNoun|fImposed|fInForce|fPending|fPendingStrong) {
		// "seven were allowed to keep supplying milk products to Russia", «сохранили право поставлять»,
		// "获准继续向俄罗斯供应": access that goes on after an audit was never stopped; nothing is lifted.
		return agrowatch.Mention{}, false
	}
	if !s.has(fBanNoun) && s.onlyStandards() {
		// "Казахстан ужесточил требования к ввозу говядины из Бразилии": requirements made stricter are
		// terms of trade, no ban.
		return agrowatch.Mention{}, false
	}
	if !s.has(fBanNoun) && s.has(fImposed) && s.tightenedChecks() {
		// «На пограничных постах ужесточен контроль за ввозом продукции животноводства», "controls on
		// imports … have been tightened": stricter checks are no ban.
		return agrowatch.Mention{}, false
	}
	if s.banOnPractice() {
		// "Kazakhstan banned the use of antibiotics in poultry farming", "a ban on grazing": a practice
		// banned at home, no trade.
		return agrowatch.Mention{}, false
	}
	if s.otherGoodsBanned() {
		// "Kazakhstan has banned exports of sugar and sunflower seeds, while meat exports remain open":
		// the ban is on goods that are no animal product.
		return agrowatch.Mention{}, false
	}
	if s.banAsTime() {
		// "In 2023, before the ban, Kazakhstan shipped about 9,000 tonnes", «до введения запрета»: the ban
		// dates something else.
		return agrowatch.Mention{}, false
	}
	if s.liftingSupposed() {
		// "Kazakh beef exports to China could double if access is granted to more plants", «экспорт
		// вырастет, если будет снят запрет»: a lifting supposed as the condition of something else is none.
		return agrowatch.Mention{}, false
	}
	if s.onlyInQuestion() && !question(s.text[s.sp.start:s.sp.end]) {
		// "Has China lifted its ban on Kazakh beef?", «Снял ли Китай запрет…?», "tyıymdy alyp tastady ma?",
		// "是否將開放哈薩克牛肉進口？": a question whether or when states no ban and no lifting. A sentence that
		// is a question as a whole is read still: Extract learns from it the ban its answer refers back to
		// ("Ресей … тыйымды алып тастады ма? Жоқ, тыйым әлі де күшінде"), then drops what it told.
		return agrowatch.Mention{}, false
	}
	if s.banThreatened() {
		// «Россельхознадзор пригрозил ввести ограничения», "threatened to ban", "тыйым саламыз деп қорқытты",
		// «слухи о том, что Китай приостановит ввоз»: a ban threatened, told possible or rumoured may come; it
		// is no ban, and no lifting is awaited.
		return agrowatch.Mention{}, false
	}
	if s.notYetTaken() || s.mayImpose() || s.noPlanTo() || s.noIntentToImpose() || s.negatedImposing() || s.banWanted() || s.banHypothetical() {
		// "蒙古国尚未对俄罗斯采取限制措施": no measure taken yet. «Китай может ввести ограничения», "could
		// ban": a ban that may come is no ban, and no lifting is awaited.
		return agrowatch.Mention{}, false
	}
	if s.banAsConcession() {
		// "Рынок говядины остаётся напряжённым, несмотря на отмену ограничений", "despite the lifting of the
		// ban": a ban or its end conceded is the setting of other news.
		return agrowatch.Mention{}, false
	}
	if s.liftsOnlyWanted() || !s.has(fBanNoun|fImposed|fInForce) && s.everyHit(fLifted, s.entryNamed) {
		// «Предприятия, желающие получить право экспорта…, должны пройти аудит», "must first be entered in
		// the register", "тізіліміне енгізілуі тиіс": access plants wish for or must first get is a
		// condition of trade, no lifting, and so is an entry only named («заявка на включение … в реестр»).
		return agrowatch.Mention{}, false
	}
	if s.listOfAdmitted() {
		// «ГТУ КНР опубликовало обновленный список казахстанских предприятий, допущенных к поставкам
		// мяса»: a list of approved plants published lifts nothing. Plants that get access themselves
		// («12 предприятий получили допуск к экспорту говядины») are a lifting.
		return agrowatch.Mention{}, false
	}
	if s.sampleVerbs() {
		// "Бақты бекетінде қой етінің партиясынан сынама алынды": samples taken from a cargo; "алынды" is
		// taking, no lifting.
		return agrowatch.Mention{}, false
	}
	if s.banAsCause() && (s.has(fUnit) || s.namesPrices() || s.namesChange()) {
		// "Exports … were 3,000 tonnes less than in 2024, the Meat Union said, blaming the FMD restrictions",
		// «экспорт сократился из-за ограничений»: a ban named only as the cause of a figure is no news of it.
		// Nor is one named as the cause of prices: "Meat prices rose, with traders blaming the FMD
		// restrictions", «цены выросли из-за ограничений», "бағасы шектеулер салдарынан өсті", "由于限制，价格上涨".
		return agrowatch.Mention{}, false
	}
	if s.banBreached() {
		// "A court fined a trader for exporting 86 bulls in breach of the temporary ban", «вывез скот в
		// нарушение запрета», "тыйымды бұзып әкелген": the ban is the rule broken, no news of it.
		return agrowatch.Mention{}, false
	}
	if !s.has(fBanNoun|fImposed|fInForce) && s.liftsOnlyTalks() {
		// "Kazakhstan resumed talks with China on beef exports", «возобновил переговоры», "恢复了…谈判",
		// "келіссөздерді қайта бастады": talks resumed name no restriction and await no lifting.
		return agrowatch.Mention{}, false
	}
	if s.banAttributed() {
		// "Traders attribute the rise to the ban on livestock exports introduced in the spring",
		// «Торговцы связывают рост цен с запретом на вывоз скота»: the ban explains a figure.
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && !s.has(fBanNoun|fImposed|fInForce|fAsk) && s.openingForPurpose() {
		// «… планирует провести дистанционный аудит, чтобы открыть рынок для казахстанской говядины», "an
		// audit to open its market to Kazakh beef", "以便向哈萨克斯坦牛肉开放市场": a market to be opened as
		// the purpose of something else is no lifting, done or awaited.
		return agrowatch.Mention{}, false
	}
	if s.zhTradersPause() {
		// "部分贸易商暂停了新的牛羊肉采购询盘", "部分进口商已暂停从哈萨克斯坦采购牛肉": traders who stop their
		// own buying make a choice of business, no ban.
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && !s.has(fBanNoun|fImposed|fInForce|fAsk) && s.approvesPlan() {
		// "The government approved a roadmap to raise meat exports", 政府批准了扩大肉类出口的路线图: a plan
		// approved opens no market.
		return agrowatch.Mention{}, false
	}
	lifts, negated := s.liftings()
	possible := lifts > 0 && s.liftsOnlyPossible()
	if possible && s.discussion() {
		// "Turkey and Kazakhstan discussed the possibility of lifting restrictions on Kazakh lamb", «обсуждает
		// с Казахстаном возможность снятия ограничений»: a possibility talked about is neither a lifting
		// nor one awaited.
		return agrowatch.Mention{}, false
	}
	if counted := s.countedLifts(); counted > 0 && lifts == negated+counted && !s.has(fImposed|fInForce|fPending|fPendingStrong|fAsk) {
		// "目前，哈萨克斯坦已有15家牛肉企业获准向中国出口": a count of the plants admitted so far tells
		// no one admitted now, as "which now includes 11 enterprises" does.
		return agrowatch.Mention{}, false
	}
	if !s.has(fBanNoun) && !(s.ref && s.has(fBanRef|fAsk)) && !s.tradeHeaded() && !registerEntry(s.x.lex.words, s.hits) &&
		!s.zhListEntry() {
		// Without the noun "ban", a verb such as "suspended" or "resumed" must govern trade in its own
		// clause: "Kazakh farmers will supply livestock to a plant set to open" names no restriction.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindMeatBan}
	switch {
	case s.ref && lifts > negated && s.askApart():
		// "该禁令目前仍然有效，哈方已多次请求解除", «Запрет остается в силе, казахстанская сторона неоднократно
		// просила его снять»: the article's ban still in force is told again; the request in a clause of its
		// own is the news, and awaits the lifting.
		m.Status = agrowatch.StatusPending
	case s.has(fAsk) && s.onlyRegion():
		// A request to keep or apply the ban only to a region, with or without a word of lifting:
		// "shekteýdi tek Abaı oblysynyń aýmaǵyna qatysty qaldyrýdy ótindi", «просит применять ограничения только
		// к Карасайскому району», "asked Moscow to apply the restrictions only to the Karasai district".
		m.Status = agrowatch.StatusPending
	case s.has(fInForce), refused, lifts > 0 && negated == lifts && s.refusesIntent(), lifts > 0 && s.refusedLifting(),
		lifts > 0 && s.permitNotRenewed(),
		lifts > 0 && s.noPlanFor(fLifted), lifts > 0 && s.liftAfterOutbreak():
		// A lifting refused keeps the ban: «пока не намерена снимать ограничения», "does not intend to
		// lift", "不打算解除", «не стал отменять», "refused to lift", "алып тастаудан бас тартты". So does
		// one put off until the outbreak is over: the ban holds, and nothing is awaited but the outbreak's end.
		m.Status = agrowatch.StatusImposed
	case lifts > 0 && negated == lifts && s.liftsNotDone():
		// A lifting not done, its own verb negated, with no talks, hope or request beside it: "has not yet
		// lifted its ban", «пока не сняла», «до сих пор не отменён», "áli alyp tastaǵan joq". The ban holds.
		m.Status = agrowatch.StatusImposed
	case s.has(fPendingStrong) && !s.pendingOnInspection() && !s.pendingBefore() && !s.pendingElsewhere(),
		s.has(fPending) && (s.pendingLift() || lifts == 0 && s.pendingOnly()),
		lifts > 0 && negated == lifts:
		// Talks, a lifting hedged by a modal, or every lifting negated in its clause ("Neither has there
		// been any announcement about a lifting", "так и не опубликовал решение о снятии", "没有发布解除"):
		// the ban holds and its end is awaited.
		m.Status = agrowatch.StatusPending
	case lifts > 0 && s.has(fAsk) && !s.askAfterDoneLift(), s.ref && s.has(fAsk) && !s.askConceded(), lifts > 0 && s.proposed(),
		s.has(fAsk) && s.has(fDenied) && s.deniedOnlyScope():
		// A request to narrow the ban to a region ("бүкіл елге емес, тек Жамбыл облысына қолдануды сұрады")
		// awaits its partial end.
		// "Kazakhstan asks China for the lifting of the ban", "просит об отмене запрета": requested, not done;
		// proposed too ("тыйымды алып тастауды ұсынды").
		// So is a request about the article's ban: "asked Moscow to limit the restrictions to a zone",
		// "哈方已请求俄方将限制范围缩小至疫区", «шектеуді тек ошақ аймағымен шектеуді сұрады».
		m.Status = agrowatch.StatusPending
	case lifts > 0 && !possible:
		m.Status = agrowatch.StatusLifted
	case lifts > 0:
		m.Status = agrowatch.StatusPending // "considering the possibility of lifting": awaited, not done
	default:
		m.Status = agrowatch.StatusImposed
	}
	if m.Status == agrowatch.StatusPending && lifts == 0 && !s.has(fLifted|fAsk) &&
		(s.imposingVerb() && s.discussion() || whetherTo(s.low[s.sp.start:s.sp.end])) {
		// «Правительство обсуждает введение ограничений на экспорт говядины», «үкімет экспортқа шектеу
		// енгізуді талқылап жатыр»: a restriction under discussion is not imposed yet, and no lifting of
		// one is awaited.
		return agrowatch.Mention{}, false
	}
	if m.Status == agrowatch.StatusPending && lifts == 0 && !s.has(fLifted|fAsk|fInForce) && !s.ref && s.considersBan() {
		// "Kazakhstan is considering a ban on Russian pork imports", «Казахстан рассматривает введение
		// запрета», "哈方正在研究限制…": a ban under consideration is not imposed yet, and no lifting of one
		// is awaited.
		return agrowatch.Mention{}, false
	}
	m.By, m.On = banParties(s, m.Status == agrowatch.StatusImposed)
	if m.By == "" && s.tp != nil && kingdomMarketWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		// «рынок королевства откроется для нашей баранины»: the market of the one kingdom the article
		// names, as a destination named back so is (kingdomBack).
		m.By = s.kingdomBack(m.On)
	}
	if m.Status == agrowatch.StatusPending && !hasRole(s.cs, roleOrigin) && !hasRole(s.cs, roleSource) && lifts == 0 &&
		s.has(fBanNoun) && !s.has(fLifted|fAsk|fInForce) && !s.ref {
		// «данных о введении ограничений пока нет», "шектеу шаралары туралы әлі шешім жоқ", "哈方尚未采取
		// 贸易限制措施", «ограничения обсуждались, но решение пока не принято»: a restriction on no goods
		// of a named origin (the country of an outbreak is none), not yet decided, is neither imposed nor a
		// lifting awaited. Talks on a restriction of someone's goods ("talks on removing restrictions on
		// Kazakh mutton") await its end.
		return agrowatch.Mention{}, false
	}
	if lifts == 0 && !s.has(fLifted|fAsk|fInForce) && !s.ref && s.undecided() {
		// "No decision has yet been taken on restricting imports of Kazakh meat", «Данных о введении
		// ограничений на ввоз казахстанского мяса нет»: a restriction not decided is no ban, whoever's
		// goods it would concern. A lifting not decided is still awaited, and keeps its ban.
		return agrowatch.Mention{}, false
	}
	if m.By == "" && m.On == "" && len(s.cs) == 0 && s.has(fExport) && !s.has(fImport) && s.tp != nil {
		// «С 1 марта вывоз маточного поголовья ограничен»: a limit on exports that names no country keeps
		// the goods of the country the article is about at home.
		if on := s.x.articleSubject(s.tp, s.all, s.lang, ""); on != s.tp.insp.By || s.tp.insp.On == "" {
			// An article that names no country at all is about Kazakhstan, whose sources these are: «Запрет
			// на вывоз маточного поголовья овец будет снят с 1 января».
			m.On = cmp.Or(on, "KZ")
		} else if m.Status == agrowatch.StatusPending {
			// "Bul sapar sıyr etin eksporttaýǵa qoıylǵan shekteýdi alyp tastaý úshin mańyzdy" after Chinese
			// experts inspected Kazakh beef plants: the article is about the inspector, whose limit it is;
			// the lifting awaited is the inspector's, on the goods of the country inspected.
			m.By, m.On = s.tp.insp.By, s.tp.insp.On
		}
	}
	if m.On == "" && m.By != "" && s.tp != nil && s.has(fExport|fShip) && !s.has(fImport) && hasRoleCode(s.cs, roleDest, m.By) {
		// "В рамках подготовки к возобновлению поставок говядины в Китай в Казахстан прибудут инспекторы
		// ГТУ КНР": supplies to the holder that name no exporter are of the country the article is about,
		// if it names one: «Қытайға қой етін экспорттау тоқтатылды» alone does not say whose mutton.
		if on := s.x.articleSubject(s.tp, s.all, s.lang, m.By); on != "" && (on == s.tp.from || s.tp.counts[on] > 0) {
			m.On = on
		}
	}
	if m.On == "" && s.lang == "zh" {
		// "解除对哈牛肉的限制措施": a 对 phrase names whose goods by the country's one-character name.
		if on := zhShortTarget(s.low[s.sp.start:s.sp.end]); on != m.By {
			m.On = on
		}
	}
	if m.By == "" && m.On != "" && s.tp != nil && s.tp.ban.By != "" && s.tp.ban.By != m.On && s.has(fImport) &&
		!s.has(fExport) && len(s.cs) > 0 && s.agentless() && s.opensAdditive() {
		// "Sonymen qatar Germanııadan shoshqa etin ákelýge salynǵan shekteý alynyp tastaldy", «Кроме того,
		// снят запрет на ввоз свинины из Германии» after Kazakhstan banned Polish pork: an import ban that
		// names only whose goods, added to the article's news, is of the article's holder, lifted or not.
		m.By = s.tp.ban.By
	}
	if m.By == "" && m.On == "" && len(s.cs) == 0 && s.tp != nil && s.tp.ban.By != "" && m.Status == s.tp.ban.Status &&
		s.has(fBanNoun) && s.addsGoods() {
		// «Ограничения коснутся также шерсти и кож», "The restrictions also cover wool", "限制也涉及羊毛"
		// after Mongolia suspended imports of meat: more goods under the article's ban, held by its holder.
		// Whose goods they are is left as the sentence leaves it.
		m.By = s.tp.ban.By
	}
	if m.By == "" && s.tp != nil && s.pronounActs() {
		// "Meanwhile, it lifted restrictions on Belarusian dairy products", «Также он снял ограничения»,
		// "Сондай-ақ ол … шектеуді алып тастады", "该国还解除了…": the pronoun is the country the article
		// is about.
		m.By = s.x.articleSubject(s.tp, s.all, s.lang, m.On)
	}
	if m.On == "" && m.By != "" {
		// "\"We were told by Chinese side that ban on our beef will be lifted,\" said the head of Kazakh Meat
		// Union": goods called "ours" are the speaker's, the one other country the sentence names.
		m.On = s.ownGoodsOf(m.By)
	}
	if m.By == "" {
		// «Комитет ветеринарного контроля и надзора сообщает, что ограничения на ввоз … из … Российской
		// Федерации сняты», «запрет на вывоз … за пределы республики продлен»: the home country's own agency,
		// or trade into or out of "the republic", names Kazakhstan as the holder.
		m.By = s.homeHolder(m.On)
	}
	if s.has(fAsk) {
		s.askParties(&m)
		if m.On == "" && m.By != "" && s.tp != nil && s.has(fExport) && !s.has(fImport) &&
			!hasRole(s.cs, roleOrigin) && !hasRole(s.cs, roleSource) {
			// "He also noted that the union asks Beijing to allow exports of offal", «союз просит Пекин разрешить
			// экспорт субпродуктов»: the exports the holder is asked to allow are of the country the article is
			// about, if it names one.
			if on := s.x.articleSubject(s.tp, s.all, s.lang, m.By); on != "" && on != m.By && (on == s.tp.from || s.tp.counts[on] > 0) {
				m.On = on
			}
		}
	}
	if m.On == "" && m.By != "" && s.has(fAsk) {
		m.On = s.plantsRegion(m.By) // «запрос о снятии ограничений на поставки говядины с предприятий Павлодарской области»
	}
	if refused := s.refusedTo(); refused != "" && refused != m.By && m.Status == agrowatch.StatusImposed {
		m.On = refused // «Китай отказал Казахстану в возобновлении экспорта»: the goods of the one refused
	}
	if m.Status == agrowatch.StatusPending && lifts > 0 {
		s.talksParties(&m)
	}
	m.Commodity = s.banCommodity()
	m.Cause = s.firstCode(fCause)
	if m.Cause == "" && s.tp != nil && s.tp.ban.Cause != "" && s.sameBanNamed(m) {
		// "该禁令于2024年实施，涉及哈萨克斯坦禽类" after China lifted its ban for avian influenza: the ban
		// the demonstrative points back to keeps its cause, though the sentence names goods and a country.
		m.Cause = s.tp.ban.Cause
	}
	return m, true
}

// deniedAfterBan reports an English denial told as a participle after every word of the ban, in a clause
// of its own: "Russia suspended imports of Kazakh pork, the ministry said, denying that the move was
// political" denies the motive, not the ban. "denied reports that China had banned" and «опровергли
// сообщения о том, что Китай запретил» deny it.
//
// Chinese negates a verb of its own clause so with 并未: "…的禁令已於去年解除，當時並未影響本港供應".
func (s *sentence) deniedAfterBan() bool {
	if s.lang != "en" && s.lang != "zh" {
		return false
	}
	last, n := -1, 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&(fBanNoun|fImposed|fLifted|fInForce) != 0 && w.feat&fDenied == 0 {
			last = int(h.end)
		}
		if w.feat&fDenied == 0 {
			continue
		}
		if last < 0 || int(h.pos) < last {
			return false
		}
		if s.lang == "zh" {
			if w.pat != "并未" || s.sameClause(last-1, int(h.pos)) {
				return false
			}
		} else if p, _ := prevToken(s.low, s.sp.start, int(h.pos)); !strings.HasSuffix(w.pat, "ing") || p != "," {
			return false
		}
		n++
	}
	return n > 0
}

// permitNotRenewed reports a permit whose extension is negated: «иранская сторона не продлила разрешения
// двум бойням», "did not renew the permits", "рұқсатын ұзартпады": access withdrawn is a ban imposed.
func (s *sentence) permitNotRenewed() bool {
	for k, h := range s.hits {
		if k == 0 || s.word(h).feat&fLifted == 0 || !hasAnyPrefix(s.word(h).pat, "разреш", "permit", "licen", "рұқсат", "ruqsat") {
			continue
		}
		v := s.hits[k-1]
		if gapWords(s.low, int(v.end), int(h.pos)) > 1 {
			continue
		}
		w := s.low[v.pos:wordEnd(s.low, int(v.end), s.sp.end)]
		if hasAnyPrefix(w, "продл", "extend", "renew") && s.verbNegated(int(v.pos)) ||
			hasAnyPrefix(w, "ұзартпа", "uzartpa") {
			return true
		}
	}
	if s.lang == "kk" {
		// Kazakh puts the verb after the permit: "рұқсатын ұзартпады".
		for _, h := range s.hits {
			if s.word(h).feat&fLifted != 0 && hasAnyPrefix(s.word(h).pat, "рұқсат", "ruqsat") {
				next, _ := nextToken(s.low, wordEnd(s.low, int(h.end), s.sp.end), s.sp.end)
				if hasAnyPrefix(next, "ұзартпа", "uzartpa") {
					return true
				}
			}
		}
	}
	return false
}

// onlyWords narrow what follows them to it: "only", «только», "тек"; "ғана" closes what it narrows.
var onlyWords = [...]string{"only", "только", "лишь", "тек", "tek"}

// onlyRegion reports a region narrowed by a word of "only" at most four words before it or by "ғана"
// right after it: "tek Abaı oblysynyń aýmaǵyna", «только к Карасайскому району», "only to the Karasai
// district", "Жамбыл облысына ғана".
func (s *sentence) onlyRegion() bool {
	for _, h := range s.hits {
		if s.word(h).feat&fRegion != 0 && s.onlyWordAround(int(h.pos), int(h.end)) {
			return true
		}
	}
	for _, c := range s.cs {
		if c.region && s.onlyWordAround(c.pos, c.end) {
			return true // "tek Abaı oblysynyń": a region the lexicon names with its country
		}
	}
	return false
}

// onlyWordAround reports a word of "only" at most four words before pos, or "ғана" right after end.
func (s *sentence) onlyWordAround(pos, end int) bool {
	if t, _ := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end); t == "ғана" || t == "ǵana" {
		return true
	}
	for i := 0; i < 4; i++ {
		t, p := prevToken(s.low, s.sp.start, pos)
		if r, _ := utf8.DecodeRuneInString(t); t == "" || !isWordRune(r) {
			return false
		}
		if slices.Contains(onlyWords[:], t) {
			return true
		}
		pos = p
	}
	return false
}

// deniedOnlyScope reports a sentence whose every word of denial is the "not" of a scope set against an
// "only": "шектеулерді бүкіл елге емес, тек Жамбыл облысына қолдануды сұрады", "búkil oblysqa emes, tek
// Qyzyljar aýdanyna" narrows a ban; it denies none.
func (s *sentence) deniedOnlyScope() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fDenied == 0 {
			continue
		}
		if p := s.word(h).pat; p != "емес" && p != "emes" {
			return false
		}
		ok := false
		for i, at := 0, wordEnd(s.low, int(h.end), s.sp.end); i < 3 && !ok; i++ {
			t, tat := nextToken(s.low, at, s.sp.end)
			ok = t == "тек" || t == "tek" || t == "ғана" || t == "ǵana"
			at = tat + len(t)
		}
		if !ok {
			return false
		}
		n++
	}
	return n > 0
}

// liftPossibilityWords name a lifting as possible only: "the possibility of lifting", «возможность снятия»,
// "алып тастау мүмкіндігі" (after it in Kazakh).
var liftPossibilityWords = langWords{
	en: []string{"possibility of", "possible"},
	ru: []string{"возможность", "возможности", "возможного", "возможное"},
	kk: []string{"мүмкіндіг", "múmkindig", "ықтимал", "yqtımal"},
}

// liftsOnlyPossible reports whether every word of lifting is named as a possibility: the word of
// possibility right before it (an article between), or in Kazakh right after it, in Chinese after its
// object (…的可能性) in its clause.
func (s *sentence) liftsOnlyPossible() bool {
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fLifted == 0 || w.feat&fWeakLift != 0 && !s.governs(h) {
			continue
		}
		n++
		if s.lang == "kk" {
			next, _ := nextToken(s.low, wordEnd(s.low, int(h.end), s.sp.end), s.sp.end)
			if hasAnyPrefix(next, "мүмкіндіг", "múmkindig") {
				continue
			}
			if p, _ := prevToken(s.low, s.sp.start, int(h.pos)); hasAnyPrefix(p, "ықтимал", "yqtımal") {
				continue
			}
			return false
		}
		if s.lang == "zh" {
			// The possibility closes the phrase it heads: "讨论了解除对哈萨克斯坦禽肉限制的可能性".
			if _, b := s.clause(int(h.pos)); strings.Contains(s.low[h.end:b], "的可能") {
				continue
			}
			return false
		}
		head := s.low[max(s.sp.start, int(h.pos)-24):h.pos]
		if !containsAny(head, liftPossibilityWords.of(s.lang)...) || gapWords(s.low, int(h.pos)-len(head), int(h.pos)) > 4 {
			return false
		}
	}
	return n > 0
}

// demonstrativeBans are a ban noun with a word that points back to the ban told before: 该禁令, «данный
// запрет», "this ban", "бұл тыйым".
var demonstrativeBans = langWords{
	zh: []string{"该禁令", "该限制", "此项禁令", "这一禁令", "上述禁令", "该项禁令", "此禁令", "这项禁令"},
	ru: []string{"данный запрет", "данные ограничения", "данное ограничение", "этот запрет", "эти ограничения",
		"указанный запрет", "указанные ограничения"},
	en: []string{"this ban", "that ban", "these restrictions", "those restrictions", "this restriction"},
	kk: []string{"бұл тыйым", "бұл шектеу", "аталған тыйым", "аталған шектеу", "bul tyıym", "bul shekteý",
		"atalǵan tyıym", "atalǵan shekteý"},
}

// sameBanNamed reports a ban noun pointed back to by a demonstrative in a mention whose sides and goods
// do not differ from the article's last ban: it is that ban.
func (s *sentence) sameBanNamed(m agrowatch.Mention) bool {
	b := s.tp.ban
	if m.By != "" && m.By != b.By || m.On != "" && m.On != b.On || m.Commodity != "" && b.Commodity != "" && m.Commodity != b.Commodity {
		return false
	}
	return s.has(fBanNoun) && demonstrativeBans.in(s.lang, s.low[s.sp.start:s.sp.end])
}

// homeAgencyWords name Kazakhstan's own veterinary authority without the country: what it reports on
// others' goods is its own measure.
var homeAgencyWords = langWords{
	ru: []string{"комитет ветеринарного контроля и надзора", "комитета ветеринарного контроля и надзора",
		"комитетом ветеринарного контроля и надзора", "комитете ветеринарного контроля и надзора",
		"комитету ветеринарного контроля и надзора"},
	kk: []string{"ветеринариялық бақылау және қадағалау комитет", "ветеринариялық бақылау комитет",
		"veterınarlyq baqylaý jáne qadaǵalaý komıtet", "veterınarlyq baqylaý komıtet"},
	en: []string{"veterinary control and supervision committee", "committee for veterinary control and supervision",
		"veterinary control committee"},
}

// homeOrderWords name the minister of agriculture whose order an act of the home news is: «Приказ
// Министра сельского хозяйства …, пункт 2: снять ограничения на ввоз говядины из Российской Федерации»,
// "Order of the Minister of Agriculture No. 88: the restrictions on … from the Republic of Poland … are
// hereby abolished". The minister is Kazakhstan's unless another country closes the title
// (ministerOfHome).
var homeOrderWords = langWords{
	ru: []string{"приказ министра сельского хозяйства", "приказом министра сельского хозяйства",
		"министр сельского хозяйства"},
	kk: []string{"ауыл шаруашылығы министрінің бұйрығ", "aýyl sharýashylyǵy mınıstriniń buıryǵ"},
	en: []string{"order of the minister of agriculture"},
}

// ministerOfHome reports a minister's order of homeOrderWords that no country but Kazakhstan closes:
// «Приказ министра сельского хозяйства Республики Казахстан», not «… России».
func (s *sentence) ministerOfHome() bool {
	at := homeOrderWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end == 0 {
		return false
	}
	end := s.sp.start + at.end
	for _, c := range s.cs {
		if c.pos < end {
			continue
		}
		if t, p := nextToken(s.low, end, s.sp.end); p == c.pos || t == "of" && gapWords(s.low, end, c.pos) <= 2 {
			return c.code == "KZ" // the country that closes the title: "of the Republic of Kazakhstan"
		}
		break
	}
	return true
}

// homeIntoWords send goods into the home country named as such; homeOutWords take them out of it.
var (
	homeIntoWords = langWords{
		ru: []string{"в республику", "на территорию республики", "в нашу страну"},
		kk: []string{"республикаға", "елімізге", "республикамызға", "respýblıkaǵa", "elimizge", "respýblıkamyzǵa"},
		en: []string{"into the republic", "into the country"},
	}
	homeOutWords = langWords{
		ru: []string{"за пределы республики", "из республики", "с территории республики"},
		kk: []string{"республикадан тыс", "республикадан", "елімізден", "respýblıkadan", "elimizden"},
		en: []string{"outside the republic", "out of the republic", "from the republic", "out of the country"},
	}
)

// homeHolder returns Kazakhstan as the holder of a ban that names no holder when the sentence says it
// is the home country's: its own agency reports a measure on others' goods, others' goods are kept out
// of "the republic", or goods that are no one else's are kept in it. Else "".
func (s *sentence) homeHolder(on string) string {
	const home = "KZ"
	if s.lang == "zh" || on == home && !s.has(fExport) {
		return ""
	}
	low := s.low[s.sp.start:s.sp.end]
	switch {
	case on != "" && on != home && (homeAgencyWords.in(s.lang, low) || s.ministerOfHome()):
		return home
	case on != home && s.has(fImport) && !s.has(fExport) && homeIntoWords.in(s.lang, low):
		return home
	case (on == "" || on == home) && s.has(fExport) && !s.has(fImport) && pick(s.cs, "", roleDest) == "" &&
		homeOutWords.in(s.lang, low):
		return home
	case on == home && s.has(fExport) && !s.has(fImport) && pick(s.cs, "", roleDest) == "" && s.onlyHome() &&
		homeMinistryNamed.in(s.lang, low):
		// «Ограничения на экспорт скота из Казахстана, введённые самим Минсельхозом», "imposed by the
		// ministry itself": a limit on home exports set by a ministry named without a country is the home
		// country's.
		return home
	case (on == "" || on == home) && len(s.cs) == 0 && s.has(fExport) && !s.has(fImport) && s.homeMinistryAsks():
		// «Правительство отменило запрет на вывоз маточного поголовья овец», "Үкімет ірі қара мал экспортына
		// квота енгізді": the government or ministry that opens the home news, named without a country,
		// is Kazakhstan's, and so is a limit on exports it sets that names no country.
		return home
	}
	return ""
}

// ownWords are the possessives of the first person plural right before goods: "our beef", «нашу
// говядину», "біздің сиыр етіне", "我们的牛肉".
var ownWords = langWords{
	ru: []string{"нашу", "нашей", "наших", "наше", "наша", "наш", "нашего", "нашим"},
	kk: []string{"біздің", "bizdiń"},
	en: []string{"our"},
	zh: []string{"我们的", "我方", "我国"},
}

// kkGenitiveSubject returns, in Kazakh, a country in the genitive followed at once (a word between at
// most) by another country in the ablative: the genitive is the subject of a nominalised clause
// ("Qazaqstannyń Grýzııadan … tyıym salǵany"), the ablative the goods' origin. A country's region after
// the genitive ("Reseıdiń Saratov oblysynan") names a place of that country, no second side.
func (s *sentence) kkGenitiveSubject() (by, on string) {
	if s.lang != "kk" {
		return "", ""
	}
	for i := 0; i+1 < len(s.cs); i++ {
		g, a := &s.cs[i], &s.cs[i+1]
		if g.region || g.code == a.code || g.code == "" || a.code == "" {
			continue
		}
		gw := s.low[g.pos:wordEnd(s.low, g.end, s.sp.end)]
		aw := s.low[a.pos:wordEnd(s.low, a.end, s.sp.end)]
		// «Ресейдің Қостанай облысынан құс етін әкелуге қойған шектеуі»: another country's region read as a
		// source («облысынан») names whose goods as its country in the ablative does.
		ablative := a.region && a.role == roleSource ||
			!a.region && hasAnySuffix(aw, "нан", "нен", "дан", "ден", "тан", "тен", "nan", "nen", "dan", "den", "tan", "ten")
		if !hasAnySuffix(gw, "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń") || !ablative {
			continue
		}
		if gap := gapWords(s.low, g.end, a.pos); gap < 0 || gap > 1 {
			continue
		}
		return g.code, a.code
	}
	return "", ""
}

// ownGoodsOf returns the country whose goods the sentence calls "ours": the one country it names other
// than the holder by, or, when it names none, the home country, whose exporters speak in these sources
// («китай опять закрыл рынок для нашей говядины», dev27 ru J4). Else "".
func (s *sentence) ownGoodsOf(by string) string {
	own := false
	for _, h := range s.hits {
		if s.word(h).feat&fCommodity == 0 {
			continue
		}
		head := strings.TrimRight(s.low[s.sp.start:h.pos], " ")
		for _, p := range ownWords.of(s.lang) {
			if strings.HasSuffix(head, p) && (s.lang == "zh" || len(head) == len(p) || head[len(head)-len(p)-1] == ' ') {
				own = true
			}
		}
	}
	if !own {
		return ""
	}
	other := ""
	for _, c := range s.cs {
		switch {
		case c.code == by:
		case other == "":
			other = c.code
		case other != c.code:
			return "" // two others: whose is not said
		}
	}
	if other == "" && by != "" && by != "KZ" && s.lang != "zh" { // 我国 in Chinese news is China
		return "KZ"
	}
	return other
}

// homeMinistryNamed are a ministry or the government named without a country, in any case: who set a
// limit on home exports.
var homeMinistryNamed = langWords{
	ru: []string{"минсельхоз", "министерств", "правительств"},
	kk: []string{"министрлі", "mınıstrli", "ministrli", "үкімет", "úkimet"},
	en: []string{"the ministry", "the government", "agriculture ministry", "ministry of agriculture"},
}

// onlyHome reports a sentence whose every country is Kazakhstan.
func (s *sentence) onlyHome() bool {
	for _, c := range s.cs {
		if c.code != "KZ" {
			return false
		}
	}
	return true
}

// zhShortTarget returns the country a Chinese 对 phrase names by its one-character short name before
// goods or a noun ("对哈牛肉的限制", "对俄禽肉"), when the character does not begin the full name (对哈萨克斯坦
// is read by the lexicon); else "".
func zhShortTarget(low string) string {
	for i := strings.Index(low, "对"); i >= 0; {
		rest := low[i+len("对"):]
		if strings.HasPrefix(rest, "哈") && !strings.HasPrefix(rest, "哈萨克") {
			return "KZ"
		}
		for _, n := range zhShortNames {
			if strings.HasPrefix(rest, n.short) && !strings.HasPrefix(rest, n.full) && !zhShortPlace(rest) {
				return n.code
			}
		}
		j := strings.Index(rest, "对")
		if j < 0 {
			break
		}
		i += len("对") + j
	}
	return ""
}

// banCommodity returns the sentence's first animal product, passing over one that only names the trade
// of plants right before their noun when other goods follow: in "哈萨克斯坦4家肉类企业获准对华出口牛肉",
// «мясных предприятий допущены к экспорту говядины», "ет кәсіпорындарына сиыр етін экспорттауға" the
// goods are beef.
//
// A ban told in the clause after a contrast, every word of it there, is on that clause's goods: "Qazir BAÁ
// naryǵyna tek qoı eti jetkiziledi, al sıyr etine 2022 jyldan beri tyıym bar", "Only mutton is shipped,
// while beef remains banned".
func (s *sentence) banCommodity() string {
	if cut := s.banAfterContrast(); cut >= 0 {
		if c := s.goodsFrom(cut); c != "" {
			return c
		}
	}
	return s.goodsFrom(s.sp.start)
}

// banAfterContrast returns where the clause of a contrast opens when every word of a ban or its end
// stands after it and goods stand before it, or -1.
func (s *sentence) banAfterContrast() int {
	low := s.low[s.sp.start:s.sp.end]
	cut := -1
	for _, w := range contrastWords {
		if i := index(low, w); i >= 0 && (cut < 0 || s.sp.start+i < cut) {
			cut = s.sp.start + i
		}
	}
	if cut < 0 {
		return -1
	}
	goods := false
	for _, h := range s.hits {
		f := s.word(h).feat
		if int(h.pos) < cut && f&banCue != 0 {
			return -1
		}
		goods = goods || int(h.pos) < cut && f&fMeat != 0
	}
	if !goods {
		return -1
	}
	return cut
}

// goodsFrom returns banCommodity's goods among the hits from pos on.
func (s *sentence) goodsFrom(pos int) string {
	first := -1
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fMeat == 0 || w.code == "" || int(h.pos) < pos {
			continue
		}
		if first < 0 {
			first = k
			if s.plantsAfter(k) || s.peopleAfter(k) {
				continue
			}
			return w.code
		}
		if w.code != s.word(s.hits[first]).code {
			if s.lang == "zh" && s.verbClauseHolds(int(s.hits[first].pos), int(h.pos)) {
				// "批准哈萨克斯坦4家肉类企业进入其准入名单，哈牛羊肉对沙出口大门正式打开": the plants' goods in
				// the verb's clause; the clause after tells only what follows.
				break
			}
			return w.code
		}
	}
	if first < 0 {
		return ""
	}
	return s.word(s.hits[first]).code
}

// verbClauseHolds reports position a in the clause of the sentence's first verb of banning or lifting,
// and b outside it.
func (s *sentence) verbClauseHolds(a, b int) bool {
	for _, h := range s.hits {
		if f := s.word(h).feat; f&(fImposed|fLifted|fInForce) != 0 && f&fBanNoun == 0 {
			return s.sameClause(int(h.pos), a) && !s.sameClause(int(h.pos), b)
		}
	}
	return false
}

// processingWords stand between the goods and the noun of plants that process them: "肉类加工企业",
// "meat processing plants", «мясоперерабатывающих» is one word, "ет өңдеу кәсіпорындары".
var processingWords = [...]string{"加工", "processing", "-processing", "өңдеу", "óńdeý", "өңдейтін", "óńdeıtin"}

// plantsAfter reports a noun of plants right after the goods at hit k, or after a word of processing
// between them: the goods name the plants' trade, not what a ban concerns.
func (s *sentence) plantsAfter(k int) bool {
	end := int(s.hits[k].end)
	for j := k + 1; j < len(s.hits) && j <= k+2; j++ {
		if !s.plantNounAt(j) {
			continue
		}
		pos := int(s.hits[j].pos)
		if gapWords(s.low, end, pos) == 0 {
			return true
		}
		gap := strings.TrimSpace(s.low[wordEnd(s.low, end, pos):pos])
		for _, w := range processingWords {
			if gap == w {
				return true
			}
		}
		return false
	}
	return false
}

// tradePeople are the people goods before them name the trade of: "livestock farmers", «фермеров».
var tradePeople = [...]string{"farmer", "breeder", "rancher", "фермер", "fermer", "животновод"}

// peopleAfter reports a noun of people right after the goods at hit k: "Good news for our livestock
// farmers: Vietnam has added two Kazakh beef plants…" names the farmers' trade, not what the ban concerns.
func (s *sentence) peopleAfter(k int) bool {
	t, _ := nextToken(s.low, wordEnd(s.low, int(s.hits[k].end), s.sp.end), s.sp.end)
	return hasAnyPrefix(t, tradePeople[:]...)
}

// plantNounAt reports a noun of plants at hit k.
func (s *sentence) plantNounAt(k int) bool {
	w := s.word(s.hits[k])
	return w.feat&fTarget != 0 && hasAnyPrefix(w.pat, plantNouns[:]...)
}

// namesCountry reports a sentence that names a country of its own, for fillBan: a region of the country
// whose goods the article's ban is on is no other side ("Two poultry producers in Kostanay have been
// approved for export" after China lifted its ban on Kazakh poultry).
func (s *sentence) namesCountry(tp *topic) bool {
	for _, c := range s.cs {
		if !c.region || c.code != tp.ban.On || tp.ban.On == "" {
			return true
		}
	}
	return false
}

// outbreakEndWords say that an outbreak is over, as the time of something after it or until which
// something lasts: "疫情结束后",
// "待疫情解除後" (解除 there ends the outbreak, not a ban), "once the outbreak is over", «после окончания
// вспышки», "індет аяқталғаннан кейін".
var outbreakEndWords = [...]string{"疫情结束后", "疫情结束後", "疫情解除后", "疫情解除後", "疫情平息后", "疫情平息後",
	"once the outbreak is over", "after the outbreak ends", "when the outbreak ends", "once the outbreak ends",
	"after the outbreak is over", "после окончания вспышки", "после ликвидации вспышки", "после окончания эпизоотии",
	"после ликвидации очага", "індет аяқталғаннан кейін", "indet aıaqtalǵannan keıin", "ошақ жойылғаннан кейін",
	"oshaq joıylǵannan keıin",
	// Until the outbreak is over: a ban that lasts till then holds, no lifting is under way ("限制措施将持续
	// 至疫情解除", «ограничения будут действовать до ликвидации вспышки»).
	"至疫情解除", "至疫情结束", "到疫情解除", "到疫情结束", "直至疫情", "直到疫情", "until the outbreak is over",
	"until the outbreak ends", "until the outbreak has been contained", "until the outbreak is contained",
	"до ликвидации вспышки", "до окончания вспышки", "до ликвидации очага", "до полной ликвидации",
	"ошақ жойылғанға дейін", "oshaq joıylǵanǵa deıin", "індет аяқталғанға дейін", "indet aıaqtalǵanǵa deıin"}

// liftAfterOutbreak reports a lifting that is to be considered only once the outbreak is over: «Казахстан
// рассмотрит снятие ограничений после окончания вспышки», "哈方表示，疫情结束后将考虑解除限制". The ban
// holds; no lifting is under way.
func (s *sentence) liftAfterOutbreak() bool {
	return s.has(fPending|fPendingStrong|fAfter) && containsAny(s.low[s.sp.start:s.sp.end], outbreakEndWords[:]...) ||
		s.untilOutbreakEnds()
}

// untilOutbreakEnds reports a Chinese 解除 whose subject is the outbreak, in a clause of "until": "暂缓进口
// …，直至当地禽流感疫情解除" holds the ban till then, whatever the outbreak's place and disease between.
func (s *sentence) untilOutbreakEnds() bool {
	if s.lang != "zh" {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 || !strings.HasSuffix(s.low[s.sp.start:h.pos], "疫情") {
			continue
		}
		if a, _ := s.clause(int(h.pos)); hasAnyPrefix(s.low[a:h.pos], "直至", "直到") ||
			hasAnySuffix(s.low[a:h.pos], "至疫情", "到疫情") {
			return true // "禁令持续至疫情解除": no word of the future needed for the ban to last
		}
	}
	return false
}

// negatedImposing reports a sentence with no word of lifting or keeping whose every verb of imposing is
// negated right before it: "China has not imposed any restrictions on Kazakh mutton", «Китай не ввёл
// ограничения», «не запрещал ввоз», "中国未对哈萨克斯坦羊肉采取限制措施" (the negation may stand before
// the 对 phrase). Kazakh negates inside the verb, which the lexicon reads ("енгізген жоқ").
func (s *sentence) negatedImposing() bool {
	if s.has(fLifted|fInForce|fAsk) || s.lang == "kk" {
		return false
	}
	var negated [4]span // the clauses of the negated verbs
	n := 0
	for _, h := range s.hits {
		if f := s.word(h).feat; (f&fImposed != 0 || s.lang == "zh" && f&fBanNoun != 0) && n < len(negated) &&
			s.verbNegated(int(h.pos)) {
			a, b := s.clause(int(h.pos))
			negated[n] = span{a, b}
			n++
		}
	}
	if n == 0 {
		return false
	}
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&(fImposed|fBanNoun) == 0 {
			continue
		}
		in := false
		for _, c := range negated[:n] {
			// A ban noun in the clause of a negated verb is its object or subject: "has not imposed any
			// restrictions", «Ограничения … не вводились».
			in = in || int(h.pos) >= c.start && int(h.pos) < c.end && (f&fBanNoun != 0 || s.verbNegated(int(h.pos)))
		}
		if !in && !(f&fImposed != 0 && s.verbNegated(int(h.pos))) {
			return false
		}
	}
	return true
}

// partNegated reports a part [a, b) of a sentence whose every verb of imposing is negated, with no word
// of lifting or keeping: the part tells no ban.
func (s *sentence) partNegated(a, b int) bool {
	if s.lang == "kk" {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if int(h.pos) < a || int(h.pos) >= b {
			continue
		}
		f := s.word(h).feat
		if f&(fLifted|fInForce) != 0 {
			return false
		}
		if f&fImposed == 0 || f&fBanNoun != 0 && s.lang == "ru" {
			continue // «ограничения»: the noun the lexicon also reads as imposed
		}
		if !s.verbNegated(int(h.pos)) {
			return false
		}
		n++
	}
	return n > 0
}

// verbNegated reports a negation right before the verb at pos: "not", "never" (past "yet"), «не», or in
// Chinese 未, 没有, 并未, 尚未 right before it or before a 对 phrase that ends at it.
func (s *sentence) verbNegated(pos int) bool {
	if s.lang == "zh" {
		return s.zhJustBefore(pos, zhVerbNegations[:])
	}
	p, at := prevToken(s.low, s.sp.start, pos)
	if p == "yet" || p == "so" || p == "far" {
		p, _ = prevToken(s.low, s.sp.start, at)
	}
	return p == "not" || p == "never" || p == "не"
}

// zhVerbNegations negate the Chinese verb right after them: 未, 没有, 并未, 尚未, and 并无, 尚无, 暂无 (there is
// no): "本港目前並無對哈薩克斯坦牛肉實施任何進口限制".
var zhVerbNegations = [...]string{"没有", "并未", "尚未", "未", "没", "并无", "尚无", "暂无"}

// zhJustBefore reports one of words, the last of them in pos's clause, right before pos or before a 对
// phrase that ends at pos with no comma in it: "未实施限制", "不打算对…实施限制".
func (s *sentence) zhJustBefore(pos int, words []string) bool {
	a, _ := s.clause(pos)
	before := s.low[a:pos]
	for _, w := range words {
		i := strings.LastIndex(before, w)
		if i < 0 {
			continue
		}
		rest := before[i+len(w):]
		if rest == "" || strings.HasPrefix(rest, "对") && !strings.ContainsAny(rest, "，,") {
			return true
		}
	}
	return false
}

// banAvoidWords say that what follows is to be avoided: "to avoid restrictions", «чтобы избежать
// ограничений», "为避免…受到限制".
var banAvoidWords = [...]string{"avoid", "prevent", "избежать", "избегать", "во избежание", "не допустить", "предотвратить",
	"proposed", "proposes", "propose", "proposal", "proposing", "предложил", "предлагает", "предлагают", "предложено",
	// Advice: "should consider a ban", «следовало бы рассмотреть возможность введения запрета».
	"should", "ought to", "следует", "следовало бы", "стоило бы"}

// zhAvoidWords are banAvoidWords in Chinese, which has no spaces to count words by.
var zhAvoidWords = [...]string{"避免", "防止", "建议", "提议", "应考虑", "应当", "应该"}

// kkAdviceWords follow the verbal noun of a Kazakh ban that someone says should be imposed: "тыйым салуы
// керек", "shekteý engizý qajet".
var kkAdviceWords = [...]string{"у керек", "уы керек", "уі керек", "у қажет", "уы қажет", "уі қажет",
	"ý kerek", "ýy kerek", "ýi kerek", "ý qajet", "ýy qajet", "ýi qajet"}

// banWanted reports a sentence with no word of lifting or keeping, not about the article's ban, whose
// every word of a ban is what someone asks for, proposes or wants to avoid, a few words after the word of
// asking or avoiding in its clause (in Kazakh, before it): "the meat union called for a ban on Brazilian beef",
// "Lawmakers proposed a ban", «предложили ввести запрет», "建议禁止",
// «призвал ввести запрет», "呼吁禁止进口", "тыйым салуға шақырды", "vaccinate cattle to avoid restrictions
// on beef exports", «чтобы избежать ограничений», "шектеу қойылмас үшін". No ban is told.
func (s *sentence) banWanted() bool {
	if s.has(fLifted|fInForce) || s.ref || s.onlyRegion() {
		// «просит применять ограничения только к Карасайскому району»: asked to narrow, the ban is in force.
		return false
	}
	asked := s.has(fAsk)
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&(fImposed|fBanNoun) == 0 {
			continue
		}
		a, _ := s.clause(int(h.pos))
		ok := false
		switch s.lang {
		case "kk":
			// "тыйым салуға шақырды": the verb of asking closes the clause; "қойылмас үшін": so that not.
			_, b := s.clause(int(h.pos))
			after := s.low[h.end:min(b, int(h.end)+60)]
			ok = asked && s.featsIn(int(h.end), min(b, int(h.end)+40))&fAsk != 0 ||
				containsAny(after, "мас үшін", "мес үшін", "бас үшін", "бес үшін", "пас үшін", "пес үшін",
					"mas úshin", "mes úshin", "bas úshin", "bes úshin", "pas úshin", "pes úshin",
					"ұсынды", "ұсынады", "usyndy", "usynady") || // "тыйым салуды ұсынды": proposed
				containsAny(after, kkAdviceWords[:]...)
		case "zh":
			before := s.low[max(a, int(h.pos)-36):h.pos]
			ok = asked && s.featsIn(max(a, int(h.pos)-9), int(h.pos))&fAsk != 0 || containsAny(before, zhAvoidWords[:]...)
		default:
			near := s.low[max(a, int(h.pos)-120):h.pos] // three Cyrillic words may take 120 bytes
			for _, w := range banAvoidWords {
				if i := strings.LastIndex(near, w); i >= 0 {
					at := int(h.pos) - len(near) + i + len(w)
					ok = ok || gapWords(s.low, at, int(h.pos)) <= 3
				}
			}
			for j := k - 1; asked && j >= 0 && int(s.hits[j].pos) >= a; j-- {
				if s.word(s.hits[j]).feat&fAsk != 0 && gapWords(s.low, int(s.hits[j].end), int(h.pos)) <= 3 {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
		n++
	}
	return n > 0
}

// hypotheticalWords are the modals of something that would follow a ban: "A ban on Brazilian beef would
// hurt consumers", «Запрет … может ударить по потребителям», "禁止进口…可能会伤害".
var hypotheticalWords = [...]string{"would", "could", "might", "may", "может", "могут", "мог бы", "могли бы", "可能"}

// banHypothetical reports a sentence with no word of lifting, keeping, asking or talks whose first ban
// word opens its clause as its subject and is followed in that clause by a modal, with no other word of a
// ban after the modal: what a ban would do is no news of one.
func (s *sentence) banHypothetical() bool {
	if s.has(fLifted|fInForce|fAsk|fPendingStrong) || s.lang == "kk" {
		return false
	}
	for k, h := range s.hits {
		if s.word(h).feat&(fImposed|fBanNoun) == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		lead := strings.TrimSpace(s.low[a:h.pos])
		if lead != "" && lead != "a" && lead != "the" && lead != "any" && !(s.lang == "zh" && utf8.RuneCountInString(lead) <= 2) {
			return false
		}
		if s.lang != "zh" && s.word(h).feat&fBanNoun == 0 {
			return false
		}
		for _, g := range s.hits[k+1:] {
			if int(g.pos) < b && s.word(g).feat&(fImposed|fBanNoun|fLifted) != 0 {
				// "The ban was imposed in May", "The ban could be extended": the ban's own verb
				return false
			}
		}
		for _, m := range hypotheticalWords {
			i := strings.Index(s.low[h.end:b], m)
			if i < 0 {
				continue
			}
			at := int(h.end) + i
			if !wordEndsAt(s.low, at+len(m)) && !isHan(firstRune(m)) {
				continue
			}
			if p, _ := prevToken(s.low, s.sp.start, at); m == "may" && (p == "in" || p == "since" || p == "from" ||
				p == "until" || p == "of" || p == "by") {
				continue // the month
			}
			return true
		}
		return false
	}
	return false
}

// considersBan reports a word of talks or consideration right before a ban word, or before the verbal
// noun of imposing one, in its clause: "considering a ban", «рассматривает введение запрета», in
// Kazakh after it ("тыйым салуды қарастырып жатыр"). Talks on the end of a ban ("talks on removing restrictions", «Вопрос снятия ограничений»)
// await a lifting instead.
func (s *sentence) considersBan() bool {
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fPendingStrong == 0 || strings.Contains(w.pat, "сняти") {
			continue
		}
		if s.lang == "kk" {
			// Kazakh puts the talks after the ban: "тыйым салуды қарастырып жатыр".
			if k > 0 && s.word(s.hits[k-1]).feat&(fBanNoun|fImposed) != 0 {
				if d := gapWords(s.low, int(s.hits[k-1].end), int(h.pos)); d >= 0 && d <= 1 {
					return true
				}
			}
			continue
		}
		if k+1 >= len(s.hits) {
			continue
		}
		g := s.hits[k+1]
		if s.word(g).feat&(fBanNoun|fImposed) == 0 {
			continue
		}
		if s.lang == "zh" {
			if a, _ := s.clause(int(g.pos)); a <= int(h.pos) && runeDist(s.low, int(h.end), int(g.pos)) <= 2 {
				return true
			}
			continue
		}
		p, _ := prevToken(s.low, s.sp.start, int(g.pos))
		if d := gapWords(s.low, int(h.end), int(g.pos)); d == 0 || d == 1 && (p == "a" || p == "an" || p == "any" ||
			p == "possible" || p == "new") {
			return true
		}
	}
	return false
}

// practiceWords name what is done on farms and markets rather than traded: a ban on them bans no goods.
var practiceWords = [...]string{"the use of", "use of", "hunting", "grazing", "plastic", "использовани", "применени",
	"охот", "выпас", "пластик", "使用", "放牧", "狩猎", "塑料", "пайдалан", "paıdalan", "аулау", "aýlaý"}

// banOnPractice reports a sentence with no word of lifting or keeping whose every ban word has a word of
// practiceWords right after it (past "the", "on", "of"; in Kazakh, right before it): «запретил
// использование антибиотиков», "禁止使用", "антибиотиктерді пайдалануға тыйым салды".
func (s *sentence) banOnPractice() bool {
	if s.has(fLifted | fInForce) {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&(fBanNoun|fImposed) == 0 {
			continue
		}
		var near string
		if s.lang == "kk" {
			near = s.low[max(s.sp.start, int(h.pos)-30):h.pos]
		} else {
			_, b := s.clause(int(h.pos))
			near = strings.TrimLeft(s.low[h.end:min(b, int(h.end)+40)], " ")
			near = strings.TrimPrefix(strings.TrimPrefix(near, "on "), "the ")
		}
		if !containsAny(near, practiceWords[:]...) {
			return false
		}
		n++
	}
	return n > 0
}

// otherGoodsBanned reports a sentence whose every word of a ban, its imposing, keeping or (strong)
// lifting stands in a clause that names goods other than animal products and none of them.
func (s *sentence) otherGoodsBanned() bool {
	other := false
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fCommodity != 0 && f&fMeat == 0 {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	n := 0
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&(fImposed|fBanNoun|fInForce) == 0 && (f&fLifted == 0 || f&fWeakLift != 0) {
			continue
		}
		a, b := s.clause(int(h.pos))
		if g := s.featsIn(a, b); g&(fMeat|fCause) != 0 || !s.otherGoodsIn(a, b) {
			return false
		}
		n++
	}
	return n > 0
}

// otherGoodsIn reports a commodity that is no animal product in [a, b).
func (s *sentence) otherGoodsIn(a, b int) bool {
	for _, h := range s.hits {
		if f := s.word(h).feat; int(h.pos) >= a && int(h.pos) < b && f&fCommodity != 0 && f&fMeat == 0 {
			return true
		}
	}
	return false
}

// proposed reports a verb of proposing: "ұсынды", "usynady", "proposed", «предложил», "建议".
func (s *sentence) proposed() bool {
	low := s.low[s.sp.start:s.sp.end]
	switch s.lang {
	case "kk":
		return containsAny(low, "ұсынды", "ұсынады", "usyndy", "usynady")
	case "zh":
		return containsAny(low, "建议", "提议")
	}
	return containsAny(low, "proposed", "proposes", "propose", "proposal", "предложил", "предлагает", "предлагают")
}

// banTalkWords are the nouns of talks that a verb of resuming may govern.
var banTalkWords = [...]string{"talks", "negotiat", "переговор", "谈判", "磋商", "келіссөз", "kelissóz"}

// liftsOnlyTalks reports a sentence whose every word of lifting governs talks: the noun of talks right
// after it ("resumed talks", «возобновил переговоры»), in Kazakh right before it ("келіссөздерді қайта
// бастады"), in Chinese right after it or past a 关于 phrase ("恢复了关于牛肉出口的谈判").
func (s *sentence) liftsOnlyTalks() bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		ok := false
		switch s.lang {
		case "kk":
			ok = k > 0 && s.talkAt(k-1) && gapWords(s.low, int(s.hits[k-1].end), int(h.pos)) == 0
		case "zh":
			// "恢复谈判", "恢复了关于…的谈判"; not "就恢复…输华进行磋商", where the talks are on the resuming.
			_, b := s.clause(int(h.pos))
			for j := k + 1; j < len(s.hits) && int(s.hits[j].pos) < b && !ok; j++ {
				between := strings.TrimPrefix(s.low[h.end:s.hits[j].pos], "了")
				ok = s.talkAt(j) && (between == "" || strings.HasPrefix(between, "关于"))
			}
		default:
			ok = k+1 < len(s.hits) && s.talkAt(k+1) && gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) == 0
		}
		if !ok {
			return false
		}
		n++
	}
	return n > 0
}

// talkAt reports a noun of talks at hit k.
func (s *sentence) talkAt(k int) bool {
	return s.word(s.hits[k]).feat&fPendingStrong != 0 && hasAnyPrefix(s.word(s.hits[k]).pat, banTalkWords[:]...)
}

// attributionWords lay a change at something's door: "attribute the rise to", «связывают рост с».
var attributionWords = [...]string{"attribut", "blame", "put down to", "связыва", "объясня", "объяснил"}

// changeNouns name a change of a figure: what an attribution explains.
var changeNouns = [...]string{"rise", "fall", "drop", "decline", "increase", "growth", "surge", "рост", "сниж",
	"паден", "подорож", "удорож", "сокращ"}

// banAttributed reports an English or Russian sentence with a word of attribution and no word of
// lifting, keeping or talks, whose every ban noun follows a noun of change a few words before it (the
// rise … to the ban, рост … с запретом), and whose verbs of imposing only qualify such a ban noun shortly
// after it ("the ban on livestock exports introduced in the spring").
func (s *sentence) banAttributed() bool {
	if s.lang != "en" && s.lang != "ru" || s.has(fLifted|fInForce|fPending|fPendingStrong|fAsk) ||
		!containsAny(s.low[s.sp.start:s.sp.end], attributionWords[:]...) {
		return false
	}
	n, lastBan := 0, -1
	for _, h := range s.hits {
		f := s.word(h).feat
		switch {
		case f&fBanNoun != 0 && (f&fImposed == 0 || s.lang == "ru"):
			if !containsAny(s.low[max(s.sp.start, int(h.pos)-80):h.pos], changeNouns[:]...) {
				return false
			}
			lastBan = int(h.end)
			n++
		case f&fImposed != 0:
			// The participle may follow a comma: «с запретом на вывоз скота, введённым весной».
			if lastBan < 0 || runeDist(s.low, lastBan, int(h.pos)) > 40 {
				return false
			}
		}
	}
	return n > 0
}

// banAwaitsDecision reports a ban imposed until a decision («ограничат ввоз … до решения по итогам оценки
// рисков», "until a decision", "pending a decision"), with no word of lifting or of inspectors: the
// assessment the decision will follow is still to come, and no inspection is told.
func (s *sentence) banAwaitsDecision() bool {
	return s.has(fImposed) && !s.has(fLifted|fInspector) &&
		containsAny(s.low[s.sp.start:s.sp.end], "до решения", "до принятия решения", "until a decision", "pending a decision")
}

// banAbsent reports a ban said not to exist, in a sentence with no word of lifting, keeping, talks or
// asking: "no" before an English ban noun ("There are no restrictions on Kazakh meat", "no trade
// restrictions have been announced"), or a Russian ban noun in the genitive whose clause says "нет"
// («Ограничений на ввоз казахстанской говядины нет»). «Оснований для снятия ограничений нет» refuses a
// lifting instead, and keeps the ban.
func (s *sentence) banAbsent() bool {
	if s.has(fLifted | fInForce | fAsk | fPendingStrong) {
		return false
	}
	if s.lang == "zh" {
		// "目前没有关于中国限制进口哈萨克斯坦羊肉的信息": no news of a ban.
		low := s.low[s.sp.start:s.sp.end]
		return containsAny(low, "没有关于", "暂无关于", "尚无关于", "无关于") && containsAny(low, "的信息", "的消息", "的报道", "的通知")
	}
	if s.lang != "ru" && s.lang != "en" {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fBanNoun == 0 {
			continue
		}
		if s.lang == "en" {
			p, at := prevToken(s.low, s.sp.start, int(h.pos))
			if p == "trade" || p == "import" || p == "export" || p == "any" || p == "new" {
				p, _ = prevToken(s.low, s.sp.start, at)
			}
			if p == "no" || p == "without" {
				return true // "continues without restrictions"
			}
			continue
		}
		if p, _ := prevToken(s.low, s.sp.start, int(h.pos)); p == "без" {
			return true // «торговля скотом идёт без ограничений»
		}
		switch s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)] {
		case "ограничений", "запретов", "запрета":
		default:
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.tokenIn(a, b, "нет") {
			return true
		}
	}
	return false
}

// notYetTaken reports a Chinese clause that has not yet taken a measure: 尚未, 还没有 or 仍未 before
// 采取 in one clause ("蒙古国尚未对俄罗斯采取限制措施").
func (s *sentence) notYetTaken() bool {
	if s.lang != "zh" {
		return false
	}
	low := s.low[s.sp.start:s.sp.end]
	for _, neg := range [...]string{"尚未", "还没有", "仍未", "暂未"} {
		i := strings.Index(low, neg)
		if i < 0 {
			continue
		}
		j := strings.Index(low[i:], "采取")
		if j < 0 {
			continue
		}
		if a, _ := s.clause(s.sp.start + i + j); a <= s.sp.start+i {
			return true
		}
	}
	return false
}

// exemptOnly reports a sentence whose first clause of exemption ("не распространяется на", "does not
// cover") has no word of a ban in a clause before it: "Kyrgyzstan banned imports of live cattle …, but the
// ban does not cover processed meat" imposes a ban first, and is read as one.
func (s *sentence) exemptOnly() bool {
	for _, h := range s.hits {
		if s.word(h).feat&fExempt == 0 {
			continue
		}
		a, _ := s.clause(int(h.pos))
		// A ban said in force before a country left out is news of its own, whatever the clauses: "China's
		// ban on Japanese fish remains in force but does not cover Kazakhstan", "…的措施仍在执行，但不涉及哈萨克斯坦".
		// Goods left out ("… and do not cover processed meat") leave it a ban told before.
		return s.featsIn(s.sp.start, a)&(fImposed|fBanNoun|fInForce) == 0 &&
			(s.featsIn(a, int(h.pos))&fInForce == 0 || s.featsIn(int(h.end), s.sp.end)&fMeat != 0)
	}
	return false
}

// noPlanTo reports a plan said not to exist around the ban it would bring, in a sentence with no word of
// lifting: "暂无禁止出口肉类的计划", "没有限制进口的计划", «Планов вводить ограничения пока нет». A
// lifting with no plan ("暂无恢复的计划") keeps the ban instead: noPlanFor(fLifted). English and Kazakh
// say it in one word the lexicon denies ("no plan", "жоспарланбаған").
func (s *sentence) noPlanTo() bool {
	return !s.has(fLifted) && s.noPlanFor(fImposed|fBanNoun)
}

// intentStems begin the words of intent whose negation refuses what they govern: "not planning", "does
// not intend to", "not going to", «не намерен», «не собирается».
var intentStems = [...]string{"intend", "plan", "going", "намерен", "планир", "собира"}

// zhNoIntent are the Chinese words of an intent negated: "不打算限制", "无意禁止", "暂不计划".
var zhNoIntent = [...]string{"不打算", "无意", "不准备", "不计划", "不想", "不会"}

// noIntentToImpose reports a sentence with no word of lifting, keeping or asking whose every ban word
// follows a negated intent, at most two words between them: "Kazakhstan is not planning any restrictions
// on Russian poultry", "does not intend to restrict", «не намерен вводить ограничения», "不打算限制进口".
// Nothing is imposed and no lifting is awaited. A lifting not intended keeps the ban (refusesIntent).
func (s *sentence) noIntentToImpose() bool {
	if s.has(fLifted|fInForce|fAsk) || s.lang == "kk" {
		return false // Kazakh negates inside the verb, which the lexicon denies ("жоспарламайды")
	}
	return s.everyHit(fImposed|fBanNoun, func(h hit, _ *word) bool { return s.intentNegatedBefore(int(h.pos)) })
}

// intentNegatedBefore reports a negated word of intent at most two words before pos ("not planning any
// restrictions", «не намерен вводить ограничения»), in Chinese right before it or before a 对 phrase that
// ends at it ("不打算对…实施限制").
func (s *sentence) intentNegatedBefore(pos int) bool {
	if s.lang == "zh" {
		return s.zhJustBefore(pos, zhNoIntent[:])
	}
	at := pos
	for k := 0; k < 3; k++ {
		p, pat := prevToken(s.low, s.sp.start, at)
		if p == "" || !isWordRune([]rune(p)[0]) {
			return false // no word left, or a comma between
		}
		if hasAnyPrefix(p, intentStems[:]...) {
			q, _ := prevToken(s.low, s.sp.start, pat)
			switch q {
			case "not", "no", "не", "doesn't", "don't", "isn't", "aren't":
				return true
			}
			return false
		}
		at = pat
	}
	return false
}

// ruNoPlan reports a Russian clause that names «планов» before a word of f and says «нет»: «Планов
// вводить ограничения пока нет», «нет планов запрещать ввоз», «планов снимать запрет нет».
func (s *sentence) ruNoPlan(f feat) bool {
	if !strings.Contains(s.low[s.sp.start:s.sp.end], "планов") {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&f == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if !strings.Contains(s.low[a:h.pos], "планов") {
			continue
		}
		if s.tokenIn(a, b, "нет") {
			return true
		}
	}
	return false
}

// noPlanFor reports a Chinese "…的计划" whose clause says before it that it does not exist (暂无, 没有,
// 并无, 尚无, 无), with a word of f between the negation and the plan; in Russian, ruNoPlan.
func (s *sentence) noPlanFor(f feat) bool {
	if s.lang == "ru" {
		return s.ruNoPlan(f)
	}
	if s.lang != "zh" || !s.has(fPlanned) {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).pat != "计划" || !strings.HasSuffix(s.low[s.sp.start:h.pos], "的") {
			continue
		}
		a, _ := s.clause(int(h.pos))
		before := s.low[a:h.pos]
		for _, neg := range [...]string{"暂无", "没有", "并无", "尚无", "无"} {
			if i := strings.Index(before, neg); i >= 0 && s.featsIn(a+i, int(h.pos))&f != 0 {
				return true
			}
		}
	}
	return false
}

// possibilityWords say that something may happen: "может ввести", "could ban", "可能实施".
var possibilityWords = [...]string{"может", "могут", "may", "might", "could"}

// mayImpose reports a sentence whose every word of imposing follows a word of possibility right before it
// ("Китай может ввести ограничения", "China could ban", "可能实施限制", "шектеу енгізуі мүмкін"), that
// has no word of lifting or keeping.
func (s *sentence) mayImpose() bool {
	if s.has(fLifted | fInForce | fAsk) {
		return false
	}
	n := 0
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&(fImposed|fBanNoun) == 0 {
			continue
		}
		may := false
		switch s.lang {
		case "zh":
			// "可能实施限制", and past a 对 phrase: "可能对哈萨克斯坦牛肉实施限制".
			before := s.low[s.sp.start:h.pos]
			may = strings.HasSuffix(before, "可能")
			if i := strings.LastIndex(before, "可能对"); i >= 0 && !strings.ContainsAny(before[i:], "，,") {
				may = true
			}
		case "kk":
			// "шектеу енгізуі мүмкін": the verbal noun, then "мүмкін", after the ban noun or the verb.
			end := int(h.end)
			for range 2 {
				next, at := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end)
				may = may || next == "мүмкін" || next == "múmkin"
				end = at + len(next)
			}
		default:
			p, _ := prevToken(s.low, s.sp.start, int(h.pos))
			for _, w := range possibilityWords {
				may = may || p == w
			}
		}
		switch {
		case may:
			n++
		case f&fBanNoun != 0:
			// the ban named as the object of the verb ("ввести ограничения") or a noun of its own
		default:
			return false
		}
	}
	return n > 0
}

// concessionWords concede what follows them: "несмотря на отмену ограничений", "despite the ban".
var concessionWords = [...]string{"несмотря на", "вопреки", "despite", "in spite of", "notwithstanding", "尽管"}

// afterConcession reports hit h at most three words after a word of concession (in Chinese within eight
// runes in its clause; in Kazakh, the concession right after it: "өтінішіне қарамастан").
func (s *sentence) afterConcession(h hit) bool {
	if s.lang == "kk" {
		nx, _ := nextToken(s.low, s.nextWordEnd(int(h.end)), min(s.sp.end, int(h.end)+40))
		return nx == "қарамастан" || nx == "qaramastan"
	}
	return s.concessionBefore(h)
}

// concessionBefore reports a word of concession at most three words before hit h, or in Chinese within
// eight runes of it in its clause.
func (s *sentence) concessionBefore(h hit) bool {
	near := s.low[max(s.sp.start, int(h.pos)-60):h.pos]
	for _, w := range concessionWords {
		i := lastIndex(near, w)
		if i < 0 {
			continue
		}
		at := int(h.pos) - len(near) + i + len(w)
		if g := gapWords(s.low, at, int(h.pos)); g >= 0 && g <= 3 {
			return true
		}
		if a, _ := s.clause(int(h.pos)); isHan(firstRune(w)) && a <= at && runeDist(s.low, at, int(h.pos)) <= 8 {
			return true // Chinese has no spaces: "尽管去年解除了限制", in one clause
		}
	}
	return false
}

// askConceded reports a sentence whose every word of asking is conceded: "keep its ban despite Astana's
// request to remove it", «сохранит запрет, несмотря на просьбу его снять», "尽管哈方请求解除", "Астананың
// өтінішіне қарамастан". The request is the setting; the main clause tells what became of the ban.
func (s *sentence) askConceded() bool {
	if !s.has(fAsk) {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fAsk != 0 && !s.afterConcession(h) {
			return false
		}
	}
	return true
}

// conceded reports a lifting that is the object of a conceded request: in Kazakh before it in its
// clause ("алып тастау туралы өтінішіне қарамастан"), elsewhere after it.
func (s *sentence) conceded(h hit) bool {
	if !s.askConceded() {
		return false
	}
	a, b := s.clause(int(h.pos))
	for _, g := range s.hits {
		if s.word(g).feat&fAsk == 0 || int(g.pos) < a || int(g.end) > b {
			continue
		}
		if s.lang == "kk" && g.pos > h.pos || s.lang != "kk" && g.pos < h.pos {
			return true
		}
	}
	return false
}

// banAsConcession reports a sentence whose every word of a ban, its imposing or its lifting stands at
// most three words after a word of concession.
func (s *sentence) banAsConcession() bool {
	if s.lang == "kk" {
		return false // Kazakh concedes after the noun ("…алынғанына қарамастан"); not read yet
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&(fBanNoun|fImposed|fLifted|fInForce|fPending|fPendingStrong|fAsk) == 0 {
			continue
		}
		if !s.concessionBefore(h) {
			return false
		}
		n++
	}
	return n > 0
}

// plantNouns are the words of plants and enterprises that a country approves one by one.
var plantNouns = [...]string{"завод", "предприят", "фабрик", "комбинат", "plant", "enterprise", "factor", "facilit",
	"slaughterhouse", "abattoir", "企业", "工厂", "屠宰场", "exporter", "producer", "экспортер", "производител",
	"кәсіпор", "kásipor", "экспорттаушы", "eksporttaýshy", "өндіруші", "óndirýshi", "出口商"}

// listWords name a list or register: "список", "list", "名单".
var listWords = [...]string{"список", "перечень", "перечня", "реестр", "list", "register", "名单", "清单", "тізім", "tizim", "тізілім", "tizilim"}

// listOfAdmitted reports a sentence with no word of a ban, of keeping, of talks or of asking whose every
// word of lifting follows a noun of plants named by a list (at most one word between, or a comma), or
// another such word of lifting: «список казахстанских предприятий, допущенных к поставкам», "a list of
// Kazakh plants approved for export", "获准对华出口的哈萨克斯坦企业名单".
func (s *sentence) listOfAdmitted() bool {
	if !s.has(fTarget) || !s.has(fLifted) || s.has(fBanNoun|fImposed|fInForce|fAsk|fPending|fPendingStrong|fBanRef) {
		return false
	}
	if s.lang == "zh" {
		// Chinese puts what qualifies the plants before them and the list after: "获准…的…企业名单", with
		// at most two characters between ("企业最新名单").
		for _, h := range s.hits {
			w := s.word(h)
			if w.feat&fTarget != 0 && hasAnyPrefix(w.pat, plantNouns[:]...) &&
				containsAny(s.low[h.end:min(s.sp.end, int(h.end)+12)], listWords[:]...) {
				a, _ := s.clause(int(h.pos))
				if containsAny(s.low[a:h.pos], zhEntryVerbs[:]...) {
					// "将哈萨克斯坦另外6家牛肉企业列入准许输华企业名单": plants entered in the list of those
					// admitted are given access, as «включило … в список» does.
					return false
				}
				return s.featsIn(a, int(h.pos))&fLifted != 0 && s.featsIn(int(h.end), s.sp.end)&fLifted == 0
			}
		}
		return false
	}
	n, prev, listed := 0, -1, -1 // prev: the end of the last plant noun of a list or admitted word of lifting
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fTarget != 0 && hasAnyPrefix(w.pat, plantNouns[:]...) {
			a, _ := s.clause(int(h.pos))
			// Two Cyrillic words may stand between: «перечень казахстанских предприятий».
			if k != listed && !containsAny(s.low[max(a, int(h.pos)-64):h.pos], listWords[:]...) {
				// Plants named by no list: a word of lifting after them is access of their own, while a
				// count of the list's plants admits no one ("…, which now includes 11 enterprises").
				prev = -1
				continue
			}
			prev = int(h.end)
			continue
		}
		if w.feat&fLifted == 0 {
			continue
		}
		if j := s.listedPlantAfter(k); j >= 0 {
			listed, prev = j, int(h.end)
			n++
			continue
		}
		if prev < 0 {
			return false
		}
		gap := strings.TrimLeft(s.low[wordEnd(s.low, prev, int(h.pos)):h.pos], " ,")
		gap = skipRelative(gap) // «предприятий, которым разрешен экспорт», "plants that are allowed"
		if g := gapWords(s.low, int(h.pos)-len(gap), int(h.pos)); g < 0 || g > 1 {
			return false
		}
		prev = int(h.end)
		n++
	}
	return n > 0
}

// zhEntryVerbs enter plants in a list: "列入…名单", "纳入…名录".
var zhEntryVerbs = [...]string{"列入", "纳入", "增列", "增补"}

// zhListEntry reports plants a Chinese verb enters in the list of those admitted, its word of lifting
// (准入, 准许) before 名单 in the verb's clause, a few characters on: "批准哈萨克斯坦4家肉类企业进入其准入
// 名单", "将…企业列入其准入名单". A list updated or named enters no one.
func (s *sentence) zhListEntry() bool {
	if s.lang != "zh" || !s.has(fTarget) {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		lead := s.low[max(a, int(h.pos)-12):h.pos]
		if hasAnyPrefix(s.low[h.end:b], "名单", "清单", "企业名单") && (containsAny(lead, zhEntryVerbs[:]...) || strings.Contains(lead, "进入")) {
			return true
		}
	}
	return false
}

// skipRelative returns gap past a relative pronoun that opens it and an English auxiliary after the
// pronoun: "that are allowed", «которым разрешен».
func skipRelative(gap string) string {
	p, rest, _ := strings.Cut(gap, " ")
	if !isRelPronoun(p) {
		return gap
	}
	if q, r, ok := strings.Cut(rest, " "); ok && (q == "are" || q == "were" || q == "is" || q == "was" || q == "have" || q == "had") {
		rest = r
	}
	return rest
}

// listedPlantAfter returns the index of the plant noun that the word of lifting at hit k qualifies from
// before it, when a list names them: "a list of approved Kazakh meat exporters", «список допущенных к
// экспорту казахстанских предприятий» (the list before the word), "экспортқа рұқсат етілген
// кәсіпорындардың тізімі" (the list after the plants). It returns -1 when no plant noun follows within
// five words in the clause, or no list word stands in the clause before the word or right after the
// noun.
func (s *sentence) listedPlantAfter(k int) int {
	h := s.hits[k]
	a, b := s.clause(int(h.pos))
	for j := k + 1; j < len(s.hits); j++ {
		p := s.hits[j]
		if int(p.pos) >= b {
			return -1
		}
		w := s.word(p)
		if w.feat&fTarget == 0 || !hasAnyPrefix(w.pat, plantNouns[:]...) {
			continue
		}
		if g := gapWords(s.low, int(h.end), int(p.pos)); g < 0 || g > 5 {
			return -1
		}
		if containsAny(s.low[max(a, int(h.pos)-40):h.pos], listWords[:]...) ||
			containsAny(s.low[p.end:min(b, int(p.end)+80)], listWords[:]...) {
			return j
		}
		return -1
	}
	return -1
}

// sampleVerbs reports a sentence with no ban noun whose every word of imposing or lifting comes right
// after a word of sampling: "сынама алынды" (samples were taken), "synama alyndy".
func (s *sentence) sampleVerbs() bool {
	if s.has(fBanNoun) || !s.has(fSample) {
		return false
	}
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&(fImposed|fLifted) == 0 {
			continue
		}
		if k == 0 || s.word(s.hits[k-1]).feat&fSample == 0 || gapWords(s.low, int(s.hits[k-1].end), int(h.pos)) != 0 {
			return false
		}
		n++
	}
	return n > 0
}

// causeWords name a cause: a ban after them explains something else.
var causeWords = [...]string{"blaming", "blamed", "blame", "винят", "винит", "винили", "due to", "because of", "owing to", "after", "из-за", "в связи с",
	"после", "после того как", "после того, как", "由于", "因", "受"}

// kkCauseWords name a cause after the noun, as Kazakh does: "шектеулер салдарынан".
var kkCauseWords = [...]string{"салдарынан", "кесірінен", "байланысты", "кейін", "saldarynan", "kesirinen", "baılanysty", "keıin"}

// banAsCause reports a sentence whose every ban word is governed by a word of cause a few words before
// it (in Kazakh, after it: "шектеулер салдарынан"), and that has no other word of imposing, lifting or
// keeping: the ban explains a figure, it is not the news. A participle of imposing that only qualifies
// such a ban («из-за ограничений, введенных Китаем», "because of restrictions imposed by China",
// "Қытай енгізген шектеулер салдарынан", "由于中国实施的限制") tells no news of its own.
func (s *sentence) banAsCause() bool { return s.bansGovernedBy(causeWords[:], kkCauseWords[:], 40) }

// breachWords name a ban as the rule someone broke: "fined … for exporting bulls in breach of the ban",
// «вывез скот в нарушение запрета»; Kazakh after the noun: "тыйымды бұзып".
var breachWords = [...]string{"in breach of", "in violation of", "violating", "breaching", "в нарушение", "нарушив",
	"нарушением", "вопреки"}

var kkBreachWords = [...]string{"бұзып", "бұзған", "бұза отырып", "buzyp", "buzǵan", "buza otyryp"}

// banBreached reports a sentence whose every ban is named only as the rule a trade broke: a case of
// smuggling or a court's fine, no news of the ban.
func (s *sentence) banBreached() bool {
	return s.bansGovernedBy(breachWords[:], kkBreachWords[:], 80) // «в нарушение временного запрета»: 44 bytes
}

// bansGovernedBy reports a sentence whose every ban word is governed by one of words a few words before
// it, within window bytes (in Kazakh, one of kkWords after it), with no other word of imposing, lifting or
// keeping.
func (s *sentence) bansGovernedBy(words, kkWords []string, window int) bool {
	// Cheap tests first: a word of lifting, keeping or asking, or an imposing word that qualifies no ban
	// noun, makes the ban news; only then are the words of cause looked for.
	var bans [4]hit
	n := 0
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&fBanNoun != 0 {
			if n < len(bans) {
				bans[n] = h
			}
			n++
			continue
		}
		if f&(fLifted|fInForce|fPending|fPendingStrong|fAsk) != 0 {
			return false
		}
	}
	if n == 0 || n > len(bans) {
		return false
	}
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fBanNoun == 0 && f&fImposed != 0 && !s.qualifiesBan(h, bans[:n]) {
			return false
		}
	}
	for _, h := range bans[:n] {
		if !s.governedBy(h, words, kkWords, window) {
			return false
		}
	}
	return true
}

// governedBy reports one of words (a word of cause) that governs ban noun h: a few words before it, within
// window bytes, or in Kazakh one of kkWords after it in its clause.
func (s *sentence) governedBy(h hit, words, kkWords []string, window int) bool {
	if s.lang == "kk" {
		near := s.low[h.end:min(s.sp.end, int(h.end)+40)]
		if k := strings.IndexAny(near, ",.;"); k >= 0 {
			near = near[:k]
		}
		return containsAny(near, kkWords...)
	}
	near := s.low[max(s.sp.start, int(h.pos)-window):h.pos]
	reach := 3
	if s.lang == "zh" {
		reach = 8 // each character is a word: "由于中国实施的限制"
	}
	for _, w := range words {
		if i := strings.LastIndex(near, w); i >= 0 {
			a := int(h.pos) - len(near) + i + len(w)
			g := gapWords(s.low, a, int(h.pos))
			if s.lang != "zh" {
				g -= s.qualifierWords(a, int(h.pos))
			}
			if g >= 0 && g <= reach {
				return true
			}
		}
	}
	return false
}

// qualifierWords counts the words between a and b that belong to a ban's own qualifiers, its disease,
// holder or goods: "blamed the foot-and-mouth restrictions" has one word between, not four.
func (s *sentence) qualifierWords(a, b int) int {
	n := 0
	for _, c := range s.hits {
		if int(c.pos) >= a && int(c.end) <= b && s.word(c).feat&(fCause|fCountry|fCommodity) != 0 {
			n += gapWords(s.low, int(c.pos), int(c.end)) + 1 // the hit's first word and the words past it
		}
	}
	return n
}

// qualifiesBan reports an imposing word h right after one of the ban nouns (a comma between: «ограничений,
// введенных»), or right before one as its participle (one word between at most: "Қытай енгізген
// шектеулер", "中国实施的限制").
func (s *sentence) qualifiesBan(h hit, bans []hit) bool {
	for _, b := range bans {
		a, e := int(b.end), int(h.pos)
		if h.pos < b.pos {
			a, e = int(h.end), int(b.pos)
		}
		if e < a {
			continue
		}
		a = wordEnd(s.low, a, e) // a stem ends inside its word: «ограничени|й, введенных»
		gap := s.low[a:e]
		a += len(gap) - len(strings.TrimLeft(gap, " ,"))
		if g := gapWords(s.low, a, e); g >= 0 && g <= 1 {
			return true
		}
	}
	return false
}

// deniedLifting reports a word of denial right after a word of lifting, or after a word of intent
// right after one: "алып тастауды жоспарламайды", "alyp tastaýdy josparlamaıdy" (does not plan to
// lift), "alyp tastaýǵa daıyn emes" (is not ready to lift). The lifting is refused; the ban holds.
func (s *sentence) deniedLifting() bool {
	adjacent := func(j, k int) bool { return gapWords(s.low, int(s.hits[j].end), int(s.hits[k].pos)) == 0 }
	for k, h := range s.hits {
		if k == 0 || s.word(h).feat&fDenied == 0 {
			continue
		}
		prev := s.word(s.hits[k-1]).feat
		if prev&fLifted != 0 && adjacent(k-1, k) {
			return true
		}
		if k > 1 && prev&fPending != 0 && adjacent(k-1, k) && s.word(s.hits[k-2]).feat&fLifted != 0 && adjacent(k-2, k-1) {
			return true
		}
	}
	return false
}

// refusesIntent reports an intent negated: "не" or "not" right before a word of intent («не намерена»,
// «не планирует», "does not intend", "not planning"), or 不打算, 无意, 不准备, "not going to", "no
// intention", «не собирается».
func (s *sentence) refusesIntent() bool {
	if containsAny(s.low[s.sp.start:s.sp.end], "不打算", "无意", "不准备", "не собирается", "не собираются",
		"not going to", "no intention") {
		return true
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fPending|fForecast) == 0 {
			continue
		}
		switch p, _ := prevToken(s.low, s.sp.start, int(h.pos)); p {
		case "не", "not", "no":
			return true
		}
	}
	return false
}

// stoppedTrade reports a verb of stopping (no ban noun) in a clause with a word of trade: "поставки …
// приостановлены", "suspended imports", "экспорт тоқтатылды", "暂停进口".
func (s *sentence) stoppedTrade() bool {
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fImposed == 0 || f&fBanNoun != 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.featsIn(a, b)&(fExport|fImport|fShip) != 0 {
			return true
		}
	}
	return false
}

// talksParties reads talks on a lifting: «Минсельхоз Казахстана обсуждает с китайской стороной снятие
// ограничений на экспорт говядины», "Kazakhstan is negotiating with China on lifting…", "哈方正与中方就解除…
// 进行磋商": the partner of the talks holds the ban, the country that talks has the goods.
func (s *sentence) talksParties(m *agrowatch.Mention) {
	p := s.talksPartner()
	switch {
	case p == "":
	case m.By != "" && p != m.By && (m.On == "" || m.On == m.By):
		m.By, m.On = p, m.By
	case m.By == "" && m.On != "" && p != m.On:
		m.By = p
	}
}

// talksPartner returns the country named as the partner of talks: after "с", "with", 与, 同, or in the
// Kazakh comitative ("Қытаймен", "Қытай тарапымен"), in a sentence of talks; or "".
func (s *sentence) talksPartner() string {
	partner := ""
	for _, c := range s.cs {
		if c.region || c.reporter {
			continue
		}
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		switch p {
		case "с", "со", "with", "与", "同":
			partner = c.code
		}
		if tail := s.low[c.end:min(c.end+24, s.sp.end)]; s.lang == "kk" && (hasAnyPrefix(tail, " тарапымен", " tarapymen") ||
			strings.HasSuffix(s.low[c.pos:c.end], "мен") || strings.HasSuffix(s.low[c.pos:c.end], "men")) {
			partner = c.code
		}
		if partner != "" {
			break
		}
	}
	if partner == "" || !s.has(fPendingStrong) && !s.discussion() {
		return "" // the words of talks are looked for only once a partner is named
	}
	return partner
}

// zhTraders are the Chinese nouns of traders and companies, who stop their own trade by choice.
var zhTraders = [...]string{"贸易商", "进口商", "采购商", "经销商", "商家", "买家", "贸易公司", "进口企业", "加工企业"}

// zhTradersPause reports a Chinese sentence whose every verb of stopping has traders for its subject: a
// noun of zhTraders before it in its clause, no agency there, and no country but the traders' own
// ("部分中国进口商").
func (s *sentence) zhTradersPause() bool {
	if s.lang != "zh" || s.has(fLifted|fInForce) {
		return false
	}
	return s.everyHit(fImposed, func(h hit, w *word) bool {
		a, _ := s.clause(int(h.pos))
		if w.feat&fBanNoun != 0 || !containsAny(s.low[a:h.pos], zhTraders[:]...) || s.featsIn(a, int(h.pos))&fAgency != 0 {
			return false
		}
		for _, c := range s.cs {
			if c.pos >= a && c.pos < int(h.pos) && !hasAnyPrefix(s.low[c.end:h.pos], zhTraders[:]...) {
				return false
			}
		}
		return true
	})
}

// whetherTo reports words that leave a decision open: "whether to", "是否", «вводить ли».
func whetherTo(low string) bool {
	return containsAny(low, "whether to", "是否", "вводить ли", "ли вводить", "ли ограничения", "енгізу-енгізбеу",
		"engizý-engizbeý")
}

// imposingVerb reports a word of imposing that is no ban noun: «введение», «енгізуді», "introducing".
func (s *sentence) imposingVerb() bool {
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fImposed != 0 && f&fBanNoun == 0 {
			return true
		}
	}
	return false
}

// askApart reports a word of asking and a word of a ban in force in two clauses of the sentence, the
// request's clause free of the ban kept.
func (s *sentence) askApart() bool {
	if !s.has(fAsk) || !s.has(fInForce) {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fAsk == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.featsIn(a, b)&fInForce != 0 || a == s.sp.start && b == s.sp.end {
			return false
		}
		return true
	}
	return false
}

// pendingLift reports a word of intent or condition that governs a lifting: in its clause or within
// pendingReach runes of it ("готов возобновить", "will lift", "有望解除", "Снятие ограничений … зависит
// от итогов"). A lifting told as done in the past ("lifted", "снял", "алып тастады", "已解除") is not
// made pending by a modal after it: "China lifted the ban, which will allow exporters…".
func (s *sentence) pendingLift() bool {
	for _, hp := range s.hits {
		if s.word(hp).feat&fPending == 0 {
			continue
		}
		ca, cb := s.clause(int(hp.pos))
		for _, hl := range s.hits {
			if s.word(hl).feat&fLifted == 0 || s.conceded(hl) {
				continue
			}
			if hl == hp {
				return true // "снимет", "=may lift"
			}
			inClause := int(hl.pos) >= ca && int(hl.end) <= cb
			d := runeDist(s.low, int(hp.end), int(hl.pos))
			if hl.pos < hp.pos {
				d = runeDist(s.low, int(hl.end), int(hp.pos))
			}
			if !inClause && d > pendingReach {
				continue
			}
			if hl.pos < hp.pos && (s.pastFinite(hl) || noLonger(s.word(hl).pat)) {
				continue // "the restrictions no longer apply, and the first shipments are expected": done
			}
			if hl.pos > hp.pos && s.pastFinite(hl) && doneBefore(s.low[hp.end:hl.pos]) {
				continue // "will send its first consignment … after GACC reinstated three plants": the lifting is done
			}
			if hl.pos < hp.pos && !inClause && s.agreedBefore(hl) {
				continue // "中方同意恢复进口…，首批产品有望下月运抵": the lifting agreed; the hope is the shipments'
			}
			return true
		}
	}
	return false
}

// noLonger reports a lifting worded as a state that has ended, in the present: "no longer apply",
// «больше не действуют», "不再执行". Like a past verb, it is done.
func noLonger(pat string) bool {
	return hasAnyPrefix(pat, "no longer", "больше не", "не действуют", "不再")
}

// doneBefore reports a word that opens a clause of what happened before, between a modal and a past
// lifting: "after", "since", «после того как».
func doneBefore(between string) bool {
	return containsAny(between, " after ", " since ", "после того как", "после того, как")
}

// agreeWords, right before a word of lifting, say it was agreed: "agreed to resume", «согласился
// возобновить», "同意恢复".
var agreeWords = [...]string{"agreed to", "согласился", "согласилась", "согласилось", "согласились", "同意", "已同意"}

// agreedBefore reports a word of agreement right before lifting hit h, or opening it ("同意恢复").
func (s *sentence) agreedBefore(h hit) bool {
	if hasAnyPrefix(s.word(h).pat, agreeWords[:]...) {
		return true
	}
	before := strings.TrimRight(s.low[s.sp.start:h.pos], " ")
	for _, w := range agreeWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// pastFinite reports a verb in the past tense, read from the end of its word: Russian -л/-ла/-ли/-ло
// (-ся), English -ed, Kazakh -ды/-ді/-ты/-ті, or Chinese 已 (已经) before or 了 after.
func (s *sentence) pastFinite(h hit) bool {
	end := wordEnd(s.low, int(h.end), s.sp.end)
	w := s.low[h.pos:end]
	if r := firstRune(w); isHan(r) {
		p, _ := utf8.DecodeLastRuneInString(s.low[s.sp.start:h.pos])
		n, _ := utf8.DecodeRuneInString(s.low[h.end:])
		return p == '已' || n == '了' || strings.HasSuffix(s.low[s.sp.start:h.pos], "已经") || // "上述禁令已经解除"
			zhDoneAt(s.low[s.sp.start:h.pos])
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
	if hasAnySuffix(w, "уды", "уді", "ýdy", "ýdi") {
		return false // a Kazakh verbal noun as object: "алып тастауды жоспарлап отыр" plans the lifting
	}
	for _, suf := range [...]string{"л", "ла", "ли", "ло", "ed", "ды", "ді", "ты", "ті", "dy", "di", "ty", "ti"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// zhDoneAt reports a Chinese 已 whose time phrase of 于 ends at the end of before, the verb's text before
// it: "港府已於上月解除…", "已于3月1日恢复" (於 read as 于) are done as "已解除" is.
func zhDoneAt(before string) bool {
	for _, w := range [...]string{"已于", "已经于", "已在"} {
		i := strings.LastIndex(before, w)
		if i < 0 {
			continue
		}
		if t := before[i+len(w):]; t != "" && utf8.RuneCountInString(t) <= 8 && !strings.ContainsAny(t, "，,；;：:") {
			return true
		}
	}
	return false
}

// askAfterDoneLift reports a sentence whose every word of lifting is a verb in the past and whose every
// word of asking or hoping stands in a later clause than all of them: "China lifted the ban on Kazakh
// beef, and exporters hope to increase shipments", «Китай снял запрет …, и экспортёры рассчитывают
// нарастить поставки». The hope is for what follows the lifting, which is done.
func (s *sentence) askAfterDoneLift() bool {
	lastLift := -1 // the end of the clause of the last word of lifting
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&fLifted == 0 {
			continue
		}
		if f&fAsk != 0 || !s.pastFinite(h) {
			return false
		}
		_, b := s.clause(int(h.pos))
		lastLift = max(lastLift, b)
	}
	if lastLift < 0 {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&fAsk != 0 && int(h.pos) < lastLift {
			return false
		}
	}
	return true
}

// pendingOnly reports a sentence whose only news is an intent with no imposing verb: "ведутся
// переговоры о доступе казахстанской говядины на рынок Китая".
func (s *sentence) pendingOnly() bool {
	return !s.has(fImposed|fBanNoun) && s.has(fMarket|fExport|fImport)
}

// banParties reads who bans or lifts (by) and whose goods are concerned (on).
func banParties(s *sentence, imposed bool) (by, on string) {
	cs := s.cs
	on = pickCountry(cs, "", roleSource, roleOrigin)
	if o := s.goodsOrigin(); o != "" && o != on && hasRole(cs, roleSource) && !hasRoleCode(cs, roleSource, o) {
		// "ограничений на ввоз казахстанской говядины Россия увеличила закупки в Беларуси": the origin
		// that qualifies the banned goods themselves wins over a source named elsewhere in the sentence.
		on = o
	}
	market := s.marketAdj()
	if market != "" && market == on {
		// "beef from the region remains barred from the Chinese market", «допуск на казахстанский рынок»:
		// the country whose market it is holds the ban; whose goods are not said here.
		on = ""
		if pick(cs, "", roleAgent) == "" || !s.agentBeside(market) {
			// "The Chinese market remains closed to Kazakh pork, leaving Russia and Kyrgyzstan as the only
			// outlets": countries that act in another clause hold nothing.
			by = market
		}
	}
	if market != "" && market != on && on != "" && !s.agentBeside(market) {
		// "The Chinese market remains closed to Kazakh pork, leaving Russia and Kyrgyzstan as the only
		// outlets": the country whose market stays closed to whose goods holds the ban; countries acting in
		// another clause hold nothing.
		by = market
	}
	if g := s.agencyGenitive(); g != "" && g == on {
		// "Қытайдың Бас кеден басқармасы … кәсіпорыннан … импорттауды тоқтатты", "Ресейдің Ветеринариялық …
		// қызметі": the genitive names the agency's country, who acts, not whose goods.
		on = pickCountry(cs, g, roleSource, roleOrigin)
		if pick(cs, "", roleAgent) == "" {
			by = g
		}
	}
	if g := s.goodsGenitive(); on == "" && g != "" && pick(cs, g, roleAgent) != "" {
		// "Ресейдің сиыр етіне салынған шектеуді Қазақстан алып тастады": the genitive right before the
		// goods is whose they are; the other country acts.
		on = g
	}
	if by == "" {
		by = pick(cs, on, roleAgent)
	}
	if on == "" && by != "" && s.has(fImport) {
		// "… Қостанай облысындағы екі кәсіпорыннан сиыр етін импорттауды тоқтатты": goods imported from
		// plants in a region come from the region's country.
		on = pick(cs, by, roleRegion)
	}
	if on == "" {
		// Goods from a region only: "ограничения на вывоз скота из Жамбылской области" may be the
		// country's own measure, so the region's country does not exclude the actor.
		on = pick(cs, market, roleSource)
	}
	if by == "" {
		// "no announcement from China about lifting the ban on meat from Kazakhstan": of two sources,
		// the one nearer the goods is whose goods they are.
		// Sources joined by a conjunction are one list of origins: "poultry from Poland and Hungary".
		var srcs []string
		joined := false
		for _, c := range cs {
			if c.role == roleSource && (len(srcs) == 0 || srcs[len(srcs)-1] != c.code) {
				p, _ := prevToken(s.low, s.sp.start, c.pos)
				joined = joined || len(srcs) > 0 && isConj(p)
				srcs = append(srcs, c.code)
			}
		}
		if len(srcs) >= 2 && !joined {
			by, on = srcs[0], srcs[len(srcs)-1]
		}
	}
	if dest := pick(cs, "", roleDest); on == "" && dest != "" && s.has(fExport|fShip|fMarket) && !s.has(fImport) {
		// "Казахстан возобновил экспорт говядины в Китай": the exporter's goods are concerned and the
		// destination decides.
		if a := pick(cs, dest, roleAgent); a != "" && imposed {
			// "Kazakhstan stopped exporting live sheep to Uzbekistan", "Qazaqstan Ózbekstanǵa tiri mal
			// eksportyna tyıym saldy": an exporter that stops its own exports bans them itself; the
			// destination only receives less.
			on, by = a, a
		} else if a != "" {
			on, by = a, dest
		}
	}
	if by == "" && on == "" && imposed && s.has(fCause) && pick(cs, "", roleDest) == "" {
		// "Тыйым Қырғызстанның Шу облысында аусыл тіркелуіне байланысты енгізілген болатын", "imposed over an
		// outbreak in Kyrgyzstan's Chui region": the country of the outbreak has its goods banned; it bans
		// nothing.
		on = pick(cs, "", roleLoc)
	}
	byDest := false
	if by == "" {
		by = pick(cs, on, roleDest, roleLoc)
		byDest = by != "" && by == pick(cs, on, roleDest)
	}
	if by == "" {
		// "According to GACC, talks on removing restrictions on Kazakh mutton …": an authority that
		// reports on a ban and names no other actor speaks for the side that holds it.
		by = pickReporter(cs, on)
	}
	if on == "" {
		// Whose goods: a direct object, else the country where the goods are, named by its region
		// ("poultry farms in Russia's Orenburg region", "俄罗斯库尔干州 … 暂停从该州进口").
		on = pick(cs, by, roleObject, roleLoc)
	}
	if on == "" && s.has(fCause) {
		// "ввела ограничения в связи со вспышкой оспы овец в Алматинской области": a ban over an outbreak
		// in a region concerns the goods of the region's country.
		on = pick(cs, by, roleRegion)
	}
	if by == "" && on != "" && s.has(fExport) && !s.has(fImport) && pick(cs, "", roleDest) == "" && hasRoleCode(cs, roleAgent, on) {
		// «Согласно распоряжению МСХ РК … запрет на вывоз из Казахстана маточного поголовья»: a country that
		// acts on exports from itself bans its own goods.
		by = on
	}
	if on == "" && by != "" {
		// "Ресельхознадзор Қостанай облысындағы құс фабрикасын тексергеннен кейін … шектеуді алып тастады",
		// «ограничений на поставки говядины с предприятий Павлодарской области», "Батыс Қазақстан
		// облысындағы екі кәсіпорынға … рұқсат беру": the plants of a region are its country's.
		on = s.plantsRegion(by)
	}
	if on == "" && by != "" && !byDest && s.has(fExport) && !s.has(fImport) && !relSubject(cs, by) && !hasRoleCode(cs, roleDest, by) &&
		!s.topicHolder(by) {
		// A ban on exports ("запрет на вывоз … скота") keeps the country's own goods at home; but the
		// subject of a relative clause acts on exports named before it ("meat exports, which China
		// suspended"): whose they are is not said. Nor are they the goods of the country they go to,
		// whatever its own word says of it: "Иранға қой етін экспорттау тоқтатылды, себебі ирандық
		// ветеринарлар …", "Exports of mutton to Iran were stopped after Iranian veterinarians …".
		on = by
	}
	if g, abl := s.kkGenitiveSubject(); g != "" {
		// "Qazaqstannyń Grýzııadan shoshqa etin ákelýge tyıym salǵany", «Ресейдің Қазақстаннан құс етін
		// әкелуге шектеу енгізгені»: the genitive is the subject of the verbal noun, the ablative whose goods.
		by, on = g, abl
	}
	if zby, zon := s.zhClauseParties(); zby != "" || zon != "" {
		// A Chinese sentence read by its clauses: the verb's subject holds the ban, the object of 对, 自, 从
		// is whose goods.
		if zby != "" {
			by = zby
		}
		if zon != "" && zon != by {
			on = zon
		}
	}
	return by, on
}

// topicHolder reports the holder of the article's ban on another country's goods: "Iran had suspended
// the shipments in March" after Kazakh lamb returned to Iran stops the shipments to Iran, not Iran's own.
func (s *sentence) topicHolder(by string) bool {
	return s.tp != nil && s.tp.ban.Kind != "" && s.tp.ban.By == by && s.tp.ban.On != "" && s.tp.ban.On != by
}

// marketAdj returns the country named by an adjective right before a word of market ("the Chinese
// market", «казахстанский рынок», "қытай нарығы"), or "".
// plantsRegion returns the country of a region named right before or after a word of plants (two words
// at most between), other than by: «предприятий Павлодарской области», "Қостанай облысындағы құс
// фабрикасын", "kásiporyndar in Almaty region".
func (s *sentence) plantsRegion(by string) string {
	for _, c := range s.cs {
		if !c.region || c.code == by {
			continue
		}
		for _, h := range s.hits {
			if s.word(h).feat&fTarget == 0 || s.word(h).feat&fCountry != 0 {
				continue
			}
			if int(h.pos) >= c.end {
				if g := gapWords(s.low, c.end, int(h.pos)); g >= 0 && g <= 3 {
					return c.code
				}
			} else if g := gapWords(s.low, int(h.end), c.pos); g >= 0 && g <= 1 || g == 2 && regionArticle(s.low[wordEnd(s.low, int(h.end), c.pos):c.pos]) {
				return c.code // "a plant in the Atyrau region"
			}
		}
	}
	return ""
}

// regionArticle reports the English preposition and article between plants and their region: " in the ".
func regionArticle(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "in the", "of the", "at the":
		return true
	}
	return false
}

// agentBeside reports a country acting in the clause of the first mention of country code.
func (s *sentence) agentBeside(code string) bool {
	for _, c := range s.cs {
		if c.code != code {
			continue
		}
		a, b := s.clause(c.pos)
		for _, d := range s.cs {
			if d.role == roleAgent && d.pos >= a && d.end <= b {
				return true
			}
		}
		return false
	}
	return false
}

func (s *sentence) marketAdj() string {
	for _, c := range s.cs {
		if c.role != roleOrigin && c.role != roleSource && c.role != roleDest || c.region {
			continue
		}
		for _, h := range s.hits {
			if int(h.pos) >= c.end {
				if s.word(h).feat&fMarket != 0 && s.word(h).feat&fLifted == 0 && gapWords(s.low, c.end, int(h.pos)) == 0 {
					return c.code
				}
				break
			}
		}
	}
	return ""
}

// agencyGenitive returns the country named first in a Kazakh sentence, in the genitive, as an origin,
// whose agency or service follows it before any other country ("Қытайдың Бас кеден басқармасы",
// "Ресейдің Ветеринариялық және фитосанитариялық қадағалау федералдық қызметі"), or "".
func (s *sentence) agencyGenitive() string {
	if s.lang != "kk" || len(s.cs) == 0 {
		return ""
	}
	c := s.cs[0]
	if c.role != roleOrigin || c.region {
		return ""
	}
	if w := s.low[c.pos:c.end]; !hasAnySuffix(w, "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń") {
		return ""
	}
	for _, h := range s.hits {
		if int(h.pos) < c.end {
			continue
		}
		f := s.word(h).feat
		if f&(fAgency|fService) != 0 && gapWords(s.low, c.end, int(h.pos)) <= 6 {
			return c.code
		}
		if f&fTarget == 0 {
			return "" // "Ресейдің … қызметі": only the words of the service's name between
		}
	}
	return ""
}

// goodsGenitive returns the country a Kazakh sentence names in the genitive right before an animal
// product ("Ресейдің сиыр етіне", "Reseıdiń qoı etin"), or "".
func (s *sentence) goodsGenitive() string {
	if s.lang != "kk" {
		return ""
	}
	for _, c := range s.cs {
		if c.region || !hasAnySuffix(s.low[c.pos:c.end], "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń") {
			continue
		}
		for _, h := range s.hits {
			if int(h.pos) >= c.end {
				if s.word(h).feat&fMeat != 0 && gapWords(s.low, c.end, int(h.pos)) == 0 {
					return c.code
				}
				break
			}
		}
	}
	return ""
}

// goodsOrigin returns the country of origin that stands right before an animal product, as its
// adjective ("казахстанской говядины", "Kazakh beef", "қазақстандық сиыр етіне"), or "".
func (s *sentence) goodsOrigin() string {
	for _, c := range s.cs {
		if c.role != roleOrigin || c.region {
			continue
		}
		for _, h := range s.hits {
			if int(h.pos) >= c.end {
				if s.word(h).feat&fMeat != 0 && gapWords(s.low, c.end, int(h.pos)) == 0 {
					return c.code
				}
				break
			}
		}
	}
	return ""
}

// hasRoleCode reports whether the country code has the role somewhere in cs.
func hasRoleCode(cs []cmention, r role, code string) bool {
	for _, c := range cs {
		if c.role == r && c.code == code {
			return true
		}
	}
	return false
}

// relSubject reports whether every mention of the country as an actor is the subject of a relative
// clause.
func relSubject(cs []cmention, code string) bool {
	n := 0
	for _, c := range cs {
		if c.code == code && c.role == roleAgent {
			if !c.rel {
				return false
			}
			n++
		}
	}
	return n > 0
}

// governs reports whether the "open" of hit h governs a market or trade: a word of market, export or
// import within three words in its clause ("opened its market to", "открыл рынок", "рынок … открыт").
// A plant, a terminal or a route that opens lifts nothing.
func (s *sentence) governs(h hit) bool {
	a, b := s.clause(int(h.pos))
	for _, o := range s.hits {
		if o == h || int(o.pos) < a || int(o.end) > b || s.word(o).feat&(fMarket|fExport|fImport) == 0 {
			continue
		}
		// What "open" governs is its object: after the verb in Russian, English and Chinese, before it in
		// Kazakh. A market word on the subject's side is someone of the market ("market participants
		// opened a meat workshop", «участники рынка открыли цех»), not the market opened, unless the verb
		// opens of itself: «рынок королевства откроется», "the market is expected to open", "naryq … ashylady".
		if (s.lang == "kk") != (o.pos < h.pos) && !(o.pos < h.pos && s.opensItself(o, h)) {
			continue
		}
		g := gapWords(s.low, int(h.end), int(o.pos))
		if o.pos < h.pos {
			g = gapWords(s.low, int(o.end), int(h.pos))
		}
		if g >= 0 && g <= 3 {
			return true
		}
	}
	return false
}

// ifWords open a clause of condition.
var ifWords = langWords{ru: []string{"если"}, en: []string{"if", "unless"}}

// liftingSupposed reports a sentence with no word of a ban in force, talks or asking whose every word of
// lifting stands in a clause of condition opened at most five words before it, after the clause it
// conditions: "could double if access is granted", «вырастет, если будет снят запрет». A lifting that is
// itself conditioned ("could be lifted if the audit finds no problems") is pending, not supposed.
func (s *sentence) liftingSupposed() bool {
	if s.lang == "zh" {
		return s.zhLiftingSupposed()
	}
	conds := ifWords.of(s.lang)
	if len(conds) == 0 || !s.has(fLifted) || s.has(fInForce|fAsk|fPendingStrong) {
		return false
	}
	return s.everyHit(fLifted, func(h hit, _ *word) bool {
		a, _ := s.clause(int(h.pos))
		head := lastWords(strings.TrimRight(s.low[a:h.pos], " "), 5)
		for at := 0; ; {
			t, p := nextToken(head, at, len(head))
			if t == "" {
				return false
			}
			if slices.Contains(conds, t) {
				return a+p > s.sp.start // the condition follows a clause of its own
			}
			at = p + len(t)
		}
	})
}

// zhIfWords open a Chinese clause of condition, which stands before the clause it conditions.
var zhIfWords = [...]string{"如果", "假如", "倘若", "如若", "若", "一旦"}

// zhLiftingSupposed is liftingSupposed for Chinese, whose condition comes first: every word of lifting
// stands in a clause opened by a word of condition (past its subject, "中方若解除…"), and a clause of
// what it conditions follows ("若中方解除禁令，哈牛肉出口有望翻番"). A lifting that is itself the
// consequence ("如果检查通过，中方将恢复进口") stands in the clause after and is pending.
func (s *sentence) zhLiftingSupposed() bool {
	if !s.has(fLifted) || s.has(fInForce|fAsk|fPendingStrong) {
		return false
	}
	return s.everyHit(fLifted, func(h hit, _ *word) bool {
		a, b := s.clause(int(h.pos))
		if strings.Trim(s.low[b:s.sp.end], "，。；！？,.;!? ") == "" {
			return false // no clause follows for the lifting to condition
		}
		head := s.low[a:h.pos]
		for _, w := range zhIfWords {
			if i := strings.Index(head, w); i >= 0 && (i == 0 || s.featsIn(a, a+i)&fCountry != 0 && !strings.Contains(head[:i], "，")) &&
				!strings.HasPrefix(head[i:], "若干") {
				return true
			}
		}
		return false
	})
}

// onlyInQuestion reports a sentence whose every word of a ban or its end stands in a question that asks
// whether or when (questionWords), not why: an answer after the question mark states its own facts
// ("问：…恢复进口…，请问进展如何？答：…正在就解除禁令…进行磋商").
func (s *sentence) onlyInQuestion() bool {
	low := s.low[:s.sp.end]
	// Two searches of bytes, not strings.ContainsAny, which decodes every rune of the sentence when its set
	// holds one beyond ASCII.
	if q := low[s.sp.start:]; strings.IndexByte(q, '?') < 0 && !strings.Contains(q, "？") {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&banCue == 0 {
			continue
		}
		a := s.sp.start + strings.LastIndexAny(low[s.sp.start:h.pos], "?？!.。:：") + 1
		b := strings.IndexAny(low[h.pos:], "?？!.。")
		if b < 0 {
			return false
		}
		b += int(h.pos)
		if low[b] != '?' && !strings.HasPrefix(low[b:], "？") || !s.asksWhether(low[a:b]) {
			return false
		}
		n++
	}
	return n > 0
}

// questionWords ask whether or when: a particle or an auxiliary that opens the question, in every language.
var questionWords = langWords{
	ru: []string{"ли", "когда"},
	kk: []string{"ма", "ме", "ба", "бе", "па", "пе", "ma", "me", "ba", "be", "pa", "pe", "қашан", "qashan"},
	en: []string{"has", "have", "did", "does", "do", "will", "would", "could", "can", "is", "are", "was", "were", "when"},
}

// zhQuestionWords ask whether or when in Chinese, which writes no spaces.
var zhQuestionWords = [...]string{"是否", "吗", "嗎", "何时", "何時", "能否", "会不会", "會不會"}

// asksWhether reports a question (lowercased) that asks whether or when: one of questionWords among its
// words (in English, its first word or "when").
func (s *sentence) asksWhether(q string) bool {
	if s.lang == "zh" {
		return containsAny(q, zhQuestionWords[:]...)
	}
	for at, first := 0, true; ; first = false {
		t, p := nextToken(q, at, len(q))
		if t == "" {
			return false
		}
		if slices.Contains(questionWords.of(s.lang), t) && (s.lang != "en" || first || t == "when") {
			return true
		}
		at = p + len(t)
	}
}

// kingdomMarketWords name the market of a kingdom named before.
var kingdomMarketWords = langWords{
	ru: []string{"рынок королевства", "рынка королевства", "рынке королевства", "рынку королевства"},
	kk: []string{"корольдік нарығ", "koroldik naryǵ", "корольдіктің нарығ", "koroldiktiń naryǵ"},
	en: []string{"the kingdom's market", "market of the kingdom"},
	zh: []string{"该王国市场"},
}

// opensItself reports a verb of opening at h whose subject is the market word at o before it: a Russian
// reflexive («рынок королевства откроется»), or an English one with only auxiliaries between ("the market
// to open", "market will reopen", "market is expected to open").
func (s *sentence) opensItself(o, h hit) bool {
	switch s.lang {
	case "ru":
		p := s.word(h).pat
		return strings.HasSuffix(p, "ся") || strings.HasSuffix(p, "сь")
	case "en":
		for at := int(o.end); ; {
			t, p := nextToken(s.low, wordEnd(s.low, at, int(h.pos)), int(h.pos))
			if t == "" {
				return true
			}
			if !slices.Contains(auxWords[:], t) {
				return false
			}
			at = p + len(t)
		}
	}
	return false
}

// auxWords are the English auxiliaries and modals that may stand between a subject and its verb.
var auxWords = [...]string{"to", "will", "would", "could", "may", "might", "should", "is", "are", "was", "be", "has",
	"have", "had", "been", "expected", "set", "likely", "soon", "finally"}

// liftings counts the words of lifting that count, and of those the ones negated in their clause. A
// weak "open" counts only where it governs a market or trade.
func (s *sentence) liftings() (n, negated int) {
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fLifted == 0 || w.feat&fWeakLift != 0 && !s.governs(h) || s.conceded(h) || s.entryNamed(h, w) {
			continue
		}
		n++
		if s.liftNegated(h) {
			negated++
		}
	}
	return n, negated
}

// entryNamed reports a register or list the lifting at h names as the goal of a noun of entering a few
// words before it: «заявка на включение еще 12 предприятий в реестр экспортеров», "an application for the
// inclusion of five plants in the list of approved exporters". Plants put in a register are a lifting
// where a verb puts them there («включило еще три мясокомбината в реестр предприятий»), not where an entry
// is only named.
func (s *sentence) entryNamed(h hit, w *word) bool {
	if s.lang != "ru" && s.lang != "en" || !containsAny(w.pat, registerStems[:]...) {
		return false
	}
	a, _ := s.clause(int(h.pos))
	at := int(h.pos)
	for i := 0; i < 6; i++ {
		p, pos := prevToken(s.low, a, at)
		if p == "" {
			return false
		}
		if hasAnyPrefix(p, "включени", "внесени", "inclusion", "entry", "listing") {
			return true
		}
		at = pos
	}
	return false
}

// tradeHeaded reports a verb of restriction or lifting that governs trade: a word of export, import,
// shipment or market in its clause, or in the clause a relative clause hangs on ("meat exports, which
// China previously suspended"). A weak "open" must govern a market or trade itself.
func (s *sentence) tradeHeaded() bool {
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&(fImposed|fLifted|fInForce) == 0 {
			continue
		}
		if w.feat&fWeakLift != 0 && w.feat&(fImposed|fInForce) == 0 {
			if s.governs(h) {
				return true
			}
			continue
		}
		a, b := s.clause(int(h.pos))
		if first, _ := nextToken(s.low, a, b); isRelPronoun(first) && a > s.sp.start {
			a, _ = s.clause(a - 1)
		}
		for a > s.sp.start && s.goodsJoinedAt(a) {
			a, _ = s.clause(a - 1)
		}
		if s.featsIn(a, b)&(fExport|fImport|fShip|fMarket) != 0 || w.feat&fLifted != 0 && s.goodsSentTo(a, b) {
			return true
		}
	}
	return false
}

// goodsSentTo reports goods and, a verb away, a country they go to in the clause a..b: trade, though no
// word of it is said ("Kazakh lamb returns to Iran after eight-month break", «баранина вернулась в
// Иран»). Goods that qualify a noun ("the beef delegation returned to Beijing") go nowhere.
func (s *sentence) goodsSentTo(a, b int) bool {
	if s.featsIn(a, b)&fCommodity == 0 {
		return false
	}
	for _, c := range s.cs {
		if c.role != roleDest || c.region || c.pos < a || c.end > b {
			continue
		}
		for _, h := range s.hits {
			if s.word(h).feat&fCommodity != 0 && int(h.pos) >= a && int(h.end) <= c.pos {
				if g := gapWords(s.low, int(h.end), c.pos); g >= 0 && g <= 2 {
					return true
				}
			}
		}
	}
	return false
}

// goodsJoinedAt reports a clause that starts at a, after a coordinating conjunction that joins two
// goods, not two clauses: "ввоз говядины и баранины из Казахстана … приостановлен", "Imports of beef and
// mutton … were suspended". The goods' trade word before the conjunction is the verb's.
func (s *sentence) goodsJoinedAt(a int) bool {
	conj, at := prevToken(s.low, s.sp.start, a)
	if !isConj(conj) || conj == "," {
		return false
	}
	before, after := false, false
	for _, h := range s.hits {
		if s.word(h).feat&fCommodity == 0 {
			continue
		}
		before = before || int(h.end) <= at && gapWords(s.low, int(h.end), at) == 0
		after = after || int(h.pos) >= a && gapWords(s.low, a, int(h.pos)) == 0
	}
	return before && after
}

// tokenIn reports whether word stands as a whole token in s.low[a:b].
func (s *sentence) tokenIn(a, b int, word string) bool {
	for i := a; i < b; {
		w, at := nextToken(s.low, i, b)
		if w == "" {
			return false
		}
		if w == word {
			return true
		}
		i = at + len(w)
	}
	return false
}

// nextToken returns the first word of low[a:b].
func nextToken(low string, a, b int) (string, int) {
	for a < b {
		r, n := decodeRune(low[:b], a)
		if isWordRune(r) {
			break
		}
		a += n
	}
	e := wordEnd(low, a, b)
	return low[a:e], a
}

// liftsNotDone reports that every word of lifting in the sentence is a verb of lifting negated where it
// stands, not a noun of lifting that a negated announcement or decision governs, and that no word of
// talks, hope or plans stands outside those negations: "has not yet lifted", "have not been lifted",
// «пока не сняла», «до сих пор не отменён», "áli alyp tastaǵan joq" are a ban still held, while «пока не
// сообщил о снятии», "no announcement about a lifting", "áli alyp tastaǵan joq, biraq kelissózder sońǵy
// kezeńge jetti" await its end.
func (s *sentence) liftsNotDone() bool {
	var negs [4]span
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		from, ok := s.liftVerbNegated(h)
		if !ok || n == len(negs) {
			return false
		}
		negs[n] = span{start: from, end: int(h.end)}
		n++
	}
	if n == 0 {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fPending|fPendingStrong|fAsk) == 0 || s.word(h).feat&fLifted != 0 {
			continue
		}
		inside := false
		for _, g := range negs[:n] {
			inside = inside || int(h.pos) >= g.start && int(h.pos) < g.end
		}
		if !inside {
			return false
		}
	}
	return true
}

// zhStillNot negate a Chinese verb of lifting as still not done: "仍未取消".
var zhStillNot = [...]string{"仍未", "仍然未", "仍没有", "仍然没有", "依然未", "依然没有", "至今未", "迄今未", "始终未",
	"始终没有", "一直未", "一直没有"}

// liftVerbNegated reports a verb of lifting at h negated by the words before it, and where that
// negation starts: "not" past "yet", "been", «не» past «пока», «ещё», «до сих пор», «так и», or in Kazakh
// "жоқ" after its perfect participle, "áli" before it.
func (s *sentence) liftVerbNegated(h hit) (int, bool) {
	we := wordEnd(s.low, int(h.end), s.sp.end)
	w := s.low[h.pos:we]
	switch s.lang {
	case "zh":
		// "至今仍未取消", "依然没有撤销": still not lifted; 尚未 (not yet) awaits it.
		lead := s.low[s.sp.start:h.pos]
		for _, neg := range zhStillNot {
			if strings.HasSuffix(lead, neg) {
				return int(h.pos) - len(neg), true
			}
		}
		return 0, false
	case "kk":
		next, _ := nextToken(s.low, we, s.sp.end)
		if !kkIs(next, "жоқ", "joq") || !hasAnySuffix(w, "ған", "ген", "қан", "кен", "ǵan", "gen", "qan", "ken") {
			return 0, false
		}
		from := int(h.pos)
		if p, pos := prevToken(s.low, s.sp.start, from); kkIs(p, "әлі", "áli") {
			from = pos
		}
		return from, true
	case "ru":
		if !hasAnyPrefix(w, "снял", "снят", "отменил", "отменен", "отменён") || hasAnyPrefix(w, "снятие", "снятии", "снятия", "снятию", "снятием") {
			return 0, false
		}
	case "en":
		if !slices.Contains([]string{"lifted", "removed", "revoked", "rescinded", "withdrawn", "scrapped"}, w) {
			return 0, false
		}
	default:
		return 0, false
	}
	from, negated := int(h.pos), false
	for i := 0; i < 6; i++ {
		p, pos := prevToken(s.low, s.sp.start, from)
		switch p {
		case "не", "not", "never":
			negated = true
		case "t":
			if q, _ := prevToken(s.low, s.sp.start, pos); !strings.HasSuffix(q, "n") {
				return 0, false
			}
			negated = true // "hasn't lifted"
		case "yet", "been", "still", "пока", "еще", "ещё", "и", "так", "был", "была", "были", "было", "до", "сих", "пор":
		default:
			return from, negated
		}
		from = pos
	}
	return from, negated
}

// liftNegated reports a lifting negated in its clause: a negation beside it (negatedAt: "не", "no",
// "没有", a closing "жоқ"), or a negation of the clause's verb that takes the lifting as its object.
// English and Chinese put that negation before ("Neither has there been any announcement about a
// lifting", "没有发布解除…的公告"); Russian anywhere in the clause ("Решение о снятии … так и не
// опубликовал"). "No longer" and "не только" negate nothing, nor does a negation inside a word of
// lifting itself ("will no longer apply", "не будут действовать").
func (s *sentence) liftNegated(h hit) bool {
	if s.negatedAt(int(h.pos), int(h.end)) {
		return true
	}
	a, b := s.clause(int(h.pos))
	inLift := func(pos int) bool {
		for _, o := range s.hits {
			if s.word(o).feat&fLifted != 0 && pos >= int(o.pos) && pos < int(o.end) {
				return true
			}
		}
		return false
	}
	end := int(h.pos)
	if s.lang == "ru" || s.lang == "kk" {
		// The verb may close the clause past a particle "и": "… Пекин так и не опубликовал".
		for end = int(h.end); end < s.sp.end; {
			r, n := decodeRune(s.low, end)
			if isClauseBreak(r) {
				break
			}
			end += n
		}
		b = end
	}
	prev := ""
	for i := a; i < end; {
		r, n := decodeRune(s.low, i)
		if isHan(r) {
			for _, neg := range [...]string{"没有", "未", "尚未"} {
				if strings.HasPrefix(s.low[i:end], neg) && !inLift(i) {
					return true
				}
			}
			i += n
			continue
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		tok, at := nextToken(s.low, i, end)
		i = at + len(tok)
		if tok == "" {
			i += n
			continue
		}
		next, _ := nextToken(s.low, i, b)
		switch tok {
		case "no", "not", "neither", "nor", "never", "none", "не", "ни", "нет", "жоқ", "joq":
			if next != "longer" && next != "only" && next != "только" && !inLift(at) {
				return true
			}
		case "t":
			if strings.HasSuffix(prev, "n") {
				return true // "hasn't", "didn't"
			}
		}
		prev = tok
	}
	return false
}

// askParties reads a request: the country that asks is whose goods are banned, the one asked (right
// after the verb of asking) holds the ban. "Kazakhstan asks China for the lifting…", "Казахстан просит
// Китай об отмене…", "Қазақстан Қытайдан … өтінді".
func (s *sentence) askParties(m *agrowatch.Mention) {
	at := -1
	for _, h := range s.hits {
		if s.word(h).feat&fAsk != 0 {
			at = int(h.pos)
			break
		}
	}
	if at < 0 {
		return
	}
	asker, asked := "", ""
	askClause, _ := s.clause(at)
	askerPos := -1
	for _, c := range s.cs {
		if c.reporter || c.region {
			continue
		}
		if s.lang == "kk" && s.agentSide(c) {
			// "Министрлік Қытай тарапынан қойылған шектеуді алуды сұрады": the side by whom the ban was put
			// holds it, and is the one asked.
			if asked == "" {
				asked = c.code
			}
			continue
		}
		switch {
		case c.pos < at && (c.role == roleAgent || c.role == roleLoc && s.lang != "kk") &&
			(asker == "" || c.pos >= askClause && c.code != asked && c.role == roleAgent && !s.addressed(c) &&
				(s.lang != "kk" || askerPos < askClause)):
			// "Officials in Astana said they hoped…", «В Астане надеются…»: the place of those who ask. Of
			// two, the one in the clause of the request asks: "俄方专家将于下月赴哈开展现场检查，哈方希望借此
			// 尽快解除限制", "Ресей сарапшылары … тексереді, ал Қазақстан … деп үміттенеді" (Kazakh quotes the one
			// who is to lift after the one who hopes, in its clause).
			asker, askerPos = c.code, c.pos
		case c.pos > at && asked == "" && c.code != asker && (c.role == roleAgent || c.role == roleObject || c.role == roleDest):
			asked = c.code
		}
	}
	if s.lang == "kk" {
		// Kazakh asks from someone: "Қытайдан … өтінді", before the verb.
		for _, c := range s.cs {
			if c.pos < at && (c.role == roleSource || c.role == roleOrigin && s.ablativeNext(c.end)) && c.code != asker && asked == "" {
				// "Қытайдан", and an ethnonym with the ablative on its noun: "ózbek áriptesterinen".
				asked = c.code
			}
		}
		// The one called on is in the accusative before the verb: "Қырғызстан Қазақстанды … алып тастауға
		// шақырды".
		for _, c := range s.cs {
			if c.pos < at && c.role == roleObject && c.code != asker && asked == "" {
				asked = c.code
			}
		}
		// The hope closes the sentence and quotes who is to lift: "Қазақстан тарапы … Қытай шектеуді алып
		// тастайды деп үміттенеді".
		for _, c := range s.cs {
			if c.pos < at && c.role == roleAgent && !c.reporter && !c.region && c.code != asker && asked == "" {
				asked = c.code
			}
		}
	}
	for _, c := range s.cs {
		// "обратилась к ГТУ КНР с просьбой", "appealed to China to lift": the one addressed is asked,
		// wherever the request itself is worded.
		// So is the one a request is sent to: "направила в ГТУ КНР запрос", "向中方提交…的申请".
		if p, _ := prevToken(s.low, s.sp.start, c.pos); (p == "к" || p == "ко" || p == "to" || p == "в" && (c.role == roleDest || c.role == roleAgent) ||
			s.lang == "zh" && strings.HasSuffix(s.low[s.sp.start:c.pos], "向")) && !c.reporter && !c.region && c.pos < at {
			if asker == c.code {
				asker = ""
			}
			asked = c.code
			break
		}
	}
	for _, c := range s.cs {
		// «направил китайским коллегам письмо с просьбой», "asked its Chinese counterparts to lift",
		// "қытайлық әріптестерге хат жолдады": the partners addressed, named by their country's adjective,
		// are asked.
		if !c.reporter && !c.region && s.addressedPartner(c, at) {
			if asker == c.code {
				asker = ""
			}
			asked = c.code
			break
		}
	}
	if s.grantsRequest() {
		// "中方同意哈方关于恢复牛肉出口的请求", "China agreed to Kazakhstan's request", «Китай удовлетворил
		// просьбу Казахстана»: the one who grants was asked, the other asked, wherever the request is worded.
		first, second := "", ""
		for _, c := range s.cs {
			switch {
			case c.reporter || c.region:
			case first == "":
				first = c.code
			case second == "" && c.code != first:
				second = c.code
			}
		}
		if second != "" {
			asked, asker = first, second
		}
	}
	if asked == "" && asker != "" && s.tp != nil && s.tp.ban.Kind != "" && s.tp.ban.By != "" && s.tp.ban.By != asker {
		// "Казахстанская сторона направила запрос о снятии запрета" after Uzbekistan banned Kazakh beef:
		// the one asked is the holder of the article's ban.
		asked = s.tp.ban.By
	}
	if asked == "" && asker == "" && len(s.cs) == 0 && s.tp != nil && s.tp.ban.Kind != "" && s.tp.ban.By != "" &&
		s.tp.ban.By != "KZ" && s.tp.ban.On == "KZ" && s.homeMinistryAsks() {
		// «Министрлік енді сиыр етіне қатысты шектеулерді алып тастауды сұрап отыр» after China lifted its
		// ban on Kazakh mutton: the home ministry that names no one asks the holder of the article's ban
		// on Kazakh goods, for goods of its own.
		asked = s.tp.ban.By
	}
	if asked == "" {
		if asker != "" && m.By == asker && (m.On == "" || m.On == asker) {
			// "казахстанская сторона рассчитывает на снятие ограничений на поставки говядины" with no ban
			// told before: the one who asks has the goods; who holds the ban is not said.
			m.By, m.On = "", asker
		}
		return
	}
	m.By = asked
	if m.On == "" || m.On == asked {
		m.On = asker
	}
	if o := s.goodsOrigin(); o != "" && o != asked {
		// "Министрлік қытайлық әріптестерден қазақстандық сиыр етіне қойылған шектеуді алып тастауды
		// сұрады": the adjective on the goods says whose they are, whoever asks.
		m.On = o
	}
	if m.On == "" && asker == "" && s.homeMinistryAsks() {
		// "Mınıstrlik Qytaı tarapynan jylqy etine salynǵan tyıymdy alyp tastaýdy suraǵan": the ministry
		// that asks, named without a country, is the home country's, and so are the goods.
		m.On = "KZ"
	}
}

// addressed reports country c right after a preposition of address: «к китайской стороне», "to China".
// Kazakh quotes the one who is to act inside the clause of the hope, and is not read so.
func (s *sentence) addressed(c cmention) bool {
	p, _ := prevToken(s.low, s.sp.start, c.pos)
	return p == "к" || p == "ко" || p == "to" || s.lang == "zh" && strings.HasSuffix(s.low[s.sp.start:c.pos], "向")
}

// partnerNouns, after a country's adjective, name the partners a request is addressed to: in the
// Russian dative («китайским коллегам», «китайской стороне»), the Kazakh dative ("қытайлық
// әріптестерге"), or English after the verb of asking ("asked its Chinese counterparts").
var partnerNouns = langWords{
	ru: []string{"коллегам", "коллеге", "партнерам", "партнёрам", "стороне", "властям", "ведомству", "службе",
		"коллег", "партнеров", "партнёров"}, // «попросило китайских коллег»
	kk: []string{"әріптестерге", "әріптесіне", "серіктестерге", "тарапқа", "áriptesterge", "áriptesine",
		"seriktesterge", "tarapqa",
		"әріптестеріне", "серіктестеріне", "áriptesterine", "seriktesterine"}, // "its partners": "qytaılyq áriptesterine"
	en: []string{"counterparts", "counterpart", "colleagues", "partners", "side", "authorities"},
}

// addressedPartner reports country c named as the adjective of partners addressed by a request whose
// verb or noun of asking is at at.
func (s *sentence) addressedPartner(c cmention, at int) bool {
	if c.role != roleOrigin || s.lang == "zh" || s.lang == "en" && c.pos < at {
		return false
	}
	next, _ := nextToken(s.low, wordEnd(s.low, c.end, s.sp.end), s.sp.end)
	if p, _ := prevToken(s.low, s.sp.start, c.pos); p == "на" || p == "о" || p == "в" || p == "по" {
		return false // «на казахстанской стороне»: a place, not an addressee
	}
	for _, w := range partnerNouns.of(s.lang) {
		if next == w {
			return true
		}
	}
	return false
}

// homeMinistryWords open a sentence with a ministry named without a country: in the home news, the
// home country's.
var homeMinistryWords = [...]string{"министрлік", "mınıstrlik", "министрлігі", "mınıstrligi", "ministrlik", "ministrligi", "ведомство", "минсельхоз",
	"министерство", "the ministry", "ministry", "правительство", "үкімет", "úkimet", "the government", "government"}

// homeMinistryAsks reports a request (or a limit on exports: homeHolder) whose sentence opens with a
// ministry or the government named without a country.
func (s *sentence) homeMinistryAsks() bool {
	first, _ := nextToken(s.low, s.sp.start, s.sp.end)
	if first == "the" {
		first = "the " + strings.SplitN(strings.TrimSpace(s.low[s.sp.start+len("the"):s.sp.end]), " ", 2)[0]
	}
	for _, w := range homeMinistryWords {
		if first == w {
			return true
		}
	}
	return false
}

// agentSide reports a Kazakh country followed by "тарапынан" (by the side of), the agent of a passive:
// "Қытай тарапынан қойылған шектеу", "Qytaı tarapynan engizilgen tyıym".
func (s *sentence) agentSide(c cmention) bool {
	w, _ := nextToken(s.low, c.end, s.sp.end)
	return w == "тарапынан" || w == "tarapynan"
}

// ablativeNext reports a Kazakh ablative ending on the word after the one that ends at end: "ózbek
// áriptesterinen", "қытай тарапынан".
func (s *sentence) ablativeNext(end int) bool {
	w, _ := nextToken(s.low, end, s.sp.end)
	return hasAnySuffix(w, "дан", "ден", "тан", "тен", "нан", "нен", "dan", "den", "tan", "ten", "nan", "nen")
}

// grantsRequest reports a verb of granting a request: "agreed to", "同意", «удовлетворил», "қанағаттандырды".
func (s *sentence) grantsRequest() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "agreed to", "agrees to", "granted", "approved the request",
		"согласил", "удовлетвори", "одобрил", "келісті", "kelisti", "қанағаттандыр", "qanaǵattandyr", "同意", "批准了")
}

// causeAfter gives the ban just reported the disease the next sentence names with no word of a ban:
// «Поводом стали выявленные случаи гриппа птиц в Северо-Казахстанской области», "原因是哈方部分地区发生
// 羊痘疫情" after a ban on Kazakh poultry or mutton. The outbreak must be in the country whose goods are
// banned, or in no country named.
func causeAfter(out []agrowatch.Mention, tp *topic) {
	if tp.cause == "" {
		return
	}
	for i := len(out) - 1; i >= 0; i-- {
		m := &out[i]
		if m.Kind != agrowatch.KindMeatBan || m.Status != agrowatch.StatusImposed || m.Cause != "" ||
			tp.causeIn != "" && tp.causeIn != m.On {
			return
		}
		m.Cause = tp.cause
		if tp.ban.Kind != "" && tp.ban.Cause == "" && tp.ban.On == m.On {
			tp.ban.Cause = tp.cause
		}
		if i == 0 || out[i-1].Sentence != m.Sentence {
			return // the mentions of the one sentence before, as «говядины и баранины» gives two
		}
	}
}

// causeBack gives the liftings an article reported before (done) the disease a later sentence names
// for a ban on the same goods of the same sides (later): "Tyıym aýsyl oshaǵynyń tirkelýine baılanysty
// engizilgen bolatyn" after China lifted its ban on Kazakh beef tells why that ban was imposed, so the
// lifting is of a ban over FMD.
func causeBack(done, later []agrowatch.Mention, cause string) {
	for _, l := range later {
		if l.Kind != agrowatch.KindMeatBan || l.Cause != cause || l.On == "" {
			continue
		}
		for i := range done {
			d := &done[i]
			// A lifting awaited is of the same ban: "рассчитывает на снятие ограничений …" before "Эти
			// ограничения Китай ввел … из-за вспышки ящура".
			if d.Kind == agrowatch.KindMeatBan && d.Status != agrowatch.StatusImposed && d.Cause == "" &&
				d.By == l.By && d.On == l.On && (l.Commodity == "" || d.Commodity == l.Commodity) {
				d.Cause = cause
			}
		}
	}
}

// causeSiblings gives the disease a later sentence names for the article's ban ("Шектеу құс тұмауына
// байланысты енгізілді") to every ban of the sentence that told it, not only to the last of them:
// "Өзбекстан Қазақстан мен Ресейден құс етін әкелуге … тыйым салды" bans Kazakh and Russian poultry, both
// over bird flu. later are the mentions of the sentence that names the cause.
func causeSiblings(done, later []agrowatch.Mention, cause string) {
	if len(done) == 0 {
		return
	}
	for _, l := range later {
		if l.Kind != agrowatch.KindMeatBan || l.Status != agrowatch.StatusImposed || l.Cause != cause {
			continue
		}
		for i := len(done) - 1; i >= 0; i-- {
			d := &done[i]
			if d.Sentence != done[len(done)-1].Sentence {
				break // the sentence just before only
			}
			if d.Kind == agrowatch.KindMeatBan && d.Status == agrowatch.StatusImposed && d.Cause == "" && d.By == l.By &&
				d.Commodity == l.Commodity {
				d.Cause = cause
			}
		}
	}
}

// severalBans splits a ban that lists several goods, each with its own origin or its own ban word,
// into one mention per item: "lifted restrictions on Argentine beef and on Uruguayan mutton", "ввел
// квоты на вывоз живого скота и временный запрет на экспорт яиц". Goods named together under one ban
// and one origin ("говядины и субпродуктов из Казахстана") stay one ban.
func (s *sentence) severalBans(m agrowatch.Mention) []agrowatch.Mention {
	type item struct {
		code   string
		pos    int
		origin string
		ban    bool // a ban word of its own stands between the previous item and this one
		side   bool // the origin stands on the side the language names it on
		cause  string
	}
	var items []item
	last := s.sp.start
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fExempt != 0 {
			break // "…, однако ограничение не распространяется на мясо": the goods after it are left out
		}
		if w.feat&fMeat == 0 || w.code == "" || s.peopleAfter(k) {
			continue // «для молочных фермеров»: the trade of people, not goods of a ban
		}
		dup := false
		for _, it := range items {
			dup = dup || it.code == w.code
		}
		if dup {
			continue
		}
		it := item{code: w.code, pos: int(h.pos), ban: s.featsIn(last, int(h.pos))&fBanNoun != 0}
		items = append(items, it)
		last = int(h.end)
	}
	if len(items) < 2 {
		return s.severalOrigins(m)
	}
	// Each item's origin is the country of origin or source nearest it between its neighbours.
	origins := map[string]bool{}
	for i := range items {
		lo, hi := s.sp.start, s.sp.end
		if i > 0 {
			lo = items[i-1].pos + 1
		}
		if i+1 < len(items) {
			hi = items[i+1].pos
		}
		// Russian and English name the origin after the goods ("свинины из Польши, мяса птицы из
		// Бельгии"), Kazakh and Chinese before them ("Польшадан шошқа еті", "从波兰进口的猪肉"): the
		// origin on that side of an item wins over a nearer one on the other.
		after := s.lang != "kk" && s.lang != "zh"
		best, bestDist, bestSide := "", 1<<30, false
		for _, c := range s.cs {
			if c.pos < lo || c.pos >= hi || c.region || c.code == m.By || c.role != roleOrigin && c.role != roleSource {
				continue
			}
			d := c.pos - items[i].pos
			side := d >= 0 == (after && c.role == roleSource) // an adjective stands before its goods
			if d < 0 {
				d = -d
			}
			if side && !bestSide || side == bestSide && d < bestDist {
				best, bestDist, bestSide = c.code, d, side
			}
		}
		items[i].origin, items[i].side = best, bestSide
		if after {
			items[i].cause = s.featCodeIn(fCause, items[i].pos, hi) // "poultry … because of bird flu, and of beef … because of FMD"
		}
	}
	causes := map[string]bool{}
	for _, it := range items {
		if it.cause != "" {
			causes[it.cause] = true
		}
	}
	// "свинины из Польши, мяса птицы и яиц из Бельгии": goods joined by a conjunction share the origin
	// named after the last of them.
	for i := len(items) - 2; i >= 0; i-- {
		if (items[i].origin == "" || !items[i].side) && items[i+1].origin != "" && s.joined(items[i].pos, items[i+1].pos) {
			items[i].origin = items[i+1].origin
		}
	}
	for _, it := range items {
		origins[it.origin] = true
	}
	ownOrigins := len(origins) >= 2 && !origins[""]
	ownBans := true
	for _, it := range items[1:] {
		ownBans = ownBans && it.ban
	}
	if !ownOrigins && !ownBans {
		// "live cattle and meat from Kyrgyzstan and Tajikistan": goods under one ban are one mention, but
		// from several countries joined they are one per country.
		if s.originCount() >= 2 {
			return s.severalOrigins(m)
		}
		return []agrowatch.Mention{m}
	}
	out := make([]agrowatch.Mention, 0, len(items))
	for _, it := range items {
		if a, b := s.clause(it.pos); ownBans && s.partNegated(a, b) {
			// "China did not restrict imports of Kazakh beef, but banned Kazakh mutton": a clause whose
			// verb of imposing is negated tells no ban of its goods.
			continue
		}
		o := m
		o.Commodity = it.code
		if len(causes) >= 2 && causes[it.cause] {
			o.Cause = it.cause // each item its own cause when they name two
		}
		if !ownOrigins {
			out = append(out, o)
			continue
		}
		// "мяса птицы из Венгрии и Чехии, а также говядины из Бразилии": an item's origins joined by a
		// conjunction are one ban each, but not another item's ("Argentine beef and Brazilian poultry").
		o.On = it.origin
		for _, e := range s.severalOrigins(o) {
			if e.On == it.origin || !origins[e.On] {
				out = append(out, e)
			}
		}
	}
	return out
}

// pendingElsewhere reports a lifting told as done in the past ("Russia lifted the ban") while the
// words of talks or decisions stand in other clauses ("…, and Kazakhstan welcomed the decision on
// pork"): what is awaited there is not this lifting.
func (s *sentence) pendingElsewhere() bool {
	lifted := false
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		if !s.pastFinite(h) || s.liftNegated(h) {
			return false
		}
		lifted = true
	}
	if !lifted {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fPendingStrong|fPending) == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		for _, o := range s.hits {
			if s.word(o).feat&fLifted != 0 && int(o.pos) >= a && int(o.pos) < b {
				return false
			}
		}
	}
	return true
}

// banClauseAlone reports a sentence whose ban is the subject of its own clause, a ban noun before the
// verb that imposes or lifts it, in a clause that names no country while another clause does: "…, al
// tyıym 2020 jyly … engizilgen bolatyn", "…, а запрет был введён в 2019 году".
func (s *sentence) banClauseAlone() bool {
	if len(s.cs) == 0 {
		return false
	}
	for k, h := range s.hits {
		f := s.word(h).feat
		if f&fBanNoun == 0 || f&(fImposed|fLifted) != 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if a == s.sp.start {
			return false // the ban opens the sentence: its countries are its own
		}
		verb := false
		for _, o := range s.hits[k+1:] {
			if int(o.pos) >= b {
				break
			}
			verb = verb || s.word(o).feat&(fImposed|fLifted) != 0
		}
		if !verb {
			return false
		}
		for _, c := range s.cs {
			if c.pos >= a && c.pos < b {
				return false
			}
		}
		return true
	}
	return false
}

// zhKeptComma returns the index in the sentence, from i on, of the first Chinese comma whose clause
// keeps a ban after one that lifts it (zhKeptAfter), or -1.
func (s *sentence) zhKeptComma(i int) int {
	low := s.low[s.sp.start:s.sp.end]
	for i >= 0 {
		if s.zhKeptAfter(s.sp.start + i + len("，")) {
			return i
		}
		j := strings.Index(low[i+len("，"):], "，")
		if j < 0 {
			return -1
		}
		i += len("，") + j
	}
	return -1
}

// zhKeptAfter reports the Chinese clause that opens at at keeping a ban in force (继续暂停, 仍然有效), its
// subject of its own before the verb, after a clause that lifts one.
func (s *sentence) zhKeptAfter(at int) bool {
	_, b := s.clause(at)
	lifted := false
	for _, h := range s.hits {
		f := s.word(h).feat
		if int(h.pos) < at && f&fLifted != 0 {
			lifted = true
		}
		if int(h.pos) >= at && int(h.pos) < b && f&fInForce != 0 {
			return lifted && int(h.pos) > at
		}
	}
	return false
}

// contrastBans splits a sentence of two clauses that each tell a ban of their own in another state:
// "Beijing lifted its ban on Kazakh lamb but kept restrictions on beef", «Запрет на ввоз птицы из
// Польши снят, ограничения на продукцию из Венгрии сохраняются». Each part keeps the holder of m and
// takes its own status, goods and origin.
func (s *sentence) contrastBans(m agrowatch.Mention) ([]agrowatch.Mention, bool) {
	nouns := 0
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fBanNoun != 0 || f&(fLifted|fInForce) != 0 && (f&fWeakLift == 0 || s.governs(h)) {
			nouns++ // "reopened its market to mutton …, while beef shipments remain suspended": an open market counts
		}
	}
	stepCut := -1
	if nouns < 2 {
		// Each part names its ban or its end: one ban word cannot make two. A dated step of its own
		// names it by its verb: "Iran suspended imports … in 2018 and, in 2025, allowed them again".
		if stepCut = s.datedStepCut(); stepCut < 0 {
			return nil, false
		}
	}
	low := s.low[s.sp.start:s.sp.end]
	cut := -1
	var words [len(contrastWords) + 5]string
	k := copy(words[:], contrastWords[:])
	k += copy(words[k:], sameTimeWords.of(s.lang))
	k += copy(words[k:], []string{"; ", ", ", "，"})
	for _, w := range words[:k] {
		if stepCut >= 0 {
			break
		}
		i := index(low, w)
		if i < 0 {
			continue
		}
		if w == "，" {
			// A Chinese clause of its own keeps the ban: "…其余地区禽肉恢复输华，北哈州禽肉继续暂停进口".
			if i = s.zhKeptComma(i); i < 0 {
				continue
			}
		} else if w == "; " || w == ", " {
			// A bare comma opens a clause of its own only when a ban word starts it: «…снят, ограничения на
			// продукцию из Венгрии сохраняются», not "…, which were introduced in 2022", ", ending restrictions".
			// So does a verb of keeping right before a ban noun: «…разрешила ввоз мяса из двух областей,
			// сохранив запрет для остальных регионов», "…, keeping the ban on the rest".
			at := s.sp.start + i + len(w)
			ok := false
			for k, h := range s.hits {
				if int(h.pos) >= at {
					// From the space before it: gapWords skips the rest of a word it starts inside.
					f := s.word(h).feat
					ok = f&fBanNoun != 0 && gapWords(s.low, at-1, int(h.pos)) == 0 && !s.relativeNear(int(h.end)) ||
						f&fInForce != 0 && f&fBanNoun == 0 && gapWords(s.low, at-1, int(h.pos)) == 0 && k+1 < len(s.hits) &&
							s.word(s.hits[k+1]).feat&fBanNoun != 0 && gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) <= 1
					break
				}
			}
			if !ok {
				continue
			}
		}
		cut = s.sp.start + i
		break
	}
	dated := false
	if cut < 0 {
		cut, dated = stepCut, true
		if cut < 0 {
			cut = s.datedStepCut()
		}
	}
	if cut < 0 {
		return nil, false
	}
	a, b := s.sp.start, s.sp.end
	if !s.partNamesBan(a, cut) || !s.partNamesBan(cut, b) && !(dated && s.featsIn(cut, b)&(fLifted|fImposed) != 0) {
		// One ban told with a clause about it: "lifted the ban on Kazakh beef, which it had imposed in
		// 2019". A dated step names the ban back: "…, 2024 jyly ony alyp tastady".
		return nil, false
	}
	st1, st2 := s.partStatus(a, cut), s.partStatus(cut, b)
	if st1 == "" || st2 == "" || st1 == st2 {
		return nil, false
	}
	// Whose goods each part names; a holder read from two sources ("из Польши … из Венгрии") was one
	// of them, and holds nothing.
	var origin [2]string
	for i := range origin {
		lo, hi := a, cut
		if i == 1 {
			lo, hi = cut, b
		}
		for _, c := range s.cs {
			if c.pos >= lo && c.pos < hi && !c.region && (c.role == roleOrigin || c.role == roleSource) {
				origin[i] = c.code
				break
			}
		}
	}
	by := m.By
	if by != "" && (by == origin[0] || by == origin[1]) {
		by = ""
	}
	parts := make([]agrowatch.Mention, 0, 2)
	for i, st := range [...]string{st1, st2} {
		lo, hi := a, cut
		if i == 1 {
			lo, hi = cut, b
		}
		if f := s.featsIn(lo, hi); f&fCommodity != 0 && f&(fMeat|fCause) == 0 {
			continue // "China lifted its ban on Kazakh wheat, but …": a part about grain is no meat ban
		}
		if s.partNegated(lo, hi) {
			continue // "China did not restrict imports of Kazakh beef, but banned Kazakh mutton"
		}
		p := m
		p.Status, p.By = st, by
		for _, c := range s.cs {
			if c.pos >= lo && c.pos < hi && !c.region && c.role == roleAgent && c.code != origin[i] {
				// "Қытай … тоқтатты, ал Ресей … шектеуді алып тастады", "China suspended …, while Russia
				// lifted …": a part with a subject of its own is that subject's.
				p.By = c.code
				break
			}
		}
		if origin[i] != "" && origin[i] != p.By {
			p.On = origin[i]
		}
		if c := s.featCodeIn(fCause, lo, hi); c != "" || s.featCodeIn(fCause, a, b) != "" {
			p.Cause = c // each part its own cause: "因羊痘疫情暂停…，同时解除了对…禽蛋的限制"
		}
		for _, h := range s.hits {
			if int(h.pos) >= lo && int(h.pos) < hi && s.word(h).feat&fMeat != 0 && s.word(h).code != "" {
				p.Commodity = s.word(h).code
				break
			}
		}
		parts = append(parts, p)
	}
	return parts, true
}

// stepWords join the dated steps of a ban's history told in one sentence.
var stepWords = [...]string{", ", " and ", " и ", " және ", " jáne "}

// datedStepCut returns where the second step of a ban's history told in one sentence begins, or -1: a
// first clause with no comma, its own year and a country acting in it, and after a comma or a
// conjunction a clause with a year and a verb of its own ("Saudi Arabia banned Kazakh poultry in 2021
// over bird flu, eased the measure … in 2023 and … lifted it completely", "Reseı 2023 jyly … shekteý
// engizdi, 2024 jyly ony alyp tastady"). Each dated step is a mention of its own; a ban dated by a
// participle in a clause between commas («Ограничения, введённые в 2019 году, сняты») or by a relative
// clause («…, который действовал с 2019 года») is one.
func (s *sentence) datedStepCut() int {
	low := s.low[s.sp.start:s.sp.end]
	if !hasYearIn(low) {
		return -1 // most sentences
	}
	first := len(low)
	for _, w := range stepWords {
		if i := index(low, w); i >= 0 && i < first {
			first = i
		}
	}
	if first == len(low) {
		return -1
	}
	cut := s.sp.start + first
	if w, _ := nextToken(s.low, cut, s.sp.end); isRelPronoun(w) {
		return -1 // «…, который действовал с 2019 года»: a clause about the ban of the first
	}
	if !hasYearIn(s.low[s.sp.start:cut]) || !hasYearIn(s.low[cut:s.sp.end]) ||
		s.featsIn(s.sp.start, cut)&(fImposed|fLifted) == 0 || s.featsIn(cut, s.sp.end)&(fImposed|fLifted|fInForce) == 0 {
		return -1
	}
	for _, c := range s.cs {
		if c.pos < cut && c.role == roleAgent && !c.region {
			return cut
		}
	}
	return -1
}

// hasYearIn reports a year of four digits, 1990 to 2039, in low.
func hasYearIn(low string) bool {
	for i := 0; i+4 <= len(low); i++ {
		if (low[i] == '1' && low[i+1] == '9' && low[i+2] == '9' || low[i] == '2' && low[i+1] == '0' && low[i+2] >= '0' && low[i+2] <= '3') &&
			low[i+3] >= '0' && low[i+3] <= '9' && (i == 0 || low[i-1] < '0' || low[i-1] > '9') &&
			(i+4 == len(low) || low[i+4] < '0' || low[i+4] > '9') {
			return true
		}
	}
	return false
}

// featCodeIn returns the code of the first word with feature f in s.low[a:b], or "".
func (s *sentence) featCodeIn(f feat, a, b int) string {
	for _, h := range s.hits {
		if int(h.pos) >= a && int(h.pos) < b && s.word(h).feat&f != 0 && s.word(h).code != "" {
			return s.word(h).code
		}
	}
	return ""
}

// contrastWords open the second clause of a contrast: "lifted … but kept", «…, а …», "，而".
var contrastWords = [...]string{" but ", ", но ", ", а ", ", однако ", " while ", " whereas ", ", тогда как ", "，但", "，而",
	", ал ", ", al ", ", бірақ ", ", biraq ", ", алайда ", ", alaıda "}

// sameTimeWords join two measures told at the same time: "暂停…进口活羊，同时解除了对…禽蛋的限制".
var sameTimeWords = langWords{
	ru: []string{", одновременно "},
	kk: []string{", сонымен қатар ", ", sonymen qatar "},
	en: []string{", at the same time ", " and at the same time "},
	zh: []string{"，同时"},
}

// relativeNear reports a relative pronoun among the three words after end: «…, ограничения в отношении
// которых были введены в декабре», "…, restrictions on which": a clause that recalls the ban of the
// clause before it, not a ban of its own.
func (s *sentence) relativeNear(end int) bool {
	end = wordEnd(s.low, end, s.sp.end) // past the rest of a stem's word: "ограничени|я"
	for n := 0; n < 3 && end < s.sp.end; n++ {
		w, at := nextToken(s.low, end, s.sp.end)
		if w == "" {
			return false
		}
		if isRelPronoun(w) {
			return true
		}
		end = at + len(w)
	}
	return false
}

// partNamesBan reports a stretch of the sentence that names a ban of its own: a ban word, or trade
// resumed or kept ("Китай разрешил ввоз казахстанской баранины, но сохранил запрет на говядину"), or
// trade stopped ("暂停从哈萨克斯坦进口活羊，同时解除了…的限制").
func (s *sentence) partNamesBan(a, b int) bool {
	f := s.featsIn(a, b)
	return f&fBanNoun != 0 || f&(fLifted|fInForce) != 0 && f&(fImport|fExport|fMarket|fShip) != 0 ||
		f&fImposed != 0 && f&(fImport|fExport|fShip) != 0
}

// partStatus returns the status of a ban the stretch [a, b) of the sentence tells on its own: a ban
// word and a word of keeping, lifting or imposing, or the ban word alone, which reads as imposed.
func (s *sentence) partStatus(a, b int) string {
	f := s.featsIn(a, b)
	switch {
	case f&(fBanNoun|fImposed|fLifted|fInForce) == 0:
		return ""
	case f&fInForce != 0 && f&fLifted == 0:
		return agrowatch.StatusImposed // "beef shipments remain suspended pending further talks": kept, whatever is awaited
	case f&(fPending|fPendingStrong|fAsk) != 0:
		return ""
	case f&fInForce != 0:
		return agrowatch.StatusImposed
	case f&fLifted != 0:
		for _, h := range s.hits {
			if int(h.pos) >= a && int(h.pos) < b && s.word(h).feat&fLifted != 0 && s.liftNegated(h) {
				return ""
			}
		}
		return agrowatch.StatusLifted
	default:
		return agrowatch.StatusImposed
	}
}

// gappedHolder appends to out[k:], a ban, the same measure by a second holder told with its verb left out
// after a contrast, the holder and its goods joined by a dash: «Китай возобновил импорт казахстанской
// говядины, а Иран — баранины», "…, ал Иран – қой етіне".
func (s *sentence) gappedHolder(out []agrowatch.Mention, k int) []agrowatch.Mention {
	if len(out) <= k {
		return out
	}
	low := s.low[:s.sp.end]
	cut := -1
	for _, w := range [...]string{", а ", ", ал ", ", al ", ", and "} {
		if i := index(low[s.sp.start:], w); i >= 0 {
			cut = s.sp.start + i + len(w)
			break
		}
	}
	j := slices.IndexFunc(s.hits, func(h hit) bool { return int(h.pos) >= cut })
	if cut < 0 || j < 0 || j+2 != len(s.hits) {
		return out // the holder and its goods, and nothing else, after the contrast
	}
	holder, goods := s.word(s.hits[j]), s.word(s.hits[j+1])
	if holder.feat&fCountry == 0 || goods.feat&fMeat == 0 || int(s.hits[j].pos) != cut || holder.code == out[k].By ||
		holder.code == out[k].On || goods.code == "" {
		return out
	}
	if dash := strings.TrimSpace(low[s.hits[j].end:s.hits[j+1].pos]); dash != "—" && dash != "–" {
		return out
	}
	for i := k + 1; i < len(out); i++ {
		if out[i].Commodity == goods.code {
			out[i].By = holder.code // severalBans gave the second goods a mention of their own
			return out
		}
	}
	m := out[k]
	m.By, m.Commodity = holder.code, goods.code
	return append(out, m)
}

// severalHolders gives each of the countries joined as the subject of a ban a mention of its own:
// "Reseı men Belarýs Qazaqstannan qus etin ákelýge tyıym saldy", "Russia and Belarus banned …". It
// reads the mentions from out[k:].
func (s *sentence) severalHolders(out []agrowatch.Mention, k int) []agrowatch.Mention {
	n := len(out)
	for i := k; i < n; i++ {
		m := out[i]
		if m.By == "" {
			continue
		}
		var first *cmention
		for j := range s.cs {
			if c := &s.cs[j]; c.code == m.By && (c.role == roleAgent || s.askedFrom(c)) && !c.region {
				first = c
				break
			}
		}
		if first == nil {
			continue
		}
		prevEnd := first.end
		for j := range s.cs {
			c := &s.cs[j]
			if c.pos <= first.pos || c.region || c.code == m.By || c.code == m.On {
				continue
			}
			p, at := prevToken(s.low, s.sp.start, c.pos)
			gap := 1
			if p == "the" {
				p, _ = prevToken(s.low, s.sp.start, at) // "Saudi Arabia and the UAE granted"
				gap = 2
			}
			sameRole := c.role == first.role || s.askedFrom(first) && (c.role == roleAgent || s.askedFrom(c))
			if !sameRole || !isConj(p) || gapWords(s.low, prevEnd, c.pos) != gap {
				break
			}
			o := m
			o.By = c.code
			out = append(out, o)
			prevEnd = c.end
		}
	}
	return out
}

// bothWords refer back to two countries at once: "asked both countries to lift the measure".
var bothWords = [...]string{"both countries", "the two countries", "обе страны", "обеих стран", "обеим странам",
	"екі ел", "eki el", "两国", "两个国家"}

// askedFrom reports a country a request is made of: in Kazakh in the ablative, "Qytaı men Reseıden …
// alyp tastaýdy surady" asks both China and Russia (the ending of the last of two joined countries is
// both's), and so does the dative of the addressee ("Өзбекстан мен Қырғызстанға … сұрап"); in Russian and English the object of the asking, «просит Россию и Беларусь снять», "asked
// Russia and Belarus to lift" (a second name that does not decline, «Беларусь», reads as a subject).
func (s *sentence) askedFrom(c *cmention) bool {
	if !s.has(fAsk) {
		return false
	}
	switch s.lang {
	case "kk":
		return c.role == roleSource || c.role == roleDest // "Өзбекстан мен Қырғызстанға … алып тастауды сұрап": asked of
	case "ru", "en":
		return c.role == roleObject
	}
	return false
}

// zhPairCodes are the one-character names Chinese joins before 两国 or 双方: "中俄两国" is China and Russia.
var zhPairCodes = map[string]string{"中": "CN", "俄": "RU", "哈": "KZ", "蒙": "MN", "吉": "KG", "塔": "TJ", "乌": "UZ"}

// pairHolders reads the two countries of a Chinese pair ("中俄两国", "中哈双方") as the holders of a ban
// the sentence names no holder of: "哈萨克斯坦请求中俄两国解除对哈禽肉的限制" asks each of China and Russia.
// A pair that holds the goods' own country names the other as the holder.
func (s *sentence) pairHolders(out []agrowatch.Mention, k int) []agrowatch.Mention {
	if s.lang != "zh" || len(out) == k {
		return out
	}
	low := s.low[s.sp.start:s.sp.end]
	i := strings.Index(low, "两国")
	if i < 0 {
		i = strings.Index(low, "双方")
	}
	const w = len("中")
	if i < 2*w {
		return out
	}
	x, y := zhPairCodes[low[i-2*w:i-w]], zhPairCodes[low[i-w:i]]
	if x == "" || y == "" || x == y {
		return out
	}
	n := len(out)
	for j := k; j < n; j++ {
		m := out[j]
		if m.By != "" {
			continue
		}
		switch m.On {
		case x:
			out[j].By = y
		case y:
			out[j].By = x
		default:
			out[j].By = x
			o := m
			o.By = y
			out = append(out, o)
		}
	}
	return out
}

// bothHolders gives a ban of the article's holder that refers to "both countries" one mention per holder
// of the sentence that told the article's ban: "Kazakhstan has asked both countries to lift the measure"
// after "Saudi Arabia and Kuwait have suspended poultry imports from Kazakhstan" asks each of them.
func (s *sentence) bothHolders(out []agrowatch.Mention, k int) []agrowatch.Mention {
	tp := s.tp
	if tp == nil || tp.ban.Kind == "" || tp.ban.By == "" || len(out) == k || len(s.cs) > 1 ||
		!containsAny(s.low[s.sp.start:s.sp.end], bothWords[:]...) {
		return out
	}
	n := len(out)
	for i := k; i < n; i++ {
		m := out[i]
		if m.By != tp.ban.By || m.On != tp.ban.On {
			continue
		}
		for _, b := range tp.bans {
			if b.Kind != "" && b.Sentence == tp.ban.Sentence && b.By != m.By && b.On == m.On && b.Commodity == tp.ban.Commodity {
				o := m
				o.By = b.By
				out = append(out, o)
			}
		}
	}
	return out
}

// joined reports two goods joined by a conjunction with nothing but their own words between: "мяса
// птицы и яиц", "poultry meat and eggs".
func (s *sentence) joined(a, b int) bool {
	gap := s.low[a:b]
	for _, c := range [...]string{" и ", " and ", " және ", " jáne ", " мен ", " men ", "和", "及", "、"} {
		if i := strings.Index(gap, c); i >= 0 {
			rest := gap[i+len(c):]
			return !strings.ContainsAny(gap[:i], ",;") && gapWords(s.low, a+i+len(c), b) == 0 || len(strings.Fields(rest)) == 0
		}
	}
	return false
}

// pendingOnInspection reports that every word of a lifting not yet done awaits an inspection or its
// results instead: "postponed imports of Kazakh lamb pending a new audit", "suspended imports … pending
// the results of laboratory tests" hold the ban; the audit or the tests are what is pending.
func (s *sentence) pendingOnInspection() bool {
	if s.onlyBefore(fPendingStrong, fInspect|fResult, 3) || s.imposedPending() {
		return true
	}
	// "pending laboratory results": a word of what is tested may stand between.
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fPendingStrong == 0 {
			continue
		}
		if k+2 >= len(s.hits) || s.word(s.hits[k+1]).feat&fTarget == 0 || s.word(s.hits[k+2]).feat&(fInspect|fResult) == 0 ||
			gapWords(s.low, int(h.end), int(s.hits[k+2].pos)) > 3 {
			return false
		}
		n++
	}
	return n > 0
}

// imposedPending reports a sentence with no word of lifting whose every word of talks is the
// preposition "pending" after a word of imposing: "banned imports of Brazilian beef pending a veterinary
// review" holds the ban until the review, whatever it is; the review is what is awaited.
func (s *sentence) imposedPending() bool {
	if s.has(fLifted) || !s.has(fImposed) {
		return false
	}
	n, imposed := 0, false
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fImposed != 0 && w.feat&fPendingStrong == 0 {
			imposed = true
		}
		if w.feat&fPendingStrong == 0 {
			continue
		}
		if !imposed || !(w.feat&fPlanned != 0 && strings.HasPrefix(w.pat, "pending ") || s.pendingGoverns(h)) {
			return false
		}
		n++
	}
	return n > 0
}

// pendingGoverns reports a bare "pending" that governs the noun after it, as a preposition: "halted
// pending new veterinary certificates", "pending approval". "The request is pending" and "pending with
// Beijing" are the adjective: something awaited.
func (s *sentence) pendingGoverns(h hit) bool {
	if s.word(h).pat != "pending" {
		return false
	}
	_, b := s.clause(int(h.pos))
	switch next, _ := nextToken(s.low, int(h.end), b); next {
	case "", "with", "for", "since", "at", "in", "before", "until", "and", "or", "as":
		return false
	}
	return true
}

// onlyStandards reports a sentence whose every word of imposing, keeping or lifting governs
// requirements or standards right after it: "ужесточил требования", "introduced new standards".
func (s *sentence) onlyStandards() bool {
	if s.onlyBefore(fImposed|fInForce|fLifted, fStandard, 1) {
		return true
	}
	// "tightened veterinary requirements", «ужесточил ветеринарные требования»: an adjective the lexicon
	// reads (of vets, plants) may stand between.
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&(fImposed|fInForce|fLifted) == 0 {
			continue
		}
		if k+2 >= len(s.hits) || s.word(s.hits[k+1]).feat&fTarget == 0 || s.word(s.hits[k+2]).feat&fStandard == 0 {
			return false
		}
		if g := gapWords(s.low, int(h.end), int(s.hits[k+2].pos)); g < 0 || g > 2 {
			return false
		}
		n++
	}
	return n > 0
}

// openingStems are the words of opening a market, which a purpose clause may hold.
var openingStems = [...]string{"open", "открыл", "открыт", "откро", "开放", "打开"}

// purposeWords open a purpose clause right before its verb: «чтобы открыть», "in order to open", 以便.
var purposeWords = langWords{
	ru: []string{"чтобы", "целью", "для"},
	en: []string{"in order to", "so as to"},
	zh: []string{"以便", "为了", "以期", "作为评估", "作为决定", "用于评估"}, // "作為評估是否開放輸台的依據": the basis of a decision
}

// openingForPurpose reports a sentence whose every word of lifting opens a market in a purpose clause:
// right after «чтобы», «с целью», «для», "in order to", in Chinese after 以便 or 为了 in its clause, or in
// English after "to" once an inspection was named before ("plans an audit … to open its market").
func (s *sentence) openingForPurpose() bool {
	return s.everyHit(fLifted, func(h hit, w *word) bool {
		return hasAnyPrefix(strings.TrimPrefix(w.pat, "="), openingStems[:]...) && s.purposeBefore(h)
	})
}

// planNouns are the documents an approval may be of without opening any market: "approved a roadmap to
// raise meat exports", 批准了扩大肉类出口的路线图.
var planNouns = langWords{
	en: []string{"plan", "roadmap", "programme", "program", "strategy", "concept", "budget"},
	zh: []string{"路线图", "规划", "计划", "方案", "纲要", "战略"},
}

// approvesPlan reports a sentence whose every word of lifting is an approval of a plan: in English a plan
// noun among the four words after "approved", in Chinese one after 批准 in its clause.
func (s *sentence) approvesPlan() bool {
	return s.everyHit(fLifted, func(h hit, w *word) bool {
		p := strings.TrimPrefix(w.pat, "=")
		return (p == "approved" || p == "批准") && s.planAfter(h)
	})
}

// planAfter reports a plan noun right after the approval at hit h: the whole word or its plural among
// the next four English words ("approved a new five-year plan", never "plants"), or anywhere after it in
// its Chinese clause.
func (s *sentence) planAfter(h hit) bool {
	if s.lang == "zh" {
		_, b := s.clause(int(h.pos))
		return int(h.end) < b && planNouns.in(s.lang, s.low[h.end:b])
	}
	rest := s.low[h.end:s.sp.end]
	for k := 0; k < 4; k++ {
		rest = strings.TrimLeft(rest, " ")
		end := strings.IndexAny(rest, " ,.;:")
		if end < 0 {
			end = len(rest)
		}
		tok := strings.TrimSuffix(rest[:end], "s")
		if tok == "" {
			return false
		}
		for _, p := range planNouns.of(s.lang) {
			if tok == p {
				return true
			}
		}
		rest = rest[end:]
	}
	return false
}

// purposeBefore reports a purpose clause opening right before hit h.
func (s *sentence) purposeBefore(h hit) bool {
	if s.lang == "zh" {
		a, _ := s.clause(int(h.pos))
		return purposeWords.in(s.lang, s.low[a:h.pos])
	}
	before := strings.TrimRight(s.low[s.sp.start:h.pos], " ")
	for _, p := range purposeWords.of(s.lang) {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	if s.lang == "en" && strings.HasSuffix(before, " to") {
		return s.featsIn(s.sp.start, int(h.pos))&fInspect != 0
	}
	return false
}

// tighteningStems are the verbs that make checks stricter; controlWords the checks they make so.
var (
	tighteningStems = [...]string{"ужесточ", "усил", "tighten", "stepped up", "step up", "stricter", "tighter"}
	controlWords    = langWords{ru: []string{"контрол", "провер", "надзор"}, en: []string{"control", "check", "scrutiny"},
		zh: []string{"检查", "监管", "管控", "检验", "检疫", "监测", "控制", "查验", "审查"}}
	// zhStricter makes the Chinese verb of imposing before it one of tightening: "实施更严格的边境检查".
	zhStricter = [...]string{"更严格", "更加严格", "严格的"}
)

// tightenedChecks reports a sentence whose every word of imposing is a verb of tightening, with no
// word of lifting or keeping, that names a control or check: «ужесточен контроль за ввозом», "checks
// on imports were tightened", in Chinese a verb of imposing before "stricter" ("实施更严格的边境检查").
func (s *sentence) tightenedChecks() bool {
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&(fLifted|fInForce) != 0 {
			return false
		}
		if w.feat&fImposed == 0 {
			continue
		}
		if !hasAnyPrefix(strings.TrimPrefix(w.pat, "="), tighteningStems[:]...) &&
			!(s.lang == "zh" && hasAnyPrefix(s.low[int(h.end):s.sp.end], zhStricter[:]...)) {
			return false
		}
		n++
	}
	return n > 0 && controlWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

// onlyBefore reports a sentence that has a word with feature f, and whose every such word has a word
// with feature next right after it, at most gap words between them.
func (s *sentence) onlyBefore(f, next feat, gap int) bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&f == 0 {
			continue
		}
		if k+1 >= len(s.hits) || s.word(s.hits[k+1]).feat&next == 0 {
			return false
		}
		if g := gapWords(s.low, int(h.end), int(s.hits[k+1].pos)); g < 0 || g > gap {
			return false
		}
		n++
	}
	return n > 0
}

// banAsTime reports a sentence whose every ban word follows "before", "after", "since" or "until" and
// that has no other word of imposing, lifting or keeping a ban.
//
// The verbal noun of the phrase is part of it: "До введения запрета", "before the introduction of the ban".
func (s *sentence) banAsTime() bool {
	n, part := 0, -1 // part: the verbal noun of the last time phrase
	subEnd := -1     // the end of a clause opened by "since", "after", "before" or "until" with the ban as subject
	tailFrom := -1   // where such a clause starts when it closes the sentence: "…, before restrictions were introduced"
	decisionAt := -1 // where "before any decision to lift the ban" starts: a modal before it is the main clause's
	attr := -1       // a Kazakh participle that names the ban of the phrase: "қойылған тыйымды алып тастағаннан бері"
	for k, h := range s.hits {
		opener, openAt := "", -1 // the time word of a finite clause the ban word's verb heads
		if f := s.word(h).feat; f&fBanNoun == 0 {
			// A verbal noun of stopping is a time phrase of its own: «До приостановки поставок Казахстан
			// экспортировал …», "before the suspension".
			p, at := prevToken(s.low, s.sp.start, int(h.pos))
			if p == "the" {
				p, _ = prevToken(s.low, s.sp.start, at)
			}
			if f&(fImposed|fLifted) != 0 && f&(fPending|fPendingStrong|fAsk|fInForce) == 0 && s.lang != "zh" {
				// "…, the first such visit since Tehran opened its market to Kazakh lamb", «после того как
				// Китай снял …»: the verb of a clause of time, its subject between.
				if q, qat, ok := s.timeOpener(prevToken(s.low, s.sp.start, int(h.pos))); ok {
					opener, openAt, part = q, qat, k
					goto phrase
				}
			}
			if f&(fImposed|fLifted) != 0 && s.lang == "kk" && s.postpositionAfter(int(h.end)) && f&(fPending|fPendingStrong|fAsk) == 0 {
				// "тыйымды алып тастағаннан бері …": the lifting's verbal noun and the time word after it.
				if f&fImposed != 0 || k > 0 && s.word(s.hits[k-1]).feat&fBanNoun != 0 {
					part = k
					n++
					continue
				}
			}
			if f&fImposed != 0 && s.lang == "kk" && s.postpositionAfter(int(h.end)) {
				part = k // "Тоқтатылғанға дейін …": the time word after the verbal noun
				n++
				continue
			}
			if f&(fLifted|fImposed|fPending|fPendingStrong|fAsk|fInForce) == fLifted {
				// "before deciding on resumption of supplies", «прежде чем решить вопрос о возобновлении
				// поставок», "在决定是否恢复进口…之前", "қайта бастау туралы шешім қабылдағанға дейін": a lifting
				// named as the decision something comes before is no lifting.
				if at, ok := s.decisionFrame(h); ok {
					part, n, decisionAt = k, n+1, at
					if _, b := s.clause(int(h.pos)); b < s.sp.end {
						subEnd = max(subEnd, b)
					} else if tailFrom < 0 || at < tailFrom {
						tailFrom = at
					}
					continue
				}
				if _, _, ok := s.decisionBefore(p, at); !ok {
					continue
				}
			} else if f&fImposed == 0 || s.lang == "zh" || s.lang == "kk" ||
				p != "до" && p != "после" && p != "before" && p != "after" && p != "until" && p != "год" {
				continue
			}
			part = k
		}
	phrase:
		p, at := prevToken(s.low, s.sp.start, int(h.pos))
		if yearWord(p) {
			p, at = prevToken(s.low, s.sp.start, at) // "before the 2020 ban": the year names which ban
		}
		if p == "the" || p == "a" || p == "its" {
			p, at = prevToken(s.low, s.sp.start, at)
		}
		if opener == "" && s.word(h).feat&fBanNoun != 0 {
			// "the Iranian restrictions", «иранских ограничений»: the holder's adjective is the ban's own.
			p, at = s.skipCountryBack(p, at)
			if s.lang == "en" && p == "of" {
				// "before the introduction of the Iranian restrictions": a verbal noun governs the ban by "of".
				if q, qat := prevToken(s.low, s.sp.start, at); strings.HasSuffix(q, "tion") || strings.HasSuffix(q, "ing") || q == "removal" {
					p, at = prevToken(s.low, s.sp.start, qat)
					if p == "the" || p == "a" || p == "its" {
						p, at = prevToken(s.low, s.sp.start, at)
					}
				}
			}
		}
		j := k - 1 // the word before the ban's, past its holder's adjective: «введения российских ограничений»
		for j > 0 && s.word(s.hits[j]).feat == fCountry && int(s.hits[j].pos) > at {
			j--
		}
		if j >= 0 && opener == "" && s.lang == "kk" && s.word(s.hits[j]).feat&(fImposed|fLifted) != 0 && int(s.hits[j].pos) == at {
			attr = j // "қойылған тыйымды алып тастағаннан бері": the participle names the ban, the time is after
		} else if j >= 0 && opener == "" && s.word(s.hits[j]).feat&(fImposed|fLifted) != 0 &&
			(j == k-1 && s.verbalBefore(k, p) || int(s.hits[j].pos) == at) {
			// "введения запрета", "снятия запрета", "解除禁令": the verbal noun before the ban word
			p, at = prevToken(s.low, s.sp.start, int(s.hits[j].pos))
			part = j
			if q, qat, ok := s.timeOpener(p, at); ok {
				p, at = q, qat // "since China lifted the ban", «прежде чем снять ограничения»
			}
		}
		if opener != "" {
			p, at = opener, openAt
		}
		if p == "как" {
			// «после того, как запрет был снят», «до того как ввели ограничения»: a clause of time.
			q, qat := prevToken(s.low, s.sp.start, at)
			if q == "," {
				q, qat = prevToken(s.low, s.sp.start, qat)
			}
			if r, rat := prevToken(s.low, s.sp.start, qat); q == "того" && (r == "после" || r == "до") {
				p, at = map[string]string{"после": "after", "до": "before"}[r], rat
			}
		}
		if q, qat, ok := s.decisionBefore(p, at); ok {
			// "before any decision to lift the ban", «до принятия решения о снятии запрета»: the decision
			// on the ban dates what the sentence tells.
			p, decisionAt = q, qat
		}
		if s.lang == "kk" {
			// Kazakh puts the verbal noun after the ban and the time word after both: "Тыйым
			// енгізілгенге дейін", "tyıym alynǵannan keıin", "тыйымды алып тастағаннан бері".
			next := k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&(fImposed|fLifted) != 0 &&
				gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) == 0
			if s.postpositionAfter(s.nextWordEnd(int(h.end))) || next && s.postpositionAfter(int(s.hits[k+1].end)) {
				if next {
					part = k + 1
				}
				n++
				continue
			}
		}
		after := ""
		if isHan(firstRune(s.word(h).pat)) {
			end := int(h.end)
			if k+1 < len(s.hits) && int(s.hits[k+1].pos) == end && s.word(s.hits[k+1]).feat&(fImposed|fLifted) != 0 {
				end, part = int(s.hits[k+1].end), k+1 // "禁令解除后": the verb after the ban, then the time word
			}
			after = s.low[end:min(end+9, s.sp.end)] // "解除禁令后": Chinese puts the time word after
			if d := s.low[end:min(end+18, s.sp.end)]; hasAnyPrefix(d, "的决定前", "的决定之前", "决定前", "决定之前") {
				after, decisionAt = "前", int(h.pos) // "在作出解除禁令的决定之前"
			}
		}
		if p == "year" && s.appositiveYear(at) {
			p = "since" // "In 2019, the year the ban was introduced, exports collapsed": the ban dates the year
		}
		switch {
		case p == "before", p == "after", p == "since", p == "until", p == "once":
			// "Since the ban on Kazakh lamb was introduced, prices …": the clause the time word opens is
			// the phrase, with its own verb.
			if _, b := s.clause(int(h.pos)); b < s.sp.end {
				subEnd = b
			} else if at > s.sp.start && (tailFrom < 0 || at < tailFrom) {
				// "Exports rose 20% after the ban was lifted", "…, before restrictions were introduced": the
				// clause closes the sentence, and the news is told before it.
				tailFrom = at
			}
		case p == "до", p == "после", p == "с", p == "со", p == "in", p == "момента", p == "год":
			// «в год введения запрета»: the year of the ban, as «с введения запрета».
			// "С момента введения запрета …": since the ban, as «с введения запрета».
		case hasAnyPrefix(after, "后", "以后", "之后", "前", "以前", "之前", "以来", "当年"): // "禁令实施当年": that year
		default:
			return false
		}
		n++
	}
	if n == 0 {
		return false
	}
	timeLifts := part >= 0 && s.word(s.hits[part]).feat&fLifted != 0 // the phrase is the ban's end
	for _, h := range s.hits {
		timeLifts = timeLifts || subEnd >= 0 && int(h.end) <= subEnd && s.word(h).feat&fLifted != 0
	}
	for k, h := range s.hits {
		f := s.word(h).feat
		if k == attr {
			continue
		}
		if k != part && tailFrom >= 0 && int(h.pos) < tailFrom && f&fBanNoun == 0 && f&(fImposed|fLifted|fInForce) != 0 {
			// «Россия возобновила ввоз … после того, как сняла запрет»: the news before a closing clause
			// of time is a ban word of its own, resumed trade too.
			return false
		}
		if f&(fLifted|fEnded) == fLifted|fEnded && f&(fImposed|fPending|fPendingStrong) == 0 {
			continue // trade that resumed once the ban was over: "解除禁令后，…出口迅速恢复"
		}
		if f&fWeakLift != 0 && f&(fImposed|fInForce) == 0 && !s.governs(h) {
			continue // "…, Kazakhstan opened two new meat plants": a weak "open" that governs no trade
		}
		if decisionAt >= 0 && f&(fImposed|fLifted|fInForce|fPendingStrong|fAsk) == 0 {
			if a, b := s.clause(decisionAt); int(h.pos) < decisionAt || int(h.pos) < a || int(h.pos) >= b {
				continue // "inspectors would visit … before any decision to lift the ban": the visit's modal
			}
		}
		if decisionAt >= 0 && part >= 0 && int(h.pos) >= decisionAt && h.pos < s.hits[part].pos && f&(fImposed|fLifted) == 0 {
			continue // «до принятия решения о снятии»: the words of the decision are the phrase's
		}
		if timeLifts && (k > part && part >= 0 || subEnd >= 0 && int(h.pos) >= subEnd) &&
			f&(fImposed|fLifted|fInForce|fPendingStrong) == 0 {
			// «После снятия запрета экспортёры рассчитывают нарастить поставки», "Once the restrictions
			// are lifted, exporters expect to double supplies": a hope or a plan the lifting dates.
			continue
		}
		if k != part && tailFrom >= 0 && int(h.pos) < tailFrom && f&(fBanNoun|fImposed|fLifted|fInForce) == 0 {
			// "Dubai-based importers have not yet received any Kazakh poultry since the UAE lifted its
			// restrictions": a "not yet" or a hope before a closing clause of time is the news it dates, no
			// lifting awaited.
			continue
		}
		if k != part && int(h.end) > subEnd && (tailFrom < 0 || int(h.pos) < tailFrom) && f&fBanNoun == 0 &&
			f&(fImposed|fLifted|fInForce|fPending|fPendingStrong) != 0 {
			return false
		}
	}
	return true
}

// timeSubjects are the words a subject of a clause of time may hold between its time word and its verb:
// "since the Chinese side lifted", «после того как российская сторона сняла».
var timeSubjects = [...]string{"the", "its", "their", "side", "authorities", "government", "ministry", "service", "watchdog",
	"officials", "regulators", "customs", "сторона", "власти", "правительство", "министерство", "служба", "ведомство"}

// timeOpener walks back from the word p (at at) before a ban's verb over the subject of its clause to the
// word of time that opens it: "since Tehran opened its market" gives "since", «после того как Китай снял»
// "after", «прежде чем снять ограничения» "before". ok is false when another word stands between.
func (s *sentence) timeOpener(p string, at int) (string, int, bool) {
	if s.lang != "en" && s.lang != "ru" {
		return "", 0, false
	}
	for range 5 {
		switch p {
		case "since", "before", "until":
			// Not "after": "Beef prices rose after China suspended imports" reports the suspension.
			return p, at, true
		case "чем", "как":
			q, qat := prevToken(s.low, s.sp.start, at)
			if q == "," {
				q, qat = prevToken(s.low, s.sp.start, qat)
			}
			r, rat := prevToken(s.low, s.sp.start, qat)
			switch {
			case p == "чем" && q == "прежде":
				return "before", qat, true
			case p == "как" && q == "тем" && r == "перед":
				return "before", rat, true
			case p == "как" && q == "того" && r == "до":
				return "before", rat, true
			case p == "как" && q == "пор" && r == "тех":
				return "since", rat, true
			}
			return "", 0, false
		}
		subject := slices.Contains(timeSubjects[:], p) || p == "'s" || p == "’s"
		for _, c := range s.cs {
			subject = subject || c.pos <= at && at < c.end
		}
		if !subject && at < len(s.text) && p != "" && isWordRune(firstRune(p)) && !slices.Contains(enMonths[:], p) {
			r, _ := utf8.DecodeRuneInString(s.text[at:])
			subject = s.lang == "en" && r >= 'A' && r <= 'Z' // a name: "Tehran", "Rosselkhoznadzor"
		}
		if !subject {
			return "", 0, false
		}
		p, at = prevToken(s.low, s.sp.start, at)
	}
	return "", 0, false
}

// skipCountryBack steps back over a country's name or adjective that ends where the word p (at at)
// starts, and an article before it: "the Iranian restrictions", «иранских ограничений».
func (s *sentence) skipCountryBack(p string, at int) (string, int) {
	for _, c := range s.cs {
		if c.pos <= at && at < c.end {
			p, at = prevToken(s.low, s.sp.start, c.pos)
			if p == "the" || p == "its" {
				p, at = prevToken(s.low, s.sp.start, at)
			}
			return p, at
		}
	}
	return p, at
}

// yearWord reports a token that is a year of four digits, 1900 to 2099: "2020".
func yearWord(t string) bool {
	return len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9'
}

// appositiveYear reports "the year" set off by a comma before at, where "year" starts: "In 2019, the
// year the ban was introduced, …" names a time, while "Earlier this year the ban was lifted" tells news.
func (s *sentence) appositiveYear(at int) bool {
	q, qat := prevToken(s.low, s.sp.start, at)
	if q != "the" {
		return false
	}
	r, _ := prevToken(s.low, s.sp.start, qat)
	_, b := s.clause(at)
	return r == "," && b < s.sp.end
}

// verbalBefore reports that the word of imposing or lifting before ban hit k governs it: right before
// it ("введения запрета", "解除禁令"), or with an English article between ("to lift the ban"), p being the
// word before the ban once the article is passed.
func (s *sentence) verbalBefore(k int, p string) bool {
	switch gapWords(s.low, int(s.hits[k-1].end), int(s.hits[k].pos)) {
	case 0:
		return true
	case 1:
		return p == "lift" || p == "lifting" || p == "impose" || p == "imposing"
	}
	return false
}

// decisionFillers are the words between a time word and a verbal noun of a ban that name a decision on
// it: "before any decision to lift", «до принятия решения о снятии».
var decisionFillers = [...]string{"to", "any", "a", "the", "decision", "of", "on", "about", "о", "об", "решения", "принятия",
	"deciding", "decide", "decides", "whether", "решить", "решать", "решит", "решает", "вопрос", "решение", "принято", "будет",
	"agreeing", "agree"}

// decisionBefore walks back from the word p (which starts at at) over the words of a decision to a word
// of time before them, and returns it and where it starts: "before" for "before any decision to lift
// the ban", «до» for «до принятия решения о снятии запрета». ok is false unless a word of decision was
// passed and a time word reached.
func (s *sentence) decisionBefore(p string, at int) (string, int, bool) {
	if s.lang != "en" && s.lang != "ru" {
		return "", 0, false
	}
	saw := false
	for range 5 {
		filler := false
		for _, w := range decisionFillers {
			filler = filler || p == w
		}
		if !filler {
			break
		}
		saw = saw || p == "decision" || p == "решения" || p == "решение" || p == "agreeing" || p == "agree" || p == "deciding" || p == "decide" || p == "decides" || p == "решить" ||
			p == "решать" || p == "решит" || p == "решает"
		p, at = prevToken(s.low, s.sp.start, at)
	}
	if q, qat := prevToken(s.low, s.sp.start, at); p == "чем" && q == "прежде" {
		p, at = "before", qat // «прежде чем решить вопрос о возобновлении»
	} else if p == "which" && (q == "after" || q == "following") || p == "чего" && q == "после" ||
		(p == "которой" || p == "которого" || p == "которых") && (q == "итогам" || q == "результатам") {
		// "…, after which a decision on lifting the restrictions will be taken", «после чего будет принято
		// решение о снятии», «инспекцию, по итогам которой будет принято решение о снятии»: what the sentence
		// tells comes before the decision.
		p, at = "before", qat
	}
	if saw && p != "before" && p != "until" && p != "до" && decidesAfter(p) {
		// The subject of the decision between: "before Tehran decides whether to reopen its market", «до
		// того как Ташкент решит».
		if q, qat := prevToken(s.low, s.sp.start, at); q == "before" || q == "until" {
			p, at = q, qat
		}
	}
	if !saw || p != "before" && p != "until" && p != "до" {
		return "", 0, false
	}
	return p, at, true
}

// decidesAfter reports a token that can be the subject of a verb of deciding: a word, not a mark.
func decidesAfter(p string) bool {
	return p != "" && isWordRune(firstRune(p)) && p != "to" && p != "and" && p != "и"
}

// decisionFrame reports a lifting named as a decision that a time word puts something before, in the
// languages that frame it around the verb: Chinese "在决定是否恢复…之前" (the decision before the verb, the
// time word closing its clause) and Kazakh "қайта бастау туралы шешім қабылдағанға дейін" (the decision and
// the time word after it). at is where the frame starts.
func (s *sentence) decisionFrame(h hit) (int, bool) {
	switch s.lang {
	case "zh":
		// "在作出恢复进口的决定之前" names the decision after the verb.
		a, b := s.clause(int(h.pos))
		head, tail := s.low[a:h.pos], s.low[h.end:b]
		i := strings.LastIndex(head, "决定")
		if i < 0 || len(head)-i > len("决定是否") {
			if !containsAny(tail, "决定之前", "决定前", "决定以前") {
				return 0, false
			}
			i = len(head)
		}
		if i+len("决定") <= len(head) && hasAnyPrefix(head[i+len("决定"):], "是否", "能否") &&
			hasAnySuffix(strings.TrimSuffix(head[:i], "再"), "后", "之后", "以后") {
			// "检查结束后再决定是否恢复进口": the decision after the check, as «после чего будет принято
			// решение о снятии» is; the time word before it opens the clause.
			return a, true
		}
		if j := strings.LastIndex(head[:i], "在"); j >= 0 {
			i = j
		}
		return a + i, containsAny(tail, "之前", "以前", "决定前")
	case "kk":
		w1, at1 := nextToken(s.low, wordEnd(s.low, int(h.end), s.sp.end), s.sp.end)
		if w1 != "туралы" && w1 != "turaly" {
			return 0, false
		}
		w2, at2 := nextToken(s.low, at1+len(w1), s.sp.end)
		if w2 != "шешім" && w2 != "sheshim" {
			return 0, false
		}
		return int(h.pos), s.postpositionAfter(s.nextWordEnd(at2 + len(w2))) // "шешім қабылдағанға дейін"
	}
	return 0, false
}

// nextWordEnd returns the end of the word after the one that ends at or past end.
func (s *sentence) nextWordEnd(end int) int {
	w, at := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end)
	return at + len(w)
}

// postpositionAfter reports a Kazakh word of time right after the word that ends at or past end:
// "енгізілгенге дейін", "alynǵannan keıin", "салынғанға дейін".
func (s *sentence) postpositionAfter(end int) bool {
	next, _ := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end)
	switch next {
	case "дейін", "deıin", "кейін", "keıin", "соң", "soń", "бұрын", "buryn", "бері", "beri":
		return true
	}
	return false
}

// pendingBefore reports a sentence whose every word of talks or preparation is dated before what it
// tells: "После переговоров ветеринарных служб поставки возобновлены", "following talks", "келіссөздерден
// кейін", "经过…磋商后". The talks are over; the lifting they led to is done.
func (s *sentence) pendingBefore() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fPendingStrong == 0 {
			continue
		}
		p, at := prevToken(s.low, s.sp.start, int(h.pos))
		if p == "of" || p == "the" || p == "многочисленных" || p == "долгих" || p == "several" || p == "lengthy" {
			p, _ = prevToken(s.low, s.sp.start, at)
		}
		before := p == "после" || p == "after" || p == "following" || p == "经过" || p == "经"
		if !before {
			// Kazakh and Chinese put "after" behind: "келіссөздерден кейін", "磋商后".
			rest := s.low[h.end:min(s.sp.end, int(h.end)+40)]
			if i := strings.IndexAny(rest, " ,.;"); i >= 0 {
				rest = rest[i:]
			}
			rest = strings.TrimLeft(rest, " ")
			before = hasAnyPrefix(rest, "кейін", "соң", "keıin", "soń") || isHan(firstRune(s.word(h).pat)) &&
				strings.HasPrefix(s.low[h.end:], "后")
		}
		if !before {
			return false
		}
		n++
	}
	return n > 0
}

// severalOrigins splits a ban on goods from several countries joined by a conjunction into one ban per
// country: "banned imports of poultry from Kazakhstan and Russia" bans Kazakh and Russian poultry.
func (s *sentence) severalOrigins(m agrowatch.Mention) []agrowatch.Mention {
	if m.On == "" {
		return []agrowatch.Mention{m}
	}
	var first *cmention
	for i := range s.cs {
		if c := &s.cs[i]; c.code == m.On && !c.region {
			first = c
			break
		}
	}
	if first == nil {
		return []agrowatch.Mention{m}
	}
	out := []agrowatch.Mention{m}
	seen := map[string]bool{m.On: true, m.By: true}
	var joined [4]string
	for _, b := range s.kkJoinedBefore(first, joined[:0]) {
		// "Бразилия мен Аргентинадан", "Польша, Венгрия және Чехиядан": Kazakh puts the case on the last
		// of joined nouns only.
		if seen[b] {
			continue
		}
		o := m
		o.On = b
		out = append(out, o)
		seen[b] = true
	}
	for i := range s.cs {
		// "巴西牛肉和阿根廷牛肉": the origin nearest the goods may be the last of the list; the ones
		// before it, each with the goods again, are banned alike.
		c := &s.cs[i]
		if c == first {
			break
		}
		if p, _ := prevToken(s.low, s.sp.start, first.pos); !c.region && !seen[c.code] && isConj(p) &&
			s.goodsRepeated(m.Commodity, c, first, c.end) {
			seen[c.code] = true
			o := m
			o.On = c.code
			out = append(out, o)
		}
	}
	prevEnd := first.end
	for i := range s.cs {
		c := &s.cs[i]
		if c.pos <= first.pos || c.region || seen[c.code] {
			continue
		}
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		if (!isConj(p) || (c.role != first.role && !s.regionNamedBy(c) || gapWords(s.low, prevEnd, c.pos) != 1) &&
			!s.goodsRepeated(m.Commodity, first, c, prevEnd)) && !s.commaSeries(i, prevEnd, first.role) {
			break
		}
		seen[c.code] = true
		o := m
		o.On = c.code
		out = append(out, o)
		prevEnd = c.end
	}
	return out
}

// commaSeries reports the country s.cs[i] joined to the one that ends at prev by a bare comma, in a
// series of countries of one role that a conjunction closes: "из Казахстана, Польши и Бразилии",
// "from Poland, Hungary and Romania". A comma alone may open a clause of its own.
func (s *sentence) commaSeries(i, prev int, r role) bool {
	for j := i; j < len(s.cs); j++ {
		c := &s.cs[j]
		if c.region || c.role != r || c.pos < prev {
			return false
		}
		gap := strings.TrimSpace(s.low[wordEnd(s.low, prev, c.pos):c.pos])
		if j > i && isConj(gap) && gap != "," {
			return true
		}
		if gap != "," {
			return false
		}
		prev = c.end
	}
	return false
}

// regionNamedBy reports a country that only qualifies a region right after it: "Russia's Omsk region",
// "俄罗斯鄂木斯克州". Joined to an origin, the region is an origin too, and its country's goods are banned.
func (s *sentence) regionNamedBy(c *cmention) bool {
	if s.lang != "en" && s.lang != "zh" {
		return false // Russian and Kazakh put the country after its region, in the genitive
	}
	if s.lang == "en" && !strings.HasSuffix(s.low[c.pos:c.end], "'s") && !strings.HasPrefix(s.low[c.end:], "'s") {
		return false
	}
	for i := range s.cs {
		if r := &s.cs[i]; r.region && r.code == c.code && r.pos >= c.end && gapWords(s.low, c.end, r.pos) <= 1 {
			return true // a region the country list knows: "俄罗斯鄂木斯克州", "Russia's Omsk region"
		}
	}
	for _, h := range s.hits {
		if int(h.pos) < c.end {
			continue
		}
		if s.word(h).feat&fRegion == 0 {
			return false // the next word the lexicon knows must be the region's
		}
		if s.lang == "zh" {
			between := s.low[c.end:h.pos]
			return runeDist(s.low, c.end, int(h.pos)) <= 6 && !strings.ContainsAny(between, "，、,和与及")
		}
		return gapWords(s.low, c.end, int(h.pos)) <= 2
	}
	return false
}

// originCount counts the countries the sentence names as whose goods or where they come from, regions
// aside.
func (s *sentence) originCount() int {
	n := 0
	for _, c := range s.cs {
		if !c.region && (c.role == roleOrigin || c.role == roleSource) {
			n++
		}
	}
	return n
}

// goodsRepeated reports origins that each name the goods again, joined by a conjunction: "Brazilian
// beef and Argentine beef", «бразильской говядины и аргентинской говядины», "巴西牛肉和阿根廷牛肉". From
// prevEnd (the end of the origin before) only the goods and the conjunction stand before c.
func (s *sentence) goodsRepeated(code string, first, c *cmention, prevEnd int) bool {
	isOrigin := func(c *cmention) bool { return c.role == roleOrigin || c.role == roleSource && s.lang == "zh" }
	if code == "" || !isOrigin(first) || c.role != roleOrigin {
		return false
	}
	for _, h := range s.hits {
		if int(h.pos) < prevEnd {
			continue
		}
		if int(h.pos) >= c.pos {
			break
		}
		w := s.word(h)
		return w.feat&fMeat != 0 && w.code == code && gapWords(s.low, prevEnd, int(h.pos)) == 0 &&
			gapWords(s.low, int(h.end), c.pos) == 1
	}
	return false
}

// kkJoinedBefore returns the countries a Kazakh sentence joins to c with "мен" or "және" right before
// it, with no case of their own ("Бразилия мен Аргентинадан"), and those a bare comma joins before them
// in a series that conjunction closes ("Польша, Венгрия және Чехиядан": the case on the last item only),
// nearest first; or none.
func (s *sentence) kkJoinedBefore(c *cmention, dst []string) []string {
	if s.lang != "kk" {
		return dst
	}
	p, at := prevToken(s.low, s.sp.start, c.pos)
	series := false
	switch p {
	case "мен", "пен", "бен", "men", "pen", "ben", "және", "jáne":
	case ",":
		// A middle item of the series read as the origin: "Polsha, Vengrııa jáne Chehııadan".
		next, _ := nextToken(s.low, wordEnd(s.low, c.end, s.sp.end), s.sp.end)
		if !kkConjunction(next) {
			return dst
		}
		series = true
	default:
		return dst
	}
	for ; ; series = true {
		b := s.kkBareBefore(at, series)
		if b == nil {
			return dst
		}
		dst = append(dst, b.code)
		p, at = prevToken(s.low, s.sp.start, b.pos)
		if p != "," {
			return dst
		}
	}
}

// kkConjunction reports a Kazakh "and".
func kkConjunction(w string) bool {
	switch w {
	case "мен", "пен", "бен", "men", "pen", "ben", "және", "jáne":
		return true
	}
	return false
}

// kkBareBefore returns the country that ends right before at with no case of its own, not in the
// genitive, or nil. One read as the subject is bare; in a series of commas, so is one the rules gave no
// role ("Qazaqstan Polsha, Vengrııa jáne Chehııadan": the holder right before it).
func (s *sentence) kkBareBefore(at int, series bool) *cmention {
	for i := range s.cs {
		b := &s.cs[i]
		if b.end <= at && !b.region && gapWords(s.low, b.end, at) == 0 && (b.role == roleAgent || series && b.role == roleNone) &&
			!hasAnySuffix(s.low[b.pos:b.end], "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń") {
			return b
		}
	}
	return nil
}

// refusalWords decide against the lifting right after them: «не стал отменять», «отказался снять»,
// "refused to lift", "chose not to lift", "拒绝解除". One decided against keeps the ban, as a lifting not
// done does ("has not yet lifted", «до сих пор не снял»: liftsNotDone); one not yet announced is awaited.
var refusalWords = [...]string{"не стал", "не стала", "не стало", "не стали", "отказался", "отказалась",
	"отказалось", "отказались", "отказывается", "отказываются", "решил не", "решила не", "решили не",
	"refused to", "refuses to", "declined to", "declines to", "chose not to", "decided not to", "拒绝", "决定不",
	// A Chinese modal negated before the lifting refuses it, as "will not": "短期内不会开放", "暂不恢复".
	"不会", "暂不", "不予", "不打算", "无意", "不准备"}

// refusedLifting reports a lifting decided against: a word of refusal right before it, or in Kazakh the
// verb of refusal right after its verbal noun: "алып тастаудан бас тартты", "alýdan bas tartty".
func (s *sentence) refusedLifting() bool {
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		if s.lang == "kk" {
			end := int(h.end)
			for end < s.sp.end {
				r, n := decodeRune(s.low, end)
				if !isWordRune(r) {
					break
				}
				end += n
			}
			if after := strings.TrimLeft(s.low[end:s.sp.end], " "); hasAnyPrefix(after, "бас тарт", "bas tart", "қарастырмай",
				"qarastyrmaı", "қарастырылмай", "qarastyrylmaı") {
				return true
			}
			continue
		}
		before := strings.TrimRight(s.low[s.sp.start:h.pos], " ")
		if notConsidered(lastWords(before, 4)) {
			return true
		}
		for _, w := range refusalWords {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		if s.lang == "ru" && refusedIn(before) {
			return true
		}
	}
	return false
}

// notConsidered reports a verb of considering negated in the words before a lifting: «пока не
// рассматривают вопрос о снятии запрета», "is not considering lifting", "does not consider lifting the
// ban". A lifting not even considered is decided against for now, as 暂不考虑解除 is; one considered is
// awaited.
func notConsidered(before string) bool {
	return containsAny(before, "не рассматрива", "не рассматрив", "не будет рассматрива", "not considering",
		"not consider", "not be considering", "no plans to consider", "not even considering")
}

// lastWords returns the end of s that holds its last n words.
func lastWords(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		j := strings.LastIndexByte(s[:i], ' ')
		if j < 0 {
			return s
		}
		i = j
		for i > 0 && s[i-1] == ' ' {
			i--
		}
	}
	return s[i:]
}

// refusedTo returns the country a Russian verb of refusal governs in the dative before "в" («отказал
// Казахстану в возобновлении экспорта»), or "".
func (s *sentence) refusedTo() string {
	if s.lang != "ru" || !s.has(fImposed) {
		return ""
	}
	for _, c := range s.cs {
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		if !strings.HasPrefix(p, "отказал") {
			continue
		}
		if nx, _ := nextToken(s.low, c.end, min(c.end+8, s.sp.end)); nx == "в" || nx == "во" {
			return c.code
		}
	}
	return ""
}

// refusedIn reports Russian text that ends in a verb of refusal, its dative object and "в": the
// lifting after it was refused to someone, «отказал Казахстану в возобновлении экспорта», «отказано в
// снятии ограничений».
func refusedIn(before string) bool {
	rest, ok := strings.CutSuffix(before, " в")
	if !ok {
		if rest, ok = strings.CutSuffix(before, " во"); !ok {
			return false
		}
	}
	f := strings.Fields(rest)
	for i := len(f) - 1; i >= 0 && i >= len(f)-2; i-- {
		if strings.HasPrefix(f[i], "отказал") || strings.HasPrefix(f[i], "отказано") || strings.HasPrefix(f[i], "отказыва") {
			return true
		}
	}
	return false
}

// undecidedWords say that nothing is decided or known yet about what the sentence names.
var undecidedWords = [...]string{"no decision", "no information", "no data", "not been decided", "yet to decide",
	"has not decided", "have not decided", "данных о", "нет данных", "сведений о", "решение не принято",
	"решение пока не принято", "пока не принято", "не принято решение", "решения пока нет", "шешім жоқ", "sheshim joq",
	"шешім әзірге жоқ", "sheshim ázirge joq", "шешім әлі жоқ", "sheshim áli joq", "шешім қабылданған жоқ",
	"sheshim qabyldanǵan joq", "шешім қабылданбаған", "sheshim qabyldanbaǵan", "мәлімет жоқ", "málimet joq",
	"尚未决定", "尚未作出决定", "没有决定", "尚无消息", "暂无消息"}

// undecided reports a word that nothing is decided or known yet: "no decision", «данных о … нет»,
// "шешім жоқ", "尚未决定".
func (s *sentence) undecided() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], undecidedWords[:]...)
}

// additiveOpeners open a sentence that adds to the news before it: «Кроме того», "Сонымен қатар", "此外".
var additiveOpeners = langWords{
	ru: []string{"кроме того", "также", "помимо этого", "вместе с тем"},
	kk: []string{"сонымен қатар", "sonymen qatar", "сондай-ақ", "sondaı-aq", "осымен қатар", "osymen qatar"},
	en: []string{"also", "in addition", "additionally", "meanwhile"},
	zh: []string{"此外", "另外", "同时"},
}

// additiveWords add to what was told: «также», "also", "сондай-ақ", 也.
var additiveWords = langWords{
	ru: []string{"также", "тоже"},
	kk: []string{"сондай-ақ", "sondaı-aq", "сонымен қатар", "sonymen qatar"},
	en: []string{" also ", "also ", " as well"},
	zh: []string{"也", "还将", "还包括"},
}

// addsGoods reports a sentence with a word that adds to what was told: "The restrictions also cover wool".
func (s *sentence) addsGoods() bool {
	return additiveWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

// opensAdditive reports a sentence that opens with one of additiveOpeners.
func (s *sentence) opensAdditive() bool {
	low := s.low[s.sp.start:s.sp.end]
	for _, p := range additiveOpeners.of(s.lang) {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// agentless reports a sentence whose every country is an origin or source of goods: no one is named who
// acts.
func (s *sentence) agentless() bool {
	for _, c := range s.cs {
		if c.role != roleOrigin && c.role != roleSource {
			return false
		}
	}
	return true
}

// registerStems are the stems of a register that plants are entered in to export: «включены в реестр»,
// "тізіліміне енгізілді", "added to the register", "registered for export", "在华注册". The English verb
// alone is no register: "dairy processors registered 890 sprayers".
var registerStems = [...]string{"реестр", "тізілім", "tizilim", "the register", "its register", "in register", "into register", "registration", "registered for", "注册",
	"в список", "в перечень", "list of", "тізіміне", "tizimine"}

// registerEntry reports a word of lifting among hits that enters plants in a register: a lifting, and a
// verb of trade of its own.
func registerEntry(words []word, hits []hit) bool {
	for _, h := range hits {
		if w := &words[h.w]; w.feat&fLifted != 0 && containsAny(w.pat, registerStems[:]...) {
			return true
		}
	}
	return false
}

// registerDone reports plants entered in a register as done: the Kazakh past «тізіліміне енгізілді» (not
// the present «енгізіледі»), the Russian short participle «включены в реестр», the English passive "were
// added to the register". An entry that plants must wait for ("before they can be added") is none.
func registerDone(words []word, low string, hits []hit) bool {
	for _, h := range hits {
		w := &words[h.w]
		if w.feat&fLifted == 0 || !containsAny(w.pat, registerStems[:]...) {
			continue
		}
		end := wordEnd(low, int(h.end), len(low))
		switch {
		case containsAny(w.pat, "тізілім", "tizilim", "тізім", "tizim"):
			// The passive past and the agency's own active past: "тізіліміне енгізілді", "tizimine engizdi".
			if hasAnySuffix(low[h.pos:end], "лді", "лды", "ldi", "ldy", "зді", "zdi") {
				return true
			}
		case containsAny(w.pat, "реестр"):
			return true
		case containsAny(w.pat, "register"):
			p, at := prevToken(low, 0, int(h.pos))
			if p == "later" || p == "also" || p == "all" {
				p, _ = prevToken(low, 0, at)
			}
			if p == "were" || p == "was" {
				return true
			}
		}
	}
	return false
}

// agencyRefWords name the agency the article is about by its kind, as a pronoun does: "the watchdog
// restricted", «ведомство ввело», "该局暂停".
var agencyRefWords = langWords{
	en: []string{"watchdog", "regulator", "agency", "ministry"},
	ru: []string{"ведомство", "регулятор"},
	zh: []string{"该局", "该部", "该机构", "该部门", "该署"},
}

// pronounActs reports a pronoun of a country right before the sentence's first word of imposing or
// lifting: "it lifted", «он снял», "ол алып тастады", "该国解除"; or the agency named by its kind
// ("the watchdog restricted", «ведомство ввело», "该局暂停").
func (s *sentence) pronounActs() bool {
	for _, h := range s.hits {
		if s.word(h).feat&(fImposed|fLifted) == 0 {
			continue
		}
		if s.lang == "zh" {
			before := s.low[s.sp.start:h.pos]
			for _, p := range agencyRefWords.zh {
				if strings.HasSuffix(before, p) || strings.HasSuffix(before, p+"还") {
					return true
				}
			}
			return strings.HasSuffix(before, "该国") || strings.HasSuffix(before, "该国还")
		}
		if s.lang == "kk" {
			// Kazakh puts the verb last: the pronoun opens the sentence, or follows its first word
			// ("Сондай-ақ ол …").
			f := strings.Fields(s.low[s.sp.start:h.pos])
			return len(f) > 0 && (f[0] == "ол" || f[0] == "ol") || len(f) > 1 && (f[1] == "ол" || f[1] == "ol")
		}
		p, at := prevToken(s.low, s.sp.start, int(h.pos))
		if p == "also" || p == "later" || p == "также" {
			p, at = prevToken(s.low, s.sp.start, at) // "the ministry also lifted", «ведомство также ввело»
		}
		if q, _ := prevToken(s.low, s.sp.start, at); (q == "the" || s.lang == "ru") && slices.Contains(agencyRefWords.of(s.lang), p) {
			return true // "the watchdog restricted", «ведомство ввело»
		}
		return p == "it" || p == "он"
	}
	return false
}

// namesChange reports a word of a figure that changed, with no unit named: "Из-за ограничений экспорт
// говядины сократился вдвое", "Beef exports halved because of the restrictions", "шектеулер салдарынан
// экспорт екі есе азайды", "由于限制，牛肉出口减少一半". Verbs of a steep fall count as well ("slumped
// by half", «рухнул», "күрт құлдырады", "大幅下滑").
func (s *sentence) namesChange() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "сократил", "снизил", "упал", "вдвое", "halved", "fell ",
		"dropped", "declined", "plunged", "drop in", "fall in", "decline in", "rise in", "%", "азайды", "azaıdy", "төмендеді", "tómendedi", "қысқарды", "qysqardy",
		"екі есе", "eki ese", "减少", "下降", "减半", "锐减",
		// A fraction moved is a change: «на треть», "by a third", "үштен бірге", 三分之一.
		"на треть", "на четверть", "наполовину", "by a third", "by a quarter", "үштен бір", "üshten bir", "төрттен бір",
		"tórtten bir", "三分之一", "四分之一", "一半",
		"slump", "tumbl", "plummet", "by half", "shrank", "рухнул", "обвалил", "просел", "құлдыра", "quldyra", "下滑", "骤降", "暴跌")
}

// namesPrices reports a word of prices: "prices", «цены», "бағасы", "价格".
func (s *sentence) namesPrices() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "price", "цены", "цен ", "ценам", "ценах", "бағас", "baǵas", "价格",
		"价上涨", "价下跌", "价上升", "价下降", "批发价")
}

// wantWords say that those named before them (in Kazakh after them) wish or mean to do what follows:
// «предприятия, желающие получить право экспорта», "plants seeking to obtain access", "экспорттау
// құқығын алғысы келетін кәсіпорындар", "eksporttaýǵa nıetti kásiporyndar".
var wantWords = langWords{
	ru: []string{"желающ", "желает", "желают", "хотят", "хочет", "хотящ", "стремящ", "стремят", "намерен", "планирующ",
		"претендующ", "рассчитывающ"},
	en: []string{"wishing to", "wish to", "wishes to", "want to", "wants to", "wanting to", "seeking to", "seek to",
		"seeks to", "hoping to", "hope to", "keen to", "aiming to", "aim to", "planning to", "plan to", "intending to",
		"intend to", "eager to", "applying to", "applying for", "apply for"},
	kk: []string{"ниетті", "nıetti", "ниет білдірген", "nıet bildirgen", "ғысы келетін", "гісі келетін", "қысы келетін",
		"кісі келетін", "ǵysy keletin", "gisi keletin", "qysy keletin", "kisi keletin", "қалайтын", "qalaıtyn",
		"үміткер", "úmitker"},
}

// wanterNouns name those who can wish for access: plants, companies, exporters, producers.
var wanterNouns = [...]string{"завод", "предприят", "фабрик", "комбинат", "компани", "бойн", "экспортер", "экспортёр",
	"производител", "переработчик", "поставщик", "plant", "enterprise", "factor", "facilit", "slaughterhouse",
	"abattoir", "compan", "firm", "processor", "exporter", "producer", "supplier", "кәсіпор", "kásipor", "компания",
	"kompanıa", "экспорттаушы", "eksporttaýshy", "өндіруші", "óndirýshi", "зауыт", "zaýyt", "фабрика", "fabrıka"}

// liftsOnlyWanted reports a sentence with no word of a ban, of its being in force or of asking whose
// every word of lifting is access plants wish for or must first get: governed by a word of wish that
// qualifies plants («предприятия, желающие получить право экспорта…, должны пройти аудит», "plants
// wishing to obtain the right to export", "құқығын алғысы келетін кәсіпорындар"), or an entry in a
// register or a right that a word of obligation governs ("must first be entered in the register",
// «должны быть включены в реестр», "тізіліміне енгізілуі тиіс", "须先进入准入名单"). Both are conditions of
// trade, no lifting.
func (s *sentence) liftsOnlyWanted() bool {
	if !s.has(fLifted) || s.has(fBanNoun|fImposed|fInForce|fAsk|fBanRef) {
		return false
	}
	if s.lang == "zh" {
		// "哈萨克斯坦企业须先进入准入名单才能对华出口牛肉": a word of obligation before each lifting in its clause.
		return s.everyHit(fLifted, func(h hit, _ *word) bool {
			a, _ := s.clause(int(h.pos))
			return containsAny(s.low[a:h.pos], "须", "必须", "需要", "需先", "应当")
		})
	}
	words := wantWords.of(s.lang)
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fLifted == 0 {
			continue
		}
		if !s.wantedAt(h, words) && !s.obligedEntry(h, w) {
			return false
		}
		n++
	}
	return n > 0
}

// wantedAt reports a word of wish that governs the lifting at h, at most three words from it, and that
// qualifies a noun of plants at most one word from it (a relative pronoun and a comma aside):
// "plants that want to get access", «мясокомбинаты, которые хотят получить доступ»; in Kazakh the wish
// follows the lifting and the plants follow the wish.
func (s *sentence) wantedAt(h hit, words []string) bool {
	if s.lang == "kk" {
		// Word by word, so that every Latin spelling is read: the wish within three words after the
		// lifting, the plants within three words after the wish.
		var toks [7]string
		n, end := 0, wordEnd(s.low, int(h.end), s.sp.end)
		for n < len(toks) {
			t, p := nextToken(s.low, end, s.sp.end)
			if t == "" {
				break
			}
			toks[n], end = t, p+len(t)
			n++
		}
		for k := 0; k < 3 && k < n; k++ {
			pair := toks[k]
			if k+1 < n {
				pair += " " + toks[k+1]
			}
			if !containsAny(pair, words...) {
				continue
			}
			for j := k + 1; j < n && j <= k+3; j++ {
				if hasAnyPrefix(toks[j], wanterNouns[:]...) {
					return true
				}
			}
			return false
		}
		return false
	}
	pre := s.low[max(s.sp.start, int(h.pos)-120):h.pos]
	for _, ww := range words {
		i := strings.LastIndex(pre, ww)
		if i < 0 {
			continue
		}
		at := int(h.pos) - len(pre) + i
		if g := gapWords(s.low, at+len(ww), int(h.pos)); g < 0 || g > 3 {
			continue
		}
		before := strings.TrimRight(s.low[max(s.sp.start, at-80):at], " ,")
		t, p := prevToken(s.low, max(s.sp.start, at-80), len(before)+max(s.sp.start, at-80))
		if isRelPronoun(t) || t == "are" || t == "is" {
			t, p = prevToken(s.low, max(s.sp.start, at-80), p)
			if isRelPronoun(t) {
				t, _ = prevToken(s.low, max(s.sp.start, at-80), p)
			}
			t = strings.TrimRight(t, ",")
		}
		if containsAny(t, wanterNouns[:]...) {
			return true
		}
	}
	return false
}

// obligedEntry reports an entry in a register or a right to ship, the lifting w at h, that a word of
// obligation governs: before it in its clause, at most three words away ("must first be added to the
// register", «должны быть включены в реестр»), or in Kazakh after it, at most four words away
// ("тізіліміне енгізілуі және инспекциядан өтуі тиіс").
func (s *sentence) obligedEntry(h hit, w *word) bool {
	if w.feat&fShip == 0 && !containsAny(w.pat, registerStems[:]...) {
		return false
	}
	a, _ := s.clause(int(h.pos))
	if s.lang == "kk" {
		end := int(h.end)
		for k := 0; k < 5; k++ {
			t, p := nextToken(s.low, end, s.sp.end)
			if t == "" {
				break
			}
			if containsAny(t, obligationWords[:]...) {
				return true
			}
			end = p + len(t)
		}
		return false
	}
	// Four words before the goal, not counting the space before it: "must first be added to its list".
	return containsAny(lastWords(strings.TrimRight(s.low[max(a, int(h.pos)-80):h.pos], " "), 4), obligationWords[:]...)
}

// threatWords make what follows them a ban that may come: a threat or warning of one, or one told
// possible («пригрозил ввести ограничения», «грозит запрет», «о возможном введении», «не исключают
// возобновления ограничений», "threatened to ban", "the threat of a ban", "a possible ban", "does not rule
// out a ban", "тыйым саламыз деп қорқытты", "тыйым саламыз деп ескертті", "ықтимал тыйым").
// rumourWords make it hearsay («слухи о том, что Китай приостановит», "rumours that", "allegedly",
// "сыбыс"). Neither is a ban.
var (
	threatWords = langWords{
		ru: []string{"пригроз", "грозит", "грозят", "угрожа", "угроз", "возможном", "возможного", "возможное", "возможный",
			"возможным", "потенциальн", "вероятн", "предупредил о", "предупредила о", "предупредили о", "не исключа"},
		en: []string{"threat", "possible", "potential", "likely", "warned of", "warns of", "warning of", "not rule out",
			"not ruling out"},
		// The speaker's own ban to come, quoted: "тыйым саламыз деп ескертті" (we will ban, it warned).
		kk: []string{"қорқыт", "qorqyt", "ықтимал", "yqtımal", "саламыз", "salamyz", "енгіземіз", "engizemiz"},
	}
	rumourWords = langWords{
		ru: []string{"слух", "якобы", "неподтвержд", "не подтвержд"},
		en: []string{"rumour", "rumor", "allegedly", "unconfirmed", "not confirmed", "speculation"},
		kk: []string{"сыбыс", "sybys", "расталмаған", "rastalmaǵan"},
	}
)

// banThreatened reports a sentence with no word of lifting, of a ban in force or of asking whose every
// word of imposing or ban is governed by a word of threat at most four words before it in its clause (in
// Kazakh at most three words after it), or by a word of rumour at most eight words before it.
func (s *sentence) banThreatened() bool {
	if s.lang == "zh" || s.has(fLifted|fInForce|fAsk) {
		return false
	}
	threats, rumours := threatWords.of(s.lang), rumourWords.of(s.lang)
	if !containsAny(s.low[s.sp.start:s.sp.end], threats...) && !containsAny(s.low[s.sp.start:s.sp.end], rumours...) {
		return false // most sentences
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&(fImposed|fBanNoun) == 0 {
			continue
		}
		a, _ := s.clause(int(h.pos))
		from := max(a, int(h.pos)-80)
		// A threat of a disease is the cause of a ban, not a ban threatened: «из-за угрозы распространения
		// ящура Россия ввела запрет».
		governed := containsAny(lastWords(strings.TrimRight(s.low[max(s.sp.start, int(h.pos)-160):h.pos], " "), 8), rumours...) ||
			containsAny(lastWords(strings.TrimRight(s.low[from:h.pos], " "), 4), threats...) && s.featsIn(from, int(h.pos))&fCause == 0
		if !governed && s.lang == "kk" {
			end := int(h.end)
			for k := 0; k < 3 && !governed; k++ {
				t, p := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end)
				if t == "" {
					break
				}
				governed = containsAny(t, threats...) && s.featsIn(int(h.end), p)&fCause == 0
				end = p + len(t)
			}
		}
		if !governed {
			return false
		}
		n++
	}
	return n > 0
}
