package extract

import (
	"flag"
	"testing"
)

// The dev8vol set (testdata/dev8vol) holds the sentences written while fixing the export_volume and
// border_delay patterns the eighth development set showed: for each pattern, new lines in other
// languages and scripts than the dev8 item that showed it, a positive and a near miss. Its files and
// scoring are the blind sets' (blind3_test.go); TestDev8Vol prints its scores (-v) and its misses
// (-dev8vol.misses), and fails only when a line is malformed.

var dev8volMisses = flag.Bool("dev8vol.misses", false, "TestDev8Vol: print every false positive, false negative and field error")

var dev8volSet = blindSet{dir: "testdata/dev8vol", minSentences: 1, minLang: map[string]int{}, misses: dev8volMisses}

func TestDev8Vol(t *testing.T) { blindScore(t, dev8volSet) }
