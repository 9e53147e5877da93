package extract

import (
	"flag"
	"testing"
)

// The r11insp set (testdata/r11insp) holds the sentences written while fixing the inspection and
// border_delay patterns the eleventh development set and the second round on dev9 and dev10 showed: for each pattern, new lines in
// other languages and scripts than the dev item that showed it, a positive and a near miss. Its files
// and scoring are the blind sets' (blind3_test.go); TestR11Insp prints its scores (-v) and its misses
// (-r11insp.misses), and fails only when a line is malformed.

var r11inspMisses = flag.Bool("r11insp.misses", false, "TestR11Insp: print every false positive, false negative and field error")

var r11inspSet = blindSet{dir: "testdata/r11insp", minSentences: 1, minLang: map[string]int{}, misses: r11inspMisses}

func TestR11Insp(t *testing.T) { blindScore(t, r11inspSet) }
