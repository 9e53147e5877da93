package extract

import (
	"flag"
	"testing"
)

// The r16ib set (testdata/r16ib) holds the sentences written while fixing the inspection and
// border_delay patterns the sixteenth and seventeenth development sets showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR16IB prints its scores (-v) and its misses (-r16ib.misses), and fails
// only when a line is malformed.

var r16ibMisses = flag.Bool("r16ib.misses", false, "TestR16IB: print every false positive, false negative and field error")

var r16ibSet = blindSet{dir: "testdata/r16ib", minSentences: 1, minLang: map[string]int{}, misses: r16ibMisses}

func TestR16IB(t *testing.T) { blindScore(t, r16ibSet) }
