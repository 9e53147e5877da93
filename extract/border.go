package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"agrowatch"
)

// delaysNegated reports whether every word of delay in the sentence is negated within its clause.
func (s *sentence) delaysNegated() bool {
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fDelay == 0 {
			continue
		}
		if !s.negatedAt(int(h.pos), int(h.end)) && !notObserved(s.lang, s.low[h.end:s.sp.end]) {
			return false
		}
		n++
	}
	return n > 0
}

// negatedAt reports a negation governing the word at [pos, end): "no", "not", "without", "не", "без",
// "нет" before it; "нет", "жоқ" closing its clause after it (Russian and Kazakh put the existential
// negation last); 没有, 无, 未, 不 shortly before it in Chinese.
func (s *sentence) negatedAt(pos, end int) bool {
	from := s.sp.start
	at := pos
	observed := false // the word right before is a participle of observing: «не было зафиксировано простоя»
	for i := 0; i < 4; i++ {
		p, ppos := prevToken(s.low, from, at)
		if i == 0 {
			observed = hasAnyPrefix(p, "зафиксир", "отмечен", "отмечалось", "зарегистрир", "выявлен", "наблюдал")
		}
		switch p {
		case "no", "not", "without", "не", "нет", "без", "ни", "zero", "never", "емес":
			if i < 2 || p == "no" && s.lang == "en" || i == 2 && observed && p == "не" {
				// "no wagons have been held up": the determiner of the subject, past its auxiliaries; «не было
				// зафиксировано простоя»: a delay not recorded.
				return true
			}
		}
		if p == "" || !isWordRune(firstRune(p)) || isHan(firstRune(p)) {
			break
		}
		at = ppos
	}
	// Kazakh: the privative suffix on the word itself ("кідіріссіз", "kidirissiz": without delay).
	we := wordEnd(s.low, end, s.sp.end)
	if w := s.low[pos:we]; hasAnySuffix(w, "сыз", "сіз", "syz", "siz") && !strings.HasPrefix(w, "қозғалыс") &&
		!strings.HasPrefix(w, "qozǵalys") {
		// "қозғалыссыз" (without movement) is the standstill itself.
		return true
	}
	// Chinese: no delay that appeared or occurred, a few characters before: "没有出现车皮滞留", "未发生拥堵".
	if s.lang == "zh" {
		head := s.low[max(from, pos-30):pos]
		for _, br := range [...]string{"，", "。", ","} {
			if i := strings.LastIndex(head, br); i >= 0 {
				head = head[i+len(br):]
			}
		}
		if containsAny(head, "没有出现", "未出现", "没有发生", "未发生") {
			return true
		}
	}
	// Chinese: a negation within four characters before.
	j := pos
	for i := 0; i < 5 && j > from; i++ {
		r, n := utf8.DecodeLastRuneInString(s.low[from:j])
		if !isHan(r) {
			break
		}
		if strings.ContainsRune("没无未不", r) {
			return true
		}
		j -= n
	}
	// After: the existential negation ending the clause, within six words.
	words, inWord, wstart := 0, false, end
	last := "" // the word before the one read, when it is not the rest of the word at pos
	own := wordEnd(s.low, end, s.sp.end)
	rest := s.low[end:s.sp.end]
	for i, r := range rest + " " {
		if isWordRune(r) && !isHan(r) {
			if !inWord {
				words++
				wstart = end + i
			}
			inWord = true
			continue
		}
		if inWord {
			switch w := s.low[wstart : end+i]; w {
			case "нет", "жоқ", "joq":
				if words < 2 || !kkParticiple(last) || hasAnyPrefix(last, "бол", "bol") {
					return true // "кідіріс болған жоқ": there was no delay
				}
				// "кептелісі мәселесі әлі шешілген жоқ": the negation of a participle after the delay
				// negates the participle (not solved), not the delay, which goes on.
			case "келмейді", "kelmeıdi":
				if last == "тура" || last == "tura" {
					return true // "кезек күтуге тура келмейді": there is no need to wait
				}
			}
			last = ""
			if wstart >= own {
				last = s.low[wstart : end+i]
			}
		}
		inWord = false
		if isClauseBreak(r) || r == '.' || words > 6 {
			break
		}
	}
	return false
}

// notObserved reports a negated verb of observing or recording in the clause that follows a word of
// delay: "задержек в отправке … в настоящее время не наблюдается", "delays … have not been observed",
// "кідіріс байқалмайды" deny the delay, further from it than "нет" can be.
func notObserved(lang, rest string) bool {
	if lang == "zh" {
		return false // 未出现, 没有 come before the word, as negatedAt reads them
	}
	for {
		i := strings.IndexAny(rest, ".,;")
		if i < 0 {
			break
		}
		if rest[i] == ',' && hasAnyPrefix(strings.TrimSpace(rest[i+1:]), "по словам", "по данным", "по информации",
			"по мнению", "according to", "as ") {
			// "Простоя вагонов на станции Достык, по словам экспортёров, … не наблюдается": the
			// attribution between commas does not end the clause.
			if j := strings.IndexByte(rest[i+1:], ','); j >= 0 {
				rest = rest[:i] + rest[i+1+j+1:]
				continue
			}
		}
		rest = rest[:i]
		break
	}
	if len(rest) > 200 {
		rest = rest[:200]
	}
	return notObservedWords.in(lang, rest)
}

// reportDenials are the words that deny a report or call it a rumour, by language.
var reportDenials = langWords{ru: []string{"опроверг", "не подтверд", "слух", "не соответствует действительности"},
	kk: []string{"жоққа шығар", "joqqa shyǵar", "теріске шығар", "teriske shyǵar", "расталмады", "rastalmady", "жалған", "jalǵan"},
	en: []string{"deny", "denies", "denied", "refute", "refuting", "dismissed", "dismissing", "rejected claims", "rejected reports",
		"rejecting", "rumour", "rumor", "unconfirmed", "false reports", "untrue"},
	zh: []string{"否认", "辟谣", "谣言", "不实", "未经证实", "未得到证实", "网传", "传言", "传闻"}}

// A delay told absent is none too: «очередь отсутствует», "the queue of trucks is absent".
var notObservedWords = langWords{ru: []string{"не наблюда", "не зафиксир", "не фиксиру", "не отмеча", "отсутству"},
	kk: []string{"байқалмайды", "baıqalmaıdy", "тіркелмеген", "tirkelmegen"},
	en: []string{"not observed", "not been observed", "not been reported", "not reported", "not recorded", "not been recorded",
		"is absent", "are absent", "was absent", "were absent"}}

// placeNearDelay returns the crossing nearest a word of delay, in its clause first: "приняла на
// Алашанькоу лишь 10 поездов, из-за чего на Достыке скопилось 2 тыс. вагонов" is a backlog at Dostyk.
//
// A crossing named only as what another is near ("the Nur Zholy checkpoint near Khorgos", «пункт
// пропуска Нур Жолы близ Хоргоса», "Қорғас маңындағы Нұр Жолы", "霍尔果斯附近的努尔饶勒口岸") is the
// town, not the crossing, when the sentence names another.
func (s *sentence) placeNearDelay() string {
	best, bestDist := "", 1<<30
	two := false // two crossings: only then does the clause of each count
	for _, p := range s.hits {
		if w := s.word(p); w.feat&fPlace != 0 && best != "" && w.code != best {
			two = true
		} else if w.feat&fPlace != 0 {
			best = w.code
		}
	}
	best = ""
	for _, p := range s.hits {
		w := s.word(p)
		if w.feat&fPlace == 0 || s.nearPlace(p) || two && (s.zhDetour(p) || s.goalCrossing(p)) {
			continue
		}
		for _, d := range s.hits {
			if s.word(d).feat&(fDelay|fEnded) == 0 {
				continue
			}
			dist := int(d.pos) - int(p.end)
			if dist < 0 {
				dist = int(p.pos) - int(d.end)
			}
			if dist < 0 {
				dist = 0
			}
			if two && !s.sameClause(int(d.pos), int(p.pos)) {
				// "Достық станциясында 830 вагон тұр, ал Алтынкөлде тағы 410 вагон": the crossing of the
				// delay word's own clause before a nearer one in the next.
				dist += 1 << 16
			}
			if dist < bestDist {
				best, bestDist = w.code, dist
			}
		}
	}
	if best == "" {
		return s.firstCode(fPlace)
	}
	return best
}

// zhDetour reports a crossing a Chinese sentence names as the way round another's delay, after a verb of
// rerouting: "急货的老板们建议改走霍尔果斯".
func (s *sentence) zhDetour(p hit) bool {
	return s.lang == "zh" && hasAnySuffix(s.low[s.sp.start:p.pos], "改走", "改道", "改从", "绕道", "绕行", "转走", "分流至", "分流到")
}

// goalCrossing reports a crossing of hit p named as where the traffic goes, not where it waits, beside
// another: the Kazakh dative before a verbal noun of passing ("Алтынкөл станциясында Қорғасқа өтуді
// күткен 900 вагон", "Qorǵasqa ótýdi kútken"), the English "bound for", "heading to", "cross to"
// ("650 wagons bound for Khorgos"), the Russian station in the accusative or dative («передачи на
// станцию Хоргос», «к Хоргосу»).
func (s *sentence) goalCrossing(p hit) bool {
	e := wordEnd(s.low, int(p.end), s.sp.end)
	prev, at := prevToken(s.low, s.sp.start, int(p.pos))
	switch s.lang {
	case "kk":
		next, _ := nextToken(s.low, e, s.sp.end)
		return hasAnySuffix(s.low[p.pos:e], "ға", "ге", "қа", "ке", "ǵa", "ge", "qa", "ke") &&
			hasAnyPrefix(next, "өту", "өтет", "өтк", "ótý", "ótet", "ótk")
	case "en":
		verb, _ := prevToken(s.low, s.sp.start, at)
		return (prev == "for" || prev == "to" || prev == "towards") &&
			containsAny(verb, "bound", "heading", "headed", "destined", "cross", "handover", "transfer")
	case "ru":
		if prev == "." {
			prev, at = prevToken(s.low, s.sp.start, at) // the dot of «ст.»
		}
		if prev == "ст" {
			// «в ожидании передачи на ст. Хоргос»: the abbreviation hides the case; the handover says it.
			before, bat := prevToken(s.low, s.sp.start, at)
			verb, _ := prevToken(s.low, s.sp.start, bat)
			return before == "на" && hasAnyPrefix(verb, "передач", "отправк", "следующ", "следован")
		}
		return prev == "станцию" || prev == "к" || prev == "сторону"
	}
	return false
}

// sameClause reports whether positions a and b of the sentence lie in one clause.
func (s *sentence) sameClause(a, b int) bool {
	lo, hi := s.clause(a)
	return b >= lo && b < hi
}

// nearPlace reports the crossing of hit p named after a word of nearness ("near", «близ», «возле»,
// «под») or before one ("маңындағы", "附近"), when the sentence names another crossing.
func (s *sentence) nearPlace(p hit) bool {
	near := false
	switch prev, _ := prevToken(s.low, s.sp.start, int(p.pos)); prev {
	case "near", "близ", "возле", "под", "outside":
		near = true
	default:
		rest := s.low[wordEnd(s.low, int(p.end), s.sp.end):s.sp.end]
		near = hasAnyPrefix(strings.TrimLeft(rest, " "), "маңында", "mańynda", "附近", "一带")
	}
	if !near {
		return false
	}
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace != 0 && w.code != s.word(p).code {
			return true
		}
	}
	return false
}

// secondCrossing returns the delay at a second crossing the sentence names beside m's, and changes m
// to fit:
//   - two crossings joined by "and" share a count that is neither's ("На станциях Достык и Алтынколь
//     суммарно простаивают 2 300 вагонов", "多斯特克站与阿勒腾科里站共有约2000节车皮"): one delay at each,
//     no wagons or trucks counted;
//   - a second crossing in a clause of its own with a bare number ("500 trucks lined up at Bakhty and
//     another 320 at Maikapchagai", «на станции Алтынколь — 1 020 вагонов, на Достыке — 480»): the
//     number counts the same vehicles there.
//
// A route is one crossing: "На переходе Достык – Алашанькоу находились 830 вагонов, а на Алтынколе — ещё
// 410" counts 410 at Altynkol; its far end is not a second crossing.
//
// More than two crossings are a list only when each after the first counts what the first does in a
// clause of its own ("Нур Жолы — 320 фур, Бахты — 140 фур, Калжат — 60 фур"): one delay at each.
func (s *sentence) secondCrossing(m *agrowatch.Mention) []agrowatch.Mention {
	if m.Place == "" || m.Status != "" {
		return nil
	}
	_, routeEnd, _ := strings.Cut(m.Route, " – ")
	var places [4]hit
	n := 0
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fPlace == 0 || n > 0 && w.code == s.word(places[n-1]).code || routeEnd != "" && w.code == routeEnd {
			continue
		}
		if n > 0 && s.goalCrossing(h) {
			continue // «ст. Алтынколь — 640 вагонов в ожидании передачи на ст. Хоргос, ст. Достык — 410»: where they go
		}
		if n == len(places) {
			return nil // a long list: read no counts from it
		}
		places[n] = h
		n++
	}
	switch {
	case n == 2:
		if other, ok := s.pairCrossing(m, places[0], places[1]); ok {
			return []agrowatch.Mention{other}
		}
	case n > 2:
		return s.listCrossings(m, places[:n])
	}
	return nil
}

// listCrossings reads the crossings after the first of a list, each with a count of what m, the
// first's delay, counts, in a clause of its own; none unless every one has its count.
func (s *sentence) listCrossings(m *agrowatch.Mention, places []hit) []agrowatch.Mention {
	if m.Route != "" || m.Wagons == 0 && m.Trucks == 0 || m.Wagons != 0 && m.Trucks != 0 || m.Place != s.word(places[0]).code {
		return nil
	}
	var out []agrowatch.Mention
	for i := 1; i < len(places); i++ {
		if s.word(places[i]).code == m.Place {
			return nil // the first crossing named again
		}
		other, ok := s.countAt(m, places[i-1], places[i])
		if !ok {
			return nil
		}
		out = append(out, other)
	}
	return out
}

// pairCrossing reads the delay at a second crossing, second, beside m's at first (secondCrossing).
func (s *sentence) pairCrossing(m *agrowatch.Mention, first, second hit) (agrowatch.Mention, bool) {
	fe := wordEnd(s.low, int(first.end), int(second.pos))
	between := s.low[fe:second.pos]
	if m.Route == "" && joinsCountries(between) && len(between) <= 24 && !strings.ContainsAny(between, ",;:，；。0123456789") {
		m.Place, m.Wagons, m.Trucks = s.word(first).code, 0, 0
		other := *m
		other.Place = s.word(second).code
		return other, true
	}
	if other, ok := s.ownClauses(m, first, second); ok {
		return other, true
	}
	if m.Wagons == 0 && m.Trucks == 0 || m.Wagons != 0 && m.Trucks != 0 || m.Place != s.word(first).code {
		return agrowatch.Mention{}, false
	}
	return s.countAt(m, first, second)
}

// countAt reads the count at crossing second, named after prev, of the vehicles m counts: a bare number
// of its clause (bareCount) or one with a unit of its own (ownCount).
func (s *sentence) countAt(m *agrowatch.Mention, prev, second hit) (agrowatch.Mention, bool) {
	fe := wordEnd(s.low, int(prev.end), int(second.pos))
	between := s.low[fe:second.pos]
	v, ok := s.bareCount(between, int(second.end))
	if !ok {
		v, ok = s.ownCount(m, between, fe, int(second.end))
	}
	if !ok {
		return agrowatch.Mention{}, false
	}
	other := agrowatch.Mention{Kind: m.Kind, Place: s.word(second).code}
	if m.Wagons != 0 {
		other.Wagons = int(v)
	} else {
		other.Trucks = int(v)
	}
	return other, true
}

// ownClauses reads two crossings each in a clause of its own that tells its own delay: «На Достыке
// простой вагонов достиг 8 суток; Алашанькоу сократил прием до 10 поездов в сутки», "Alashankou accepted
// only nine trains a day instead of 14, leaving some 700 wagons waiting at Dostyk". Each is a delay with
// what its clause counts: m becomes the first, the second is returned. A clause with a count and no word
// of its own ("and another 320 at Maikapchagai") is bareCount's. Chinese names each crossing at the head
// of its clause ("阿拉山口站每日接车由16列降至10列，多斯特克站待交接车皮已超过1300节"); a clause of cause
// before, whose crossing only explains, is left to countPlace.
func (s *sentence) ownClauses(m *agrowatch.Mention, first, second hit) (agrowatch.Mention, bool) {
	if m.Route != "" || s.lang == "zh" && !s.zhHeadsClauses(first, second) {
		return agrowatch.Mention{}, false
	}
	a1, b1 := s.clause(int(first.pos))
	a2, b2 := s.clause(int(second.pos))
	if a1 == a2 || !s.delayIn(a1, b1) || !s.delayIn(a2, b2) || thanCompares(s.low[a2:b2]) ||
		containsAny(s.low[a2:b2], "from ", "compared", " when ", " с ", " от ", " чем ", "сравнени", " против ", "когда",
			"比", "较", "相比", "当时") {
		return agrowatch.Mention{}, false // "up from 410 wagons a week earlier when Altynkol was closed": a count compared
	}
	*m = agrowatch.Mention{Kind: m.Kind, Place: s.word(first).code}
	s.borderCountsIn(m, a1, b1)
	other := agrowatch.Mention{Kind: m.Kind, Place: s.word(second).code}
	s.borderCountsIn(&other, a2, b2)
	return other, true
}

// negatedThere reports crossing place named in a clause whose every word of delay is negated, while a
// word of delay in another clause is not: «…, ал Бақты бекетінде кезек жоқ».
func (s *sentence) negatedThere(place string) bool {
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace == 0 || w.code != place {
			continue
		}
		a, b := s.clause(int(h.pos))
		n := 0
		for _, d := range s.hits {
			if int(d.pos) >= a && int(d.end) <= b && s.word(d).feat&fDelay != 0 {
				if !s.negatedAt(int(d.pos), int(d.end)) {
					return false
				}
				n++
			}
		}
		return n > 0
	}
	return false
}

// otherPlace returns a crossing of the sentence other than place whose clause tells a delay not
// negated, else "".
func (s *sentence) otherPlace(place string) string {
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace != 0 && w.code != place && !s.negatedThere(w.code) && s.delayIn(s.clause(int(h.pos))) {
			return w.code
		}
	}
	return ""
}

// cutIn reports fewer trains accepted in s.low[a:b].
func (s *sentence) cutIn(a, b int) bool {
	low := s.low[a:b]
	return acceptWords.in(s.lang, low) && reduceWords.in(s.lang, low)
}

// thanCompares reports a "than" that compares ("more wagons than a week earlier"), not the bound of a
// count ("more than 600 wagons").
func thanCompares(clause string) bool {
	for at := 0; ; {
		i := index(clause[at:], " than ")
		if i < 0 {
			return false
		}
		i += at
		if p, _ := prevToken(clause, 0, i+1); p != "more" && p != "fewer" && p != "less" {
			return true
		}
		at = i + len(" than ")
	}
}

// zhHeadsClauses reports two crossings that each open their own clause of a Chinese sentence, past at most
// a word of time ("目前", "同时"), neither in a clause of cause (因, 受, 由于).
func (s *sentence) zhHeadsClauses(first, second hit) bool {
	for _, h := range [...]hit{first, second} {
		a, _ := s.clause(int(h.pos))
		lead := s.low[a:h.pos]
		if len(lead) > 12 || hasAnyPrefix(lead, "因", "受", "由于", "导致", "致使") {
			return false
		}
	}
	return true
}

// delayIn reports a word of delay not negated, or fewer trains accepted, in s.low[a:b].
func (s *sentence) delayIn(a, b int) bool {
	for _, h := range s.hits {
		if int(h.pos) >= a && int(h.end) <= b && s.word(h).feat&fDelay != 0 && !s.negatedAt(int(h.pos), int(h.end)) {
			return true
		}
	}
	return s.cutIn(a, b)
}

// bareCount reads a number with no unit of its own that belongs to the crossing after between: in the
// clause that opens with the last break or conjunction of between, before the crossing ("and another
// 320 at"), or right after the crossing, before the next clause ("на Достыке — 480").
func (s *sentence) bareCount(between string, after int) (float64, bool) {
	cut := clauseCut(between)
	if cut < 0 {
		return 0, false // one clause: the count, if any, is the first crossing's
	}
	if v, ok := s.bareNumber(between[cut:]); ok {
		return v, true
	}
	tail := s.low[after:s.sp.end]
	if i := strings.IndexAny(tail, ",;:()，；。"); i >= 0 {
		tail = tail[:i]
	}
	return s.bareNumber(tail)
}

// clauseCut returns where the last clause of between opens: after its last clause break or
// conjunction, or -1 when between is one clause.
func clauseCut(between string) int {
	cut := -1
	for i, r := range between {
		if isClauseBreak(r) {
			cut = i + utf8.RuneLen(r)
		}
	}
	for _, c := range [...]string{" and ", " и ", " а ", " men ", " мен ", " және ", "，"} {
		if i := strings.LastIndex(between, c); i >= 0 && i+len(c) > cut {
			cut = i + len(c)
		}
	}
	return cut
}

// ownCount reads the count, with a unit of its own, of the second crossing's clause, which opens in
// between (the text after the first crossing, from fe) and ends at the next clause break after the
// crossing (which ends at after): "and another 410 wagons at Altynkol", «а на Алтынколе — ещё 410
// вагонов», "阿腾科里站另有410节". It counts the vehicles m, the first crossing's delay, counts, and a
// count m took itself is none.
func (s *sentence) ownCount(m *agrowatch.Mention, between string, fe, after int) (float64, bool) {
	cut := clauseCut(between)
	if cut < 0 || gapWords(s.low, fe+cut, after) > 5 || containsAny(between[cut:], "from", " с ", " от ", "比", "较") {
		return 0, false // "up from 410 wagons a week earlier when Altynkol was closed": a count compared
	}
	hi := s.sp.end
	if i := strings.IndexAny(s.low[after:hi], ",;:()，；。"); i >= 0 {
		hi = after + i
	}
	var c agrowatch.Mention
	s.borderCountsIn(&c, fe+cut, hi)
	switch {
	case m.Wagons != 0 && c.Wagons != 0 && c.Wagons != m.Wagons:
		return float64(c.Wagons), true
	case m.Trucks != 0 && c.Trucks != 0 && c.Trucks != m.Trucks:
		return float64(c.Trucks), true
	}
	return 0, false
}

// bareNumber returns the one number of seg that stands alone, no unit after it and no other number.
func (s *sentence) bareNumber(seg string) (float64, bool) {
	ct := s.lang == "en" || s.lang == "zh"
	found, v := false, 0.0
	for i := 0; i < len(seg); i++ {
		if !isDigit(seg[i]) || i > 0 && isDigit(seg[i-1]) {
			continue
		}
		n, e, ok := parseNumber(seg, i, ct)
		if !ok || found || s.unitAfter(seg, e) != unitNone || e < len(seg) && seg[e] == '%' {
			return 0, false
		}
		if w, _ := token(seg, skipSpaces(seg, e)); w != "" && isWordRune(firstRune(w)) && !slices.Contains([]string{"at", "in", "on", "на", "в"}, w) {
			return 0, false // a number of something else: "320 tonnes", "2 days"
		}
		found, v, i = true, n, e
	}
	return v, found && v >= 1 && v < 1e6
}

// countPlace returns the crossing of the clause that counts the wagons or trucks waiting, when the
// sentence names two crossings and only one clause counts: "阿拉山口站接车量减少，多斯特克站待交车皮增至
// 1500节" counts the wagons at Dostyk, whatever the cut at Alashankou. It returns "" otherwise.
func (s *sentence) countPlace() string {
	first, two := "", false
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace != 0 {
			if first == "" {
				first = w.code
			} else if w.code != first {
				two = true
			}
		}
	}
	if !two {
		return ""
	}
	found := ""
	for _, h := range s.hits {
		w := s.word(h)
		if w.feat&fPlace == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		for _, o := range s.hits {
			if int(o.pos) >= a && int(o.end) <= b && s.word(o).feat&fPlace != 0 && s.word(o).code != w.code {
				return "" // two crossings in the clause of a count: the nearest word of delay decides
			}
		}
		var t agrowatch.Mention
		s.borderCountsIn(&t, a, b)
		if t.Wagons == 0 && t.Trucks == 0 {
			continue
		}
		if found != "" && found != w.code {
			return ""
		}
		found = w.code
	}
	return found
}

// border reads a delay at a border crossing: trains halted, wagons waiting, unloading backlogged, a
// crossing closed or cargo refused, or the end of one (status "ended").
//
// backlog says the sentence names no crossing and the article named one before: "Там скопилось более
// 1200 вагонов", "Простой достигает 10 суток". It is a delay there only with something that waits or a
// time of waiting.
func (x *Extractor) border(s *sentence, backlog bool) (agrowatch.Mention, bool) {
	if s.has(fDenied) && reportDenials.in(s.lang, s.low[s.sp.start:s.sp.end]) {
		// "В Минторговли опровергли сообщения об очередях большегрузов на границе", "KTZ denied reports of
		// a backlog at Dostyk", "霍尔果斯口岸拥堵的消息不实": a delay reported and denied is none.
		return agrowatch.Mention{}, false
	}
	if s.askedDelay() {
		return agrowatch.Mention{}, false
	}
	if backlog {
		if s.articleEnd() {
			// "Сейчас всё нормализовалось, поезда проходят без задержек" after the wagons that stood at
			// Altynkol: the end of the delay the article reported.
			m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.tp.endPlace(), Status: "ended"}
			s.borderCounts(&m)
			return m, true
		}
		if s.tp.place == "" && s.tp.crossing != "" && s.has(fCargo) && s.endedHits() > 0 && !s.expectedEnd() {
			// «Станция Достык. Приём вагонов … возобновлён, задержек нет»: traffic restored at the crossing
			// the article named, with no delay reported before, ends one there all the same.
			return agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.tp.crossing, Status: "ended"}, true
		}
		if !s.has(fDelay) && !(s.has(fEnded) && s.has(fCargo)) {
			if s.tp.waitsAgain(s.feats, s.low[s.sp.start:s.sp.end]) {
				return s.tp.waitOfCounted(s)
			}
			return agrowatch.Mention{}, false // traffic told stable or normal, and no delay of the article's ended
		}
		if s.delaysNegated() || s.onlyPluperfect() && !s.tp.ended || !s.has(fCargo) && s.awaitsDecision() {
			// «Министерство ожидает ответа китайской стороны в течение двух недель» after the wagons at
			// Dostyk: people who wait for an answer, no wait of the wagons.
			return agrowatch.Mention{}, false
		}
		m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.tp.place}
		expected := s.expectedEnd()
		if !s.has(fDelay) && s.clearedInHours() {
			return agrowatch.Mention{}, false // "Теперь вагоны пропускают в течение нескольких часов"
		}
		if m.Place != "" && s.endedHits() > 0 && !expected {
			// "К пятнице затор ликвидирован" after the wagons waiting at Dostyk: the delay reported ended.
			m.Status = "ended"
			s.borderCounts(&m)
			return m, true
		}
		if m.Place == "" {
			m.Place = s.tp.crossing
		}
		s.borderCounts(&m)
		s.waitedBack(&m)
		if expected {
			m.Days = 0 // "KTZ expects the backlog to clear within ten days": no time of waiting
		}
		if m.Wagons == 0 && m.Trucks == 0 && m.Days == 0 && (!s.has(fCargo) || s.warnedDelay()) {
			return agrowatch.Mention{}, false // nothing counted, or a delay only warned of
		}
		return m, true
	}
	if low := s.low[s.sp.start:s.sp.end]; s.lang == "zh" && strings.Contains(low, "接车") &&
		containsAny(low, "增至", "增加到", "提高到", "提高至", "增加至") && !containsAny(low, "滞留", "积压", "拥堵", "减少") {
		return agrowatch.Mention{}, false // more trains accepted a day: capacity grows, nothing waits
	}
	ended := s.endedHits() > 0
	expected := ended && s.expectedEnd()
	if expected {
		ended = false // an end still to come: the delay goes on at the crossing named
	}
	if !ended && s.articleEnd() {
		ended = true // "Since 10 November the crossing operates as normal" after the wagons that waited there
	}
	if ended && !s.has(fDelay) && s.clearedInHours() {
		// "Wagons heading for Dostyk are now cleared within hours", "车皮几小时内即可疏运": the time traffic
		// takes to pass, with nothing named as having waited, is no delay and no end of one.
		return agrowatch.Mention{}, false
	}
	if !s.has(fDelay) && !(ended && (s.has(fCargo|fBorder) || s.lang == "zh" && s.has(fPlace))) && !(expected && s.has(fPlace)) && !s.reducedAcceptance() &&
		!s.spentDays() && !s.queueAhead() {
		return agrowatch.Mention{}, false
	}
	if !s.has(fCargo) && s.awaitsDecision() {
		// "Грузоотправители ждут решения КТЖ по тарифам на Достыке", "Exporters are waiting for a decision
		// on tariffs at Dostyk": people who wait for a decision, no traffic that waits.
		return agrowatch.Mention{}, false
	}
	if !s.has(fCargo) && s.onlyStanding() && !s.standsDays() {
		// "На Достыке стоит задача увеличить пропуск", "На станции Алтынколь стоит новый терминал": what
		// stands there is a task or a building; only wagons, trucks or trains that stand wait.
		return agrowatch.Mention{}, false
	}
	if s.has(fUnit) && seizedGoods(s.lang, s.low[s.sp.start:s.sp.end]) || s.heldWithoutPapers() {
		// "на посту задержали 40 тонн сахара без документов": goods held by weight, not traffic.
		return agrowatch.Mention{}, false
	}
	if !s.has(fCargo) && s.sampledLot() {
		// "отобрали пробы из партии баранины, задержанной на посту «Бахты»": a lot held for samples is
		// no traffic waiting at the crossing.
		return agrowatch.Mention{}, false
	}
	if !ended && s.fearedDelay() {
		return agrowatch.Mention{}, false
	}
	if !ended && s.delaysNegated() {
		// "there are no queues", "очередей нет", "кезек жоқ", "没有车辆滞留": a crossing running normally
		// is news of no delay, and of no end of one.
		return agrowatch.Mention{}, false
	}
	if !s.has(fPlace) && !s.has(fCargo) && (s.tp == nil || s.tp.place == "" || s.has(fBanNoun)) {
		// "на границе ввели ограничения" is a ban, not a delay: a generic border needs cargo, or a delay
		// the article reported before ("By Wednesday the backlog had cleared, the border service said").
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.placeNearDelay()}
	placeBack := m.Place == ""
	if m.Place == "" && s.tp != nil {
		m.Place = s.tp.place // "на границе скопились вагоны" after the crossing was named
		if m.Place == "" {
			// "Грузовики на пункте пропуска простаивают до трех суток" in an article about traffic
			// through Khorgos: the crossing is the one the article named last.
			m.Place = s.tp.crossing
		}
	}
	if a, b := s.route(); a != "" {
		m.Route, m.Place = a+" – "+b, a
	}
	if s.tp != nil && s.tp.place != "" && m.Place != "" && m.Place != s.tp.place && m.Route == "" && s.causeSide(m.Place) {
		// "В КТЖ объясняют задержки ремонтом путей на стороне Алашанькоу" after the wagons waiting at
		// Dostyk: the delay explained is the one reported; the crossing is where its cause lies.
		return agrowatch.Mention{}, false
	}
	if s.explainedElsewhere(m.Place) {
		return agrowatch.Mention{}, false
	}
	if !ended && m.Wagons == 0 && m.Trucks == 0 && s.stableElsewhere(m.Place) {
		return agrowatch.Mention{}, false
	}
	if !ended && m.Route == "" && s.negatedThere(m.Place) {
		// "Кеден қызметі кідірісті … түсіндірді, ал Бақты бекетінде кезек жоқ": the crossing named has no
		// queue in its own clause; the delay is another crossing's («Қорғаста 300 жүк көлігі кезекте тұр, ал
		// Бақты бекетінде кезек жоқ»), or with none named and no traffic counted the one explained, reported
		// before. Traffic counted in the other clause waits there now ("A year ago there were no queues at
		// Khorgos; now 400 trucks are waiting").
		if other := s.otherPlace(m.Place); other != "" {
			m.Place = other
		} else if !s.has(fCargo) {
			return agrowatch.Mention{}, false
		}
	}
	if m.Place == "" && onlyRegions(s.cs) {
		// "Вагоны с зерном простаивают на станциях Костанайской области": stations inside the country,
		// no crossing and no border named by any country.
		return agrowatch.Mention{}, false
	}
	if ended || s.has(fEndedWeak) && s.has(fDelay) {
		m.Status = "ended"
	}
	// An ended delay keeps the counts it states: "the queue of 180 vehicles cleared", "затор из 200 фур
	// ликвидирован", "after a five-day closure", "积压的1100节车皮已全部放行".
	s.borderCounts(&m)
	if placeBack && m.Route == "" {
		s.waitedBack(&m)
	}
	if m.Route == "" && (m.Wagons != 0 || m.Trucks != 0) {
		if p := s.countPlace(); p != "" {
			m.Place = p
		}
	}
	if m.Wagons == 0 && m.Trucks == 0 && s.onlyLocated() || s.onlyLocated() && s.onTheWay() || s.onlyPluperfect() && (s.tp == nil || !s.tp.ended) {
		// «На станции Достык находятся новые терминалы», «1 200 вагонов находятся в пути»: what is
		// located there is no traffic counted, or traffic on its way.
		return agrowatch.Mention{}, false
	}
	if !ended && m.Wagons == 0 && m.Trucks == 0 && m.Days == 0 && s.routineWait() {
		// "Border traffic at Nur Zholy is smooth today, waiting time is about one hour": the usual wait.
		return agrowatch.Mention{}, false
	}
	if !ended && m.Wagons == 0 && m.Trucks == 0 && m.Days == 0 && s.warnedDelay() {
		// "Возможны задержки на Хоргосе в связи с ремонтом", "Delays are possible at Khorgos next week": a
		// delay warned of, with nothing counted as waiting, is none yet.
		return agrowatch.Mention{}, false
	}
	if !ended && m.Wagons == 0 && m.Trucks == 0 && m.Days == 0 && s.avoidedDelay() {
		// "Новый терминал на Хоргосе позволит избежать очередей": a delay to be avoided, with nothing
		// counted as waiting, is none. "Despite efforts to avoid queues, 300 trucks are waiting" counts.
		return agrowatch.Mention{}, false
	}
	if expected {
		m.Days = 0 // "expects the backlog to clear within ten days": a time to the end, not of waiting
	}
	if !s.has(fDelay) && !ended && s.reducedAcceptance() {
		// "restricted the acceptance of grain wagons bound for Altynkol for ten days": the days are the
		// cut's length, no wait.
		m.Days = 0
	}
	if !ended && (m.Wagons != 0 || m.Trucks != 0 || m.Days != 0) && s.delayOnlyPast() {
		// "A year ago, the queue at Khorgos stretched to 400 trucks; this week the checkpoint reports no
		// waiting": a delay of the past, counted, told as a comparison with none now. Read last, for the
		// sentences that would give a counted delay.
		return agrowatch.Mention{}, false
	}
	return m, true
}

// backlogClause splits off a first clause that counts the waiting at the crossing the article reported
// before and names no crossing itself, from a sentence whose delay is at another one: "The wait has
// reached 12 days, and Chinese railways are accepting only nine trains a day at Alashankou" after the
// wagons stuck at Dostyk is Dostyk's wait, and Alashankou's reduced acceptance its own delay. m is the
// sentence's mention; its counts are read again from the rest of the sentence.
func (s *sentence) backlogClause(m *agrowatch.Mention) (agrowatch.Mention, bool) {
	if s.tp == nil || s.tp.place == "" || m.Place == "" || m.Place == s.tp.place || m.Route != "" || m.Status != "" {
		return agrowatch.Mention{}, false
	}
	cut := -1
	for i, r := range s.low[s.sp.start:s.sp.end] {
		if isClauseBreak(r) {
			cut = s.sp.start + i
			break
		}
	}
	if cut < 0 || s.featsIn(s.sp.start, cut)&fPlace != 0 || s.featsIn(s.sp.start, cut)&fDelay == 0 {
		return agrowatch.Mention{}, false
	}
	if cargoRelative(s.lang, s.low[cut+1:s.sp.end]) {
		// "Накануне там простаивали 740 вагонов, часть из которых ожидала передачи на станцию Хоргос более
		// пяти суток", "… 740 wagons, some of which had waited five days for transfer to Khorgos": the
		// relative clause tells more of the same wagons, at the crossing before; the crossing it names is
		// where they go.
		m.Place, m.Wagons, m.Trucks, m.Days = s.tp.place, 0, 0, 0
		s.borderCountsIn(m, s.sp.start, s.sp.end)
		return agrowatch.Mention{}, false
	}
	back := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.tp.place}
	s.borderCountsIn(&back, s.sp.start, cut)
	if back.Wagons == 0 && back.Trucks == 0 && back.Days == 0 {
		return agrowatch.Mention{}, false
	}
	m.Wagons, m.Trucks, m.Days = 0, 0, 0
	s.borderCountsIn(m, cut, s.sp.end)
	return back, true
}

// cargoRelatives open a relative clause on the wagons or trucks just counted, by language.
var cargoRelatives = langWords{
	ru: []string{"часть из которых", "часть которых", "многие из которых", "некоторые из которых", "из которых", "большинство из которых"},
	kk: []string{"олардың бір бөлігі", "олардың көбі", "olardyń bir bóligi", "olardyń kóbi"},
	en: []string{"some of which", "many of which", "most of which", "of which", "some of them", "many of them"},
	zh: []string{"其中部分", "其中一些", "其中不少"},
}

// cargoRelative reports rest opening with one of cargoRelatives.
func cargoRelative(lang, rest string) bool {
	return hasAnyPrefix(strings.TrimLeft(rest, " ,"), cargoRelatives.of(lang)...)
}

// onlyRegions reports countries named only as regions or cities of theirs, at least one.
func onlyRegions(cs []cmention) bool {
	for _, c := range cs {
		if !c.region {
			return false
		}
	}
	return len(cs) > 0
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if contains(s, w) {
			return true
		}
	}
	return kkContainsAny(s, words) // Latin Kazakh without diacritics: "tıis" is also "tiis"
}

// contains is strings.Contains for the rules' phrases. strings.Contains looks for a phrase's first
// byte, which in Cyrillic or Chinese is a lead byte that every other or every third byte of the text
// is, and then compares at every position; contains looks for a byte that tells a letter or character
// instead, and compares only where it is and the phrase's last byte, which tells another, is too.
//
// The byte looked for is the rarest in text (byteFreq) of three: the last byte of the first rune, the
// phrase's last byte and its middle one. "ограничен" is looked for by its "н", not by its "о", which
// is every tenth letter of Russian; "restrictions" by its "c", not by its "r". A short text is left to
// strings.Contains, which compares at every position at once.
func contains(s, w string) bool { return index(s, w) >= 0 }

// index is strings.Index for the rules' phrases, read as contains reads them: the candidates are taken
// in text order, so the first that matches is the first occurrence.
func index(s, w string) int {
	k := 0 // the byte of w looked for
	switch c := w; {
	case len(c) >= 2 && c[0] >= 0xC0 && c[0] < 0xE0:
		k = 1
	case len(c) >= 3 && c[0] >= 0xE0 && c[0] < 0xF0:
		k = 2
	case len(c) < 2 || len(s) <= 64:
		return strings.Index(s, w)
	}
	if last := len(w) - 1; byteFreq[w[last]] < byteFreq[w[k]] {
		k = last
	}
	if mid := len(w) / 2; byteFreq[w[mid]] < byteFreq[w[k]] {
		k = mid
	}
	b := w[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], b)
		if j < 0 {
			return -1
		}
		if p := i + j - k; len(s)-p >= len(w) && s[p+len(w)-1] == w[len(w)-1] && s[p:p+len(w)] == w {
			return p
		}
		i += j + 1
	}
	return -1
}

// lastIndex is strings.LastIndex for the rules' phrases, read as index reads them from the end: the
// candidates are taken from the last, so the first that matches is the last occurrence.
func lastIndex(s, w string) int {
	if len(w) < 2 || len(w) > len(s) {
		return strings.LastIndex(s, w)
	}
	k := len(w) - 1 // the byte of w looked for: the rarest in text of the last, the first and the middle
	if byteFreq[w[0]] < byteFreq[w[k]] {
		k = 0
	}
	if mid := len(w) / 2; byteFreq[w[mid]] < byteFreq[w[k]] {
		k = mid
	}
	b := w[k]
	for end := len(s) - (len(w) - 1 - k); end > k; {
		j := strings.LastIndexByte(s[:end], b)
		if j < k {
			return -1
		}
		if p := j - k; s[p:p+len(w)] == w {
			return p
		}
		end = j
	}
	return -1
}

// byteFreq ranks bytes by how often they occur in lowercased news text, higher for more often: the
// letters of Russian by their second byte (а–п are 0xD0 0xB0–0xBF, р–я 0xD1 0x80–0x8F), ASCII
// letters and the space by English, and the lead bytes of Cyrillic and Han, which nearly every other
// or third byte is, above all. contains looks for the rarer of two bytes of a phrase.
var byteFreq = func() (t [256]uint8) {
	for i, r := range "ъфэщцюшжхйчбзгьыяупдмклврстнаиео" { // rarest first
		i /= 2 // the index of the letter, not of its bytes
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		t[b[1]] = uint8(40 + 6*i)
	}
	for i, c := range []byte("zqxjkvbpygfwmucldrhsnioate") { // rarest first
		t[c] = uint8(40 + 7*i)
	}
	t[' '] = 250
	for c := 0xD0; c <= 0xD3; c++ {
		t[c] = 255
	}
	for c := 0xE4; c <= 0xE9; c++ {
		t[c] = 255
	}
	return t
}()

// endedHits counts the words of an end of delay that do not govern trade: "恢复对华出口", "resumed
// exports", "возобновил экспорт" resume a trade, not traffic at a crossing. An end negated ("has not
// been resolved", «не ликвидирован», "шешілген жоқ", "尚未疏通") is none: the delay goes on.
func (s *sentence) endedHits() int {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fEnded == 0 || s.negatedAt(int(h.pos), int(h.end)) || !overEnds(s.word(h).pat, s.low[h.end:s.sp.end]) {
			continue
		}
		trade := false
		at := int(h.end)
		for j := k + 1; j < len(s.hits) && j <= k+2; j++ {
			o := s.hits[j]
			if g := gapWords(s.low, at, int(o.pos)); g < 0 || g > 2 {
				break
			}
			f := s.word(o).feat
			if f&(fExport|fImport|fShip) != 0 && f&fCargo == 0 {
				trade = true
				break
			}
			if f&fCountry == 0 && f&fCommodity == 0 {
				break
			}
			at = int(o.end)
		}
		if !trade {
			n++
		}
	}
	return n
}

// overEnds reports whether an English "is over" (pat, rest the text after it) ends the clause, as an
// end does ("the jam is over, customs said", "is over and traffic moves"), rather than counting ("the
// queue is over 3 km long", "is over a week old"). Every other word of an end is one as it stands.
func overEnds(pat, rest string) bool {
	switch pat {
	case "is over", "are over", "was over":
	default:
		return true
	}
	k := skipSpaces(rest, 0)
	if k >= len(rest) {
		return true
	}
	if isDigit(rest[k]) {
		return false
	}
	switch next, _ := token(rest, k); next {
	case "", "now", "and", "but", "after", "since", "following":
		return true // a comma, a full stop or a dash, or the next clause
	}
	return false
}

// numberWords are the numbers written as words that count tonnes ("four million tons", "пяти миллионов
// тонн"), wagons, trucks or days ("six days", "шести суток", "алты тәулік").
var numberWords = withKKKeys(map[string]float64{
	"полтора": 1.5, "полутора": 1.5, "одного": 1, "одной": 1, "две": 2,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
	"один": 1, "одни": 1, "двое": 2, "двух": 2, "два": 2, "трое": 3, "трех": 3, "трёх": 3, "четырёх": 4, "три": 3, "четыре": 4, "четырех": 4,
	"пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9,
	"девяти": 9, "десять": 10, "десяти": 10, "двенадцать": 12, "двенадцати": 12, "пятнадцать": 15, "пятнадцати": 15,
	"двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
	"пятидесяти": 50, "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "трёхсот": 300,
	"четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600, "шестисот": 600,
	"семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
	"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
	"bir": 1, "eki": 2, "úsh": 3, "tórt": 4, "bes": 5, "alty": 6, "jeti": 7, "segiz": 8, "toǵyz": 9,
	// A wait in its second or third day: "ждут уже вторые сутки", "екінші тәулік тұр".
	// A collective numeral counts days: "четверо суток".
	"четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
	"вторые": 2, "третьи": 3, "четвертые": 4, "четвёртые": 4, "пятые": 5, "екінші": 2, "ekinshi": 2, "үшінші": 3, "úshinshi": 3,
})

// hundredWords multiply the number word before them in a count: "two hundred trucks", "екі жүз вагон".
// Kazakh puts the case of a bound on the number: "екі жүзге жуық" (nearly two hundred), "úsh júzden astam".
var hundredWords = withKKKeys(map[string]float64{"hundred": 100, "thousand": 1000, "жүз": 100, "júz": 100, "мың": 1000,
	"myń": 1000, "тысяч": 1000, "тысячи": 1000, "жүзге": 100, "júzge": 100, "жүзден": 100, "júzden": 100,
	"жүздей": 100, "júzdeı": 100, "мыңға": 1000, "myńǵa": 1000, "мыңнан": 1000, "myńnan": 1000})

// kkTens are the Kazakh tens a count at a border is written in, read in Kazakh text only: the Latin
// "on" (ten, "on táýlik") is an English word too.
var kkTens = withKKKeys(map[string]float64{"on": 10, "жиырма": 20, "jıyrma": 20, "отыз": 30, "otyz": 30, "қырық": 40,
	"qyryq": 40, "елу": 50, "elý": 50})

// countUnit is what a number at a border counts.
type countUnit uint8

const (
	unitNone countUnit = iota
	unitWagons
	unitTrucks
	unitDays
	unitWeeks // seven days each: "две недели", "two weeks", "екі апта", "一周"
)

// borderUnit classes the word after a number: wagons, trucks (a truck in Kazakh is "жүк көлігі", a
// load vehicle) or days.
func borderUnit(w, next string) countUnit {
	switch {
	case strings.HasPrefix(w, "вагон") || strings.HasPrefix(w, "wagon") || strings.HasPrefix(w, "railcar") ||
		strings.HasPrefix(w, "vagon") || strings.HasPrefix(w, "rail car") || w == "cars" || railcarKind(w):
		return unitWagons
	case strings.HasPrefix(w, "грузовик") || strings.HasPrefix(w, "фур") || strings.HasPrefix(w, "truck") ||
		strings.HasPrefix(w, "fýr") || strings.HasPrefix(w, "fur") ||
		strings.HasPrefix(w, "lorr") || strings.HasPrefix(w, "автомашин") || strings.HasPrefix(w, "машин") ||
		strings.HasPrefix(w, "автомобил") || strings.HasPrefix(w, "большегруз") || strings.HasPrefix(w, "тягач") ||
		strings.HasPrefix(w, "vehicle") || strings.HasPrefix(w, "көлік") || hasAnyPrefix(w, "kólik") ||
		(w == "жүк" || kkIs(w, "júk")) && (strings.HasPrefix(next, "көлі") || hasAnyPrefix(next, "kóli")):
		return unitTrucks
	case strings.HasPrefix(w, "сут") || w == "дней" || w == "дня" || w == "день" || w == "days" || w == "day" ||
		strings.HasPrefix(w, "тәулік") || hasAnyPrefix(w, "táýlik") ||
		w == "күн" || w == "күнге" || w == "күнде" || w == "күннен" || w == "күндік" ||
		kkIs(w, "kún", "kúnge", "kúnnen", "kúnde", "kúndik"): // Latin Kazakh in any spelling: "kunnen"
		return unitDays
	case strings.HasPrefix(w, "недел") || w == "week" || w == "weeks" || strings.HasPrefix(w, "апта") ||
		strings.HasPrefix(w, "apta"):
		return unitWeeks
	}
	return unitNone
}

// railcarKind reports a word of a kind of railcar, counted as wagons: «700 полувагонов», "хопперов",
// "poluvagon", "400 hoppers", "gondolas", "boxcars", "flatcars".
func railcarKind(w string) bool {
	return hasAnyPrefix(w, "полувагон", "хоппер", "poluvagon", "hopper", "gondola", "boxcar", "flatcar")
}

// hanUnit classes the characters after a Chinese number: 节车皮 and 车皮 are wagons, 辆 vehicles, 天 and
// 日 days.
func hanUnit(rest string) countUnit {
	switch {
	case strings.HasPrefix(rest, "节") || strings.HasPrefix(rest, "车皮") || strings.HasPrefix(rest, "个车皮"):
		return unitWagons
	case strings.HasPrefix(rest, "辆"):
		return unitTrucks
	case strings.HasPrefix(rest, "天") || strings.HasPrefix(rest, "日") && !strings.HasPrefix(rest, "日起") ||
		strings.HasPrefix(rest, "昼夜") || strings.HasPrefix(rest, "个昼夜"): // "停留五昼夜": days and nights
		return unitDays
	case strings.HasPrefix(rest, "周") && !strings.HasPrefix(rest, "周年") || strings.HasPrefix(rest, "个星期") ||
		strings.HasPrefix(rest, "星期") || strings.HasPrefix(rest, "个礼拜") || strings.HasPrefix(rest, "礼拜") && !hanWeekday(rest[len("礼拜"):]):
		return unitWeeks // "关闭一周", "两个星期", "快一个礼拜"; "三周年" is an anniversary, "礼拜天" Sunday
	}
	return unitNone
}

// hanReduplicated reports a measure word doubled after 一, one by one, no count: "车一辆辆往外走", "一天天".
func hanReduplicated(rest string) bool {
	if rest == "" {
		return false
	}
	r, n := decodeRune(rest, 0)
	if n >= len(rest) {
		return false
	}
	r2, _ := decodeRune(rest, n)
	return r == r2
}

// hanWeekday reports the day of a weekday's name after 礼拜 or 星期 ("礼拜天", "礼拜三"): a date, no week.
func hanWeekday(rest string) bool {
	return hasAnyPrefix(rest, "天", "日", "一", "二", "三", "四", "五", "六")
}

// hanDateDay reports a Chinese "N日" that dates what is told: the day of the month before a verb of
// reporting or a time of day ("16日通报", "20日上午", "3日电"), or after 于 or 在 ("于16日暂停"). A wait
// counted in 日 ends its clause or follows its verb ("滞留5日", "已达10日之久").
func hanDateDay(before, after string) bool {
	return hasAnySuffix(before, "于", "在", "截至", "截止") ||
		hasAnyPrefix(after, "通报", "表示", "宣布", "称", "发布", "报道", "消息", "电", "讯", "上午", "下午", "晚", "凌晨",
			"早", "中午", "起", "开始", "发表", "介绍", "透露", "指出", "获悉", "了解到", "证实", "确认", "通知", "公布", "晨")
}

// hanAbout skips the mark of an approximate count after a Chinese number and the goods the counted
// things carry: "1200多节车皮", "200余辆货车", "1500余节装载粮食的车皮" count wagons and trucks.
func hanAbout(rest string) string {
	for _, p := range [...]string{"多", "余", "餘"} {
		if strings.HasPrefix(rest, p) {
			rest = rest[len(p):]
			break
		}
	}
	if strings.HasPrefix(rest, "节装载") || strings.HasPrefix(rest, "节满载") {
		// "节装载粮食的车皮": the measure word first, the wagons after what they carry.
		if i := strings.Index(rest, "的车皮"); i > 0 && i <= 30 {
			return "节"
		}
	}
	return rest
}

// hanCountAt reads a count in Chinese numerals at low[i] ("两天", "十二天", "一千五百节"), below ten
// thousand, and returns its value and end; ok is false when low[i] starts none.
//
// A count may open with 千 or 百 alone, one thousand or one hundred: "逾千节" (over a thousand wagons),
// "千余辆".
func hanCountAt(low string, i int) (v float64, end int, ok bool) {
	v, end, seen := hanSectionAt(low, i)
	if strings.HasPrefix(low[i:], "千") {
		v += 1000
	} else if strings.HasPrefix(low[i:], "百") {
		v += 100
	}
	return v, end, seen && v > 0
}

// borderCounts reads the wagons or trucks waiting and the days of waiting a border sentence states:
// "более 1200 вагонов", "1 200-ден астам вагон", "leaving 1,500 wagons waiting for more than six days",
// "простой достигает 10 суток", "1200节车皮", "300辆货车", "10天". The first figure of each unit counts.
func (s *sentence) borderCounts(m *agrowatch.Mention) {
	s.borderCountsIn(m, s.sp.start, s.sp.end)
	if m.Days == 0 && s.waitedWeek() {
		m.Days = 7
	}
}

// borderCountsIn reads the counts of borderCounts in s.low[lo:hi] only.
func (s *sentence) borderCountsIn(m *agrowatch.Mention, lo, hi int) {
	low := s.low[lo:hi]
	ct := s.lang == "en" || s.lang == "zh"
	set := func(u countUnit, v float64) {
		switch {
		case u == unitWagons && m.Wagons == 0 && v >= 1 && v < 1e6:
			m.Wagons = int(v)
		case u == unitTrucks && m.Trucks == 0 && v >= 1 && v < 1e6:
			m.Trucks = int(v)
		case u == unitDays && m.Days == 0 && v > 0 && v <= 366:
			m.Days = v
		case u == unitWeeks && m.Days == 0 && v > 0 && v <= 52:
			m.Days = 7 * v
		}
	}
	prevWord := false
	// An ordinal counts the days only before a word of day: look the ordinals up only then.
	dayWord := containsAny(low, "день", "сутки", "day", "күн", "kún", "тәулік", "táýlik")
	for i := 0; i < len(low); {
		r, n := decodeRune(low, i)
		startsWord := isWordRune(r) && !isHan(r) && !prevWord
		switch {
		case isDigit(low[i]) && (!prevWord || isHan(prevRune(low, max(i, 1)))):
			v, e, ok := parseNumber(low, i, ct)
			if !ok {
				i = e
				prevWord = true
				continue
			}
			if hasAnySuffix(low[:i], "每日", "每天", "日均") || hasAnySuffix(low[:i], "从", "由") &&
				containsAny(low[e:], "降至", "减至", "减少至", "下降至", "减少到", "降到", "增至", "增加至", "升至", "增加到") {
				// "接卸量减少至每日25节": a rate of handling, not wagons that wait; "滞留车皮从1200节降至400节":
				// the count before, the one it moved to is now.
				i = e
				prevWord = true
				continue
			}
			if sc, e2 := scaleAt(low, e); sc > 0 && sc < 1e6 {
				v, e = v*sc, e2
			}
			u := s.unitAfter(low, e)
			if u == unitNone {
				u = unitBefore(low, i, e)
			}
			if u == unitDays && strings.HasPrefix(low[e:], "日") && hasAnySuffix(low[:i], "月", "至", "到", "—", "-") {
				u = unitNone // "5月1日至3日闭关": days of the month, a date, not days of waiting
			}
			if u == unitDays && strings.HasPrefix(low[e:], "日") && hanDateDay(low[:i], low[e+len("日"):]) {
				u = unitNone // "哈铁16日通报", "于20日起": the day of the month something happened, not days of waiting
			}
			if u == unitWeeks && weeksAgo(low[e:]) {
				u = unitNone
			}
			if (u == unitWagons || u == unitTrucks) && perDay(low[:i], low[e:]) {
				u = unitNone // "taking about 180 wagons a day", «тәулігіне 150 көлікке»: a rate of handling, not traffic waiting
			}
			if u == unitNone && s.lang == "ru" && ruInvertedCount(low, i, e) {
				u = borderUnit(prevWordAt(low, i), "") // «впереди фур 400»: the noun first, an approximate count
			}
			if u == unitNone && dayWord {
				if d, ok := s.digitOrdinalDay(low, i, e, v); ok {
					u, v = unitDays, d // "стоим уже 4й день", "3rd day now", "4-ші тәулік"
				}
			}
			if u != unitNone {
				set(u, v)
			}
			i = e
			prevWord = true
			continue
		case r >= 0x4E00 && (hanDigit(r) > 0 || r == '十' || r == '百' || r == '千') && (i == 0 || !hanNumeral(prevRune(low, i)) &&
			(prevRune(low, i) != '第' || hasAnySuffix(low[:i], "连续第", "排第", "等第", "堵第"))):
			// "关闭两天": a count in Chinese numerals; "第二天" is a date, not two days, but "连续第五天" and
			// "已经排第三天" (queued for the third day) are a run, as "the fifth consecutive day" is.
			v, e, ok := hanCountAt(low, i)
			if u := hanUnit(hanAbout(low[e:])); ok && u != unitNone && !(u == unitWeeks && weeksAgo(low[e:])) && !hanReduplicated(low[e:]) {
				set(u, v)
			}
			i = e
			prevWord = false
			continue
		case startsWord:
			w, e := token(low, i)
			if v, ok := dayAdjective(w); ok {
				set(unitDays, v)
			}
			if v, ok := s.dayNumbered(low, i, w, e); ok {
				set(unitDays, v) // "day 5 at khorgos": the day of the wait reached
			}
			if dayWord && isOrdinalDay(w) {
				next, ne := token(low, skipSpaces(low, e))
				if runOfDays(next) {
					next, ne = token(low, skipSpaces(low, ne)) // "for a third straight day": the run of days
				}
				if after, _ := token(low, skipSpaces(low, ne)); after != "of" && !ruGenitive(s.lang, after) && !weeksAgo(low[e:]) {
					// "on the third day of the fair", «третий день выставки» date; "for a third day", «третий
					// день стоят» count the wait.
					if v, ok := ordinalDay(w, next); ok {
						set(unitDays, v)
					}
				}
			}
			v, ok := numberWords[w]
			if !ok && s.lang == "kk" {
				v, ok = kkTens[w]
			}
			if ok && e < len(low) && low[e] == '-' && isNumberWord(s.lang, nextWord(low, e+1)) {
				ok = false // "төрт-бес күн", «три-четыре дня»: a range, whose upper bound counts (read next)
			}
			if ok {
				if next, e2 := token(low, skipSpaces(low, e)); hundredWords[next] != 0 {
					v, e = v*hundredWords[next], e2 // "two hundred trucks", "екі жүз вагон"
					if hundredWords[next] == 1000 {
						v, e = hundredsAfterThousand(low, v, e)
					}
				}
				if u := s.unitAfter(low, e); u != unitNone && !(u == unitWeeks && weeksAgo(low[e:])) {
					set(u, v)
				}
			}
			i = e
			prevWord = true
			continue
		}
		prevWord = isWordRune(r) && !isHan(r)
		i += n
	}
}

// hundredsAfterThousand adds the hundreds a count in words goes on with after its thousands: "бір мың екі
// жүзден астам вагон", "one thousand two hundred wagons" (a radio bulletin reads the figure out). v is
// the thousands read up to low[e]; it returns the count and where it ends.
func hundredsAfterThousand(low string, v float64, e int) (float64, int) {
	w, we := token(low, skipSpaces(low, e))
	u, ok := numberWords[w]
	if !ok || u >= 10 || u != float64(int(u)) {
		return v, e
	}
	if h, he := token(low, skipSpaces(low, we)); hundredWords[h] == 100 {
		return v + u*100, he
	}
	return v, e
}

// isNumberWord reports a number written as a word (numberWords, and the Kazakh tens).
func isNumberWord(lang, w string) bool {
	if _, ok := numberWords[w]; ok {
		return true
	}
	_, ok := kkTens[w]
	return ok && lang == "kk"
}

// nextWord is the word at low[i], letters only.
func nextWord(low string, i int) string {
	w, _ := token(low, i)
	return w
}

// ruInvertedCount reports the Russian approximate count, the noun of vehicles before the number: «впереди
// фур 400 не меньше», «вагонов 300 стоит» (about 400 trucks). low[i:e] is the number; a year or a
// number with a unit of its own counts no vehicles.
func ruInvertedCount(low string, i, e int) bool {
	switch u := borderUnit(prevWordAt(low, i), ""); u {
	case unitWagons, unitTrucks:
	default:
		return false
	}
	next, _ := token(low, skipSpaces(low, e))
	if e-i >= 4 || hasAnyPrefix(next, "год", "км", "километр", "метр", "тонн", "час", "сут", "дн", "мин", "процент") ||
		next == "г" || next == "м" || next == "т" || strings.HasPrefix(low[e:], "%") {
		return false // «вагонов 2025 года выпуска», «очередь фур 5 км»: a year or a measure of its own
	}
	return true
}

// prevWordAt is the word that ends right before low[i], past spaces only: "" after punctuation.
func prevWordAt(low string, i int) string {
	w, _ := prevToken(low, 0, i)
	if w == "" || !isWordRune(firstRune(w)) {
		return ""
	}
	return w
}

// weeksAgo reports a count of weeks that dates, not one that lasts: "two weeks ago", «две недели
// назад», "екі апта бұрын", "两周前".
func weeksAgo(rest string) bool {
	if len(rest) > 40 {
		rest = rest[:40]
	}
	return containsAny(rest, " ago", "назад", "бұрын", "buryn", "前")
}

// unitAfter returns the unit of the number that ends at low[e], past a Kazakh case suffix on the
// number ("1 200-ден астам", "700-den astam"), a bound ("астам", "жуық", "с лишним") and an adjective
// or two ("груженых", "гружёных").
func (s *sentence) unitAfter(low string, e int) countUnit {
	k := e
	if k < len(low) && low[k] == '+' {
		k++ // "200+ wagons": the count at least
	}
	if k < len(low) && low[k] == '-' {
		w, k2 := token(low, k+1)
		if w == "day" {
			return unitDays // "a five-day closure", "a 5-day wait"
		}
		k = k2
	}
	if k < len(low) {
		if u := hanUnit(hanAbout(low[k:])); u != unitNone {
			return u
		}
	}
	limit := 3
	if s.lang == "kk" || s.has(fCommodity) {
		limit = 4 // "астам астық тиелген вагон", «более … груженных зерном вагонов»: a bound, the goods, a participle
	}
	for n := 0; n < limit; n++ {
		k = skipSpaces(low, k)
		if n > 0 && k < len(low) && low[k] == '-' {
			k++ // "grain-laden wagons": a compound adjective
		}
		w, e2 := token(low, k)
		if w == "" {
			return unitNone
		}
		next, _ := token(low, skipSpaces(low, e2))
		if u := borderUnit(w, next); u != unitNone {
			return u
		}
		if hasAnyPrefix(w, "единиц", "бірлік", "birlik") || w == "units" {
			return s.unitsOf(w, low, e2)
		}
		switch {
		case w == "астам" || w == "жуық" || kkIs(w, "astam", "jýyq", "shamasynda") || w == "шамасында" || w == "more" ||
			w == "extra" || w == "additional" || w == "loaded" || w == "grain" || w == "laden" || w == "tir" ||
			hasAnySuffix(w, "ых", "их", "ен", "ён") && n < 2 || s.lang == "en" && n < 2 && vehicleAdjective(w):
			k = e2
			continue
		case s.lang == "kk" && kkParticiple(w) || s.commodityAt(low, k):
			// "1100-ден астам астық тиелген вагон", «1100 груженных зерном вагонов», "1,100 grain-laden
			// wagons": the goods the wagons carry and the participle of loading stand between the count
			// and the wagons.
			k = e2
			continue
		}
		return unitNone
	}
	return unitNone
}

// vehicleAdjective reports an English word that qualifies the vehicles counted: a participle
// ("refrigerated", "loaded") or a word of the kind of vehicle ("empty", "cargo", "freight"): "60
// refrigerated trucks", "200 empty wagons".
func vehicleAdjective(w string) bool {
	switch w {
	case "empty", "heavy", "cargo", "freight", "container", "tank", "hopper", "covered", "flat":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// kkParticiple reports a Kazakh past participle, the adjective of a loaded or waiting thing: "тиелген",
// "жүктелген", "tıelgen".
func kkParticiple(w string) bool {
	return hasAnySuffix(w, "ған", "ген", "қан", "кен", "ǵan", "gen", "qan", "ken")
}

// commodityAt reports a word of goods of the sentence written at low[k]: "астық", "бидай".
func (s *sentence) commodityAt(low string, k int) bool {
	for _, h := range s.hits {
		if s.word(h).feat&fCommodity != 0 && s.low[h.pos:h.end] == low[k:min(k+int(h.end-h.pos), len(low))] {
			return true
		}
	}
	return false
}

// unitsOf returns what a count of units counts, w being the word of units and e its end: what the
// words after it name ("700 единиц грузовиков", "400 units of trucks"), or, where the noun phrase ends
// with it ("скопление вагонов … превышало 700 единиц", "кезегі 400 бірліктен асты", a Kazakh case ending
// on it), the traffic the sentence names. "40 единиц техники", "400 бірлік техника" count machinery.
func (s *sentence) unitsOf(w, low string, e int) countUnit {
	next, e2 := token(low, skipSpaces(low, e))
	if next == "of" {
		next, e2 = token(low, skipSpaces(low, e2))
	}
	after, _ := token(low, skipSpaces(low, e2))
	if u := borderUnit(next, after); u != unitNone && u != unitDays && u != unitWeeks {
		return u
	}
	if u := borderUnit(after, ""); u != unitNone && u != unitDays && u != unitWeeks {
		return u // "единиц грузовых автомобилей"
	}
	switch {
	case s.lang == "kk":
		if w == "бірлік" || w == "birlik" {
			return unitNone // the case ending closes the phrase: "бірліктен", "birlikke"
		}
	case next == "" || !isWordRune(firstRune(next)):
	default:
		switch next {
		case "в", "на", "и", "а", "но", "к", "по", "at", "in", "on", "and", "but", "by", "as":
		default:
			return unitNone
		}
	}
	return s.cargoUnit()
}

// cargoUnit returns the one unit, wagons or trucks, of every word of traffic the sentence names, or
// unitNone when it names none or both.
func (s *sentence) cargoUnit() countUnit {
	u := unitNone
	for _, h := range s.hits {
		if s.word(h).feat&fCargo == 0 {
			continue
		}
		switch c := borderUnit(s.low[h.pos:h.end], ""); {
		case c == unitNone:
		case u != unitNone && c != u:
			return unitNone
		default:
			u = c
		}
	}
	return u
}

// unitBefore returns the unit named before a number that a count reached: "жүк көліктерінің кезегі
// 900-ге жетті", "vagondar sany 1500-ge jetti", «число вагонов достигло 1500». The number [i, e) must be
// the object of reaching: a Kazakh dative suffix and "жетті" after it, or a Russian or English verb of
// reaching before it; the unit is looked for in the four words before.
func unitBefore(low string, i, e int) countUnit {
	at := i
	k := e
	if k < len(low) && low[k] == '-' {
		_, k = token(low, k+1)
	}
	next, ne := token(low, skipSpaces(low, k))
	if next == "дейін" || next == "deıin" {
		// "вагондар саны 400-ге дейін азайды": the count moved to the number.
		if verb, _ := token(low, skipSpaces(low, ne)); movedWords[verb] {
			next = "жетті"
		}
	}
	switch next {
	case "жетті", "jetti", "жетіп", "jetip", "асты", "asty", "асып", "asyp":
	default:
		p, ppos := prevToken(low, 0, i)
		switch p {
		case "достигло", "достигла", "достигает", "достигли", "превысило", "превысила", "reached", "exceeded", "hit":
			at = ppos
		case "to", "до", "past", "above":
			// The count a number moved to is the one now: "the number of wagons idle at Dostyk had fallen to
			// 400 from 1,200", «число вагонов сократилось до 400», "has climbed past 1,100".
			q, qpos := prevToken(low, 0, ppos)
			if !movedWords[q] {
				return unitNone
			}
			at = qpos
		default:
			return unitNone
		}
	}
	after := ""
	for n := 0; n < 6; n++ {
		w, pos := prevToken(low, 0, at)
		if w == "," {
			at = pos // "Число вагонов, простаивающих на Достыке, сократилось до 600": past a participle's commas
			continue
		}
		if w == "" || !isWordRune(firstRune(w)) {
			return unitNone
		}
		if u := borderUnit(w, after); u != unitNone && u != unitDays && u != unitWeeks {
			return u
		}
		after, at = w, pos
	}
	return unitNone
}

// movedWords are the verbs a count moves by to the number after "to" or «до».
var movedWords = withKKKeys(map[string]bool{"fallen": true, "fell": true, "dropped": true, "declined": true, "risen": true,
	"rose": true, "grown": true, "grew": true, "increased": true, "decreased": true, "shrunk": true, "eased": true,
	"climbed": true, "jumped": true, "swelled": true,
	"сократилось": true, "снизилось": true, "уменьшилось": true, "выросло": true, "увеличилось": true, "возросло": true,
	"азайды": true, "azaıdy": true, "төмендеді": true, "tómendedi": true, "қысқарды": true, "qysqardy": true,
	"өсті": true, "ósti": true, "артты": true, "artty": true})

// route returns both ends of a route named as two crossings joined by a dash: "Алтынколь – Хоргос",
// "Altynkól–Qorǵas", written with the names of Places.
func (s *sentence) route() (from, to string) {
	for k := 0; k+1 < len(s.hits); k++ {
		a, b := s.hits[k], s.hits[k+1]
		wa, wb := s.word(a), s.word(b)
		if wa.feat&fPlace == 0 || wb.feat&fPlace == 0 || wa.code == wb.code {
			continue
		}
		ae := wordEnd(s.low, int(a.end), int(b.pos)) // "Алтынколь": the stem "алтынкол" ends inside its word
		between := strings.TrimSpace(s.low[ae:b.pos])
		for _, sep := range [...]string{"–", "—", "-", "−", "/"} {
			if strings.Trim(between, sep+" \u00a0") == "" && strings.Contains(between, sep) {
				return wa.code, wb.code
			}
		}
		if s.routeJoined(between, int(a.pos), int(b.end)) {
			return wa.code, wb.code
		}
	}
	return "", ""
}

// bareHeadlineDelay drops a headline's delay that names only a crossing ("Backlog at Khorgos", «Затор
// на Хоргосе», "Қорғаста кептеліс", "霍尔果斯口岸拥堵") when the article's body counts a delay at another
// crossing: the headline names the area of the body's station, not a second delay. So does a headline's
// end of one («Пункт пропуска Хоргос возобновил работу») over the body's end, counted, at another
// crossing («"Нур Жолы" возобновил работу после трехдневного закрытия»).
func bareHeadlineDelay(ms []agrowatch.Mention) []agrowatch.Mention {
	bare := -1
	for i, m := range ms {
		if m.Kind == agrowatch.KindBorderDelay && m.Place != "" && (m.Status == "" || m.Status == "ended") && stated(m) == 0 &&
			!closed(m.Sentence) {
			if bare >= 0 {
				return ms
			}
			bare = i
		}
	}
	if bare < 0 {
		return ms
	}
	counted := 0
	for i, m := range ms {
		if i != bare && m.Kind == agrowatch.KindBorderDelay && m.Place != ms[bare].Place && (m.Wagons != 0 || m.Trucks != 0 || m.Days != 0) &&
			m.Sentence != ms[bare].Sentence && // a headline's own two crossings, each with its delay, are two delays

			(ms[bare].Status == "" || m.Status == ms[bare].Status) {
			counted++
		}
	}
	if counted != 1 {
		return ms
	}
	return append(ms[:bare], ms[bare+1:]...)
}

// endAfterDelay splits off the end of a delay told in a clause after the one that counts it, set against
// it by a contrast: "Last week more than 900 wagons were held at Altynkol, but the backlog has now been
// cleared", "积压车皮一度超过900节，但目前已全部疏解" are the delay with its numbers and its end, two mentions. m keeps the numbers and
// loses the end; the end carries none. An end in the clause of the delay ("the jam that had stranded
// trucks for a week is over") stays one mention.
func (s *sentence) endAfterDelay(m *agrowatch.Mention) (agrowatch.Mention, bool) {
	if m.Place == "" || m.Wagons == 0 && m.Trucks == 0 && m.Days == 0 || s.expectedEnd() {
		return agrowatch.Mention{}, false
	}
	delayEnd := -1 // the end of the first clause with a word of delay
	for _, h := range s.hits {
		f := s.word(h).feat
		if f&fDelay != 0 && f&fEnded == 0 && delayEnd < 0 {
			_, delayEnd = s.clause(int(h.pos))
			continue
		}
		if f&fEnded == 0 || delayEnd < 0 || int(h.pos) < delayEnd || s.negatedAt(int(h.pos), int(h.end)) {
			continue
		}
		a, b := s.clause(int(h.pos))
		if !hasAnyPrefix(strings.TrimLeft(s.low[a:b], " "), contrastOpeners[:]...) {
			// "巴克图口岸因系统故障暂停通关一天，目前已恢复正常" is one ended closure (dev16); only an end set
			// against the delay by a contrast is news of its own.
			return agrowatch.Mention{}, false
		}
		if s.featsIn(a, b)&fCargo != 0 && s.featsIn(int(h.end), b)&fCargo != 0 || hasCountIn(s.low[a:b]) {
			return agrowatch.Mention{}, false // the end counts traffic of its own: one mention
		}
		end := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: m.Place, Route: m.Route, Status: "ended"}
		m.Status = ""
		return end, true
	}
	return agrowatch.Mention{}, false
}

// contrastOpeners open a clause set against the one before: "but", «но», 但.
var contrastOpeners = [...]string{"but ", "however", "yet ", "но ", "однако", "бірақ", "alaıda", "biraq", "但", "不过", "然而"}

// hasCountIn reports a digit in the clause: a count or a date of its own.
func hasCountIn(clause string) bool {
	return strings.IndexAny(clause, "0123456789") >= 0
}

// contrastBreaks open a clause that turns against the one before, by language: the end of a delay after
// its count ("…, but the backlog has now been cleared").
var contrastBreaks = langWords{
	ru: []string{", но ", ", однако ", " — но ", "; но "},
	kk: []string{", бірақ ", ", алайда ", ", biraq ", ", alaıda "},
	en: []string{", but ", ", however, ", "; but ", " but "},
	zh: []string{"，但", "，不过", "，但是"},
}

// nowBreaks open a clause of the present after a comma, by language: set against a count of the past,
// "…, today the situation has stabilised" is a contrast as "but" is.
var nowBreaks = langWords{
	ru: []string{", сегодня ", ", сейчас ", ", теперь ", ", к утру ", ", к вечеру "},
	kk: []string{", бүгін ", ", қазір ", ", búgin ", ", qazir "},
	en: []string{", today ", ", now ", "; today ", "; now ", ", by now "},
	// Chinese is read by its own clauses: "…滞留，目前滞留问题已经解决" is one ended delay (dev18).
}

// zhNowBreak returns where a Chinese clause of today opens after a first clause of yesterday ("卡尔扎特口岸
// 昨日滞留货车150辆，今天已恢复放行": yesterday's count, today's end), or an empty span. A count of some time
// before and its end now ("上周一度有约500辆货车滞留，目前滞留问题已经解决") are one ended delay (dev18).
func zhNowBreak(low string) span {
	for _, w := range [...]string{"，今天", "，今日", "，今早"} {
		i := strings.Index(low, w)
		if i >= 0 && containsAny(low[:i], "昨日", "昨天") {
			return span{start: i, end: i + len(w)}
		}
	}
	return span{}
}

// countBeforeEnd splits a sentence that counts a delay in its first clause and tells its end in a clause
// of contrast after it: "Last week more than 900 wagons were held at Altynkol, but the backlog has now
// been cleared", «В понедельник на Хоргосе стояли более 400 фур, но к вечеру среды затор удалось
// ликвидировать», "Ótken aptada Dostyqta 700 vagon turdy, biraq qazir kezek joıyldy". They are two
// facts: the delay with its count, returned, and its end, m, which keeps only what its own clause counts.
// A count inside the clause of the end is the ended delay's own ("the queue of 180 vehicles cleared").
func (s *sentence) countBeforeEnd(m *agrowatch.Mention) (agrowatch.Mention, bool) {
	if m.Status != "ended" || m.Wagons == 0 && m.Trucks == 0 {
		return agrowatch.Mention{}, false
	}
	low := s.low[s.sp.start:s.sp.end]
	at := contrastBreaks.spelledIndex(s.lang, low)
	if at.end <= 0 {
		at = nowBreaks.spelledIndex(s.lang, low) // «Вчера … стояли 180 фур, сегодня ситуация стабилизировалась»
	}
	if at.end <= 0 && s.lang == "zh" {
		at = zhNowBreak(low)
	}
	if at.end <= 0 {
		return agrowatch.Mention{}, false
	}
	cut := s.sp.start + at.start
	for _, h := range s.hits {
		if s.word(h).feat&fEnded != 0 && int(h.pos) < cut && !s.negatedAt(int(h.pos), int(h.end)) {
			return agrowatch.Mention{}, false // an end before the contrast: the count is the end's
		}
	}
	if s.featsIn(s.sp.start, cut)&(fDelay|fCargo) == 0 || s.featsIn(cut, s.sp.end)&(fEnded|fEndedWeak) == 0 {
		return agrowatch.Mention{}, false
	}
	count := agrowatch.Mention{Kind: m.Kind, Place: m.Place, Route: m.Route}
	s.borderCountsIn(&count, s.sp.start, cut)
	var end agrowatch.Mention
	s.borderCountsIn(&end, cut, s.sp.end)
	if count.Wagons == 0 && count.Trucks == 0 || end.Wagons != 0 || end.Trucks != 0 {
		return agrowatch.Mention{}, false
	}
	m.Wagons, m.Trucks, m.Days = 0, 0, end.Days
	return count, true
}

// passedInDay reports a count told as what passed in a day: the day before it, and a verb of passing
// before the count («через Бахты за сутки прошло 210 грузовиков», «за сутки пропущено 300 вагонов») or
// right after it ("Over the past day 210 trucks crossed at Bakhty", "тәулік ішінде 210 жүк көлігі
// өтті"). What passed is the crossing's pace, no traffic that waits («за сутки скопилось 210 фур» is a
// count).
func passedInDay(before, after string) bool {
	if len(before) > 48 {
		before = before[len(before)-48:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	d := -1
	for _, w := range [...]string{"за сутки", "за день", "последние сутки", "тәулік ішінде", "past day", "past 24 hours",
		"last 24 hours", "in a day"} {
		if i := strings.LastIndex(before, w); i > d {
			d = i
		}
	}
	if d < 0 && kkContainsAny(before, []string{"táýlik ishinde"}) {
		d = 0
	}
	if d < 0 {
		return false
	}
	if containsAny(before[d:], " прошло", " прошли", " пропущено", " пропущены", " пропустили", " проследовало", " проследовали") {
		return true
	}
	if i := strings.IndexAny(after, ",;:()"); i >= 0 {
		after = after[:i]
	}
	if len(after) > 40 {
		after = after[:40]
	}
	return containsAny(after, " crossed", " passed", " were cleared", " өтті", " өткізілді", " ótti", " ótkizildi", " otti")
}

// waitedBack places a wait that names no crossing, m, told of the wagons or trucks, where the article
// counted them waiting when the delay it reported last counted nothing: "Средний простой вагонов на
// подходах к границе достигает шести суток" after the 1 600 wagons at Dostyk and the cut at Alashankou
// that caused them is Dostyk's wait, not the cut's.
func (s *sentence) waitedBack(m *agrowatch.Mention) {
	if s.tp != nil && m.Wagons == 0 && m.Trucks == 0 && m.Days != 0 && s.has(fCargo) && s.tp.bare && s.tp.waited != "" &&
		m.Place == s.tp.place {
		m.Place = s.tp.waited
	}
}

// perDay reports a count of wagons or trucks told as a rate per day, the text before the number and
// after it given: "about 180 wagons a day instead of the usual 300", "350 vehicles cleared daily",
// «12 поездов в сутки», «тәулігіне 150 көлікке дейін», "kúnine 40 júk kóligi". A crossing's capacity or
// its acceptance is no count of what waits.
func perDay(before, after string) bool {
	if passedInDay(before, after) {
		return true
	}
	if len(before) > 24 {
		before = before[len(before)-24:]
	}
	if containsAny(before, "тәулігіне", "táýligine", "күніне", "kúnine") {
		return true
	}
	if i := strings.IndexAny(after, ",;:()，；。"); i >= 0 {
		after = after[:i]
	}
	if len(after) > 48 {
		after = after[:48]
	}
	return containsAny(after, " a day", " per day", " daily", " each day", " в сутки", " в день", " за сутки", " ежесуточно",
		" тәулігіне", " táýligine")
}
