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
// (or at any Han character), keyed by their first two runes, longest first.
type lexicon struct {
	words  []word
	index  map[uint64][]int32
	first  [1 << 16 / 64]uint64 // bitset of first runes in the BMP
	firstX map[rune]bool        // first runes outside the BMP
}

func runeKey(r1, r2 rune) uint64 { return uint64(r1)<<32 | uint64(uint32(r2)) }

func compileLexicon(lists ...[]lexEntry) *lexicon {
	lx := &lexicon{index: make(map[uint64][]int32), firstX: make(map[rune]bool)}
	seen := make(map[string]int32)
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
			if i != j && !s.whole && len(s.pat) < len(w.pat) && strings.HasPrefix(w.pat, s.pat) {
				w.feat |= s.feat & cueFeats
			}
		}
	}
	for i, w := range lx.words {
		r1, n := utf8.DecodeRuneInString(w.pat)
		var r2 rune
		if n < len(w.pat) {
			r2, _ = utf8.DecodeRuneInString(w.pat[n:])
		}
		k := runeKey(r1, r2)
		lx.index[k] = append(lx.index[k], int32(i))
		if r1 < 1<<16 {
			lx.first[r1/64] |= 1 << (r1 % 64)
		} else {
			lx.firstX[r1] = true
		}
	}
	for k, ids := range lx.index {
		sort.Slice(ids, func(a, b int) bool { return len(lx.words[ids[a]].pat) > len(lx.words[ids[b]].pat) })
		lx.index[k] = ids
	}
	return lx
}

func (lx *lexicon) maybeFirst(r rune) bool {
	if r < 1<<16 {
		return lx.first[r/64]&(1<<(r%64)) != 0
	}
	return lx.firstX[r]
}

// scan appends every lexicon hit in low, which must be lowerText's output.
func (lx *lexicon) scan(low string, dst []hit) []hit {
	prevWord := false
	for i := 0; i < len(low); {
		r, n := rune(low[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(low[i:])
		}
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
	var r2 rune
	if i+n < len(low) {
		r2 = rune(low[i+n])
		if r2 >= utf8.RuneSelf {
			r2, _ = utf8.DecodeRuneInString(low[i+n:])
		}
	}
	if ids, ok := lx.index[runeKey(r1, r2)]; ok {
		if end, w := lx.try(low, i, ids); w >= 0 {
			return end, w
		}
	}
	if ids, ok := lx.index[runeKey(r1, 0)]; ok {
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lowerText lowercases s rune by rune, keeping every rune's byte length so that offsets into the
// result are offsets into s. It folds ё into е, as the lexicons do. Runes whose lowercase has another
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
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
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

// join concatenates lexicon lists.
func join(lists ...[]lexEntry) []lexEntry {
	var out []lexEntry
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
