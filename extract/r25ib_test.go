package extract

import (
	"flag"
	"testing"
)

// The r25ib set (testdata/r25ib) holds the sentences written while fixing the meat_ban and
// border_delay patterns the twenty-fifth development set (dev25: meat_ban, inspection and border_delay in published wire news) showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR25IB prints its scores (-v) and its misses (-r25ib.misses), and fails
// only when a line is malformed.

var r25ibMisses = flag.Bool("r25ib.misses", false, "TestR25IB: print every false positive, false negative and field error")

var r25ibSet = blindSet{dir: "testdata/r25ib", minSentences: 1, minLang: map[string]int{}, misses: r25ibMisses}

func TestR25IB(t *testing.T) { blindScore(t, r25ibSet) }
