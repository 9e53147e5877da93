package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qkind is what a number counts, judged by the words around it.
type qkind uint8

const (
	qBare    qkind = iota // a number, perhaps with a scale word, and no unit
	qMass                 // a mass: value is in metric tonnes
	qMoney                // $280,4 млн, 285,5 тыс. юаней, worth $8.4 million
	qHeads                // 85 тыс. голов
	qPercent              // 66%, 5 процентов
	qRatio                // в 5,5 раза, 24-fold, 5,7 есе
	qOther                // hectares, wagons, kilometres, days …
)

// quantity is a number found in a sentence, with its scale and unit.
type quantity struct {
	start, end int     // byte span in the sentence, number to unit
	value      float64 // tonnes when kind is qMass; otherwise the scaled number
	lo         float64 // lower end of a range ("7,5–8 млн"), value otherwise
	kind       qkind
	scaled     bool    // a scale word (тыс., million, 万) followed the number
	mult       float64 // what the number as written was multiplied by: its scale and unit
}

// maxIntDigits bounds the integer part: longer digit runs are identifiers, not amounts, and would
// overflow into values JSON cannot carry.
const maxIntDigits = 15

// ParseQuantity parses the first number in s with its scale words and unit and returns it in metric
// tonnes: "51,3 тыс. тонн", "2.23 million tons", "1 232 тыс. тонн", "8 млн 153 тыс.", "25 204.8 тыс.т",
// "400,000 tons", "3,5 млн т", "2,3 мың тонна", "120万吨". A number without a unit is taken as tonnes.
// ok is false when s holds no number, or when the number is money, heads, a percentage, a ratio or
// another unit (hectares, wagons). A comma before three digits separates thousands unless s is
// Cyrillic, where it is a decimal comma ("696,770 тыс." but "400,000" is still four hundred thousand).
func ParseQuantity(s string) (tonnes float64, ok bool) {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	commaThousands := true
	for _, r := range s {
		if r >= 0x0400 && r <= 0x04FF {
			commaThousands = false
			break
		}
	}
	var buf [4]quantity
	qs := scanQuantities(s, commaThousands, buf[:0])
	if len(qs) == 0 {
		return 0, false
	}
	q := qs[0]
	if q.kind != qMass && q.kind != qBare {
		return 0, false
	}
	return q.value, true
}

// scanQuantities appends every number of s with its scale and unit. commaThousands says a comma
// before exactly three digits groups thousands (English, Chinese) rather than starting decimals.
func scanQuantities(s string, commaThousands bool, dst []quantity) []quantity {
	prev := rune(' ')
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			if (isWordRune(prev) && !isHan(prev)) || prev == '.' || prev == ',' {
				// Inside a word or an identifier (H5N1, v1.2): skip the digit run.
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
				prev, _ = decodeLastRune(s, end)
				continue
			}
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = decodeRune(s, i)
		}
		if r >= 0x4E00 && !hanNumeral(prev) && (hanDigit(r) > 0 || r == '十') {
			// A number in Chinese numerals before 吨 or 万吨: "五百万吨", "三十万吨".
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
			// A number written as a word before a scale word: "four million tons", "пяти миллионов тонн".
			if q, end, ok := wordQuantityAt(s, i, commaThousands); ok {
				dst = append(dst, q)
				i = end
				prev = ' '
				continue
			}
		}
		prev = r
		i += n
		if isWordRune(r) && !isHan(r) {
			// The rest of a word of ASCII and Cyrillic letters and digits starts nothing: no number
			// follows a word rune. Its last rune stands for the digits a run ends in as well as '0' does.
			if j := skipWord(s, i); j > i {
				prev, _ = decodeLastRune(s, j)
				i = j
			}
		}
	}
	return dst
}

// hanDigit returns the value of a Chinese numeral digit, 0 for 零, or -1.
func hanDigit(r rune) int {
	switch r {
	case '零':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// hanNumeral reports a character of a number in Chinese numerals: a digit, 十, 百, 千, 万 or 亿. A
// number is read from its first one only: "十五万吨" is not "五万吨".
func hanNumeral(r rune) bool {
	return hanDigit(r) >= 0 || strings.ContainsRune("十百千万亿萬億", r)
}

// hanTenThousandAt reads ten thousand tonnes written with no digit, its 万 ending at s[e], a word of bound
// before it (prev): "逾万吨", "近万吨", "上万吨".
func hanTenThousandAt(s string, e int, prev rune) (quantity, int, bool) {
	if !strings.ContainsRune("逾近上超", prev) || !hasAnyPrefix(s[e:], "吨", "噸") {
		return quantity{}, e, false
	}
	end := e + len("吨")
	return quantity{start: e - len("万"), end: end, value: 1e4, lo: 1e4, kind: qMass, scaled: true, mult: 1}, end, true
}

// hanQuantityAt reads a tonnage in Chinese numerals at s[i]: digits with 十, 百 and 千, then 万 or
// 亿 (萬, 億) and the section below it after them, then 吨 (噸) ("五百万吨" is 5 million tonnes, "一万两千吨"
// 12,000). Without 吨 right after it is no amount: "五年", "三家企业".
func hanQuantityAt(s string, i int) (quantity, int, bool) {
	var total float64
	section, j, seen := hanSectionAt(s, i)
	if !seen {
		return quantity{}, i, false
	}
	for j < len(s) {
		r, n := decodeRune(s, j)
		if r == '万' || r == '萬' {
			total, section = total+section*1e4, 0
		} else if r == '亿' || r == '億' {
			total, section = (total+section)*1e8, 0
		} else {
			break
		}
		j += n
		if v, e, ok := hanSectionAt(s, j); ok {
			section, j = v, e // "一万两千": the thousands after the ten thousands
		}
	}
	total += section
	if !strings.HasPrefix(s[j:], "吨") && !strings.HasPrefix(s[j:], "噸") || total <= 0 {
		return quantity{}, i, false // traditional 萬噸 as simplified 万吨
	}
	j += len("吨")
	return quantity{start: i, end: j, value: total, lo: total, kind: qMass, scaled: total >= 1e4, mult: 1}, j, true
}

// hanSectionAt reads a number below ten thousand in Chinese numerals at s[i]: digits with 十, 百 and
// 千 ("一千五百", "两百", "十二", "一千零五十"). It returns the value, its end, and whether s[i] starts
// one. 十 with no digit before it counts once: "十二" is twelve, "十万吨" ten ten-thousands.
func hanSectionAt(s string, i int) (v float64, end int, seen bool) {
	var section, digit float64
	j := i
	for j < len(s) {
		r, n := decodeRune(s, j)
		if d := hanDigit(r); d >= 0 {
			digit, seen = float64(d), true
			j += n
			continue
		}
		unit := 0.0
		switch r {
		case '十':
			unit = 10
		case '百':
			unit = 100
		case '千':
			unit = 1000
		}
		if unit == 0 {
			break
		}
		if digit == 0 && unit == 10 {
			digit = 1
		}
		section += digit * unit
		digit, seen = 0, true
		j += n
	}
	return section + digit, j, seen
}

// wordQuantityAt reads a number written in words and the unit after it at s[i]: "four million tons",
// "пяти миллионов тонн", "бес миллион тонна", and the compound a radio bulletin reads out, each scale
// after a larger one adding its part ("four hundred and twenty thousand tonnes", «один миллион двести
// тысяч тонн», «төрт миллион сегіз жүз мың тонна»). Without a scale word a number word is no amount
// ("two tons" is rare, "one of the …" common).
func wordQuantityAt(s string, i int, ct bool) (quantity, int, bool) {
	v, e, ok := wordsBelowThousand(s, i)
	if !ok {
		return quantity{}, 0, false
	}
	scale, e2 := scaleAt(s, e)
	if scale == 0 {
		return quantity{}, 0, false
	}
	total := v * scale
	for last := scale; last > 1e3; {
		// "seven million two hundred thousand": a smaller scale after a larger one adds to it.
		part, pe, ok := wordsBelowThousand(s, skipSpaces(s, e2))
		if !ok {
			break
		}
		sc, se := scaleAt(s, pe)
		if sc == 0 || sc >= last {
			break
		}
		total, e2, last = total+part*sc, se, sc
	}
	kind, factor, e3 := unitAt(s, e2)
	if kind != qMass {
		return quantity{}, 0, false
	}
	return quantity{start: i, end: e3, value: total * factor, lo: total * factor, kind: qMass, scaled: true}, e3, true
}

// wordsBelowThousand reads a number under a thousand written in words at s[i]: a unit, a ten and the
// unit after it ("сорок пять", "forty-five"), a hundred and the tens after it ("four hundred and
// twenty", «двести сорок», «сегіз жүз»). It returns the value and where the words end.
func wordsBelowThousand(s string, i int) (float64, int, bool) {
	w, e := token(s, i)
	if len(w) > 24 {
		return 0, 0, false
	}
	v, ok := numberWord(w)
	if !ok {
		return 0, 0, false
	}
	if v < 10 {
		if h, he := token(s, skipSpaces(s, e)); hundredWords[toLower(h)] == 100 {
			v, e = v*100, he // "four hundred", «сегіз жүз»
		}
	}
	if v >= 100 && v < 1000 && v == float64(int(v)/100*100) {
		k := skipSpaces(s, e)
		if a, ae := token(s, k); a == "and" {
			k = skipSpaces(s, ae) // "four hundred and twenty"
		}
		if t, te := token(s, k); len(t) <= 24 {
			if tv, ok := numberWord(t); ok && tv < 100 && tv == float64(int(tv)) {
				v, e = v+tv, te
			}
		}
	}
	if int(v)%100 >= 20 && int(v)%10 == 0 && v == float64(int(v)) {
		// "сорок пять тысяч", "forty-five thousand": the tens and the unit after them.
		k := skipSpaces(s, e)
		if e < len(s) && s[e] == '-' {
			k = e + 1
		}
		if u, ue := token(s, k); len(u) <= 24 {
			if uv, ok := numberWord(u); ok && uv >= 1 && uv < 10 && uv == float64(int(uv)) {
				v, e = v+uv, ue
			}
		}
	}
	return v, e, true
}

// numberWord returns the value of a number written as a word, or false.
func numberWord(w string) (float64, bool) {
	var v float64
	ok := false
	if numberWordStarts.has(w) {
		v, ok = numberWords[w] // looked up only for a word that starts as one of them: most do not
		if !ok {
			v, ok = tensWords[w]
		}
	}
	if !ok && isUpper(firstRune(w)) && numberWordStarts.hasKey(lowerStartKey(w)) {
		lw := toLower(w) // lowercase only a capitalised word that starts as a number word: most do not
		if v, ok = numberWords[lw]; !ok {
			v, ok = tensWords[lw]
		}
	}
	return v, ok
}

// tensWords are the tens and a hundred written as words before a scale word of tonnes: "сорок тысяч
// тонн", "forty thousand tonnes", "қырық мың тонна". (The counts at a border keep numberWords.)
var tensWords = withKKKeys(map[string]float64{
	"тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
	"шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
	"восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
	"jıyrma": 20, "otyz": 30, "qyryq": 40, "elý": 50, "alpys": 60, "jetpis": 70, "seksen": 80, "toqsan": 90,
})

// startSet is a set of the first two bytes of words (the first byte alone of a word of one byte).
type startSet [1 << 16 / 64]uint64

func startKey[T string | []byte](w T) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0])
	}
	return int(w[0])<<8 | int(w[1])
}

func (p *startSet) has(w string) bool { return p.hasKey(startKey(w)) }

func (p *startSet) hasKey(k int) bool { return p[k/64]&(1<<(k%64)) != 0 }

// lowerStartKey is startKey(toLower(w)) without lowercasing the whole word: strings.ToLower maps rune
// by rune, so the lowercase of w starts with the lowercase of its first two runes.
func lowerStartKey(w string) int {
	var buf [2 * utf8.UTFMax]byte
	b := buf[:0]
	n := 0
	for _, r := range w {
		if n == 2 {
			break
		}
		b, n = utf8.AppendRune(b, unicode.ToLower(r)), n+1
	}
	return startKey(b)
}

// numberWordStarts holds how the numbers written as words start, for wordQuantityAt to look up only
// the words that start as one.
var numberWordStarts = func() (p startSet) {
	for w := range numberWords {
		k := startKey(w)
		p[k/64] |= 1 << (k % 64)
	}
	for w := range tensWords {
		k := startKey(w)
		p[k/64] |= 1 << (k % 64)
	}
	return p
}()

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// parseQuantityAt reads the quantity whose first digit is s[i]. q.start is -1 when the digits are
// too long to be an amount.
func parseQuantityAt(s string, i int, ct bool) (quantity, int) {
	q := quantity{start: i}
	v, pos, ok := parseNumber(s, i, ct)
	if !ok {
		q.start = -1
		return q, pos
	}
	lo := v
	written := v
	// A range: "7,5–8 млн", "2-3 тыс.", "from 2 to 3 million", "от 2 до 3 млн".
	if j, isRange := rangeAfter(s, pos); isRange {
		if v2, e2, ok2 := parseNumber(s, j, ct); ok2 {
			lo, v, pos = v, v2, e2
		}
	}
	pos = skipHanApprox(s, pos)
	scale, pos2 := scaleAt(s, pos)
	if scale > 0 {
		q.scaled = true
		pos = pos2
		lo *= scale
		v *= scale
		// Compound: "8 млн 153 тыс.", "2 million 150 thousand".
		if k := skipSpaces(s, pos); k < len(s) && isDigit(s[k]) {
			if v3, e3, ok3 := parseNumber(s, k, ct); ok3 {
				if sc3, e4 := scaleAt(s, e3); sc3 > 0 && sc3 < scale {
					v += v3 * sc3
					lo += v3 * sc3
					pos = e4
				} else if kind, _, _ := unitAt(s, e3); sc3 == 0 && kind == qMass && v3 < 1000 && v3 == float64(int(v3)) && scale >= 1000 {
					// "5 тысяч 400 тонн", "2 мың 300 тонна": the units after the thousands.
					v += v3
					lo += v3
					pos = e3
				}
			}
		}
		// "7,5 млн – 8 млн тонн": the range written with the scale twice.
		if j, isRange := rangeAfter(s, pos); isRange {
			if v2, e2, ok2 := parseNumber(s, j, ct); ok2 {
				if sc2, e3 := scaleAt(s, e2); sc2 > 0 {
					lo, v, pos = v, v2*sc2, e3
				}
			}
		}
	}
	pos = skipHanApprox(s, pos) // "3.6万余吨": the word of "more than" after the scale, as before it
	kind, factor, pos3 := unitAt(s, pos)
	if kind != qBare {
		pos = pos3
	}
	if kind == qBare && moneyBefore(s, i) {
		kind = qMoney
	}
	if kind == qMass && !q.scaled && factor == 1 && dotThousands(s, i) {
		// "25.310 тонн": Russian and Kazakh write decimals of tonnes with a comma; a dot before exactly
		// three digits groups thousands there (not in Chinese: see dotThousands).
		v *= 1000
		lo *= 1000
	}
	if kind == qMass {
		v *= factor
		lo *= factor
		if moneyBefore(s, i) {
			kind = qMoney
		}
	}
	q.end, q.value, q.lo, q.kind = pos, v, lo, kind
	if written > 0 {
		q.mult = v / written
	}
	return q, pos
}

// skipHanApprox returns the end of a Chinese word of "more than" (多, 余, 餘) at s[i] that a scale or a
// unit of mass follows: "40多吨", "逾…", "1.2余万吨", "3.6万余吨" count the figure written. Else it returns i.
func skipHanApprox(s string, i int) int {
	for _, w := range [...]string{"多", "余", "餘"} {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		rest := s[i+len(w):]
		if hasAnyPrefix(rest, "万", "萬", "亿", "億", "吨", "噸", "公吨", "公噸") {
			return i + len(w)
		}
	}
	return i
}

// parseNumber reads digits with thousands groups and decimals from s[i]. It does not allocate.
func parseNumber(s string, i int, ct bool) (float64, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	head := s[i:j]
	intv := digitsValue(head)
	ndig := len(head)
	if len(head) <= 3 {
		// Groups of three after a space of any width: "1 232", "25 204.8".
		for {
			k, ok := spaceGroup(s, j)
			if !ok {
				break
			}
			intv = intv*1000 + digitsValue(s[k:k+3])
			ndig += 3
			j = k + 3
		}
		if j == i+len(head) && head != "0" {
			// Comma or dot groups: "400,000", "1,232,000", "1.232.000".
			for _, sep := range [...]byte{',', '.'} {
				n := countGroups(s, j, sep)
				if n == 0 {
					continue
				}
				thousands := n >= 2 || (sep == ',' && (ct || s[j+1:j+4] == "000"))
				if !thousands {
					continue
				}
				for g := 0; g < n; g++ {
					intv = intv*1000 + digitsValue(s[j+1:j+4])
					ndig += 3
					j += 4
				}
				break
			}
		}
	}
	if ndig > maxIntDigits {
		for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.') {
			j++
		}
		return 0, j, false
	}
	v := intv
	if j+1 < len(s) && (s[j] == ',' || s[j] == '.') && isDigit(s[j+1]) {
		k := j + 1
		scale := 0.1
		for k < len(s) && isDigit(s[k]) {
			if k-j <= maxIntDigits {
				v += float64(s[k]-'0') * scale
				scale /= 10
			}
			k++
		}
		j = k
	}
	return v, j, true
}

func digitsValue(d string) float64 {
	var v float64
	for i := 0; i < len(d); i++ {
		v = v*10 + float64(d[i]-'0')
	}
	return v
}

// spaceGroup reports whether s[j:] is a space (ordinary, no-break, thin or narrow no-break) and then
// exactly three digits, and returns where the digits start.
func spaceGroup(s string, j int) (int, bool) {
	if j >= len(s) {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if r != ' ' && r != '\u00a0' && r != '\u202f' && r != '\u2009' && r != '\u2007' {
		return 0, false
	}
	k := j + n
	if k+3 > len(s) || !isDigit(s[k]) || !isDigit(s[k+1]) || !isDigit(s[k+2]) {
		return 0, false
	}
	if k+3 < len(s) && isDigit(s[k+3]) {
		return 0, false
	}
	return k, true
}

// countGroups counts consecutive groups of sep and exactly three digits at s[j:].
func countGroups(s string, j int, sep byte) int {
	n := 0
	for j+3 < len(s) && s[j] == sep && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) {
		if j+4 < len(s) && isDigit(s[j+4]) {
			break
		}
		n++
		j += 4
	}
	return n
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isSpace(rune(c)) {
				break
			}
			i++ // ASCII without a call
			continue
		}
		r, n := decodeRune(s, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// rangeAfter reports a range dash or word after a number and where the second number starts.
func rangeAfter(s string, i int) (int, bool) {
	k := skipSpaces(s, i)
	if k >= len(s) {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[k:])
	switch {
	case r == '-' || r == '–' || r == '—' || r == '~':
		k += n
	case strings.HasPrefix(s[k:], "до "):
		k += len("до ")
	case strings.HasPrefix(s[k:], "to "):
		k += len("to ")
	default:
		return 0, false
	}
	k = skipSpaces(s, k)
	if k < len(s) && isDigit(s[k]) {
		return k, true
	}
	return 0, false
}

// token returns the word at s[i:] (letters only) and where it ends.
func token(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		if j = skipLetters(s, j); j >= len(s) {
			break
		}
		r, n := decodeRune(s, j)
		if !isLetter(r) || isHan(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// kkThousand is the Latin Kazakh "thousand" and its cases, in each spelling (kkFold).
var kkThousand = kkFoldSet("myń", "myńnan", "myńǵa", "myńdaı")

// scaleAt reads a scale word after a number: тыс., млн, миллиона, мың, million, bn, 万, 亿.
func scaleAt(s string, i int) (float64, int) {
	k := skipSpaces(s, i)
	if k >= len(s) {
		return 0, i
	}
	r, n := utf8.DecodeRuneInString(s[k:])
	switch r {
	case '万', '萬':
		return 1e4, k + n
	case '亿', '億':
		return 1e8, k + n
	case '千':
		return 1e3, k + n
	case '百':
		if strings.HasPrefix(s[k+n:], "万") || strings.HasPrefix(s[k+n:], "萬") {
			return 1e6, k + n + len("万")
		}
	}
	w, e := token(s, k)
	if w == "" {
		return 0, i
	}
	if e2 := kkWordEnd(s, e); e2 != e {
		w, e = s[k:e2], e2 // "myn'", "myn'g'a": the 2017 spelling's apostrophes are inside the word
	}
	var sc float64
	switch lw := toLower(w); {
	case lw == "тыс" || lw == "тысяч" || lw == "тысячи" || lw == "тысяча" || lw == "мың" || lw == "myń" ||
		lw == "thousand" || lw == "thousands" || lw == "тысячу" || lw == "тысячами" || lw == "тысячам" || lw == "тысячах" || lw == "мыңға" || lw == "мыңнан" ||
		lw == "мыңдай" || kkThousand[kkFold(lw)]:
		sc = 1e3
	case lw == "млн" || strings.HasPrefix(lw, "миллион") || lw == "million" || lw == "millions" ||
		lw == "mln" || lw == "mn" || strings.HasPrefix(kkFold(lw), "million"): // "bes mıllıon tonna": the Kazakh Latin spelling
		sc = 1e6
	case lw == "млрд" || strings.HasPrefix(lw, "миллиард") || lw == "billion" || lw == "bn" || lw == "mlrd" ||
		strings.HasPrefix(kkFold(lw), "milliard"):
		sc = 1e9
	case k == i && (lw == "m" || lw == "k"):
		// "1.2m tonnes", "400k tonnes": the English shorthand, written onto the digits (a spaced "5 m" is
		// metres).
		sc = 1e6
		if lw == "k" {
			sc = 1e3
		}
	default:
		return 0, i
	}
	if e < len(s) && s[e] == '.' {
		e++ // "тыс.", "млн." – the dot belongs to the abbreviation
	}
	return sc, e
}

// unitAt reads the unit after a number and its scale, and says what the number counts. For a mass it
// returns the factor to tonnes.
func unitAt(s string, i int) (qkind, float64, int) {
	k := skipSpaces(s, i)
	if k >= len(s) {
		return qBare, 0, i
	}
	r, n := utf8.DecodeRuneInString(s[k:])
	switch r {
	case '%', '％':
		return qPercent, 0, k + n
	case '吨', '噸':
		return qMass, 1, k + n
	case '倍':
		return qRatio, 0, k + n
	case '头', '只', '頭', '隻':
		return qHeads, 0, k + n
	case '元':
		return qMoney, 0, k + n
	case '$', '€', '₸', '¥', '£':
		return qMoney, 0, k + n
	case '-':
		if w, e := token(s, k+n); strings.EqualFold(w, "fold") {
			return qRatio, 0, e
		}
		return qBare, 0, i
	}
	for _, p := range [...]string{"公吨", "公噸", "美元", "人民币", "公顷"} {
		if strings.HasPrefix(s[k:], p) {
			if p == "公吨" || p == "公噸" { // the metric tonne, 公噸 in traditional script
				return qMass, 1, k + len(p)
			}
			if p == "公顷" {
				return qOther, 0, k + len(p)
			}
			return qMoney, 0, k + len(p)
		}
	}
	w, e := token(s, k)
	if w == "" {
		return qBare, 0, i
	}
	// Case matters for one unit: Mt is a megatonne, mt and MT are metric tonnes.
	if w == "Mt" {
		return qMass, 1e6, e
	}
	lw := toLower(w)
	switch {
	case lw == "т" || lw == "тн" || lw == "t" || lw == "mt":
		if e < len(s) && s[e] == '.' {
			e++
		}
		return qMass, 1, e
	case strings.HasPrefix(lw, "тонн") || strings.HasPrefix(lw, "tonn") || lw == "ton" || lw == "tons":
		if strings.HasPrefix(lw, "tonnage") {
			return qOther, 0, e
		}
		return qMass, 1, e
	case lw == "metric" || lw == "metrik":
		if w2, e2 := token(s, skipSpaces(s, e)); strings.HasPrefix(toLower(w2), "ton") {
			return qMass, 1, e2
		}
		return qBare, 0, i
	case lw == "kt" || lw == "kmt":
		return qMass, 1e3, e
	case lw == "mmt":
		return qMass, 1e6, e
	case lw == "кг" || lw == "kg" || strings.HasPrefix(lw, "килограмм") || strings.HasPrefix(lw, "kilogram"):
		return qMass, 1e-3, e
	case strings.HasPrefix(lw, "центнер") || lw == "ц":
		return qMass, 0.1, e
	case strings.HasPrefix(lw, "долл") || strings.HasPrefix(lw, "dollar") || lw == "usd" || lw == "тенге" ||
		lw == "теңге" || lw == "tenge" || lw == "teńge" || strings.HasPrefix(lw, "юан") || lw == "yuan" ||
		strings.HasPrefix(lw, "рубл") || lw == "руб" || strings.HasPrefix(lw, "roubl") ||
		strings.HasPrefix(lw, "rubl") || lw == "евро" || strings.HasPrefix(lw, "euro") || lw == "eur" ||
		lw == "kzt" || lw == "rmb" || lw == "cny" || lw == "сом" || lw == "сум" || lw == "dollar":
		return qMoney, 0, e
	case strings.HasPrefix(lw, "голов") || lw == "гол" || lw == "head" || lw == "heads" || lw == "бас" ||
		lw == "bas" || strings.HasPrefix(lw, "особ"):
		return qHeads, 0, e
	case strings.HasPrefix(lw, "процент") || lw == "percent" || lw == "pct" || strings.HasPrefix(lw, "пайыз") ||
		lw == "paıyz":
		return qPercent, 0, e
	case lw == "раз" || lw == "раза" || lw == "fold" || lw == "times" || lw == "есе" || lw == "ese":
		return qRatio, 0, e
	case lw == "га" || strings.HasPrefix(lw, "гектар") || strings.HasPrefix(lw, "hectare") || lw == "ha" ||
		lw == "км" || lw == "km" || strings.HasPrefix(lw, "вагон") || strings.HasPrefix(lw, "wagon") ||
		strings.HasPrefix(lw, "railcar") || strings.HasPrefix(lw, "контейнер") ||
		strings.HasPrefix(lw, "container") || strings.HasPrefix(lw, "поезд") || lw == "trains" ||
		strings.HasPrefix(lw, "состав") || strings.HasPrefix(lw, "предприят") || strings.HasPrefix(lw, "компани") ||
		lw == "companies" || lw == "enterprises" || strings.HasPrefix(lw, "человек") || lw == "people" ||
		lw == "лет" || lw == "years" || strings.HasPrefix(lw, "дн") || lw == "days" ||
		strings.HasPrefix(lw, "месяц") || lw == "months" || strings.HasPrefix(lw, "вид") || lw == "kinds" ||
		strings.HasPrefix(lw, "стран") || lw == "countries" || strings.HasPrefix(lw, "шт") ||
		strings.HasPrefix(lw, "литр") || lw == "л" || strings.HasPrefix(lw, "litre") || strings.HasPrefix(lw, "liter") ||
		strings.HasPrefix(lw, "вагон") || strings.HasPrefix(lw, "грузовик") || strings.HasPrefix(lw, "truck") ||
		strings.HasPrefix(lw, "тракт") || strings.HasPrefix(lw, "машин") || strings.HasPrefix(lw, "пункт"):
		return qOther, 0, e
	}
	return qBare, 0, i
}

// moneyBefore reports a currency sign or money word just before the number at s[i]: "$280,4 млн",
// "US$ 8.4 million", "на сумму 5 млн", "worth 8 million".
func moneyBefore(s string, i int) bool {
	j := i
	for j > 0 {
		r, n := decodeLastRune(s, j)
		if !isSpace(r) {
			break
		}
		j -= n
	}
	if j == 0 {
		return false
	}
	r, _ := decodeLastRune(s, j)
	switch r {
	case '$', '€', '₸', '¥', '£':
		return true
	}
	k := j
	for k > 0 {
		r, n := decodeLastRune(s, k)
		if !isLetter(r) {
			break
		}
		k -= n
	}
	switch toLower(s[k:j]) {
	case "сумму", "сумма", "суммой", "стоимостью", "worth", "usd", "eur", "rmb", "cny", "kzt", "сомасы", "valued":
		return true
	}
	return false
}

// dotThousands reports a number at s[i] written as one to three digits, a dot and exactly three
// digits, in a text that is not in the Latin alphabet (Chinese or Cyrillic).
func dotThousands(s string, i int) bool {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i > 3 || j+4 > len(s) || s[j] != '.' || !isDigit(s[j+1]) || !isDigit(s[j+2]) || !isDigit(s[j+3]) ||
		j+4 < len(s) && isDigit(s[j+4]) {
		return false
	}
	// Cyrillic text may group thousands with a dot ("25.310 тонн"); Chinese never does: it groups
	// with a comma and "25.310吨" is a customs weight to the kilogram.
	cyr := false
	for _, r := range s {
		if isHan(r) {
			return false
		}
		cyr = cyr || r >= 0x0400 && r <= 0x04FF
	}
	return cyr
}
