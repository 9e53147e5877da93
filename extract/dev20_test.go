package extract

import (
	"flag"
	"testing"
)

// The twentieth development set (testdata/dev20) holds 227 sentences (ru, en, zh, and Kazakh in both
// alphabets) and 16 short articles, written apart from the rules for tuning the volume rules, in
// registers the blind sets lack: interviews and quotes, op-eds, news digests and Telegram posts,
// government and parliamentary meetings, non-native English, Xinhua, port statistics and Xinjiang
// notices. About half of the sentences state no shipped volume (changes, harvests, prices, stocks,
// capacities, transit, domestic moves, plans, shares, China's own exports).

var dev20Misses = flag.Bool("dev20.misses", false, "TestDev20: print every false positive, false negative and field error")

var dev20Set = blindSet{dir: "testdata/dev20", minSentences: 227, minArticles: 0, // volumes only: judged on its lines, not on the make-up of a full set
	minLang: map[string]int{"ru": 59, "en": 56, "kk": 56, "zh": 56}, minScript: 28, misses: dev20Misses}

func TestDev20(t *testing.T) { blindScore(t, dev20Set) }
