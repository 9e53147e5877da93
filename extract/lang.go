package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectSample bounds how much of a long text DetectLang reads: the first few kilobytes decide.
const detectSample = 8 << 10

// DetectLang guesses the language of text: "zh" when Han characters carry it, "kk" for Cyrillic with
// the Kazakh letters ә ғ қ ң ө ұ ү һ і or for the 2018 Latin alphabet (á ǵ ı ń ó ú ý, ş …), or with
// Kazakh words and word shapes that Russian or English function words do not outweigh, "ru" for other
// Cyrillic and "en" for other Latin text. It returns "" when text has no letters at all.
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
	return langOf(text, low, han, cyr, kkCyr, lat, kkLat)
}

// langOf decides detectLang from its counts of Han, Cyrillic and Latin letters and of the Kazakh ones
// among them, reading text's words when the letters leave it open.
func langOf(text, low string, han, cyr, kkCyr, lat, kkLat int) string {
	letters := han + cyr + lat
	switch {
	case letters == 0:
		return ""
	case han > 0 && han*3 >= cyr+lat:
		// A Han character carries a word; a few Latin acronyms (GACC) do not outweigh it.
		return "zh"
	case cyr >= lat:
		// Russian text naming Қазақстан has a Kazakh letter or two; Kazakh has one in every few words.
		// A short Russian sentence naming two Kazakh places ("посетила Қорғас и Алтынкөл") has as many:
		// where they are fewer than one letter in six, Russian function words outweigh them.
		if kkCyr > 0 && kkCyr*6 >= cyr {
			return "kk"
		}
		// Short Kazakh sentences may hold a single Kazakh letter; Kazakh words settle them. The Russian
		// words are counted only when a Kazakh letter or word is there to outweigh.
		letters := kkCyr > 0 && kkCyr*25 >= cyr
		if w, _ := kazakhWords(text, low, 2, false); !letters && w < 2 && (w == 0 || kkCyr == 0) {
			return "ru"
		}
		w, rw := kazakhWords(text, low, 2, true)
		if letters && rw <= w || (w >= 2 || w >= 1 && kkCyr > 0) && w > rw {
			return "kk"
		}
		return "ru"
	default:
		if kkLat >= 2 && kkLat*60 >= lat {
			return "kk"
		}
		// Latin Kazakh typed without its letters is told by its words' shapes (a q before anything but u
		// and a vowel, case and tense endings) against English function words and letters ("Xi'an",
		// "Qatar" and "Iraq" in English do not make it Kazakh).
		// The English words are counted only when a Kazakh word or apostrophe is there to outweigh.
		ap := kkInnerApostrophes(text, 2)
		if kw, _ := kazakhWords(text, low, 1, false); kw == 0 && ap < 2 {
			return "en"
		}
		kw, ew := kazakhWords(text, low, 3, true)
		if kw >= 2 && kw > 2*ew {
			return "kk"
		}
		if kw >= 1 && ew == 0 && (kkLat > 0 || ap > 0) {
			return "kk"
		}
		if ap >= 2 && kw+ap > 2*ew {
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
	if len(w) >= 3 && w[0] < utf8.RuneSelf && (len(w) >= 6 && kazakhLatinShape(w) || qShape(w) || doubledPast(w) || len(w) >= 5 && personalShape(w)) {
		return true // the length and first byte kazakhLatinShape asks first, asked here without a call
	}
	if len(w) >= 8 && w[0] >= 0xD0 && kazakhCyrillicShape(w) {
		return true
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
	case 'a': // -ynda, -yna, a dative -ga after a consonant ("paiyzga"; English "manga", "saga" end otherwise)
		if b == 'd' && w[n-4:n-2] == "yn" || b == 'n' && a == 'y' || b == 'g' && a != 'n' && a != 'h' && !isVowelASCII(a) && isASCIILetter(a) {
			return true
		}
	case 'e': // -inde
		if b == 'd' && w[n-4:n-2] == "in" {
			return true
		}
	case 'n': // -ynan, -inen, -tyn, -nyn, -dyn
		if b == 'a' && w[n-4:n-2] == "yn" || b == 'e' && w[n-4:n-2] == "in" || b == 'y' && (a == 't' || a == 'n' || a == 'd') {
			return true
		}
	case 'y', 'i': // -ydy, -yndy, the passive and -z past -ldy, -ldi, -zdy, -zdi ("jabyldy", "otkizdi")
		if b == 'd' && (c == 'y' && (a == 'y' || a == 'n' && w[n-4] == 'y') || a == 'l' || a == 'z') {
			return true
		}
		// The adjective of a locative: -dagy, -degi, -tagy, -tegi ("beketindegi", "stansasyndagy").
		if b == 'g' && (c == 'y' && a == 'a' || c == 'i' && a == 'e') && (w[n-4] == 'd' || w[n-4] == 't') {
			return true
		}
	case 'r': // the agentive plural -shylar, -shiler; a plural after r, -rlar, -rler ("fermerler")
		return strings.HasSuffix(w, "shylar") || strings.HasSuffix(w, "shiler") ||
			b == 'a' && a == 'l' && w[n-4] == 'r' || b == 'e' && a == 'l' && w[n-4] == 'r'
	}
	return kazakhLatinPluralCase(w)
}

// kazakhLatinPluralCase reports a plural ending followed by a case ending, in the spelling without
// diacritics: "elevatorlarda", "vagondardyn", "eksportterge"; English ends no word so.
func kazakhLatinPluralCase(w string) bool {
	n := len(w)
	for k := 2; k <= 3; k++ {
		if n < k+5 {
			return false
		}
		p := w[n-k-3 : n-k]
		if p[1] != 'a' && p[1] != 'e' || p[2] != 'r' || p[0] != 'l' && p[0] != 'd' && p[0] != 't' {
			continue
		}
		switch w[n-k:] {
		case "da", "de", "dy", "di", "ga", "ge", "yn", "in", "dan", "den", "dyn", "din":
			return true
		}
	}
	return false
}

// doubledPast reports a past in -tty, -tti after a vowel ("otti", "ketti", "toqtatty", "bekitti"), the Latin
// -тты of kazakhCyrillicShape; English has a few ("pretty"), never two in a sentence.
func doubledPast(w string) bool {
	n := len(w)
	return n >= 4 && (w[n-1] == 'y' || w[n-1] == 'i') && w[n-2] == 't' && w[n-3] == 't' && isVowelASCII(w[n-4])
}

// personalShape reports a Latin word with a personal ending English never writes, in the spelling without
// diacritics: the first person plural -myz, -miz (and its case forms: "turmyz", "aldymyzda",
// "elimizge"), the past of the first person singular -dym, -dim, -tym, -tim after l, r, n, t or s
// ("keldim", "aldym", "kettim"; English "victim" and "Muslim" end otherwise).
func personalShape(w string) bool {
	n := len(w)
	for k := 3; k <= 6 && k <= n-2; k++ {
		// -myz, -miz, with at most three letters of a case ending after them.
		if e := w[n-k:]; e[0] == 'm' && (e[1] == 'y' || e[1] == 'i') && e[2] == 'z' {
			switch e[3:] {
			case "", "da", "de", "ga", "ge", "dy", "di", "ny", "ni", "dan", "den", "dyn", "din":
				return true
			}
		}
	}
	a, b, c := w[n-3], w[n-2], w[n-1]
	if c == 'm' && (b == 'y' || b == 'i') && (a == 'd' || a == 't') {
		switch w[n-4] {
		case 'l', 'r', 'n', 't', 's':
			return true
		}
	}
	return false
}

// qShape reports a Latin word with a q that English and pinyin do not write: one before anything but
// u and a vowel (English "quota") or i (pinyin "Qingdao"), as Kazakh writes its back k in every spelling
// ("qazir", "tolyq", "qus", "Dostyq"). Names (Qatar, Iraq) have it too: one such word settles nothing.
func qShape(w string) bool {
	for i := strings.IndexByte(w, 'q'); i >= 0; {
		if i+1 >= len(w) {
			return true
		}
		switch c := w[i+1]; c {
		case 'i':
		case 'u':
			if i+2 < len(w) && isVowelASCII(w[i+2]) {
				break
			}
			return true
		default:
			if 'a' <= c && c <= 'z' {
				return true
			}
		}
		j := strings.IndexByte(w[i+1:], 'q')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isVowelASCII(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// kazakhCyrillicShape reports a Cyrillic word of four letters at least (w is lowercase) that ends as
// Russian ends none: a locative or ablative of a possessive (-ында, -ынан, -інде), a passive past
// (-ылды, -ынды, -ілді), a past in -лды or -тты, a converb in -ып, an accusative in -ын, an agentive plural
// (-шылар) or a plural with a case ending (-ларда, -лардан, -ларды, -тарды, -лерде, -лерді).
func kazakhCyrillicShape(w string) bool {
	n := len(w)
	switch w[n-2:] {
	case "а":
		return strings.HasSuffix(w, "ында") || strings.HasSuffix(w, "ларда")
	case "н":
		return strings.HasSuffix(w, "ынан") || strings.HasSuffix(w, "лардан") || n >= 12 && strings.HasSuffix(w, "ын")
	case "е":
		return strings.HasSuffix(w, "інде") || strings.HasSuffix(w, "лерде")
	case "ы":
		return strings.HasSuffix(w, "лды") || strings.HasSuffix(w, "ынды") || strings.HasSuffix(w, "ларды") ||
			strings.HasSuffix(w, "дарды") || strings.HasSuffix(w, "тарды") || strings.HasSuffix(w, "шылары") ||
			strings.HasSuffix(w, "тты")
	case "і":
		return strings.HasSuffix(w, "лді") || strings.HasSuffix(w, "інді") || strings.HasSuffix(w, "ерді") ||
			strings.HasSuffix(w, "тті")
	case "р":
		return strings.HasSuffix(w, "шылар") || strings.HasSuffix(w, "шілер")
	case "п":
		return strings.HasSuffix(w, "ып")
	}
	return false
}

// russianWord reports a Russian function word Kazakh does not write (not да or не, which it does).
func russianWord(w string) bool {
	switch w {
	case "и", "в", "во", "на", "с", "со", "по", "из", "за", "что", "от", "до", "для", "как", "это", "при",
		"после", "также", "к", "о", "об", "у", "но", "или", "его", "их", "был", "была", "были", "будет",
		"который", "которые":
		return true
	}
	return false
}

// englishWord reports an English function word, or a word of the letters and digraphs Kazakh in Latin
// letters lacks (w, th, ee, oo): the evidence against a Latin text's Kazakh shapes. w is lowercase.
// Words Kazakh also writes (on, at, is, as, men, bar) are left out.
func englishWord(w string) bool {
	switch w {
	case "the", "of", "and", "to", "in", "for", "with", "by", "from", "that", "this", "its", "was", "were",
		"are", "has", "have", "had", "will", "been", "said", "which", "than", "after", "into", "over", "not",
		"or", "but":
		return true
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'w':
			return true
		case 'h': // th begins or ends English words ("the", "month"); Kazakh joins t and h ("zerthana")
			if i > 0 && w[i-1] == 't' && (i == 1 || i == len(w)-1) {
				return true
			}
		case 'e', 'o':
			if i > 0 && w[i-1] == w[i] {
				return true
			}
		}
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
	// Function words and numerals of every Latin spelling, and Russia's Kazakh name in Cyrillic.
	"turaly", "bolyp", "boldy", "jatyr", "emes", "kerek", "tıis", "birge", "kezinde", "sonymen",
	"bir", "eki", "alty", "jeti", "segiz", "júz", "ресей", "ресейге", "ресейден",
	// Words of chat and speech: yesterday, today, now, day, still, tomorrow.
	"keshe", "búgin", "qazir", "kún", "áli", "erteń", "endi",
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

// kazakhWords counts the words of text that kazakhWord knows (kk) and, if foreign, the English and
// Russian words among the others (en: englishWord, russianWord), until kk-2*en reaches enough. low is
// text lowercased, or "" to lowercase each word here. Words of ASCII and Cyrillic letters are delimited
// from their bytes; only other runes are decoded.
func kazakhWords(text, low string, enough int, foreign bool) (kk, en int) {
	src := low
	if src == "" {
		src = text
	}
	n := 0
	for i := 0; i < len(src) && n-2*en < enough; {
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
			} else if foreign && (w[0] < utf8.RuneSelf && englishWord(w) || w[0] >= 0xD0 && len(w) <= 16 && russianWord(w)) {
				en++
			}
		}
		i = j
	}
	return n, en
}
