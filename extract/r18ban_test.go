package extract

import (
	"flag"
	"testing"
)

// The r18ban set (testdata/r18ban) holds the sentences written while fixing the meat_ban patterns the
// eighteenth and nineteenth development sets showed: for each pattern, new lines in other languages and
// scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR18Ban prints its scores (-v) and its misses (-r18ban.misses), and fails
// only when a line is malformed.

var r18banMisses = flag.Bool("r18ban.misses", false, "TestR18Ban: print every false positive, false negative and field error")

var r18banSet = blindSet{dir: "testdata/r18ban", minSentences: 1, minLang: map[string]int{}, misses: r18banMisses}

func TestR18Ban(t *testing.T) { blindScore(t, r18banSet) }
