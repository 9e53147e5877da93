package crawler

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFindDate: the date parser reads any text without a panic, and what it finds is a real date of
// the years it accepts, written where it says; the four-digit test before the patterns hides no date
// from them.
func FuzzFindDate(f *testing.F) {
	for _, s := range []string{
		"Суббота, 4 мая, 2024", "04.05.2024 12:30", "2024-02-09T05:30:00+0500", "2023年12月31日 23:59",
		"2024 жылғы 9 ақпан", "May 4, 2024 at 9:05", "15:40, 9 февраля 2024", "31.02.2024", "29 февраля 2023",
		"9999-99-99", "2024-13-01T25:61:00Z", "1 янв 1989", "Опубликовано: 07.02.2024 | 19:00",
		"\xff\xfe 04.05.2024", "24.10.2026 г. в 14:00", "Mon, 02 Jan 2006 15:04:05 -0700",
	} {
		f.Add(s)
	}
	loc := time.FixedZone("UTC+5", 5*60*60)
	f.Fuzz(func(t *testing.T, text string) {
		d, start, end, ok := findDateSpan(text, loc)
		if rd, rs, re, rok := scanDates(text, loc); rok != ok || ok && (!rd.Equal(d) || rs != start || re != end) {
			t.Fatalf("findDateSpan(%q) = %v [%d, %d) %v; the patterns alone: %v [%d, %d) %v", text, d, start, end, ok, rd, rs, re, rok)
		}
		if !ok {
			if !d.IsZero() {
				t.Fatalf("findDateSpan(%q) = %v, not ok", text, d)
			}
			return
		}
		if start < 0 || end <= start || end > len(text) {
			t.Fatalf("findDateSpan(%q): span [%d, %d) outside the text", text, start, end)
		}
		if d.IsZero() || d.Year() < 1990 || d.Year() > 2100 {
			t.Fatalf("findDateSpan(%q) = %v", text, d)
		}
		if utf8.ValidString(text) && !utf8.ValidString(text[start:end]) {
			t.Fatalf("findDateSpan(%q): the span %q cuts a character", text, text[start:end])
		}
		if d2, ok := findDate(text, loc); !ok || !d2.Equal(d) {
			t.Fatalf("findDate and findDateSpan disagree on %q: %v, %v", text, d2, d)
		}
		_ = parseISO(text, loc)
	})
}
