package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"agrowatch"
)

// span is a half-open byte range [start, end) of a text.
type span struct{ start, end int }

// Sentences splits text into sentences as written, whitespace folded. Paragraph breaks (a blank line)
// always end a sentence; a full stop, "!", "?" or "…" ends one only when whitespace and a capital,
// digit or opening quote follow (after "?" any letter), not inside «…» or “…”, and not after a scale word or abbreviation
// that never ends a sentence ("тыс.", "млн.", "U.S.", "т.е.", an initial). Chinese 。！？ end a
// sentence where they stand, but for one closing a quote that a short clause of who speaks follows
// (zhAttribution).
func Sentences(text string) []string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	spans := sentenceSpans(text, nil)
	out := make([]string, 0, len(spans))
	for _, sp := range spans {
		if s := fold(text[sp.start:sp.end]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sentenceSpans appends the spans of text's sentences to dst, trimmed of surrounding whitespace.
func sentenceSpans(text string, dst []span) []span {
	start := -1  // start of the current sentence, -1 before its first non-space rune
	lastNS := -1 // end of the last non-space rune
	depth := 0   // «…» and “…” nesting
	lineStart := 0
	emit := func(end int) {
		if start >= 0 && end > start {
			dst = append(dst, span{start, end})
		}
		start, depth = -1, 0
	}
	for i := 0; i < len(text); {
		if !spanStop[text[i]] {
			// Letters, digits and most punctuation: no sentence ends here and nothing nests.
			// The run goes on over single spaces between words, which neither end nor start anything;
			// lastNS is the end of its last byte that is no space.
			j := spanRunEnd(text, i+1)
			ns := j
			for text[ns-1] == ' ' {
				ns--
			}
			if start < 0 {
				start = i
			}
			lastNS, i = ns, j
			continue
		}
		if text[i] == ' ' {
			i++ // the commonest stop: a space between words, which neither ends nor starts anything
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeRune(text, i)
		}
		if r == '\n' {
			// A blank line ends the paragraph, and the sentence with it.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(lastNS)
				i = j + 1
				continue
			}
			if start >= lineStart && headlineEnd(text, lastNS, j) {
				// A line with no closing punctuation that began a sentence of its own, followed by a line
				// that starts like a sentence, is a headline or a caption: quoting it with the next
				// sentence would join two texts.
				emit(lastNS)
			}
			lineStart = i + 1
		}
		if isSpace(r) {
			i += n
			continue
		}
		if start < 0 {
			start = i
		}
		switch r {
		case '«', '“', '„':
			depth++
		case '»', '”':
			if depth > 0 {
				depth--
			}
		}
		lastNS = i + n
		switch r {
		case '。', '！', '？':
			j := skipClosers(text, i+n)
			if depth > 0 && j == i+n {
				break
			}
			if j > i+n && zhAttribution(text, j) {
				// "“去年中国海关专家来我们厂检查过两次。”哈萨克斯坦一家肉联厂的负责人说。": the quote goes with
				// the clause that says who speaks.
				depth = 0
				i = j
				continue
			}
			emit(j)
			i = j
			continue
		case '.', '!', '?', '…':
			if end, ok := sentenceEnd(text, start, i, n, depth); ok {
				emit(end)
				i = end
				continue
			}
		}
		i += n
	}
	emit(lastNS)
	return dst
}

// spanStop marks the bytes at which sentenceSpans must look at the rune: white space, the terminators
// . ! ? and the lead bytes of every other rune it reads (no-break and other Unicode spaces, « » “ ” „ …
// 。！？). Any other byte, continuation bytes included, is part of a sentence.
var spanStop = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\v\f.!?") {
		t[c] = true
	}
	for _, r := range []rune{0x85, 0xA0, 0x1680, 0x2000, 0x2028, 0x202F, 0x205F, 0x3000, '«', '»', '“', '”', '„', '…', '。', '！', '？'} {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		t[b[0]] = true
	}
	return t
}()

// spanRunEnd returns the first index from j at which text holds a byte spanStop marks other than a
// space, or len(text). It reads eight bytes at a time: a word of them that has no byte below 0x40 but
// spaces (ASCII white space and the terminators are below it) and no lead byte of 0xC0–0xCF or
// 0xE0–0xFF (those of the other stops) is skipped whole; Cyrillic's lead bytes 0xD0–0xD3 and every
// continuation byte pass. A word that has such a byte is skipped up to it, and the byte is read from
// spanStop.
func spanRunEnd(text string, j int) int {
	const high, low7, spaces = 0x8080808080808080, 0x7F7F7F7F7F7F7F7F, 0x2020202020202020
	for j+8 <= len(text) {
		w := load8(text, j)
		// Per byte: bits 7 and 6 both clear (below 0x40) but for a space, or both set (0xC0 up) but
		// for 0xD0–0xDF (bit 5 clear, bit 4 set). y's high bit is clear exactly at a space.
		y := w ^ spaces
		y = (y&low7 + low7) | y
		m := (^w&(^w<<1)&y | w&(w<<1)&^(^w<<2&(w<<3))) & high
		if m == 0 {
			j += 8
			continue
		}
		j += bits.TrailingZeros64(m) >> 3
		if spanStop[text[j]] && text[j] != ' ' {
			return j
		}
		j++
	}
	for j < len(text) && (!spanStop[text[j]] || text[j] == ' ') {
		j++
	}
	return j
}

// headlineEnd reports whether a line ending at lastNS (its last non-space byte's end) with a single
// line break before text[next:] ends a headline: the line ends in no punctuation that continues a
// sentence, and the next line starts with a capital, a digit, an opening quote or a Han character.
func headlineEnd(text string, lastNS, next int) bool {
	if lastNS <= 0 || next >= len(text) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:lastNS])
	if strings.ContainsRune(",;:-–—(«“„/&", last) {
		return false
	}
	if w := toLower(lastWord(text[:lastNS])); continuesLine(w) {
		return false // "экспорт пшеницы в\nКитай": a preposition or a conjunction never ends a headline
	}
	k := skipSpaces(text, next)
	if k >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return isUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«“„\"", r) || isHan(r)
}

// sentenceEnd decides whether the terminator at text[i:i+n] ends the sentence begun at start, and
// where that sentence ends (after any closing quotes).
func sentenceEnd(text string, start, i, n, depth int) (int, bool) {
	j := i + n
	for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
		j++
	}
	closed := j
	for closed < len(text) {
		r, m := rune(text[closed]), 1
		if r >= utf8.RuneSelf {
			r, m = decodeRune(text, closed)
		}
		if r == '»' || r == '”' || r == '"' || r == ')' || r == '’' || r == '\'' {
			if r == '»' || r == '”' {
				depth--
			}
			closed += m
			continue
		}
		if r == '…' {
			closed += m
			continue
		}
		break
	}
	if depth > 0 {
		return 0, false
	}
	// Whitespace, then something that starts a sentence.
	k := closed
	sawSpace := false
	for k < len(text) {
		r, m := rune(text[k]), 1
		if r >= utf8.RuneSelf {
			r, m = decodeRune(text, k)
		}
		if !isSpace(r) {
			break
		}
		sawSpace = true
		k += m
	}
	if k >= len(text) {
		return closed, true
	}
	if !sawSpace {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	if !(isUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“„\"'(—–-", next) || isHan(next)) &&
		// A question ends its sentence before a lowercase word too, as a chat writes it: "…alyp tastady ma? kim
		// biledi" asks, then says who knows.
		!(text[i] == '?' && isLetter(next)) {
		return 0, false
	}
	if text[i] == '.' && j == i+1 && closed == j {
		w := wordBefore(text, start, i)
		if neverFinal(w) {
			return 0, false
		}
		if unicode.IsDigit(next) && afterNumber(w) {
			return 0, false
		}
	}
	return closed, true
}

// zhAttribution reports a short clause at text[j:] that only says who spoke the quote closed before it:
// "哈萨克斯坦一家肉联厂的负责人说。", "他表示。" — no comma, no quote of its own, a verb of saying last.
func zhAttribution(text string, j int) bool {
	k := strings.IndexAny(text[j:], "。！？\n")
	if k < 0 || k > 90 {
		return false
	}
	seg := text[j : j+k]
	return !strings.ContainsAny(seg, "，,“「：") && hasAnySuffix(seg, "说", "說", "表示", "称", "稱", "说道", "說道", "指出", "介绍", "介紹")
}

// skipClosers skips closing quotes and brackets after a Chinese terminator.
func skipClosers(text string, j int) int {
	for j < len(text) {
		r, m := decodeRune(text, j)
		if r != '”' && r != '」' && r != '』' && r != '）' && r != ')' && r != '"' && r != '»' {
			break
		}
		j += m
	}
	return j
}

// wordBefore returns the word (letters and inner dots) that ends at the dot text[i]. Only its last
// dozen bytes are read: a longer word is none of the abbreviations the callers look for, and what is
// returned of it is longer than all of them.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start && i-j < 12 {
		// ASCII and Cyrillic letters from their bytes; the rest decoded.
		if c := text[j-1]; c < utf8.RuneSelf {
			if !asciiLetter[c] && c != '.' {
				break
			}
			j--
			continue
		} else if j-2 >= start && c&0xC0 == 0x80 && text[j-2] >= 0xD0 && text[j-2] <= 0xD3 {
			if text[j-2] == 0xD2 && c >= 0x82 && c <= 0x89 {
				break // U+0482–U+0489: a sign and combining marks
			}
			j -= 2
			continue
		}
		r, m := decodeLastRune(text[start:], j-start)
		if !(isLetter(r) || r == '.') {
			break
		}
		j -= m
	}
	return text[j:i]
}

// neverFinal reports whether a word before a dot is an abbreviation that does not end sentences.
func neverFinal(w string) bool {
	if w == "" {
		return false
	}
	if r, m := utf8.DecodeRuneInString(w); m == len(w) && isUpper(r) {
		return true // an initial: "Н. Назарбаев", "A. Smith"
	}
	if len(w) > 8 && !shrinksLower(w) {
		// Longer than every abbreviation below, however it is lowercased.
		return false
	}
	lw := w
	for i := 0; i < len(w); {
		r, n := decodeRune(w, i)
		if isUpper(r) {
			lw = toLower(w)
			break
		}
		i += n
	}
	switch lw {
	case "тыс", "млн", "млрд", "трлн", "т.е", "т.к", "т.н", "т.ч", "u.s", "u.k", "e.g", "i.e", "mr", "mrs",
		"ms", "dr", "prof", "vs", "no", "nos", "approx", "им", "ул", "проф", "акад", "г-н", "г-жа", "см",
		"ст", "д", "пр", "тел", "ж", "жж", "бб", "млн.", "тыс.":
		return true
	}
	return false
}

// shrinksLower reports whether s may have a rune whose lowercase is shorter than itself: some of three
// bytes and more do, and of the shorter ones only İ (U+0130, "i"), whose lead byte 0xC4 is looked for.
func shrinksLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE0 || s[i] == 0xC4 {
			return true
		}
	}
	return false
}

// afterNumber reports whether a dotted word is one that sits between numbers ("с 2023 г. 15 тыс.").
func afterNumber(w string) bool {
	switch toLower(w) {
	case "г", "гг", "т", "тн", "кг", "руб", "долл", "п", "т.г", "в", "№":
		return true
	}
	return false
}

// isUpper is unicode.IsUpper with ASCII and the Cyrillic block, which the sentence splitter asks about
// at every dot and abbreviation, read without the Unicode tables.
func isUpper(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'A' <= r && r <= 'Z'
	case r >= 0x400 && r <= 0x4FF:
		return cyrillicUpper[(r-0x400)/64]&(1<<((r-0x400)%64)) != 0
	}
	return unicode.IsUpper(r)
}

// cyrillicUpper is the set of capitals of U+0400–U+04FF, taken from the Unicode tables once.
var cyrillicUpper = func() (t [4]uint64) {
	for r := rune(0x400); r <= 0x4FF; r++ {
		if unicode.IsUpper(r) {
			t[(r-0x400)/64] |= 1 << ((r - 0x400) % 64)
		}
	}
	return t
}()

// isSpace reports Unicode white space, including the no-break and narrow no-break spaces that
// Russian uses between digit groups.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
		r == 0x3000:
		return true
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	return false // the White_Space property has no other members
}

// fold collapses every run of white space into one space and trims the ends. It returns s itself
// when nothing changes.
func fold(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); {
		// Only white space matters: ASCII's, and the Unicode spaces, whose lead bytes are 0xC2, 0xE1,
		// 0xE2 and 0xE3. Any other byte, continuation bytes included, is read as it is.
		if !foldStop[s[i]] {
			prevSpace = false
			i++
			continue
		}
		r, n := decodeRune(s, i)
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
		i += n
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldStop marks the bytes fold decodes: white space of ASCII, and the lead bytes of the Unicode spaces.
var foldStop = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = true
	}
	return t
}()

// lastWord returns the letters that end s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := decodeLastRune(s, i)
		if !isLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

// continuesLine reports a function word after which a line break continues the sentence: prepositions,
// conjunctions and articles.
func continuesLine(w string) bool {
	switch w {
	case "в", "во", "на", "из", "и", "с", "со", "к", "по", "о", "об", "для", "от", "до", "за", "у", "а", "но",
		"что", "как", "при", "под", "над", "без", "через", "или", "не",
		"the", "a", "an", "of", "to", "in", "and", "for", "from", "on", "with", "by", "at", "or", "as", "than",
		"that", "which", "its", "their", "is", "are", "was", "were",
		"мен", "және", "бен", "пен", "жəне", "jáne", "men", "ben", "pen":
		return true
	}
	return false
}

// dropWithdrawn drops the volumes of out[k:] whose figure is quoted as a claim the sentence calls wrong:
// "本报昨日报道中“2025年哈萨克斯坦对华出口大麦214万吨”有误，应为124万吨", «цифра «… 1,2 млн тонн» неверна»,
// 'The line "Kazakhstan shipped 520,000 tonnes …" in yesterday's story was wrong', or that a correction
// negates (negatedFigure). The corrected figure stays. low is the sentence lowercased, in lang, whose
// quantities qs were read.
func dropWithdrawn(out []agrowatch.Mention, k int, lang, low string, qs []quantity) []agrowatch.Mention {
	if len(out) == k {
		return out
	}
	wrong := withdrawnWords.in(lang, low)
	quoted := wrong && containsAny(low, "«", "“", "\"", "「") // not strings.ContainsAny, which decodes every rune for a set beyond ASCII
	claimed := wrong && claimWords.in(lang, low)
	corrected := correctionWords.in(lang, low)
	if !quoted && !claimed && !corrected {
		return out
	}
	n := k
	for _, m := range out[k:] {
		if !(quoted && quotedWrong(m, lang, low, qs) || claimed && claimedWrong(m, lang, low, qs) || corrected && negatedFigure(m, low, qs)) {
			out[n] = m
			n++
		}
	}
	return out[:n]
}

// negatedFigure reports a volume whose figure, one of qs, a correction negates: "Kazakhstan exported 287,000
// tonnes …, not 387,000 tonnes as stated in an earlier version", «…, а не 387 тыс. тонн, как сообщалось
// ранее», "而非此前报道的38.7万吨", "… 387 мың тонна емес".
func negatedFigure(m agrowatch.Mention, low string, qs []quantity) bool {
	return anyFigure(m, qs, func(q quantity) bool {
		clause := low[:q.start]
		if i := max(strings.LastIndex(clause, ","), strings.LastIndex(clause, "，")); i >= 0 {
			clause = clause[i:]
		}
		clause = strings.TrimLeft(clause, ",， ")
		// The clause of the figure opens with the negation, or the Kazakh «емес» follows it.
		return hasAnyPrefix(clause, "not ", "а не ", "而非", "并非", "而不是") || hasAnyPrefix(strings.TrimLeft(low[q.end:], " "), "емес", "emes")
	})
}

// anyFigure reports whether ok accepts one of the quantities qs that is m's figure.
func anyFigure(m agrowatch.Mention, qs []quantity, ok func(quantity) bool) bool {
	for _, q := range qs {
		if q.kind == qMass && q.value == m.Tonnes && ok(q) {
			return true
		}
	}
	return false
}

// correctionWords tell a sentence that corrects a figure told before, in every language.
var correctionWords = langWords{
	ru: []string{"поправка", "уточнение", "как сообщалось", "как ошибочно", "ошибочно"},
	kk: []string{"түзету", "бұрын хабарланғандай", "tuzetý", "buryn habarlanǵandaı"},
	en: []string{"correction", "as stated", "as reported", "earlier version", "as previously reported"},
	zh: []string{"更正", "此前报道", "此前報道", "原报道", "原報道"},
}

// quotedWrong reports a volume whose figure, one of qs, stands inside quotes followed, in the clause
// after them, by a word that calls the quoted claim wrong.
func quotedWrong(m agrowatch.Mention, lang, low string, qs []quantity) bool {
	return anyFigure(m, qs, func(q quantity) bool {
		end, ok := quotedSpan(low, q.start, q.end)
		if !ok {
			return false
		}
		rest := low[end:]
		if i := strings.IndexAny(rest, ",;:，；：。"); i >= 0 {
			rest = rest[:i]
		}
		return withdrawnWords.in(lang, rest)
	})
}

// claimedWrong reports a volume whose figure, one of qs, is told in the clause of a claim the sentence
// then calls wrong, with no quotes: "A viral claim that Kazakhstan shipped five million tons of wheat to
// China is false", «Утверждение о том, что Казахстан отгрузил … 5 млн тонн, не соответствует
// действительности»; in Kazakh the claim's noun follows its clause ("… 5 млн тонна бидай жөнелтті деген
// ақпарат қате").
func claimedWrong(m agrowatch.Mention, lang, low string, qs []quantity) bool {
	return anyFigure(m, qs, func(q quantity) bool {
		rest := low[q.end:]
		wrong := withdrawnWords.index(lang, rest)
		if wrong.end == 0 {
			return false // the claim called wrong before the figure: the figure is what is true
		}
		if lang == "kk" || lang == "zh" {
			c := claimWords.index(lang, rest[:wrong.start])
			return c.end > 0 && !strings.ContainsAny(rest[:c.start], ",;，；")
		}
		c := claimWords.index(lang, low[:q.start])
		return c.end > 0 && !strings.ContainsAny(low[c.end:q.start], ";；") && !strings.ContainsAny(rest[:wrong.start], ";；")
	})
}

// claimWords name a claim whose clause a sentence goes on to call wrong, in every language.
var claimWords = langWords{
	ru: []string{"утверждение о том", "утверждения о том", "сообщения о том", "сообщение о том", "информация о том",
		"слухи о том", "утверждение, что", "утверждения, что"},
	kk: []string{"деген ақпарат", "деген мәлімет", "деген пікір", "деген хабар", "degen aqparat", "degen málimet",
		"degen pikir", "degen habar"},
	en: []string{"claim that", "claims that", "claimed that", "reports that", "rumours that", "rumors that", "posts saying"},
	zh: []string{"的说法", "的說法", "的消息", "的传言", "的傳言"},
}

// quotedSpan reports whether low[a:b] lies between an opening quote and its closing one, and where the
// closing quote ends.
func quotedSpan(low string, a, b int) (end int, ok bool) {
	open := strings.LastIndexAny(low[:a], "«“\"「")
	if open < 0 {
		return 0, false
	}
	if strings.ContainsAny(low[open+1:a], "»”\"」") {
		return 0, false // a quote closed before the figure
	}
	i := strings.IndexAny(low[b:], "»”\"」")
	if i < 0 {
		return 0, false
	}
	_, n := utf8.DecodeRuneInString(low[b+i:])
	return b + i + n, true
}

// withdrawnWords call a quoted claim wrong, in every language.
var withdrawnWords = langWords{
	ru: []string{"неверн", "ошибочн", "не соответствует действительности"},
	kk: []string{"қате", "шындыққа сәйкес емес", "qate", "shyndyqqa sáıkes emes"},
	en: []string{"was wrong", "is wrong", "was incorrect", "is incorrect", "was false", "is false", "are false", "were false", "is untrue", "are untrue", "was inaccurate", "in error"},
	zh: []string{"有误", "有誤", "不实", "不實", "错误", "錯誤", "不准确", "不準確"},
}
