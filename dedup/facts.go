package dedup

import (
	"math"

	"agrowatch"
)

// Tolerance is how far apart two tonnages may be and still be one figure: re-publishers round
// ("2,23 млн" and "2 230 тыс."), and a share of 1% is below any rounding a journalist would call a new figure.
const Tolerance = 0.01

// broader gives the general word outlets use for a commodity, so that "2.23 Mt of grain" and "2.23 Mt of
// wheat" with the same destination and year are one fact: neither says anything the other contradicts.
// Two different specific commodities (wheat and barley) still conflict.
func broader(c string) string {
	switch c {
	case "wheat", "barley", "corn", "rice", "oats":
		return "grain"
	case "beef", "mutton", "pork", "poultry", "offal":
		return "meat"
	}
	return ""
}

// Repeats reports whether m states again a fact that f already stated, in other words: the same kind and
// status, tonnes within Tolerance, and no field that both state differs (a field only one of them states
// is no conflict: one outlet names the period, the other does not). The sentence, the language and the
// period's wording do not take part; the year does.
func Repeats(m, f agrowatch.Mention) bool {
	if m.Kind != f.Kind || m.Status != f.Status || m.Forecast != f.Forecast || m.Change != f.Change {
		return false
	}
	if !closeTonnes(m.Tonnes, f.Tonnes) {
		return false
	}
	for _, p := range [][2]string{{m.By, f.By}, {m.On, f.On}, {m.From, f.From}, {m.To, f.To}, {m.Cause, f.Cause}, {m.Place, f.Place}, {m.Route, f.Route}} {
		if p[0] != "" && p[1] != "" && p[0] != p[1] {
			return false
		}
	}
	if !compatibleCommodity(m.Commodity, f.Commodity) {
		return false
	}
	for _, p := range [][2]float64{{float64(m.Year), float64(f.Year)}, {float64(m.Wagons), float64(f.Wagons)}, {float64(m.Trucks), float64(f.Trucks)}, {m.Days, f.Days}} {
		if p[0] != 0 && p[1] != 0 && p[0] != p[1] {
			return false
		}
	}
	return true
}

// closeTonnes: both absent, or both present and within Tolerance of the larger. A figure against none is
// a conflict for a volume, whose figure is the fact.
func closeTonnes(a, b float64) bool {
	switch {
	case a == 0 && b == 0:
		return true
	case a == 0 || b == 0:
		return false
	}
	return math.Abs(a-b) <= Tolerance*math.Max(math.Abs(a), math.Abs(b))
}

func compatibleCommodity(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	return broader(a) == b || broader(b) == a
}

// FactKind is the part of a mention's identity that Repeats requires to be equal, and that the store
// indexes alerted facts by, so that the candidates for one mention are one seek: kind, status, change
// and forecast.
func FactKind(m agrowatch.Mention) string {
	k := string(m.Kind) + "|" + m.Status + "|" + m.Change
	if m.Forecast {
		k += "|forecast"
	}
	return k
}

// Distinct drops mentions that state a fact already listed, keeping the first: two mentions are one fact
// only when no field differs (agrowatch.Mention.SameFact). extra mentions, such as those read from the
// title, are kept only when no mention of ms already says as much (Repeats): a headline repeats its
// body's fact with fewer details.
func Distinct(ms []agrowatch.Mention, extra ...agrowatch.Mention) []agrowatch.Mention {
	seen := make(map[string]bool, len(ms))
	out := make([]agrowatch.Mention, 0, len(ms)+len(extra))
	for _, m := range ms {
		k := m.FactKey()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	body := len(out)
next:
	for _, m := range extra {
		for _, o := range out[:body] {
			if Repeats(m, o) {
				continue next
			}
		}
		k := m.FactKey()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, m)
	}
	return out
}
