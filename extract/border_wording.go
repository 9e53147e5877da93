package extract

import (
	"strconv"
	"strings"

	"agrowatch"
)

// fearedDelay reports a delay that is only feared or warned of: "Перевозчики опасаются, что … вновь
// образуются очереди", "Hauliers fear long queues at Nur Zholy", "кезек пайда болады деп алаңдайды",
// "物流企业担心…会再次出现拥堵". Nothing waits yet, so it is no delay.
func (s *sentence) fearedDelay() bool {
	return fearWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var fearWords = langWords{
	ru: []string{"опасают", "опасается", "опасаются", "опасения", "опасениям", "боятся", "опасаясь"},
	kk: []string{"алаңда", "қауіптен", "қорқад", "alańda", "qaýiptene", "qorqad"},
	en: []string{"fear ", "fears ", "feared ", "worried that", "worry that", "worried about", "concern that", "concerned that"},
	zh: []string{"担心", "担忧", "忧虑", "恐将", "或将出现"},
}

// warnedDelay reports a delay named as possible: «возможны задержки», "delays are possible", "кідірістер
// болуы мүмкін", "可能出现拥堵". border reads it only where nothing is counted as waiting: "300 trucks are
// waiting and the queue may grow" reports the trucks.
func (s *sentence) warnedDelay() bool {
	return warnWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var warnWords = langWords{
	ru: []string{"возможны задержки", "возможны очереди", "возможны заторы", "задержки возможны", "очереди возможны",
		"возможно образование", "могут возникнуть", "могут образоваться", "может образоваться", "может возникнуть"},
	kk: []string{"болуы мүмкін", "boluy múmkin", "туындауы мүмкін", "týyndaýy múmkin", "пайда болуы мүмкін",
		"paıda boluy múmkin"},
	en: []string{"delays are possible", "possible delays", "delays may occur", "delays could occur", "queues may form",
		"queues could form", "may face delays", "could face delays", "may experience delays", "could see delays"},
	zh: []string{"可能出现", "或将出现", "可能发生", "可能造成"},
}

// avoidedDelay reports a delay named only as what is to be avoided, prevented or cut: "новый терминал
// позволит избежать очередей", "will help avoid queues", "кезектерді болдырмауға көмектеседі", "有助于避免拥堵",
// "KTZ plans to reduce waiting times", «обсудили сокращение очередей». Nothing is said to wait.
//
// Every word of delay must follow such a word within a few words, as its object: "China reduced
// acceptance at Alashankou to avoid congestion" and "Khorgos was closed to avoid queues" report a cut
// and a closure.
func (s *sentence) avoidedDelay() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fDelay == 0 {
			continue
		}
		a, b := max(int(h.pos)-40, s.sp.start), int(h.end)
		ga, gb := a, int(h.pos) // the words of a goal, outside the delay word
		if s.lang == "kk" {
			a, b = int(h.pos), min(int(h.end)+40, s.sp.end) // the verb after its object: "кезектерді болдырмау"
			ga, gb = int(h.end), b
		}
		if !avoidWords.in(s.lang, s.low[a:b]) && !reduceGoalWords.in(s.lang, s.low[ga:gb]) {
			return false
		}
		n++
	}
	return n > 0 && !s.reducedAcceptance()
}

var avoidWords = langWords{
	ru: []string{"избежать", "избегать", "предотврат", "не допустить", "сократить время ожидания", "сократить очеред",
		"уменьшить очеред", "снизить время ожидания"},
	kk: []string{"болдырмау", "boldyrmaý", "алдын алу", "aldyn alý", "кезекті азайту", "kezekti azaıtý"},
	en: []string{"avoid", "prevent", "reduce waiting", "reduce queues", "cut waiting", "cut queues", "shorten waiting"},
	zh: []string{"避免", "防止", "预防", "缩短等待", "减少排队"},
}

// reduceGoalWords name the reducing of a delay as a goal, a measure or a subject of talks, the delay word
// their object ("обсудили сокращение очередей", "меры по сокращению простоев", "to reduce delays",
// "кідірісін азайту шаралары", "就减少…拥堵问题进行了磋商"): they are looked for outside the delay word, for
// «снижение приема» is itself a cut in acceptance.
var reduceGoalWords = langWords{
	ru: []string{"сокращени", "сокращению", "снижени", "уменьшени", "сократить", "снизить", "уменьшить"},
	kk: []string{"азайту", "azaıtý", "қысқарту", "qysqartý", "төмендету", "tómendetý"},
	en: []string{"reduce ", "reducing ", "to ease ", "to cut ", "to shorten "},
	zh: []string{"减少"},
}

// routeJoined reports two crossings joined as a route by words rather than a dash, between being the
// text between them: "阿尔腾科里至霍尔果斯", "between Dostyk and Alashankou", «между Достыком и
// Алашанькоу», "Достық пен Алашаңқой арасында", "Dostyq pen Alashańqoı arasynda".
func (s *sentence) routeJoined(between string, pos, end int) bool {
	switch between {
	case "至":
		return true
	case "and", "и":
		p, _ := prevToken(s.low, s.sp.start, pos)
		return p == "between" || p == "между"
	case "пен", "мен", "бен", "pen", "men", "ben":
		// "Алашаңқой": the name ends past its stem.
		next, _ := nextToken(s.low, wordEnd(s.low, end, s.sp.end), s.sp.end)
		return hasAnyPrefix(next, "арасы", "arasy")
	}
	return false
}

// dayAdjective reads a number of days written as one adjective: "five-day" (a closure of five days),
// «трёхдневного», «пятидневный». The Kazakh "бес күндік" and the Chinese "三天的" are a number and a
// unit, read as such.
func dayAdjective(w string) (float64, bool) {
	if n, ok := strings.CutSuffix(w, "-day"); ok {
		v, ok := numberWords[n]
		return v, ok
	}
	i := strings.Index(w, "дневн")
	if i <= 0 {
		i = strings.Index(w, "суточн") // «после трёхсуточной остановки»
	}
	if i <= 0 {
		return 0, false
	}
	v, ok := dayStems[w[:i]]
	return v, ok
}

// ordinalDay reads the day a wait has reached, an ordinal before the word of day: «третий день стоят»,
// «пятые сутки», "for a third day", "үшінші күн". next is the word after w.
func ordinalDay(w, next string) (float64, bool) {
	if !dayNoun(next) {
		return 0, false
	}
	v, ok := ordinalDays[w]
	return v, ok
}

// dayNoun reports the word of day an ordinal counts: «день», «сутки», "day", «күн», «тәулік», in
// every Latin spelling ("kun", "taulik").
func dayNoun(w string) bool {
	switch w {
	case "день", "сутки", "day", "күн", "күні", "тәулік", "тәулігі":
		return true
	}
	return kkIs(w, "kún", "kúni", "táýlik", "táýligi")
}

// digitOrdinalDay reads an ordinal written in digits before a word of day, the number being
// low[i:e] and v its value: «4й день», «4-й день», "3rd day", "4th day", "4-ші тәулік", "5-shi kún".
// What follows the day must let it count the wait, as for ordinals in words (borderCountsIn): "the
// 3rd day of the fair" dates.
func (s *sentence) digitOrdinalDay(low string, i, e int, v float64) (float64, bool) {
	if v < 2 || v > 60 || v != float64(int(v)) {
		return 0, false
	}
	k := e
	if k < len(low) && low[k] == '-' {
		k++
	}
	suf, k2 := token(low, k)
	switch {
	case s.lang == "ru" && (suf == "й" || suf == "ый" || suf == "ой" || suf == "ий" || suf == "е" || suf == "ые"):
	case s.lang == "en" && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th"):
	case s.lang == "kk" && (suf == "ші" || suf == "шы" || kkIs(suf, "shi", "shy", "inshi", "ynshy")):
	default:
		return 0, false
	}
	next, ne := token(low, skipSpaces(low, k2))
	if runOfDays(next) {
		next, ne = token(low, skipSpaces(low, ne))
	}
	if !dayNoun(next) {
		return 0, false
	}
	if after, _ := token(low, skipSpaces(low, ne)); after == "of" || ruGenitive(s.lang, after) {
		return 0, false
	}
	if p, _ := prevToken(low, 0, i); p == "on" || p == "на" || p == "в" || p == "by" {
		return 0, false // "on the 3rd day", «на 4-й день»: a date in the wait, not its length
	}
	return v, true
}

// dayNumbered reads the English "day 5" of a chat, the day of the wait the writer has reached: "day 5
// at khorgos". w is the word at low[i:e]; a day of a date or of a schedule ("on day 5", "day 5 of the
// talks", "by day 3") counts nothing.
func (s *sentence) dayNumbered(low string, i int, w string, e int) (float64, bool) {
	if s.lang != "en" || w != "day" {
		return 0, false
	}
	k := skipSpaces(low, e)
	if k >= len(low) || !isDigit(low[k]) {
		return 0, false
	}
	ne := k
	for ne < len(low) && isDigit(low[ne]) {
		ne++
	}
	v, err := strconv.Atoi(low[k:ne])
	if err != nil || v < 2 || v > 60 || ne < len(low) && isWordRune(firstRune(low[ne:])) {
		return 0, false // "day 5th", "day 2025x": no count of the wait
	}
	if after, _ := token(low, skipSpaces(low, ne)); after == "of" {
		return 0, false
	}
	switch p, _ := prevToken(low, 0, i); p {
	case "on", "by", "from", "until", "till", "since", "after", "before", "per", "a", "each", "every":
		return 0, false
	}
	return float64(v), true
}

// delayOnlyPast reports a sentence whose delays are all negated (none now) but those of a clause dated a
// year or more back: "A year ago, the queue … stretched to 400 trucks; this week … no waiting", «Год
// назад очередь достигала 400 фур, сейчас очередей нет».
//
// The date opens the sentence's past part: every delay not negated follows it, and every negated one
// follows those. "A year ago there were no queues; now 400 trucks are waiting" is a delay now.
func (s *sentence) delayOnlyPast() bool {
	at := pastDelayWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end <= 0 {
		return false
	}
	from := s.sp.start + at.start
	negated, past := false, false
	for _, h := range s.hits {
		if s.word(h).feat&fDelay == 0 || int(h.pos) < from {
			continue
		}
		if s.negatedAt(int(h.pos), int(h.end)) {
			negated = true
			continue
		}
		if negated {
			return false // a delay after the one denied: now
		}
		past = true
	}
	return negated && past
}

// pastDelayWords date a clause a year or more back, by language.
//
// A time named back by "then" after a comparison opens the past part too: «Ситуация на Достыке лучше
// прошлогодней: тогда простой доходил до 20 суток, сейчас очередей практически нет».
var pastDelayWords = langWords{
	ru: []string{"назад", "в прошлом году", "годом ранее", "прошлогодн", "тогда"},
	kk: []string{"жыл бұрын", "өткен жылы", "jyl buryn", "ótken jyly", "былтыр", "bıltyr", "ол кезде", "ol kezde"},
	en: []string{" ago", "last year", "a year earlier", "back then", "at that time"},
	zh: []string{"去年", "年前", "当时", "那时"},
}

// ruGenitive reports a Russian noun in the genitive after the day, whose day it is: «третий день
// выставки», «пятый день переговоров». Verbs and adverbs after it («стоят», «подряд») are none.
func ruGenitive(lang, w string) bool {
	return lang == "ru" && len(w) > 4 && hasAnySuffix(w, "и", "ы", "а", "я", "ов", "ев", "ей")
}

// runOfDays reports a word between an ordinal and its day that makes the days one run: "a third straight
// day", "the fifth consecutive day", «третий день подряд» (after it: nothing to skip).
func runOfDays(w string) bool {
	return w == "straight" || w == "consecutive" || w == "successive" || w == "running"
}

// isOrdinalDay reports one of ordinalDays.
func isOrdinalDay(w string) bool {
	_, ok := ordinalDays[w]
	return ok
}

// ordinalDays are the ordinals of ordinalDay, by their forms before «день», «сутки», "day" and «күн».
var ordinalDays = withKKKeys(map[string]float64{"второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4, "пятый": 5,
	"шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "вторые": 2, "третьи": 3,
	"четвертые": 4, "четвёртые": 4, "пятые": 5, "шестые": 6, "седьмые": 7, "восьмые": 8, "девятые": 9, "десятые": 10,
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "жетінші": 7, "ekinshi": 2, "úshinshi": 3,
	"tórtinshi": 4, "besinshi": 5, "altynshy": 6, "jetinshi": 7, "сегізінші": 8, "тоғызыншы": 9, "оныншы": 10,
	"segizinshi": 8, "toǵyzynshy": 9, "onynshy": 10})

// dayStems are the Russian number stems of a compound with «-дневный».
var dayStems = map[string]float64{"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
	"шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "пятнадцати": 15}

// expectedEnd reports an end of delay that is only planned or expected: «нормализовать ситуацию на
// Достыке планируют не раньше конца месяца», "KTZ expects the backlog to clear", "天气好转后将恢复通行",
// "қозғалыс келесі аптада қалпына келеді деп күтілуде". The delay goes on.
func (s *sentence) expectedEnd() bool {
	return expectedEndWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var expectedEndWords = langWords{
	ru: []string{"планируют", "планирует", "планируется", "ожидается", "ожидают, что", "рассчитывают", "не раньше"},
	kk: []string{"жоспарла", "josparla", "күтілуде", "kútilýde", "деп күтеді", "dep kútedi"},
	en: []string{"expects", "expected to", "will resume", "will be restored", "will reopen", "is due to", "are due to"},
	// An end being worked for: "铁路部门正组织疏运", "力争三天内疏通".
	zh: []string{"将恢复", "预计", "有望", "计划于", "正组织", "正在组织", "力争", "争取"},
}

// clearedInHours reports a time of passing counted in hours: "cleared within hours", «в течение
// нескольких часов», "бірнеше сағат ішінде", "几小时内". Hours are how long traffic takes to pass, not
// how long it waited; a time of day ("at 10 hours", «в 9 часов») is none.
func (s *sentence) clearedInHours() bool {
	low := s.low[s.sp.start:s.sp.end]
	if !hourWords.in(s.lang, low) {
		return false // most sentences: no word of hours
	}
	return withinWords.in(s.lang, low)
}

var (
	hourWords   = langWords{ru: []string{"час"}, kk: []string{"сағат", "saǵat"}, en: []string{"hour"}, zh: []string{"小时"}}
	withinWords = langWords{
		ru: []string{"в течение часа", "в течение нескольких часов", "в течение пары часов", "в течение двух часов",
			"в течение трех часов", "в течение трёх часов", "за несколько часов", "за пару часов", "за считанные часы",
			"за час", "за два часа", "за три часа"},
		kk: []string{"сағат ішінде", "saǵat ishinde", "сағаттың ішінде", "saǵattyń ishinde"},
		en: []string{"within hours", "within an hour", "within a few hours", "within a couple of hours", "within two hours",
			"within three hours", "in a few hours", "in less than an hour", "in under an hour"},
		zh: []string{"小时内", "小时之内"},
	}
)

// reducedAcceptance reports fewer trains accepted or handed over at a crossing, the words apart:
// "Handover at Altynkol was halved to six trains a day", "пойыздарды қабылдауды тәулігіне 7 пойызға
// дейін азайтты", "qabyldaý kólemi qysqaryp", "交接量减少至每天6列", «сократил приём поездов».
func (s *sentence) reducedAcceptance() bool {
	low := s.low[s.sp.start:s.sp.end]
	return acceptWords.in(s.lang, low) && reduceWords.in(s.lang, low)
}

// acceptanceCut reports reducedAcceptance in a sentence of any language: it lets a crossing named
// with fewer trains accepted, and no word of delay, be read as a delay.
func acceptanceCut(low string) bool {
	for _, l := range [...]string{"ru", "kk", "en", "zh"} {
		if acceptWords.in(l, low) && reduceWords.in(l, low) {
			return true
		}
	}
	return false
}

var acceptWords = langWords{
	ru: []string{"прием", "приём", "передач", "передава", "принима", "погрузк"},
	kk: []string{"қабылда", "qabylda", "тапсыр", "tapsyr"},
	en: []string{"handover", "acceptance", "accepting", "handed over", "accepted", "loading", "trains a day", "trains per day"},
	zh: []string{"交接", "接车", "接收", "接卸"},
}

var reduceWords = langWords{
	// Fewer than before: «принимает 12 поездов в сутки вместо 16», "accepted only nine trains a day instead of 14".
	ru: []string{"сократ", "сокращ", "сниз", "уменьш", "огранич", "замедл", "вместо"},
	kk: []string{"азайт", "azaıt", "қысқар", "qysqar", "төмендет", "tómendet", "орнына", "ornyna"},
	en: []string{"halved", " cut ", "reduced", "fewer", "lowered", "restricted", "limited", "instead of", "accepted only",
		"accepting only", "accepts only", "only accepted", "taking only", "takes only", "took only"},
	// Handover slowed: "列车交接明显放缓".
	zh: []string{"减少", "下降", "降至", "压缩", "放缓"},
}

// sampledLot reports samples taken from a lot: «отобрали пробы из партии», "samples were taken from a
// consignment", "партиясынан сынама алынды", "对该批货物进行抽样".
func (s *sentence) sampledLot() bool {
	return sampleWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var sampleWords = langWords{
	ru: []string{"пробы из", "проб из", "отбор проб", "отобрали пробы"},
	kk: []string{"сынама ал", "synama al"},
	en: []string{"samples from", "samples were taken", "sampled"},
	zh: []string{"抽样", "采样", "取样"},
}

// heldWithoutPapers reports goods held for want of certificates: «задержано 60 тонн зерна без
// фитосанитарных сертификатов», "40 tonnes held without phytosanitary certificates". A lot stopped by
// an inspector is no traffic waiting at the crossing.
func (s *sentence) heldWithoutPapers() bool {
	return paperWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var paperWords = langWords{
	// The papers that go with a cargo, of any name: «без сопроводительных документов», "without
	// accompanying documents", "ілеспе құжаттарсыз".
	ru: []string{"без фитосанитарн", "без ветеринарн", "без сертификат", "без сопроводительн", "без товаросопроводительн",
		"без надлежащих документ", "без необходимых документ",
		// The papers told missing: «из-за отсутствия фитосанитарных сертификатов», «не оказалось сертификатов».
		"отсутствия фитосанитарн", "отсутствия ветеринарн", "отсутствия сертификат", "отсутствия сопроводительн",
		"отсутствия документ", "не оказалось сертификат", "не оказалось документ"},
	kk: []string{"сертификатсыз", "sertıfıkatsyz", "sertifikatsyz", "құжаттарсыз", "qujattarsyz",
		"сертификаттары болмағ", "sertıfıkattary bolmaǵ", "құжаттары болмағ", "qujattary bolmaǵ",
		"сертификаты болмағ", "sertıfıkaty bolmaǵ"},
	en: []string{"without phytosanitary", "without veterinary", "without certificates", "without a certificate",
		"without accompanying documents", "without proper documents", "without the necessary documents",
		// The papers told missing: "because their phytosanitary certificates were missing", "lacking
		// certificates", "for missing paperwork".
		"certificates were missing", "certificate was missing", "documents were missing", "papers were missing",
		"missing certificates", "missing phytosanitary", "missing veterinary", "missing documents", "missing paperwork",
		"lacking certificates", "lacked certificates", "lacked the necessary", "lacked phytosanitary"},
	zh: []string{"无植物检疫证书", "没有植物检疫证书", "无检疫证书", "未附"},
}

// waitedWeek reports a wait of a week, written without a number of days: "Some have stood for a
// week", «стоят уже неделю», "бір аптадан бері тұр", "滞留长达一周". A week from now («через неделю»)
// or a week past («на прошлой неделе») is no wait.
func (s *sentence) waitedWeek() bool {
	low := s.low[s.sp.start:s.sp.end]
	if !weekStems.in(s.lang, low) {
		return false // most sentences: every word of weekWords and weekLong holds a stem
	}
	return weekWords.in(s.lang, low) || s.weekLong()
}

// weekStems are what every phrase of weekWords, and the week of weekLong, holds, by language.
var weekStems = langWords{ru: []string{"недел"}, kk: []string{"апта", "apta"}, en: []string{"week"}, zh: []string{"一周"}}

// weekLong reports a week as a length of time: the Russian accusative «неделю» ("стоят почти неделю"),
// the English "a week" ("stuck for nearly a week", "waiting a week"). A week from now («через неделю», "in a week"), a week
// back («неделю назад», "a week ago", "a week later") and one of rates ("a week" after a count: "ten
// trains a week") date or measure nothing that waited.
func (s *sentence) weekLong() bool {
	var w string
	switch s.lang {
	case "ru":
		w = "неделю"
	case "en":
		w = "a week"
	default:
		return false
	}
	low := s.low[:s.sp.end]
	for at := s.sp.start; ; {
		i := strings.Index(low[at:], w)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(w)
		if i > 0 && isWordRune(prevRune(low, i)) || at < len(low) && isWordRune(firstRune(low[at:])) {
			continue // inside a longer word: "неделями"
		}
		p, _ := prevToken(low, s.sp.start, i)
		n, _ := nextToken(low, at, s.sp.end)
		switch {
		case p == "через" || p == "in" || p == "within" || p == "per" || p == "once" || isDigit(lastByte(p)):
		case n == "назад" || n == "ago" || n == "later" || n == "earlier" || n == "before":
		case s.lang == "en" && p != "for" && p != "nearly" && p != "almost" && p != "about" && p != "over" && p != "to" &&
			p != "than" && p != "around" && !waitVerbs[p]:
			// "trains a week": a rate; only a duration's own words lead "a week".
		default:
			return true
		}
	}
}

// askedDelay reports a question whether there is a delay ("Dostyqta qazir kezek bar ma, biletinder
// jazyńyzdarshy?", «Есть ли очередь на Хоргосе?», "Is there a queue at Khorgos now?"): a chat's question
// states none. A question of why ("Why are 300 trucks stuck at Kalzhat?") tells the delay it asks about.
func (s *sentence) askedDelay() bool {
	low := s.low[s.sp.start:s.sp.end]
	return question(low) && yesNoWords.in(s.lang, low)
}

// yesNoWords mark a question of yes or no, by language: the Russian «ли» and «есть», the Kazakh
// particle after its word, English inverted "is there".
var yesNoWords = langWords{
	ru: []string{" ли ", "есть ли", "есть очеред", "есть пробк", "есть затор"},
	kk: []string{" ма?", " ма,", " ме?", " ме,", " ба?", " ба,", " бе?", " бе,", " па?", " па,", " пе?", " пе,",
		" ma?", " ma,", " me?", " me,", " ba?", " ba,", " be?", " be,", " pa?", " pa,", " pe?", " pe,"},
	en: []string{"is there", "are there", "any queue", "any delay", "any backlog"},
}

// waitVerbs are the English verbs of waiting whose object is the time waited: "consignments waiting a
// week to be handed over".
var waitVerbs = map[string]bool{"waiting": true, "waited": true, "wait": true, "waits": true, "queued": true, "queuing": true,
	"queueing": true, "stuck": true, "stood": true, "idled": true, "idling": true}

// lastByte is the last byte of w, 0 for an empty one.
func lastByte(w string) byte {
	if w == "" {
		return 0
	}
	return w[len(w)-1]
}

var weekWords = langWords{
	ru: []string{"уже неделю", "целую неделю", "около недели", "больше недели", "более недели", "на неделю",
		"до недели", "достигает недели", "достигал недели", "достигла недели", "достигало недели", "доходит до недели",
		"доходил до недели",
		"недельного простоя", "недельный простой", "недельной задержки", "недельного затора"},
	kk: []string{"бір аптадан бері", "bir aptadan beri", "бір апта бойы", "bir apta boıy", "апта бойы", "apta boıy",
		"бір апталық кідіріс", "bir aptalyq kidiris", "аптадан астам", "aptadan astam",
		"бір аптаға жет", "bir aptaǵa jet", "бір аптаға дейін", "bir aptaǵa deıin"},
	en: []string{"for a week", "for a whole week", "for over a week", "for more than a week", "week-long", "weeklong",
		"up to a week", "nearly a week", "almost a week", "about a week"},
	zh: []string{"长达一周", "已有一周", "已达一周", "滞留一周", "一周多"},
}

// causeSide reports the crossing code named only as the side where a delay's cause lies, in a sentence
// that explains it: "В КТЖ объясняют задержки ремонтом путей на стороне Алашанькоу", "KTZ blamed the
// delays on track repairs on the Alashankou side", "кідірісті Алашаңқой жағындағы жөндеумен
// байланыстырады", "延误是由于阿拉山口一侧线路维修". After a delay reported at another crossing it is that
// delay explained, not a second one.
func (s *sentence) causeSide(code string) bool {
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fPlace == 0 || w.code != code {
			continue
		}
		p, ppos := prevToken(s.low, s.sp.start, int(h.pos))
		if p == "of" {
			p, _ = prevToken(s.low, s.sp.start, ppos) // "on the side of Alashankou"
		}
		switch p {
		case "стороне", "стороны", "side":
		default:
			rest := s.low[wordEnd(s.low, int(h.end), s.sp.end):s.sp.end]
			next, _ := nextToken(rest, 0, len(rest))
			if !hasAnyPrefix(next, "side", "жағында", "тарапында", "jaǵynda", "tarapynda") &&
				!hasAnyPrefix(rest, "一侧", "方面", "侧") {
				return false
			}
		}
	}
	return delayCauseWords.in(s.lang, s.low[s.sp.start:s.sp.end]) // the side checked first: it costs no scan
}

var delayCauseWords = langWords{
	ru: []string{"объясня", "связыва", "из-за", "причин", "вызван"},
	kk: []string{"байланыст", "себеб", "baılanyst", "sebeb"},
	en: []string{"blamed", "caused by", "due to", "because of", "attributed", "explained", "blames"},
	zh: []string{"由于", "因为", "原因"},
}

// onlyStanding reports whether every word of delay in the sentence is a bare verb of standing:
// «стоит», «стоят», "standing", "has stood". Those are a delay only of the traffic that stands: "A new
// terminal has stood at Kalzhat for five years" is none.
func (s *sentence) onlyStanding() bool {
	return s.everyHit(fDelay, func(_ hit, w *word) bool {
		switch w.pat {
		case "стоит", "стоят", "стояли", "стояло", "стояла", "standing", "has stood", "have stood", "had stood",
			// A speaker's own stand, with no traffic named: «Стою на своём: …».
			"стою", "стоим", "тұрмын", "тұрмыз", "turmyn", "turmyz", "have been here", "has been here",
			// Gathering, said of what the sentence names: «скапливается спрос» gathers no traffic.
			"скаплива", "скопил", "накопил":
			return true
		}
		return false
	})
}

// standsDays reports a stand counted in days, which is a wait though no traffic is named: a driver's
// "Qorǵasta úshinshi kún turmyz", «Стоим на Бахты пятые сутки». A task or a building that stands
// («стоит задача», "has stood for five years") counts no days.
func (s *sentence) standsDays() bool {
	var m agrowatch.Mention
	s.borderCountsIn(&m, s.sp.start, s.sp.end)
	return m.Days > 0
}

// onlyLocated reports whether every word of delay in the sentence is a verb of being somewhere:
// «находились», «находятся». Those are a delay only of traffic counted at a crossing («там находились
// 1 450 вагонов»), not of traffic on its way («1 200 вагонов находятся в пути»).
func (s *sentence) onlyLocated() bool {
	return s.everyHit(fDelay, func(_ hit, w *word) bool {
		switch w.pat {
		case "находились", "находилось", "находятся":
			return true
		}
		return false
	})
}

// onlyPluperfect reports whether every word of delay in the sentence is a Kazakh participle of standing
// in the pluperfect: "Aptanyń basynda munda 900 vagon turǵan edi" (had stood there) tells the delay
// before its end, not one that goes on, unless the article reported the end, whose count it is
// (endedCount); "онда 1 300 вагон тұрған" (stood there, reported) is one.
func (s *sentence) onlyPluperfect() bool {
	return s.lang == "kk" && s.everyHit(fDelay, func(h hit, w *word) bool {
		if !strings.HasSuffix(w.pat, "тұрған") && !strings.HasSuffix(w.pat, "turǵan") {
			return false
		}
		next, _ := nextToken(s.low, int(h.end), s.sp.end)
		return next == "еді" || next == "edi" || next == "болатын" || next == "bolatyn"
	})
}

// onTheWay reports traffic told as on its way: «в пути», «на подходе».
func (s *sentence) onTheWay() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "в пути", "на подходе")
}

// routineWait reports a wait counted in hours and told as the usual one: "Waiting time at Khorgos is
// the usual two-three hours", «Ожидание на Нур Жолы составляет обычные два-три часа», "күту уақыты бір
// сағаттан аспайды", "通关正常，等待时间约两小时". A crossing that works so is news of no delay; a wait
// longer than the usual ("far longer than usual", «дольше обычного», 比平时长) is one.
func (s *sentence) routineWait() bool {
	low := s.low[s.sp.start:s.sp.end]
	return hoursWaited.in(s.lang, low) && usualWords.in(s.lang, low) && !thanUsualWords.in(s.lang, low)
}

var (
	hoursWaited = langWords{ru: []string{" час ", " час,", " час.", " часа", " часов"}, kk: []string{"сағат", "saǵat"},
		en: []string{"hour"}, zh: []string{"小时"}}
	usualWords = langWords{
		ru: []string{"обычн", "штатн", "нормальн", "не превыша", "не более"},
		kk: []string{"қалыпты", "qalypty", "әдеттегі", "ádettegi", "аспайды", "aspaıdy"},
		en: []string{"usual", "normal", "smooth", "does not exceed", "do not exceed", "no more than"},
		zh: []string{"正常", "顺畅", "通常", "平时", "不超过"},
	}
	// Longer than the usual, or unusual: "unusual", «необычно», "әдеттен тыс", 异常 hold the words of usualWords.
	thanUsualWords = langWords{
		ru: []string{"обычного", "чем обычно", "нормы", "необычн", "ненормальн"},
		kk: []string{"әдеттегіден", "ádettegiden", "қалыптыдан", "qalyptydan", "әдеттен тыс", "ádetten tys"},
		en: []string{"than usual", "than normal", "than the usual", "unusual", "abnormal"},
		zh: []string{"比平时", "比往常", "比正常", "不正常", "异常"},
	}
)

// awaitsDecision reports a wait for a decision or an answer: «ждут решения», "waiting for a decision",
// "шешімін күтуде", "等待决定".
//
// The words are looked for around each word of delay only, a few dozen bytes each side.
func (s *sentence) awaitsDecision() bool {
	for _, h := range s.hits {
		if s.word(h).feat&fDelay == 0 {
			continue
		}
		a, b := max(int(h.pos)-24, s.sp.start), min(int(h.end)+24, s.sp.end)
		if decisionWaitWords.in(s.lang, s.low[a:b]) {
			return true
		}
	}
	return false
}

var decisionWaitWords = langWords{
	ru: []string{"ждут решения", "ждет решения", "ждёт решения", "ожидают решения", "ожидает решения", "в ожидании решения",
		"ждут ответа", "ждет ответа", "ждёт ответа", "ожидают ответа", "ожидает ответа"},
	kk: []string{"шешімін күт", "шешімді күт", "шешім күт", "жауабын күт", "sheshimin kút", "sheshimdi kút", "sheshim kút",
		"jaýabyn kút"},
	en: []string{"waiting for a decision", "wait for a decision", "awaiting a decision", "waiting for approval",
		"awaiting approval", "waiting for an answer"},
	zh: []string{"等待决定", "等待批准", "等待答复", "等待回复"},
}

// spentWords are the verbs of spending time that a count of days follows in a wait: "Lorries … spent
// up to five days at Bakhty", «фуры провели на посту до четырех суток», "жүргізушілер шекарада үш
// күн өткізді".
var spentWords = langWords{
	ru: []string{"провели", "проводят", "провел", "провела", "провело"},
	kk: []string{"өткізді", "ótkizdi", "өткізуде", "ótkizýde", "өткізген", "ótkizgen"},
	en: []string{"spent", "spend", "spends", "spending"},
}

// spentIn reports a verb of spending time in a sentence, for the sentences whose traffic and crossing
// may tell a wait by the days spent (spentDays).
func spentIn(low string) bool {
	return containsAny(low, "spent ", "spend ", "spends ", "spending ", "провели ", "проводят ", "провел ", "провела ",
		"өткізді", "ótkizdi", "өткізуде", "ótkizýde", "өткізген", "ótkizgen")
}

// spentDays reports traffic that spent a count of days somewhere, the verb before the count within a
// few words: the time spent is a wait, though no word of waiting names it. A sum spent ("spent $20
// million on the terminal") counts no days.
func (s *sentence) spentDays() bool {
	if !s.has(fCargo) && !driverWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		return false // "Drivers say they spent up to four days at Kalzhat": the drivers are the traffic
	}
	for _, v := range spentWords.of(s.lang) {
		i := strings.Index(s.low[s.sp.start:s.sp.end], v)
		if i < 0 {
			continue
		}
		from := s.sp.start + i + len(v)
		if s.lang != "kk" && from < s.sp.end && isWordRune(firstRune(s.low[from:])) {
			continue // a longer word: "spending" read as "spend"; Kazakh endings follow: "өткізгенін"
		}
		to := from
		for n := 0; n < 6 && to < s.sp.end; n++ {
			w, at := nextToken(s.low, to, s.sp.end)
			if w == "" {
				break
			}
			to = at + len(w)
		}
		if s.lang == "kk" {
			// Kazakh counts before the verb: "үш күн өткізді".
			to = s.sp.start + i
			from = to
			for n := 0; n < 3; n++ {
				w, at := prevToken(s.low, s.sp.start, from)
				if w == "" {
					break
				}
				from = at
			}
		}
		var m agrowatch.Mention
		s.borderCountsIn(&m, from, to)
		if m.Days > 0 && (s.has(fCargo) || s.spentAtPlace(from, to)) {
			return true
		}
	}
	return false
}

// articleEnd reports the end of the delay the article reported, told as traffic normal, stable or free
// again with no delay of the sentence's own: «Сейчас всё нормализовалось, поезда проходят без задержек»,
// "qazir jagdai turaqtaldy, vagondar kidirissiz otude", "Since 10 November the crossing operates as
// normal", "The situation at the Khorgos checkpoint has been stabilized" under "Queue of trucks at
// Khorgos is eliminated". Every crossing the sentence names must be the delay's: «через Достык и …
// Алтынколь – Хоргос, где ситуация стабильная» tells another crossing stable. A bare «работает»,
// "normally" or "as usual" tells no end, and a delay the sentence itself tells («простой
// стабилизировался на уровне пяти суток») is no end of one.
func (s *sentence) articleEnd() bool {
	if s.tp == nil || s.tp.place == "" || s.has(fDelay) && !s.delaysNegated() || s.expectedEnd() ||
		s.has(fPlace) && !s.everyHit(fPlace, func(_ hit, w *word) bool { return w.code == s.tp.place }) {
		return false
	}
	if s.endedHits() > 0 {
		return true
	}
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fEndedWeak == 0 || !privative(w.pat) && s.negatedAt(int(h.pos), int(h.end)) {
			continue // "kidirissiz" (without delay) is the privative negating the delay, no negated end
		}
		switch w.pat {
		case "работает", "normally", "as usual":
			continue
		}
		return true
	}
	return false
}

// privative reports a Kazakh word of no delay that is the privative itself: "кідіріссіз", "kidirissiz".
func privative(pat string) bool {
	return hasAnySuffix(pat, "сіз", "siz")
}

// stableElsewhere reports a crossing told stable or free in its own clause beside a delay the article
// reported at another one: «использовать переход Алтынколь – Хоргос, где ситуация стабильная» after the
// wagons waiting at Dostyk names Altynkol as the way round, no delay there.
func (s *sentence) stableElsewhere(place string) bool {
	if s.tp == nil || s.tp.place == "" || place == "" || place == s.tp.place {
		return false
	}
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace != 0 && w.code == place {
			a, b := s.clause(int(h.end))
			if s.featsIn(a, b)&fEndedWeak != 0 && s.featsIn(a, b)&fDelay == 0 {
				return true
			}
			if b < s.sp.end {
				// "…Алтынколь – Хоргос, где ситуация стабильная": the relative clause after the crossing.
				if c, d := s.clause(b + 1); s.featsIn(c, d)&(fEndedWeak|fDelay|fPlace) == fEndedWeak {
					return true
				}
			}
		}
	}
	return false
}

// spentAtPlace reports a crossing named beside the days spent, s.low[from:to] being the count's words:
// "spent up to four days at Kalzhat", «Бақты бекетінде үш тәулік өткізді». Drivers who spent two days
// at a hotel before a fair at Khorgos waited at no crossing.
func (s *sentence) spentAtPlace(from, to int) bool {
	if s.lang == "kk" {
		for n := 0; n < 3; n++ {
			if _, p := prevToken(s.low, s.sp.start, from); p < from {
				from = p
			}
		}
	} else if w, p := nextToken(s.low, to, s.sp.end); w != "" {
		to = p + len(w)
	}
	return s.featsIn(from, to)&fPlace != 0
}

// driverWords name the drivers of the trucks that wait, by language: the traffic of a wait told by the
// days they spent.
var driverWords = langWords{
	ru: []string{"водител", "дальнобойщик", "перевозчик"},
	kk: []string{"жүргізуші", "júrgizýshi", "jurgizushi"},
	en: []string{"driver", "trucker", "haulier", "hauler"},
	zh: []string{"司机"},
}

// queueAhead reports the traffic counted ahead of the one who waits, the words of a queue in a
// driver's chat: "about 300 trucks ahead of me", «впереди фур 400», "aldymyzda 300 fura". Only with the
// vehicles named: «впереди зима» counts nothing.
func (s *sentence) queueAhead() bool {
	if !s.has(fCargo) {
		return false
	}
	at := aheadWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end == 0 {
		return false
	}
	// The vehicles stand next to the words: after them in Russian, Kazakh and Chinese («впереди фур
	// 400», "aldymyzda 300 fura"), before them in English ("300 trucks ahead of me"). A terminal "на 300
	// фур" further on is a capacity.
	lo, hi := s.sp.start+at.end, s.sp.start+at.end
	if s.lang == "en" {
		lo = s.sp.start + at.start
	}
	for n := 0; n < 3; n++ {
		if s.lang == "en" {
			if _, p := prevToken(s.low, s.sp.start, lo); p < lo {
				lo = p
			}
			continue
		}
		if w, p := nextToken(s.low, hi, s.sp.end); w != "" {
			hi = p + len(w)
		}
	}
	switch s.lang {
	case "en":
		hi = s.sp.start + at.start
	case "zh":
		hi = min(s.sp.start+at.end+18, s.sp.end) // six characters: "前面还有两百多辆车"
	}
	return s.featsIn(lo, hi)&fCargo != 0
}

// aheadWords place the traffic ahead in a queue, by language.
var aheadWords = langWords{
	ru: []string{"впереди"},
	kk: []string{"алдымызда", "алдымда", "aldymyzda", "aldymda"},
	en: []string{"ahead of me", "ahead of us", "in front of me", "in front of us"},
	zh: []string{"前面还有", "前面有"},
}
