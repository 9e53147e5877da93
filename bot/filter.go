package bot

import (
	"slices"
	"strings"

	"agrowatch"
	"agrowatch/store"
)

// Goods groups a chat can ask for, and the extractor's commodities in each. A mention that names no
// commodity matches every group: a border delay or a ban "on Kazakh products" concerns them all.
var goodsGroups = map[string][]string{
	"meat":     {"meat", "beef", "mutton", "pork", "offal", "hides", "wool", "livestock", "dairy", "animal products"},
	"poultry":  {"poultry", "eggs"},
	"grain":    {"grain", "wheat", "barley", "corn", "rice", "oats", "flour", "feed"},
	"oilseeds": {"oilseeds", "flax", "soybeans", "sunflower seeds", "rapeseed", "safflower", "vegetable oil"},
}

// goodsOrder is the order the keyboard shows the groups in.
var goodsOrder = []string{"meat", "poultry", "grain", "oilseeds"}

// Countries settings.
const (
	CountriesKZCN = ""    // Kazakhstan's trade with China: mentions naming KZ or CN (or no country)
	CountriesAll  = "all" // every country
)

// Filter is what one chat wants: the zero value wants everything about Kazakhstan and China.
type Filter struct {
	Kinds     []agrowatch.Kind `yaml:"kinds"`     // empty: every kind
	Goods     []string         `yaml:"goods"`     // groups of goodsGroups; empty: all
	Countries string           `yaml:"countries"` // CountriesKZCN or CountriesAll
}

func filterOf(c store.Chat) Filter {
	return Filter{Kinds: c.Kinds, Goods: c.Goods, Countries: c.Countries}
}

// Matches reports whether any mention of the alert is one the filter wants.
func (f Filter) Matches(a agrowatch.Alert) bool {
	for _, m := range a.Mentions {
		if f.MatchesMention(m) {
			return true
		}
	}
	return false
}

// MatchesMention reports whether the filter wants one mention.
func (f Filter) MatchesMention(m agrowatch.Mention) bool {
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, m.Kind) {
		return false
	}
	inGroup := func(g string) bool { return slices.Contains(goodsGroups[g], m.Commodity) }
	if len(f.Goods) > 0 && m.Commodity != "" && !slices.ContainsFunc(f.Goods, inGroup) {
		return false
	}
	if f.Countries == CountriesKZCN {
		named, ours := false, false
		for _, c := range []string{m.By, m.On, m.From, m.To} {
			if c == "" {
				continue
			}
			named = true
			if c == "KZ" || c == "CN" {
				ours = true
			}
		}
		if named && !ours {
			return false
		}
	}
	return true
}

// watchHit returns the sentence of text holding every word of the watch (lowercase, space-separated),
// or the title when only the whole text holds them all; "" when the text does not hold them.
func watchHit(watch, title, body string) (string, bool) {
	words := strings.Fields(strings.ToLower(watch))
	if len(words) == 0 {
		return "", false
	}
	all := strings.ToLower(title + "\n" + body)
	for _, w := range words {
		if !strings.Contains(all, w) {
			return "", false
		}
	}
	for _, s := range sentences(title + ". " + body) {
		ls := strings.ToLower(s)
		if strings.Contains(ls, words[0]) {
			return s, true
		}
	}
	return title, true
}

// sentences cuts text at sentence ends, roughly: enough to quote the sentence a word is in.
func sentences(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	for i, r := range rs {
		end := r == '\n' || (r == '.' || r == '!' || r == '?' || r == '。') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n')
		if end {
			if s := strings.TrimSpace(string(rs[start : i+1])); len([]rune(s)) > 1 {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}
