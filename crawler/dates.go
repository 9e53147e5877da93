package crawler

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// kzZone is the zone of a date a Kazakh page writes without one: the whole country has kept UTC+5
// since March 2024. Older Astana dates (UTC+6) come out an hour late, which no alert cares about.
var kzZone = time.FixedZone("UTC+5", 5*60*60)

// isoLayouts are the ISO-8601 shapes seen in datetime attributes, meta tags and JSON-LD; offsets come
// with and without a colon ("+0000" on eldala).
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -0700 MST",
	time.RFC1123Z,
	time.RFC1123,
}

// localLayouts carry no zone: read in loc.
var localLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

// parseISO reads a machine-written date; zero when it is none.
func parseISO(s string, loc *time.Location) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(t)
		}
	}
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return plausible(t)
		}
	}
	return time.Time{}
}

// plausible is t when its year is plausibleYear, else zero: a CMS writes "0000-01-01" or "9999-12-31"
// for no date, and such a date would make a new article look decades old (never alerted) or from the
// future.
func plausible(t time.Time) time.Time {
	if !plausibleYear(t.Year()) {
		return time.Time{}
	}
	return t
}

// plausibleYear says whether a year can be an article's, in metadata as in visible dates.
func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

// Visible dates as Russian, Kazakh, English and Chinese pages write them.
const timePart = `(?:\s*(?:г\.|года|г)?\s*(?:[|,–—-]|в|at)?\s*(\d{1,2}):(\d{2}))?`

var (
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})` + timePart)
	monthDayYear = regexp.MustCompile(`(?i)\b(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})` + timePart)
	kkYearDay    = regexp.MustCompile(`(?i)\b(\d{4})\s+(?:жыл(?:ғы|ы)?|jyl(?:ǵy|gy|y)?)\s+(\d{1,2})\s+(\p{L}+)` + timePart)
	dotted       = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*,?\s*(?:в\s*)?(\d{1,2}):(\d{2}))?`)
	// Chinese: 2024年2月7日, 2024年02月07日 10:30, 2024年2月7日10时30分.
	zhDate = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(\d{1,2})\s*[:：时]\s*(\d{2}))?`)
	// The time first, as Kazinform's listing writes it: "13:51, 15 августа 2025".
	timeDayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2}):(\d{2}),?\s+(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})`)
	isoInText        = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
)

// Month words. Russian is matched as a whole word (stem plus case ending, or a short form) so that
// "декады" or "сено" are not months; Kazakh stems are long enough to be matched as prefixes, which also
// takes the case endings ("ақпанда" is the locative of "ақпан"); English is whole words.
var (
	ruMonthStems = []string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}
	ruEndings    = map[string]bool{"": true, "ь": true, "я": true, "е": true, "а": true, "й": true}
	ruShort      = map[string]time.Month{"янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "дек": 12}
	kkMonthStems = []string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
	// The Latin alphabet of 2018 (Kazinform's Latin edition), with the plain-letter spellings it is
	// often typed in.
	kkLatinMonthStems = [][]string{{"qańtar", "qantar"}, {"aqpan"}, {"naýryz", "nauryz"}, {"sáýir", "sauir"}, {"mamyr"},
		{"maýsym", "mausym"}, {"shilde"}, {"tamyz"}, {"qyrkúiek", "qyrkuiek"}, {"qazan"}, {"qarasha"}, {"jeltoqsan"}}
	enMonths = map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
		"september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
)

func monthOf(word string) (time.Month, bool) {
	w := strings.ToLower(word)
	if m, ok := enMonths[w]; ok {
		return m, true
	}
	if m, ok := ruShort[w]; ok {
		return m, true
	}
	for i, stem := range ruMonthStems {
		if rest, ok := strings.CutPrefix(w, stem); ok && ruEndings[rest] && !(stem == "ма" && rest == "") {
			return time.Month(i + 1), true
		}
	}
	for i, stem := range kkMonthStems {
		if strings.HasPrefix(w, stem) {
			return time.Month(i + 1), true
		}
	}
	for i, stems := range kkLatinMonthStems {
		for _, stem := range stems {
			if strings.HasPrefix(w, stem) {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}

// findDate returns the first date written in text, read in loc when it names no zone. "Суббота, 4
// мая, 2024" parses like any date: keeping a page header's "today" out is the caller's job (article.go
// looks only near the article).
func findDate(text string, loc *time.Location) (time.Time, bool) {
	t, _, _, ok := findDateSpan(text, loc)
	return t, ok
}

// findDateSpan is findDate that also says where in text the date was written. Every date pattern
// has its year in four ASCII digits: text without four digits in a row is not given to them (it is
// asked of every short element near the title and of every short paragraph).
func findDateSpan(text string, loc *time.Location) (t time.Time, start, end int, ok bool) {
	if !hasYearDigits(text) {
		return time.Time{}, -1, -1, false
	}
	return scanDates(text, loc)
}

// hasYearDigits says whether text has four ASCII digits in a row (\d{4} of every date pattern).
func hasYearDigits(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// scanDates tries every date pattern on text and keeps the date written first.
func scanDates(text string, loc *time.Location) (t time.Time, start, end int, ok bool) {
	best, bestAt, bestEnd := time.Time{}, -1, -1
	scan := func(re *regexp.Regexp, read func(m []int) (time.Time, bool)) {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if bestAt >= 0 && m[0] >= bestAt {
				return
			}
			if t, ok := read(m); ok {
				best, bestAt, bestEnd = t, m[0], m[1]
				return
			}
		}
	}
	scan(isoInText, func(m []int) (time.Time, bool) {
		t := parseISO(text[m[0]:m[1]], loc)
		return t, !t.IsZero()
	})
	scan(dayMonthYear, func(m []int) (time.Time, bool) {
		mon, ok := monthOf(sub(text, m, 2))
		if !ok {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 3), mon, sub(text, m, 1), sub(text, m, 4), sub(text, m, 5))
	})
	scan(monthDayYear, func(m []int) (time.Time, bool) {
		mon, ok := monthOf(sub(text, m, 1))
		if !ok {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 3), mon, sub(text, m, 2), sub(text, m, 4), sub(text, m, 5))
	})
	scan(kkYearDay, func(m []int) (time.Time, bool) {
		mon, ok := monthOf(sub(text, m, 3))
		if !ok {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 1), mon, sub(text, m, 2), sub(text, m, 4), sub(text, m, 5))
	})
	scan(zhDate, func(m []int) (time.Time, bool) {
		mon, _ := strconv.Atoi(sub(text, m, 2))
		if mon < 1 || mon > 12 {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 1), time.Month(mon), sub(text, m, 3), sub(text, m, 4), sub(text, m, 5))
	})
	scan(timeDayMonthYear, func(m []int) (time.Time, bool) {
		mon, ok := monthOf(sub(text, m, 4))
		if !ok {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 5), mon, sub(text, m, 3), sub(text, m, 1), sub(text, m, 2))
	})
	scan(dotted, func(m []int) (time.Time, bool) {
		mon, _ := strconv.Atoi(sub(text, m, 2))
		if mon < 1 || mon > 12 {
			return time.Time{}, false
		}
		return mkDate(loc, sub(text, m, 3), time.Month(mon), sub(text, m, 1), sub(text, m, 4), sub(text, m, 5))
	})
	return best, bestAt, bestEnd, bestAt >= 0
}

// sub is the text of submatch i (1-based), "" when it did not take part.
func sub(text string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

func mkDate(loc *time.Location, year string, mon time.Month, day, hour, minute string) (time.Time, bool) {
	y, _ := strconv.Atoi(year)
	d, _ := strconv.Atoi(day)
	h, _ := strconv.Atoi(hour)
	mi, _ := strconv.Atoi(minute)
	if !plausibleYear(y) || d < 1 || d > 31 || h > 23 || mi > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, mon, d, h, mi, 0, 0, loc)
	if t.Day() != d { // 31 February
		return time.Time{}, false
	}
	return t, true
}
