package extract

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// Kazakh in the Latin alphabet is printed in three spellings, and the lexicons write only one of them,
// the alphabet of 2018 with acute accents (á ǵ ı ń ó ú ý, sh, ch). Sites also print the apostrophe
// alphabet of 2017, in which each of those letters is a plain letter and an apostrophe (a' g' i' n' o'
// u' y' s' c', the apostrophe ASCII or typographic), and text typed without diacritics, the 2018
// spelling with its accents dropped (ý written y or u). The other two spellings are generated here from
// the 2018 forms when the lexicon is compiled, so that every word, country form and place written once
// matches in all three.

// kkLetterOf is the 2017 writing of a letter of the 2018 alphabet, its apostrophe left out: the plain
// letter of an accented one, or "".
func kkLetterOf(c rune) string {
	switch c {
	case 'á':
		return "a"
	case 'ǵ':
		return "g"
	case 'ı':
		return "i"
	case 'ń':
		return "n"
	case 'ó':
		return "o"
	case 'ú':
		return "u"
	case 'ý':
		return "y"
	}
	return ""
}

// kkPlainOf is the plain letter an accented letter of the 2018 alphabet is typed as without diacritics
// (ý as u).
func kkPlainOf(c rune) (byte, bool) {
	switch c {
	case 'á':
		return 'a', true
	case 'ǵ':
		return 'g', true
	case 'ı':
		return 'i', true
	case 'ń':
		return 'n', true
	case 'ó':
		return 'o', true
	case 'ú', 'ý':
		return 'u', true
	}
	return 0, false
}

// kkMinPlain is the shortest word or stem, in bytes after its accents are dropped, that is given a form
// without diacritics: shorter words of Kazakh written plain are English words or names ("jún" would be
// "jun", "áli" "ali", "ón" "on"). Scale words and cargo, read only beside a figure or at a crossing, and
// countries' abbreviations are given theirs ("myn", "juk", "BAA").
const kkMinPlain = 4

// kazakhLatin reports a pattern written in the Latin alphabet of 2018 that another spelling writes
// otherwise: Latin letters only, and at least one accented letter or digraph sh, ch.
func kazakhLatin(p string) bool {
	special := strings.Contains(p, "sh") || strings.Contains(p, "ch")
	for _, r := range p {
		switch {
		case r < 0x80:
		case kkLetterOf(r) != "":
			special = true
		default:
			return false // Cyrillic, Han, or another alphabet's letter
		}
	}
	return special
}

// kkSpellings returns the 2017 (with both apostrophes) and the no-diacritics writings of p, a pattern
// in the alphabet of 2018; none for a pattern that is not one (kazakhLatin).
func kkSpellings(p string) []string {
	if !kazakhLatin(p) {
		return nil
	}
	out := make([]string, 0, 4)
	for _, ap := range [...]string{"'", "’"} {
		// One pass: "sh" and "ch" are "s" and "c" with the apostrophe, an accented letter its plain
		// letter with it.
		var b strings.Builder
		b.Grow(len(p) + 4*len(ap))
		for i := 0; i < len(p); {
			c, n := utf8.DecodeRuneInString(p[i:])
			switch l := kkLetterOf(c); {
			case (c == 's' || c == 'c') && i+1 < len(p) && p[i+1] == 'h':
				b.WriteByte(byte(c))
				b.WriteString(ap)
				n = 2
			case l != "":
				b.WriteString(l)
				b.WriteString(ap)
			default:
				b.WriteString(p[i : i+n])
			}
			i += n
		}
		out = append(out, b.String())
	}
	if plain := kkStrip(p, 'u'); plain != p {
		out = append(out, plain)
		if y := kkStrip(p, 'y'); y != plain {
			out = append(out, y)
		}
	}
	return out
}

// kkStrip drops the accents of p, writing ý as yLetter ('u' or 'y').
func kkStrip(p string, yLetter byte) string {
	var b strings.Builder
	b.Grow(len(p))
	for _, c := range p {
		switch l, ok := kkPlainOf(c); {
		case c == 'ý':
			b.WriteByte(yLetter)
		case ok:
			b.WriteByte(l)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// withKazakhSpellings adds to the lexicon lists the other two spellings of every pattern written in the
// Latin alphabet of 2018: the 2017 one with typographic apostrophes where the pattern has an accented
// letter (a text in ASCII apostrophes is read as the 2018 alphabet before the scan), and the one
// without diacritics. A variant that is already some other word of the lexicons is left out, so
// that an English or Russian word takes nothing from a Kazakh one written alike, and so is a short
// variant without diacritics (kkMinPlain).
func withKazakhSpellings(lists [][]lexEntry) {
	have := make(map[string]bool)
	for _, list := range lists {
		for _, e := range list {
			have[lowerString(e.pat)] = true
		}
	}
	for li, list := range lists {
		var extra []lexEntry
		for _, e := range list {
			p, eq := lowerString(e.pat), ""
			if strings.HasPrefix(p, "=") {
				p, eq = p[1:], "="
			}
			for _, v := range kkSpellings(p) {
				if strings.Contains(v, "'") || strings.Contains(v, "’") && !kkAccented(p) {
					continue // ASCII apostrophes are read as the 2018 letters (kkFromApostrophes), and sh, ch alone are no Kazakh
				}
				plain := !strings.Contains(v, "’")
				if have[eq+v] || plain && len(v) < kkMinPlain && e.feat&(fUnit|fCargo|fCountry) == 0 {
					continue
				}
				e2 := e
				e2.pat = eq + v
				extra = append(extra, e2)
			}
		}
		if len(extra) > 0 {
			lists[li] = append(append([]lexEntry(nil), list...), extra...)
		}
	}
}

// kkRegexSpellings rewrites a regular expression written in the alphabet of 2018 so that it also reads
// the other two spellings: an accented letter outside a class is the letter, or its plain letter with or
// without an apostrophe after it (ý also u), "sh" and "ch" are also "s'" and "c'", and a class holding
// an accented letter also holds the plain letter, and may be followed by an apostrophe (a negated class
// holds the apostrophes instead: they are inside a word). Escapes are copied as they are.
func kkRegexSpellings(re string) string {
	var b strings.Builder
	rs := []rune(re)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\\' && i+1 < len(rs):
			b.WriteRune(c)
			i++
			b.WriteRune(rs[i])
		case c == '[':
			end := classEnd(rs, i)
			b.WriteString(kkClass(string(rs[i : end+1])))
			i = end
		case kkLetterOf(c) != "":
			alt := ""
			if c == 'ý' {
				alt = "|u"
			}
			b.WriteString("(?:" + string(c) + "|" + kkLetterOf(c) + "['’]?" + alt + ")")
		case (c == 's' || c == 'c') && i+1 < len(rs) && rs[i+1] == 'h':
			b.WriteString(string(c) + "(?:h|['’])")
			i++
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// classEnd returns the index of the "]" that closes the class opened at rs[i].
func classEnd(rs []rune, i int) int {
	j := i + 1
	if j < len(rs) && rs[j] == '^' {
		j++
	}
	if j < len(rs) && rs[j] == ']' {
		j++ // a "]" first is a member
	}
	for ; j < len(rs); j++ {
		switch rs[j] {
		case '\\':
			j++
		case ']':
			return j
		}
	}
	return len(rs) - 1
}

// kkClass rewrites one class of a regular expression for kkRegexSpellings.
func kkClass(class string) string {
	if !hasKKAccent(class) {
		return class
	}
	var b strings.Builder
	for _, c := range class {
		b.WriteRune(c)
		if l := kkLetterOf(c); l != "" {
			b.WriteString(l)
			if c == 'ý' {
				b.WriteByte('u')
			}
		}
	}
	out := b.String()
	if strings.HasPrefix(class, "[^") {
		return out[:len(out)-1] + "'’]"
	}
	return "(?:" + out + "['’]?)"
}

// kkFold writes a Latin word of any of the three spellings plain: the 2017 apostrophe spelling's
// letters as the 2018 ones (a' is á, s' is sh), then every accent dropped, ý (and y' ) as u. Two words
// are one Kazakh word when their folds are equal, or the text's fold is one of kkFolds of the 2018 form.
func kkFold(w string) string {
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") && !hasKKAccent(w) {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, c := range w {
		switch l, ok := kkPlainOf(c); {
		case c == '\'' || c == '’':
			switch n := len(b); {
			case n > 0 && (b[n-1] == 's' || b[n-1] == 'c'):
				b = append(b, 'h')
			case n > 0 && b[n-1] == 'y':
				b[n-1] = 'u' // y' is ý
			}
		case ok:
			b = append(b, l)
		default:
			b = utf8.AppendRune(b, c)
		}
	}
	return string(b)
}

// hasKKAccent reports an accented letter of the 2018 alphabet in w.
func hasKKAccent(w string) bool {
	for _, c := range w {
		if c >= 0x80 && kkLetterOf(c) != "" {
			return true
		}
	}
	return false
}

// kkFolds returns the folds a word of the 2018 spelling may be typed as: ý written u, and written y.
func kkFolds(w string) []string {
	u := kkStrip(w, 'u')
	if y := kkStrip(w, 'y'); y != u {
		return []string{u, y}
	}
	return []string{u}
}

// kkFoldSet is a table of words of the 2018 spelling, looked up by the fold of a word of the text.
func kkFoldSet(ws ...string) map[string]bool {
	m := make(map[string]bool, 2*len(ws))
	for _, w := range ws {
		for _, f := range kkFolds(w) {
			m[f] = true
		}
	}
	return m
}

// kkWordEnd extends a Latin word ending at j over the apostrophes of the 2017 spelling and the letters
// after them ("myn'" to its apostrophe, "myn'g'a" to its end): token stops at an apostrophe.
func kkWordEnd(s string, j int) int {
	for j < len(s) {
		n := 0
		switch {
		case s[j] == '\'':
			n = 1
		case strings.HasPrefix(s[j:], "’"):
			n = len("’")
		default:
			return j
		}
		if j == 0 || !isASCIILetter(s[j-1]) {
			return j
		}
		j += n
		_, e := token(s, j)
		j = e
	}
	return j
}

// withAnySpellings returns the literals lits with the other two spellings of each Latin Kazakh one.
func withAnySpellings(lits []string) []string {
	out := lits
	for _, a := range lits {
		if vs := kkSpellings(a); len(vs) > 0 {
			if len(out) == len(lits) {
				out = append([]string(nil), lits...)
			}
			out = append(out, vs...)
		}
	}
	return out
}

// The rules compare words of the text with literals written in the 2018 alphabet ("deıin", "-nyń");
// kkHasPrefix and kkHasSuffix compare them in any of the three spellings, without building any.

// kkHasPrefix reports whether s starts with lit, lit read in the 2018 alphabet and s written in any of
// the three spellings: an accented letter of lit is the letter, or its plain letter with or without an
// apostrophe after it (ý also u), "sh" and "ch" also "s'" and "c'".
func kkHasPrefix(s, lit string) bool { return kkPrefixEnd(s, lit) >= 0 }

// kkPrefixEnd is where the prefix of s that kkHasPrefix matches with lit ends, or -1; an apostrophe
// after the last letter is taken into the match.
func kkPrefixEnd(s, lit string) int {
	i := 0
	for k := 0; k < len(lit); {
		c, n := decodeShort(lit, k)
		if n == 0 || i >= len(s) {
			return -1 // three bytes and more are no Latin Kazakh
		}
		k += n
		if l := kkLetterOf(c); l != "" {
			switch {
			case strings.HasPrefix(s[i:], lit[k-n:k]):
				i += n
			case s[i] == l[0] || c == 'ý' && s[i] == 'u':
				i = skipApostrophe(s, i+1)
			default:
				return -1
			}
			continue
		}
		if (c == 's' || c == 'c') && k < len(lit) && lit[k] == 'h' && s[i] == byte(c) {
			if j := skipApostrophe(s, i+1); j > i+1 {
				i, k = j, k+1 // s' for sh
				continue
			}
		}
		if !strings.HasPrefix(s[i:], lit[k-n:k]) {
			return -1
		}
		i += n
	}
	return i
}

// skipApostrophe returns the index past an apostrophe of the 2017 spelling at s[i], or i.
func skipApostrophe(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '\'':
		return i + 1
	case strings.HasPrefix(s[i:], "’"):
		return i + len("’")
	}
	return i
}

// kkHasSuffix is kkHasPrefix for the end of s: whether s ends with lit in any of the three spellings.
// A spelling of lit is at least half and at most twice its bytes long, so few starts are tried.
func kkHasSuffix(s, lit string) bool {
	for start := len(s) - (len(lit)+1)/2; start >= 0 && start >= len(s)-2*len(lit); start-- {
		if kkPrefixEnd(s[start:], lit) == len(s)-start {
			return true
		}
	}
	return false
}

// kkLatinLit reports a literal kkHasPrefix may match otherwise than byte for byte: one in Latin
// letters with an accented letter of the 2018 alphabet (their lead bytes are 0xC3–0xC7) or a digraph
// sh, ch. It reads bytes only: the rules ask it of every literal they compare.
func kkLatinLit(lit string) bool {
	if lit == "" || lit[0] >= 0xD0 {
		return false // Cyrillic and Han
	}
	for i := 0; i < len(lit); i++ {
		switch c := lit[i]; {
		case c >= 0xC3 && c <= 0xC7:
			return true
		case c == 'h' && i > 0 && (lit[i-1] == 's' || lit[i-1] == 'c'):
			return true
		case c >= 0xD0:
			return false
		}
	}
	return false
}

// kkAccented reports an accented letter of the 2018 alphabet in a literal, from its lead bytes: the
// spelling without diacritics differs only there.
func kkAccented(lit string) bool {
	i := 0
	for ; i+8 <= len(lit); i += 8 {
		if load8(lit, i)&0x8080808080808080 != 0 {
			break // a byte not ASCII among these eight
		}
	}
	for ; i < len(lit); i++ {
		if c := lit[i]; c >= 0xC3 && c <= 0xC7 {
			return true
		}
	}
	return false
}

// kkMayStart reports whether s may start with lit in a spelling other than the 2018 one: its first
// byte is lit's, or the plain letter of lit's accented first letter. It is the test hasAnyPrefix makes
// before kkHasPrefix, inlined.
func kkMayStart(s, lit string) bool {
	if s == "" || lit == "" {
		return false
	}
	if c := lit[0]; c < 0x80 {
		return s[0] == c && kkLatinLit(lit)
	} else if c < 0xC3 || c > 0xC7 {
		return false
	}
	return s[0] < 0x80 && kkLatinLit(lit)
}

// kkMayEnd is kkMayStart for the end of s: its last byte is lit's, an apostrophe, or a plain letter
// where lit ends in an accented one.
func kkMayEnd(s, lit string) bool {
	if s == "" || lit == "" {
		return false
	}
	e, l := s[len(s)-1], lit[len(lit)-1]
	if l < 0x80 {
		return (e == l || e == '\'' || e == 0x99) && kkLatinLit(lit) // 0x99 ends ’
	}
	return e < 0x80 && kkLatinLit(lit)
}

// kkApostropheLetter is the 2018 letter, two bytes as the 2017 letter and its ASCII apostrophe are, that
// a letter before an apostrophe stands for.
var kkApostropheLetter = [256]string{'a': "á", 'g': "ǵ", 'i': "ı", 'n': "ń", 'o': "ó", 'u': "ú", 'y': "ý",
	's': "sh", 'c': "ch"}

// kkApostropheAt reports whether the ASCII apostrophe at low[i] is one of the 2017 spelling's: after one
// of its nine letters, and not an English contraction or possessive ("don't", "China's", "they're").
func kkApostropheAt(low string, i int) bool {
	if i == 0 || kkApostropheLetter[low[i-1]] == "" {
		return false
	}
	rest := low[i+1:]
	if (i == 1 || !isASCIILetter(low[i-2]) && low[i-2] < 0x80 && low[i-2] != '\'') && (rest == "" || !isASCIILetter(rest[0])) {
		return false // a letter alone between quotes: 'a'
	}
	for _, c := range [...]string{"s", "t", "d", "m", "ll", "re", "ve"} {
		if strings.HasPrefix(rest, c) && (len(rest) == len(c) || !isASCIILetter(rest[len(c)]) && rest[len(c)] != '\'') {
			return false // "it's", "we'll"; not "aly's'ylar", whose s' is the next letter of the spelling
		}
	}
	return true
}

// asciiApostrophes yields the index of each ASCII apostrophe of s, in order.
func asciiApostrophes(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := strings.IndexByte(s, '\''); i >= 0; {
			if !yield(i) {
				return
			}
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return
			}
			i += 1 + j
		}
	}
}

// kkApostropheWords counts the apostrophes of low that kkApostropheAt reads as the 2017 spelling's, up
// to enough.
func kkApostropheWords(low string, enough int) int {
	n := 0
	for i := range asciiApostrophes(low) {
		if n >= enough {
			break
		}
		if kkApostropheAt(low, i) {
			n++
		}
	}
	return n
}

// kkFromApostrophes rewrites the Latin Kazakh of low written in the apostrophe spelling of 2017 with
// ASCII apostrophes into the alphabet of 2018 (qytai'g'a is qytaıǵa, s'ekteu shekteu), which every
// lexicon word and rule reads: each letter and its apostrophe are two bytes, as the 2018 letter is, so
// offsets into low stay offsets into the text. low is copied before it is written.
func kkFromApostrophes(low string) string {
	var b []byte
	for i := range asciiApostrophes(low) {
		if kkApostropheAt(low, i) {
			b = copyOnce(b, low, nil)
			copy(b[i-1:], kkApostropheLetter[low[i-1]])
		}
	}
	if b == nil {
		return low
	}
	return string(b)
}

// kkIs reports whether the word w is one of lits, a Latin literal of the 2018 alphabet matching w in
// any of the three spellings.
func kkIs(w string, lits ...string) bool {
	for _, l := range lits {
		if w == l || kkLatinLit(l) && kkPrefixEnd(w, l) == len(w) {
			return true
		}
	}
	return false
}

// withKKKeys adds to a table of words the forms without diacritics of its Latin Kazakh keys ("úsh" is
// also "ush"); the apostrophe spelling is read as the 2018 one before the rules run (kkFromApostrophes).
func withKKKeys[V any](m map[string]V) map[string]V {
	for k, v := range m {
		if !kazakhLatin(k) {
			continue
		}
		for _, f := range kkFolds(k) {
			if _, ok := m[f]; !ok {
				m[f] = v
			}
		}
	}
	return m
}

// kkContains is kkHasPrefix at any place of s: whether s holds lit in one of the two spellings other
// than the 2018 one, which the caller has looked for.
func kkContains(s, lit string) bool {
	return kkRunIn(s, lit) && kkContainsStarts(s, lit)
}

// kkRunIn reports whether s holds what every spelling of lit holds (kkFixedRun), when that is two bytes
// or more: most texts do not, and are not read further.
func kkRunIn(s, lit string) bool {
	run := kkFixedRun(lit)
	return len(run) < 2 || strings.Contains(s, run)
}

// kkContainsStarts is kkContains past its test of lit's fixed run.
func kkContainsStarts(s, lit string) bool {
	firsts := lit[:1] // ASCII, or the plain letters of an accented one (kkLatinLit)
	if c, _ := decodeShort(lit, 0); c >= 0x80 {
		l, _ := kkPlainOf(c)
		firsts = string(l)
		if c == 'ý' {
			firsts = "uy"
		}
	}
	for k := 0; k < len(firsts); k++ {
		f := firsts[k]
		for i := strings.IndexByte(s, f); i >= 0; {
			if kkHasPrefix(s[i:], lit) {
				return true
			}
			j := strings.IndexByte(s[i+1:], f)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// kkContainsAny reports whether s, in Latin letters, holds one of words written in the 2018 alphabet in
// the spelling without diacritics (kkContains). Text in Cyrillic or Han holds none (latinText); the
// apostrophe spelling was read as the 2018 one before.
func kkContainsAny(s string, words []string) bool {
	if !latinHead(s) {
		return false // Cyrillic or Han near the start: not latinText, and most calls end here
	}
	latin := -1 // not yet known
	for _, w := range words {
		if w == "" || w[0] >= 0xD0 || !kkAccented(w) {
			continue
		}
		if !kkRunIn(s, w) {
			continue // told before s is read whole for its script
		}
		if latin < 0 {
			latin = boolInt(latinText(s))
		}
		if latin == 0 {
			return false
		}
		if kkContainsStarts(s, w) {
			return true
		}
	}
	return false
}

// latinText reports text in Latin letters: no byte of Cyrillic or of a three-byte script (Han), read
// from lead bytes. Text in the 2018 alphabet is Latin too: writers drop an accent here and there, and
// "o'ty'i tiis" is read "ótýi tiis".
func latinText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xD0 && c <= 0xD3 || c >= 0xE3 && c <= 0xE9 {
			return false
		}
	}
	return true
}

// latinHead reports that the first bytes of s hold no Cyrillic and no three-byte script, which
// latinText would find there first: false means s is no latinText.
func latinHead(s string) bool {
	return latinText(s[:min(len(s), 16)])
}

// kkFixedRun returns the longest run of lit that all three spellings write alike: plain ASCII letters,
// cut at the accented letters and at the h of sh and ch.
func kkFixedRun(lit string) string {
	best, start := "", 0
	for i := 0; i <= len(lit); i++ {
		if i < len(lit) && lit[i] < 0x80 && !(lit[i] == 'h' && i > 0 && (lit[i-1] == 's' || lit[i-1] == 'c')) {
			continue
		}
		if i-start > len(best) {
			best = lit[start:i]
		}
		start = i + 1
	}
	return best
}

// kkInnerApostrophes counts, up to enough, the apostrophes of text inside a word after one of the nine
// letters the 2017 spelling marks so ("Qorg'as", "ko'likter"), English contractions left out
// (kkApostropheAt): English writes few ("O'Brien"), Kazakh in that spelling one in most words. A word
// repeated counts once: an English article naming "Xi'an" twice is not Kazakh.
func kkInnerApostrophes(text string, enough int) int {
	n := 0
	last := ""
	for i := range asciiApostrophes(text) {
		if n >= enough {
			break
		}
		if i > 0 && i+1 < len(text) && isASCIILetter(text[i+1]) && kkApostropheLetter[text[i-1]|0x20] != "" &&
			isASCIILetter(text[i-1]) && kkApostropheAt(strings.ToLower(text[max(i-2, 0):min(i+4, len(text))]), min(i, 2)) {
			a, b := i, i+1
			for a > 0 && isASCIILetter(text[a-1]) {
				a--
			}
			for b < len(text) && (isASCIILetter(text[b]) || text[b] == '\'') {
				b++
			}
			if w := strings.ToLower(text[a:b]); w != last {
				n, last = n+1, w
			}
		}
	}
	return n
}
