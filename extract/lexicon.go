package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
	fMask                           // an agency, title or phrase that merely contains a cue ("inspection", «разреш» in «разрешение на транзит»): it inherits none
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
	fExempt                         // "does not apply to", «не распространяется на»: goods left out of a ban
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
	fKeepAccess                     // "allowed to keep supplying", «сохранили право поставлять», 获准继续: access goes on, no ban and no lifting
	fAsk                            // "asks for", "просит", "өтінді": a lifting requested is pending
	fDomestic                       // "inside the country", "внутри страны": shipments that are not exports
	fPurchase                       // bought, закупил, сатып алды: an import told from the buyer's side
	fSupplier                       // suppliers, поставщики: the countries of a list are sources, not buyers
	fPlantGoods                     // «мясокомбинат», "meatpacking": a plant whose word names the goods an inspection checks
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
	pat      string
	whole    bool
	feat     feat
	code     string
	form     form
	endsWord bool // pat ends in a rune that continues a word (not Han): a hit of it ends inside one
}

// hit is a lexicon word found in the lowercased text.
type hit struct {
	pos, end int32
	w        int32 // index into lexicon.words
}

// lexicon finds its words in lowercased text in one pass. Words are matched only where a word starts
// (or at any Han character), by walking a trie of their bytes as far as the text follows one: the
// longest word the text starts with wins, and of a whole word and a stem written alike, the whole word
// where it is one.
type lexicon struct {
	words  []word
	trie   byteTrie
	first  [1 << 16 / 64]uint64 // bitset of first runes in the BMP
	firstX map[rune]bool        // first runes outside the BMP
}

func bitSet(b *[1 << 16 / 64]uint64, r rune) { b[r/64] |= 1 << (r % 64) }
func bitHas(b *[1 << 16 / 64]uint64, r rune) bool {
	u := uint32(r) // runes are not negative: unsigned division is a shift
	return u < 1<<16 && b[u/64]&(1<<(u%64)) != 0
}

// decodeRune is utf8.DecodeRuneInString for valid text, with the two-byte sequences of Cyrillic and
// Latin diacritics decoded inline: the extractor decodes every rune of every article.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xE0 == 0xC0 && c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	if c&0xF0 == 0xE0 && c != 0xE0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		// Three bytes: Han, and the punctuation of U+2000–U+2BFF. E0 (overlong forms) and ED
		// (surrogates) are left to the library.
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeShort decodes an ASCII or two-byte rune at s[i], or returns a width of 0 for anything else,
// which decodeRune is then asked about: it inlines, where decodeRune is too large to.
func decodeShort(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return 0, 0
}

func compileLexicon(lists ...[]lexEntry) *lexicon {
	lx := &lexicon{firstX: make(map[rune]bool)}
	seen := make(map[string]int32)
	for li, list := range lists {
		lists[li] = withLatinVariants(list)
	}
	withKazakhSpellings(lists)
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
			lx.words = append(lx.words, word{pat: p, whole: whole, feat: e.feat, code: e.code, form: e.form,
				endsWord: endsInWord(p, len(p))})
		}
	}
	// Each word inherits the cues of the stems it starts with, found by looking up each of its
	// prefixes rather than comparing every pair of words. What a stem has itself inherited comes from
	// stems that are prefixes of the word too, so the order the words are taken in does not matter.
	stems := make(map[string][]int32)
	for j, w := range lx.words {
		if !w.whole {
			stems[w.pat] = append(stems[w.pat], int32(j))
		}
	}
	for i := range lx.words {
		w := &lx.words[i]
		if w.feat&fMask != 0 {
			continue
		}
		for k := 1; k <= len(w.pat); k++ {
			if k < len(w.pat) && !utf8.RuneStart(w.pat[k]) {
				continue
			}
			for _, j := range stems[w.pat[:k]] {
				if int(j) != i {
					w.feat |= lx.words[j].feat & cueFeats
				}
			}
		}
	}
	for _, w := range lx.words {
		r, _ := utf8.DecodeRuneInString(w.pat)
		if r < 1<<16 {
			bitSet(&lx.first, r)
		} else {
			lx.firstX[r] = true
		}
	}
	lx.trie = newByteTrie(lx.words)
	return lx
}

// load8 returns s[j:j+8] as a little-endian word, zero-padded past the end of s. It is one load, inlined
// where it is called, but near the end of s.
func load8(s string, j int) uint64 {
	if j >= 0 && j+8 <= len(s) {
		// The eight bytes as an array read in place: no slice of s to make and check, one load.
		return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), j))[:])
	}
	return load8Tail(s, j)
}

// load8Tail is load8 for the last bytes of s.
func load8Tail(s string, j int) uint64 {
	var v uint64
	for q := len(s) - 1; q >= j; q-- {
		v = v<<8 | uint64(s[q])
	}
	return v
}

func (lx *lexicon) maybeFirst(r rune) bool {
	if r < 1<<16 {
		return bitHas(&lx.first, r)
	}
	return lx.firstX[r]
}

// scan appends every lexicon hit in low, which must be lowerText's output. It sets *mixed when a word
// has letters of both the Latin and the Cyrillic alphabet, which repair may have to read.
func (lx *lexicon) scan(low string, dst []hit, mixed *bool) []hit {
	prevWord := false // the rune before i continues a word (letters and digits, not Han)
	var last uint8    // the alphabet of the rune before i when it continues a word
	mix := false      // a word of both alphabets was seen
	for i := 0; i < len(low); {
		if prevWord {
			// Inside a word no lexicon word starts: skipWord, written out, a run of one alphabet at a
			// time. A run that follows one of the other alphabet in the same word makes it mixed.
		skip:
			for i < len(low) {
				c := low[i]
				switch {
				case c < utf8.RuneSelf:
					a := asciiAlpha[c]
					if a == 0 {
						break skip
					}
					if a|last == alphaLatin|alphaCyrillic {
						mix = true
					}
					for i++; i < len(low) && asciiWord[low[i]]; i++ {
					}
					last = asciiAlpha[low[i-1]]
				case c >= 0xD0 && c <= 0xD3 && i+1 < len(low) && low[i+1]&0xC0 == 0x80:
					if c == 0xD2 && low[i+1] >= 0x82 && low[i+1] <= 0x89 {
						break skip
					}
					if last == alphaLatin {
						mix = true
					}
					for i += 2; i+1 < len(low) && low[i] >= 0xD0 && low[i] <= 0xD3 && low[i+1]&0xC0 == 0x80 &&
						(low[i] != 0xD2 || low[i+1] < 0x82 || low[i+1] > 0x89); i += 2 {
					}
					last = alphaCyrillic
				default:
					break skip
				}
			}
			if i >= len(low) {
				break
			}
		}
		var r rune
		var n int
		var han, isWord bool
		var alpha uint8
		if c := low[i]; c < utf8.RuneSelf {
			if alpha = asciiAlpha[c]; alpha == 0 {
				prevWord = false
				i++
				continue
			}
			r, n, isWord = rune(c), 1, true
		} else {
			if r, n = decodeShort(low, i); n == 0 {
				r, n = decodeRune(low, i)
				han = r >= 0x2E80 && isHan(r)
				isWord = han || isWordRune(r)
			} else if uint32(r-0x400) <= 0xFF {
				isWord = r < 0x482 || r > 0x489 // Cyrillic, as isWordRune reads it, without the call
				alpha = alphaCyrillic
			} else if isWord = isWordRune(r); isWord { // two bytes: no Han
				alpha = alphaLatin // Latin-1 and Latin Extended: Kazakh's á ǵ ı ń ó ú ý
			}
			if prevWord {
				if alpha|last == alphaLatin|alphaCyrillic {
					mix = true
				}
				last = alpha
			}
		}
		if han || (isWord && !prevWord) {
			last = alpha
			if lx.maybeFirst(r) {
				if end, w := lx.trie.match(low, i); w >= 0 {
					dst = append(dst, hit{pos: int32(i), end: int32(end), w: w})
					i = end
					prevWord = !han && lx.words[w].endsWord // low[i:end] is the word's pattern
					continue
				}
			}
		}
		prevWord = isWord && !han
		i += n
	}
	*mixed = *mixed || mix
	return dst
}

// The alphabets scan tells apart in a word: a digit is in a word but in neither.
const (
	alphaLatin    uint8 = 1
	alphaCyrillic uint8 = 2
	alphaDigit    uint8 = 4
)

// asciiAlpha is, for each byte, the alphabet of an ASCII letter or digit, 0 for a byte that is no part
// of a word.
var asciiAlpha = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= '0' && c <= '9':
			t[c] = alphaDigit
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = alphaLatin
		}
	}
	return t
}()

func isASCIIWord(c byte) bool { return asciiWord[c] }

// asciiWord marks the ASCII letters and digits, the bytes that continue a word, for the scan to look up.
var asciiWord = func() (t [256]bool) {
	for c, a := range asciiAlpha {
		t[c] = a != 0
	}
	return t
}()

// skipWord returns the end of the run of ASCII letters and digits and Cyrillic letters at low[i:], read
// from their bytes: U+0400–U+04FF are two bytes led by 0xD0–0xD3, and of them only U+0482–U+0489
// (a sign and combining marks) continue no word. Whatever else comes is left to the caller to decode.
//
// It is skipRun for asciiWord, written out for the scan, which calls it at every word.
func skipWord(low string, i int) int {
	for i < len(low) {
		c := low[i]
		switch {
		case c < utf8.RuneSelf:
			if !isASCIIWord(c) {
				return i
			}
			i++
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(low) && low[i+1]&0xC0 == 0x80:
			if c == 0xD2 && low[i+1] >= 0x82 && low[i+1] <= 0x89 {
				return i
			}
			i += 2
		default:
			return i
		}
	}
	return i
}

// skipLetters is skipWord for letters alone: ASCII letters and Cyrillic letters.
func skipLetters(s string, i int) int { return skipRun(s, i, &asciiLetter) }

func isASCIILetter(c byte) bool { return asciiLetter[c] }

// asciiLetter marks the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// skipRun returns the end of the run at s[i:] of the ASCII bytes ascii marks and of Cyrillic letters.
func skipRun(s string, i int, ascii *[256]bool) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if !ascii[c] {
				return i
			}
			i++
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			if c == 0xD2 && s[i+1] >= 0x82 && s[i+1] <= 0x89 {
				return i
			}
			i += 2
		default:
			return i
		}
	}
	return i
}

func endsInWord(s string, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:end])
	return isWordRune(r) && !isHan(r)
}

// isHan reports a Han character; the CJK Unified Ideographs block, where nearly all of them are, is
// read without the Unicode tables.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// isWordRune reports whether r continues a word: letters, digits and combining marks. ASCII and
// Cyrillic, which most of the text is, are answered from a table and a range; the rest by
// isWordRuneOther.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[uint8(r)]
	}
	if uint32(r-0x400) <= 0xFF {
		return uint32(r-0x482) > 0x489-0x482 // Cyrillic letters but U+0482–U+0489, without the Unicode tables
	}
	return isWordRuneOther(r)
}

// isWordRuneOther is isWordRune for the runes outside ASCII and Cyrillic.
func isWordRuneOther(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7 // the Latin letters of Kazakh's Latin alphabet: all but × and ÷
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case isPunctBlock(r):
		return false
	case r >= 0xFE00 && r <= 0xFE0F:
		return false // a variation selector that ends an emoji: "❗️Китай" starts a word after it
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isPunctBlock reports the runes of General Punctuation (dashes, quotes, spaces), of CJK Symbols and
// Punctuation other than its letters, numerals and marks (、。《》「」), and the fullwidth punctuation
// (，：；（）), none of them a letter, a digit or a mark: without the Unicode tables, which each take a
// search.
func isPunctBlock(r rune) bool {
	return r >= 0x2000 && r <= 0x206F || r >= 0x3000 && r <= 0x3004 || r >= 0x3008 && r <= 0x3029 ||
		r >= 0xFF01 && r <= 0xFF0F || r >= 0xFF1A && r <= 0xFF20
}

// decodeLastRune is utf8.DecodeLastRuneInString(s[:end]) with ASCII and two-byte runes read inline.
func decodeLastRune(s string, end int) (rune, int) {
	if end > 0 {
		if c := s[end-1]; c < utf8.RuneSelf {
			return rune(c), 1
		} else if c&0xC0 == 0x80 && end > 1 {
			if b := s[end-2]; b >= 0xC2 && b < 0xE0 {
				return rune(b&0x1F)<<6 | rune(c&0x3F), 2
			}
		}
	}
	return utf8.DecodeLastRuneInString(s[:end])
}

// lowerText lowercases s rune by rune, keeping every rune's byte length so that offsets into the
// result are offsets into s. It folds ё into е, as the lexicons do, and traditional Chinese characters
// into simplified ones. Runes whose lowercase has another length are kept as they are.
//
// It copies s once and rewrites only the bytes that change: ASCII and Cyrillic, which most text is
// written in, are lowered from their bytes without decoding, and the runs of them that are lowercase
// already are skipped by skipLower.
func lowerText(s string) string {
	low, _, _, _ := lowerInto(s, nil)
	return low
}

// lowerValid is lowerText that also reports whether s is valid UTF-8, which Extract would otherwise
// learn from a pass of its own: every byte of s is read here as part of one rune, and only the runes
// decodeRune reads can be invalid.
func lowerValid(s string) (string, bool) {
	low, valid, _, _ := lowerInto(s, nil)
	return low, valid
}

// lowerInto is lowerValid that writes its copy of s into room when room is large enough: Extract hands
// in the buffer of the call before, so that an article costs no allocation of its size. The bytes
// written, room's or new ones, are returned too, nil when s itself is returned; the lowercase shares
// them, and lives only as long as they are not written again. odd reports a character that repair
// changes (repairedRune), which every rune this reads past skipLower is checked for.
func lowerInto(s string, room []byte) (low string, valid, odd bool, _ []byte) {
	var b []byte // a copy of s, made at the first byte that changes
	valid = true
	for i := skipLower(s, 0); i < len(s); i = skipLower(s, i) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				b = copyOnce(b, s, room)
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		case c == 0xD0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0400–U+043F: Ѐ–Я capitals, а–п small.
			switch d := s[i+1]; {
			case d >= 0x90 && d <= 0x9F: // А–П
				b = copyOnce(b, s, room)
				b[i+1] = d + 0x20
			case d >= 0xA0 && d <= 0xAF: // Р–Я
				b = copyOnce(b, s, room)
				b[i], b[i+1] = 0xD1, d-0x20
			case d == 0x81: // Ё is е
				b = copyOnce(b, s, room)
				b[i+1] = 0xB5
			case d >= 0x80 && d <= 0x8F: // Ѐ–Џ
				b = copyOnce(b, s, room)
				b[i], b[i+1] = 0xD1, d+0x10
			}
			i += 2
			continue
		case c == 0xD1 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// U+0440–U+047F: р–я, ѐ–џ small, then the historic letters in pairs.
			switch d := s[i+1]; {
			case d == 0x91: // ё is е
				b = copyOnce(b, s, room)
				b[i], b[i+1] = 0xD0, 0xB5
			case d >= 0xA0 && d&1 == 0:
				b = copyOnce(b, s, room)
				b[i+1] = d + 1
			}
			i += 2
			continue
		case (c == 0xD2 || c == 0xD3) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && (c == 0xD2 || s[i+1] >= 0x90):
			// U+0480, U+048A–U+04BF and U+04D0–U+04FF, where Kazakh's letters are (Ғ Қ Ң Ү Ұ Һ Ә Ө),
			// pair a capital at an even code point with its small letter after it.
			if d := s[i+1]; d&1 == 0 && (c == 0xD3 || d >= 0x8A || d == 0x80) {
				b = copyOnce(b, s, room)
				b[i+1] = d + 1
			}
			i += 2
			continue
		}
		r, n := decodeRune(s, i)
		if r == utf8.RuneError && n == 1 {
			valid = false
		}
		odd = odd || repairedRune(r)
		var l rune
		switch {
		case r >= 0x2000 && r <= 0x2BFF || r >= 0x3000 && r <= 0x303F:
			// Punctuation, dashes, quotes and symbols have no case: no table lookups for "—", "«", "№".
		case r < 0x100:
			if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
				l = r + 0x20 // Latin-1 capitals
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			l = simplified(r) // traditional characters read as simplified: 海關 is 海关
		default:
			l = unicode.ToLower(r)
		}
		if l == 'ё' {
			l = 'е'
		}
		if l != 0 && l != r && utf8.RuneLen(l) == n {
			b = copyOnce(b, s, room)
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	if b == nil {
		return s, valid, odd, nil // nothing to lower: the text itself
	}
	// b is not written again while the string is in use: the string shares its bytes instead of copying
	// them, as strings.Builder does.
	return unsafe.String(unsafe.SliceData(b), len(b)), valid, odd, b
}

// smallRussian4 reports whether the eight bytes of w (little-endian) are four small Russian letters
// а–п (0xD0 0xB0–0xBF) and р–я (0xD1 0x80–0x8F), the bulk of Russian text, read at once: each lead byte
// is 0xD0 or 0xD1, and the high half of the byte after it is 0xB for 0xD0 and 0x8 for 0xD1.
func smallRussian4(w uint64) bool {
	const lanes, low = 0x00FF00FF00FF00FF, 0x0001000100010001
	lead, cont := w&lanes, w>>8&lanes
	if lead|low != 0xD1*low {
		return false
	}
	return cont&(0xF0*low) == 0xB0*low-(lead&low)*0x30
}

// cyrillic4 reports whether the eight bytes of w (little-endian) are four runes of U+0400–U+047F: each
// a lead byte 0xD0 or 0xD1 and a continuation byte.
func cyrillic4(w uint64) bool {
	const lanes, low = 0x00FF00FF00FF00FF, 0x0001000100010001
	return w&lanes|low == 0xD1*low && w>>8&(0xC0*low) == 0x80*low
}

// copyOnce returns b, or a copy of s to write the lowercase into when there is none yet: in room if it
// is large enough.
func copyOnce(b []byte, s string, room []byte) []byte {
	if b == nil {
		if cap(room) >= len(s) {
			b = room[:len(s)]
			copy(b, s)
		} else {
			b = []byte(s)
		}
	}
	return b
}

// skipLower returns the end of the run of s from i that lowerText leaves as it is and can tell so from
// the bytes alone: ASCII other than capitals, read eight bytes at a time, the small Cyrillic letters
// other than ё, Kazakh's among them, and the punctuation and simplified Han characters that have no
// case. Whatever else comes is left to lowerText's cases.
func skipLower(s string, i int) int {
	const high, belowA, aboveZ = 0x8080808080808080, 0x3F3F3F3F3F3F3F3F, 0x2525252525252525
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) {
				// Of bytes below 0x80, adding 0x3F sets the high bit of those from 'A' up and adding 0x25
				// that of those past 'Z', and no byte carries into the next.
				if w := load8(s, i); w&high == 0 && (w+belowA)&^(w+aboveZ)&high == 0 {
					i += 8
					continue
				}
			}
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if i+8 <= len(s) && smallRussian4(load8(s, i)) {
			i += 8
			continue
		}
		if i+1 >= len(s) {
			return i
		}
		d := s[i+1]
		if d&0xC0 != 0x80 {
			return i
		}
		switch c {
		case 0xD0: // а–п
			if d < 0xB0 {
				return i
			}
		case 0xD1: // р–я, ѐ–џ but ё
			if d >= 0xA0 || d == 0x91 {
				return i
			}
		case 0xD2: // the small letters of U+048A–U+04BF, and the signs and marks U+0481–U+0489
			if d&1 == 0 && (d >= 0x8A || d == 0x80) {
				return i
			}
		case 0xD3: // the small letters of U+04D0–U+04FF
			if d < 0x90 || d&1 == 0 {
				return i
			}
		case 0xC2: // U+0080–U+00BF: the no-break space, « », ° and the like have no case
			if d == 0xAD || d == 0xA0 {
				return i // the soft hyphen and the no-break space, for lowerInto to tell repair of
			}
		case 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9:
			// Three bytes: the punctuation of U+2000–U+2BFF and U+3000–U+303F, and the Han characters of
			// U+4E00–U+9FFF that are not traditional ones tradToSimp folds.
			if i+2 >= len(s) || s[i+2]&0xC0 != 0x80 {
				return i
			}
			switch {
			case c == 0xE2:
				// Past U+2BFF, and the figure, thin and narrow no-break spaces and the zero-width and hyphen
				// characters of U+200B–U+2011 and U+2060, for lowerInto to tell repair of.
				if d > 0xAF || d == 0x80 && (s[i+2] >= 0x8B && s[i+2] <= 0x91 || s[i+2] == 0x87 || s[i+2] == 0x89 || s[i+2] == 0xAF) ||
					d == 0x81 && s[i+2] == 0xA0 {
					return i
				}
			case c == 0xE3:
				if d != 0x80 {
					return i
				}
			case c == 0xE4 && d < 0xB8:
				return i
			default:
				if r := rune(c&0x0F)<<12 | rune(d&0x3F)<<6 | rune(s[i+2]&0x3F); tradMark[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) != 0 {
					return i
				}
			}
			i += 3
			continue
		default:
			return i
		}
		i += 2
	}
	return i
}

// toLower is strings.ToLower that answers at once for a word already in lowercase ASCII or Cyrillic,
// which most words the rules lowercase are: strings.ToLower maps Cyrillic rune by rune through the
// Unicode tables.
func toLower(s string) string {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
		case c == 0xD0 && i+1 < len(s) && s[i+1] >= 0xB0 && s[i+1] <= 0xBF, // а–п
			c == 0xD1 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F: // р–я, ѐ–џ
			i += 2
		default:
			return strings.ToLower(s)
		}
	}
	return s
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
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]lexEntry, 0, n) // counted first: appended list by list, a long join grows many times
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}
