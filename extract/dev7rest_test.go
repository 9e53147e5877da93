package extract

import (
	"flag"
	"testing"
)

// The dev7rest set (testdata/dev7rest) holds the sentences written while fixing the meat_ban,
// inspection and export_volume patterns the seventh development set showed: for each pattern, new
// lines in other languages and scripts than the dev7 item that showed it, a positive and a near miss.
// Its files and scoring are the blind sets' (blind3_test.go); TestDev7Rest prints its scores (-v) and
// its misses (-dev7rest.misses), and fails only when a line is malformed.

var dev7restMisses = flag.Bool("dev7rest.misses", false, "TestDev7Rest: print every false positive, false negative and field error")

var dev7restSet = blindSet{dir: "testdata/dev7rest", minSentences: 1, minLang: map[string]int{}, misses: dev7restMisses}

func TestDev7Rest(t *testing.T) { blindScore(t, dev7restSet) }

// TestDev7RestNextInspection checks the pattern dev7rest's sentences cannot hold, being an article's:
// the next inspection an article announces after one it reported is planned by the same sides, in
// every language; results of the one reported are no new inspection.
func TestDev7RestNextInspection(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Российские инспекторы посетили казахстанские птицефабрики.\n\nСледующая проверка ожидается весной.", 2},
		{"Russian inspectors visited Kazakh poultry farms.\n\nThe next inspection is expected in spring.", 2},
		{"Ресей инспекторлары қазақстандық құс фабрикаларын аралады.\n\nКелесі тексеру көктемде өтеді деп күтілуде.", 2},
		{"俄罗斯检查组对哈萨克斯坦禽肉企业进行了检查。\n\n下一次检查预计在春季进行。", 2},
		{"Russian inspectors visited Kazakh poultry farms.\n\nThe results of the inspection will be published next week.", 1},
	} {
		got := x.Extract(tt.text, "")
		if len(got) != tt.want {
			t.Errorf("Extract(%q) = %s, want %d mentions", tt.text, js(got), tt.want)
			continue
		}
		if last := got[len(got)-1]; tt.want == 2 && (last.Status != "planned" || last.By != "RU" || last.On != "KZ") {
			t.Errorf("Extract(%q): next inspection = %s, want planned by RU on KZ", tt.text, js(last))
		}
	}
}
