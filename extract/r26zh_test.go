package extract

import (
	"flag"
	"testing"
)

// The r26zh set (testdata/r26zh) holds the sentences written while making the Chinese reader read a
// sentence clause by clause (the twenty-sixth development set's Chinese misses): the subject of the
// verb's clause holds a ban, carried from the clause before when the verb's clause opens with adverbs
// only; 对, 自, 从 name whose goods; 该国, 上述地区 and 这N家企业 point back to the country named before; a
// lifting asked for is held by the one addressed; Taiwanese 哈薩克 and 輸台. For each, lines in other
// words, scripts and languages than the dev item, each with a near miss. Its files and scoring are the
// blind sets' (blind3_test.go); TestR26ZH prints its scores (-v) and its misses (-r26zh.misses), and
// fails only when a line is malformed.

var r26zhMisses = flag.Bool("r26zh.misses", false, "TestR26ZH: print every false positive, false negative and field error")

var r26zhSet = blindSet{dir: "testdata/r26zh", minSentences: 1, minLang: map[string]int{}, misses: r26zhMisses}

func TestR26ZH(t *testing.T) { blindScore(t, r26zhSet) }
