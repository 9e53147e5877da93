package extract

import (
	"flag"
	"testing"
)

// The r26ib set (testdata/r26ib) holds the sentences written while fixing the meat_ban and inspection
// patterns the twenty-sixth, twenty-fifth and twenty-second development sets showed in Russian, Kazakh (both
// alphabets) and English (a ban or a lifting that only dates another fact, an inspection that is only the
// condition of a hoped lifting, a document about inspections, a request for an audit sent to the inspector,
// …): for each pattern, new lines in other languages and scripts than the dev item that showed it, a
// positive and a near miss. Its files and scoring are the blind sets' (blind3_test.go); TestR26IB prints
// its scores (-v) and its misses (-r26ib.misses), and fails only when a line is malformed.

var r26ibMisses = flag.Bool("r26ib.misses", false, "TestR26IB: print every false positive, false negative and field error")

var r26ibSet = blindSet{dir: "testdata/r26ib", minSentences: 1, minLang: map[string]int{}, misses: r26ibMisses}

func TestR26IB(t *testing.T) { blindScore(t, r26ibSet) }
