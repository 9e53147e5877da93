package web

import (
	"testing"
	"time"

	"agrowatch"
	"agrowatch/store"
)

func TestTonnage(t *testing.T) {
	zone := time.UTC
	at := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	row := func(when string, m agrowatch.Mention) store.Row {
		m.Kind = agrowatch.KindExportVolume
		return store.Row{Article: store.Record{Published: at(when)}, Mention: m}
	}
	rows := []store.Row{
		row("2025-01-10", agrowatch.Mention{Tonnes: 100, To: "CN", Commodity: "wheat"}),
		row("2025-01-20", agrowatch.Mention{Tonnes: 50, To: "CN", Commodity: "wheat"}),
		row("2025-01-25", agrowatch.Mention{Tonnes: 30, To: "UZ", Commodity: "flour"}),
		row("2025-01-26", agrowatch.Mention{Tonnes: 999, To: "CN", Commodity: "wheat", Change: "increase"}), // a change, not a shipment
		row("2025-03-02", agrowatch.Mention{Tonnes: 70, To: "CN", Commodity: "wheat", Forecast: true}),
		row("2025-03-03", agrowatch.Mention{Tonnes: 20, To: "CN", Commodity: "wheat"}),
		row("2026-01-15", agrowatch.Mention{Tonnes: 400, To: "CN", Commodity: "wheat", Year: 2025}), // a year's total, published the next January
		{Article: store.Record{Published: at("2025-03-05")}, Mention: agrowatch.Mention{Kind: agrowatch.KindMeatBan, Tonnes: 5}},
	}
	repeat := row("2025-01-11", agrowatch.Mention{Tonnes: 100, To: "CN", Commodity: "wheat"})
	repeat.RepeatOf = 1
	copied := row("2025-01-12", agrowatch.Mention{Tonnes: 100, To: "CN", Commodity: "wheat"})
	copied.Article.Story = 1
	rows = append(rows, repeat, copied)

	months := newTonnage(false, zone)
	years := newTonnage(true, zone)
	for _, r := range rows {
		months.add(r)
		years.add(r)
	}
	ser := months.series()
	if len(ser) != 13 { // January 2025 to January 2026, the empty months included
		t.Fatalf("%d months: %+v", len(ser), ser)
	}
	for i, want := range []bucket{
		{Start: at("2025-01-01"), Shipped: 180, Figures: 3},
		{Start: at("2025-02-01")},
		{Start: at("2025-03-01"), Shipped: 20, Forecast: 70, Figures: 2},
	} {
		if ser[i] != want {
			t.Errorf("month %d: %+v, want %+v", i, ser[i], want)
		}
	}
	ys := years.series()
	if len(ys) != 1 || ys[0].Shipped != 600 || ys[0].Forecast != 70 || ys[0].Figures != 6 {
		t.Errorf("years %+v", ys)
	}
	lines := months.table()
	if len(lines) != 4 || lines[0].To != "CN" || lines[0].Shipped != 150 || lines[1].To != "UZ" {
		t.Errorf("table %+v", lines)
	}
	for _, tc := range []struct{ raw, want float64 }{{0, 1}, {1, 1}, {2.5, 5}, {120, 200}, {2_250_000, 5_000_000}, {9_999, 10_000}} {
		if got := niceStep(tc.raw); got != tc.want {
			t.Errorf("niceStep(%v) = %v, want %v", tc.raw, got, tc.want)
		}
	}
}
