package extract

import (
	"flag"
	"testing"
)

// The r29zh set (testdata/r29zh) holds the sentences and articles written while mending the Chinese reader
// from the twenty-eighth development set's Chinese misses (and the twenty-seventh's and twenty-sixth's
// left): the first part of a list after 其中 that names only its buyer and figure, goods counted in the
// equivalent of another (折合), a bracket that glosses a period, a month inside a dated total, a lifting
// still not done (仍未取消) and a ban held until an outbreak is over (直至), a hope (盼), a question of
// whether, a document's title in 《》, goods that arrive at a Chinese port or at Hong Kong, days counted
// as 昼夜. For each, lines in other words and scripts than the dev item, each with a near miss. Its files
// and scoring are the blind sets' (blind3_test.go); TestR29ZH prints its scores (-v) and its misses
// (-r29zh.misses), and fails only when a line is malformed.

var r29zhMisses = flag.Bool("r29zh.misses", false, "TestR29ZH: print every false positive, false negative and field error")

var r29zhSet = blindSet{dir: "testdata/r29zh", minSentences: 1, minLang: map[string]int{}, misses: r29zhMisses}

func TestR29ZH(t *testing.T) { blindScore(t, r29zhSet) }
