package extract

import (
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
		if !s.negatedAt(int(h.pos), int(h.end)) {
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
	for i := 0; i < 2; i++ {
		p, ppos := prevToken(s.low, from, at)
		switch p {
		case "no", "not", "without", "не", "нет", "без", "ни", "zero", "never", "емес":
			return true
		}
		if p == "" || !isWordRune(firstRune(p)) || isHan(firstRune(p)) {
			break
		}
		at = ppos
	}
	// Kazakh: the privative suffix on the word itself ("кідіріссіз", "kidirissiz": without delay).
	we := end
	for we < s.sp.end {
		r, n := utf8.DecodeRuneInString(s.low[we:])
		if !isWordRune(r) || isHan(r) {
			break
		}
		we += n
	}
	if hasAnySuffix(s.low[pos:we], "сыз", "сіз", "syz", "siz") {
		return true
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
			switch s.low[wstart : end+i] {
			case "нет", "жоқ", "joq":
				return true
			}
		}
		inWord = false
		if isClauseBreak(r) || r == '.' || words > 6 {
			break
		}
	}
	return false
}

// placeNearDelay returns the crossing nearest a word of delay: "приняла на Алашанькоу лишь 10
// поездов, из-за чего на Достыке скопилось 2 тыс. вагонов" is a backlog at Dostyk.
func (s *sentence) placeNearDelay() string {
	best, bestDist := "", 1<<30
	for _, p := range s.hits {
		w := s.word(p)
		if w.feat&fPlace == 0 {
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

// border reads a delay at a border crossing: trains halted, wagons waiting, unloading backlogged, a
// crossing closed or cargo refused, or the end of one (status "ended").
func (x *Extractor) border(s *sentence) (agrowatch.Mention, bool) {
	ended := s.endedHits() > 0
	if !s.has(fDelay) && !(ended && s.has(fCargo|fBorder)) {
		return agrowatch.Mention{}, false
	}
	if !ended && s.delaysNegated() {
		// "there are no queues", "очередей нет", "кезек жоқ", "没有车辆滞留": a crossing running normally
		// is news of no delay, and of no end of one.
		return agrowatch.Mention{}, false
	}
	if !s.has(fPlace) && !s.has(fCargo) {
		// "на границе ввели ограничения" is a ban, not a delay: a generic border needs cargo.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.placeNearDelay()}
	if ended || s.has(fEndedWeak) && s.has(fDelay) {
		m.Status = "ended"
	}
	return m, true
}

// endedHits counts the words of an end of delay that do not govern trade: "恢复对华出口", "resumed
// exports", "возобновил экспорт" resume a trade, not traffic at a crossing.
func (s *sentence) endedHits() int {
	n := 0
	for k, h := range s.hits {
		if s.word(h).feat&fEnded == 0 {
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
