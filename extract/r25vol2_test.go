package extract

import (
	"flag"
	"testing"
)

// The r25vol2 set (testdata/r25vol2) holds the sentences written while fixing the export_volume
// patterns that dev25, dev22 and dev20 still showed in Russian, English and Kazakh after r25vol: for
// each pattern, new lines in other languages and scripts than the dev item that showed it, a positive
// and a near miss. Its files and scoring are the blind sets' (blind3_test.go); TestR25Vol2 prints its
// scores (-v) and its misses (-r25vol2.misses), and fails only when a line is malformed.

var r25vol2Misses = flag.Bool("r25vol2.misses", false, "TestR25Vol2: print every false positive, false negative and field error")

var r25vol2Set = blindSet{dir: "testdata/r25vol2", minSentences: 1, minLang: map[string]int{}, misses: r25vol2Misses}

func TestR25Vol2(t *testing.T) { blindScore(t, r25vol2Set) }
