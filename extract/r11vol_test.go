package extract

import (
	"flag"
	"testing"
)

// The r11vol set (testdata/r11vol) holds the sentences written while fixing the export_volume patterns
// the twelfth development set (and the ninth to eleventh) showed: for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestR11Vol prints its scores (-v) and its misses
// (-r11vol.misses), and fails only when a line is malformed.

var r11volMisses = flag.Bool("r11vol.misses", false, "TestR11Vol: print every false positive, false negative and field error")

var r11volSet = blindSet{dir: "testdata/r11vol", minSentences: 1, minLang: map[string]int{}, misses: r11volMisses}

func TestR11Vol(t *testing.T) { blindScore(t, r11volSet) }
