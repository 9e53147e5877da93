package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/store"
)

func TestParse(t *testing.T) {
	zone := time.FixedZone("UTC+5", 5*3600)
	tests := []struct {
		name    string
		v       []string // since, until, kind, source, commodity, country, format
		wantErr string
		check   func(Request) bool
	}{
		{"defaults", []string{"", "", "", "", "", "", ""}, "", func(r Request) bool { return r.Format == "csv" && r.Query.Since.IsZero() }},
		{"a day in UTC+5", []string{"2026-01-31", "2026-02-01", "", "", "", "", "json"}, "", func(r Request) bool {
			return r.Query.Since.Equal(time.Date(2026, 1, 30, 19, 0, 0, 0, time.UTC)) && r.Query.Until.Sub(r.Query.Since) == 24*time.Hour && r.Format == "json"
		}},
		{"kinds", []string{"", "", "meat_ban, inspection", "", "", "", ""}, "", func(r Request) bool { return len(r.Query.Kinds) == 2 }},
		{"country upper-cased", []string{"", "", "", "", "", "kz", ""}, "", func(r Request) bool { return r.Query.Country == "KZ" }},
		{"bad date", []string{"31.01.2026", "", "", "", "", "", ""}, "-since", nil},
		{"until before since", []string{"2026-02-01", "2026-01-01", "", "", "", "", ""}, "-until", nil},
		{"bad kind", []string{"", "", "weather", "", "", "", ""}, "-kind", nil},
		{"bad country", []string{"", "", "", "", "", "China", ""}, "-country", nil},
		{"bad format", []string{"", "", "", "", "", "", "xlsx"}, "-format", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(Values(tt.v[0], tt.v[1], tt.v[2], tt.v[3], tt.v[4], tt.v[5], tt.v[6]), zone)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil || !tt.check(r) {
				t.Errorf("Parse = %+v, %v", r, err)
			}
		})
	}
}

func TestWriterFormats(t *testing.T) {
	row := store.Row{
		Article: store.Record{Source: "eldala", URL: "https://eldala.kz/1", Title: "Заголовок, \"в кавычках\"",
			Published: time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC), Also: []store.Report{{Source: "kazinform"}, {Source: "apk-news"}}},
		Mention: agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Sentence: "Строка\nс переносом", Place: "Dostyk", Wagons: 1200, Days: 10, Route: "Altynkol – Khorgos"},
	}
	var csvOut bytes.Buffer
	w, err := NewWriter(&csvOut, "csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(row); err != nil || w.Close() != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvOut.String(), "\ufeff"))).ReadAll()
	if err != nil || len(recs) != 2 || len(recs[1]) != len(Header()) {
		t.Fatalf("csv %q: %v", csvOut.String(), err)
	}
	got := map[string]string{}
	for i, h := range recs[0] {
		got[h] = recs[1][i]
	}
	want := map[string]string{"title": row.Article.Title, "sentence": "Строка\nс переносом", "wagons": "1200", "days": "10",
		"route": "Altynkol – Khorgos", "also reported by": "kazinform; apk-news", "published": "2026-11-20 09:30", "forecast": ""}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	var jsonOut bytes.Buffer
	w, _ = NewWriter(&jsonOut, "json", nil)
	_ = w.Write(row)
	_ = w.Close()
	var o map[string]any
	if err := json.Unmarshal(jsonOut.Bytes(), &o); err != nil || o["wagons"] != float64(1200) || o["forecast"] != nil || o["route"] != "Altynkol – Khorgos" {
		t.Errorf("json %s: %v", jsonOut.String(), err)
	}
}

func TestFormulasAreInert(t *testing.T) {
	row := store.Row{Article: store.Record{Source: "eldala", Title: `=HYPERLINK("http://evil","click")`},
		Mention: agrowatch.Mention{Kind: agrowatch.KindMeatBan, Sentence: "+7 777 …", Place: "@Dostyk"}}
	rec := Record(row, time.UTC)
	col := map[string]string{}
	for i, h := range Header() {
		col[h] = rec[i]
	}
	for k, want := range map[string]string{"title": `'=HYPERLINK("http://evil","click")`, "sentence": "'+7 777 …", "place": "'@Dostyk", "source": "eldala"} {
		if col[k] != want {
			t.Errorf("%s = %q, want %q", k, col[k], want)
		}
	}
}
