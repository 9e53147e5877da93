package extract

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The extractor's per-byte loops (lowerText, sentenceSpans, the lexicon's scan) read ASCII, Cyrillic
// and Han from their bytes without decoding every rune. Each is checked here against a straightforward
// rune-by-rune version of itself, on the test sets' texts and under fuzzing.

// lowerTextRef lowercases rune by rune through the Unicode tables.
func lowerTextRef(s string) string {
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

// sentenceSpansRef decodes every rune.
func sentenceSpansRef(text string, dst []span) []span {
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
		r, n := decodeRune(text, i)
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

// scanRef decodes every rune.
func (lx *lexicon) scanRef(low string, dst []hit) []hit {
	prevWord := false
	for i := 0; i < len(low); {
		r, n := decodeRune(low, i)
		han := r >= 0x2E80 && isHan(r)
		isWord := han || isWordRune(r)
		if han || (isWord && !prevWord) {
			if lx.maybeFirst(r) {
				if end, w := lx.trie.match(low, i); w >= 0 {
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

// matchRef finds the word at low[i:] by trying every word of the lexicon: the longest that low[i:]
// starts with, a whole word only where a word ends.
func (lx *lexicon) matchRef(low string, i int) (int, int32) {
	best, bestEnd := int32(-1), 0
	for id, w := range lx.words {
		if !strings.HasPrefix(low[i:], w.pat) || len(w.pat) <= bestEnd-i {
			continue
		}
		end := i + len(w.pat)
		if w.whole && end < len(low) {
			if r, _ := utf8.DecodeRuneInString(low[end:]); isWordRune(r) && !isHan(r) {
				continue
			}
		}
		best, bestEnd = int32(id), end
	}
	return bestEnd, best
}

// matchLenRef is the trie's match found by looking up every prefix of low[i:], longest first, among
// the lexicon's patterns.
func (lx *lexicon) matchLenRef(pats patIndex, low string, i int) (int, int32) {
	for end := min(len(low), i+pats.maxLen); end > i; end-- {
		ids, ok := pats.ids[low[i:end]]
		if !ok {
			continue
		}
		if ids[0] >= 0 && (end == len(low) || func() bool {
			r, _ := utf8.DecodeRuneInString(low[end:])
			return !isWordRune(r) || isHan(r)
		}()) {
			return end, ids[0]
		}
		if ids[1] >= 0 {
			return end, ids[1]
		}
	}
	return 0, -1
}

// patIndex maps each pattern of the lexicon to its whole word's and its stem's ids, -1 where there is
// none.
type patIndex struct {
	ids    map[string][2]int32
	maxLen int // the longest pattern's length in bytes
}

func patIDs(lx *lexicon) patIndex {
	m := make(map[string][2]int32)
	n := 0
	for id, w := range lx.words {
		n = max(n, len(w.pat))
		ids, ok := m[w.pat]
		if !ok {
			ids = [2]int32{-1, -1}
		}
		if w.whole {
			ids[0] = int32(id)
		} else {
			ids[1] = int32(id)
		}
		m[w.pat] = ids
	}
	return patIndex{ids: m, maxLen: n}
}

// detectLangRef decodes every rune.
func detectLangRef(text, low string) string {
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
	for i, r := range text {
		// Web addresses are Latin whatever the language around them; a Han character ends one.
		if isSpace(r) || inURL && unicode.Is(unicode.Han, r) {
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
		case unicode.IsLetter(r) && unicode.Is(unicode.Latin, r):
			lat++
			if isKazakhLatin(r) {
				kkLat++
			}
		}
	}
	return langOf(text, low, han, cyr, kkCyr, lat, kkLat)
}

// fastSeeds are texts that exercise every script and case the fast paths read.
var fastSeeds = []string{
	"ЁЖИК Ёлка ёлка ЀЍЎЏ ѐѝўџ Ѡѡ ѢѣѴѵ Ҁҁ Ҋҋ ҒғҚқҢңҮүҰұҺһ ӀӁӂ Ӑӑ ӘәӨө Ӿӿ",
	"QAZAQSTAN Qazaqstan ÁǴIŃÓÚÝ áǵıńóúý Şş × ÷ ÀÞß",
	"海關總署 暫停進口 哈薩克斯坦 牛肉 萬噸 海关总署。",
	"Экспорт ПШЕНИЦЫ в Китай — 1\u00a0232 тыс. тонн «зерна». Simple English TEXT.",
	"\xd0\xff broken \xd1 \xd2\x41 tail\xd0",
	"Экспорт вырос на 1,5 млн тонн, а импорт — на 300,000 тонн; и всё же: exports and imports, 出口增长，而进口下降。 Ол енді келді jáne endi keldi және и and 而",
}

// checkFast compares each fast path with its reference on s and returns what differs.
func checkFast(lx *lexicon, pats patIndex, s string) string {
	if _, got := lowerValid(s); got != utf8.ValidString(s) {
		return fmt.Sprintf("lowerValid says valid %v", got)
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	low := lowerText(s)
	if want := lowerTextRef(s); low != want {
		return fmt.Sprintf("lowerText = %q, want %q", low, want)
	}
	if got, want := sentenceSpans(s, nil), sentenceSpansRef(s, nil); !slices.Equal(got, want) {
		return fmt.Sprintf("sentenceSpans = %v, want %v", got, want)
	}
	if got, want := lx.scan(low, nil, new(bool)), lx.scanRef(low, nil); !slices.Equal(got, want) {
		return fmt.Sprintf("scan = %v, want %v", got, want)
	}
	if got, want := detectLang(s, low), detectLangRef(s, low); got != want {
		return fmt.Sprintf("detectLang = %q, want %q", got, want)
	}
	if got, want := detectLang(s, ""), detectLangRef(s, ""); got != want {
		return fmt.Sprintf("detectLang without the lowercase = %q, want %q", got, want)
	}
	for _, sp := range sentenceSpans(s, nil) {
		if msg := checkClauses(low, sp); msg != "" {
			return msg
		}
		for _, ct := range []bool{false, true} {
			if got, want := scanQuantities(s[sp.start:sp.end], ct, nil), scanQuantitiesRef(s[sp.start:sp.end], ct); !slices.Equal(got, want) {
				return fmt.Sprintf("scanQuantities = %v, want %v", got, want)
			}
		}
		if got, want := fold(s[sp.start:sp.end]), foldRef(s[sp.start:sp.end]); got != want {
			return fmt.Sprintf("fold = %q, want %q", got, want)
		}
	}
	for _, t := range []string{s, " " + s, s + "\u00a0", strings.ReplaceAll(s, " ", "  ")} {
		if got, want := fold(t), foldRef(t); got != want {
			return fmt.Sprintf("fold = %q, want %q", got, want)
		}
	}
	for _, h := range lx.scan(low, nil, new(bool)) {
		if end, w := lx.matchRef(low, int(h.pos)); w < 0 || end != int(h.end) || lx.words[w].pat != lx.words[h.w].pat {
			return fmt.Sprintf("match at %d = %q, want %q", h.pos, lx.words[h.w].pat, lx.words[max(w, 0)].pat)
		}
	}
	for i := 0; i < len(low); {
		r, n := decodeRune(low, i)
		if lx.maybeFirst(r) {
			end, w := lx.trie.match(low, i)
			if wantEnd, want := lx.matchLenRef(pats, low, i); w != want || w >= 0 && end != wantEnd {
				return fmt.Sprintf("match at %d = %d/%d, want %d/%d", i, w, end, want, wantEnd)
			}
		}
		i += n
	}
	for i := 0; i <= len(low); i++ {
		for _, to := range []int{len(low), min(i+3, len(low))} {
			if got, want := wordEnd(low, i, to), wordEndRef(low, i, to); got != want {
				return fmt.Sprintf("wordEnd(%d, %d) = %d, want %d", i, to, got, want)
			}
		}
		for _, b := range []int{i + 5, i + 20, i + 60, len(low)} {
			if b = min(b, len(low)); gapWords(low, i, b) != gapWordsRef(low, i, b) {
				return fmt.Sprintf("gapWords(%d, %d) = %d, want %d", i, b, gapWords(low, i, b), gapWordsRef(low, i, b))
			}
		}
		if w, j := token(s, i); j != tokenRef(s, i) || w != s[i:j] {
			return fmt.Sprintf("token(%d) ends at %d, want %d", i, j, tokenRef(s, i))
		}
	}
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
			return fmt.Sprintf("decodeRune at %d = %U/%d, want %U/%d", i, r, n, wr, wn)
		}
		if sr, sn := decodeShort(s, i); sn != 0 && (sr != r || sn != n) || sn == 0 && n <= 2 && r != utf8.RuneError {
			return fmt.Sprintf("decodeShort at %d = %U/%d, want %U/%d", i, sr, sn, r, n)
		}
		if got, want := isWordRune(r), unicode.IsLetter(r) && !(r >= 0x482 && r <= 0x489) || unicode.IsDigit(r) ||
			unicode.Is(unicode.Mn, r) && !(r >= 0x482 && r <= 0x489) && !variationSelector(r); got != want {
			return fmt.Sprintf("isWordRune(%U) = %v", r, got)
		}
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			return fmt.Sprintf("isHan(%U) = %v", r, got)
		}
		i += n
	}
	return ""
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add(s)
	}
	lx := New().lex
	pats := patIDs(lx)
	f.Fuzz(func(t *testing.T, s string) {
		if msg := checkFast(lx, pats, s); msg != "" {
			t.Fatalf("%q: %s", s, msg)
		}
	})
}

// TestFastPathsOnSets runs the differential checks over every text of the test sets.
func TestFastPathsOnSets(t *testing.T) {
	texts := append([]string(nil), fastSeeds...)
	texts = append(texts, setTexts(t)...)
	lx := New().lex
	pats := patIDs(lx)
	for _, s := range texts {
		if msg := checkFast(lx, pats, s); msg != "" {
			t.Errorf("%.60q: %.300s", s, msg)
		}
	}
	if len(texts) < 500 {
		t.Fatalf("only %d texts read from the test sets", len(texts))
	}
}

// setTexts returns the texts and titles of every JSON-lines file and the text files under testdata.
func setTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		switch filepath.Ext(path) {
		case ".txt":
			out = append(out, string(b))
		case ".jsonl":
			for _, line := range strings.Split(string(b), "\n") {
				var doc struct{ Title, Text string }
				if json.Unmarshal([]byte(line), &doc) == nil && doc.Text != "" {
					out = append(out, doc.Text, doc.Title+"\n\n"+doc.Text)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestStemCuesInherited checks compileLexicon's prefix lookups against every pair of words: a word
// that is not a mask carries the cues of every stem it starts with.
func TestStemCuesInherited(t *testing.T) {
	words := New().lex.words
	pairs := 0
	for i, w := range words {
		if w.feat&fMask != 0 {
			continue
		}
		for j, s := range words {
			if i == j || s.whole || !strings.HasPrefix(w.pat, s.pat) {
				continue
			}
			pairs++
			if missing := s.feat & cueFeats &^ w.feat; missing != 0 {
				t.Errorf("%q lacks the cues %b of the stem %q", w.pat, missing, s.pat)
			}
		}
	}
	if pairs < 100 {
		t.Fatalf("only %d stem pairs in the lexicon", pairs)
	}
}

// checkPeriods compares compiledPeriod.findAll with the FindAll of the whole pattern it stands for, on
// the lowercase of s and on each of its sentences: the phrase (group 1) and the end of every match.
func checkPeriods(ps []compiledPeriod, s string) string {
	for _, t := range periodTexts(s) {
		if msg := checkPeriodsOn(ps, t); msg != "" {
			return msg
		}
	}
	return ""
}

// periodTexts are the lowercase of s and each of its sentences.
func periodTexts(s string) []string {
	low := lowerText(strings.ToValidUTF8(s, "\uFFFD"))
	texts := []string{low}
	for _, sp := range sentenceSpans(low, nil) {
		texts = append(texts, low[sp.start:sp.end])
	}
	return texts
}

// checkPeriodsOn compares the matches of ps in one lowercase text.
func checkPeriodsOn(ps []compiledPeriod, t string) string {
	for i := range ps {
		got, want := ps[i].findAll(t), ps[i].re.FindAllStringSubmatchIndex(t, -1)
		if len(got) != len(want) {
			return fmt.Sprintf("pattern %d: %d matches, want %d in %q", i, len(got), len(want), t)
		}
		for k := range got {
			if got[k][1] != want[k][1] || !slices.Equal(got[k][2:], want[k][2:]) {
				return fmt.Sprintf("pattern %d: match %v, want %v in %q", i, got[k], want[k], t)
			}
		}
	}
	return ""
}

// periodSeeds are sentences with the time phrases of every pattern family, at the start, after
// punctuation, next to each other and inside words.
var periodSeeds = []string{
	"За январь-октябрь 2023 года и в 2022 году, в этом году и с начала года: за 9 месяцев 2023 г.",
	"In 2023, during the 2019/20 marketing year, for 2022 and by 2024; in the first half of 2023, in May–June 2023.",
	"2023 жылы, 2022 жылғы қаңтар-тамызда, биылғы, jyl basynan beri, 2023 jylǵy, тоғыз айында, өткен жылы.",
	"2023年1-7月，今年前三季度，去年，2025/26销售年度，7月单月，前8个月，2022年的75万吨。",
	"in2023 xin 2023 «в 2023 году» (за март) в\u00a0прошлом году—за первое полугодие 2023 года, 2022’s 615,000 tons.",
	// Phrases one boundary rune apart, the first ending where the second's boundary starts; and phrases
	// after a digit, which is no boundary.
	"в марте в апреле 2023 года,за май,за июнь; in May in June, in July,in August",
	"12в 2023 году, 7за март, x5 in 2023, 3in 2024",
}

func FuzzPeriodFinds(f *testing.F) {
	for _, s := range periodSeeds {
		f.Add(s)
	}
	ps := compilePeriods()
	f.Fuzz(func(t *testing.T, s string) {
		if msg := checkPeriods(ps, s); msg != "" {
			t.Fatal(msg)
		}
	})
}

// TestPeriodFindsOnSets runs checkPeriods over every text of the test sets.
func TestPeriodFindsOnSets(t *testing.T) {
	ps := compilePeriods()
	anchored := 0
	for i := range ps {
		if ps[i].rest != nil {
			anchored++
		}
	}
	if anchored < 20 {
		t.Fatalf("only %d period patterns are tried at their candidates", anchored)
	}
	// Each text once: a set's one-sentence line is its own sentence, and an article comes with and
	// without its title (the race detector makes the patterns slow enough to matter).
	seen := make(map[string]bool)
	for _, s := range append(append([]string(nil), periodSeeds...), setTexts(t)...) {
		for _, low := range periodTexts(s) {
			if seen[low] {
				continue
			}
			seen[low] = true
			if msg := checkPeriodsOn(ps, low); msg != "" {
				t.Errorf("%.60q: %.300s", s, msg)
			}
		}
	}
}

// checkClauses compares the clauses that sentence.clause finds from its breaks with those clauseAt
// reads rune by rune, at every position of the sentence sp of low.
func checkClauses(low string, sp span) string {
	for i := sp.start; i <= sp.end; i++ {
		if got, want := clauseConj(low[:i]), clauseConjRef(low[:i]); got != want {
			return fmt.Sprintf("clauseConj(%q) = %v", low[:i], got)
		}
	}
	s := &sentence{low: low, sp: sp}
	for pos := sp.start; pos <= sp.end; pos++ {
		a, b := s.clause(pos)
		if wa, wb := s.clauseAt(pos); a != wa || b != wb {
			return fmt.Sprintf("clause(%d) = %d, %d, want %d, %d in %q", pos, a, b, wa, wb, low[sp.start:sp.end])
		}
	}
	return ""
}

// TestIsUpper compares isUpper with unicode.IsUpper on every rune.
func TestIsUpper(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isUpper(r) != unicode.IsUpper(r) {
			t.Fatalf("isUpper(%U) = %v", r, isUpper(r))
		}
	}
}

// TestIsLetterEveryRune compares isLetter, which findAll reads \p{L} with, with unicode.IsLetter on every rune.
func TestIsLetterEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
}

// clauseConjRef compares every conjunction, as clauseConj did before it looked at the bytes before the
// space (the "and" of "four hundred and twenty" joins no clauses).
func clauseConjRef(low string) bool {
	for _, c := range [...]string{" and ", " и ", " және ", " jáne ", " endi ", " енді ", "而"} {
		if strings.HasSuffix(low, c) {
			return c != " and " || !strings.HasSuffix(strings.TrimSuffix(low, c), "hundred")
		}
	}
	return false
}

// TestContains compares contains, index and lastIndex with strings.Contains, Index and LastIndex on phrases of every script cut from the seeds,
// at every offset of every seed.
func TestContains(t *testing.T) {
	for _, s := range fastSeeds {
		s = strings.ToValidUTF8(s, "\uFFFD")
		for i := 0; i < len(s); i++ {
			for n := 1; n <= 12 && i+n <= len(s); n++ {
				w := s[i : i+n]
				for _, h := range fastSeeds {
					if got, want := contains(h, w), strings.Contains(h, w); got != want {
						t.Fatalf("contains(%q, %q) = %v", h, w, got)
					}
					if got, want := index(h, w), strings.Index(h, w); got != want {
						t.Fatalf("index(%q, %q) = %d, want %d", h, w, got, want)
					}
					if got, want := lastIndex(h, w), strings.LastIndex(h, w); got != want {
						t.Fatalf("lastIndex(%q, %q) = %d, want %d", h, w, got, want)
					}
				}
			}
		}
	}
}

// variationSelector reports U+FE00–U+FE0F, the marks that end an emoji ("❗️"): no letter of the word after.
func variationSelector(r rune) bool { return r >= 0xFE00 && r <= 0xFE0F }

// TestIsWordRuneEveryRune compares isWordRune with its definition from the Unicode tables on every rune.
func TestIsWordRuneEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsLetter(r) && !(r >= 0x482 && r <= 0x489) || unicode.IsDigit(r) ||
			unicode.Is(unicode.Mn, r) && !(r >= 0x482 && r <= 0x489) && !variationSelector(r)
		if isWordRune(r) != want {
			t.Fatalf("isWordRune(%U) = %v", r, !want)
		}
	}
}

// TestDecodeLastRune compares decodeLastRune with utf8.DecodeLastRuneInString at every end of the seeds.
func TestDecodeLastRune(t *testing.T) {
	for _, s := range fastSeeds {
		for end := 0; end <= len(s); end++ {
			r, n := decodeLastRune(s, end)
			if wr, wn := utf8.DecodeLastRuneInString(s[:end]); r != wr || n != wn {
				t.Fatalf("decodeLastRune(%q, %d) = %U/%d, want %U/%d", s, end, r, n, wr, wn)
			}
		}
	}
}

// TestToLower compares toLower with strings.ToLower on every word and every cut of the seeds.
func TestToLower(t *testing.T) {
	for _, s := range fastSeeds {
		for i := 0; i < len(s); i++ {
			for j := i; j <= len(s) && j <= i+16; j++ {
				if got, want := toLower(s[i:j]), strings.ToLower(s[i:j]); got != want {
					t.Fatalf("toLower(%q) = %q, want %q", s[i:j], got, want)
				}
			}
		}
	}
}

// TestYearsIn compares yearsIn with the regular expression it stands for, on every cut of the period
// seeds and of digit strings.
func TestYearsIn(t *testing.T) {
	re := regexp.MustCompile(year4)
	texts := append([]string{"19201920", "2019202", "120201", "1999/2000", "20202020x2021", "192", "x1900y"}, periodSeeds...)
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				ys := re.FindAllString(s[i:j], -1)
				n, y := yearsIn(s[i:j])
				if n != len(ys) || n > 0 && y != ys[0] {
					t.Fatalf("yearsIn(%q) = %d, %q, want %q", s[i:j], n, y, ys)
				}
			}
		}
	}
}

// wordEndRef is wordEnd decoding every rune.
func wordEndRef(low string, i, to int) int {
	for i < to {
		r, n := utf8.DecodeRuneInString(low[i:to])
		if !isWordRune(r) || isHan(r) {
			break
		}
		i += n
	}
	return i
}

// tokenRef is where token's word ends, decoding every rune.
func tokenRef(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) || isHan(r) {
			break
		}
		i += n
	}
	return i
}

// gapWordsRef is gapWords decoding every rune.
func gapWordsRef(low string, a, b int) int {
	if b < a {
		return -1
	}
	a = wordEnd(low, a, b)
	n, inWord := 0, false
	for _, r := range low[a:b] {
		switch {
		case isSpace(r) || r == '-' || r == '«' || r == '»' || r == '"' || r == '“' || r == '”':
			inWord = false
		case isHan(r):
			n++
			inWord = false
		case isWordRune(r) || r == '\'' || r == '’' || r == '.':
			if !inWord {
				n++
			}
			inWord = true
		default:
			return -1
		}
	}
	return n
}

// foldRef is fold decoding every rune.
func foldRef(s string) string {
	var b strings.Builder
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

// scanQuantitiesRef is scanQuantities reading every rune of a word.
func scanQuantitiesRef(s string, commaThousands bool) []quantity {
	var dst []quantity
	prev := rune(' ')
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			if (isWordRune(prev) && !isHan(prev)) || prev == '.' || prev == ',' {
				for i < len(s) && isDigit(s[i]) {
					i++
				}
				prev = '0'
				continue
			}
			q, end := parseQuantityAt(s, i, commaThousands)
			if end > i {
				if q.start >= 0 {
					dst = append(dst, q)
				}
				i = end
				prev, _ = utf8.DecodeLastRuneInString(s[:end])
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x4E00 && !hanNumeral(prev) && (hanDigit(r) > 0 || r == '十') {
			if q, end, ok := hanQuantityAt(s, i); ok {
				dst = append(dst, q)
				i = end
				prev = '吨'
				continue
			}
		}
		if r == '万' || r == '萬' {
			if q, end, ok := hanTenThousandAt(s, i+n, prev); ok {
				dst = append(dst, q)
				i, prev = end, '吨'
				continue
			}
		}
		if !isWordRune(prev) && isLetter(r) && !isHan(r) {
			if q, end, ok := wordQuantityAt(s, i, commaThousands); ok {
				dst = append(dst, q)
				i = end
				prev = ' '
				continue
			}
		}
		prev = r
		i += n
	}
	return dst
}
