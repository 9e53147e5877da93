package extract

import (
	"flag"
	"testing"
)

// The r18ib set (testdata/r18ib) holds the sentences written while fixing the inspection and
// border_delay patterns the eighteenth and nineteenth development sets showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR18IB prints its scores (-v) and its misses (-r18ib.misses), and fails
// only when a line is malformed.

var r18ibMisses = flag.Bool("r18ib.misses", false, "TestR18IB: print every false positive, false negative and field error")

var r18ibSet = blindSet{dir: "testdata/r18ib", minSentences: 1, minLang: map[string]int{}, misses: r18ibMisses}

func TestR18IB(t *testing.T) { blindScore(t, r18ibSet) }
