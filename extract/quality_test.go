package extract

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"agrowatch"
)

var (
	showMisses = flag.Bool("misses", false, "quality test: print every false positive and false negative")
	corpusDir  = flag.String("corpus", "", "quality test: directory of labelled *.jsonl to score instead of the default sets")
)

// qualitySet is one labelled set and how strictly it is judged.
type qualitySet struct {
	dir string
	// perCell judges every (kind, language) cell with enough support; otherwise only the per-kind
	// totals are judged and the cells are printed.
	perCell bool
	min     float64 // precision and recall a judged cell or total must reach
}

// qualitySets are the labelled sets TestQuality judges by default: the corpus the rules were written
// against, the held-out set that was written apart and then used to generalise the rules, the first
// blind set, which was read for development once its first figures were taken and is now judged per cell,
// and blind2, which nobody tuning the extractor has read. blind2 is the honest estimate of quality on
// new text; its cells are small, so only its per-kind totals are judged, with a floor under the 0.90
// target. If it fails, fix the mechanism the failure shows and write a new blind set: a blind set that
// has been tuned on measures nothing. dev3 is the development set of the third round (changes, part-year
// periods, lists of destinations, origins by adjective, purchases, back-references in short articles,
// border numbers and routes, traditional Chinese, page chrome); it was scored before any rule was
// written for it (meat_ban P 0.53 R 0.46, inspection 0.56/0.67, export_volume 0.70/0.58, border_delay
// 0.20/0.17, its first 112 lines; second.jsonl, written after the first tuning and scored before the
// next, gave 1.00/0.93, 1.00/1.00, 1.00/1.00, 0.88/0.78; third.jsonl 1.00/1.00, 1.00/1.00, 0.88/0.88,
// 1.00/0.90; fourth.jsonl, ten short articles, 1.00/1.00, 1.00/1.00, 0.86/0.75, 0.50/0.50) and is
// now tuned, so only its per-kind totals are judged.
var qualitySets = []qualitySet{
	{filepath.Join("testdata", "corpus"), true, minScore},
	{filepath.Join("testdata", "heldout"), true, minScore},
	{filepath.Join("testdata", "blind"), true, minScore},
	{filepath.Join("testdata", "blind2"), false, minBlind},
	{filepath.Join("testdata", "dev3"), false, minScore},
}

// minBlind is the floor of the untuned blind set's per-kind precision and recall: a guard against
// regressions, below the 0.90 target. When blind2 was first scored (after the second tuning, which did not
// read it) it gave meat_ban 0.906/0.906, inspection 0.815/0.880, export_volume 1.000/0.933 and
// border_delay 1.000/1.000: inspection precision is short of the target on unseen text.
const minBlind = 0.80

// minScore is the precision and recall every judged cell must reach.
const minScore = 0.90

// minSupport is the gold count under which a (kind, language) cell is printed but judged only
// through its kind's totals: four examples cannot tell 0.90 from 0.75.
const minSupport = 5

// corpusLine is one labelled sentence of testdata/corpus/*.jsonl.
type corpusLine struct {
	Lang string                       `json:"lang"`
	Text string                       `json:"text"`
	Want []map[string]json.RawMessage `json:"want"`
	Note string                       `json:"note"`
	file string
	line int
}

func readCorpus(t *testing.T, dir string) []corpusLine {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	var out []corpusLine
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var c corpusLine
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Errorf("%s:%d: %v", name, n, err)
				continue
			}
			c.file, c.line = filepath.Base(name), n
			out = append(out, c)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// goldMatches reports whether an extracted mention satisfies every field a gold mention gives.
func goldMatches(g map[string]json.RawMessage, m agrowatch.Mention) bool {
	var kind string
	if json.Unmarshal(g["kind"], &kind) != nil || agrowatch.Kind(kind) != m.Kind {
		return false
	}
	str := map[string]string{
		"status": m.Status, "by": m.By, "on": m.On, "from": m.From, "to": m.To, "commodity": m.Commodity,
		"cause": m.Cause, "place": m.Place, "period": m.Period, "change": m.Change, "route": m.Route,
	}
	for field, raw := range g {
		switch field {
		case "kind":
		case "year":
			var y int
			if json.Unmarshal(raw, &y) != nil || y != m.Year {
				return false
			}
		case "wagons", "trucks":
			var n int
			got := m.Wagons
			if field == "trucks" {
				got = m.Trucks
			}
			if json.Unmarshal(raw, &n) != nil || n != got {
				return false
			}
		case "days":
			var d float64
			if json.Unmarshal(raw, &d) != nil || d != m.Days {
				return false
			}
		case "forecast":
			var f bool
			if json.Unmarshal(raw, &f) != nil || f != m.Forecast {
				return false
			}
		case "tonnes":
			var v float64
			if json.Unmarshal(raw, &v) != nil || math.Abs(v-m.Tonnes) > 0.005*math.Abs(v) {
				return false
			}
		default:
			got, known := str[field]
			var want string
			if !known || json.Unmarshal(raw, &want) != nil || want != got {
				return false
			}
		}
	}
	if _, ok := g["forecast"]; !ok && m.Kind == agrowatch.KindExportVolume && m.Forecast {
		return false // absent in gold means false
	}
	if _, ok := g["change"]; !ok && m.Change != "" {
		return false // a change is never the shipped volume a gold figure states
	}
	return true
}

type cell struct{ tp, fp, fn int }

func (c cell) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c cell) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// TestQuality scores the extractor against each labelled set (testdata/corpus, heldout and blind,
// or the one -corpus names), run with language detection. For each set it prints precision and recall
// per kind and language, and per kind overall; a cell whose gold support is under minSupport is
// printed but judged only through its kind's totals.
func TestQuality(t *testing.T) {
	sets := qualitySets
	if *corpusDir != "" {
		sets = []qualitySet{{*corpusDir, true, minScore}}
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { scoreSet(t, set) })
	}
}

// TestCorpusCoverage holds the tuning corpus to what issue 3 asks of it: at least 300 sentences across
// ru, kk in both alphabets, en and zh, hard negatives, and every kind in every language.
func TestCorpusCoverage(t *testing.T) {
	corpus := readCorpus(t, filepath.Join("testdata", "corpus"))
	if len(corpus) < 300 {
		t.Errorf("%d sentences, want at least 300", len(corpus))
	}
	perLang := map[string]int{}
	positives := map[string]int{}
	var negatives, kkLatin int
	for _, c := range corpus {
		perLang[c.Lang]++
		if len(c.Want) == 0 {
			negatives++
		}
		if c.Lang == "kk" && !strings.ContainsFunc(c.Text, func(r rune) bool { return r >= 0x0400 && r <= 0x04FF }) {
			kkLatin++
		}
		for _, g := range c.Want {
			var kind string
			json.Unmarshal(g["kind"], &kind)
			positives[kind+"/"+c.Lang]++
		}
	}
	for _, l := range []string{"ru", "kk", "en", "zh"} {
		if perLang[l] < 50 {
			t.Errorf("%s: %d sentences, want at least 50", l, perLang[l])
		}
		for _, k := range agrowatch.Kinds() {
			if n := positives[string(k)+"/"+l]; n < 5 {
				t.Errorf("%s/%s: %d labelled mentions, want at least 5", k, l, n)
			}
		}
	}
	if kkLatin < 20 {
		t.Errorf("%d Kazakh sentences in the Latin alphabet, want at least 20", kkLatin)
	}
	if negatives < len(corpus)/5 {
		t.Errorf("%d hard negatives of %d sentences, want at least a fifth", negatives, len(corpus))
	}
}

// brief is a mention as the miss log prints it: without the sentence, which the log shows once.
func brief(m agrowatch.Mention) string {
	m.Sentence, m.Lang = "", ""
	j, _ := json.Marshal(m)
	s := strings.Replace(string(j), `"lang":"","sentence":"",`, "", 1)
	return s
}

func scoreSet(t *testing.T, set qualitySet) {
	dir := set.dir
	corpus := readCorpus(t, dir)
	if len(corpus) == 0 {
		t.Fatalf("no labelled sentences in %s: a quality test over nothing proves nothing", dir)
	}
	x := New()
	cells := map[string]*cell{} // "kind/lang"
	get := func(kind, lang string) *cell {
		k := kind + "/" + lang
		if cells[k] == nil {
			cells[k] = &cell{}
		}
		return cells[k]
	}
	langOK, langN := 0, 0
	for _, c := range corpus {
		langN++
		if got := DetectLang(c.Text); got == c.Lang {
			langOK++
		} else if *showMisses {
			t.Logf("LANG %s:%d detected %q, want %q: %s", c.file, c.line, got, c.Lang, c.Text)
		}
		ms := x.Extract(c.Text, "")
		used := make([]bool, len(ms))
		for _, g := range c.Want {
			var kind string
			_ = json.Unmarshal(g["kind"], &kind)
			found := false
			for i, m := range ms {
				if !used[i] && goldMatches(g, m) {
					used[i], found = true, true
					break
				}
			}
			if found {
				get(kind, c.Lang).tp++
			} else {
				get(kind, c.Lang).fn++
				if *showMisses {
					gj, _ := json.Marshal(g)
					var got []string
					for _, m := range ms {
						got = append(got, brief(m))
					}
					t.Logf("FN %s:%d %s\n\t%s\n\twant %s\n\tgot  [%s]", c.file, c.line, c.Note, c.Text, gj, strings.Join(got, ","))
				}
			}
		}
		for i, m := range ms {
			if used[i] {
				continue
			}
			get(string(m.Kind), c.Lang).fp++
			if *showMisses {
				wj, _ := json.Marshal(c.Want)
				t.Logf("FP %s:%d %s\n\t%s\n\tgot  %s\n\twant %s", c.file, c.line, c.Note, c.Text, brief(m), wj)
			}
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "\n%s: %d sentences\n%-14s %-4s %5s %5s %5s %7s %7s\n", dir, len(corpus), "kind", "lang", "TP", "FP", "FN", "P", "R")
	langs := []string{"ru", "kk", "en", "zh"}
	for _, k := range agrowatch.Kinds() {
		var total cell
		for _, l := range langs {
			c := cells[string(k)+"/"+l]
			if c == nil {
				continue
			}
			total.tp, total.fp, total.fn = total.tp+c.tp, total.fp+c.fp, total.fn+c.fn
			judged := set.perCell && c.tp+c.fn >= minSupport
			mark := ""
			switch {
			case !set.perCell:
				mark = " (judged in the total)"
			case !judged:
				mark = " (support < 5: judged in the total)"
			case c.precision() < set.min || c.recall() < set.min:
				mark = " FAIL"
				t.Errorf("%s/%s: precision %.2f recall %.2f, want both ≥ %.2f", k, l, c.precision(), c.recall(), set.min)
			}
			fmt.Fprintf(&b, "%-14s %-4s %5d %5d %5d %7.3f %7.3f%s\n", k, l, c.tp, c.fp, c.fn, c.precision(), c.recall(), mark)
		}
		mark := ""
		if total.precision() < set.min || total.recall() < set.min {
			mark = " FAIL"
			t.Errorf("%s overall: precision %.2f recall %.2f, want both ≥ %.2f", k, total.precision(), total.recall(), set.min)
		}
		fmt.Fprintf(&b, "%-14s %-4s %5d %5d %5d %7.3f %7.3f%s\n", k, "all", total.tp, total.fp, total.fn, total.precision(), total.recall(), mark)
	}
	acc := float64(langOK) / float64(langN)
	fmt.Fprintf(&b, "language detection: %d/%d = %.3f\n", langOK, langN, acc)
	var unknown []string
	for k := range cells {
		if !strings.HasPrefix(k, "meat_ban/") && !strings.HasPrefix(k, "inspection/") &&
			!strings.HasPrefix(k, "export_volume/") && !strings.HasPrefix(k, "border_delay/") {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 {
		fmt.Fprintf(&b, "cells of unknown kinds: %v\n", unknown)
	}
	t.Log(b.String())
	if acc < 0.95 {
		t.Errorf("language detection accuracy %.3f, want ≥ 0.95", acc)
	}
}
