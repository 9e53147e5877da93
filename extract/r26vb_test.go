package extract

import (
	"flag"
	"testing"
)

// The r26vb set (testdata/r26vb) holds the sentences and articles written while fixing the export_volume
// and border_delay patterns the twenty-sixth development set showed in Russian, Kazakh and English, above
// all in whole articles (a delay's end told as traffic normal again, a count and its end in one sentence,
// two crossings with a delay each, a count in the Kazakh perfect after an end, …): for each pattern, new
// lines in other languages and scripts than the dev item that showed it, a positive and a near miss. Its
// files and scoring are the blind sets' (blind3_test.go); TestR26VB prints its scores (-v) and its misses
// (-r26vb.misses), and fails only when a line is malformed.

var r26vbMisses = flag.Bool("r26vb.misses", false, "TestR26VB: print every false positive, false negative and field error")

var r26vbSet = blindSet{dir: "testdata/r26vb", minSentences: 1, minLang: map[string]int{}, misses: r26vbMisses}

func TestR26VB(t *testing.T) { blindScore(t, r26vbSet) }
