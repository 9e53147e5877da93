package extract

import (
	"html"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Published text carries characters a reader does not see or cannot tell apart, which a byte-exact
// lexicon would miss: a soft hyphen a site's hyphenator put in «говя­дины», a zero-width space in
// «запре​тил», a non-breaking hyphen in "foot‑and‑mouth", a Latin "e" typed in «запрeтил» or a Latin "K"
// in «Kитай» (keyboards and OCR mix the two alphabets' lookalikes, Kazakh sites most of all), Chinese
// full-width digits in «１２０万吨», and a «й» stored as «и» and a combining breve. repair gives the
// extractor the text as a reader reads it: HTML character references a feed escaped twice read
// («&laquo;»), letters and their combining marks composed (NFC), invisible characters dropped, hyphens
// made "-", full-width digits and letters made ASCII, and in a word written in one alphabet the other
// alphabet's lookalikes made that word's letters. A word whose letters are otherwise all of one
// alphabet decides: «запрeтил» has Cyrillic letters that no Latin one looks like, so its "e" is «е»;
// "Kazakhstаn" has Latin ones, so its «а» is "a". A word made only of lookalikes («Кo») or with letters
// of both alphabets that have none (a brand, «KazАгро») is left as it is. The sentence a mention quotes
// is the repaired one, which reads the same.

// repair returns text repaired, and whether anything changed. Extract calls it only where lowerInto or
// scan saw what it repairs.
func repair(text string) (string, bool) {
	orig := text
	if hasEntity(text) {
		text = html.UnescapeString(text)
	}
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		j := repairWordEnd(text, i)
		if j > i {
			repairWord(&b, text[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case invisible(r):
		case r == '\u2010' || r == '\u2011':
			b.WriteByte('-')
		case r == '．' && digitsAround(text, i, i+n):
			b.WriteByte('.')
		default:
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	out := plainSpaces(b.String()) // a reference read may be a no-break space
	return out, out != orig
}

// plainSpaces returns text with its no-break, narrow no-break, thin and figure spaces made plain ones:
// typography puts a no-break space after a short word («в\u00a02025\u00a0году», "in\u00a02025") and
// between a figure's thousands, which the crawler keeps, and the rules read words apart by plain spaces.
// lowered calls it only where lowerInto saw one.
func plainSpaces(text string) string {
	for _, sp := range oddSpaces {
		if strings.Contains(text, sp) {
			return spaceReplacer.Replace(text)
		}
	}
	return text
}

var oddSpaces = []string{"\u00a0", "\u202f", "\u2009", "\u2007"}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2007", " ")

// hasEntity reports whether text holds an HTML character reference that reached it unread: a feed that
// escaped its description twice gives "Китай&nbsp;запретил", "&laquo;…&raquo;", "foot&#8209;and".
func hasEntity(text string) bool {
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '&')
		if j < 0 {
			return false
		}
		i += j + 1
		k := i
		if k < len(text) && text[k] == '#' {
			k++
		}
		n := k
		for n < len(text) && n-k < 10 && isASCIIWord(text[n]) {
			n++
		}
		if n > k && n < len(text) && text[n] == ';' {
			return true
		}
	}
}

// repairedRune reports a rune repair or plainSpaces changes wherever it is: an invisible character, a
// Unicode hyphen or space, a combining mark, a full-width digit or letter, a full-width point.
// lowerInto checks every rune it decodes, and scan tells of words of both alphabets, so that clean text
// costs no pass of its own.
func repairedRune(r rune) bool {
	switch {
	case r < 0x300:
		return r == '\u00AD' || r == '\u00A0'
	case r <= 0x36F:
		return true // the combining diacritical marks
	case r < 0x2007:
		return false
	case r == '\u2007', r == '\u2009', r >= 0x200B && r <= 0x2011, r == '\u202F', r == '\u2060', r == '\uFEFF', r == '．':
		return true
	}
	return fullWidth(r)
}

// fullWidth reports a full-width digit or Latin letter, which repair writes as its ASCII one.
func fullWidth(r rune) bool {
	return r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// invisible reports the characters repair drops: the soft hyphen, the zero-width space, non-joiner and
// joiner, the direction marks, the word joiner and the byte-order mark.
func invisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// repairWordEnd is the end of the word of letters that starts at i (i when none does). Invisible characters
// inside a word are part of it, so that «говя­дины» is one word for repairWord to drop them from.
func repairWordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !(isRepairLetter(r) || j > i && invisible(r) && j+n < len(s) && startsLetter(s[j+n:])) {
			break
		}
		j += n
	}
	return j
}

func startsLetter(s string) bool { return isRepairLetter(firstRune(s)) }

// isRepairLetter: the letters whose alphabet repair reads, and full-width ones.
func isRepairLetter(r rune) bool { return alphabet(r) != 0 || fullWidth(r) }

// alphabet is alphaLatin for a Latin letter, alphaCyrillic for a Cyrillic one, 0 otherwise.
func alphabet(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return alphaLatin
		}
	case r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7, r == 'ə', r == 'Ə':
		return alphaLatin
	case r >= 0x400 && r <= 0x4FF:
		return alphaCyrillic
	}
	return 0
}

// toCyrillic and toLatin are the lookalikes each alphabet has of the other's letters.
var toCyrillic = map[rune]rune{
	'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'i': 'і', 'h': 'һ', 'ə': 'ә',
	'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'I': 'І', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р',
	'T': 'Т', 'X': 'Х', 'Y': 'У', 'Ə': 'Ә',
}

var toLatin = func() map[rune]rune {
	m := map[rune]rune{}
	for lat, cyr := range toCyrillic {
		if lat != 'ə' && lat != 'Ə' {
			m[cyr] = lat
		}
	}
	return m
}()

// repairWord writes one word repaired: full-width letters and digits as ASCII, invisible characters
// dropped, and the other alphabet's lookalikes as the word's own letters.
func repairWord(b *strings.Builder, w string) {
	var lat, cyr, latLook, cyrLook int // letters of each alphabet that have no lookalike, and that have one
	for _, r := range w {
		switch alphabet(r) {
		case alphaLatin:
			if _, ok := toCyrillic[r]; ok {
				latLook++
			} else {
				lat++
			}
		case alphaCyrillic:
			if _, ok := toLatin[r]; ok {
				cyrLook++
			} else {
				cyr++
			}
		}
	}
	var swap map[rune]rune
	switch {
	case cyr > 0 && lat == 0 && latLook > 0:
		swap = toCyrillic
	case lat > 0 && cyr == 0 && cyrLook > 0:
		swap = toLatin
	}
	for _, r := range w {
		switch {
		case invisible(r):
			continue
		case fullWidth(r):
			r -= 'Ａ' - 'A'
		case swap != nil:
			if s, ok := swap[r]; ok {
				r = s
			}
		}
		b.WriteRune(r)
	}
}

// digitsAround reports a digit, ASCII or full-width, before s[i] and at s[j]: a full-width point between
// them is a decimal point.
func digitsAround(s string, i, j int) bool {
	if i == 0 || j >= len(s) {
		return false
	}
	r, _ := decodeLastRune(s, i)
	return anyDigit(r) && anyDigit(firstRune(s[j:]))
}

func anyDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
