package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectSample bounds how much of a long text DetectLang reads: the first few kilobytes decide.
const detectSample = 8 << 10

// DetectLang guesses the language of text: "zh" when Han characters carry it, "kk" for Cyrillic with
// the Kazakh letters ә ғ қ ң ө ұ ү һ і or for the 2018 Latin alphabet (á ǵ ı ń ó ú ý, ş …) and
// Kazakh words, "ru" for other Cyrillic and "en" for other Latin text. It returns "" when text has no
// letters at all.
func DetectLang(text string) string { return detectLang(text, "") }

// detectLang is DetectLang with the text's lowercase (lowerText) when the caller has it, so that
// Kazakh words are looked up without lowercasing each one again.
func detectLang(text, low string) string {
	if len(text) > detectSample {
		cut := detectSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		if low != "" {
			low = low[:cut]
		}
	}
	var han, cyr, kkCyr, lat, kkLat int
	inURL := false
	for i := 0; i < len(text); {
		c := text[i]
		if c >= 0xD0 && c <= 0xD1 && !inURL && i+8 <= len(text) && smallRussian4(load8(text, i)) {
			cyr += 4 // four small Russian letters, none of them Kazakh's, read at once
			i += 8
			continue
		}
		if c >= 0xD0 && c <= 0xD3 && !inURL && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// Cyrillic, read from its bytes, and its Kazakh letters counted without a branch.
			cyr++
			kkCyr += kazakhPairs.has(c, text[i+1])
			i += 2
			continue
		}
		if c < utf8.RuneSelf && c != '/' && c != '@' {
			// ASCII outside addresses' marks, without decoding: a letter counts unless in an address,
			// white space ends one.
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				if !inURL {
					lat++
				}
			} else if isSpace(rune(c)) {
				inURL = false
			}
			i++
			continue
		}
		r, n := decodeRune(text, i)
		// Web addresses are Latin whatever the language around them. Chinese puts no space after one, and
		// holds "/" in marketing years ("2025/26年度"): a Han character ends the address.
		if isSpace(r) || inURL && isHan(r) {
			inURL = false
		} else if !inURL && (r == '/' || r == '@') {
			inURL = true
			for j := i; j > 0; {
				q, n := utf8.DecodeLastRuneInString(text[:j])
				if isSpace(q) {
					break
				}
				j -= n
				if q < utf8.RuneSelf && (q >= 'a' && q <= 'z' || q >= 'A' && q <= 'Z') {
					lat--
				}
			}
		}
		i += n
		if inURL {
			continue
		}
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				lat++
			}
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
			if isKazakhCyrillic(r) {
				kkCyr++
			}
		case isHan(r):
			han++
		case isLetter(r) && unicode.Is(unicode.Latin, r):
			lat++
			if isKazakhLatin(r) {
				kkLat++
			}
		}
	}
	letters := han + cyr + lat
	switch {
	case letters == 0:
		return ""
	case han > 0 && han*3 >= cyr+lat:
		// A Han character carries a word; a few Latin acronyms (GACC) do not outweigh it.
		return "zh"
	case cyr >= lat:
		// Russian text naming Қазақстан has a Kazakh letter or two; Kazakh has one in every few words.
		if kkCyr > 0 && kkCyr*25 >= cyr {
			return "kk"
		}
		// Short Kazakh sentences may hold a single Kazakh letter; Kazakh words settle them.
		if w := kazakhWords(text, low, 2); w >= 2 || w >= 1 && kkCyr > 0 {
			return "kk"
		}
		return "ru"
	default:
		if kkLat >= 2 && kkLat*60 >= lat {
			return "kk"
		}
		if w := kazakhWords(text, low, 2); w >= 2 || w >= 1 && kkLat > 0 {
			return "kk"
		}
		if kkInnerApostrophes(text, 2) >= 2 {
			return "kk" // the apostrophe spelling of 2017: "Qorg'as beketindegi kezek … ko'likter"
		}
		return "en"
	}
}

// pairBits is a set of the two-byte encodings of U+0400–U+04FF, indexed by the lead byte's offset from
// 0xD0 and the continuation byte's low six bits.
type pairBits [4]uint64

// has returns 1 if the rune encoded as lead 0xD0–0xD3 and continuation d is in the set, else 0.
func (p *pairBits) has(lead, d byte) int {
	return int(p[lead-0xD0] >> (d & 0x3F) & 1)
}

// kazakhPairs holds the Kazakh Cyrillic letters isKazakhCyrillic reports.
var kazakhPairs = func() (p pairBits) {
	for r := rune(0x400); r <= 0x4FF; r++ {
		if isKazakhCyrillic(r) {
			var b [2]byte
			utf8.EncodeRune(b[:], r)
			p[b[0]-0xD0] |= 1 << (b[1] & 0x3F)
		}
	}
	return p
}()

func isKazakhCyrillic(r rune) bool {
	switch r {
	case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І':
		return true
	}
	return false
}

// isKazakhLatin reports the letters of the 2018 and 2021 Kazakh Latin alphabets that English lacks.
func isKazakhLatin(r rune) bool {
	switch unicode.ToLower(r) {
	case 'á', 'ǵ', 'ı', 'ń', 'ó', 'ú', 'ý', 'ş', 'ğ', 'ñ', 'ū':
		return true
	}
	return false
}

// kazakhWord reports frequent Kazakh words, in either alphabet and in each spelling of the Latin one,
// that need no Kazakh letter: most of them are not Russian or English words at all. An apostrophe that
// ends w is the 2017 spelling's (qytai') or a closing quote, and is read both ways.
func kazakhWord(w string) bool {
	if len(w) >= 6 && w[0] < utf8.RuneSelf && kazakhLatinShape(w) {
		return true // the length and first byte kazakhLatinShape asks first, asked here without a call
	}
	if !bitHas(&kazakhWordFilter, rune(kazakhWordKey(w))) {
		return false // most words: no lookup
	}
	if kazakhWordSet[w] {
		return true
	}
	t := strings.TrimRight(w, "'’")
	return t != w && kazakhWordSet[t]
}

// kazakhWordFilter holds the kazakhWordKey of each word of kazakhWordSet, for kazakhWord to look up only
// the words that start, end and are as long as one: detectLang asks it of every word of a sentence.
var kazakhWordFilter = func() (p [1 << 16 / 64]uint64) {
	for w := range kazakhWordSet {
		bitSet(&p, rune(kazakhWordKey(w)))
	}
	return p
}()

// kazakhWordKey hashes a word's first two bytes, last byte and length into 16 bits.
func kazakhWordKey(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(startKey(w))*0x9E3779B1 ^ uint32(w[len(w)-1])*0x85EBCA77 ^ uint32(len(w))*0xC2B2AE3D
	return h >> 16
}

// kazakhLatinShape reports a Latin word that ends as only Kazakh words do in the spelling without
// diacritics: the locative and ablative of a possessive ("aiynda", "oblysynan", "kezeginde"), the dative
// of one ("talaptaryna"), a past in -ydy or -yndy, a genitive in -tyn, -nyn, -dyn. English ends no word
// so ("salary", "boundary", "Ukraine" end otherwise); the words are six letters at least.
func kazakhLatinShape(w string) bool {
	if len(w) < 6 || w[0] >= utf8.RuneSelf {
		return false
	}
	n := len(w)
	a, b, c := w[n-3], w[n-2], w[n-1]
	switch c {
	case 'a': // -ynda, -yna
		return b == 'd' && w[n-4:n-2] == "yn" || b == 'n' && a == 'y'
	case 'e': // -inde
		return b == 'd' && w[n-4:n-2] == "in"
	case 'n': // -ynan, -inen, -tyn, -nyn, -dyn
		return b == 'a' && w[n-4:n-2] == "yn" || b == 'e' && w[n-4:n-2] == "in" || b == 'y' && (a == 't' || a == 'n' || a == 'd')
	case 'y': // -ydy, -yndy
		return b == 'd' && (a == 'y' || a == 'n' && w[n-4] == 'y')
	}
	return false
}

// kazakhWordSet holds kazakhWordList with the other two Latin spellings of each word (kkSpellings).
var kazakhWordSet = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range kazakhWordList {
		m[w] = true
		for _, v := range kkSpellings(w) {
			m[v] = true
		}
	}
	return m
}()

// kazakhWordList is the words kazakhWord knows, the Latin ones in the alphabet of 2018 where it differs:
// function words, postpositions, case forms of the neighbours and the words of trade news.
var kazakhWordList = [...]string{
	"qazaqstan", "qytaı", "jyly", "jyldyń", "bas", "keden", "tonna", "mal", "astyq", "etti",
	"úshin", "qr", "qhr", "eti", "boıynsha", "jáne", "respýblıkasy", "mınıstrligi", "eksporty", "maqala",
	"aqpan", "mamyr", "shilde", "tamyz", "qazan", "qarasha", "jeltoqsan", "naýryz", "sársenbi",
	"жылы", "жылдың", "тонна", "тоннаны", "бидай", "астық", "мал", "арқылы", "туралы", "бойынша",
	"деп", "мен", "және", "осы", "бұл", "ақпан", "мамыр", "шілде", "тамыз", "қазан", "қараша",
	"импорттады", "экспорттады", "жеткізілді", "тыйым", "шектеу",
	"turyp", "qaldy", "astam", "shekara", "shekarada", "stansasynda", "arpa", "eksporttady", "eksportty",
	"jetkizdi", "kezek", "kezekte", "qazaqstannan", "qytaıǵa", "qytaıdan", "tekserdi", "tekseredi",
	"mamandary", "sarapshylary", "tyıym", "salyndy", "shekteý", "boıyndsha", "arqyly", "tur",
	"kóligi", "qazaqstandyq", "toqtatty", "toqtatyldy", "alyp", "tastady", "etin", "etine",
	// The same kind of words, in the 2018 spelling: the neighbours' case forms, months, the verbs and
	// nouns of the four kinds.
	"qytaıdyń", "reseı", "reseıden", "reseıge", "reseıdiń", "qazaqstannyń", "qazaqstanǵa", "ózbekstan",
	"ózbekstanǵa", "elden", "bıyl", "byltyr", "qańtar", "sáýir", "maýsym", "qyrkúıek", "aılarynda",
	"aıynda", "kezeńde", "myń", "tonnaǵa", "tonnadan", "bıdaı", "astyǵy", "sıyr", "qoı", "eksporttaldy",
	"jetkizildi", "jóneltildi", "shekteýdi", "tyıymdy", "saldy", "engizdi", "tekserý",
	"ınspeksııa", "vagon", "vagondar", "kútip", "bekette", "ótkizý", "ministrligi", "baspasóz", "málimetinshe",
	"habarlady", "derekterine", "sáıkes", "degen", "osy", "bul", "keıin", "deıin", "dep",
}

// isLetter is unicode.IsLetter with the ASCII and Cyrillic blocks, which most text is written in, read
// without the Unicode tables.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x400 && r <= 0x4FF:
		return r < 0x482 || r > 0x489 // U+0482 is a sign, U+0483–U+0489 combining marks
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7 // Latin-1 and Latin Extended: all letters but × and ÷
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case isPunctBlock(r):
		return false
	}
	return unicode.IsLetter(r)
}

// kazakhWords counts the words of text that kazakhWord knows, up to enough. low is text lowercased,
// or "" to lowercase each word here. Words of ASCII and Cyrillic letters are delimited from their
// bytes; only other runes are decoded.
func kazakhWords(text, low string, enough int) int {
	src := low
	if src == "" {
		src = text
	}
	n := 0
	for i := 0; i < len(src) && n < enough; {
		if c := src[i]; c < utf8.RuneSelf && !isASCIILetter(c) {
			i++ // spaces and punctuation, without a call
			continue
		}
		var m int
		if c := src[i]; c < utf8.RuneSelf {
			m = 1 // an ASCII letter: the others were passed above
		} else if (c == 0xD0 || c == 0xD1 || c == 0xD3) && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			m = 2 // U+0400–U+047F and U+04C0–U+04FF are letters, read from their bytes as below
		} else {
			r, n := decodeRune(src, i)
			if !isLetter(r) {
				i += n
				continue
			}
			m = n
		}
		j := i + m
		for j < len(src) {
			if c := src[j]; c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'') {
					break // an apostrophe is a letter's in the 2017 spelling: ja'ne, qytai'g'a
				}
				j++
				continue
			} else if (c == 0xD0 || c == 0xD1 || c == 0xD3) && j+1 < len(src) {
				if c <= 0xD1 && j+8 <= len(src) && cyrillic4(load8(src, j)) {
					j += 8 // four of them at once
					continue
				}
				j += 2 // U+0400–U+047F and U+04C0–U+04FF are letters
				continue
			}
			r2, m2 := decodeRune(src, j)
			if !isLetter(r2) && r2 != '’' {
				break
			}
			j += m2
		}
		if w := src[i:j]; len(w) <= 24 {
			if low == "" {
				w = strings.ToLower(w)
			}
			if kazakhWord(w) {
				n++
			}
		}
		i = j
	}
	return n
}
