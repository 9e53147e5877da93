package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"agrowatch"
)

// statusReach is how far (in runes) a tense word may stand from the inspection it dates.
const statusReach = 60

// inspections appends the inspection mentions of a sentence: one, or two when one clause reports an
// inspection done and another one still to come ("завершила документарный контроль …, и теперь
// эксперты готовятся к выездной проверке", "has completed a documentary check … and will now send
// experts to inspect").
func (x *Extractor) inspections(s *sentence, out []agrowatch.Mention) []agrowatch.Mention {
	m, ok := x.inspection(s)
	if !ok {
		return out
	}
	out = append(out, m)
	mi := len(out) - 1
	if by := s.joinedInspector(m); by != "" {
		// "Malaızııa men Indonezııanyń … sarapshylary … tekserý júrgizbek", "Experts from Malaysia and
		// Indonesia will inspect": two inspecting countries joined by "and" make one inspection each.
		other := m
		other.By = by
		out = append(out, other)
	}
	if on := s.joinedInspected(m); on != "" {
		// "will travel to Kyrgyzstan and Tajikistan to check slaughterhouses", «аудит трёх мясокомбинатов
		// Беларуси и двух молочных заводов Литвы»: two countries inspected, joined by "and" in one role,
		// make one inspection each.
		other := m
		other.On = on
		out = append(out, other)
	}
	if planned, done := s.clauseStatuses(); planned && (done || m.Status == agrowatch.StatusDone && s.afterDone()) {
		// "После инспектирования ГТУ КНР еще три предприятия включены в реестр, а визит на остальные
		// восемь запланирован на весну": the inspection of the adverbial is done, as its clause's verb
		// says, and the visit of the other clause is still to come.
		other := m
		other.Status = agrowatch.StatusDone
		if m.Status == agrowatch.StatusDone {
			other.Status = agrowatch.StatusPlanned
		}
		switch by := s.otherInspector(m); {
		case by == "":
			s.relativeSides(&out[mi], &other)
			out = append(out, other)
		case by == m.On:
			// "Казахстанские ветеринары проверят китайские птицефабрики после того, как инспекторы ГТУ КНР
			// проверили казахстанские мясокомбинаты": the other clause's inspectors are the side inspected
			// in the first, and inspect the first's inspectors.
			other.By, other.On = m.On, m.By
			out = append(out, other)
		}
		// A third country's inspectors in the other clause: whom they inspect is not read.
	} else if m.Status == agrowatch.StatusDone && s.has(fPlanned) && s.nextPlanned() {
		// "Инспекция … завершена, следующая намечена на март", "The audit is over, the next one is
		// planned for March": the next one, planned in a clause of its own, is another inspection by the
		// same sides.
		other := m
		other.Status = agrowatch.StatusPlanned
		out = append(out, other)
	}
	return out
}

// otherInspector returns a country other than m's inspector named right beside a word for inspectors
// ("инспекторы ГТУ КНР", "Chinese inspectors"), or "".
func (s *sentence) otherInspector(m agrowatch.Mention) string {
	if m.By == "" {
		return ""
	}
	for _, c := range s.cs {
		if c.inspector && !c.service && c.code != m.By && s.besideInspectors(c.pos, c.end) {
			return c.code
		}
	}
	return ""
}

// besideInspectors reports a word for inspectors right before low[pos:end] or right after it.
//
// A preposition of origin may stand between: "specialists from Azerbaijan", «специалисты из
// Азербайджана», "Әзірбайжаннан келген мамандар", "来自阿塞拜疆的专家".
func (s *sentence) besideInspectors(pos, end int) bool {
	for k, h := range s.hits {
		if int(h.pos) < pos {
			continue
		}
		if int(h.pos) == pos && k > 0 {
			p := s.hits[k-1]
			if s.word(p).feat&fInspector != 0 && (gapWords(s.low, int(p.end), pos) == 0 || originGap(s.low[wordEnd(s.low, int(p.end), pos):pos])) {
				return true
			}
		}
		if int(h.pos) >= end {
			return s.word(h).feat&fInspector != 0 && (gapWords(s.low, end, int(h.pos)) == 0 ||
				originGap(s.low[wordEnd(s.low, end, int(h.pos)):h.pos]))
		}
	}
	return false
}

// originGap reports a gap that is only a preposition or participle of origin between inspectors and
// their country: " from ", " из ", " от ", "келген" after a Kazakh ablative, 的 after 来自 in Chinese.
func originGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "from", "of", "из", "от", "келген", "kelgen", "的":
		return true
	}
	return false
}

// joinedInspector returns the country joined by a conjunction alone to the inspector of m, on either
// side of it ("Malaysia and Indonesia", «Малайзии и Индонезии», "Malaızııa men Indonezııanyń",
// "马来西亚和印度尼西亚"), or "". The country inspected is never one.
func (s *sentence) joinedInspector(m agrowatch.Mention) string {
	if m.By == "" || len(s.cs) < 2 {
		return ""
	}
	for i := 0; i+1 < len(s.cs); i++ {
		a, b := s.cs[i], s.cs[i+1]
		other := ""
		switch {
		case a.code == m.By && mayInspect(b):
			other = b.code
		case b.code == m.By && mayInspect(a):
			other = a.code
		default:
			continue
		}
		if other == m.By || other == m.On || b.pos < a.end {
			continue
		}
		switch strings.TrimSpace(s.low[a.end:b.pos]) {
		case "and", "и", "men", "мен", "pen", "пен", "ben", "бен", "和", "与", "及":
			return other
		}
	}
	return ""
}

// joinedInspected returns a second country inspected beside m's: a country after m.On in the same role,
// joined to it by a conjunction within a few words of one clause ("to Kyrgyzstan and Tajikistan",
// «мясокомбинатов Беларуси и двух молочных заводов Литвы», "Qyrǵyzstan men Tájikstanǵa", "吉尔吉斯斯坦和
// 塔吉克斯坦"), or "". Inspectors, regions and the inspector's own country are never one.
func (s *sentence) joinedInspected(m agrowatch.Mention) string {
	if m.On == "" || len(s.cs) < 2 {
		return ""
	}
	for i, c := range s.cs {
		if c.code != m.On || c.region {
			continue
		}
		for _, d := range s.cs[i+1:] {
			if d.code == m.On || d.code == m.By || d.region || d.inspector || d.service || d.pos < c.end {
				continue
			}
			between := s.low[c.end:d.pos]
			if d.role != c.role && !s.kkSharedCase(c, d, between) {
				continue
			}
			if g := gapWords(s.low, c.end, d.pos); g > 6 || strings.ContainsAny(between, ",;:()") {
				return ""
			}
			if joinsCountries(between) {
				return d.code
			}
		}
		return ""
	}
	return ""
}

// kkSharedCase reports Kazakh conjuncts that share the last one's case ending: "Қырғызстан мен
// Тәжікстандағы сою орындары" puts the locative on Tajikistan alone. A dative is left out, for it names
// where goods go as often as where inspectors travel.
func (s *sentence) kkSharedCase(c, d cmention, between string) bool {
	if s.lang != "kk" || c.role != roleNone || d.role == roleDest {
		return false
	}
	switch strings.TrimSpace(between) {
	case "мен", "men", "пен", "pen", "бен", "ben", "және", "jáne":
		return true
	}
	return false
}

// joinsCountries reports a conjunction of "and" in the text between two countries.
func joinsCountries(between string) bool {
	for _, w := range strings.Fields(between) {
		switch w {
		case "and", "и", "men", "мен", "pen", "пен", "ben", "бен", "және", "jáne":
			return true
		}
	}
	return containsAny(between, "和", "与", "及")
}

// mayInspect reports a country named as inspectors, or in a role an inspector may take: the subject,
// a source ("experts from Indonesia") or none.
func mayInspect(c cmention) bool {
	return c.inspector || c.role == roleNone || c.role == roleAgent || c.role == roleSource
}

// nextPlanned reports a clause that names no inspection but "the next one" and dates it as to come:
// «следующая намечена на март», "the next one is planned", "келесісі көктемге жоспарланған", "下一次定于
// 三月". The next of a noun ("следующий этап", "the next round of talks", "下一次会议") is not one.
func (s *sentence) nextPlanned() bool {
	for k, h := range s.hits {
		if s.word(h).feat&fPlanned == 0 || s.attributivePlan(k) {
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.featsIn(a, b)&(fInspect|fVisit) != 0 {
			continue
		}
		if s.nextBefore(a, int(h.pos)) || nextStage(s.word(h).pat) {
			// "…; the next stage will cover dairy plants", «а следующим этапом … станет видеоаудит»: the
			// next stage of a clause with no inspection word of its own is another inspection.
			return true
		}
	}
	return false
}

// nextStage reports a word of planning that names the next stage itself: "the next stage", «следующим
// этапом», "kelesi kezeń".
func nextStage(pat string) bool {
	return containsAny(pat, "next stage", "next step", "следующ", "келесі кезең", "kelesi kezeń")
}

// nextBefore reports "the next one" standing alone in low[a:pos], right before the word of plans at pos
// (in Kazakh, anywhere before it, for the possessive «келесісі» is a noun itself).
func (s *sentence) nextBefore(a, pos int) bool {
	if s.lang == "zh" {
		head := s.low[a:pos]
		for _, w := range [...]string{"下一次", "下次"} {
			if i := strings.LastIndex(head, w); i >= 0 && len(head)-(i+len(w)) <= 3 {
				return true // "下一次定于", "下次将": no noun between
			}
		}
		return false
	}
	for at := a; at < pos; {
		w, start := nextToken(s.low, at, pos)
		if w == "" {
			return false
		}
		e := start + len(w)
		switch w {
		case "келесісі", "kelesisi":
			return true
		case "следующая", "следующий", "следующее", "следующую", "очередная", "очередной", "очередную", "next":
			rest := strings.Fields(s.low[e:pos])
			for len(rest) > 0 && (rest[0] == "one" || rest[0] == "is" || rest[0] == "will" || rest[0] == "be" || rest[0] == "—") {
				rest = rest[1:]
			}
			if len(rest) == 0 {
				return true
			}
		}
		at = e
	}
	return false
}

// codeCompleted marks the words of time that say an inspection was completed before what follows: "after
// completing", «после завершения», "аяқтағаннан кейін". The inspection of their clause is done, though
// the clause dates the main one's ("will carry out an on-site inspection …, after completing a
// documentary check in October" tells two).
const codeCompleted = "completed"

// clauseStatuses reports whether some inspection word of the sentence is dated as planned and another
// as done, each by the tense word nearest it within its own clause.
func (s *sentence) clauseStatuses() (planned, done bool) {
	far := feat(0) // the status of the clause's predicate past the reach, when no nearer one is found
	for k, h := range s.hits {
		if f := s.word(h).feat; f&fInspector != 0 && f&(fInspect|fVisit) == 0 && s.sentAhead(h) {
			planned = true // «и в ближайшее время направит в республику группу экспертов»
			continue
		}
		if s.word(h).feat&(fInspect|fVisit) == 0 || s.resultOwner(k) || s.attributivePlan(k) || s.sendVerb(h) {
			continue
		}
		a, b := s.clause(int(h.pos))
		best, bestDist := feat(0), statusReach+1
		for j, c := range s.hits {
			cf := s.word(c).feat & (fPlanned | fDone)
			if s.attributivePlan(j) {
				cf &^= fPlanned // "josparlanǵan tekserý": a scheduled inspection, dated by its verb
			}
			if s.word(c).code == codeCompleted {
				cf |= fDone // "after completing a documentary check in October": the clause of time's check is done
			} else if s.word(c).feat&fAfter != 0 {
				cf &^= fDone // "по итогам проверки примет решение": the inspection is dated elsewhere
			}
			if cf == 0 || int(c.pos) < a || int(c.end) > b {
				continue
			}
			var d int
			switch {
			case c == h:
				d = 0
			case c.pos > h.pos:
				d = runeDist(s.low, int(h.end), int(c.pos))
			default:
				d = runeDist(s.low, int(c.end), int(h.pos))
			}
			if d < bestDist {
				best, bestDist = cf, d
			} else if best == 0 && c.pos > h.pos && far == 0 && !s.inspectBetween(int(h.end), int(c.pos)) {
				// «Проверка двух молочных комбинатов Северо-Казахстанской области китайскими специалистами
				// завершена»: the predicate of a long subject ends its clause, past the reach.
				far = cf
			}
		}
		if best == 0 {
			best = far
		}
		far = 0
		switch best {
		case fPlanned:
			planned = true
		case fDone:
			done = true
		}
	}
	return planned, done
}

// inspectBetween reports a word of inspection or of a visit between a and b.
func (s *sentence) inspectBetween(a, b int) bool {
	for _, h := range s.hits {
		if int(h.pos) >= a && int(h.end) <= b && s.word(h).feat&(fInspect|fVisit) != 0 {
			return true
		}
	}
	return false
}

// sendVerbs are the verbs of sending inspectors still to come, by language. Russian, English and
// Chinese put them before the inspectors, Kazakh after.
var sendVerbs = langWords{
	ru: []string{"направит", "направят", "пришлет", "пришлёт", "пришлют"},
	kk: []string{"жібереді", "жібермек", "jiberedi", "jibermek", "жіберетінін", "jiberetinin", "жіберетіні", "jiberetini"},
	en: []string{"send", "dispatch"},
	zh: []string{"将派", "拟派", "将派遣", "计划派"},
}

// sendGap are the words that may stand between a verb of sending and the inspectors it sends: a
// destination and a word of group ("направит в республику группу экспертов", "will send a team of
// experts to", "Qazaqstanǵa sarapshylar tobyn jiberedi").
var sendGap = map[string]bool{"в": true, "на": true, "республику": true, "страну": true, "группу": true, "команду": true,
	"миссию": true, "to": true, "a": true, "the": true, "group": true, "team": true, "of": true, "soon": true, "also": true,
	"тобын": true, "tobyn": true, "елге": true, "elge": true}

// sentAhead reports inspectors, hit h, that a verb of sending still to come sends: the verb before them
// (after them in Kazakh) with only a destination or a word of group between, in one clause. In English
// the verb takes "will" or "to" before it ("will soon send", "plans to send"). The inspectors'
// visit is planned, though no word of visiting names it.
func (s *sentence) sentAhead(h hit) bool {
	a, b := s.clause(int(h.pos))
	if s.lang == "zh" {
		head := s.low[a:h.pos]
		for _, v := range sendVerbs.zh {
			if strings.HasSuffix(head, v) {
				return true
			}
		}
		return false
	}
	var toks []string
	if s.lang == "kk" {
		e := wordEnd(s.low, int(h.end), b)
		if w := s.low[h.pos:e]; containsAny(w[max(len(w)-4, 0):], "ға", "ге", "қа", "ке", "на", "не", "ǵa", "ge", "qa", "ke", "na", "ne") {
			return false // "sarapshylarǵa jiberedi": the experts the dative names receive, they are not sent
		}
		toks = strings.Fields(s.low[e:b])
		if len(toks) > 3 {
			toks = toks[:3]
		}
	} else {
		toks = strings.Fields(s.low[a:h.pos])
		if len(toks) > 6 {
			toks = toks[len(toks)-6:]
		}
		for i, j := 0, len(toks)-1; i < j; i, j = i+1, j-1 {
			toks[i], toks[j] = toks[j], toks[i] // nearest first
		}
	}
	verbs := sendVerbs.of(s.lang)
	for i, w := range toks {
		w = strings.Trim(w, ".,;:«»\"'")
		for _, v := range verbs {
			if w == v {
				return s.lang != "en" || i+1 < len(toks) && (toks[i+1] == "will" || toks[i+1] == "to" ||
					i+2 < len(toks) && toks[i+2] == "will")
			}
		}
		if !sendGap[w] && !s.countryWord(w) {
			return false
		}
	}
	return false
}

// sendingSpeaker returns the country that speaks of inspectors it will send, when no other country
// acts: "哈方表示，将派专家赴新疆进行实地检查", «Казахстан сообщил, что направит экспертов в Синьцзян»,
// "Қазақстан тарапы … сарапшылар жіберетінін хабарлады". Who sends the experts inspects; the speaker of
// a clause that names another sender (or none sent) is no inspector, and "" is returned.
func (s *sentence) sendingSpeaker() string {
	sent := s.inspectorsSent()
	if sent < 0 {
		return ""
	}
	for _, c := range s.cs {
		if c.reporter && !c.region && (c.pos < sent || s.lang == "kk") {
			return c.code
		}
	}
	return ""
}

// inspectorsSent returns where the first inspectors that a verb of sending still to come sends stand
// ("направит в Казахстан инспекторов", "will send experts", "将派专家", "сарапшыларын жібереді"), or -1.
func (s *sentence) inspectorsSent() int {
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fInspector != 0 && (s.sendsIn(w.pat) || s.sentAhead(h)) {
			return int(h.pos)
		}
	}
	return -1
}

// zhSpeakerActs returns the country whose words open the sentence when the clause after them has no
// subject of its own: "中方表示，将对哈方提交的兽医体系材料进行书面审查" (China will review), as "China said
// it would review" names it; "吉方表示，此前已派专家组对哈萨克斯坦相关地区进行了考察" (Kyrgyzstan sent the experts). A clause that names its own actor ("哈方表示，中方专家将…") is that actor's,
// and "" is returned.
func (s *sentence) zhSpeakerActs() string {
	for i, c := range s.cs {
		if !c.reporter || c.region || c.pos != s.sp.start {
			continue
		}
		rest := s.low[c.end:s.sp.end]
		rest = rest[zhAgencyTail(rest):]
		verb := ""
		for _, v := range [...]string{"表示", "称", "宣布", "指出", "介绍"} {
			if strings.HasPrefix(rest, v) {
				verb = v
				break
			}
		}
		if verb == "" || !strings.HasPrefix(rest[len(verb):], "，") {
			return ""
		}
		clause := rest[len(verb)+len("，"):]
		if !hasAnyPrefix(clause, "将", "拟", "计划", "已", "已经", "正在", "近期将", "将于", "此前", "曾", "派") {
			return ""
		}
		for _, d := range s.cs[i+1:] {
			if d.inspector || d.role == roleAgent {
				return "" // "哈方表示，中方专家将…": the clause's own actor
			}
		}
		return c.code
	}
	return ""
}

// hostWords are the verbs of hosting an inspection or its inspectors, whose subject is the side
// inspected: "will host a GACC audit", «примет инспекторов», "сарапшыларын қабылдайды", "接待…专家".
var hostWords = langWords{
	ru: []string{"примет", "принимает", "принял", "приняла", "приняли", "принимают", "примут"},
	kk: []string{"қабылдайды", "қабылдады", "қабылдамақ", "qabyldaıdy", "qabyldady", "qabyldamaq"},
	en: []string{"host", "hosts", "hosted", "hosting"},
	zh: []string{"接待"},
}

// hostedInspection returns the country that hosts an inspection and the inspector it hosts: the
// country right before a verb of hosting and an inspecting country named after it, within the next
// few words ("Kazakh veterinary officials will host a GACC video audit"). A verb of hosting must be
// followed closely by the inspection or the inspectors («приняла решение» hosts nothing). Otherwise
// "", "".
func (s *sentence) hostedInspection() (host, by string) {
	words := hostWords.of(s.lang)
	if len(words) == 0 {
		return "", ""
	}
	for i, c := range s.cs {
		if c.region {
			continue
		}
		for _, d := range s.cs[i+1:] {
			if !d.inspector || d.code == c.code || d.region {
				continue
			}
			between := s.low[c.end:d.pos]
			// Nine words: "the Kazakh side will host an on-site audit by Vietnamese veterinary experts".
			if gapWords(s.low, c.end, d.pos) > 9 || strings.ContainsAny(between, ",;:，") || !hostBetween(between, words) {
				continue
			}
			return c.code, d.code
		}
	}
	return "", ""
}

// hostBetween reports a verb of hosting, as a whole word (or, in Chinese, as written), in the text
// between a country and its guests.
func hostBetween(between string, words []string) bool {
	for _, w := range words {
		i := strings.Index(between, w)
		if i < 0 {
			continue
		}
		if isHan(firstRune(w)) {
			return true
		}
		end := i + len(w)
		if (i == 0 || between[i-1] == ' ') && (end == len(between) || between[end] == ' ') {
			return true
		}
	}
	return false
}

// zhAgencyTail returns the length of the rest of an authority's name after its country or the start of
// its name ("中国海关|总署表示", "哈萨克斯坦|农业部表示"): up to four Han characters before a verb of
// saying, or 0 when none follows so soon.
func zhAgencyTail(rest string) int {
	for off := 0; off <= 12 && off < len(rest); {
		for _, v := range [...]string{"表示", "称", "宣布", "指出", "介绍"} {
			if strings.HasPrefix(rest[off:], v) {
				return off
			}
		}
		r, n := utf8.DecodeRuneInString(rest[off:])
		if !isHan(r) {
			return 0
		}
		off += n
	}
	return 0
}

// possessiveWords are the pronouns that make inspectors the speaker's own ("её эксперты", "its experts",
// "өз мамандары", "其专家"), by language.
var possessiveWords = langWords{
	ru: []string{"её", "ее", "его", "их", "свои", "своих"},
	kk: []string{"өз", "óz", "өзінің", "óziniń"},
	en: []string{"its", "their"},
	zh: []string{"其", "本国"},
}

// usWords are the first-person pronouns of a quoted speaker, whose country is the article's: "to us",
// «к нам», "бізге", "我们这里".
var usWords = langWords{
	ru: []string{"к нам", "у нас", "наши ", "наших ", "нашей ", "нашего ", "нашу ", "наше ", "нашим "},
	kk: []string{"бізге", "bizge", "біздің", "bizdiń", "бізде", "bizde"},
	en: []string{" to us", " our ", "\"our ", "“our "},
	zh: []string{"我们这里", "我们的", "我国"},
}

// firstPersonWords are the pronouns of a quoted speaker's own inspectors ("наши ветеринары", "our
// veterinarians", "біздің мамандар", "我们的专家"), by language.
var firstPersonWords = langWords{
	ru: []string{"наши", "наших", "нашим"},
	kk: []string{"біздің", "bizdiń"},
	en: []string{"our"},
	zh: []string{"我们的", "我方", "我国"},
}

// speakersInspectors returns the country that reports the sentence when the inspectors are its own by a
// possessive pronoun: «Киргизская сторона сообщила, что ранее её эксперты проверили бойни», "the ministry
// said its experts had inspected". Otherwise "". A speaker quoted first and named after ("'Our
// veterinarians will go to Tashkent to check the Uzbek poultry plants,' the chief veterinary inspector
// of Kazakhstan said") owns the inspectors of "our".
func (s *sentence) speakersInspectors() string {
	for _, h := range s.hits {
		if s.word(h).feat&fInspector == 0 {
			continue
		}
		head := strings.TrimRight(s.low[s.sp.start:h.pos], " ")
		own, first := ownedBy(s.lang, head, &possessiveWords), ownedBy(s.lang, head, &firstPersonWords)
		if !own && !first {
			continue
		}
		for _, c := range s.cs {
			if c.reporter && !c.region && (c.pos < int(h.pos) || first) {
				return c.code
			}
		}
		return ""
	}
	return ""
}

// ownedBy reports one of the pronouns ws of lang ending head, a word of its own.
func ownedBy(lang, head string, ws *langWords) bool {
	for _, p := range ws.of(lang) {
		if !strings.HasSuffix(head, p) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(head[:len(head)-len(p)]); lang == "zh" || len(head) == len(p) || !isWordRune(r) {
			return true
		}
	}
	return false
}

// sendsIn reports a lexicon word that starts with a verb of sending still to come: "направит экспертов",
// "将派专家", "派员".
func (s *sentence) sendsIn(pat string) bool {
	if s.lang == "zh" {
		return hasAnyPrefix(pat, "派员") || hasAnyPrefix(pat, sendVerbs.zh...)
	}
	v, _, _ := strings.Cut(pat, " ")
	return slices.Contains(sendVerbs.of(s.lang), v)
}

// sendVerb reports a Kazakh verb of sending, hit h ("jiberedi"): whom it sends, sentAhead reads from the
// inspectors before it; "nátıjelerin sarapshylaryna jiberedi" sends results.
func (s *sentence) sendVerb(h hit) bool {
	if s.lang != "kk" {
		return false
	}
	p := s.word(h).pat
	return strings.HasPrefix(p, "жібер") || strings.HasPrefix(p, "jiber")
}

// countryWord reports a word that a country name of the sentence starts: "казахстан", "qazaqstanǵa".
func (s *sentence) countryWord(w string) bool {
	for _, c := range s.cs {
		if c.end > c.pos && strings.HasPrefix(w, s.low[c.pos:c.end]) {
			return true
		}
	}
	return false
}

// digestPart returns the part of a sentence of parts joined by semicolons that holds every word of
// inspection, as a sentence of its own: «Дайджест: Россия продлила запрет на ввоз казахстанских яиц; на
// Хоргосе скопилось 600 фур; Китай проинспектирует два мясокомбината в мае», "简讯：…；俄专家将赴哈检查肉类
// 企业。" The countries of the other parts take no side in its inspection. ok is false for a sentence with
// no semicolon, words of inspection in two parts, or a part that names no country of its own: "Chinese
// inspectors audited five plants; Kazakh producers welcomed the visit" keeps its inspection whole.
func (s *sentence) digestPart() (p sentence, ok bool) {
	low := s.low[s.sp.start:s.sp.end]
	if strings.IndexByte(low, ';') < 0 && !strings.Contains(low, "；") {
		return sentence{}, false // most sentences
	}
	a, b := -1, -1
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit|fInspector) == 0 {
			continue
		}
		pa, pb := s.semicolonPart(int(h.pos))
		if a >= 0 && pa != a {
			return sentence{}, false
		}
		a, b = pa, pb
	}
	if a < 0 || a == s.sp.start && b == s.sp.end {
		return sentence{}, false
	}
	for _, h := range s.hits {
		if (int(h.pos) < a || int(h.pos) >= b) && s.word(h).feat&fPlanned != 0 && nextStage(s.word(h).pat) {
			// "…finished inspecting fish processors in Atyrau; the next stage will cover dairy plants": the
			// next stage told in the other part is the inspection's next one.
			return sentence{}, false
		}
	}
	lo, hi := 0, 0
	for i, h := range s.hits {
		if int(h.pos) < a {
			lo = i + 1
		}
		if int(h.pos) < b {
			hi = i + 1
		}
	}
	p = *s
	p.sp, p.hits, p.feats = span{a, b}, s.hits[lo:hi], 0
	for _, h := range p.hits {
		p.feats |= s.word(h).feat
	}
	p.cs = s.x.countryRoles(s.low, a, p.hits, nil)
	if len(p.cs) == 0 || onlyRegions(p.cs) {
		return sentence{}, false
	}
	p.breaks, p.breaksRead = nil, false
	return p, true
}

// semicolonPart returns the bounds of the part of the sentence around pos between semicolons.
func (s *sentence) semicolonPart(pos int) (int, int) {
	a, b := s.sp.start, s.sp.end
	if i := max(strings.LastIndexByte(s.low[a:pos], ';'), strings.LastIndex(s.low[a:pos], "；")); i >= 0 {
		if s.low[a+i] == ';' {
			a += i + 1
		} else {
			a += i + len("；")
		}
	}
	low := s.low[pos:b]
	j := strings.IndexByte(low, ';')
	if k := strings.Index(low, "；"); k >= 0 && (j < 0 || k < j) {
		j = k
	}
	if j >= 0 {
		b = pos + j
	}
	return a, b
}

// clause returns the clause of the sentence around pos: between the punctuation or the coordinating
// conjunction that separate clauses.
//
// The rules ask for the clauses of a sentence's words, figures and periods many times over; the
// sentence's breaks are found once, by clauseBreaks, and looked up. A position inside a rune, which
// the rules do not ask about, is left to clauseAt.
func (s *sentence) clause(pos int) (int, int) {
	if pos < s.sp.start || pos > s.sp.end || pos < len(s.low) && !utf8.RuneStart(s.low[pos]) {
		return s.clauseAt(pos)
	}
	if !s.breaksRead {
		s.breaks, s.breaksRead = clauseBreaks(s.low, s.sp, s.breaks[:0]), true
	}
	a, b := s.sp.start, s.sp.end
	for _, br := range s.breaks {
		if br.start >= pos {
			// The first break at or after pos ends the clause, and none after it starts it.
			b = br.start
			break
		}
		if br.end <= pos {
			a = br.end
		}
	}
	return a, b
}

// clauseBreaks appends the runes of the sentence sp of low that separate clauses, in text order: a
// clause mark not inside a number, or the last rune of a coordinating conjunction. The clause before
// one ends where it starts; the clause after it starts where it ends.
//
// Most runes are letters that can be neither: ASCII is tested from its byte, and a two-byte rune is
// passed over unless it ends in the byte that 而 ends in, which clauseConj looks for.
func clauseBreaks(low string, sp span, dst []span) []span {
	for i := sp.start; i < sp.end; {
		if c := low[i]; c < utf8.RuneSelf {
			if (c == ',' || c == ';' || c == ':') && !inNumber(low, i) || c == ' ' && clauseConj(low[:i+1]) {
				dst = append(dst, span{i, i + 1})
			}
			i++
			continue
		} else if c >= 0xC2 && c < 0xE0 && i+1 < sp.end && low[i+1]&0xC0 == 0x80 && low[i+1] != "而"[2] {
			i += 2
			continue
		}
		r, n := decodeRune(low[:sp.end], i)
		if isClauseBreak(r) && !inNumber(low, i) || clauseConj(low[:i+n]) {
			dst = append(dst, span{i, i + n})
		}
		i += n
	}
	return dst
}

// clauseAt is clause read rune by rune from pos, backwards to the clause's start and forwards to its
// end.
func (s *sentence) clauseAt(pos int) (int, int) {
	a, b := s.sp.start, s.sp.end
	low := s.low
	for i := pos; i > a; {
		r, n := utf8.DecodeLastRuneInString(low[a:i])
		if isClauseBreak(r) && !inNumber(low, i-n) || clauseConj(low[:i]) {
			a = i
			break
		}
		i -= n
	}
	for i := pos; i < b; {
		r, n := decodeRune(low[:b], i)
		if isClauseBreak(r) && !inNumber(low, i) || clauseConj(low[:i+n]) {
			b = i
			break
		}
		i += n
	}
	return a, b
}

// inNumber reports a comma that groups or splits the digits of one number ("300,000", "1,2 млн"):
// no clause ends there.
func inNumber(low string, i int) bool {
	return low[i] == ',' && i > 0 && i+1 < len(low) && isDigit(low[i-1]) && isDigit(low[i+1])
}

func isClauseBreak(r rune) bool {
	switch r {
	case ',', ';', ':', '，', '；', '：', '。':
		return true
	}
	return false
}

// clauseConj reports a coordinating conjunction that ends low: " and ", " и ", " және ", "而".
func clauseConj(low string) bool {
	n := len(low)
	switch {
	case n == 0:
		return false
	case low[n-1] == ' ':
		// Before its space each ends in d, e, i, и (0xD0 0xB8), е (0xD0 0xB5) or і (0xD1 0x96): most
		// spaces follow none, and need no suffix compared.
		if n < 2 {
			return false
		}
		switch low[n-2] {
		case 'd', 'e', 'i', 0xB8, 0xB5, 0x96:
		default:
			return false
		}
	case low[n-1] != "而"[2]:
		return false // every conjunction ends in a space or in 而
	}
	for _, c := range [...]string{" and ", " и ", " және ", " jáne ", " endi ", " енді ", "而"} {
		if strings.HasSuffix(low, c) {
			// "four hundred and twenty thousand tonnes": the "and" of a number written in words joins
			// no clauses, as the comma of "300,000" ends none.
			return c != " and " || !strings.HasSuffix(low[:n-len(c)], "hundred")
		}
	}
	return false
}

// inspection reads an inspection or audit of enterprises or a veterinary service. An agency whose
// name contains the word (Комитет госинспекции, "inspection and quarantine") is masked by the lexicon:
// its words never reach this rule.
func (x *Extractor) inspection(s *sentence) (agrowatch.Mention, bool) {
	if s.has(fDenied) {
		return agrowatch.Mention{}, false // "no inspection is planned"
	}
	if containsAny(s.low[s.sp.start:s.sp.end], "налогов", "tax ", "салық", "salyq", "税务", "прокурат", "prosecutor") {
		// "Налоговая проверка казахстанского мясокомбината", "Tax inspectors audited a Kazakh meat
		// company": checks of taxes or by prosecutors are no veterinary inspection.
		return agrowatch.Mention{}, false
	}
	if s.has(fSample|fCargo|fBorder) && !s.has(fVisit) && (!s.has(fTarget) || s.targetsOnlyPapers()) {
		// "Таможенники отобрали пробы из партии зерна", "加强了对进口肉类的检查", "inspectors … checked 420
		// wagons of grain": controls of a cargo at the border, not an inspection of exporters. A target
		// word that qualifies papers names none: "every vehicle's veterinary papers checked". So are goods
		// checked at a border with no plant named: "checked Russian pork at the border post".
		return agrowatch.Mention{}, false
	}
	if s.onlyAfter() && pickInspector(s.cs) == "" && (!s.has(fInspector|fImposed|fLifted) || s.banAwaitsDecision() ||
		!s.has(fInspector|fAgency) && pick(s.cs, "", roleAgent) == "") {
		// "Тексеруден кейін кәсіпорындар Ресейге өнім жеткізе алады": an inspection named only as the
		// time of something still to come, by no one named, is no inspection of its own. One that a ban
		// or a lifting followed did take place: "Tekserýden keıin Qytaı … shekteýdi alyp tastady". A
		// lifting with no country or agency that lifts is only the inspection's result, which names
		// neither side: «По итогам инспекции четыре казахстанских предприятия получили право
		// экспортировать говядину в Китай», "Following the audit, three Kazakh plants were cleared".
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && !s.has(fTarget) && s.onlyHopers() && (s.has(fAsk) || s.onlyAfter() && s.has(fPending)) {
		// "Kazakh officials hope the inspection will lead to the lifting of the ban", "哈方希望审核结束后沙方
		// 尽快解除禁令", «надеется, что после инспекции Россия разрешит ввоз»: an inspection with no
		// inspectors but those who hope and nothing inspected, named as what a hoped or promised lifting
		// waits for, is the lifting's condition, not an inspection of its own.
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && s.has(fPending) && !s.has(fTarget) && s.onlyAfter() {
		// "ГТУ КНР готово возобновить импорт говядины … после завершения проверки", "China is ready to
		// resume imports … after the inspection is completed": an inspection that a pending lifting waits
		// for, with nothing inspected named, is the lifting's condition, whoever lifts.
		return agrowatch.Mention{}, false
	}
	if !s.has(fVisit) && (!s.has(fInspector) || !s.namesInspectors()) && (s.has(fInForce) && s.onlyLiftWaits(true) ||
		!s.has(fInForce) && s.has(fLifted) && s.has(fPending) && s.onlyLiftWaits(false)) {
		// "The lifting hinges on a Chinese inspection of the plants", «Снятие ограничений ожидается после
		// инспекции китайской стороны», "would not resume imports … until a new audit is completed", "The
		// restrictions could be lifted if the audit finds no problems, officials said": an inspection named
		// only as what a lifting still to come, or refused, waits for, with no inspectors named (officials
		// who speak inspect nothing), is the lifting's condition, not an inspection of its own. After a
		// refusal only "until" says so: "kept the ban after an audit found violations" tells an audit that
		// took place.
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && s.has(fPending) && !s.has(fTarget|fVisit) && s.onlyInCondition() {
		// "Officials hope China will lift its restrictions … once Chinese inspectors are satisfied",
		// «надеются, что Китай снимет ограничения, как только китайские инспекторы убедятся…»: inspectors
		// named only in the clause of condition of a lifting still to come inspect nothing the sentence
		// tells, though a country's inspectors are named.
		return agrowatch.Mention{}, false
	}
	if s.groundAssessment() {
		// "经风险评估，海关总署、农业农村部决定，自即日起解除…", «Согласно результатам оценки рисков, ГТУ КНР
		// приняло решение разрешить…»: an assessment that grounds a decision, with no inspectors and nothing
		// inspected named, is the decision's basis, no inspection.
		return agrowatch.Mention{}, false
	}
	if s.lang == "zh" && s.everyHit(fInspect, func(h hit, _ *word) bool { return s.inTitle(int(h.pos)) }) {
		// "海关总署更新《符合评估审查要求的国家或地区输华肉类产品名单》": the words of a document's title
		// name it; they tell no inspection.
		return agrowatch.Mention{}, false
	}
	if s.has(fLifted) && s.onlyDecisionAssessed() {
		// "中方将…评估是否解除对哈萨克斯坦偶蹄动物的限制措施", "China will assess whether to lift the
		// restrictions": what is weighed is a decision on the ban, no plant or service inspected.
		return agrowatch.Mention{}, false
	}
	if s.onlyNamesBack() {
		// "Kazakh officials expect Chinese inspectors to issue their conclusions on the audited plants": the
		// inspectors' conclusions to come and the plants named by their audit refer to an inspection told
		// before; they report none.
		return agrowatch.Mention{}, false
	}
	if s.onlyPossible() {
		// «китайская сторона пока не назвала сроки возможного визита экспертов», "no date for a possible
		// visit of Chinese inspectors": an inspection named only as possible is neither planned nor done.
		return agrowatch.Mention{}, false
	}
	if s.onlyObliged() || s.onlyEntitled() {
		// "foreign plants must pass a veterinary inspection before they can be listed", «каждое
		// предприятие должно пройти инспекцию», "须…接受视频或实地检查": a rule exporters must meet.
		// "the Chinese side may inspect exporting plants", «вправе провести инспекцию»: a right given.
		return agrowatch.Mention{}, false
	}
	strong := s.has(fInspect) && !s.onlyRequirements()
	if strong && s.onlyTalkTopics() {
		// "стороны обсудили вопросы инспекции казахстанских предприятий", "met a GACC delegation to
		// discuss the inspection of Kazakh meat plants", «провёл переговоры … о проверке предприятий»: an
		// inspection that is what talks are about is neither held nor set by them.
		return agrowatch.Mention{}, false
	}
	if strong && s.onlyConditions() {
		// "China has postponed imports of Kazakh pork pending a further risk assessment", "отложил
		// импорт … до завершения оценки рисков": an assessment awaited as a condition of trade is no
		// inspection that took place or is scheduled.
		return agrowatch.Mention{}, false
	}
	// "Келесі сапар күзге жоспарланған", "The next visit is planned for autumn": a visit that names no
	// one after the article reported an inspection is another one by the same sides.
	visitRef := !strong && s.has(fVisit) && len(s.cs) == 0 && s.tp != nil && s.tp.insp.Kind != ""
	// So is the next inspection the article announces: "Kelesi tekserý kóktemde ótedi dep kútilýde",
	// «Следующая проверка ожидается весной», "The next audit is due in spring", "下一次检查预计在春季进行".
	visitRef = visitRef || strong && len(s.cs) == 0 && s.tp != nil && s.tp.insp.Kind != "" && s.namesNext()
	// "Иран … сарапшылары Қазақстандағы алты құс фабрикасында болып, …": inspectors who were at plants
	// visited them.
	beenAt := !strong && s.lang == "kk" && s.has(fInspector) && s.has(fTarget) && s.beenAt()
	if !strong && !visitRef && !beenAt && !(s.has(fVisit) && s.has(fInspector) && (s.has(fTarget|fMeat) ||
		(pickInspector(s.cs) != "" || s.lang == "zh" && s.zhSpeakerActs() != "") && s.namesInspectors())) {
		// A visit is an inspection when inspectors come to plants, or when a country's inspectors or
		// specialists come: "Қытай инспекторларының сапары наурызға жоспарланған".
		return agrowatch.Mention{}, false
	}
	if !strong && (s.discussion() || promoWords.in(s.lang, s.low[s.sp.start:s.sp.end]) || s.onlyBusinessDelegations() ||
		!s.namesInspected() && eventWords.in(s.lang, s.low[s.sp.start:s.sp.end])) {
		// "A Kazakh trade delegation visited Beijing to discuss market access": a visit for talks. Read
		// only for a visit that would be an inspection: its words are many. A delegation of exporters or
		// business ("Делегация казахстанских экспортёров посетила китайские мясокомбинаты") inspects nothing,
		// and inspectors who visit a seminar with no plant named («посетили семинар по диагностике ящура»,
		// "attended a workshop") attend it.
		return agrowatch.Mention{}, false
	}
	if (pickInspector(s.cs) == "" || s.announces() || !s.has(fInspector|fTarget)) && s.onlyResults() {
		// "哈萨克斯坦农业部对检查结果表示满意", "The ministry welcomed the results of the audit": an authority
		// that speaks of the results, with no inspectors and nothing inspected named, reports no inspection.
		// "The inspection's results could pave the way", "Результаты инспекции могут…", "检查结果可能…":
		// an inspection named only as the owner of its results, with nobody named as inspecting, refers
		// to one reported elsewhere.
		return agrowatch.Mention{}, false
	}
	// Something is inspected or someone inspects: enterprises, a veterinary service, a product, or
	// named inspectors. "Проверка знаний" is not an inspection of exporters.
	if !s.has(fTarget|fInspector|fCommodity) && pickInspector(s.cs) == "" && !visitRef && !(s.lang == "zh" && s.zhSpeakerActs() != "") {
		return agrowatch.Mention{}, false
	}
	// The goods are the trade of what is inspected: "Kazakh poultry plants", «молочные предприятия», «мясокомбинатов», "slaughterhouses
	// … that supply chilled lamb", «проверку … требований к экспортному ячменю».
	m := agrowatch.Mention{Kind: agrowatch.KindInspection, Status: agrowatch.StatusDone, Commodity: s.firstCode(fCommodity | fPlantGoods)}
	of := fInspect
	if !strong {
		of = fVisit
	}
	st := s.statusNear(of, fPlanned, fDone, statusReach)
	if s.awaited() {
		st = fPlanned // "until the audit is complete", "до завершения проверки": the audit is still to come
	}
	if st == 0 {
		st = s.statusNear(of, fPlanned, fDone, len(s.low)) // a lone tense word anywhere in the sentence
	}
	if st == 0 && s.has(fAsk) && s.requested() {
		// "министрлік ресейлік мамандардан … қашықтан тексеруді сұрады", «попросило российских специалистов о
		// дистанционной проверке»: an inspection asked of inspectors, with no tense of its own, is still to come.
		st = fPlanned
	}
	if (st == 0 || st == fDone) && s.agreedInspection() {
		// «Стороны договорились организовать в апреле визит экспертов», "China agreed to inspect", "…
		// бейнеинспекция жүргізуге келісті": an inspection agreed on is still to come, whatever tense
		// another clause tells («По итогам переговоров стороны условились провести …»).
		st = fPlanned
	}
	if (st == 0 || st == fDone) && s.orderedInspection() {
		// «Правительство поручило Комитету … провести в июле инспекцию», "instructed the committee to
		// inspect", "инспекция жүргізу тапсырылды": an inspection ordered is still to come, though the
		// order is told in the past.
		st = fPlanned
	}
	if st != fPlanned && s.zhInvitedInspection() {
		// "哈方已邀请俄方专家于12月赴哈实地检查": the 已 is the invitation's; the guests' check is to come.
		st = fPlanned
	}
	if st == fDone && s.proposedInspection() {
		// «На полях форума прошла встреча, на которой казахстанская сторона предложила провести
		// видеоинспекцию»: an inspection proposed is still to come, whatever tense another clause tells.
		st = fPlanned
	}
	if st == 0 && s.has(fInspector) && s.inspectorsSent() >= 0 {
		// "Саудовская сторона направит в Казахстан инспекторов для аудита предприятий": inspectors still
		// to be sent have not inspected yet, though no word of tense dates the audit.
		st = fPlanned
	}
	if st == fPlanned && s.has(fDone) && !s.everyHit(fDone, func(_ hit, w *word) bool { return w.feat&fAfter != 0 }) &&
		s.plansOnlyAttributive() {
		// A word of time that is a tense word too («по итогам которой») dates what follows, not the inspection.
		// "Josparlanǵan tekserý aıasynda … sapar jasady", "в рамках плановой проверки … посетили": a
		// scheduled inspection that the verb reports as made took place.
		st = fDone
	}
	if st == 0 && strong && s.tp != nil && s.tp.insp.Kind != "" && s.opensWithInspectionRef() {
		// "Rosselkhoznadzor will send inspectors … to audit 12 dairy plants. The audit follows a series of
		// laboratory findings": the audit named back, with no tense of its own, is the article's, as
		// planned or done as it was.
		st = fDone
		if s.tp.insp.Status == agrowatch.StatusPlanned {
			st = fPlanned
		}
	}
	if st == 0 && beenAt {
		st = fDone
	}
	if st == 0 && visitRef {
		return agrowatch.Mention{}, false // "Saparǵa daıyndyq júrip jatyr": a visit named, not dated
	}
	if st == fPlanned {
		m.Status = agrowatch.StatusPlanned
	}
	m.By = s.zhInspector()
	if m.By == "" {
		m.By = pickInspector(s.cs)
	}
	if m.By == "" {
		m.By = s.actingService()
	}
	if m.By == "" {
		m.By = pick(s.cs, "", roleAgent)
	}
	if m.By == "" && s.lang == "ru" {
		m.By = s.auditorGenitive()
	}
	if m.By != "" && s.inspectedService(m.By) {
		m.By = "" // "Аудит ветеринарной службы Казахстана … завершен": the service is what was audited
	}
	if m.By == "" && s.has(fInspector) {
		m.By = s.sendingSpeaker()
	}
	if m.By == "" && s.lang == "zh" {
		m.By = s.zhSpeakerActs()
	}
	if m.By == "" && s.has(fInspector) {
		m.By = s.speakersInspectors()
	}
	if m.By == "" && s.tp != nil && s.has(fInspector) && kingdomInspectorWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		// "an inspection … by veterinary experts from the kingdom", «эксперты королевства»: the one kingdom
		// the article names, as a destination named back so is (kingdomBack).
		m.By = s.kingdomBack("KZ")
	}
	if host, by := s.hostedInspection(); host != "" && host == m.By {
		// "Kazakh veterinary officials will host a GACC video audit", «Казахстан примет инспекторов
		// ГТУ КНР», "哈方将接待中国专家": who hosts is inspected, the guests inspect.
		m.By = by
	}
	if by := s.spokenInspectors(m.By); by != "" {
		// "The Kazakh veterinary control committee said Chinese inspectors had found no violations": who
		// speaks is not who inspects when the inspectors have a country of their own.
		m.By = by
	}
	if m.By != "" && len(s.cs) == 1 && s.saysOnly(&s.cs[0]) {
		// "Kazakh officials said inspectors had found no violations at the plants": the one country named
		// is who speaks; the inspection it tells names neither side.
		return agrowatch.Mention{}, false
	}
	onRoles := []role{roleOrigin, roleLoc, roleObject, roleDest, roleSource, roleAgent, roleRegion}
	if m.By == "" && s.has(fExport|fShip) && !s.has(fImport) {
		// "Экспорт говядины в Китай возобновится после инспекции": the buyer of exports is not inspected.
		onRoles = []role{roleOrigin, roleLoc, roleObject, roleSource, roleAgent, roleRegion}
	}
	cs := s.withoutBanHolders(s.withoutBorderSides(s.withoutRelative(s.withoutOtherInspectors(s.withoutRegisterOwners(), m.By), m.By)))
	m.On = pick(cs, m.By, onRoles...)
	for _, c := range cs {
		if c.service && c.code != m.By {
			m.On = c.code // "аудит ветеринарной службы Казахстана"
			break
		}
	}
	if m.Status == agrowatch.StatusDone && proposalWords.in(s.lang, s.low[s.sp.start:s.sp.end]) && !s.has(fDone) {
		// "Túrkııa tarapy … beıne-tekseris júrgizýdi usyndy": an inspection proposed is still to come.
		m.Status = agrowatch.StatusPlanned
	}
	if to, from, ok := s.auditRequestedOf(); ok {
		// «направила в ГТУ КНР запрос о проведении видеоаудита», "requested a video audit of four poultry
		// farms by China's customs service", «Вьетнам тарапына … бейнеаудит жүргізу туралы сұрау жолдады»,
		// "Qytaı tarapyna … beıne-aýdıt ótkizýdi usyndy": an inspection asked of or proposed to a side
		// named is still to come, that side inspects, and the plants of the one who asks are inspected. A
		// joint check («совместную проверку») has no one inspector.
		m.Status, m.By, m.On = agrowatch.StatusPlanned, to, from
	}
	askedTo, askedFrom, asked := s.askedToInspect()
	if asked {
		// «Казахстан попросил Китай провести инспекцию», "requested the Kazakh side to arrange a video
		// inspection": the country asked will inspect, the other one named is inspected.
		m.Status, m.By, m.On = agrowatch.StatusPlanned, askedTo, askedFrom
	}
	if m.By == "" && onlyRegions(s.cs) && !s.has(fAgency) && (!s.has(fInspector) || s.has(fCause) && !s.has(fExport|fImport)) &&
		(s.tp == nil || s.tp.insp.Kind == "") {
		// "Inspections of cattle farms in the Almaty region found three cases of brucellosis": checks at
		// home by no one named, in an article that reported no inspection, are no inspection of exporters.
		// Nor are a region's own specialists who test herds for a disease with no trade named: «ветеринарные
		// специалисты провели обследование поголовья на бруцеллёз».
		return agrowatch.Mention{}, false
	}
	if m.On == "" && m.By != "" && s.tp != nil && s.has(fRegion|fTarget|fActNoun) && !s.namesRegion() &&
		(s.has(fRegion) || s.namesOnly(m.By) && !s.domestic(m, cs)) {
		// "Решение принято после того, как казахстанские инспекторы проверили птицефабрики региона"
		// after Kazakhstan lifted its ban on poultry from Belarus's Minsk region: the region of no
		// country named is the one of the inspector's ban. So are the plants of no country named: "Kazakh
		// veterinarians plan to inspect the plants before deciding whether to lift the measure" after
		// Kazakhstan banned meat from four Indian plants, but not farms at home ("local poultry farms
		// across the country"). So is the inspection a decision on the ban followed: «решение стало
		// возможным после видеоинспекции, которую эксперты ГТУ провели в сентябре».
		if b, ok := s.tp.banOf(m.By); ok && b.On != "" && b.On != m.By {
			m.On = b.On
		}
	}
	if s.domestic(m, cs) || s.ownFarms() || s.passedOwnCheck() {
		return agrowatch.Mention{}, false
	}
	if m.On == "" && m.By != "" && !s.has(fInspector) && s.requestsInspection() {
		// "Kazakhstan's Agriculture Ministry said it had requested a joint inspection of the plants",
		// «Казахстан направил запрос о проведении инспекции предприятий»: who requests an inspection with no
		// inspectors named asks for its own plants to be inspected; who will inspect is not said.
		m.On, m.By = m.By, ""
	}
	// Read last, for the sentences that would give an inspection.
	if !asked && !s.has(fInspector) && s.has(fAsk) && s.requested() && !s.zhRequestedInspection(&m) {
		// "Казахстан попросил провести инспекцию мясокомбинатов", "Kazakhstan asked for its meat plants to be
		// inspected": an inspection asked for by the country to be inspected, of no one named, is not yet
		// agreed, and its asker is no inspector; one asked of a country names it (askedToInspect), and
		// Chinese names the one asked (zhRequestedInspection: "哈方请求中方…进行检查").
		return agrowatch.Mention{}, false
	}
	if !s.has(fInspector) && eventWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		// "В Астане прошел семинар …, посвящённый … прохождению инспекции", "a workshop on preparing for
		// GACC audits": an inspection that is the topic of a seminar or a training, with no inspectors
		// named, is talked about, not held.
		return agrowatch.Mention{}, false
	}
	if s.inspectionNegated() || s.inspectionCancelled() || s.notHeld() {
		// "Russian inspectors did not visit Kazakh farms", "тексерген жоқ", "the audit … was cancelled",
		// «инспекция … отменена», "the planned inspection did not take place", «так и не состоялась»: an
		// inspection that did not or will not take place.
		return agrowatch.Mention{}, false
	}
	if m.On == "" && m.By != "" && m.By != "KZ" && s.passedForeignCheck() {
		// "В третьем квартале два наших мясокомбината прошли аудит экспертов ветеринарной службы
		// Малайзии": plants of no country named that passed a foreign check are the home country's
		// exporters, whatever trade the article told before.
		m.On = "KZ"
	}
	if s.tp != nil {
		s.tp.fillSides(&m)
	}
	us := usWords.in(s.lang, s.low[s.sp.start:s.sp.end])
	if m.On == "" && m.By != "" && m.By != "KZ" && s.tp != nil && us && (s.tp.from == "" || s.tp.from == m.By) {
		// "Qarashada Saýd Arabııasynyń ınspektorlary bizdiń úsh kásipornymyzdy tekserip ketti", «китайская
		// сторона планирует видеоаудит нашей новой линии»: the plants a speaker calls "ours" are of the
		// home country when the article names no exporter, not of the country named most.
		m.On = "KZ"
	}
	if m.On == "" && m.By != "" && m.By != "KZ" && s.tp != nil && (s.has(fTarget|fVisit) || s.has(fInspector) && us) {
		// "В марте ожидается приезд инспекторов ГТУ КНР": a foreign authority's inspection that names no
		// country inspects the one the article is about. So do foreign inspectors who came to a speaker
		// quoted: "'Chinese inspectors have come to us twice,' the vice-minister said", "来我们这里".
		m.On = s.x.inspectedSubject(s.tp, s.all, m.By)
		if s.noSide(m.On) {
			// "Malaızııa men Indonezııanyń … sarapshylary … tekserý júrgizbek": a country the sentence names
			// in no role (here beside the inspectors) is not the article's subject for being counted.
			m.On = "KZ"
		}
	}
	return m, true
}

// groundWords open a clause of ground (in Kazakh, close it): «согласно результатам», "according to",
// "нәтижесінде".
var groundWords = langWords{
	ru: []string{"согласно", "по результатам", "на основании", "по итогам", "с учетом", "с учётом"},
	kk: []string{"нәтижесінде", "nátıjesinde", "негізінде", "negizinde", "қорытындысы бойынша", "qorytyndysy boıynsha"},
	en: []string{"according to", "based on", "on the basis of", "following", "in line with"},
}

// groundAssessment reports a sentence whose every word of inspection is an assessment of risk in a
// clause of ground before a decision's clause, and that names no inspectors and nothing inspected
// (zhGroundAssessment for Chinese).
func (s *sentence) groundAssessment() bool {
	if s.lang == "zh" {
		return s.zhGroundAssessment()
	}
	for _, h := range s.hits {
		if f := s.word(h).feat; f&(fTarget|fInspector|fVisit) != 0 && f&fCountry == 0 {
			return false
		}
	}
	grounds := groundWords.of(s.lang)
	return s.everyHit(fInspect, func(h hit, w *word) bool {
		a, b := s.clause(int(h.pos))
		if !containsAny(w.pat, "оценк", "assess", "бағала", "baǵala") {
			return false
		}
		if s.lang == "kk" {
			// "Тәуекелдерді бағалау нәтижесінде Қазақстан … алып тастады": the ground closes its phrase.
			return containsAny(s.low[h.end:min(b, int(h.end)+40)], grounds...)
		}
		return b < s.sp.end && hasAnyPrefix(strings.TrimSpace(s.low[a:h.pos]), grounds...)
	})
}

// inTitle reports pos inside a Chinese title bracket 《…》 of the sentence.
func (s *sentence) inTitle(pos int) bool {
	before := s.low[s.sp.start:pos]
	i := strings.LastIndex(before, "《")
	return i >= 0 && !strings.Contains(before[i:], "》")
}

// onlyDecisionAssessed reports whether every inspection word of the sentence weighs whether to lift or
// resume: a word of "whether" right after it and a word of lifting right after that ("assess whether to
// lift", "评估是否解除", "评估能否恢复"). "审查是否符合要求" checks whether plants comply: no lifting follows.
func (s *sentence) onlyDecisionAssessed() bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		n++
		if k+1 >= len(s.hits) {
			return false
		}
		nx := s.hits[k+1]
		rest := s.low[h.end:nx.pos]
		switch {
		case s.lang == "zh" && (rest == "是否" || rest == "能否") && s.word(nx).feat&fLifted != 0:
		case s.lang == "en" && s.word(nx).feat&fPendingStrong != 0 && strings.HasPrefix(s.word(nx).pat, "whether") &&
			gapWords(s.low, int(h.end), int(nx.pos)) == 0 && k+2 < len(s.hits) && s.word(s.hits[k+2]).feat&fLifted != 0 &&
			gapWords(s.low, int(nx.end), int(s.hits[k+2].pos)) == 0:
		default:
			return false
		}
	}
	return n > 0
}

// inspectionRefWords are the words that name an inspection back as the sentence's first words, by
// language: "The audit …", "This inspection …", «Эта проверка …», "Бұл тексеру …", "该检查…".
var inspectionRefWords = langWords{
	ru: []string{"эта", "этот", "данная", "данный", "указанная", "указанный"},
	kk: []string{"бұл", "bul", "аталған", "atalǵan"},
	en: []string{"the", "this"},
	zh: []string{"该", "此次", "这次", "本次"},
}

// opensWithInspectionRef reports a sentence that opens with an inspection word named back: a word of
// inspectionRefWords, then the first hit, an inspection word, with nothing else between.
func (s *sentence) opensWithInspectionRef() bool {
	if len(s.hits) == 0 || s.word(s.hits[0]).feat&fInspect == 0 {
		return false
	}
	head := strings.TrimSpace(s.low[s.sp.start:s.hits[0].pos])
	for _, w := range inspectionRefWords.of(s.lang) {
		if head == w {
			return true
		}
	}
	return false
}

// beenAt reports a Kazakh locative and a past "be" after it: "фабрикасында болып", "zaýyttarynda boldy".
func (s *sentence) beenAt() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "да болып", "де болып", "та болып", "те болып", "да болды",
		"де болды", "та болды", "те болды", "da bolyp", "de bolyp", "ta bolyp", "te bolyp", "da boldy", "de boldy",
		"ta boldy", "te boldy")
}

// spokenInspectors returns the country named beside a word for inspectors after a verb of saying
// whose subject is by, the inspector found: "The Kazakh veterinary control committee said Chinese
// inspectors had found no violations", «Казахстанский комитет … сообщил, что китайские инспекторы …».
// Who speaks is not who inspects. It returns "" otherwise.
func (s *sentence) spokenInspectors(by string) string {
	if by == "" || len(s.cs) < 2 || !s.has(fAttrib) {
		return ""
	}
	for _, o := range s.cs {
		if o.code == by || o.region || o.role == roleDest || !s.besideInspectors(o.pos, o.end) && !s.ownsInspection(o) {
			// "将派专家赴哈", "send experts to Kazakhstan": where the inspectors go is whom they inspect.
			continue
		}
		for _, c := range s.cs {
			if c.code == by && c.end <= o.pos && s.saysBetween(c.end, o.pos) {
				return o.code
			}
		}
	}
	return ""
}

// ownsInspection reports inspectors named right before an inspection word as its owner: "a
// Rosselkhoznadzor inspection", "a Chinese audit", «китайская инспекция».
func (s *sentence) ownsInspection(o cmention) bool {
	if !o.inspector || o.role != roleAgent {
		return false
	}
	for _, h := range s.hits {
		if int(h.pos) >= o.end {
			return s.word(h).feat&fInspect != 0 && s.word(h).feat&fInspector == 0 && gapWords(s.low, o.end, int(h.pos)) == 0
		}
	}
	return false
}

// saysBetween reports a verb of saying in low[a:b], in the clause of a, with no word of inspecting or
// inspectors before it: «Китай, по данным издания, намерен направить инспекторов» is China's plan.
func (s *sentence) saysBetween(a, b int) bool {
	_, ce := s.clause(a)
	b = min(b, ce)
	for _, h := range s.hits {
		if int(h.pos) < a {
			continue
		}
		if int(h.pos) >= b {
			return false
		}
		f := s.word(h).feat
		if f&fAttrib != 0 {
			return true
		}
		if f&fInspect == 0 && f&fInspector != 0 && gapWords(s.low, a, int(h.pos)) == 0 {
			continue // "Kazakh officials said": the speaker's own noun
		}
		if f&(fInspect|fInspector) != 0 {
			return false
		}
	}
	return false
}

// saysOnly reports a country whose words of authority are followed by a verb of saying: "Kazakh
// officials said", «казахстанские ведомства сообщили», "哈方表示".
func (s *sentence) saysOnly(c *cmention) bool {
	at := c.end
	for _, h := range s.hits {
		if int(h.pos) < at {
			continue
		}
		g := gapWords(s.low, at, int(h.pos))
		if g < 0 || g > 1 {
			return false
		}
		f := s.word(h).feat
		if f&(fAttrib|fAsk) != 0 {
			return true // "哈方表示", or one who hopes or asks: "Kazakh officials hope the inspection will…"
		}
		if f&fAgency == 0 {
			return false
		}
		at = int(h.end)
	}
	return false
}

// statusNear returns whichever of the features a and b stands nearest a hit with feature of, within
// reach runes, or 0. A word in the hit's own clause dates it before one in another clause: in
// "Саудовская сторона отложила поставки оборудования, а инспекция … прошла в октябре" what was put off
// is the equipment.
func (s *sentence) statusNear(of, a, b feat, reach int) feat {
	if s.has(fAfter) {
		// "will carry out an on-site inspection …, after completing a documentary check": the tense of a
		// clause of time dates what comes after it, not the inspection of the main clause, which its own
		// tense word dates.
		if st := s.statusNearIn(of, a, b, reach, true, true); st != 0 {
			return st
		}
	}
	if st := s.statusNearIn(of, a, b, reach, true, false); st != 0 {
		return st
	}
	return s.statusNearIn(of, a, b, reach, false, false)
}

// statusNearIn is statusNear, among the words of the hit's own clause when own is set, and past the
// words of time ("after", «после») that are tense words too when main is.
func (s *sentence) statusNearIn(of, a, b feat, reach int, own, main bool) feat {
	best, bestDist := feat(0), reach+1
	for k, h := range s.hits {
		if s.word(h).feat&of == 0 || s.resultOwner(k) && !s.onlyResultOwners(of) {
			continue
		}
		ca, cb := s.sp.start, s.sp.end
		if own {
			ca, cb = s.clause(int(h.pos))
		}
		for _, c := range s.hits {
			cf := s.word(c).feat
			if cf&(a|b) == 0 || int(c.pos) < ca || int(c.end) > cb || main && cf&fAfter != 0 {
				continue
			}
			var d int
			switch {
			case c == h:
				d = 0 // the inspection word is itself dated: "проинспектирует", "inspected"
			case c.pos > h.pos:
				d = runeDist(s.low, int(h.end), int(c.pos))
			default:
				d = runeDist(s.low, int(c.end), int(h.pos))
			}
			if d < bestDist {
				best, bestDist = cf&(a|b), d
				if best == a|b {
					best = a
				}
			}
		}
	}
	return best
}

func runeDist(low string, a, b int) int {
	if b <= a {
		return 0
	}
	n := 0
	for range low[a:b] {
		n++
	}
	return n
}

// conditionWords open a phrase that names what trade waits for: the assessment after them is a
// condition, not an event.
var conditionWords = [...]string{"pending", "until", "awaiting", "до завершения", "до окончания", "до проведения",
	"до получения", "в ожидании", "аяқталғанға дейін", "aıaqtalǵanǵa deıin", "待", "在完成"}

// wordsBefore is the text of the few words before an inspection word, back to a clause break, and
// where it starts: a short window instead of the whole clause, which would cost a scan of the sentence.
func (s *sentence) wordsBefore(h hit) (start int, head string) {
	start = max(int(h.pos)-48, s.sp.start)
	head = s.low[start:h.pos]
	if i := strings.LastIndexAny(head, ",;:，；：。"); i >= 0 {
		start += i + 1
		head = head[i+1:]
	}
	return start, head
}

// onlyConditions reports whether every inspection word of the sentence is an assessment that follows
// a word of condition within a few words of its clause.
func (s *sentence) onlyConditions() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		n++
		a, head := s.wordsBefore(h)
		// An audit awaited is still an inspection to come ("pending a new audit"); an assessment of risk
		// awaited is a study of the goods, which trade waits for.
		word := s.low[h.pos:h.end]
		if !containsAny(head+word, "assess", "оценк", "evaluat", "бағала", "baǵala", "评估", "risk", "риск", "风险") {
			return false
		}
		cond := false
		for _, w := range conditionWords {
			if i := lastIndex(head, w); i >= 0 {
				if g := gapWords(s.low, a+i+len(w), int(h.pos)); g >= 0 && g <= 3 {
					cond = true
					break
				}
			}
		}
		if !cond {
			return false
		}
	}
	return n > 0
}

// requested reports a verb of asking ("попросил", "asked", "сұрады", "请求"), not one of hoping or
// expecting ("тексеру наурызда өтеді деп күтеді" dates an inspection still to come) and not the noun of
// an adverbial ("at the request of Kazakhstan, GACC inspected", "应哈方请求", «по просьбе»), which dates
// an inspection held.
func (s *sentence) requested() bool {
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fAsk == 0 {
			continue
		}
		switch w.pat {
		case "попросил", "попросила", "попросило", "попросили", "просит", "просят", "просил", "просила", "ask", "asks",
			"asked", "requested", "сұрады", "surady", "сұрап", "surap":
			return true
		case "请求", "请", "提请":
			return !strings.Contains(s.low[s.sp.start:h.pos], "应")
		}
	}
	return false
}

// requestsInspection reports a phrase of an inspection requested: "requested a joint inspection", "a
// request for an audit", «запрос о проведении», "заявку на проведение".
func (s *sentence) requestsInspection() bool {
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlanned != 0 && hasAnyPrefix(w.pat, "requested ", "request for ", "request to ",
			"запрос", "просьб", "заявк") {
			return true
		}
	}
	return false
}

// inspectionNegated reports whether every verb of inspecting or visiting is negated: a negation right
// before it ("did not visit", "have never audited", «не проверяли»), the Kazakh negative suffix on it
// ("тексермеді", "tekserilmedi") or «жоқ» closing its clause ("тексерген жоқ"), 没有 or 未 just
// before it. An inspection failed is one held: «не прошли проверку» negates the passing.
func (s *sentence) inspectionNegated() bool {
	n := 0
	for _, h := range s.hits {
		if f := s.word(h).feat; f&(fInspect|fVisit) == 0 || f&fInspector != 0 {
			continue // "inspectors" name who inspects, not the act
		}
		n++
		p, _ := prevToken(s.low, s.sp.start, int(h.pos))
		switch p {
		case "not", "never", "не", "никогда", "n't":
			continue
		}
		w := s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)]
		if s.lang == "kk" && containsAny(w, "ермеді", "ермейді", "ермеген", "ерілмеді", "ерілмейді", "ерілмеген", "ermedi",
			"ermeıdi", "ermegen", "erilmedi", "erilmeıdi", "erilmegen") {
			continue // the negative -ме-, not the -мек of intent: "тексермек" plans one
		}
		if s.lang == "kk" || s.lang == "zh" {
			if s.negatedAt(int(h.pos), int(h.end)) {
				continue
			}
		}
		return false
	}
	return n > 0
}

// notHeld reports a verb of taking place or of coming negated: "did not take place", "was not held", «не
// состоялась», «не была проведена», "өткізілмеді", "sapary ótpedi", "未能举行", "inspectors did not come",
// "Qazaqstanǵa kelmedi". The inspection it tells of,
// planned or not, was not held. One not yet scheduled or dated («ещё не назначила дату инспекции») is
// still planned. An inspection failed is one held: "тексеруден өтпеді" (did not pass the inspection, the
// ablative before the verb) is not read as one.
func (s *sentence) notHeld() bool {
	low := s.low[s.sp.start:s.sp.end]
	if s.lang != "kk" {
		return notHeldWords.in(s.lang, low)
	}
	for _, w := range notHeldWords.kk {
		i := strings.Index(low, w)
		if i < 0 {
			continue
		}
		p, _ := prevToken(s.low, s.sp.start, s.sp.start+i)
		if !hasAnySuffix(p, "дан", "ден", "тан", "тен", "нан", "нен", "dan", "den", "tan", "ten", "nan", "nen") {
			return true
		}
	}
	return false
}

var notHeldWords = langWords{
	ru: []string{"не состоял", "не была проведена", "не был проведен", "не были проведены", "не проводилась",
		"не проводился", "не проводились", "не проводилось", "не проводили", "сорвалась", "сорвался", "была сорвана", "был сорван",
		// Inspectors who did not come: «в Казахстан не приезжали».
		"не приезжали", "не приехали", "не прибыли"},
	kk: []string{"өткізілмеді", "өткізілген жоқ", "өтпеді", "өткен жоқ", "жүргізілмеді", "жүргізілген жоқ", "ótkizilmedi",
		"ótkizilgen joq", "ótpedi", "ótken joq", "júrgizilmedi", "júrgizilgen joq", "келмеді", "kelmedi", "келген жоқ",
		"kelgen joq"},
	en: []string{"did not take place", "didn't take place", "has not taken place", "have not taken place",
		"never took place", "failed to take place", "was not held", "were not held", "has not been held",
		"was never held", "did not go ahead", "was not carried out", "has not been carried out", "was not conducted",
		"did not come", "didn't come", "did not arrive", "have not come", "has not come",
		// None held: "no inspections were carried out during the trip".
		"no inspections were", "no inspection was", "no audits were", "no audit was"},
	zh: []string{"未能举行", "未举行", "没有举行", "未能如期", "未能成行", "没有成行", "未成行", "未能进行",
		"未进行", "没有进行", "未开展", "没有开展"},
}

// inspectionCancelled reports an inspection called off: a word of cancelling («отменена», "cancelled",
// 取消) in a sentence that names no ban and no trade, whose cancelling can then be only the
// inspection's.
func (s *sentence) inspectionCancelled() bool {
	if !s.has(fLifted) || s.has(fBanNoun|fImport|fExport|fMarket) {
		return false
	}
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fCommodity == 0 || w.feat&fTarget != 0 {
			continue
		}
		if k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fTarget != 0 && gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) == 0 {
			continue // "poultry farms": the plant's product before it
		}
		return false // goods named, not only a plant by its product («птицефабрики»)
	}
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fLifted != 0 && containsAny(w.pat, "отмен", "cancel", "取消") {
			return true
		}
	}
	return false
}

// untilWords open the phrase of what a lifting waits for that has not taken place: "until a new audit",
// «до завершения проверки»; onWords one that a lifting to come depends on or follows: "hinges on the
// inspection", «после инспекции», "if the audit finds no problems", «если проверка».
var (
	untilWords = [...]string{"until", "pending", "до завершения", "до окончания", "до проведения", "в ожидании", "待"}
	onWords    = [...]string{"hinges on", "depends on", "depend on", "conditional on", "subject to", "after", "после",
		"зависит от", "зависят от", "取决于", " if ", "если", "егер", "eger", "如果", "一旦"}
)

// onlyLiftWaits reports whether every inspection word of the sentence stands in a phrase of what
// something waits for: a word of untilWords (or, unless until is set, of onWords) in the few words
// before it, back to a clause break, or, unless until is set, a postposition of time after it
// ("тексеруден кейін", "检查后").
func (s *sentence) onlyLiftWaits(until bool) bool {
	if !until && s.onlyAfter() {
		return true
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		n++
		_, head := s.wordsBefore(h)
		if s.lang == "zh" && containsAny(s.low[h.end:min(int(h.end)+12, s.sp.end)], "完成之前", "完成以前", "完成前", "结束之前", "结束前") {
			continue // "在新的审核完成之前": Chinese closes the phrase after the word
		}
		if !containsAny(head, untilWords[:]...) && (until || !containsAny(head, onWords[:]...)) {
			return false
		}
	}
	return n > 0
}

// proposalWords ask or propose that an inspection be held: the words of requestsInspection, and the
// proposals and requests sent in each language.
var proposalWords = langWords{
	ru: []string{"предложение провести", "предложили провести", "предложил провести", "предложила провести",
		"предложило провести", "просьбу провести"},
	en: []string{"proposed", "requested"},
	kk: []string{"сұрау жолда", "сұрау жібер", "ұсынды", "ұсыныс жаса", "өтініш жолда", "surau jolda", "suraý jolda",
		"surau jiber", "suraý jiber", "usyndy", "usynys jasa", "ótinish jolda"},
}

// proposedInspection reports an inspection that a word of proposal or request governs, a few words
// from it with no comma between: «предложила провести видеоинспекцию», "proposed a video inspection",
// Kazakh after the noun, "қашықтан тексеруді ұсынды".
func (s *sentence) proposedInspection() bool {
	at := proposalWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end == 0 {
		return false
	}
	a, b := s.sp.start+at.start, s.sp.start+at.end
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		g := gapWords(s.low, b, int(h.pos))
		if s.lang == "kk" {
			g = gapWords(s.low, int(h.end), a)
		}
		if g >= 0 && g <= 3 {
			return true
		}
	}
	return false
}

// auditRequestedOf reads an inspection asked of or proposed to a side named in the sentence: to is
// that side (no one for a joint check), from the side that asks or whose plants are named. ok is false
// unless a word of request or proposal and an addressee are found: a destination («в ГТУ КНР»), a
// Kazakh dative («Вьетнам тарапына»), a Russian dative «коллегам» after the country's adjective, or
// English "by" before the country after the inspection word.
func (s *sentence) auditRequestedOf() (to, from string, ok bool) {
	low := s.low[s.sp.start:s.sp.end]
	if s.lang == "zh" || !s.requestsInspection() && !proposalWords.in(s.lang, low) &&
		!(s.lang == "ru" && strings.Contains(low, "предлож") && strings.Contains(low, "провести")) {
		// «предложил иранским коллегам провести»: the addressee between the proposal and its verb
		return "", "", false
	}
	insp := -1
	for _, h := range s.hits {
		if s.word(h).feat&fInspect != 0 {
			insp = int(h.pos)
			break
		}
	}
	if insp < 0 {
		return "", "", false
	}
	for _, c := range s.cs {
		if c.region {
			continue
		}
		next, _ := nextToken(s.low, wordEnd(s.low, c.end, s.sp.end), s.sp.end)
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		switch {
		case c.role == roleDest && c.pos < insp, s.lang == "ru" && p == "в" && c.pos < insp && s.sendsRequest(c.pos),
			s.lang == "kk" && kkAddresseeDative(next),
			s.lang == "ru" && (next == "коллегам" || next == "стороне" || next == "партнерам" || next == "партнёрам"),
			s.lang == "en" && p == "by" && c.pos > insp,
			s.lang == "en" && p == "to" && c.pos > insp && s.agencyAfter(c), // "proposed an audit … to Jordan's veterinary authorities"
			c.pos < insp && s.agencyAddressed(c):
			to = c.code
		}
		if to != "" {
			break
		}
	}
	if to == "" {
		return "", "", false
	}
	for _, c := range s.cs {
		if c.code != to && !c.region && (c.role == roleAgent || c.role == roleOrigin || c.role == roleNone) {
			from = c.code
			break
		}
	}
	if from == "" {
		for _, c := range s.cs {
			if c.code != to {
				from = c.code // the plants' region: "предприятий Павлодарской области"
				break
			}
		}
	}
	for _, c := range s.cs {
		if c.pos > insp && c.role == roleOrigin && c.code == to && from != "" {
			// «Российская сторона направила в Астану запрос о проведении видеоаудита казахстанских
			// молокозаводов»: the plants are the addressee's; who asks will inspect them.
			to, from = from, to
			break
		}
	}
	if containsAny(s.low[s.sp.start:s.sp.end], "совместн", "joint", "бірлескен", "birlesken") {
		to = ""
	}
	return to, from, from != "" || to != ""
}

// kkAddresseeDative reports the Kazakh word after a country that makes it the addressee of a request
// or a proposal: its side, specialists, experts, inspectors or colleagues in the dative ("Қытай
// тарапына", «Қытай мамандарына … бейнеинспекция өткізуді ұсынды», "Iran sarapshylaryna").
func kkAddresseeDative(next string) bool {
	return hasAnyPrefix(next, "тарап", "тараб", "маман", "сарапшы", "инспектор", "әріптес", "tarap", "tarab", "maman",
		"sarapshy", "ınspektor", "áriptes") && hasAnySuffix(next, "на", "не", "ға", "ге", "қа", "ке", "na", "ne", "ǵa", "ge", "qa", "ke")
}

// agencyAddressed reports a country whose agency a request is sent to, the country closing or opening the
// agency's long name: «направила в Министерство окружающей среды, водных ресурсов и сельского хозяйства
// Саудовской Аравии запрос», "had sent the General Administration of Customs of China a request", "Вьетнам
// ветеринария департаментіне … сұрау жолдады" (the head noun in the dative).
func (s *sentence) agencyAddressed(c cmention) bool {
	k := slices.IndexFunc(s.hits, func(h hit) bool { return int(h.pos) == c.pos })
	if k < 0 {
		return false
	}
	switch s.lang {
	case "ru":
		at := ruAgencyHeadAt(s.low, s.sp.start, c.pos, s.hits, s.x.lex.words, k, true)
		return at >= 0 && s.sendsRequest(at)
	case "kk":
		head := kkAgencyHead(s.low, s.hits, s.x.lex.words, k, c.end)
		return head != "" && hasAnySuffix(head, "не", "на", "ne", "na")
	case "en":
		// Back past the agency's name, its words capitalised: "sent the Veterinary Department of Vietnam".
		at := c.pos
		for n := 0; n < 8; n++ {
			p, pat := prevToken(s.low, s.sp.start, at)
			switch {
			case p == "sent" || p == "send" || p == "sends":
				return true
			case p == "the" || p == "of" || p == "and" || p != "" && unicode.IsUpper(rune(s.text[pat])):
				at = pat
			default:
				return false
			}
		}
	}
	return false
}

// agencyAfter reports an agency's word right after country c, two words between at most: "Jordan's
// veterinary authorities", "Iran's veterinary organization".
func (s *sentence) agencyAfter(c cmention) bool {
	for _, h := range s.hits {
		if int(h.pos) < c.end {
			continue
		}
		if g := gapWords(s.low, c.end, int(h.pos)); g < 0 || g > 2 {
			return false
		}
		if s.word(h).feat&fAgency != 0 {
			return true
		}
	}
	return false
}

// sendsRequest reports a Russian verb of sending right before pos: «направила в ГТУ КНР запрос».
func (s *sentence) sendsRequest(pos int) bool {
	p, at := prevToken(s.low, s.sp.start, pos)
	if p == "в" {
		p, _ = prevToken(s.low, s.sp.start, at)
	}
	return strings.HasPrefix(p, "направил") || strings.HasPrefix(p, "отправил") || strings.HasPrefix(p, "передал")
}

// auditorGenitive reads a country in the genitive right after a Russian inspection noun as its
// inspector when the plants are another country's: «Казахстанским мясокомбинатам предстоит аудит Саудовской
// Аравии», «Инспекция Казахстана выявила нарушения на узбекских птицефабриках». A service in the genitive is what is audited («аудит ветеринарной службы
// Казахстана»), and so is a country alone («аудит Казахстана»).
func (s *sentence) auditorGenitive() string {
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		if w := s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)]; !hasAnySuffix(w, "аудит", "аудита", "ция", "ции", "цию", "рка", "рки", "рку") {
			continue // a noun of the act, not a verb: «проверили российские элеваторы»
		}
		for _, c := range s.cs {
			if c.pos < int(h.end) || c.service || c.region || c.role != roleOrigin || gapWords(s.low, int(h.end), c.pos) != 0 ||
				hasAnySuffix(s.low[c.pos:wordEnd(s.low, c.end, s.sp.end)], "ие", "ые", "ий", "ый", "ая", "ую", "их", "ых", "ое") {
				continue // a genitive, not the adjective of the goods: «инспекция узбекских птицефабрик»
			}
			for _, d := range s.cs {
				if d.code != c.code && (d.role == roleOrigin || d.role == roleAgent || d.role == roleRegion || d.region) {
					return c.code
				}
			}
		}
	}
	return ""
}

// kkServiceObject reports a Kazakh service of the country code in the dative or the accusative with an
// inspection word a few words after it: "Qazaqstannyń veterınarlyq qyzmetine aýdıt júrgizý",
// «Қазақстанның ветеринарлық қызметін тексерді» audit the service; "qyzmeti" in the nominative acts.
func (s *sentence) kkServiceObject(code string) bool {
	for _, c := range s.cs {
		if c.code != code || !c.service {
			continue
		}
		for k, h := range s.hits {
			if int(h.pos) < c.end || s.word(h).feat&fService == 0 {
				continue
			}
			if g := gapWords(s.low, c.end, int(h.pos)); g < 0 || g > 2 {
				return false
			}
			w := s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)]
			if !hasAnySuffix(w, "іне", "ына", "ине", "ına", "ine", "ін", "ын", "ин", "in", "ın") {
				return false
			}
			for _, g := range s.hits[k+1:] {
				if s.word(g).feat&fInspect != 0 {
					d := gapWords(s.low, int(h.end), int(g.pos))
					return d >= 0 && d <= 3
				}
			}
			return false
		}
	}
	return false
}

// onlyNamesBack reports whether every word of inspection is a participle that names plants by an audit
// told before ("the audited plants", «проверенных предприятий») or inspectors whose results follow within
// four words ("inspectors to issue their conclusions"), with at least one participle.
func (s *sentence) onlyNamesBack() bool {
	if s.lang != "en" && s.lang != "ru" {
		return false
	}
	n, parts := 0, 0
	for k, h := range s.hits {
		w := s.word(h)
		if w.feat&fInspect == 0 {
			continue
		}
		n++
		j := k + 1 // the plants named, past their goods: "the inspected poultry farms"
		for j < len(s.hits) && s.word(s.hits[j]).feat&(fCommodity|fTarget) == fCommodity {
			j++
		}
		next := j < len(s.hits) && s.word(s.hits[j]).feat&fTarget != 0 && gapWords(s.low, int(h.end), int(s.hits[j].pos)) <= j-k-1
		word := s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)]
		if p, _ := prevToken(s.low, s.sp.start, int(h.pos)); next && (p == "the" && strings.HasSuffix(word, "ed") ||
			s.lang == "ru" && hasAnyPrefix(word, "проверенн", "проинспектированн")) {
			parts++
			continue
		}
		results := false
		for _, r := range s.hits[k+1:] {
			if s.word(r).feat&fResult != 0 {
				g := gapWords(s.low, int(h.end), int(r.pos))
				results = g >= 0 && g <= 4
				break
			}
		}
		if w.feat&fInspector == 0 || !results {
			return false
		}
	}
	if s.lang == "ru" && containsAny(s.low[s.sp.start:s.sp.end], "проверенн", "проинспектированн") {
		parts++ // «по проверенным предприятиям»: the participle is no lexicon word of its own
	}
	return n > 0 && parts > 0
}

// onlyPossible reports whether every word of inspection or visit follows an adjective of possibility
// («возможного визита экспертов», "a possible visit", "ықтимал сапар") or "no date for".
func (s *sentence) onlyPossible() bool {
	if s.lang == "zh" {
		return s.zhDateUnset()
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 || s.word(h).feat&fInspector != 0 {
			continue // the inspectors of a possible visit are no act of their own
		}
		n++
		p, at := prevToken(s.low, s.sp.start, int(h.pos))
		if p == "a" || p == "the" {
			p, at = prevToken(s.low, s.sp.start, at)
		}
		// "no dates for inspections were set", "no date for the audit", "No date has yet been set for the
		// audit": no date, no inspection.
		if before := s.low[max(s.sp.start, int(h.pos)-56):h.pos]; strings.Contains(before, " for ") &&
			containsAny(before, "no date", "no timeline", "no firm date") {
			continue // also past the inspectors' adjective: "no date for the Chinese audit"
		}
		// The adjective right before it, not a predicate: «решение стало возможным после видеоинспекции».
		if !hasAnyPrefix(p, "возможн", "possible", "potential", "ықтимал", "yqtımal", "eventual") || strings.HasSuffix(p, "ым") {
			return false
		}
	}
	return n > 0
}

// zhDateWords name the date of what stands before them: "检查的具体时间", "审核的日期".
var zhDateWords = [...]string{"的具体时间", "的时间", "的具体日期", "的日期", "的时间表", "的时间安排"}

// zhUnsetWords say a date is not yet set: "尚未确定", "仍未确定", "待定".
var zhUnsetWords = [...]string{"未确定", "没有确定", "尚待确定", "待定", "未定", "未敲定"}

// zhDateUnset reports a Chinese sentence whose every word of inspection or visit names only the date of
// an inspection, in the clause of a word of that date, when the sentence says the date is not yet set:
// "关于中方专家赴哈实地检查的具体时间，目前尚未确定", as "No date has yet been set for the audit", names no
// inspection. "中方专家将于下月赴哈实地检查，具体时间尚未确定" does: the inspection is told in a clause of
// its own, only its details are open.
func (s *sentence) zhDateUnset() bool {
	body := s.low[s.sp.start:s.sp.end]
	if !containsAny(body, zhUnsetWords[:]...) {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 || s.word(h).feat&fInspector != 0 {
			continue
		}
		n++
		_, b := s.clause(int(h.pos))
		if !containsAny(s.low[h.end:b], zhDateWords[:]...) {
			return false
		}
	}
	return n > 0
}

// conditionOpeners open a clause of condition or of the time something still to come waits for: "once
// inspectors are satisfied", «как только инспекторы убедятся», "егер тексерушілер".
var conditionOpeners = [...]string{"once ", "as soon as", "when ", " if ", "provided ", "как только", "когда ", "если",
	"при условии", "егер", "eger"}

// onlyInCondition reports whether every word of inspection or inspectors stands in a clause opened by a
// word of conditionOpeners before it, or, in Kazakh, closed by a conditional verb or "кейін" after it
// ("инспекторлар көз жеткізгеннен кейін", "тексерушілер қанағаттанса").
func (s *sentence) onlyInCondition() bool {
	n := 0
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fInspect == 0 && (w.feat&fInspector == 0 || !inspectorWord(w.pat)) {
			continue // officials who hope inspect nothing
		}
		n++
		if _, head := s.wordsBefore(h); containsAny(head, conditionOpeners[:]...) {
			continue
		}
		if s.lang != "kk" {
			return false
		}
		_, b := s.clause(int(h.pos))
		ok := false
		for i, w := 0, int(h.end); i < 3 && !ok; i++ {
			t, at := nextToken(s.low, wordEnd(s.low, w, b), b)
			if t == "" {
				break
			}
			ok = t == "кейін" || t == "keıin" || hasAnySuffix(t, "са", "се", "sa", "se")
			w = at + len(t)
		}
		if !ok {
			return false
		}
	}
	return n > 0
}

// awaited reports an inspection word right after a word of condition ("until the audit is complete",
// "pending a new audit", "до завершения проверки"): what trade waits for has not taken place.
func (s *sentence) awaited() bool {
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		a := max(int(h.pos)-32, s.sp.start)
		head := s.low[a:h.pos]
		for _, w := range conditionWords {
			if i := lastIndex(head, w); i >= 0 {
				if g := gapWords(s.low, a+i+len(w), int(h.pos)); g >= 0 && g <= 2 {
					return true
				}
			}
		}
	}
	return false
}

// discussion reports words of talks or of another purpose: a visit to discuss, negotiate, hold talks
// or a meeting, to speak of cooperation ("провела встречу по вопросам ветеринарного сотрудничества")
// or to learn from experience ("чтобы изучить их опыт", "study tour") is no inspection, nor is one to a conference, a forum or a fair, or to sign a paper ("Российские
// эксперты посетили Казахстан для участия в конференции", "Малайзия сарапшылары … көрмеге келді",
// "will visit Kazakhstan … to sign a veterinary certificate").
func (s *sentence) discussion() bool {
	// A conference attended, not one held by video: "в режиме видеоконференции оценят работу предприятий"
	// is an inspection made remotely. The words are the sentence's language's only.
	return talkWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

var talkWords = langWords{
	ru: []string{"обсуд", "обсужд", "переговор", "участия в", "участвовать в", "в конференции", "на конференци", "форум",
		"выставк", "ярмарк", "подписа", "встреч", "сотрудничеств", "покупател",
		"опыт"},
	kk: []string{"талқыла", "talqyla", "келіссөз", "kelissóz", "көрме", "kórme", "қатысу", "qatysý", "форум", "forým",
		"кездес", "kezdes", "ынтымақтаст", "yntymaqtast", "сатып алушы", "satyp alýshy", "тәжірибе", "tájirıbe"},
	en: []string{"discuss", "negotiat", "talks", "attend", " a conference", " the conference", "forum", "exhibition",
		" fair", "to sign", " meeting", "met with", "cooperation", "buyers", "experience", "learn from", "study tour"},
	zh: []string{"商谈", "洽谈", "讨论", "磋商", "会谈", "参加", "论坛", "展会", "博览会", "研讨会", "签署", "会见", "会晤",
		"买家", "采购商", "经验", "学习"},
}

// promoWords name a visit to an expo or one to promote goods: trade, no inspection ("visited the
// China-Eurasia Expo to promote local beef", «посетила ЭКСПО для продвижения говядины»). Not the stem
// alone: " expo" and «экспо» begin "export" and «экспорт». Read for visits only: a market opened "to
// promote trade" is still opened.
var promoWords = langWords{
	// An expo's pavilion or a tasting is promotion too: "visited the Kazakh pavilion at Gulfood to taste".
	ru: []string{"экспо ", "экспо,", "«экспо", "продвижени", "продвигать", "павильон", "дегустац"},
	kk: []string{"экспо ", "ekspo ", "таныстыру", "tanystyrý", "павильон", "pavılon", "дәмін тат", "dámin tat"},
	en: []string{" expo ", " expo,", " expo.", "trade show", "to promote", "promoting", "pavilion", "to taste", "tasting"},
	zh: []string{"推介", "推广"},
}

// businessWords name traders and firms, by language: a delegation of them is no inspectors.
var businessWords = langWords{
	ru: []string{"экспорт", "производител", "бизнес", "предпринимател", "компани", "деловых", "деловая"},
	kk: []string{"экспорттаушы", "eksporttaýshy", "кәсіпкер", "kásipker", "бизнес", "bıznes", "өндіруші", "óndirýshi", "компания", "kompanıa"},
	en: []string{"exporter", "producer", "business", "compan", "entrepreneur", "trade delegation", "traders"},
	zh: []string{"企业", "商务", "经贸", "出口商", "商界"},
}

// onlyBusinessDelegations reports whether every word for inspectors of the sentence is a delegation of
// traders or firms: "a delegation of Kazakh exporters", «делегация казахстанских экспортёров»,
// "экспорттаушылар делегациясы", "企业代表团". Russian and English name them after the delegation,
// Kazakh and Chinese before it.
func (s *sentence) onlyBusinessDelegations() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fInspector == 0 {
			continue
		}
		p := s.word(h).pat
		if !containsAny(p, "delegat", "делегац", "delegas", "代表团") {
			return false
		}
		var near string
		switch s.lang {
		case "ru", "en":
			near = s.low[h.pos:min(int(h.end)+48, s.sp.end)]
		default:
			near = s.low[max(int(h.pos)-40, s.sp.start):h.end]
		}
		if !businessWords.in(s.lang, near) {
			return false
		}
		n++
	}
	return n > 0
}

// eventWords name a seminar, a training or a round table: an event where an inspection is a topic.
// Conferences are left out, for a video conference is an inspection's means.
var eventWords = langWords{
	ru: []string{"семинар", "тренинг", "вебинар", "круглый стол", "круглого стола", "обучающ"},
	kk: []string{"семинар", "seminar", "тренинг", "trenıng", "вебинар", "vebınar", "дөңгелек үстел", "dóńgelek ústel"},
	en: []string{"seminar", "workshop", "training", "webinar", "round table", "roundtable"},
	zh: []string{"研讨会", "培训", "座谈会", "讲座"},
}

// namesInspected reports a word of what is inspected that names no inspectors: «мясокомбинат», not
// «ветеринары», a service's people, nor "veterinary" right before "experts".
func (s *sentence) namesInspected() bool {
	for k, h := range s.hits {
		if f := s.word(h).feat; f&fTarget == 0 || f&fInspector != 0 {
			continue
		}
		if k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fInspector != 0 && gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) == 0 {
			continue
		}
		return true
	}
	return false
}

// cargoPaperWords name papers that go with a cargo: a target word right before one ("veterinary papers",
// «ветеринарные документы», "ветеринарлық құжаттар", "兽医证书") qualifies them, and names no one inspected.
var cargoPaperWords = [...]string{"papers", "documents", "certificates", "документ", "сертификат", "справк", "құжат",
	"qujat", "sertıfıkat", "证书", "单证", "证明", "文件"}

// targetsOnlyPapers reports whether every target word of the sentence is followed at once by a word of
// cargoPaperWords.
func (s *sentence) targetsOnlyPapers() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fTarget == 0 {
			continue
		}
		e := wordEnd(s.low, int(h.end), s.sp.end)
		w, _ := nextToken(s.low, e, s.sp.end)
		if s.lang == "zh" {
			w = s.low[e:min(e+6, s.sp.end)]
		}
		if w == "" || !hasPaperPrefix(w) {
			return false
		}
		n++
	}
	return n > 0
}

func hasPaperPrefix(w string) bool {
	for _, p := range cargoPaperWords {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// topicWords are the words of talks whose topic may be an inspection, by language.
var topicWords = langWords{
	ru: []string{"обсуд", "обсужд", "переговор"},
	kk: []string{"талқыла", "talqyla", "келіссөз", "kelissóz"},
	en: []string{"discuss", "negotiat", "talks"},
	zh: []string{"商谈", "洽谈", "讨论", "磋商", "会谈"},
}

// onlyTalkTopics reports whether every inspection word of the sentence follows a word of talks in its
// clause (in Kazakh, the word after it), with no word of inspectors, plans or what was done between:
// the inspection is the topic ("обсудили вопросы инспекции", "tekserý máselesin talqylady"). "В ходе переговоров стороны договорились провести инспекцию" and
// "after talks, GACC inspectors audited" name it apart from the talks.
func (s *sentence) onlyTalkTopics() bool {
	if !topicWords.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		return false
	}
	ws := topicWords.of(s.lang)
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.lang == "kk" {
			// Kazakh puts the verb of talks after its topic: "tekserý máselesin talqylady".
			tail, at := s.low[h.end:b], len(s.low)
			for _, w := range ws {
				if i := strings.Index(tail, w); i >= 0 && i < at {
					at = i
				}
			}
			if at == len(s.low) {
				return false
			}
			for j := k + 1; j < len(s.hits) && int(s.hits[j].pos) < int(h.end)+at; j++ {
				if s.word(s.hits[j]).feat&(fInspector|fPlanned|fDone|fInspect|fVisit) != 0 {
					return false
				}
			}
		} else {
			head, at := s.low[a:h.pos], -1
			for _, w := range ws {
				if i := strings.LastIndex(head, w); i > at {
					at = i
				}
			}
			if at < 0 {
				return false
			}
			for j := k - 1; j >= 0 && int(s.hits[j].pos) > a+at; j-- {
				if s.word(s.hits[j]).feat&(fInspector|fPlanned|fDone|fInspect|fVisit) != 0 {
					return false
				}
			}
		}
		if s.word(h).feat&(fPlanned|fDone) != 0 {
			return false // "talks ended, and GACC inspected": the verb itself
		}
		n++
	}
	return n > 0
}

// resultOwner reports an inspection word that names the owner of results right after it: "检查结果将
// 另行通知", "the inspection's results will be announced". The tense of the results is not the
// inspection's.
func (s *sentence) resultOwner(k int) bool {
	if k+1 >= len(s.hits) || s.word(s.hits[k+1]).feat&fResult == 0 {
		return false
	}
	g := gapWords(s.low, int(s.hits[k].end), int(s.hits[k+1].pos))
	return g >= 0 && g <= 1 && !s.adverbialBefore(int(s.hits[k].pos))
}

// onlyResultOwners reports whether every word with feature of owns results: then they are all there
// is to date.
func (s *sentence) onlyResultOwners(of feat) bool {
	for k, h := range s.hits {
		if s.word(h).feat&of != 0 && !s.resultOwner(k) {
			return false
		}
	}
	return true
}

// onlyResults reports whether every inspection word of the sentence names the inspection whose results
// are the subject: a word of results right after it ("the inspection's results", "инспекция
// нәтижелері", "检查结果") or just before it ("results of the audit", "итоги проведённой инспекции"),
// not as an adverbial of time ("по итогам", "following the results of", "根据…结果", "нәтижесінде"):
// those date an inspection as done.
func (s *sentence) onlyResults() bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 {
			continue
		}
		n++
		ref := false
		if k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fResult != 0 {
			if g := gapWords(s.low, int(h.end), int(s.hits[k+1].pos)); g >= 0 && g <= 1 {
				ref = !s.adverbialBefore(int(h.pos))
			}
		}
		for j := k - 1; j >= 0 && j >= k-2 && !ref; j-- {
			o := s.hits[j]
			if s.word(o).feat&fResult == 0 {
				continue
			}
			if g := gapWords(s.low, int(o.end), int(h.pos)); g >= 0 && g <= 3 {
				ref = !s.adverbialBefore(int(o.pos))
			}
		}
		if !ref {
			return false
		}
	}
	return n > 0
}

// adverbialBefore reports a preposition that makes the phrase at pos an adverbial: "по итогам",
// "following the results", "based on the findings", "根据检查结果".
func (s *sentence) adverbialBefore(pos int) bool {
	p, at := prevToken(s.low, s.sp.start, pos)
	if p == "the" || p == "its" {
		p, _ = prevToken(s.low, s.sp.start, at)
	}
	switch p {
	case "по", "following", "after", "on", "upon", "from", "by", "in", "with", "of", "согласно", "после":
		return true
	}
	head := s.low[s.sp.start:pos]
	for _, w := range [...]string{"根据", "按照", "依据", "依照"} {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// rulesOf reports the words between English rules and the inspection they govern: " for the ", " on ".
func rulesOf(between string) bool {
	for _, w := range strings.Fields(between) {
		if w != "for" && w != "on" && w != "of" && w != "the" && w != "governing" {
			return false
		}
	}
	return true
}

// onlyRequirements reports whether every inspection word of the sentence qualifies requirements,
// standards or rules right after it: "инспекциялық талаптар", "inspection requirements", "检查要求",
// "tekserý tártibin ózgertti" are rules exporters must meet, not an inspection. Russian puts the rules
// first: «порядок проведения проверок», «требования к инспекции».
func (s *sentence) onlyRequirements() bool {
	if s.lang != "ru" && s.lang != "en" || !s.has(fStandard) {
		return s.onlyBefore(fInspect, fStandard, 1)
	}
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		after := k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fStandard != 0 &&
			gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) <= 1
		j := k - 1
		if j > 0 && s.word(s.hits[j]).feat&(fDone|fPlanned|fMask) != 0 && gapWords(s.low, int(s.hits[j].end), int(h.pos)) == 0 {
			j-- // the verbal noun between: «порядок проведения проверок»
		}
		// English names the rules first too, by a preposition: "the requirements for the inspection of".
		before := j >= 0 && s.word(s.hits[j]).feat&fStandard != 0 && (gapWords(s.low, int(s.hits[j].end), int(s.hits[j+1].pos)) <= 1 ||
			s.lang == "en" && rulesOf(s.low[s.hits[j].end:s.hits[j+1].pos]))
		if !after && !before {
			return false
		}
		n++
	}
	return n > 0
}

// namesInspectors reports a word for inspectors or veterinary experts, not a delegation or officials
// at large: a delegation that visits a trade fair inspects nothing. A country's experts whose visit is
// planned come as inspectors ("Малайзия сарапшыларының Қазақстанға сапары", "a visit of Malaysian
// experts to Kazakhstan"); experts who come to talk are left out by discussion. The Chinese 专家 alone
// names experts of every kind; its group, 专家组, is the inspectors'.
func (s *sentence) namesInspectors() bool {
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fInspector != 0 && inspectorWord(w.pat) {
			return true
		}
	}
	return false
}

// inspectorWord reports a word of inspectors or veterinary experts, not of officials or a delegation.
func inspectorWord(pat string) bool {
	for _, p := range [...]string{"инспектор", "inspector", "ınspektor", "inspektor", "ветеринар", "veterinar",
		"veterınar", "ветврач", "врач", "检查", "审核员", "兽医", "专家组", "сарапшы", "sarapshy", "эксперт", "expert"} {
		if strings.Contains(pat, p) {
			return true
		}
	}
	return false
}

// announces reports a verb of announcing or publishing: "GACC announced the results of the
// inspection" is news of results, not of an inspection.
func (s *sentence) announces() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "announc", "publish", "объяв", "опубликова", "обнародова",
		"огласил", "公布", "发布", "宣布", "通报", "жариял", "jarıala", "jariala",
		// Told of the results: "сообщило об итогах проверки", "reported the results", "нәтижелерін хабарлады".
		"сообщил", "рассказал", "reported", "хабарла", "habarla", "介绍了")
}

// onlyAfter reports whether every inspection word of the sentence stands in an adverbial of time after
// it: "по итогам инспекции", "after the audit", "тексеруден кейін", "检查后".
func (s *sentence) onlyAfter() bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 {
			continue
		}
		n++
		if !s.afterAt(k) {
			return false
		}
	}
	return n > 0
}

// afterAt reports an inspection word, hit k, in an adverbial of time after it, as onlyAfter reads one.
func (s *sentence) afterAt(k int) bool {
	h := s.hits[k]
	if s.word(h).feat&fAfter != 0 {
		return true
	}
	// Kazakh puts it after: "тексеруден кейін".
	if k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fAfter != 0 && gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) <= 1 {
		return true
	}
	if k > 1 && vetWord(s.word(s.hits[k-1]).pat) && s.word(s.hits[k-1]).feat&fInspect == 0 &&
		gapWords(s.low, int(s.hits[k-1].end), int(h.pos)) == 0 {
		// "after the veterinary audit", «после ветеринарной инспекции»: the adjective of the inspection
		// stands between the word of time and it.
		h.pos = s.hits[k-1].pos
		k--
	}
	if k > 0 && s.word(s.hits[k-1]).feat&fAfter != 0 && gapWords(s.low, int(s.hits[k-1].end), int(h.pos)) == 0 {
		return true
	}
	if k > 0 && s.word(s.hits[k-1]).feat&fAfter != 0 && gapWords(s.low, int(s.hits[k-1].end), int(h.pos)) == 1 &&
		s.lang == "en" && strings.HasPrefix(s.low[s.hits[k-1].end:], " the ") {
		return true // "after the inspection"
	}
	if k > 1 && s.word(s.hits[k-2]).feat&fAfter != 0 && s.word(s.hits[k-1]).feat&(fDone|fEnded) != 0 &&
		gapWords(s.low, int(s.hits[k-2].end), int(h.pos)) == 1 {
		return true // "после завершения проверки", "after completion of the audit"
	}
	return false
}

// afterAgency reports a word of time before the inspection word, hit k, past its inspector alone:
// "after the GACC inspection", «после инспекции ГТУ КНР» is read by afterAt.
func (s *sentence) afterAgency(k int) bool {
	if k < 2 || s.word(s.hits[k-2]).feat&fAfter == 0 || s.word(s.hits[k-1]).feat&(fCountry|fAgency) == 0 {
		return false
	}
	g := gapWords(s.low, int(s.hits[k-2].end), int(s.hits[k].pos))
	return g >= 1 && g <= 3 && s.featsIn(int(s.hits[k-2].end), int(s.hits[k-1].pos))&^fCountry == 0
}

// afterDone reports an inspection word in an adverbial of time that a past verb dates as done: "После
// инспектирования ГТУ КНР … включены в реестр", "After the GACC inspection, three plants were added".
// clauseStatuses leaves such a word out, for its tense is its clause's.
//
// The verb is looked for in the word's clause, or, when the adverbial is a clause of its own ("After the
// GACC inspection, three plants were added"), in the next one.
func (s *sentence) afterDone() bool {
	for k, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 || !s.afterAt(k) && !s.afterAgency(k) {
			continue
		}
		a, b := s.clause(int(h.pos))
		f := s.featsIn(a, int(h.pos)) | s.featsIn(int(h.end), b)
		if f&(fPlanned|fDone|fLifted) == 0 && b < s.sp.end {
			_, nb := s.clause(b + 1)
			f = s.featsIn(b, nb)
		}
		if f&fPlanned == 0 && f&(fDone|fLifted) != 0 {
			return true
		}
	}
	return false
}

// domestic reports an inspection a country makes at home: one country named (or its regions), by its
// own agency or by no one in an article that reported no foreign inspection, of farms, or of places
// across the country ("провел 340 проверок хозяйств Алматинской области", "Jambyl oblysyndaǵy 150 sharýa
// qojalyǵyn tekserdi", "inspections of livestock farms across Kazakhstan", "对国内农场开展了1200次检查").
// Supervision of farms at home is no inspection of exporters by a trading partner; a check of one meat
// plant by the country's own committee still is an inspection. cs are the countries that may be
// inspected: a side of a border named as a place ("near the Kazakh border") is none.
func (s *sentence) domestic(m agrowatch.Mention, cs []cmention) bool {
	if len(cs) == 0 {
		return false
	}
	code := cs[0].code
	for _, c := range cs {
		if c.code != code {
			return false
		}
	}
	if m.By != "" && m.By != code || m.On != "" && m.On != code {
		return false
	}
	if m.By != "" && m.By != "KZ" && m.On == "" && s.foreignInspectors(code) {
		// "Reseı mamandarynyń qus fabrıkalaryn tekserýi josparlanǵan": a foreign country's inspectors at
		// plants of no region named, in news from Kazakhstan, are abroad, not supervising farms at home.
		return false
	}
	if m.By == "" && s.tp != nil && (s.tp.insp.By != "" && s.tp.insp.By != code || s.tp.ban.By != "" && s.tp.ban.By != code) {
		return false // the foreign agency the article named before, at work in the country's regions
	}
	// Elevators at home are checked for a harvest: «Минсельхоз проверит готовность элеваторов к приему урожая».
	return s.has(fDomestic) || containsAny(s.low[s.sp.start:s.sp.end], "хозяйств", "ферм", "птицефабрик", "farms",
		"across", "nationwide", "қожалы", "qojaly", "шаруашылықтар", "sharýashylyqtar", "ferma", "фабрика", "fabrıka", "农场", "养殖场", "по всей стране",
		"элеватор", "elevator", "粮库")
}

// kingdomInspectorWords name inspectors' country back as "the kingdom", by language.
var kingdomInspectorWords = langWords{
	ru: []string{"королевства"},
	kk: []string{"корольдіктің", "корольдік", "koroldiktiń", "koroldik"},
	en: []string{"from the kingdom", "the kingdom's"},
	zh: []string{"该王国", "王国的"},
}

// passedOwnCheck reports a plant that passed a check of the one country the sentence names, whose
// service or authority made it: «предприятие прошло плановую проверку казахстанской ветеринарной
// службы», "该企业已通过哈方兽医部门的日常检查", "passed a routine check by Kazakhstan's veterinary
// service". A plant under its own country's supervision is no exporter inspected by a trading partner;
// a plant of another country named ("казахстанское предприятие прошло инспекцию ГТУ КНР") is.
func (s *sentence) passedOwnCheck() bool {
	if len(s.cs) == 0 || !s.has(fService|fAgency) || s.has(fVisit) {
		return false
	}
	for _, c := range s.cs {
		if c.code != s.cs[0].code {
			return false
		}
	}
	if s.passedForeignCheck() {
		// «производственные площадки Общества прошли аудит ветеринарной службы ОАЭ»: plants of no country
		// named that a foreign service audited are the home country's exporters, not that country's own.
		return false
	}
	return passWords.in(s.lang, s.low[s.sp.start:s.sp.end]) && s.serviceOwns(s.cs[0])
}

// passedForeignCheck reports plants that passed a check of the one country the sentence names, not
// Kazakhstan: «площадки Общества прошли аудит ветеринарной службы ОАЭ», "passed an audit by Indonesia's
// veterinary service".
func (s *sentence) passedForeignCheck() bool {
	return len(s.cs) == 1 && s.cs[0].code != "KZ" && passWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

// serviceOwns reports a country named as the owner of a service or an authority: right before the
// service word or right after it, or flagged as a service's by the country rules.
func (s *sentence) serviceOwns(c cmention) bool {
	if c.service {
		return true
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fService|fAgency) == 0 {
			continue
		}
		if g := gapWords(s.low, c.end, int(h.pos)); g >= 0 && g <= 2 {
			return true
		}
		if g := gapWords(s.low, int(h.end), c.pos); g >= 0 && g <= 1 {
			return true
		}
	}
	return false
}

// passWords are the verbs of a plant that passed or underwent a check, by language: whole Russian
// words («в прошлом году» passes nothing), and in Kazakh after the ablative ("тексеруінен өтті"), for
// "тексеру өтті" tells an inspection that took place.
var passWords = langWords{
	ru: []string{"прошло ", "прошел ", "прошёл ", "прошла ", "прошли ", "проходит ", "проходят "},
	kk: []string{"нен өтті", "ден өтті", "тен өтті", "нан өтті", "дан өтті", "тан өтті", "nen ótti", "den ótti",
		"ten ótti", "nan ótti", "dan ótti", "tan ótti"},
	en: []string{"passed", "underwent", "has undergone", "have undergone"},
	zh: []string{"通过了", "已通过", "接受了"},
}

// ownFarms reports checks of a service's own farms: "Veterınarııalyq qyzmet óz sharýashylyqtaryn da
// tekserip jatyr", «проверяет собственные хозяйства», "inspects its own farms", "检查本国农场". Whoever the
// article named before, supervision at home is no inspection of exporters.
func (s *sentence) ownFarms() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], "өз шаруашылық", "óz sharýashylyq", "өз фермалар", "óz fermalar",
		"own farms", "own livestock farms", "own poultry farms", "собственные хозяйства", "собственных хозяйств",
		"свои хозяйства", "своих хозяйств", "本国农场", "国内农场",
		// Plants of one's own country or region and private household plots: "对本国屠宰场开展例行检查",
		// "对区内5家出口肉类企业开展飞行检查", «плановые проверки частных подворий», "backyard farms",
		// "жеке қосалқы шаруашылықтар".
		"对本国", "对区内", "本区", "подвор", "household plots", "backyard", "жеке қосалқы", "jeke qosalqy",
		"внутри региона", "внутри области", "within the region", "өңір ішінде", "óńir ishinde")
}

// withoutOtherInspectors returns cs but the adjectives of inspectors other than by's: «перед визитом
// китайских экспертов», "ahead of the visit of Chinese experts" name who comes, never who is inspected.
// cs itself is returned when none is.
func (s *sentence) withoutOtherInspectors(cs []cmention, by string) []cmention {
	if by == "" {
		return cs
	}
	n := 0
	for i := range cs {
		if s.otherInspectors(&cs[i], by) {
			n++
		}
	}
	if n == 0 || n == len(cs) {
		return cs
	}
	out := make([]cmention, 0, len(cs)-n)
	for i := range cs {
		if !s.otherInspectors(&cs[i], by) {
			out = append(out, cs[i])
		}
	}
	return out
}

// withoutBanHolders returns cs but the countries named as a ban's holder by the word right before it
// ("hoped the Russian restrictions would be lifted", «российские ограничения»): a ban's holder beside an
// inspection is neither its inspector nor the side inspected.
func (s *sentence) withoutBanHolders(cs []cmention) []cmention {
	if !s.has(fBanNoun) || len(cs) < 2 {
		return cs
	}
	out := make([]cmention, 0, len(cs))
	for _, c := range cs {
		if !s.banHolderAt(c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cs
	}
	return out
}

// banHolderAt reports a country word in the role of agent whose next word is a ban noun.
func (s *sentence) banHolderAt(c cmention) bool {
	if c.role != roleAgent {
		return false
	}
	for k, h := range s.hits {
		if int(h.pos) != c.pos || k+1 >= len(s.hits) {
			continue
		}
		n := s.hits[k+1]
		return s.word(n).feat&fBanNoun != 0 && gapWords(s.low, c.end, int(n.pos)) == 0
	}
	return false
}

// withoutBorderSides returns cs but the countries that name a side of a border ("near the Kazakh
// border", «у границы с Казахстаном», "border with Kazakhstan"): a place, not who is inspected. cs itself
// is returned when no other country is left.
func (s *sentence) withoutBorderSides(cs []cmention) []cmention {
	if !s.has(fBorder) || len(cs) < 2 {
		return cs
	}
	out := make([]cmention, 0, len(cs))
	for _, c := range cs {
		if !s.borderSide(c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 || len(out) == len(cs) {
		return cs
	}
	return out
}

// borderSide reports a country right before a word of border ("Kazakh border") or one word after it
// ("border with Kazakhstan", «границы с Казахстаном»).
func (s *sentence) borderSide(c cmention) bool {
	for k, h := range s.hits {
		if int(h.pos) < c.pos {
			continue
		}
		if int(h.pos) == c.pos && k > 0 {
			p := s.hits[k-1]
			if g := gapWords(s.low, int(p.end), c.pos); s.word(p).feat&fBorder != 0 && g >= 0 && g <= 1 {
				return true
			}
		}
		if int(h.pos) >= c.end {
			return s.word(h).feat&fBorder != 0 && gapWords(s.low, c.end, int(h.pos)) == 0
		}
	}
	return false
}

// withoutRelative returns cs but the countries inside a relative clause set off by commas that names
// no inspection ("The Russian veterinary service, which banned Kazakh beef last year, will inspect plants
// in Uzbekistan", «ГТУ КНР, которое в прошлом году запретило ввоз казахстанской говядины, проверит …»):
// what the clause tells of its subject is not what the inspection inspects. cs itself is returned when
// no other country but by is left.
func (s *sentence) withoutRelative(cs []cmention, by string) []cmention {
	if len(cs) < 2 || s.lang != "ru" && s.lang != "en" {
		return cs
	}
	a, b := s.relativeSpan()
	if a < 0 || s.featsIn(a, b)&(fInspect|fVisit) != 0 {
		return cs
	}
	out := make([]cmention, 0, len(cs))
	others := 0
	for _, c := range cs {
		if c.pos >= a && c.end <= b {
			continue
		}
		if c.code != by {
			others++
		}
		out = append(out, c)
	}
	if others == 0 || len(out) == len(cs) {
		return cs
	}
	return out
}

// relativeSpan returns the first relative clause of a Russian or English sentence set off by a comma
// (", который", ", which"), to the next comma or the sentence's end; a < 0 when there is none.
func (s *sentence) relativeSpan() (a, b int) {
	if s.lang != "ru" && s.lang != "en" {
		return -1, -1
	}
	low := s.low[s.sp.start:s.sp.end]
	i := strings.Index(low, ", котор")
	if s.lang == "en" {
		i = strings.Index(low, ", which ")
	}
	if i < 0 {
		return -1, -1
	}
	a, b = s.sp.start+i+1, s.sp.end
	if j := strings.IndexByte(s.low[a:s.sp.end], ','); j >= 0 {
		b = a + j
	}
	return a, b
}

// relativeSides sets the countries inspected by m and other, two inspections of one inspector dated
// apart, when one is told in a relative clause and names its country there: "The Russian veterinary
// service, which inspected Kazakh plants last year, will visit Uzbek plants next month". The
// inspection of the relative clause inspects the country inside it, the other one the country outside.
func (s *sentence) relativeSides(m, other *agrowatch.Mention) {
	a, b := s.relativeSpan()
	if a < 0 || s.featsIn(a, b)&(fInspect|fVisit) == 0 {
		return
	}
	var in, out []cmention
	for _, c := range s.cs {
		if c.pos >= a && c.end <= b {
			in = append(in, c)
		} else {
			out = append(out, c)
		}
	}
	roles := []role{roleOrigin, roleLoc, roleObject, roleDest, roleSource, roleAgent, roleRegion}
	inOn, outOn := pick(in, m.By, roles...), pick(out, m.By, roles...)
	if inOn == "" || outOn == "" || inOn == outOn {
		return
	}
	relDone := s.featsIn(a, b)&fDone != 0
	relPlanned := s.featsIn(a, b)&fPlanned != 0
	if relDone == relPlanned {
		return // the clause's tense is not told apart
	}
	for _, x := range []*agrowatch.Mention{m, other} {
		if (x.Status == agrowatch.StatusDone) == relDone {
			x.On = inOn
		} else {
			x.On = outOn
		}
	}
}

// otherInspectors reports a country other than by named as inspecting right before a word for
// inspectors ("китайских экспертов", "Chinese experts"), or an agency right beside an inspection word
// of its own ("before the GACC audit", «к предстоящей инспекции ГТУ КНР»).
func (s *sentence) otherInspectors(c *cmention, by string) bool {
	if c.code == by {
		return false
	}
	for k, h := range s.hits {
		if int(h.pos) < c.pos {
			continue
		}
		agency := int(h.pos) == c.pos && s.word(h).form == formAgency
		if agency && k > 0 {
			p := s.hits[k-1]
			if s.word(p).feat&fInspect != 0 && gapWords(s.low, int(p.end), c.pos) == 0 {
				return true // «инспекции ГТУ КНР»
			}
		}
		if int(h.pos) < c.end {
			continue
		}
		f := s.word(h).feat
		if gapWords(s.low, c.end, int(h.pos)) != 0 {
			return false
		}
		return c.inspector && f&fInspector != 0 || s.agencyAt(c.pos) && f&fInspect != 0 && f&fInspector == 0
	}
	return false
}

// agencyAt reports a country written as its agency (ГТУ КНР, GACC) at pos.
func (s *sentence) agencyAt(pos int) bool {
	for _, h := range s.hits {
		if int(h.pos) == pos {
			return s.word(h).form == formAgency
		}
	}
	return false
}

// withoutRegisterOwners returns the countries of the sentence but those that own a register or list
// named beside them: "все они внесены в реестр Китая", "added to China's register", "Qytaı tizilimine
// engizildi". The country that lists plants is not inspected. The sentence's own countries are returned
// when none owns one.
func (s *sentence) withoutRegisterOwners() []cmention {
	if !s.namesRegister() {
		return s.cs // most sentences: no country can own a register
	}
	n := 0
	for i := range s.cs {
		if s.registerOwner(&s.cs[i]) {
			n++
		}
	}
	if n == 0 {
		return s.cs
	}
	cs := make([]cmention, 0, len(s.cs)-n)
	for i := range s.cs {
		if !s.registerOwner(&s.cs[i]) {
			cs = append(cs, s.cs[i])
		}
	}
	return cs
}

// registerOwner reports a country right before a word of register, past one word ("China's official
// register"), or right after one ("реестр Китая").
func (s *sentence) registerOwner(c *cmention) bool {
	for _, h := range s.hits {
		if !registerWord(s.word(h).pat) {
			continue
		}
		if int(h.pos) >= c.end {
			if g := gapWords(s.low, c.end, int(h.pos)); g >= 0 && g <= 1 {
				return true
			}
		} else if int(h.end) <= c.pos && gapWords(s.low, int(h.end), c.pos) == 0 {
			return true
		}
	}
	return false
}

// namesRegister reports a word of register among the sentence's hits: read once, before the countries
// are checked for owning one.
func (s *sentence) namesRegister() bool {
	for _, h := range s.hits {
		if registerWord(s.word(h).pat) {
			return true
		}
	}
	return false
}

// registerWord reports a lexicon pattern that names a register or list.
func registerWord(pat string) bool {
	return containsAny(pat, "реестр", "register", "tizilim", "тізілім", "名单")
}

// agentAfterNoun reports inspectors c named after the inspection as its agent: the Russian instrumental
// («инспекция элеваторов китайскими специалистами», «специалистами Китая») or "by" ("an audit of the
// elevators by Chinese experts").
func (s *sentence) agentAfterNoun(c cmention) bool {
	switch s.lang {
	case "ru":
		if w := s.low[c.pos:wordEnd(s.low, c.end, s.sp.end)]; hasAnySuffix(w, "ими", "ыми") {
			return true
		}
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		return hasAnySuffix(p, "ами", "ями")
	case "en":
		p, _ := prevToken(s.low, s.sp.start, c.pos)
		return p == "by"
	}
	return false
}

// namesOnly reports a sentence whose every country is code: "Kazakh veterinarians plan to inspect the
// plants".
func (s *sentence) namesOnly(code string) bool {
	for _, c := range s.cs {
		if c.code != code {
			return false
		}
	}
	return true
}

// namesRegion reports a region or city of a country the sentence names: "в Костанайской области".
func (s *sentence) namesRegion() bool {
	for _, c := range s.cs {
		if c.region {
			return true
		}
	}
	return false
}

// noSide reports a country the sentence names, each time in no role.
func (s *sentence) noSide(code string) bool {
	n := 0
	for _, c := range s.cs {
		if c.code == code {
			if c.role != roleNone {
				return false
			}
			n++
		}
	}
	return n > 0
}

// foreignInspectors reports inspectors of the country code named as such ("Reseı mamandary", "Russian
// inspectors"; its agency alone may be at work at home) before any word of inspecting, no region and no
// word of the country's own farms: "өз шаруашылықтарын", "its own farms". Inspectors named after the
// verb are another phrase's: "Госинспекторы проверили птицефабрики перед визитом российских экспертов".
func (s *sentence) foreignInspectors(code string) bool {
	// See agentAfterNoun for inspectors named after the inspection.
	first := s.sp.end
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) != 0 {
			first = int(h.pos)
			break
		}
	}
	for _, c := range s.cs {
		if c.code != code || !c.inspector || c.region || c.pos > first && !s.agentAfterNoun(c) {
			return false
		}
	}
	return s.has(fInspector) && !s.has(fDomestic|fRegion) && !containsAny(s.low[s.sp.start:s.sp.end], "өз ", "óz ", " own ", "свои", "собствен", "本国", "国内")
}

// obligationWords say that something must be done; undergoWords that it is done to the subject.
var (
	obligationWords = [...]string{"must ", "have to ", "has to ", "required to ", "obliged", "должн", "обязан",
		"необходимо", "тиіс", "міндетті", "керек", "tıis", "mindetti", "kerek", "须", "需", "应当",
		// What lies ahead of the plants: «предприятиям предстоит пройти проверку», "will need to pass".
		"предстоит", "придется", "придётся", "нужно", "need to ", "needs to ", "қажет", "qajet",
		// A demand made of the plants: «потребовала, чтобы … прошли инспекцию», "demanded that … undergo".
		"потребова", "требует", "требуют", "demand", "require", "insist", "талап ет", "talap et", "要求"}
	undergoWords = [...]string{"pass", "undergo", "subject", "пройти", "проходить", "проходят", "подлеж",
		"прошли", "прошла", "прошло", "прошел", "прошёл", "өтуі", "өтуге", "ótýi", "ótýge", "接受", "经过", "通过",
		"өту", "ótý"} // the verbal noun: "тексеруінен өту қажет"
)

// onlyObliged reports whether every inspection word of the sentence is one its subject must undergo:
// a word of obligation before it in the sentence and a verb of undergoing in its clause (in Kazakh
// both after it: "тексеруден өтуі тиіс"). An inspection exporters must pass is a rule they meet, not
// one held; inspectors who must inspect ("тексеруі керек") plan one.
func (s *sentence) onlyObliged() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		head := s.low[s.sp.start:h.pos]
		if s.lang == "kk" {
			head = s.low[h.end:s.sp.end]
		}
		if !containsAny(head, undergoWords[:]...) || !containsAny(head, obligationWords[:]...) {
			return false // most sentences: no clause to find (the shorter list first)
		}
		a, b := s.clause(int(h.pos))
		clause := s.low[a:h.pos]
		if s.lang == "kk" {
			clause = s.low[h.end:b]
		}
		if !containsAny(clause, undergoWords[:]...) && (s.lang == "kk" || !containsAny(commaPhrase(s.low, s.sp.start, int(h.pos)), undergoWords[:]...)) {
			return false
		}
		n++
	}
	return n > 0
}

// rightWords give a side the right to do what follows them: «вправе», «имеет право», "may", "is
// entitled to", "reserves the right to", "құқылы" (after the verbal noun in Kazakh).
var rightWords = langWords{
	ru: []string{"вправе", "имеет право", "имеют право", "оставляет за собой право", "оставляют за собой право"},
	en: []string{"may", "entitled to", "the right to", "reserves the right", "reserve the right"},
	kk: []string{"құқылы", "құқығы бар", "quqyly", "quqyǵy bar"},
}

// grantWords give another the right, its holder between them and the inspection: "entitles the
// Iranian side to audit", «даёт китайской стороне право проводить».
var grantWords = langWords{
	ru: []string{"дает право", "даёт право", "дают право", "предоставляет право", "предоставляет ей право", "дает ей право",
		"даёт ей право"},
	en: []string{"entitles ", "entitle ", "entitling ", "gives the right", "grants the right", "give the right"},
}

// onlyEntitled reports whether every inspection word of the sentence is one a side is given the right to
// hold: a word of right at most five words before it («китайская сторона вправе провести
// инспекцию», "the Chinese side may inspect exporting plants", "is entitled to carry out audits"), or in
// Kazakh within two words after it ("тексеру жүргізуге құқылы"). A protocol's clause of rights holds no
// inspection, as one plants must pass does not.
func (s *sentence) onlyEntitled() bool {
	words := rightWords.of(s.lang)
	if len(words) == 0 {
		return false
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fInspect == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		var near string
		if s.lang == "kk" {
			end := wordEnd(s.low, int(h.end), b)
			for k := 0; k < 2; k++ {
				if t, p := nextToken(s.low, end, b); t != "" {
					end = p + len(t)
				}
			}
			near = s.low[h.pos:end]
		} else {
			near = " " + lastWords(strings.TrimRight(s.low[a:h.pos], " "), 5) + " "
		}
		// The active verb gives the right with its object between: "The agreement entitles the Iranian
		// Veterinary Organization to audit", «даёт … право проводить».
		found := containsAny(lastWords(strings.TrimRight(s.low[a:h.pos], " "), 8), grantWords.of(s.lang)...)
		for _, w := range words {
			if s.lang == "en" && w == "may" {
				found = found || strings.Contains(near, " may ")
				continue
			}
			found = found || containsAny(near, w)
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}

// commaPhrase is the text from the last comma, semicolon or colon before pos: the objects a verb
// governs joined by "and" share it («должны пройти регистрацию в реестре и инспекцию», "must pass
// registration and an audit"), though "и" opens a clause of its own for s.clause.
func commaPhrase(low string, from, pos int) string {
	head := low[from:pos]
	if i := strings.LastIndexAny(head, ",;:"); i >= 0 {
		head = head[i+1:]
	}
	return head
}

// onlyHopers reports whether every officials or inspectors the sentence names are a country's that
// speaks, hopes or asks: "Kazakh officials hope", "Казахстанская сторона надеется", or in Kazakh, whose
// verb closes the sentence, "Қазақстан тарапы … деп үміттенеді". A sentence that names no inspectors has
// none but those.
func (s *sentence) onlyHopers() bool {
	finalAsk := s.lang == "kk" && len(s.hits) > 0 && s.word(s.hits[len(s.hits)-1]).feat&fAsk != 0
	for i := range s.cs {
		if c := &s.cs[i]; c.inspector && !finalAsk && !s.saysOnly(c) {
			return false
		}
	}
	if !s.has(fInspector) {
		return true
	}
	for _, c := range s.cs {
		if c.inspector {
			return true
		}
	}
	return false // "experts" of no country named
}

// plansOnlyAttributive reports whether every word of plans stands right before an inspection word, as
// its attribute: "жоспарланған тексеру", "josparlanǵan tekserý", "плановой проверки", "planned audit".
func (s *sentence) plansOnlyAttributive() bool {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fPlanned == 0 {
			continue
		}
		if !s.attributivePlan(k) {
			return false
		}
		n++
	}
	return n > 0
}

// attributivePlan reports a word of plans, hit k, right before an inspection word. A finite verb there
// is the clause's predicate, not an attribute: «в ноябре планируется документарный контроль» dates the
// check as to come, as «запланированная проверка» does not.
func (s *sentence) attributivePlan(k int) bool {
	h := s.hits[k]
	return s.word(h).feat&fPlanned != 0 && k+1 < len(s.hits) && s.word(s.hits[k+1]).feat&fInspect != 0 &&
		gapWords(s.low, int(h.end), int(s.hits[k+1].pos)) == 0 && !s.finiteVerb(h)
}

// finiteVerb reports a word of plans, hit h, that is a verb: a Russian one that goes on past its stem
// in a present or future ending of the third person («планируется», «планируют», «намечается»), or an
// English one with the article of its object ("plan an on-site visit").
func (s *sentence) finiteVerb(h hit) bool {
	if p := s.word(h).pat; strings.HasSuffix(p, " a") || strings.HasSuffix(p, " an") || strings.HasSuffix(p, " to") {
		return true // "plan an on-site visit", "plan to inspect another five": the verb of plans itself
	}
	if s.lang != "ru" {
		return false
	}
	w := s.low[h.pos:wordEnd(s.low, int(h.end), s.sp.end)]
	for _, e := range [...]string{"ется", "ются", "ится", "ятся", "ует", "уют"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// actingService returns the country whose veterinary service is the subject of a Chinese inspection:
// "乌兹别克斯坦兽医部门对哈萨克斯坦…企业进行了审核". A service is what an inspection inspects
// ("哈萨克斯坦兽医部门已通过…评估"), unless 对 after it marks another country's plants as the object;
// then the service inspects them, as "Ветеринарная служба Узбекистана провела аудит казахстанских
// предприятий" and "Ózbekstannyń veterınarlyq qyzmeti … aýdıt júrgizdi" say with the word order alone.
func (s *sentence) actingService() string {
	if s.lang != "zh" {
		return ""
	}
	for i := 0; i+1 < len(s.cs); i++ {
		c, next := s.cs[i], s.cs[i+1]
		if next.code == c.code || next.pos < c.end || next.pos-c.end > 48 {
			continue // 24 bytes: the service word and an adverb, "兽医部门将对"
		}
		between := s.low[c.end:next.pos]
		if next.pos-c.end <= 24 && strings.HasSuffix(between, "对") && s.featsIn(c.end, next.pos)&fService != 0 {
			return c.code
		}
		if s.featsIn(c.end, next.pos)&(fService|fInspect) == fService|fInspect && !containsAny(between, "已通过", "通过了", "接受", "对") &&
			!strings.HasSuffix(between, "通过") {
			// "阿联酋兽医部门通过视频方式检查了哈萨克斯坦两家肉类企业": a service whose verb of inspecting
			// takes the next country as its object inspects it ("通过视频方式" is the means); a service that
			// passed or underwent
			// another's check ("已通过中国海关的评估") does not.
			return c.code
		}
	}
	return ""
}

// inspectedService reports a country named only as the owner of a service that an inspection noun
// governs right before it: «аудит ветеринарной службы Казахстана», "an audit of the veterinary service
// of Kyrgyzstan". Such a service is the object of the inspection, not its agent, whoever audits it («со
// стороны ЕАЭС», "by the EAEU" name no country, and the side after the country is not its own). A
// service that is the subject of its own verb ("Иранская ветеринарная служба проверила …") keeps its
// role.
func (s *sentence) inspectedService(code string) bool {
	if s.lang == "kk" {
		return s.kkServiceObject(code)
	}
	if s.lang != "ru" && s.lang != "en" {
		return false
	}
	found := false
	for _, c := range s.cs {
		if c.code != code {
			continue
		}
		if !s.inspectNounBefore(c.pos) {
			return false
		}
		found = true
	}
	return found
}

// inspectNounBefore reports a word of inspection within five words before pos, with a word of a
// service between and no clause break: «аудит ветеринарной службы |Казахстана», "audit of the
// veterinary service of |Kazakhstan".
func (s *sentence) inspectNounBefore(pos int) bool {
	for _, h := range s.hits {
		if int(h.end) > pos {
			break
		}
		if s.word(h).feat&(fInspect|fInspector) != fInspect {
			continue // «аудиторы ветеринарной службы Ирана» are the service's own inspectors
		}
		if w := s.low[h.pos:wordEnd(s.low, int(h.end), pos)]; hasAnySuffix(w, "ая", "ый", "ой", "ое", "ые", "ого", "ых", "ую") ||
			hasAnyPrefix(w, "аудитор", "инспектор", "auditor", "inspector") {
			// «Инспекционная служба Саудовской Аравии» is an inspecting service, «аудиторы ветеринарной
			// службы Ирана» its inspectors: only a noun of the act governs what it inspects.
			continue
		}
		if g := gapWords(s.low, int(h.end), pos); g >= 0 && g <= 5 && s.featsIn(int(h.end), pos)&fService != 0 &&
			!strings.ContainsAny(s.low[h.end:pos], ",;:") && !s.passedBefore(int(h.pos)) {
			return true
		}
	}
	return false
}

// passedBefore reports a verb of passing right before the inspection noun at pos: plants that «прошли
// аудит ветеринарной службы ОАЭ» or "passed an audit of the veterinary service of Malaysia" were
// audited by that service, which the noun then names as its agent, not its object.
func (s *sentence) passedBefore(pos int) bool {
	p, at := prevToken(s.low, s.sp.start, pos)
	if p == "a" || p == "an" || p == "the" {
		p, _ = prevToken(s.low, s.sp.start, at)
	}
	return p != "" && slices.Contains(passWords.of(s.lang), p+" ") || p == "passed" || p == "underwent"
}

// anotherWords name another of what the article reported: "the next inspection", «следующая проверка».
var anotherWords = [...]string{"следующ", "очередн", "повторн", "next ", "another ", "follow-up", "келесі", "kelesi",
	"下一次", "下次", "下一轮", "再次"}

// namesNext reports a word of the next or another one of something: "next", «следующая», "келесі", "下一次".
func (s *sentence) namesNext() bool {
	return containsAny(s.low[s.sp.start:s.sp.end], anotherWords[:]...)
}

// askedToInspect reads an inspection asked of or proposed to a country named between the verb of asking
// and the verb of the act asked, in Russian and English: «Казахстан попросил Китай провести инспекцию
// мясокомбинатов», «предложило ГТУ КНР провести в марте инспекцию», «предложила китайской стороне
// провести», "Kazakhstan asked China to inspect its meat plants", "requested the Kazakh side to arrange
// a video inspection". The country asked inspects (to); from is another country the sentence names,
// the one who asks or whose plants are named. Read only for a sentence that gives an inspection.
func (s *sentence) askedToInspect() (to, from string, ok bool) {
	if s.lang != "ru" && s.lang != "en" {
		return "", "", false
	}
	for _, c := range s.cs {
		if c.region || !s.askedBefore(c.pos) || !s.actAfter(c.end) {
			continue
		}
		to = c.code
		break
	}
	if to == "" {
		return "", "", false
	}
	for _, c := range s.cs {
		if c.code != to {
			from = c.code
			break
		}
	}
	return to, from, true
}

// askedBefore reports a verb of asking or proposing right before pos, the addressee's adjective or "the"
// between: «попросил Китай», «предложила китайской стороне», "asked China", "requested the Kazakh side".
func (s *sentence) askedBefore(pos int) bool {
	p, at := prevToken(s.low, s.sp.start, pos)
	if p == "the" {
		p, at = prevToken(s.low, s.sp.start, at)
	}
	if gapWords(s.low, at, pos) < 0 {
		return false // a comma or a bracket between
	}
	switch s.lang {
	case "ru":
		return hasAnyPrefix(p, "попросил", "просит", "просят", "просил", "предложил", "предлагает", "предлагают")
	case "en":
		return p == "asked" || p == "asks" || p == "ask" || p == "requested" || p == "requests" || p == "urged" || p == "invited"
	}
	return false
}

// askActs are the verbs of the act an inspection asked for is, after the addressee: «провести»,
// "to arrange".
var askActs = langWords{
	ru: []string{"провести", "организовать", "осуществить", "проверить", "проинспектировать", "посетить", "направить"},
	en: []string{"inspect", "audit", "conduct", "carry", "arrange", "organise", "organize", "hold", "send", "visit", "check"},
}

// actAfter reports the verb of the act asked at most two words after end, the rest of the addressee's
// name between («Китай провести», «китайской стороне провести», "China to inspect", "Kazakh side to
// arrange"), with no comma between.
func (s *sentence) actAfter(end int) bool {
	at := wordEnd(s.low, end, s.sp.end)
	for n := 0; n < 3; n++ {
		w, pos := nextToken(s.low, at, s.sp.end)
		if w == "" || gapWords(s.low, at, pos) < 0 {
			return false
		}
		if s.lang == "en" && w == "to" {
			v, vpos := nextToken(s.low, pos+len(w), s.sp.end)
			return gapWords(s.low, pos+len(w), vpos) == 0 && slices.Contains(askActs.en, v)
		}
		if s.lang == "ru" && slices.Contains(askActs.ru, w) {
			return true
		}
		at = pos + len(w)
	}
	return false
}

// agreementWords agree on an act still to come: «договорились организовать», "agreed to inspect",
// "бейнеинспекция жүргізуге келісті".
var agreementWords = langWords{
	ru: []string{"договорились", "договорилась", "договорился", "договорилось", "согласились", "согласилась",
		"согласился", "согласилось", "условились"},
	en: []string{"agreed to", "agree to", "agrees to"},
	kk: []string{"келісті", "kelisti", "келісім берді", "kelisim berdi"},
}

// agreedInspection reports an inspection that a verb of agreement governs: the act agreed on right
// after the verb, the inspection a few words on with no comma between («Стороны договорились
// организовать в апреле визит экспертов», «условились провести в июне … инспекцию», "agreed to
// inspect", "agreed to arrange a visit"), and in Kazakh the inspection and its verb in the dative right
// before it ("бейнеинспекция жүргізуге келісті", "тексеруге келісті"). What the sides agree to do is
// still to come; what they agree on about one held is not («договорились признать результаты
// инспекции», "agreed that the audit … had gone well").
func (s *sentence) agreedInspection() bool {
	at := agreementWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end == 0 {
		return false
	}
	a, b := s.sp.start+at.start, s.sp.start+at.end
	if s.lang == "kk" {
		return s.kkAgreedAct(a)
	}
	next, npos := nextToken(s.low, b, s.sp.end)
	if gapWords(s.low, b, npos) != 0 {
		return false
	}
	act := slices.Contains(askActs.of(s.lang), next)
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 || int(h.pos) < b {
			continue
		}
		if g := gapWords(s.low, b, int(h.pos)); g == 0 || act && g > 0 && g <= 8 {
			return true
		}
	}
	return false
}

// orderWords order an act still to come: «поручило», «поручено», "instructed", "тапсырылды". The
// English ones are whole words, so that "borders" holds no order.
var orderWords = langWords{
	ru: []string{"поручил", "поручено", "поручает", "поручается"},
	en: []string{" instructed ", " instructs ", " ordered ", " tasked "},
	kk: []string{"тапсырылды", "тапсырды", "тапсырған", "tapsyryldy", "tapsyrdy", "tapsyrǵan"},
}

// orderedInspection reports an inspection that a verb of ordering governs: the act ordered at most four
// words after the verb, its addressee between, and the inspection a few words on, with no comma
// between («поручило Комитету ветеринарного контроля и надзора провести в июле инспекцию», "instructed
// the committee to inspect"); in Kazakh the inspection and its verbal noun right before the verb
// ("инспекция жүргізу тапсырылды", "тексеруді тапсырды"). A word of order that governs no act
// («по поручению», "orders of beef") is none.
func (s *sentence) orderedInspection() bool {
	at := orderWords.index(s.lang, s.low[s.sp.start:s.sp.end])
	if at.end == 0 {
		return false
	}
	a, b := s.sp.start+at.start, s.sp.start+at.end
	if s.lang == "kk" {
		return s.kkOrderedAct(a)
	}
	at2 := wordEnd(s.low, b, s.sp.end)
	for n := 0; n < 7; n++ {
		w, pos := nextToken(s.low, at2, s.sp.end)
		if w == "" || gapWords(s.low, at2, pos) < 0 {
			return false
		}
		if slices.Contains(askActs.of(s.lang), w) {
			return s.inspectionWithin(pos+len(w), 8)
		}
		at2 = pos + len(w)
	}
	return false
}

// inspectionWithin reports an inspection or visit word that starts at most n words after pos, with no
// comma between.
func (s *sentence) inspectionWithin(pos, n int) bool {
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 || int(h.pos) < pos {
			continue
		}
		if g := gapWords(s.low, pos, int(h.pos)); g >= 0 && g <= n {
			return true
		}
	}
	return false
}

// kkOrderedAct reports a Kazakh inspection ordered, the word before the verb of ordering at a: the
// inspection's verbal noun ("тексеруді тапсырды") or a verb of conducting right after the inspection
// ("инспекция жүргізу тапсырылды", "tekserý júrgizýdi tapsyrdy").
func (s *sentence) kkOrderedAct(a int) bool {
	p, ppos := prevToken(s.low, s.sp.start, a)
	if gapWords(s.low, ppos+len(p), a) != 0 {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 {
			continue
		}
		if int(h.pos) <= ppos && wordEnd(s.low, int(h.end), s.sp.end) >= ppos+len(p) {
			return true // "тексеруді": the inspection's verbal noun itself
		}
		if gapWords(s.low, int(h.end), ppos) == 0 && hasAnyPrefix(p, "жүргіз", "өткіз", "júrgiz", "ótkiz") {
			return true
		}
	}
	return false
}

// kkAgreedAct reports a Kazakh inspection agreed on, the word before the verb of agreement at a: the
// inspection's own verbal noun in the dative ("тексеруге келісті") or a verb of conducting in the dative
// right after the inspection ("бейнеинспекция жүргізуге келісті", "tekserý júrgizýge kelisti").
func (s *sentence) kkAgreedAct(a int) bool {
	p, ppos := prevToken(s.low, s.sp.start, a)
	if !hasAnySuffix(p, "уге", "уға", "ýge", "ýǵa") {
		return false
	}
	for _, h := range s.hits {
		if s.word(h).feat&(fInspect|fVisit) == 0 {
			continue
		}
		if int(h.pos) <= ppos && wordEnd(s.low, int(h.end), s.sp.end) >= ppos+len(p) {
			return true // "тексеруге": the inspection's verbal noun itself
		}
		if gapWords(s.low, int(h.end), ppos) == 0 && hasAnyPrefix(p, "жүргіз", "өткіз", "жаса", "júrgiz", "ótkiz", "jasa") {
			return true
		}
	}
	return false
}
