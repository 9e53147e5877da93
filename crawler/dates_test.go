package crawler

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	kz := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, kzZone) }
	for in, want := range map[string]time.Time{
		"09 февраля 2024 | 05:30":           kz(2024, 2, 9, 5, 30),
		"25 октября 2016":                   kz(2016, 10, 25, 0, 0),
		"25 октября 2016 года в 10:05":      kz(2016, 10, 25, 10, 5),
		"02.06.2023 16:00":                  kz(2023, 6, 2, 16, 0),
		"18 Ноябрь, 2021 в 18:11":           kz(2021, 11, 18, 18, 11),
		"2024 жылғы 7 ақпанда":              kz(2024, 2, 7, 0, 0),
		"2023 жылы 12 қазан":                kz(2023, 10, 12, 0, 0),
		"February 7, 2024":                  kz(2024, 2, 7, 0, 0),
		"Feb 7, 2024 at 14:20":              kz(2024, 2, 7, 14, 20),
		"7 February 2024":                   kz(2024, 2, 7, 0, 0),
		"Опубликовано: 1 мая 2025":          kz(2025, 5, 1, 0, 0),
		"2026-10-07T12:00:00+0000":          time.Date(2026, 10, 7, 12, 0, 0, 0, time.UTC),
		"2026-10-07T12:00:00+05:00":         kz(2026, 10, 7, 12, 0),
		"updated 2026-10-07":                kz(2026, 10, 7, 0, 0),
		"с 3 марта 2025 года ввоз запрещён": kz(2025, 3, 3, 0, 0),
		"13:51, 15 августа 2025":            kz(2025, 8, 15, 13, 51),
		"14:45, 07 qazan 2026":              kz(2026, 10, 7, 14, 45),
		"2024 jylǵy 7 aqpan":                kz(2024, 2, 7, 0, 0),
		"2024年2月7日":                         kz(2024, 2, 7, 0, 0),
		"发布时间：2024年02月07日 10:30":            kz(2024, 2, 7, 10, 30),
		"自2024年2月7日10时30分起":                 kz(2024, 2, 7, 10, 30),
		"发布时间：2024-02-07 10:30 来源：海关总署":     kz(2024, 2, 7, 10, 30),
	} {
		got, ok := findDate(in, kzZone)
		if !ok || !got.Equal(want) {
			t.Errorf("%q: got %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"за 2 декады 2024 года",    // not a month
		"5 marketing 2024",         // not a month
		"31 февраля 2024",          // no such day
		"поставлено 85 тыс. голов", // no date at all
		"12 тонн 2024",
		"2024年13月7日", // no such month
		"2024年2月30日", // no such day
	} {
		if got, ok := findDate(in, kzZone); ok {
			t.Errorf("%q: found %s", in, got)
		}
	}
}

func TestParseISO(t *testing.T) {
	want := time.Date(2026, 10, 7, 12, 0, 0, 0, time.UTC)
	for _, in := range []string{"2026-10-07T12:00:00+0000", "2026-10-07T12:00:00+00:00", "2026-10-07T12:00:00Z", "2026-10-07T17:00:00+0500", "2026-10-07T12:00:00.000Z", "2026-10-07 17:00:00"} {
		if got := parseISO(in, kzZone); !got.Equal(want) {
			t.Errorf("%q: %s", in, got)
		}
	}
}

func TestDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"09 февраля 2024 | 05:30":              true,
		"Суббота, 4 мая, 2024":                 true,
		"Опубликовано: 6 октября 2026 в 16:40": true,
		"С 1 мая 2024 года ввоз запрещён.":     false,
		"Экспорт вырос":                        false,
		"发布时间：2024年2月7日":                       true,
		"2024年2月7日海关总署发布公告":                    false,
	} {
		if got := dateLine(in, kzZone); got != want {
			t.Errorf("%q: %v", in, got)
		}
	}
}
