package extract

import (
	"flag"
	"testing"
)

// The r10ban set (testdata/r10ban) holds the sentences written while fixing the meat_ban patterns the
// ninth and tenth development sets showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR10Ban prints its scores (-v) and its misses (-r10ban.misses), and fails
// only when a line is malformed.

var r10banMisses = flag.Bool("r10ban.misses", false, "TestR10Ban: print every false positive, false negative and field error")

var r10banSet = blindSet{dir: "testdata/r10ban", minSentences: 1, minLang: map[string]int{}, misses: r10banMisses}

func TestR10Ban(t *testing.T) { blindScore(t, r10banSet) }
