package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// feat is what a lexicon word tells the rules. One word may carry several features: "ожидают" is a
// pending lifting, a planned inspection and wagons waiting at a border, and the rule for each kind
// reads only its own.
type feat uint64

const (
	fCountry       feat = 1 << iota // a country (code, form)
	fCommodity                      // a commodity (code)
	fMeat                           // the commodity is an animal product: a ban on it is a meat ban
	fBanNoun                        // ban, restriction, embargo
	fImposed                        // introduced, suspended, stopped, in force
	fLifted                         // lifted, resumed, access granted
	fPending                        // a lifting being prepared, negotiated, expected, not yet done
	fInForce                        // a lifting denied: the ban stays in force
	fInspect                        // inspection, audit, check
	fVisit                          // a visit: an inspection only when inspectors or enterprises are named
	fInspector                      // who inspects: inspectors, specialists, delegation
	fTarget                         // what is inspected: enterprises, slaughterhouses, veterinary service
	fMask                           // an agency or title that merely contains "inspection"
	fPlanned                        // an inspection still to come
	fDone                           // an inspection that took place
	fExport                         // export, shipment out
	fImport                         // import, purchase
	fShip                           // shipped, delivered, consignment
	fForecast                       // potential, plans, forecasts, future tense
	fNonTrade                       // harvest, production, capacity, stocks: a tonnage that is not traded
	fUnit                           // a tonnage or scale word: the sentence may hold a volume
	fPlace                          // a border crossing (code is its name)
	fBorder                         // a border or crossing in general
	fDelay                          // halted, waiting, backlog, closed, refused
	fEnded                          // a border delay that is over
	fCause                          // a disease (code)
	fAgency                         // ministry, customs, authorities: a country beside one is the actor
	fMarket                         // market: "на рынок Китая" is a destination
	fCargo                          // wagons, trains, trucks, containers
	fTotal                          // "out of", "total": a figure of another scope
	fPendingStrong                  // a lifting not yet done wherever it is said: talks, final stage, not yet
	fDenied                         // a ban or inspection denied: rumours, never, not planned
	fOnly                           // "only", "лишь": the figure before it was a total
	fEndedWeak                      // "normal mode": an end only where a delay is also named
	fService                        // a service whose country is its actor in a ban, its target in an inspection
	fRegionFrom                     // "облысынан": a region named as the source, its country before it
	fAttrib                         // "сообщает", "according to", "хабарлады", "据": who reports, not who acts
	fActNoun                        // an official act: announcement, decision, decree; a country's adjective before one is its author
	fRegion                         // a region, province, oblast: the country before it is where, not who
	fMainly                         // "mostly", "в основном", "主要": the sources named are a share of a total
	fAfter                          // "по итогам", "after", "кейін": dates an inspection relative to another event, not by tense
	fStandard                       // standards, requirements, norms: a country's adjective before one names their author, not whose goods
	fResult                         // results, findings, итоги: "the inspection's results" refer to an inspection, they report none
	fWeakLift                       // "open": a lifting only when it governs a market or trade ("opened its market"), not a plant that opens
	fChrome                         // page chrome: newsletter boxes, cookie banners, "sign up": the sentence states no fact
	fBanRef                         // "the measure", "меры", "措施": a ban only where the article's topic is one
	fVolume                         // "volume", "объем", "көлем": a figure that refers back to a shipment
	fSample                         // samples taken from a cargo: customs sampling, not an inspection of exporters
	fDocument                       // a certificate or protocol signed: terms of trade, neither a ban nor a lifting
	fAsk                            // "asks for", "просит", "өтінді": a lifting requested is pending
	fDomestic                       // "inside the country", "внутри страны": shipments that are not exports
	fPurchase                       // bought, закупил, сатып алды: an import told from the buyer's side
	fSupplier                       // suppliers, поставщики: the countries of a list are sources, not buyers
)

// cueFeats are the features a longer word inherits from a stem it starts with: "=inspected" is still
// an inspection although the longer entry wins the match. Codes (commodity, country, place, cause) are
// not inherited.
const cueFeats = fBanNoun | fImposed | fLifted | fPending | fInForce | fInspect | fVisit | fInspector |
	fTarget | fPlanned | fDone | fExport | fImport | fShip | fForecast | fNonTrade | fUnit | fBorder |
	fDelay | fEnded | fAgency | fMarket | fCargo | fPendingStrong | fDenied

// form is how a country is written, which with the preposition before it says its role.
type form uint8

const (
	formNone   form = iota
	formNom         // nominative, or an indeclinable abbreviation (РК, КНР, China)
	formAcc         // Russian accusative distinct from the nominative (Россию, Республику Казахстан)
	formGen         // genitive (Китая, Қытайдың, Qytaıdyń)
	formDat         // dative: a destination without a preposition (Китаю, Қытайға)
	formLoc         // locative (в Китае, Қытайда)
	formIns         // instrumental, comitative (с Китаем, Қытаймен): a partner, no role
	formAdj         // adjective (казахстанский, Kazakh, қазақстандық)
	formAbl         // Kazakh ablative (Қазақстаннан): a source
	formPoss        // English possessive (China's)
	formAgency      // an authority that stands for its country (ГТУ КНР, GACC, 海关总署)
	formDest        // a form that is itself a destination (输华: to China)
	formRegion      // a region or city of the country (Костанай, Pavlodar): a place, never an actor
)

// lexEntry is one word or phrase of a lexicon, lowercased. A pattern starting with "=" must be a whole
// word; otherwise it is a stem that matches the start of a word.
type lexEntry struct {
	pat  string
	feat feat
	code string
	form form
}

// word is a compiled lexicon entry.
type word struct {
	pat   string
	whole bool
	feat  feat
	code  string
	form  form
}

// hit is a lexicon word found in the lowercased text.
type hit struct {
	pos, end int32
	w        int32 // index into lexicon.words
}

// lexicon finds its words in lowercased text in one pass. Words are matched only where a word starts
// (or at any Han character), keyed by their first three runes, longest first; the few words of one or
// two runes sit in a second index that is consulted only when their first rune can start one.
type lexicon struct {
	words  []word
	index  keyTable             // words of three runes or more, by their first three
	short  keyTable             // words of one or two runes
	first  [1 << 16 / 64]uint64 // bitset of first runes in the BMP
	firstS [1 << 16 / 64]uint64 // bitset of the first runes of short words
	firstX map[rune]bool        // first runes outside the BMP
}

func runeKey(r1, r2, r3 rune) uint64 {
	return uint64(r1&0x1FFFFF)<<42 | uint64(r2&0x1FFFFF)<<21 | uint64(r3&0x1FFFFF)
}

func bitSet(b *[1 << 16 / 64]uint64, r rune) { b[r/64] |= 1 << (r % 64) }
func bitHas(b *[1 << 16 / 64]uint64, r rune) bool {
	return r < 1<<16 && b[r/64]&(1<<(r%64)) != 0
}

// decodeRune is utf8.DecodeRuneInString for valid text, with the two-byte sequences of Cyrillic and
// Latin diacritics decoded inline: the extractor decodes every rune of every article.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xE0 == 0xC0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

func compileLexicon(lists ...[]lexEntry) *lexicon {
	lx := &lexicon{firstX: make(map[rune]bool)}
	index, short := make(map[uint64][]int32), make(map[uint64][]int32)
	seen := make(map[string]int32)
	for li, list := range lists {
		lists[li] = withLatinVariants(list)
	}
	for _, list := range lists {
		for _, e := range list {
			p := e.pat
			whole := strings.HasPrefix(p, "=")
			if whole {
				p = p[1:]
			}
			p = lowerString(p)
			if p == "" {
				continue
			}
			key := p
			if whole {
				key = "=" + p
			}
			if i, ok := seen[key]; ok {
				w := &lx.words[i]
				w.feat |= e.feat
				if w.code == "" {
					w.code = e.code
				}
				if w.form == formNone {
					w.form = e.form
				}
				continue
			}
			seen[key] = int32(len(lx.words))
			lx.words = append(lx.words, word{pat: p, whole: whole, feat: e.feat, code: e.code, form: e.form})
		}
	}
	for i := range lx.words {
		w := &lx.words[i]
		if w.feat&fMask != 0 {
			continue
		}
		for j := range lx.words {
			s := &lx.words[j]
			if i != j && !s.whole && len(s.pat) <= len(w.pat) && strings.HasPrefix(w.pat, s.pat) {
				w.feat |= s.feat & cueFeats
			}
		}
	}
	for i, w := range lx.words {
		var rs [3]rune
		n := 0
		for _, r := range w.pat {
			if n == 3 {
				break
			}
			rs[n] = r
			n++
		}
		k := runeKey(rs[0], rs[1], rs[2])
		if n < 3 {
			short[k] = append(short[k], int32(i))
			if rs[0] < 1<<16 {
				bitSet(&lx.firstS, rs[0])
			}
		} else {
			index[k] = append(index[k], int32(i))
		}
		if rs[0] < 1<<16 {
			bitSet(&lx.first, rs[0])
		} else {
			lx.firstX[rs[0]] = true
		}
	}
	for _, m := range []map[uint64][]int32{index, short} {
		for k, ids := range m {
			sort.Slice(ids, func(a, b int) bool { return len(lx.words[ids[a]].pat) > len(lx.words[ids[b]].pat) })
			m[k] = ids
		}
	}
	lx.index, lx.short = newKeyTable(index), newKeyTable(short)
	return lx
}

// keyTable is a read-only hash table from rune keys to word ids, open addressing with linear probing:
// the scan looks up every word start of every article, and a Go map costs several times as much per
// lookup. Key 0 marks an empty slot; no word starts with rune 0.
type keyTable struct {
	keys  []uint64
	vals  [][]int32
	shift uint
}

func newKeyTable(m map[uint64][]int32) keyTable {
	bits := uint(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := keyTable{keys: make([]uint64, 1<<bits), vals: make([][]int32, 1<<bits), shift: 64 - bits}
	mask := uint64(1)<<bits - 1
	for k, v := range m {
		i := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *keyTable) get(k uint64) ([]int32, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return nil, false
		}
	}
}

func (lx *lexicon) maybeFirst(r rune) bool {
	if r < 1<<16 {
		return bitHas(&lx.first, r)
	}
	return lx.firstX[r]
}

// scan appends every lexicon hit in low, which must be lowerText's output.
func (lx *lexicon) scan(low string, dst []hit) []hit {
	prevWord := false
	for i := 0; i < len(low); {
		r, n := decodeRune(low, i)
		han := r >= 0x2E80 && isHan(r)
		isWord := han || isWordRune(r)
		if han || (isWord && !prevWord) {
			if lx.maybeFirst(r) {
				if end, w := lx.match(low, i, r, n); w >= 0 {
					dst = append(dst, hit{pos: int32(i), end: int32(end), w: w})
					i = end
					prevWord = !han && endsInWord(low, end)
					continue
				}
			}
		}
		prevWord = isWord && !han
		i += n
	}
	return dst
}

func endsInWord(s string, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:end])
	return isWordRune(r) && !isHan(r)
}

func (lx *lexicon) match(low string, i int, r1 rune, n int) (int, int32) {
	var r2, r3 rune
	if j := i + n; j < len(low) {
		var m int
		r2, m = decodeRune(low, j)
		if j+m < len(low) {
			r3, _ = decodeRune(low, j+m)
		}
	}
	if ids, ok := lx.index.get(runeKey(r1, r2, r3)); ok {
		if end, w := lx.try(low, i, ids); w >= 0 {
			return end, w
		}
	}
	if !bitHas(&lx.firstS, r1) {
		return 0, -1
	}
	if ids, ok := lx.short.get(runeKey(r1, r2, 0)); ok {
		if end, w := lx.try(low, i, ids); w >= 0 {
			return end, w
		}
	}
	if ids, ok := lx.short.get(runeKey(r1, 0, 0)); ok {
		return lx.try(low, i, ids)
	}
	return 0, -1
}

func (lx *lexicon) try(low string, i int, ids []int32) (int, int32) {
	rest := low[i:]
	for _, id := range ids {
		w := &lx.words[id]
		if !strings.HasPrefix(rest, w.pat) {
			continue
		}
		end := i + len(w.pat)
		if w.whole && end < len(low) {
			r, _ := utf8.DecodeRuneInString(low[end:])
			if isWordRune(r) && !isHan(r) {
				continue
			}
		}
		return end, id
	}
	return 0, -1
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// isWordRune reports whether r continues a word: letters, digits and combining marks.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r >= 0x400 && r <= 0x4FF {
		return r < 0x482 || r > 0x489 // Cyrillic letters, without the Unicode tables
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lowerText lowercases s rune by rune, keeping every rune's byte length so that offsets into the
// result are offsets into s. It folds ё into е, as the lexicons do, and traditional Chinese characters
// into simplified ones. Runes whose lowercase has another
// length are kept as they are.
func lowerText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := decodeRune(s, i)
		var l rune
		switch {
		case r >= 'А' && r <= 'Я':
			l = r + ('а' - 'А') // Cyrillic capitals, the common case, without the Unicode tables
		case r >= 'а' && r <= 'я':
			b.WriteString(s[i : i+n])
			i += n
			continue
		case r >= 0x2000 && r <= 0x2BFF || r >= 0x3000 && r <= 0x303F:
			// Punctuation, dashes, quotes and symbols have no case: no table lookups for "—", "«", "№".
			b.WriteString(s[i : i+n])
			i += n
			continue
		case r < 0x100:
			l = r
			if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
				l = r + 0x20 // Latin-1 capitals
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			l = r
			if t, ok := tradToSimp[r]; ok {
				l = t // traditional characters read as simplified: 海關 is 海关
			}
		default:
			l = unicode.ToLower(r)
		}
		if l == 'ё' {
			l = 'е'
		}
		if l != r && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// lowerString lowercases a lexicon pattern the same way lowerText lowercases text.
func lowerString(s string) string { return lowerText(s) }

// cue builds lexicon entries that all carry feature f.
func cue(f feat, pats ...string) []lexEntry {
	out := make([]lexEntry, len(pats))
	for i, p := range pats {
		out[i] = lexEntry{pat: p, feat: f}
	}
	return out
}

// coded builds lexicon entries that carry feature f and a code (a commodity, cause or place).
func coded(f feat, code string, pats ...string) []lexEntry {
	out := make([]lexEntry, len(pats))
	for i, p := range pats {
		out[i] = lexEntry{pat: p, feat: f, code: code}
	}
	return out
}

// country builds the entries of one country written in one form.
func country(code string, fm form, pats ...string) []lexEntry {
	f := fCountry
	if fm == formAgency {
		f |= fAgency // "the General Administration of Customs of China": China beside its agency acts
	}
	out := make([]lexEntry, len(pats))
	for i, p := range pats {
		out[i] = lexEntry{pat: p, feat: f, code: code, form: fm}
	}
	return out
}

// withLatinVariants adds the second spelling of Kazakh "ия" in the Latin alphabet of 2018: "и" is ı and
// "я" is ıa, so "Моңғолия" is written both Mońǵolıa and Mońǵolııa, "партия" both partıa and partııa.
func withLatinVariants(list []lexEntry) []lexEntry {
	out := list
	for _, e := range list {
		switch {
		case strings.Contains(e.pat, "ııa"):
			e.pat = strings.ReplaceAll(e.pat, "ııa", "ıa")
		case strings.Contains(e.pat, "ıa"):
			e.pat = strings.ReplaceAll(e.pat, "ıa", "ııa")
		default:
			continue
		}
		if len(out) == len(list) {
			out = append([]lexEntry(nil), list...)
		}
		out = append(out, e)
	}
	return out
}

// join concatenates lexicon lists.
func join(lists ...[]lexEntry) []lexEntry {
	var out []lexEntry
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
