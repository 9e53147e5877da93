package extract

import (
	"flag"
	"testing"
)

// The r30ib set (testdata/r30ib) holds the sentences and articles written while fixing the meat_ban and
// inspection patterns the twenty-ninth development set showed in Russian, Kazakh and English: the goods
// of a plant noun («мясокомбинатов», "meatpacking plants", "ет комбинаты") for an inspection only, a ban's
// origins in a series of commas, each item's own cause, a ban named as the rule broken, an inspection
// proposed or only entitled, a Kazakh permission not given in the perfect, a genitive holder before
// another country's region, a date after a country after a colon. For each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR30IB prints its scores (-v) and its misses
// (-r30ib.misses), and fails only when a line is malformed.

var r30ibMisses = flag.Bool("r30ib.misses", false, "TestR30IB: print every false positive, false negative and field error")

var r30ibSet = blindSet{dir: "testdata/r30ib", minSentences: 1, minLang: map[string]int{}, misses: r30ibMisses}

func TestR30IB(t *testing.T) { blindScore(t, r30ibSet) }
