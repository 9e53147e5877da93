package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"agrowatch"
)

// Extractor finds mentions in article text. Its lexicons are compiled once by New and only read
// afterwards, so one Extractor serves any number of goroutines.
type Extractor struct {
	lex     *lexicon
	periods []compiledPeriod
	pool    sync.Pool // *scratch: per-call buffers, reused to keep Extract from allocating per sentence
}

// scratch holds the buffers one Extract call needs.
type scratch struct {
	hits  []hit
	spans []span
	cs    []cmention
	qs    []quantity
	brk   []span
	low   []byte // the bytes of the last article's lowercase, written again by the next one
	tp    topic  // the article's topic, kept off the heap between calls
}

// New compiles the lexicons once; an *Extractor is safe for concurrent use.
func New() *Extractor {
	x := &Extractor{lex: compileLexicon(
		countryLexicon(), commodityLexicon(), ruLexicon(), kkLexicon(), enLexicon(), zhLexicon(),
	), periods: compilePeriods()}
	x.pool.New = func() any { return new(scratch) }
	return x
}

// sentence is what the rules of every kind read: one sentence's span, its lexicon hits and the
// roles of the countries it names.
type sentence struct {
	x     *Extractor
	text  string // the whole text
	low   string // the whole text lowercased, same offsets
	sp    span
	hits  []hit
	feats feat
	cs    []cmention
	lang  string
	str   string // the sentence, whitespace folded; set once a mention is found
	tp    *topic // what the article has established before this sentence
	all   []hit  // every hit of the article, for its subject country
	ref   bool   // the sentence refers back to the article's ban
	askTo string // the destination of the question this sentence answers

	breaks     []span // the runes that separate its clauses, once clause has asked
	breaksRead bool
}

func (s *sentence) has(f feat) bool  { return s.feats&f != 0 }
func (s *sentence) word(h hit) *word { return &s.x.lex.words[h.w] }

// everyHit reports whether the sentence has a word with a feature of mask and every such word passes ok.
func (s *sentence) everyHit(mask feat, ok func(h hit, w *word) bool) bool {
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&mask == 0 {
			continue
		}
		if !ok(h, w) {
			return false
		}
		n++
	}
	return n > 0
}

func (s *sentence) folded() string {
	if s.str == "" {
		s.str = fold(s.text[s.sp.start:s.sp.end])
	}
	return s.str
}

// firstCode returns the code of the first hit with feature f.
func (s *sentence) firstCode(f feat) string {
	for _, h := range s.hits {
		if w := s.word(h); w.feat&f != 0 && w.code != "" {
			return w.code
		}
	}
	return ""
}

// featsIn returns the features of the hits that start in [a, b).
func (s *sentence) featsIn(a, b int) feat {
	var f feat
	for _, h := range s.hits {
		if int(h.pos) >= a && int(h.pos) < b {
			f |= s.word(h).feat
		}
	}
	return f
}

// Cheap tests on a sentence's features say which rules can fire at all.
const (
	banCue    = fBanNoun | fImposed | fLifted | fInForce
	borderCue = fDelay | fEnded
)

// lowered is text made valid UTF-8, with plain spaces (plainSpaces), and its lowercase as the lexicon
// reads it, in sc's buffer; odd reports a character that repair would change.
func (x *Extractor) lowered(text, lang string, sc *scratch) (string, string, bool) {
	low, valid, odd, buf := lowerInto(text, sc.low)
	if odd {
		if plain := plainSpaces(text); plain != text {
			text = plain
			low, valid, odd, buf = lowerInto(text, sc.low)
		}
	}
	if !valid {
		text = strings.ToValidUTF8(text, "\uFFFD")
		low = lowerText(text)
	}
	if cap(buf) > cap(sc.low) {
		sc.low = buf[:0]
	}
	if n := kkApostropheWords(low, 2); (lang == "kk" || lang == "") && (n >= 2 || n == 1 && detectLang(text, low) == "kk") &&
		(lang == "kk" || detectLang(text, low) == "kk") {
		// One word in the apostrophe spelling is enough in a text told Kazakh by its other words: "Baqty
		// beketindegi kezek alty ku'nge sozyldy".
		low = kkFromApostrophes(low) // Latin Kazakh in the apostrophe spelling of 2017, read as the 2018 one
	}
	return text, low, odd
}

// Extract returns the mentions in text. lang is "ru", "kk", "en", "zh" or "" to detect per text
// (detect per sentence where the article mixes languages, e.g. an English article quoting Chinese).
func (x *Extractor) Extract(text, lang string) []agrowatch.Mention {
	sc := x.pool.Get().(*scratch)
	defer x.pool.Put(sc)
	text, low, odd := x.lowered(text, lang, sc)
	sc.hits = x.lex.scan(low, sc.hits[:0], &odd)
	if odd || hasEntity(text) {
		// Characters a reader does not see or cannot tell apart (repair.go): read again, repaired.
		if fixed, changed := repair(text); changed {
			text, low, _ = x.lowered(fixed, lang, sc)
			sc.hits = x.lex.scan(low, sc.hits[:0], new(bool))
		}
	}

	// The text's own language, detected once and only when a sentence too short to tell its own (a
	// two-word headline, "Бидай экспорты") is to take it.
	textLang, textDone := "", false
	docLang := func() string {
		if !textDone {
			textLang, textDone = detectLang(text, low), true
		}
		return textLang
	}

	sc.spans = sentenceSpans(text, sc.spans[:0])

	var out []agrowatch.Mention
	counts := sc.tp.counts
	clear(counts)
	sc.tp = topic{counts: counts, order: sc.tp.order[:0]}
	tp := &sc.tp
	hits := sc.hits
	h := 0
	named := "" // the last country the sentence before named
	for _, sp := range sc.spans {
		for h < len(hits) && int(hits[h].pos) < sp.start {
			h++
		}
		hits = x.zhDisposals(low, hits, h, sp.end)
		hits = x.zhAgencyNames(low, hits, h, sp.end)
		hits = x.zhBareAsks(hits, h, sp.end)
		e := h
		var f, verbs feat // verbs: the features of the words that are not ban nouns
		for e < len(hits) && int(hits[e].pos) < sp.end {
			wf := x.lex.words[hits[e].w].feat
			f |= wf
			if wf&fBanNoun == 0 {
				verbs |= wf
			}
			e++
		}
		tp.name(named)
		named = tp.notice(x.lex.words, low, sp.start, hits[h:e], f)
		if f&fCause != 0 && f&(banCue|fPending|fPendingStrong|fAsk) == 0 {
			causeAfter(out, tp)
		}
		if f&fChrome != 0 {
			h = e // a newsletter box or a cookie banner that reached the text: no fact
			continue
		}
		ban := f&(fMeat|fCause) != 0 && f&banCue != 0 // a ban for a disease of animals concerns animals
		// Plants entered in a register after an inspection, in an article of one animal product, get
		// access: a lifting ("аталған кәсіпорындардың төртеуі … тізіліміне енгізілді").
		ban = ban || f&(fTarget|fLifted) == fTarget|fLifted && f&(fPending|fPendingStrong|fPlanned|fForecast|fAsk) == 0 &&
			tp.ban.Kind == "" && tp.insp.By != "" && slices.Contains(AnimalProducts[:], tp.goods) &&
			registerDone(x.lex.words, low, hits[h:e])
		ref := !ban && tp.banRef(f, verbs)
		insp := f&(fInspect|fVisit) != 0 || f&fInspector != 0 && f&fTarget != 0 // inspectors "фабрикасында болып"
		vol := f&fUnit != 0
		border := f&(fPlace|fBorder) != 0 && f&borderCue != 0 || f&fPlace != 0 && f&(fCargo|fBorder) != 0 && (acceptanceCut(low[sp.start:sp.end]) ||
			f&fCargo != 0 && (spentIn(low[sp.start:sp.end]) || aheadWords.inAny(low[sp.start:sp.end]))) ||
			f&fPlace != 0 && spentIn(low[sp.start:sp.end]) && driverWords.inAny(low[sp.start:sp.end])
		// A backlog refers back to the crossing of a delay reported before, or, when wagons or trucks
		// wait, to the crossing the article named: "Вагоны на станции простаивают до пяти суток".
		// So does an end of it, told of the wagons: "Қазір вагондардың қозғалысы қалпына келді".
		backlog := !border && (tp.place != "" || tp.crossing != "" && f&fCargo != 0) &&
			(f&fDelay != 0 || tp.place != "" && (f&(fEnded|fCargo) == fEnded|fCargo || f&fEndedWeak != 0) ||
				tp.waitsAgain(f, low[sp.start:sp.end])) && f&(fBanNoun|fInspect) == 0 &&
			// Goods the waiting trucks carry ("620 trucks, many carrying frozen meat, were waiting") are no
			// news of meat; meat with no cargo counted or with a word of a ban is.
			(f&fMeat == 0 || f&fCargo != 0 && f&banCue == 0)
		ask, askTo := tp.ask, tp.askTo
		tp.ask, tp.askTo = 0, ""
		if vol && ask != 0 && f&(fExport|fImport|fShip) == 0 {
			// "— Какой объем вы отправили в Иран? — За четыре месяца сезона около 40 тысяч тонн пшеницы": the
			// answer's figure is of the question's verb, to its destination.
			f |= ask
		} else {
			askTo = ""
		}
		asked := (f&(fExport|fShip) != 0 || ban || ref || insp || vol || border || backlog) && question(text[sp.start:sp.end])
		if asked && !vol && f&(fExport|fShip) != 0 {
			tp.ask = f & (fExport | fShip)
			if f&fCountry != 0 {
				tp.askTo = firstRole(x.countryRoles(low, sp.start, hits[h:e], sc.cs[:0]), roleDest)
			}
		}
		// "— А на Алтынколе? — Там чуть лучше, но тоже около 400 вагонов", "— Aldyńyzda qansha kólik bar? —
		// Shamamen 250 fýra": after a delay reported, a question of a crossing or of its traffic is answered
		// by a count of wagons or trucks that names no crossing, and the count is the wait there.
		askAt := tp.askAt
		tp.askAt = ""
		if tp.place != "" && f&(fPlace|fCargo) != 0 && f&(fExport|fImport|fShip) == 0 && !border && !backlog &&
			question(text[sp.start:sp.end]) { // not a question of trade: "How many wagons did you load for Iran?"
			tp.askAt = tp.place
			for _, ht := range hits[h:e] {
				if w := &x.lex.words[ht.w]; w.feat&fPlace != 0 {
					tp.askAt = w.code
					break
				}
			}
		}
		// Wagons of goods, loaded or sent, are trade counted in wagons: "We loaded 40 wagons of wheat".
		answer := askAt != "" && f&fCargo != 0 && f&(fPlace|fUnit|fCommodity|fExport|fImport|fShip) == 0 && !border && !backlog
		if f&fPlace != 0 && e-h > 1 {
			// "KTZ operational summary: Dostyk – Alashankou": the route a sentence names, delay or not, is
			// the route of the delays told after it at either of its ends.
			rs := sentence{x: x, low: low, sp: sp, hits: hits[h:e]}
			if a, b := rs.route(); a != "" {
				tp.route = a + " – " + b
			}
		}
		if !ban && !ref && !insp && !vol && !border && !backlog && !answer {
			h = e
			continue
		}
		s := sentence{x: x, text: text, low: low, sp: sp, hits: hits[h:e], feats: f, lang: lang, tp: tp, all: hits, ref: ref,
			breaks: sc.brk[:0], askTo: askTo}
		sc.cs = x.countryRoles(low, sp.start, s.hits, sc.cs[:0])
		s.cs = sc.cs
		s.lang = sentenceLang(text[sp.start:sp.end], low[sp.start:sp.end], lang, docLang)
		n := len(out)
		if ban || ref {
			if m, ok := x.ban(&s); ok {
				if !ref && tp.ban.Kind != "" && s.banClauseAlone() {
					// "Qazaqstan bul sheshimdi qoldady, al tyıym 2020 jyly … engizilgen bolatyn": the ban of a
					// clause that names no country is the article's, whoever the other clause names.
					m.By, m.On, ref = "", "", true
				}
				if m.By == "" {
					m.By = s.destinationRef(m.On) // "…поставки … из Казахстана в эту страну были остановлены"
				}
				tp.fillBan(&m, s.namesCountry(tp), ref)
				if m.By == "" && tp.ban.By != "" && tp.ban.By != m.On && agencyRef(low[sp.start:sp.end]) {
					// "The committee also said it kept a ban on poultry from Poland": the agency the
					// article named holds this ban too.
					m.By = tp.ban.By
				}
				if m.On == "" && countryRef(low[sp.start:sp.end]) {
					// "Казахстан ввёл запрет на ввоз скота из этой страны", "从该国进口": the country an
					// earlier sentence named.
					m.On = tp.namedBefore(m.By)
				}
				if m.Cause == "" && m.Status == agrowatch.StatusImposed && (tp.causeIn == "" || tp.causeIn == m.On) {
					m.Cause = tp.cause // the outbreak the article reported is what a ban on its country's goods is for
				}
				k := len(out)
				if parts, ok := s.zhSteps(m); ok {
					out = append(out, parts...) // "2019年，中方暂停…；2023年恢复…；2025年…再次暂停": a chronology's steps
				} else if parts, ok := s.contrastBans(m); ok {
					out = append(out, parts...)
				} else {
					out = append(out, s.severalBans(m)...)
				}
				out = s.gappedHolder(out, k)
				out = s.severalHolders(out, k)
				out = s.bothHolders(out, k)
				out = s.pairHolders(out, k)
				out = s.zhClauseHolders(out, k)
				if c := s.firstCode(fCause); c != "" {
					causeBack(out[:n], out[k:], c)
					if len(s.cs) == 0 || onlyRegions(s.cs) {
						// A sentence that names only regions names where the outbreak is: «Мера принята в
						// связи с регистрацией ящура в двух районах, граничащих с Актюбинской областью».
						causeSiblings(out[:n], out[k:], c)
					}
				}
			}
		}
		if insp {
			k := len(out)
			is := &s
			if p, ok := s.digestPart(); ok {
				is = &p // a digest's part that holds the inspection, read as a sentence of its own
			}
			out = x.inspections(is, out)
			if agencyRef(low[sp.start:sp.end]) || f&fInspector != 0 && ministrySpecialists(low[sp.start:sp.end]) {
				// "Кроме того, ведомство проинспектировало еще два завода" after "Россельхознадзор
				// отменил ограничения": the agency is the one the article named.
				for i := k; i < len(out); i++ {
					tp.fillInspector(&out[i], f&fRegion != 0 || plantsBack(low[sp.start:sp.end]))
				}
			}
			if (len(is.cs) == 0 || onlyRegions(is.cs)) && !is.onlyAfter() {
				// "по итогам инспекции …" names an inspection the article reported, as the time of
				// something else: it is no new inspection, so it takes no sides and is dropped. One that
				// names only regions ("Olar … oblystaryndaǵy tórt qus fabrıkasyn tekseredi") is the
				// article's inspection, at work there.
				for i := k; i < len(out); i++ {
					tp.fillInspection(&out[i])
				}
			} else if f&fInspector != 0 && !is.onlyAfter() {
				// "The inspectors already audited five other plants, and all of them have since been added to
				// China's register": countries that take no side in the inspection leave the inspectors the
				// article's.
				for i := k; i < len(out); i++ {
					if out[i].By == "" && out[i].On == "" {
						tp.fillInspection(&out[i])
					}
				}
			}
			out = dropPartyless(out, k)
			if f&fCommodity == 0 {
				for i := k; i < len(out); i++ {
					tp.inspectedGoods(&out[i])
				}
			}
		}
		if vol && !s.has(fExport|fImport) && s.inTransit() {
			tp.transit = true // "…45万吨 in transit": the parts after it ("其中运往越南18万吨") are the transit's
		}
		if vol && s.mayTrade() {
			sc.qs = scanQuantities(text[sp.start:sp.end], s.lang == "en" || s.lang == "zh", sc.qs[:0])
			k := len(out)
			out = x.volumes(&s, sc.qs, out)
			out = dropWithdrawn(out, k, s.lang, low[sp.start:sp.end], sc.qs)
			if len(s.cs) == 0 || onlyReporters(s.cs) {
				// "That is up by 130,000 tonnes …, the chairman told Interfax-Kazakhstan": a country that
				// only names who reports leaves the figure to the shipment before.
				share := len(out) > k && partsOf(low[sp.start:sp.end])
				for i := k; i < len(out); i++ {
					tp.fillVolume(&out[i], share, f&fExport != 0)
					if m := &out[i]; m.From == "" && m.To == "" && f&fExport != 0 && f&fImport == 0 && s.lang != "zh" {
						// "Exports reached 11.5 million tonnes over the marketing year" in an article about
						// Kazakhstan's grain: its exports. Chinese statistics of exports with no side are China's own.
						m.From = x.articleSubject(tp, hits, s.lang, "")
						if m.From == "CN" && tp.from == "" && len(tp.order) > 0 && tp.order[0] != "CN" {
							// "Потенциал экспорта сорго эксперты оценивают в 50 тыс. тонн" after "Казахстан и Китай
							// подписали протокол по экспорту сорго": an article on trade with China names China
							// most, as buyer and regulator; China's own exports to no one named are none the
							// watch follows, so the sideless figure is of the country the article named first
							// and most after China. An article that opens with China ("Китай нарастил экспорт
							// овощей в Казахстан") keeps China.
							if other := x.articleSubject(tp, hits, s.lang, "CN"); other != "" {
								m.From = other
							}
						}
					}
				}
			} else {
				share := len(out) > k && partsOf(low[sp.start:sp.end])
				for i := k; i < len(out); i++ {
					if m := &out[i]; share && m.To == "" && m.Change == "" && (m.From == "" || placeOnly(s.cs, m.From)) {
						// "Экспорттың негізгі бөлігі – 5 млн 980 мың тоннасы бидайға тиесілі, оның ішінде
						// Өзбекстанға…": the part that names no side, before parts that do, is of the
						// shipment before, as in a sentence that names no country. So is one whose exporter
						// is only a place ("…, а около 140 тыс. тонн – морем из Актау"): fillVolume keeps
						// it only where the place's country is the shipment's exporter.
						tp.fillVolume(m, true, false)
					}
					tp.fillExporter(&out[i])
				}
			}
			for i := k; i < len(out); i++ {
				tp.fillPart(&out[i])
				tp.fillMonthYear(&out[i], out[k:i], low[sp.start:sp.end])
				if out[i].Commodity == "" && tp.goods != "-" {
					// "China bought 510,000 tonnes" in an article about Kazakh barley alone.
					out[i].Commodity = tp.goods
				}
				if out[i].Commodity == "" && tp.volGoods != "-" {
					// "Uzbekistan, which bought 340,000 tonnes" after shipments of flour alone, whatever else
					// the article named (a union of grain processors, wheat from Russia).
					out[i].Commodity = tp.volGoods
				}
			}
			out = dropUnnamed(out, k, low[sp.start:sp.end], f&(fExport|fImport) != 0)
		}
		if border || backlog {
			if m, ok := x.border(&s, backlog); ok {
				count, split := s.countBeforeEnd(&m)
				if split {
					out = append(out, count) // the delay counted, then its end in the clause of contrast
				}
				if back, ok := s.backlogClause(&m); ok {
					out = append(out, back) // the wait at the crossing before, counted in a clause of its own
				}
				if !split {
					if end, ok := s.endAfterDelay(&m); ok {
						out = append(out, end) // "积压车皮一度超过900节，但目前已全部疏解": the delay counted, and its end
					}
				}
				others := s.secondCrossing(&m)
				out = append(out, m)
				out = append(out, others...) // a second crossing or more, with a count of its own or sharing one
			}
		} else if answer {
			if m, ok := s.answeredCount(askAt); ok {
				out = append(out, m)
			}
		}
		for i := n; i < len(out); i++ {
			out[i].Lang, out[i].Sentence = s.lang, s.folded()
			tp.onRoute(&out[i])
		}
		tp.learn(out[n:])
		if len(out) > n && (asked || reportedQuestion(s.lang, low[sp.start:sp.end])) && !whyWords.in(s.lang, low[sp.start:sp.end]) {
			// A question states no fact ("Dostyqta qazir kezek bar ma?", "是否將開放哈薩克牛肉進口？", a headline's
			// "…: ne ózgerdi?"), but what it asks about is the topic its answer refers back to: "问：…恢复进口
			// 哈萨克斯坦禽肉，请问进展如何？答：双方正在就解除禁令的技术细节进行磋商". A question of why tells
			// what it asks the cause of: "Why are 400 wagons still stuck at Dostyk?", «Почему Россия запретила…?».
			out = keepToldBeside(out, n, &s)
		}
		sc.brk = s.breaks[:0] // its room, for the next sentence's breaks
		h = e
	}
	sc.tp = topic{counts: sc.tp.counts, order: sc.tp.order[:0]} // the pooled topic keeps no article's strings alive
	if len(out) > 1 {
		out = distinct(out, leadSentence(text, sc.spans))
	}
	out = bareHeadlineDelay(out)
	if sharesBytes(out, sc.low) {
		sc.low = nil // a mention quotes the lowercase: its bytes must not be written by the next call
	}
	return out
}

// sharesBytes reports whether a string of the mentions lies in buf's bytes.
func sharesBytes(ms []agrowatch.Mention, buf []byte) bool {
	if cap(buf) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(buf[:1])))
	hi := lo + uintptr(cap(buf))
	in := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && p >= lo && p < hi
	}
	for i := range ms {
		m := &ms[i]
		for _, s := range [...]string{string(m.Kind), m.Lang, m.Sentence, m.Status, m.By, m.On, m.Commodity, m.From,
			m.To, m.Period, m.Cause, m.Place, m.Change, m.Route} {
			if in(s) {
				return true
			}
		}
	}
	return false
}

// sentenceLang returns the language of one sentence of an article in lang: lang itself, unless the
// sentence is written in another script than lang is (a Latin-script Kazakh sentence after a Chinese
// one, a Chinese quotation in an English article, a Russian sentence in an English page), which is
// then detected. Kazakh is written in both Cyrillic and Latin letters. In an article of no given
// language each sentence is detected, and one of a few words, whose words say too little (a headline
// "Бидай экспорты", a chat line "bahty kezek jaily surak"), takes doc's language (the whole text's,
// asked only then) where doc writes that sentence's script.
func sentenceLang(sent, low, lang string, doc func() string) string {
	if lang == "" {
		got := detectLang(sent, low)
		if got == "" || got == "zh" || !fewWords(sent, 4) {
			return got
		}
		d := doc()
		cyrillic := strings.ContainsFunc(sent, func(r rune) bool { return r >= 0x0400 && r <= 0x04FF })
		if d == "kk" && (got == "ru" && cyrillic || got == "en" && !cyrillic) ||
			got == "kk" && (d == "ru" && cyrillic || d == "en" && !cyrillic) {
			return d
		}
		return got
	}
	var han, cyr, lat int
	for _, r := range sent {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				lat++
			}
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
		case isHan(r):
			han++
		}
		if han+cyr+lat >= 64 {
			break // the first letters tell the script
		}
	}
	var fits bool
	switch lang {
	case "zh":
		fits = han > 0
	case "ru":
		fits = cyr >= lat && han*3 < cyr+lat
	case "kk":
		fits = han*3 < cyr+lat
	case "en":
		fits = lat >= cyr && han*3 < cyr+lat
	default:
		fits = true
	}
	if fits || han+cyr+lat == 0 {
		return lang
	}
	return detectLang(sent, low)
}

// fewWords reports whether text holds at most n words (runs of letters).
func fewWords(text string, n int) bool {
	words, in := 0, false
	for _, r := range text {
		if l := isLetter(r); l && !in {
			if words++; words > n {
				return false
			}
			in = true
		} else if !l {
			in = false
		}
	}
	return true
}

// dropPartyless drops the inspections from out[k:] that name neither who inspects nor what country is
// inspected, even from the article's topic: "после инспекции", "the inspectors found no violations" say
// too little to alert on.
func dropPartyless(out []agrowatch.Mention, k int) []agrowatch.Mention {
	n := k
	for _, m := range out[k:] {
		if m.By == "" && m.On == "" {
			continue
		}
		out[n] = m
		n++
	}
	return out[:n]
}

// generalGoods reports words of goods or freight in general, or of a port's throughput: "товаров",
// "грузов", "general cargo", "the port handled", "货物", "тауар".
func generalGoods(low string) bool {
	return containsAny(low, "товаров", "грузов", "стройматериал", "строительных материал", "техники", "goods",
		"cargo", "freight", "handled", "throughput", "building materials", "machinery", "货物", "建材", "机械",
		"吞吐", "тауар", "taýar", "жүктер", "júkter")
}

// dropUnnamed drops the volumes from out[k:] that name no exporter, no destination and no goods, even
// from the article's topic: "с начала года перевезено более 2 млн тонн грузов" is freight, not trade.
//
// A figure of goods in general that names no destination is left out too (low is the sentence,
// lowercased).
//
// trade says the sentence has a word of export or import: without one, a figure with no side is
// goods carried, not traded ("Элеваторлардан порттарға 600 мың тонна астық тасымалданды").
func dropUnnamed(out []agrowatch.Mention, k int, low string, trade bool) []agrowatch.Mention {
	n := k
	for _, m := range out[k:] {
		if m.From == "" && m.To == "" && (m.Commodity == "" || !trade) {
			continue
		}
		if m.Commodity == "" && m.To == "" && generalGoods(low) {
			// "За девять месяцев через Хоргос Китай экспортировал 1,6 млн тонн товаров, в основном
			// строительных материалов": goods in general, no farm produce, bound nowhere named.
			continue
		}
		out[n] = m
		n++
	}
	return out[:n]
}

// keepToldBeside drops the mentions from out[n] on of a question, but a Chinese ban told in a clause of
// its own before the clause that asks («中方已解除对哈萨克斯坦禽肉的进口限制，企业何时能恢复出口？»): Chinese
// marks its clauses by "，" and its questions by their word (是否, 何时, 吗), where "Китай уже снял
// ограничения…?" asks by its tone alone and a headline's "…: ne ózgerdi?" asks about all of it.
func keepToldBeside(out []agrowatch.Mention, n int, s *sentence) []agrowatch.Mention {
	low := s.low[s.sp.start:s.sp.end]
	q := strings.LastIndex(low, "？")
	if s.lang != "zh" || q < 0 {
		return out[:n]
	}
	asks := s.sp.start + max(strings.LastIndex(low[:q], "，"), strings.LastIndex(low[:q], "；"), strings.LastIndex(low[:q], "："))
	if asks < s.sp.start || !s.asksWhether(s.low[asks:s.sp.start+q]) {
		return out[:n]
	}
	told := false // a word of a ban before the clause that asks
	for _, h := range s.hits {
		told = told || int(h.end) <= asks && s.word(h).feat&banCue != 0
	}
	if !told {
		return out[:n]
	}
	kept := out[:n]
	for _, m := range out[n:] {
		if m.Kind == agrowatch.KindMeatBan {
			kept = append(kept, m)
		}
	}
	return kept
}

// whyWords ask for a cause, by language: a question of them takes what it asks about as told.
var whyWords = langWords{
	ru: []string{"почему", "зачем", "отчего", "из-за чего"},
	kk: []string{"неге", "nege", "неліктен", "nelikten", "не себепті", "ne sebepti", "не үшін", "ne úshin"},
	en: []string{"why"},
	zh: []string{"为什么", "為什麼", "为何", "為何"},
}

// question reports a sentence that ends with a question mark, or with a Kazakh question particle as a
// chat leaves it ("Qorǵasta kezek bar ma", «Шекара ашылды ма»): an interviewer's question, whose verb and
// destination the answer after it takes.
func question(sent string) bool {
	if r, _ := utf8.DecodeLastRuneInString(sent); r == ' ' || r == '\u00a0' || r == '»' || r == '”' || r == '"' {
		sent = strings.TrimRight(sent, " \u00a0»”\"")
	}
	if strings.HasSuffix(sent, "?") || strings.HasSuffix(sent, "？") {
		return true
	}
	switch lastWord(sent) {
	case "ма", "ме", "ба", "бе", "па", "пе", "ma", "me", "ba", "be", "pa", "pe":
		// Kazakh alone writes them as words of their own; "me" and "be" end an English sentence as a
		// pronoun or a verb, no question: read them only in a Kazakh one.
		return kkQuestionBefore(sent)
	}
	return false
}

// kkQuestionBefore reports a sentence ending in a question particle that is written in Kazakh: with a
// letter only Kazakh writes, or in Cyrillic ("Qorǵasta kezek bar ma", «бар ма»; not "traders told me").
func kkQuestionBefore(sent string) bool {
	return strings.ContainsFunc(sent, func(r rune) bool {
		return r >= 0x0400 && r <= 0x04FF || strings.ContainsRune("áǵıńóúýq", r)
	})
}

// firstRole returns the first country of cs in role r, or "".
func firstRole(cs []cmention, r role) string {
	for _, c := range cs {
		if c.role == r && !c.region {
			return c.code
		}
	}
	return ""
}
