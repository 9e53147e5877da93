package extract

import (
	"flag"
	"testing"
)

// The r25zh set (testdata/r25zh) holds the sentences written while fixing the Chinese patterns the
// twenty-fifth, twenty-third and twenty-second development sets showed (a day of the month told as 日,
// trade put off or no longer received, abolition and its refusal, …): for each pattern, new lines in other
// languages and scripts than the dev item that showed it, a positive and a near miss. Its files and scoring
// are the blind sets' (blind3_test.go); TestR25ZH prints its scores (-v) and its misses (-r25zh.misses),
// and fails only when a line is malformed.

var r25zhMisses = flag.Bool("r25zh.misses", false, "TestR25ZH: print every false positive, false negative and field error")

var r25zhSet = blindSet{dir: "testdata/r25zh", minSentences: 1, minLang: map[string]int{}, misses: r25zhMisses}

func TestR25ZH(t *testing.T) { blindScore(t, r25zhSet) }
