package extract

import (
	"strings"
	"unicode/utf8"
)

// Changes of an export_volume figure (Mention.Change).
const (
	changeUp   = "increase"
	changeDown = "decrease"
	changeDiff = "difference"
)

// Stems of the words that make a figure a change, by direction. A figure governed by one of them
// ("снизился на 200 тыс. тонн", "fell by 200,000 tons", "150 мың тоннаға артты", "减少8万吨") says how much
// a volume moved, not how much was shipped.
var (
	ruUp   = [...]string{"вырос", "выросл", "выраст", "увелич", "прибав", "возрос", "рост", "прирост", "нарост", "нарастил", "повыс", "поднял"}
	ruDown = [...]string{"сниз", "сниж", "сократ", "сокращ", "уменьш", "упал", "упад", "падени", "опуст", "просел", "потерял"}
	ruDiff = [...]string{"больше", "меньше", "превыш", "превыс", "выше", "ниже", "уступа", "уступи", "отстава", "превзош"}
	enUp   = [...]string{"rose", "risen", "rise", "rising", "increas", "grew", "grow", "gain", "climb", "jump", "surg", "up", "expand", "rais", "boost"}
	enDown = [...]string{"fell", "fall", "decreas", "declin", "drop", "down", "shrank", "shrunk", "slipp", "slid", "lost", "plung", "cut", "reduc"}
	enDiff = [...]string{"more", "less", "fewer", "higher", "lower", "above", "below", "short"}
	kkUp   = [...]string{"артт", "арты", "өст", "өсіп", "ұлғай", "көбей", "ulǵaı", "kóbeı", "ósti", "ósip", "artty", "artyp",
		"артад", "artad", "өсед", "ósed", "ұлғая", "ulǵaıa", // the present-future: «артады», "ósedi", «ұлғаяды»
		"арту", "artý", "өсу", "ósý", "ұлғаю", "ulǵaıý"} // the verbal noun: «150 мың тоннаға артуы мүмкін»
	kkDown = [...]string{"азай", "кеми", "кемі", "төменде", "қысқар", "azaı", "kemi", "tómende", "qysqar", "азаю", "azaıý", "кему", "kemý"}
	kkDiff = [...]string{"көп", "кем", "артық", "kóp", "kem", "artyq", "аз", "az"} // артық/artyq: "more than", as «больше»
)

// changeOf reports whether the figure at [a, b) of the sentence is a change, and which. a and b are
// offsets in the whole text. A figure reached by "до", "to", "-ға дейін", "至" is the level reached,
// not the change.
func (s *sentence) changeOf(a, b int) string {
	ca, cb := s.clause(a)
	if ca > s.sp.start {
		// The change word may open the clause before the figure's: "сократился, составив…" does not
		// count, but "снизился на" does, and they sit in one clause.
		ca = s.sp.start
	}
	p, ppos := prevToken(s.low, s.sp.start, a)
	switch p {
	case "further", "additional", "extra", "another", "ещё", "еще":
		// "rise by a further 300,000 tonnes", "by another", «вырос ещё на» reads as «на ещё 300 тыс.»:
		// the word of more stands between the preposition and its figure.
		if p, ppos = prevToken(s.low, s.sp.start, ppos); p == "a" || p == "an" {
			p, ppos = prevToken(s.low, s.sp.start, ppos)
		}
	}
	switch s.lang {
	case "zh":
		return zhChange(s.low[s.sp.start:a])
	case "en":
		switch p {
		case "up", "down":
			if q, _ := prevToken(s.low, s.sp.start, ppos); p == "up" && (q == "made" || q == "make" || q == "makes" || q == "making") {
				return "" // "made up 0.9 million tonnes": a share of a whole, not a rise
			}
			if p == "up" {
				return changeUp
			}
			return changeDown
		case "by":
			// "…rose 15% to 2.1 million tonnes, while shipments … fell by 300,000 tonnes": the verb right
			// before "by" says the direction, before any other of the clause.
			if q, _ := prevToken(s.low, s.sp.start, ppos); q != "" {
				if d := stemDirection(q, enUp[:], enDown[:], enDiff[:], ""); d != "" {
					return d
				}
			}
			return stemDirection(s.low[ca:cb], enUp[:], enDown[:], enDiff[:], "")
		case "on":
			// "was decreased on 2,1 thousand tons": the English of a Russian writer says «уменьшился на» so;
			// only a verb of change right before "on" makes it one, or a comparison after the figure, as
			// «на 95 тыс. тонн меньше» put into English: "what is on 95 thousand tons less than in 2024".
			if q, _ := prevToken(s.low, s.sp.start, ppos); q != "" {
				if d := stemDirection(q, enUp[:], enDown[:], nil, ""); d != "" {
					return d
				}
			}
		case "of":
			// "an increase of 45,000 tonnes", "a drop of 200,000 tons".
			q, _ := prevToken(s.low, s.sp.start, ppos)
			return stemDirection(q, enUp[:], enDown[:], nil, "")
		}
		// "300,000 tonnes less than a year earlier", "45,000 tonnes more than in 2024". The words are
		// the figure's only up to the next figure: in "totaled 250,000 tons, 70,000 tons more than a year
		// earlier" the comparison is the second's.
		cb = beforeNextFigure(s.low, b, cb)
		if w := nextWords(s.low, b, cb, 5); w != "" {
			for _, d := range enDiff {
				if strings.HasPrefix(w, d+" than") || strings.Contains(w, " "+d+" than") {
					return changeDiff
				}
			}
			// "300,000 tonnes more wheat to China than a year earlier".
			first, _, _ := strings.Cut(w, " ")
			if (first == "more" || first == "less" || first == "fewer") && strings.Contains(s.low[b:cb], " than ") {
				return changeDiff
			}
			// "500,000 tonnes below the same quarter of last year", "above the previous season's": a
			// volume measured against another time's.
			if (first == "below" || first == "above") && containsAny(w, " same ", " year", " previous ", " period", " season") {
				return changeDiff
			}
		}
	case "ru":
		if p == "на" {
			// "снизился на 200 тыс. тонн", "на 150 тыс. тонн больше", "на 30 тыс. тонн превышает". The verb
			// right before "на" says the direction before any other of the sentence: «вырос на 5%, тогда
			// как поставки … сократились на 120 тыс. тонн».
			if q, _ := prevToken(s.low, s.sp.start, ppos); q != "" {
				if d := stemDirection(q, ruUp[:], ruDown[:], nil, ""); d != "" {
					return d
				}
			}
			d := stemDirection(s.low[ca:cb], ruUp[:], ruDown[:], ruDiff[:], "")
			if rest := strings.TrimSpace(s.low[b:cb]); d == "" && cb < s.sp.end && (rest == "" || isConj(rest)) {
				// "на 31,4 и 12,6 тыс. тонн больше": the figure joined to the next shares its direction.
				_, cb2 := s.clause(cb + 1)
				d = stemDirection(s.low[ca:cb2], ruUp[:], ruDown[:], ruDiff[:], "")
			}
			return d
		}
		if q := p; strings.HasPrefix(q, "прирост") || strings.HasPrefix(q, "рост") || strings.HasPrefix(q, "снижени") ||
			strings.HasPrefix(q, "сокращени") || strings.HasPrefix(q, "падени") {
			return stemDirection(q, ruUp[:], ruDown[:], nil, "")
		}
	case "kk":
		// Kazakh puts the change after its figure, the unit in the dative: "150 мың тоннаға артты",
		// "200 myń tonnaǵa kóp". "-ға дейін" is a bound ("up to"), not a change.
		for b < len(s.low) && !utf8.RuneStart(s.low[b]) {
			// A figure read off the text in the 2017 apostrophe spelling may end inside the letter that
			// low reads for it ("60 myn' tonnag'a ko'p" is "tonnaǵa kóp"): the unit's word goes on.
			b++
		}
		w := nextWords(s.low, b-tailLen(s.low, b), cb, 2)
		unit, rest, _ := strings.Cut(w, " ")
		if !hasAnySuffix(unit, "ға", "ге", "ǵa", "ge", "qa", "ke", "қа", "ке") {
			return ""
		}
		if strings.HasPrefix(rest, "дейін") || strings.HasPrefix(rest, "deıin") || strings.HasPrefix(rest, "deiin") ||
			strings.HasPrefix(rest, "жет") || strings.HasPrefix(rest, "jet") {
			return ""
		}
		return stemDirection(rest, kkUp[:], kkDown[:], kkDiff[:], "")
	}
	return ""
}

// beforeNextFigure returns where the next figure after b starts, a digit before cb, else cb.
func beforeNextFigure(low string, b, cb int) int {
	if k := strings.IndexAny(low[b:cb], "0123456789"); k >= 0 {
		return b + k
	}
	return cb
}

// tailLen is the length of the word that ends at b: a unit read into the figure ("тоннаға") may end
// inside it.
func tailLen(low string, b int) int {
	i := b
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(low[:i])
		if !isWordRune(r) || isHan(r) {
			break
		}
		i -= n
	}
	return b - i
}

// wordAt finds the word of low[i:to] that starts at i or after the non-word runes there: its start
// and end, and false when a clause break or a Han character comes first (start is then where it
// stands) or no word does.
func wordAt(low string, i, to int) (start, end int, ok bool) {
	for i < to {
		r, m := decodeRune(low[:to], i)
		if isWordRune(r) && !isHan(r) {
			break
		}
		if isClauseBreak(r) || isHan(r) {
			return i, i, false
		}
		i += m
	}
	j := wordEnd(low, i, to)
	return i, j, j > i
}

// wordEnd returns where the word that goes on at low[i] ends, at to at the latest: i itself when
// low[i] is no letter of a word. A Han character is a word of its own, so none goes on past i.
func wordEnd(low string, i, to int) int {
	if i >= to {
		return i
	}
	low = low[:to]
	for i < to {
		if i = skipWord(low, i); i >= to || low[i] < utf8.RuneSelf {
			break // skipWord stops at ASCII only where no word goes on
		}
		r, n := decodeRune(low, i)
		if !isWordRune(r) || isHan(r) {
			break
		}
		i += n
	}
	return i
}

// wordsEnd returns where the n words after from that nextWords reads end, without copying them.
func wordsEnd(low string, from, to, n int) int {
	if to > len(low) {
		to = len(low)
	}
	i := from
	for k := 0; k < n; k++ {
		start, end, ok := wordAt(low, i, to)
		if !ok {
			return start
		}
		i = end
	}
	return i
}

// nextWords returns up to n words of low[from:to] (from may sit inside a word: its rest is the first
// word), lowercased, joined by single spaces.
func nextWords(low string, from, to, n int) string {
	if from < 0 {
		from = 0
	}
	if to > len(low) {
		to = len(low)
	}
	var ws []string
	for i := from; len(ws) < n; {
		start, end, ok := wordAt(low, i, to)
		if !ok {
			break
		}
		ws = append(ws, low[start:end])
		i = end
	}
	return strings.Join(ws, " ")
}

// stemDirection returns the change named by the first word of text that starts with one of the
// stems: a difference word wins over a verb ("выросли на 150 тыс. тонн больше" is a difference).
func stemDirection(text string, up, down, diff []string, _ string) string {
	found := ""
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if !isWordRune(r) || (i > 0 && isWordRune(prevRune(text, i))) {
			i += n
			continue
		}
		w := text[i:]
		if e := strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }); e >= 0 {
			w = w[:e]
		}
		for _, d := range diff {
			// kkIs reads a Latin Kazakh word in any spelling: "kop" typed without diacritics is "kóp".
			if w == d || kkIs(w, d) || utf8.RuneCountInString(d) > 4 && strings.HasPrefix(w, d) {
				return changeDiff // "кем", "көп", "more" only as whole words: "кеміді" is a fall
			}
		}
		if found == "" {
			for _, u := range up {
				if w == u || len(u) > 2 && (strings.HasPrefix(w, u) || kkLatinLit(u) && kkPrefixEnd(w, u) >= 0) {
					found = changeUp // "kobeidi" typed without diacritics is "kóbeıdi"
					break
				}
			}
		}
		if found == "" {
			for _, d := range down {
				if w == d || len(d) > 2 && (strings.HasPrefix(w, d) || kkLatinLit(d) && kkPrefixEnd(w, d) >= 0) {
					found = changeDown
					break
				}
			}
		}
		i += len(w)
		if len(w) == 0 {
			i += n
		}
	}
	return found
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// zhChange reads the words right before a Chinese figure: "同比增加8万吨", "减少了3.1万吨", "多出5万吨".
// "增至", "增长到", "达到" name the level reached.
func zhChange(head string) string {
	head = strings.TrimRight(head, " ")
	if strings.HasSuffix(head, "多达") || strings.HasSuffix(head, "最多") {
		return "" // "as much as"
	}
	for _, skip := range [...]string{"约", "近", "超过", "逾", "了"} {
		head = strings.TrimSuffix(head, skip)
	}
	compared := strings.Contains(head, "比") || strings.Contains(head, "较")
	for _, w := range [...]struct{ word, change string }{
		{"增加", changeUp}, {"增长", changeUp}, {"提高", changeUp}, {"上升", changeUp}, {"增", changeUp},
		{"减少", changeDown}, {"下降", changeDown}, {"下滑", changeDown}, {"降低", changeDown}, {"减", changeDown},
		{"多出", changeDiff}, {"多", changeDiff}, {"少", changeDiff},
	} {
		if (w.word == "多" || w.word == "少") && !compared {
			continue // "多" alone is "many"; a difference is "比…多"
		}
		if strings.HasSuffix(head, w.word) {
			return w.change
		}
	}
	return ""
}
