package web

import (
	"testing"
	"time"

	"agrowatch"
)

func TestNumbersAndDates(t *testing.T) {
	d := time.Date(2026, 3, 14, 16, 5, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang                string
		n                   float64
		number, date, month string
	}{
		{"en", 1234567.25, "1,234,567.3", "14 March 2026", "March 2026"},
		{"ru", 1234567.25, "1\u00a0234\u00a0567,3", "14 марта 2026 г.", "март 2026"},
		{"kk", 1234567.25, "1\u00a0234\u00a0567,3", "2026 жылғы 14 наурыз", "2026 ж. наурыз"},
		{"en", 999.96, "1,000", "14 March 2026", "March 2026"},
		{"ru", -12500, "−12\u00a0500", "14 марта 2026 г.", "март 2026"},
		{"en", 0, "0", "14 March 2026", "March 2026"},
	} {
		l := lang{tc.lang}
		if got := l.Number(tc.n); got != tc.number {
			t.Errorf("%s Number(%v) = %q, want %q", tc.lang, tc.n, got, tc.number)
		}
		if got := l.Date(d); got != tc.date {
			t.Errorf("%s Date = %q, want %q", tc.lang, got, tc.date)
		}
		if got := l.Month(d); got != tc.month {
			t.Errorf("%s Month = %q, want %q", tc.lang, got, tc.month)
		}
	}
	if got := (lang{"ru"}).Date(time.Time{}); got != "—" {
		t.Errorf("a zero date is %q", got)
	}
}

func TestFactInWords(t *testing.T) {
	lifted := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: agrowatch.StatusLifted, By: "CN", On: "KZ", Commodity: "beef"}
	noBy := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: agrowatch.StatusImposed, On: "KZ", Commodity: "poultry", Cause: "avian_influenza"}
	vol := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", From: "KZ", To: "CN", Tonnes: 420000, Commodity: "wheat", Period: "в октябре"}
	fc := agrowatch.Mention{Kind: agrowatch.KindExportVolume, From: "KZ", Tonnes: 9e6, Commodity: "grain", Year: 2027, Forecast: true}
	up := agrowatch.Mention{Kind: agrowatch.KindExportVolume, From: "KZ", To: "UZ", Tonnes: 2e5, Change: "increase"}
	delay := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: "Khorgos", Trucks: 300, Days: 2.5}
	insp := agrowatch.Mention{Kind: agrowatch.KindInspection, Status: agrowatch.StatusDone, By: "RU", On: "KZ"}
	for _, tc := range []struct {
		lang string
		m    agrowatch.Mention
		want string
	}{
		{"en", lifted, "China lifts its ban on beef from Kazakhstan"},
		{"ru", lifted, "Китай: снят запрет на ввоз говядины из Казахстана"},
		{"kk", lifted, "Қытай тыйымды алды: сиыр еті — Қазақстан"},
		{"en", noBy, "A country bans imports of poultry from Kazakhstan (avian influenza)"},
		{"ru", noBy, "Введён запрет на ввоз мяса птицы из Казахстана (грипп птиц)"},
		{"en", vol, "Kazakhstan → China: 420,000 t, wheat, “в октябре”"},
		{"kk", vol, "Қазақстан → Қытай: 420\u00a0000 т, бидай, «в октябре»"},
		{"ru", vol, "Казахстан → Китай: 420\u00a0000 т, пшеница, в октябре"},
		{"en", fc, "Kazakhstan, exports: 9,000,000 t, grain, 2027 (forecast)"},
		{"ru", up, "Казахстан → Узбекистан: рост на 200\u00a0000 т"},
		{"en", delay, "Border delay: Khorgos, 300 trucks, 2.5 days"},
		{"ru", insp, "Россия → Казахстан: инспекция проведена"},
	} {
		if got := (lang{tc.lang}).Fact(tc.m); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.lang, got, tc.want)
		}
	}
}

// TestLabels: every label has its three languages, so that no page falls back to English unasked.
func TestLabels(t *testing.T) {
	for key, w := range labels {
		for i, s := range w {
			if s == "" {
				t.Errorf("label %q has no %s", key, langs[i])
			}
		}
	}
}
