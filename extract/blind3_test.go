package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"agrowatch"
)

// The third blind set (testdata/blind3) was written apart from the rules, from the wording of real
// agricultural news, to measure the third round of extraction work (issue 7) honestly: sentences in
// ru.jsonl, kk.jsonl, en.jsonl and zh.jsonl, one {lang, text, want, note} object per line, and whole short
// articles in articles.jsonl, one {lang, title, text, want, note} object per line, whose want lists every
// fact an analyst marks in the whole article (paragraphs split by "\n\n"). An article is extracted as one
// document, title + "\n\n" + text.
//
// TestBlind3 prints its scores and never fails on them: the targets (precision ≥ 0.95 and recall ≥ 0.90
// per kind, recall ≥ 0.85 per language) are printed beside the figures. It fails only when the set is
// incomplete or a line is malformed. Run it with -v to see the table and with -blind3.misses to see every
// miss. Tuning rules on this set makes it worthless as a measure: read the misses only to report them.

var blind3Misses = flag.Bool("blind3.misses", false, "TestBlind3: print every false positive, false negative and field error")

// blindSet is one blind set and how complete it must be. The third and the fourth blind sets are scored
// by the same code (TestBlind3, TestBlind4 in blind4_test.go).
type blindSet struct {
	dir          string
	minSentences int
	minArticles  int
	minLang      map[string]int // sentences per language
	minScript    int            // Kazakh sentences per alphabet
	// noTraditional: a set written before items in traditional characters were asked for (dev11,
	// whose only "traditional" character was 署, which simplified Chinese writes too).
	noTraditional bool
	misses        *bool
}

var blind3Set = blindSet{dir: "testdata/blind3", minSentences: 300, minArticles: 40,
	minLang: map[string]int{"ru": 50, "en": 50, "kk": 60, "zh": 60}, minScript: 30, misses: blind3Misses}

const (
	blind3TargetP     = 0.95 // per kind
	blind3TargetR     = 0.90 // per kind
	blind3TargetLangR = 0.85 // per language
)

// blind3Doc is one labelled sentence or article.
type blind3Doc struct {
	Lang  string                       `json:"lang"`
	Title string                       `json:"title"`
	Text  string                       `json:"text"`
	Want  []map[string]json.RawMessage `json:"want"`
	Note  string                       `json:"note"`

	article bool
	file    string
	line    int
}

// group is the language row a document is scored in: ru, en, zh, kk-cyr or kk-lat.
func (d blind3Doc) group() string {
	if d.Lang != "kk" {
		return d.Lang
	}
	if strings.ContainsFunc(d.Title+d.Text, func(r rune) bool { return r >= 0x0400 && r <= 0x04FF }) {
		return "kk-cyr"
	}
	return "kk-lat"
}

func (d blind3Doc) document() string {
	if d.article {
		return d.Title + "\n\n" + d.Text
	}
	return d.Text
}

func (d blind3Doc) where() string { return fmt.Sprintf("%s:%d", d.file, d.line) }

// blind3Fields are the keys a label may give, beside kind, and the kinds each belongs to: the fields of
// README's `scan -json` schema (a border delay has no by, on or commodity, an inspection no cause).
var blind3Fields = map[string]string{
	"status": "meat_ban inspection border_delay", "by": "meat_ban inspection", "on": "meat_ban inspection",
	"commodity": "meat_ban inspection export_volume", "cause": "meat_ban",
	"tonnes": "export_volume", "from": "export_volume", "to": "export_volume", "period": "export_volume",
	"year": "export_volume", "forecast": "export_volume", "change": "export_volume",
	"place": "border_delay", "wagons": "border_delay", "trucks": "border_delay", "days": "border_delay",
	"route": "border_delay",
}

var blind3Statuses = map[string][]string{
	"meat_ban":      {"imposed", "lifted", "pending"},
	"inspection":    {"planned", "done"},
	"border_delay":  {"", "ended"},
	"export_volume": {""},
}

var blind3Country = regexp.MustCompile(`^([A-Z]{2})?$`)

// blind3Read reads and checks every file of the set; a malformed line is an error of the test.
func blind3Read(t *testing.T, dir string) (sentences, articles []blind3Doc) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in %s: %v", dir, err)
	}
	for _, name := range files {
		isArticle := filepath.Base(name) == "articles.jsonl"
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			d := blind3Doc{article: isArticle, file: filepath.Base(name), line: n}
			if msg := blind3Parse(line, &d); msg != "" {
				t.Errorf("%s: malformed: %s", d.where(), msg)
				continue
			}
			if isArticle {
				articles = append(articles, d)
			} else {
				sentences = append(sentences, d)
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return sentences, articles
}

// blind3Parse decodes one line into d and returns what is wrong with it, or "".
func blind3Parse(line string, d *blind3Doc) string {
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &top); err != nil {
		return err.Error()
	}
	allowed := map[string]bool{"lang": true, "text": true, "want": true, "note": true, "title": d.article}
	for k := range top {
		if !allowed[k] {
			return fmt.Sprintf("unknown key %q", k)
		}
	}
	if _, ok := top["want"]; !ok {
		return "no want"
	}
	if err := json.Unmarshal([]byte(line), d); err != nil {
		return err.Error()
	}
	switch d.Lang {
	case "ru", "kk", "en", "zh":
	default:
		return fmt.Sprintf("lang %q", d.Lang)
	}
	if strings.TrimSpace(d.Text) == "" {
		return "empty text"
	}
	if d.article {
		if strings.TrimSpace(d.Title) == "" {
			return "article without a title"
		}
		if n := blind3CountSentences(d.Text); n < 3 || n > 8 {
			return fmt.Sprintf("article of %d sentences, want 3 to 8", n)
		}
	} else if strings.Contains(d.Text, "\n") {
		return "a sentence spans lines"
	}
	for i, g := range d.Want {
		var kind string
		if err := json.Unmarshal(g["kind"], &kind); err != nil {
			return fmt.Sprintf("want[%d]: kind: %v", i, err)
		}
		statuses, ok := blind3Statuses[kind]
		if !ok {
			return fmt.Sprintf("want[%d]: kind %q", i, kind)
		}
		for field, raw := range g {
			if field == "kind" {
				continue
			}
			scope, known := blind3Fields[field]
			if !known {
				return fmt.Sprintf("want[%d]: unknown field %q", i, field)
			}
			if !slices.Contains(strings.Fields(scope), kind) {
				return fmt.Sprintf("want[%d]: field %q on a %s", i, field, kind)
			}
			if msg := blind3CheckValue(field, raw); msg != "" {
				return fmt.Sprintf("want[%d].%s: %s", i, field, msg)
			}
		}
		var status string
		if raw, ok := g["status"]; ok {
			json.Unmarshal(raw, &status)
		}
		valid := false
		for _, s := range statuses {
			valid = valid || s == status
		}
		if !valid {
			return fmt.Sprintf("want[%d]: status %q on a %s", i, status, kind)
		}
		if kind == "meat_ban" || kind == "inspection" {
			if _, ok := g["status"]; !ok {
				return fmt.Sprintf("want[%d]: a %s without status", i, kind)
			}
		}
		if kind == "export_volume" {
			if _, ok := g["tonnes"]; !ok {
				return fmt.Sprintf("want[%d]: an export_volume without tonnes", i)
			}
		}
	}
	return ""
}

func blind3CheckValue(field string, raw json.RawMessage) string {
	switch field {
	case "tonnes", "days":
		var v float64
		if json.Unmarshal(raw, &v) != nil || v <= 0 || math.IsNaN(v) {
			return "want a positive number"
		}
	case "year", "wagons", "trucks":
		var v int
		if json.Unmarshal(raw, &v) != nil || v <= 0 {
			return "want a positive integer"
		}
	case "forecast":
		var v bool
		if json.Unmarshal(raw, &v) != nil {
			return "want a boolean"
		}
	default:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "want a string"
		}
		switch field {
		case "by", "on", "from", "to":
			if !blind3Country.MatchString(s) {
				return fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 code", s)
			}
		case "change":
			if s != "increase" && s != "decrease" && s != "difference" {
				return fmt.Sprintf("change %q", s)
			}
		case "commodity":
			found := false
			for _, c := range Commodities {
				found = found || c == s
			}
			if !found {
				return fmt.Sprintf("commodity %q is not in Commodities", s)
			}
		case "period", "place", "route", "cause":
			if strings.TrimSpace(s) == "" {
				return "empty"
			}
		}
	}
	return ""
}

// blind3CountSentences counts sentence ends the way a reader does, for the 3-to-8 check of articles: a
// full stop, ! or ? before a capital letter, a paragraph break or the end, a Chinese 。！？, and a last
// paragraph without a full stop.
func blind3CountSentences(text string) int {
	n := 0
	for _, para := range strings.Split(text, "\n\n") {
		rs := []rune(strings.TrimSpace(para))
		if len(rs) == 0 {
			continue
		}
		for i, r := range rs {
			switch r {
			case '。', '！', '？':
				n++
			case '.', '!', '?':
				if i == len(rs)-1 {
					n++
					continue
				}
				j := i + 1
				for j < len(rs) && (rs[j] == ' ' || rs[j] == '»' || rs[j] == '"' || rs[j] == '”') {
					j++
				}
				if j > i+1 && j < len(rs) && unicode.IsUpper(rs[j]) {
					n++
				}
			}
		}
		if last := rs[len(rs)-1]; !strings.ContainsRune(".!?。！？", last) {
			n++
		}
	}
	return n
}

// Matching. A found mention matches a wanted one when it has the wanted kind and agrees with every field
// the label states; fields the label leaves out are not judged, so an extra field in the found mention is
// never an error, but a label may state a field as "" ("by": "", "on": "") to say the text names no actor
// or no origin, and then a found one that fills it in does not match. Two fields are always stated on an
// export_volume: forecast (absent means false) and change (absent means a shipped volume, not a change).
// Tonnes agree within 1%, days within 1%; a place or a route agrees by its canonical name (the Latin,
// Cyrillic and Chinese spellings of one crossing are one place, a route's two ends in either order);
// a period agrees when its months are the same (a part-year period keeps its months: "январь-октябрь 2026"
// is not "2026 года") and, if the found period names a year, the same year.
//
// In each sentence or article the wanted and found mentions are paired by a maximum matching. A found
// mention left over that is consistent with a fact already matched (the same kind, and no field both state
// differs) repeats that fact — a title that restates the lead, "this volume", a second sentence on the same
// backlog — and is counted apart as a repeat, neither right nor wrong; any other left-over found mention is
// a false positive, any left-over wanted one a false negative.
//
// Per-field scores: each wanted mention is paired with a found mention of its kind in the same document —
// its match, or else the unmatched found mention of that kind that agrees with most of its fields — and a
// field's score is how often such pairs agree on it, among pairs whose label states it.

var blind3FieldOrder = []string{"status", "by", "on", "tonnes", "period", "year", "change", "forecast",
	"from", "to", "commodity", "cause", "place", "wagons", "trucks", "days", "route"}

// blind3Stated returns the fields a label states, with the always-stated ones of an export_volume.
func blind3Stated(g map[string]json.RawMessage) []string {
	var kind string
	json.Unmarshal(g["kind"], &kind)
	var out []string
	for _, f := range blind3FieldOrder {
		_, ok := g[f]
		if ok || (kind == "export_volume" && (f == "forecast" || f == "change")) {
			out = append(out, f)
		}
	}
	return out
}

// blind3FieldOK reports whether m agrees with the label g on field f.
func blind3FieldOK(g map[string]json.RawMessage, f string, m agrowatch.Mention) bool {
	raw, ok := g[f]
	switch f {
	case "forecast":
		want := false
		if ok {
			json.Unmarshal(raw, &want)
		}
		return want == m.Forecast
	case "change":
		want := ""
		if ok {
			json.Unmarshal(raw, &want)
		}
		return want == m.Change
	case "tonnes", "days":
		var want float64
		json.Unmarshal(raw, &want)
		got := m.Tonnes
		if f == "days" {
			got = m.Days
		}
		return math.Abs(want-got) <= 0.01*want
	case "year", "wagons", "trucks":
		var want int
		json.Unmarshal(raw, &want)
		got := map[string]int{"year": m.Year, "wagons": m.Wagons, "trucks": m.Trucks}[f]
		return want == got
	}
	var want string
	json.Unmarshal(raw, &want)
	switch f {
	case "place":
		return blind3Place(want) == blind3Place(m.Place)
	case "route":
		return m.Route != "" && blind3Route(want) == blind3Route(m.Route)
	case "period":
		var wy int
		json.Unmarshal(g["year"], &wy)
		return blind3PeriodOK(want, wy, m.Period)
	}
	got := map[string]string{"status": m.Status, "by": m.By, "on": m.On, "from": m.From, "to": m.To,
		"commodity": m.Commodity, "cause": m.Cause}[f]
	return want == got
}

func blind3Kind(g map[string]json.RawMessage) string {
	var kind string
	json.Unmarshal(g["kind"], &kind)
	return kind
}

// blind3Agrees: the match rule.
func blind3Agrees(g map[string]json.RawMessage, m agrowatch.Mention) bool {
	if agrowatch.Kind(blind3Kind(g)) != m.Kind {
		return false
	}
	for _, f := range blind3Stated(g) {
		if !blind3FieldOK(g, f, m) {
			return false
		}
	}
	return true
}

// blind3Empty reports whether m leaves field f out.
func blind3Empty(f string, m agrowatch.Mention) bool {
	switch f {
	case "forecast", "change":
		return false // always stated on an export_volume
	}
	v := map[string]bool{
		"status": m.Status == "", "by": m.By == "", "on": m.On == "", "tonnes": m.Tonnes == 0,
		"period": m.Period == "", "year": m.Year == 0, "from": m.From == "", "to": m.To == "",
		"commodity": m.Commodity == "", "cause": m.Cause == "", "place": m.Place == "",
		"wagons": m.Wagons == 0, "trucks": m.Trucks == 0, "days": m.Days == 0, "route": m.Route == "",
	}
	return v[f]
}

// blind3Consistent: m states nothing that contradicts g (the repeat rule).
func blind3Consistent(g map[string]json.RawMessage, m agrowatch.Mention) bool {
	if agrowatch.Kind(blind3Kind(g)) != m.Kind {
		return false
	}
	for _, f := range blind3Stated(g) {
		if blind3Empty(f, m) {
			continue // left out: no contradiction
		}
		if !blind3FieldOK(g, f, m) {
			return false
		}
	}
	return true
}

// blind3Match returns a maximum matching of wanted to found mentions under blind3Agrees:
// match[i] is the found index of want i, or -1.
func blind3Match(want []map[string]json.RawMessage, found []agrowatch.Mention) []int {
	adj := make([][]int, len(want))
	for i, g := range want {
		for j, m := range found {
			if blind3Agrees(g, m) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	owner := make([]int, len(found))
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range want {
		try(i, make([]bool, len(found)))
	}
	match := make([]int, len(want))
	for i := range match {
		match[i] = -1
	}
	for j, i := range owner {
		if i >= 0 {
			match[i] = j
		}
	}
	return match
}

// Periods. blind3PeriodKey reduces a period as written in any of the four languages to its months
// ("1-10", "7-9", "ytd" from the start of the year, "std" from the start of the season, "MY2025/26" for
// a marketing year, "" for a whole year) and the years it names.
var (
	blind3MY      = regexp.MustCompile(`((?:19|20)\d\d)\s*[/–—-]\s*(\d{2}|(?:19|20)\d\d)`)
	blind3Year    = regexp.MustCompile(`(?:19|20)\d\d`)
	blind3ZhRange = regexp.MustCompile(`(\d{1,2})\s*[-–—~至到]\s*(\d{1,2})\s*月`)
	blind3ZhMonth = regexp.MustCompile(`(\d{1,2})\s*月`)
	blind3ZhFirst = regexp.MustCompile(`前\s*(\d{1,2}|[一二三四五六七八九十]+)\s*个?個?月`)
	blind3NMonths = regexp.MustCompile(`(\d{1,2}|[a-zа-яё]+)[\s-]+(?:месяц|months|ай)`)
	blind3Token   = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

var blind3MonthStems = func() map[string]int {
	m := map[string]int{}
	for _, list := range [][]string{
		{"январ", "феврал", "март", "апрел", "", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"},
		{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"},
		{"qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "maýsym", "shilde", "tamyz", "qyrkúıek", "qazan", "qarasha", "jeltoqsan"},
		// Latin Kazakh typed without diacritics: ý as u or y, ı as i or y.
		{"qantar", "aqpan", "nauryz", "sauir", "", "mausym", "", "", "qyrkuiek", "", "", ""},
		{"", "", "nayryz", "sayir", "", "maysym", "", "", "qyrkuyek", "", "", ""},
		{"january", "february", "march", "april", "", "june", "july", "august", "september", "october", "november", "december"},
	} {
		for k, s := range list {
			if s != "" {
				m[s] = k + 1
			}
		}
	}
	return m
}()

var blind3MonthWords = map[string]int{
	"май": 5, "мая": 5, "мае": 5, "маю": 5, "маем": 5, "may": 5,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var blind3Numbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
	"восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "девять": 9, "десять": 10,
	"одиннадцать": 11, "шесть": 6, "семь": 7, "восемь": 8, "пять": 5, "четыре": 4, "три": 3,
	"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12,
}

func blind3Num(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return blind3Numbers[s]
}

// blind3Apostrophes reads Latin Kazakh in the 2017 apostrophe spelling as the 2018 letters, so that
// "qan'tar", "s'ilde" and "qyrku'i'ek" are months; other apostrophes are left alone.
var blind3Apostrophes = strings.NewReplacer(
	"a'", "á", "g'", "ǵ", "i'", "ı", "n'", "ń", "o'", "ó", "u'", "ú", "y'", "ý", "s'", "sh", "c'", "ch",
	"a’", "á", "g’", "ǵ", "i’", "ı", "n’", "ń", "o’", "ó", "u’", "ú", "y’", "ý", "s’", "sh", "c’", "ch")

func blind3PeriodKey(period string) (months string, years []int) {
	s := blind3Apostrophes.Replace(strings.ToLower(period))
	if m := blind3MY.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if len(m[2]) == 2 {
			b += a / 100 * 100
		}
		if b == a+1 {
			return fmt.Sprintf("MY%d/%02d", a, b%100), nil
		}
	}
	for _, y := range blind3Year.FindAllString(s, -1) {
		n, _ := strconv.Atoi(y)
		years = append(years, n)
	}
	noYears := blind3Year.ReplaceAllString(s, " ")
	span := func(a, b int) string {
		if a == b {
			return strconv.Itoa(a)
		}
		return fmt.Sprintf("%d-%d", a, b)
	}
	has := func(subs ...string) bool {
		for _, x := range subs {
			if strings.Contains(s, x) {
				return true
			}
		}
		return false
	}
	tokens := blind3Token.FindAllString(noYears, -1)
	tok := map[string]bool{}
	for _, t := range tokens {
		tok[t] = true
	}
	// tokPrefix: a word that starts with one of prefixes (the Kazakh quarter «тоқсан», not the December
	// «желтоқсан» that ends with it).
	tokPrefix := func(prefixes ...string) bool {
		for _, t := range tokens {
			for _, p := range prefixes {
				if strings.HasPrefix(t, p) {
					return true
				}
			}
		}
		return false
	}
	ordinal := func() int { // which quarter or half
		switch {
		case tok["iv"] || tok["4"] || tok["q4"] || has("четв", "fourth", "төртінші", "tórtinshi", "四季度"):
			return 4
		case tok["iii"] || tok["3"] || tok["q3"] || has("трет", "third", "үшінші", "úshinshi", "三季度"):
			return 3
		case tok["ii"] || tok["2"] || tok["q2"] || tok["h2"] || has("втор", "second", "екінші", "ekinshi", "二季度", "下半年"):
			return 2
		}
		return 1
	}
	switch {
	case has("с начала года", "since the start of the year", "since the beginning of the year", "year to date",
		"year-to-date", "жыл басынан", "jyl basynan", "今年以来", "年初以来", "年初至今"):
		return "ytd", years
	case has("с начала сезона", "since the start of the season", "маусым басынан", "maýsym basynan"):
		return "std", years
	case has("前三季度"):
		return "1-9", years
	case has("квартал", "quarter", "季度") || tokPrefix("тоқсан", "toqsan") || tok["q1"] || tok["q2"] || tok["q3"] || tok["q4"]:
		q := ordinal()
		return span(3*q-2, 3*q), years
	case has("полугоди", "half", "жартыжылды", "жарты жыл", "jartyjyldy", "jarty jyl", "半年") || tok["h1"] || tok["h2"]:
		h := ordinal()
		return span(6*h-5, 6*h), years
	}
	if m := blind3ZhRange.FindStringSubmatch(noYears); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		return span(a, b), years
	}
	if m := blind3ZhFirst.FindStringSubmatch(noYears); m != nil {
		if n := blind3Num(m[1]); n > 0 {
			return span(1, n), years
		}
	}
	if m := blind3NMonths.FindStringSubmatch(noYears); m != nil {
		if n := blind3Num(m[1]); n > 0 {
			return span(1, n), years
		}
	}
	var ms []int
	for _, t := range tokens {
		if n, ok := blind3MonthWords[t]; ok {
			ms = append(ms, n)
			continue
		}
		for stem, n := range blind3MonthStems {
			if strings.HasPrefix(t, stem) {
				ms = append(ms, n)
				break
			}
		}
	}
	if len(ms) > 0 {
		return span(ms[0], ms[len(ms)-1]), years
	}
	if m := blind3ZhMonth.FindStringSubmatch(noYears); m != nil {
		a, _ := strconv.Atoi(m[1])
		return span(a, a), years
	}
	return "", years
}

// blind3PeriodOK: the months agree, and the years the found period names are the label's (or the label's
// year field when the label's period names none).
func blind3PeriodOK(want string, wantYear int, got string) bool {
	if strings.TrimSpace(got) == "" {
		return false
	}
	wm, wy := blind3PeriodKey(want)
	gm, gy := blind3PeriodKey(got)
	if wm != gm {
		return false
	}
	if len(gy) == 0 {
		return true
	}
	if len(wy) == 0 && wantYear != 0 {
		wy = []int{wantYear}
	}
	if len(wy) == 0 {
		return true
	}
	return fmt.Sprint(wy) == fmt.Sprint(gy)
}

// blind3Places folds the spellings of a crossing to one name.
var blind3Places = map[string]string{
	"dostyk": "dostyk", "dostyq": "dostyk", "достык": "dostyk", "достық": "dostyk", "多斯特克": "dostyk",
	"khorgos": "khorgos", "horgos": "khorgos", "khorgas": "khorgos", "korgas": "khorgos", "qorgas": "khorgos",
	"qorǵas": "khorgos", "хоргос": "khorgos", "қорғас": "khorgos", "霍尔果斯": "khorgos", "霍爾果斯": "khorgos",
	"alashankou": "alashankou", "alashankoý": "alashankou", "alashankoy": "alashankou", "алашанькоу": "alashankou",
	"阿拉山口": "alashankou", "altynkol": "altynkol", "altynkól": "altynkol", "altynkel": "altynkol",
	"алтынколь": "altynkol", "алтынкөл": "altynkol", "bakhty": "bakhty", "bakty": "bakhty", "бахты": "bakhty",
	"nurzholy": "khorgos", "nurjoly": "khorgos", "нуржолы": "khorgos", // the road checkpoint at Khorgos
	"zhibekzholy": "zhibekzholy", "жибекжолы": "zhibekzholy", "жібекжолы": "zhibekzholy", "jibekjoly": "zhibekzholy",
}

func blind3Place(s string) string {
	k := strings.ToLower(strings.Join(blind3Token.FindAllString(s, -1), ""))
	if c, ok := blind3Places[k]; ok {
		return c
	}
	return k
}

func blind3Route(s string) string {
	parts := regexp.MustCompile(`\s*[–—/-]\s*|\s+to\s+`).Split(strings.TrimSpace(s), -1)
	var ends []string
	for _, p := range parts {
		if p = blind3Place(p); p != "" {
			ends = append(ends, p)
		}
	}
	sort.Strings(ends)
	return strings.Join(ends, "|")
}

// Scoring.

type blind3Cell struct{ tp, fp, fn, rep int }

func (c blind3Cell) p() float64 {
	if c.tp+c.fp == 0 {
		return math.NaN()
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c blind3Cell) r() float64 {
	if c.tp+c.fn == 0 {
		return math.NaN()
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

func (c *blind3Cell) add(o blind3Cell) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn; c.rep += o.rep }

type blind3Field struct{ ok, n int }

func blind3Brief(m agrowatch.Mention) string {
	m.Sentence, m.Lang = "", ""
	j, _ := json.Marshal(m)
	return strings.Replace(string(j), `"lang":"","sentence":"",`, "", 1)
}

var blind3Groups = []string{"ru", "kk-cyr", "kk-lat", "en", "zh"}

func TestBlind3(t *testing.T) { blindScore(t, blind3Set) }

// blindScore scores one blind set and prints its tables; it fails only when the set is incomplete or a
// line is malformed.
func blindScore(t *testing.T, set blindSet) {
	sentences, articles := blind3Read(t, set.dir)
	blind3Complete(t, set, sentences, articles)

	x := New()
	cells := map[string]*blind3Cell{} // kind/group/source
	at := func(kind, group, source string) *blind3Cell {
		k := kind + "/" + group + "/" + source
		if cells[k] == nil {
			cells[k] = &blind3Cell{}
		}
		return cells[k]
	}
	fields := map[string]*blind3Field{}     // field
	kindFields := map[string]*blind3Field{} // kind/field
	var misses []string

	for _, d := range append(append([]blind3Doc{}, sentences...), articles...) {
		source := "sentences"
		if d.article {
			source = "articles"
		}
		found := x.Extract(d.document(), "")
		match := blind3Match(d.Want, found)
		used := make([]bool, len(found))
		for _, j := range match {
			if j >= 0 {
				used[j] = true
			}
		}
		var docMiss []string
		for i, g := range d.Want {
			if match[i] >= 0 {
				at(blind3Kind(g), d.group(), source).tp++
			} else {
				at(blind3Kind(g), d.group(), source).fn++
				gj, _ := json.Marshal(g)
				docMiss = append(docMiss, "FN want "+string(gj))
			}
		}
		// Left-over found mentions: repeats of a matched fact, or false positives.
		paired := make([]bool, len(found))
		copy(paired, used)
		for j, m := range found {
			if used[j] {
				continue
			}
			repeat := false
			for i, g := range d.Want {
				if match[i] >= 0 && blind3Consistent(g, m) {
					repeat = true
					break
				}
			}
			if repeat {
				at(string(m.Kind), d.group(), source).rep++
				paired[j] = true // a repeat is not paired for field scores
				continue
			}
			at(string(m.Kind), d.group(), source).fp++
			docMiss = append(docMiss, "FP got  "+blind3Brief(m)+"  in «"+m.Sentence+"»")
		}
		// Field scores over pairs by kind.
		for i, g := range d.Want {
			j := match[i]
			if j < 0 {
				best, bestN := -1, -1
				for k, m := range found {
					if paired[k] || agrowatch.Kind(blind3Kind(g)) != m.Kind {
						continue
					}
					n := 0
					for _, f := range blind3Stated(g) {
						if blind3FieldOK(g, f, m) {
							n++
						}
					}
					if n > bestN {
						best, bestN = k, n
					}
				}
				if best < 0 {
					continue
				}
				j = best
				paired[j] = true
			}
			for _, f := range blind3Stated(g) {
				ok := blind3FieldOK(g, f, found[j])
				for _, key := range []string{f, blind3Kind(g) + "/" + f} {
					m := fields
					if strings.Contains(key, "/") {
						m = kindFields
					}
					if m[key] == nil {
						m[key] = &blind3Field{}
					}
					m[key].n++
					if ok {
						m[key].ok++
					}
				}
				if !ok && match[i] < 0 {
					docMiss = append(docMiss, fmt.Sprintf("   field %s: want %s, paired with %s", f, g[f], blind3Brief(found[j])))
				}
			}
		}
		if len(docMiss) > 0 {
			text := d.document()
			if d.article {
				text = strings.ReplaceAll(text, "\n\n", " ¶ ")
			}
			misses = append(misses, fmt.Sprintf("%s [%s] %s\n\t%s\n\t%s", d.where(), d.group(), d.Note, text, strings.Join(docMiss, "\n\t")))
		}
	}

	t.Log(blind3Table(set.dir, cells, fields, kindFields, len(sentences), len(articles)))
	if *set.misses {
		for _, m := range misses {
			t.Log(m)
		}
	}
}

func blind3Fmt(v float64) string {
	if math.IsNaN(v) {
		return "    -"
	}
	return fmt.Sprintf("%5.3f", v)
}

func blind3Table(dir string, cells map[string]*blind3Cell, fields, kindFields map[string]*blind3Field, nSent, nArt int) string {
	sum := func(kind, group, source string) blind3Cell {
		var c blind3Cell
		for k, v := range cells {
			p := strings.Split(k, "/")
			if (kind == "" || p[0] == kind) && (group == "" || p[1] == group ||
				(group == "kk" && strings.HasPrefix(p[1], "kk-"))) && (source == "" || p[2] == source) {
				c.add(*v)
			}
		}
		return c
	}
	var b strings.Builder
	row := func(label string, c blind3Cell, mark string) {
		fmt.Fprintf(&b, "%-30s %5d %5d %5d %5d  %s  %s%s\n", label, c.tp, c.fp, c.fn, c.rep, blind3Fmt(c.p()), blind3Fmt(c.r()), mark)
	}
	head := func(title string) {
		fmt.Fprintf(&b, "\n%s\n%-30s %5s %5s %5s %5s  %5s  %5s\n", title, "", "TP", "FP", "FN", "rep", "P", "R")
	}
	fmt.Fprintf(&b, "\n%s: %d sentences, %d articles (targets: P ≥ %.2f and R ≥ %.2f per kind, R ≥ %.2f per language)\n",
		dir, nSent, nArt, blind3TargetP, blind3TargetR, blind3TargetLangR)
	head("per kind")
	for _, k := range agrowatch.Kinds() {
		c := sum(string(k), "", "")
		mark := ""
		if c.p() < blind3TargetP || c.r() < blind3TargetR {
			mark = "  below target"
		}
		row(string(k), c, mark)
	}
	row("all", sum("", "", ""), "")
	head("per language")
	for _, g := range []string{"ru", "kk", "kk-cyr", "kk-lat", "en", "zh"} {
		c := sum("", g, "")
		mark := ""
		if c.r() < blind3TargetLangR {
			mark = "  below target"
		}
		row(g, c, mark)
	}
	head("per source")
	for _, s := range []string{"sentences", "articles"} {
		row(s, sum("", "", s), "")
	}
	head("per kind and language")
	for _, k := range agrowatch.Kinds() {
		for _, g := range blind3Groups {
			row(string(k)+" "+g, sum(string(k), g, ""), "")
		}
	}
	fmt.Fprintf(&b, "\nper field (pairs by kind whose label states the field: right/stated)\n")
	for _, f := range blind3FieldOrder {
		if c := fields[f]; c != nil {
			fmt.Fprintf(&b, "%-30s %5d/%-5d %s\n", f, c.ok, c.n, blind3Fmt(float64(c.ok)/float64(c.n)))
		}
	}
	fmt.Fprintf(&b, "\nper kind and field\n")
	for _, k := range agrowatch.Kinds() {
		for _, f := range blind3FieldOrder {
			if c := kindFields[string(k)+"/"+f]; c != nil {
				fmt.Fprintf(&b, "%-30s %5d/%-5d %s\n", string(k)+" "+f, c.ok, c.n, blind3Fmt(float64(c.ok)/float64(c.n)))
			}
		}
	}
	return b.String()
}

// blind3Traditional holds characters written only in traditional Chinese.
const blind3Traditional = "們這國經與關進檢驗輸華噸萬發對門鐵於為個區產業貨滯嚴週輛專訪實將盡總暫復計劃麥體證"

// blind3Complete fails the test when the set is short of what issue 7 asks of it.
func blind3Complete(t *testing.T, set blindSet, sentences, articles []blind3Doc) {
	t.Helper()
	if len(sentences) < set.minSentences {
		t.Errorf("%d sentences, want at least %d", len(sentences), set.minSentences)
	}
	if len(articles) < set.minArticles {
		t.Errorf("%d articles, want at least %d", len(articles), set.minArticles)
	}
	if set.minArticles == 0 {
		return // a set of fixes without articles (dev6ban) is judged on its lines, not on its make-up
	}
	perGroup := map[string]int{}
	perLang := map[string]int{}
	artGroup := map[string]int{}
	labels := map[string]int{} // kind/lang and kind/group
	negatives, traditional := 0, 0
	for _, d := range sentences {
		perLang[d.Lang]++
		perGroup[d.group()]++
		if len(d.Want) == 0 {
			negatives++
		}
	}
	for _, d := range articles {
		artGroup[d.group()]++
	}
	for _, d := range append(append([]blind3Doc{}, sentences...), articles...) {
		if d.Lang == "zh" && strings.ContainsAny(d.Title+d.Text, blind3Traditional) {
			traditional++
		}
		for _, g := range d.Want {
			labels[blind3Kind(g)+"/"+d.Lang]++
			if d.Lang == "kk" {
				labels[blind3Kind(g)+"/"+d.group()]++
			}
		}
	}
	for lang, min := range set.minLang {
		if perLang[lang] < min {
			t.Errorf("%s: %d sentences, want at least %d", lang, perLang[lang], min)
		}
	}
	for _, g := range []string{"kk-cyr", "kk-lat"} {
		if perGroup[g] < set.minScript {
			t.Errorf("%s: %d sentences, want at least %d (half of the Kazakh ones in each alphabet)", g, perGroup[g], set.minScript)
		}
	}
	for _, g := range blind3Groups {
		if artGroup[g] < 3 {
			t.Errorf("%s: %d articles, want at least 3", g, artGroup[g])
		}
	}
	if traditional < 3 && !set.noTraditional {
		t.Errorf("%d Chinese items in traditional characters, want at least 3", traditional)
	}
	if negatives < len(sentences)/8 {
		t.Errorf("%d hard negatives of %d sentences, want at least an eighth", negatives, len(sentences))
	}
	for _, k := range agrowatch.Kinds() {
		for _, l := range []string{"ru", "kk", "en", "zh"} {
			if n := labels[string(k)+"/"+l]; n < 5 {
				t.Errorf("%s/%s: %d labelled mentions, want at least 5", k, l, n)
			}
		}
		for _, g := range []string{"kk-cyr", "kk-lat"} {
			if n := labels[string(k)+"/"+g]; n < 2 {
				t.Errorf("%s/%s: %d labelled mentions, want at least 2", k, g, n)
			}
		}
	}
}

// TestBlind3Periods checks the period key the scorer compares by.
func TestBlind3Periods(t *testing.T) {
	for _, c := range []struct {
		in, months string
		years      string
	}{
		{"январь-октябрь 2026", "1-10", "[2026]"},
		{"по итогам января–октября 2026 года", "1-10", "[2026]"},
		{"2026 года", "", "[2026]"},
		{"в 2023 году", "", "[2023]"},
		{"2019/20 МГ", "MY2019/20", "[]"},
		{"2019-2020 маркетинговом году", "MY2019/20", "[]"},
		{"2025/26 MY", "MY2025/26", "[]"},
		{"с начала года", "ytd", "[]"},
		{"今年以来", "ytd", "[]"},
		{"с начала сезона", "std", "[]"},
		{"2026年1-10月", "1-10", "[2026]"},
		{"1-6月", "1-6", "[]"},
		{"前10个月", "1-10", "[]"},
		{"前三季度", "1-9", "[]"},
		{"2026年一季度", "1-3", "[2026]"},
		{"Q1 2026", "1-3", "[2026]"},
		{"first quarter of 2026", "1-3", "[2026]"},
		{"III квартал 2026", "7-9", "[2026]"},
		{"в третьем квартале 2026 года", "7-9", "[2026]"},
		{"первое полугодие 2026", "1-6", "[2026]"},
		{"birinshi jartyjyldyq 2026", "1-6", "[2026]"},
		{"11 месяцев 2026", "1-11", "[2026]"},
		{"за 9 месяцев 2026 года", "1-9", "[2026]"},
		{"first ten months", "1-10", "[]"},
		{"January-April 2024", "1-4", "[2024]"},
		{"July-September", "7-9", "[]"},
		{"қаңтар-қазан 2026", "1-10", "[2026]"},
		{"2026 жылғы қаңтар-қазан айларында", "1-10", "[2026]"},
		{"qańtar-qyrkúıek 2026", "1-9", "[2026]"},
		{"в январе–мае", "1-5", "[]"},
		{"в марте", "3", "[]"},
		{"qan'tar-s'ilde 2026", "1-7", "[2026]"},
		{"qyrku'i'ek aiynda", "9", "[]"},
		{"qantar-mamyr aralyǵynda", "1-5", "[]"},
		{"nauryz-mausym", "3-6", "[]"},
		{"2026 жылғы желтоқсанда", "12", "[2026]"},
		{"jeltoqsan", "12", "[]"},
		{"үшінші тоқсанда", "7-9", "[]"},
	} {
		m, y := blind3PeriodKey(c.in)
		if m != c.months || fmt.Sprint(y) != c.years {
			t.Errorf("blind3PeriodKey(%q) = %q %v, want %q %s", c.in, m, y, c.months, c.years)
		}
	}
	if blind3PeriodOK("январь-октябрь 2026", 2026, "2026 года") {
		t.Error("a part-year period cut to its year agrees")
	}
	if !blind3PeriodOK("январь-октябрь 2026", 2026, "за январь-октябрь") {
		t.Error("a period without its year disagrees")
	}
	if blind3Route("Altynkol – Khorgos") != blind3Route("Хоргос-Алтынколь") {
		t.Error("route ends in either order and alphabet should agree")
	}
}
