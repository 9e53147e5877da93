package extract

import (
	"flag"
	"testing"
)

// The r10insp set (testdata/r10insp) holds the sentences written while fixing the inspection and
// border_delay patterns the ninth and tenth development sets showed: for each pattern, new lines in
// other languages and scripts than the dev item that showed it, a positive and a near miss. Its files
// and scoring are the blind sets' (blind3_test.go); TestR10Insp prints its scores (-v) and its misses
// (-r10insp.misses), and fails only when a line is malformed.

var r10inspMisses = flag.Bool("r10insp.misses", false, "TestR10Insp: print every false positive, false negative and field error")

var r10inspSet = blindSet{dir: "testdata/r10insp", minSentences: 1, minLang: map[string]int{}, misses: r10inspMisses}

func TestR10Insp(t *testing.T) { blindScore(t, r10inspSet) }
