package web

import (
	"fmt"
	"html/template"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"agrowatch"
	"agrowatch/export"
	"agrowatch/store"
)

// bucket is one period's sums.
type bucket struct {
	Start             time.Time
	Shipped, Forecast float64
	Figures           int
}

// volumeLine is one period × destination × commodity of the table.
type volumeLine struct {
	Start             time.Time
	To, Commodity     string
	Shipped, Forecast float64
	Figures           int
}

// tonnage sums shipped and forecast tonnes per period, each fact once: a change of a volume ("up by
// 200 kt") is not a shipment and is left out, and so is a figure that repeats one another article
// reported, or that stands in a copy of another article.
type tonnage struct {
	perYear bool
	zone    *time.Location
	buckets map[time.Time]*bucket
	lines   map[volumeLine]*volumeLine
}

func newTonnage(perYear bool, zone *time.Location) *tonnage {
	return &tonnage{perYear: perYear, zone: zone, buckets: map[time.Time]*bucket{}, lines: map[volumeLine]*volumeLine{}}
}

func (t *tonnage) add(r store.Row) {
	m := r.Mention
	if m.Kind != agrowatch.KindExportVolume || m.Change != "" || m.Tonnes <= 0 || r.RepeatOf != 0 || r.Article.Story != 0 {
		return
	}
	when := export.When(r).In(t.zone)
	var start time.Time
	if t.perYear {
		y := when.Year()
		if m.Year != 0 {
			y = m.Year // "in 2023" published in January 2024 is 2023's
		}
		start = time.Date(y, 1, 1, 0, 0, 0, 0, t.zone)
	} else {
		start = time.Date(when.Year(), when.Month(), 1, 0, 0, 0, 0, t.zone)
	}
	b := t.buckets[start]
	if b == nil {
		b = &bucket{Start: start}
		t.buckets[start] = b
	}
	key := volumeLine{Start: start, To: m.To, Commodity: m.Commodity}
	line := t.lines[key]
	if line == nil {
		line = &key
		t.lines[key] = line
	}
	b.Figures++
	line.Figures++
	if m.Forecast {
		b.Forecast += m.Tonnes
		line.Forecast += m.Tonnes
	} else {
		b.Shipped += m.Tonnes
		line.Shipped += m.Tonnes
	}
}

// series is every period from the first to the last, empty ones included, so that the chart's axis is
// time and a gap shows as a gap.
func (t *tonnage) series() []bucket {
	if len(t.buckets) == 0 {
		return nil
	}
	var first, last time.Time
	for s := range t.buckets {
		if first.IsZero() || s.Before(first) {
			first = s
		}
		if s.After(last) {
			last = s
		}
	}
	var out []bucket
	for s := first; !s.After(last); s = t.next(s) {
		if b := t.buckets[s]; b != nil {
			out = append(out, *b)
		} else {
			out = append(out, bucket{Start: s})
		}
		if len(out) > 1000 { // a year named wrongly (1990) must not make a chart of centuries
			break
		}
	}
	return out
}

func (t *tonnage) next(s time.Time) time.Time {
	if t.perYear {
		return s.AddDate(1, 0, 0)
	}
	return s.AddDate(0, 1, 0)
}

func (t *tonnage) table() []volumeLine {
	out := make([]volumeLine, 0, len(t.lines))
	for _, l := range t.lines {
		out = append(out, *l)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if a.Shipped+a.Forecast != b.Shipped+b.Forecast {
			return a.Shipped+a.Forecast > b.Shipped+b.Forecast
		}
		return a.To+a.Commodity < b.To+b.Commodity
	})
	return out
}

// tonnesJSON is a line of the table as a JSON line.
type tonnesJSON struct {
	Period         string  `json:"period"`
	To             string  `json:"to,omitempty"`
	Commodity      string  `json:"commodity,omitempty"`
	ShippedTonnes  float64 `json:"shipped_tonnes"`
	ForecastTonnes float64 `json:"forecast_tonnes"`
	Figures        int     `json:"figures"`
}

// tonnesRow is a line of the table beside the chart, ready to show.
type tonnesRow struct {
	Period, To, Commodity      string
	Shipped, Forecast, Figures string
	FactsURL                   string
}

type tonnesData struct {
	Form    formData
	Chart   template.HTML
	Rows    []tonnesRow
	Total   tonnesRow
	Empty   bool
	PerYear bool
}

func (s *Server) tonnes(q *request) error {
	l, f := q.lang, q.f
	sq := f.query()
	sq.Kinds, sq.Status, sq.Newest, sq.Offset, sq.Limit = []agrowatch.Kind{agrowatch.KindExportVolume}, "", false, 0, 0
	t := newTonnage(f.Per == "year", s.opt.Zone)
	var rows []store.Row
	reached, stopped, err := s.walk(q, sq, func(r store.Row) error {
		t.add(r)
		if q.format == ".atom" {
			rows = append(rows, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	lines := t.table()
	periodName := func(start time.Time) string {
		if t.perYear {
			return strconv.Itoa(start.Year())
		}
		return l.Month(start)
	}
	periodCode := func(start time.Time) string {
		if t.perYear {
			return start.Format("2006")
		}
		return start.Format("2006-01")
	}
	switch q.format {
	case ".csv", ".json":
		tb := table{Header: []string{"period", "to", "commodity", "shipped tonnes", "forecast tonnes", "figures"}}
		for _, ln := range lines {
			tb.Rows = append(tb.Rows, []string{periodCode(ln.Start), ln.To, ln.Commodity, strconv.FormatFloat(ln.Shipped, 'f', -1, 64),
				strconv.FormatFloat(ln.Forecast, 'f', -1, 64), strconv.Itoa(ln.Figures)})
			tb.Objects = append(tb.Objects, tonnesJSON{periodCode(ln.Start), ln.To, ln.Commodity, ln.Shipped, ln.Forecast, ln.Figures})
		}
		if q.format == ".csv" {
			return s.writeCSV(q, tb)
		}
		return s.writeJSON(q, tb)
	case ".atom":
		// The feed of the figures themselves, newest last in the walk: the latest feedEntries.
		if len(rows) > feedEntries {
			rows = rows[len(rows)-feedEntries:]
		}
		return s.list(q, rows, stopped, l.T("tonnes.title"))
	}
	data := tonnesData{Form: s.form(q), PerYear: t.perYear}
	data.Form.Tonnes = true
	ser := t.series()
	data.Empty = len(ser) == 0
	if !data.Empty {
		data.Chart = chartSVG(l, ser, t.perYear)
	}
	var total bucket
	for _, ln := range lines {
		total.Shipped += ln.Shipped
		total.Forecast += ln.Forecast
		total.Figures += ln.Figures
		ff := f
		ff.Kinds, ff.Status, ff.To, ff.Commodity, ff.Page, ff.Per = []string{string(agrowatch.KindExportVolume)}, "", ln.To, ln.Commodity, 1, "month"
		ff.Since, ff.Until = ln.Start, t.next(ln.Start).AddDate(0, 0, -1)
		to := ln.To
		if to == "" {
			to = "—"
		} else {
			to = l.Country(to)
		}
		com := "—"
		if ln.Commodity != "" {
			com = l.Commodity(ln.Commodity)
		}
		data.Rows = append(data.Rows, tonnesRow{Period: periodName(ln.Start), To: to, Commodity: com, Shipped: dash(l, ln.Shipped),
			Forecast: dash(l, ln.Forecast), Figures: l.Int(ln.Figures), FactsURL: ff.link("/facts", 1)})
	}
	data.Total = tonnesRow{Period: l.T("tonnes.total"), Shipped: dash(l, total.Shipped), Forecast: dash(l, total.Forecast), Figures: l.Int(total.Figures)}
	p := s.newPage(q, "tonnes", l.T("tonnes.title"))
	if stopped {
		p.Stopped = l.Date(reached.In(s.opt.Zone))
	}
	p.Data = data
	return s.render(q, p)
}

func dash(l lang, v float64) string {
	if v == 0 {
		return "—"
	}
	return l.Number(v)
}

// chartSVG draws the series as bars: shipments solid, forecasts dashed and hollow beside them, so that
// a forecast never reads as tonnes shipped. Drawn on the server with presentation attributes only: the
// page's Content-Security-Policy allows no inline style or script.
func chartSVG(l lang, ser []bucket, perYear bool) template.HTML {
	const (
		w, h                   = 720.0, 300.0
		left, right, top, foot = 78.0, 12.0, 14.0, 44.0
	)
	peak := 0.0
	for _, b := range ser {
		peak = math.Max(peak, math.Max(b.Shipped, b.Forecast))
	}
	step := niceStep(peak / 4)
	ymax := step * math.Ceil(peak/step)
	if ymax == 0 {
		ymax, step = 1, 1
	}
	plotW, plotH := w-left-right, h-top-foot
	y := func(v float64) float64 { return top + plotH - v/ymax*plotH }
	var b strings.Builder
	esc := template.HTMLEscapeString
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %.0f %.0f" role="img" aria-label="%s">`, w, h, esc(l.T("tonnes.chart")))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(l.T("tonnes.chart")))
	for v := 0.0; v <= ymax+step/2; v += step {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="#d0d4d9" stroke-width="1"/>`, left, w-right, y(v), y(v))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" font-size="11" fill="#444">%s</text>`, left-6, y(v)+4, esc(l.Number(v)))
	}
	slot := plotW / float64(len(ser))
	bar := math.Max(1, math.Min(28, slot*0.38))
	labelEvery := int(math.Ceil(float64(len(ser)) / 14))
	for i, bk := range ser {
		x := left + float64(i)*slot + slot/2
		name := strconv.Itoa(bk.Start.Year())
		if !perYear {
			name = l.Month(bk.Start)
		}
		if bk.Shipped > 0 {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#2f6f9f"><title>%s: %s %s</title></rect>`,
				x-bar, y(bk.Shipped), bar, y(0)-y(bk.Shipped), esc(name), esc(l.Number(bk.Shipped)), esc(l.T("t")))
		}
		if bk.Forecast > 0 {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="none" stroke="#c46a00" stroke-width="1.5" stroke-dasharray="4 3"><title>%s: %s %s (%s)</title></rect>`,
				x+1, y(bk.Forecast), bar-1, y(0)-y(bk.Forecast), esc(name), esc(l.Number(bk.Forecast)), esc(l.T("t")), esc(l.T("forecast")))
		}
		if i%labelEvery == 0 {
			label := strconv.Itoa(bk.Start.Year())
			sub := ""
			if !perYear {
				label = l.MonthShort(bk.Start)
				if i == 0 || bk.Start.Month() == time.January {
					sub = strconv.Itoa(bk.Start.Year())
				}
			}
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="#444">%s</text>`, x, h-foot+16, esc(label))
			if sub != "" {
				fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="#444">%s</text>`, x, h-foot+30, sub)
			}
		}
	}
	fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="#444" stroke-width="1"/>`, left, w-right, y(0), y(0))
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every text in it went through esc
}

// niceStep rounds a raw step up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}
