package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"agrowatch"
	"agrowatch/store"
)

// FuzzCSV: whatever a site wrote in a title or a sentence, the CSV reads back as the header and one
// row of exactly the fields written (quotes, commas, line breaks and all), and the JSON line decodes.
func FuzzCSV(f *testing.F) {
	f.Add("Китай снял запрет", "Экспорт 1,4 млн тонн; \"рост\"", "eldala", "https://eldala.kz/1?a=1,b=2", 1.4e6, "beef")
	f.Add("line\nbreak\r\nand\rreturn", "tab\tand, comma", "", "", 0.0, "")
	f.Add("=HYPERLINK(\"http://evil\")", "+1", "-2", "@SUM(A1)", math.Inf(1), "\x00")
	f.Add("\xff\xfe", "\"\"\"", "\ufeff", " leading space", math.NaN(), "grain")
	f.Fuzz(func(t *testing.T, title, sentence, source, url string, tonnes float64, commodity string) {
		row := store.Row{
			Article: store.Record{Source: source, URL: url, Title: title, Fetched: time.Date(2026, 10, 1, 10, 0, 0, 0, time.UTC)},
			Mention: agrowatch.Mention{Kind: agrowatch.KindExportVolume, Sentence: sentence, Tonnes: tonnes, Commodity: commodity, Lang: "ru"},
		}
		var b bytes.Buffer
		w, err := NewWriter(&b, "csv", time.UTC)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(row); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		body, ok := bytes.CutPrefix(b.Bytes(), []byte("\ufeff"))
		if !ok {
			t.Fatal("no byte-order mark")
		}
		r := csv.NewReader(bytes.NewReader(body))
		r.FieldsPerRecord = len(Header())
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("the CSV does not read back: %v\n%q", err, body)
		}
		want := Record(row, time.UTC)
		// encoding/csv with UseCRLF writes a line break as \r\n and drops a lone \r, and reads \r\n as
		// \n. The crawler folds every run of white space in titles and sentences, so no real field
		// holds a lone \r.
		norm := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "") }
		for i := range want {
			want[i] = norm(want[i])
		}
		if len(recs) != 2 || !slices.Equal(recs[0], Header()) {
			t.Fatalf("read back %d records: %q", len(recs), recs)
		}
		got := recs[1]
		for i := range got {
			got[i] = norm(got[i])
		}
		if !slices.Equal(got, want) {
			t.Fatalf("read back\n%q\nwant\n%q", got, want)
		}

		b.Reset()
		if w, err = NewWriter(&b, "json", time.UTC); err != nil {
			t.Fatal(err)
		}
		err = w.Write(row)
		if math.IsNaN(tonnes) || math.IsInf(tonnes, 0) {
			// JSON has no NaN or infinity: the row is refused with an error, not written half.
			if err == nil {
				t.Fatalf("tonnes %v written as JSON: %q", tonnes, b.String())
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		var o Object
		if err := json.Unmarshal(b.Bytes(), &o); err != nil {
			t.Fatalf("the JSON line does not decode: %v\n%q", err, b.String())
		}
		if utf8.ValidString(title) && o.Title != title {
			t.Fatalf("title %q came back %q", title, o.Title)
		}
	})
}

// FuzzParse: any parameters give a request or an error naming the parameter, and a request that
// passed is one the store can run.
func FuzzParse(f *testing.F) {
	f.Add("2026-01-01", "2026-02-01", "meat_ban,export_volume", "", "kz", "csv")
	f.Add("2026-02-01", "2026-01-01", "", "", "", "json")
	f.Add("2026-01-01T10:00:00+05:00", "", "nope", "eldala", "KAZ", "xml")
	f.Add(" 2026-13-01 ", "9999-12-31", ",", "\x00", "  ", "")
	f.Fuzz(func(t *testing.T, since, until, kind, source, country, format string) {
		r, err := Parse(Values(since, until, kind, source, "", country, format), time.UTC)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "export: -") {
				t.Fatalf("error names no parameter: %v", err)
			}
			return
		}
		if !slices.Contains(Formats(), r.Format) {
			t.Fatalf("format %q", r.Format)
		}
		q := r.Query
		if !q.Since.IsZero() && !q.Until.IsZero() && !q.Until.After(q.Since) {
			t.Fatalf("range %v – %v", q.Since, q.Until)
		}
		for _, k := range q.Kinds {
			if !slices.Contains(agrowatch.Kinds(), k) {
				t.Fatalf("kind %q", k)
			}
		}
		if c := q.Country; c != "" && (len(c) != 2 || strings.ToUpper(c) != c) {
			t.Fatalf("country %q", c)
		}
	})
}
