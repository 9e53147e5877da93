package mirror

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Fact is what one article's fact sentence states, in the extractor's terms: the fields agrowatch's
// dedup compares when it decides whether a mention repeats one already alerted. Every template states
// every field of its fact, so that two facts are one exactly when their fields are equal.
type Fact struct {
	Kind, Status, By, On, Commodity, Cause, Place, From, To string
	Wagons, Trucks                                          int
	Tonnes                                                  float64
}

// Key is the fact's identity: articles with the same key state the same fact, and only the first
// one agrowatch reads is news.
func (f Fact) Key() string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s|%s|%d|%d|%g", f.Kind, f.Status, f.By, f.On, f.Commodity, f.Cause, f.Place, f.From, f.To, f.Wagons, f.Trucks, f.Tonnes)
}

// template names the sentences that render the fact (lexicon.facts).
func (f Fact) template() string {
	switch f.Kind {
	case "meat_ban":
		return "meat_ban/" + f.Status
	case "inspection":
		if f.By == "KZ" {
			return "inspection/" + f.Status + "/kz"
		}
		return "inspection/" + f.Status
	case "border_delay":
		return "border_delay/" + f.Place
	}
	return f.Kind
}

// slot is the words of a fact's field in a lexicon's language; ok is false for a slot the fact does
// not fill.
func (f Fact) slot(l *Lexicon, name string) (string, bool) {
	var code string
	switch name {
	case "by":
		code = f.By
	case "meat":
		code = f.Commodity
	case "cause":
		code = f.Cause
	case "insp_by":
		code = f.By
	case "insp_on":
		code = f.On
	case "to":
		code = f.To
	case "grain":
		code = f.Commodity
	case "wagons":
		return fmt.Sprint(f.Wagons), true
	case "trucks":
		return fmt.Sprint(f.Trucks), true
	case "kt":
		return l.decimal(f.Tonnes / 1000), true
	default:
		return "", false
	}
	w, ok := l.words[name][code]
	if !ok {
		panic(fmt.Sprintf("bench: no %s word for %q in %s", name, code, l.Lang)) // a lexicon gap: caught by the generator test
	}
	return w, true
}

// facts deals the mirror's facts: bans and inspections from the few combinations that exist, in a
// shuffled cycle so that they repeat only once all have been told; volumes and delays with figures
// that no other fact of the mirror has, the way each day's figures are new.
type facts struct {
	r                 *rand.Rand
	bans, inspections []Fact
	nBan, nInsp       int
	nVolume, nDelay   int
}

// How often each kind is dealt, in a hundred facts: figures are what most farm news reports.
var kindShares = []struct {
	kind  string
	share int
}{{"export_volume", 35}, {"border_delay", 30}, {"meat_ban", 20}, {"inspection", 15}}

func newFacts(r *rand.Rand) *facts {
	fs := &facts{r: r}
	for _, by := range []string{"CN", "UZ", "KG", "TJ"} {
		for _, c := range [][2]string{{"beef", "fmd"}, {"mutton", "fmd"}, {"mutton", "sheep_pox"}, {"poultry", "avian_influenza"}} {
			fs.bans = append(fs.bans, Fact{Kind: "meat_ban", Status: "imposed", By: by, On: "KZ", Commodity: c[0], Cause: c[1]})
		}
		for _, c := range []string{"beef", "mutton", "poultry"} {
			fs.bans = append(fs.bans, Fact{Kind: "meat_ban", Status: "lifted", By: by, On: "KZ", Commodity: c})
		}
	}
	for _, st := range []string{"planned", "done"} {
		for _, by := range []string{"CN", "RU", "UZ", "KG"} {
			fs.inspections = append(fs.inspections, Fact{Kind: "inspection", Status: st, By: by, On: "KZ"})
		}
		for _, on := range []string{"KG", "UZ"} {
			fs.inspections = append(fs.inspections, Fact{Kind: "inspection", Status: st, By: "KZ", On: on})
		}
	}
	r.Shuffle(len(fs.bans), func(i, j int) { fs.bans[i], fs.bans[j] = fs.bans[j], fs.bans[i] })
	r.Shuffle(len(fs.inspections), func(i, j int) { fs.inspections[i], fs.inspections[j] = fs.inspections[j], fs.inspections[i] })
	return fs
}

// Destinations and grains of the export volumes; each pair has its own ladder of tonnages.
var (
	volumeTo     = []string{"CN", "UZ", "AF", "TJ", "IR"}
	volumeGrains = []string{"wheat", "barley", "flour"}
)

// volumeSteps is the ladder: tonnages from 10 thousand tonnes, each 2.5% above the one below, more
// than the 1% within which agrowatch takes two figures for one; 186 steps reach a million tonnes.
const volumeSteps = 186

func (fs *facts) next() Fact {
	p := fs.r.IntN(100)
	kind := kindShares[len(kindShares)-1].kind
	for _, k := range kindShares {
		if p < k.share {
			kind = k.kind
			break
		}
		p -= k.share
	}
	switch kind {
	case "meat_ban":
		f := fs.bans[fs.nBan%len(fs.bans)]
		fs.nBan++
		return f
	case "inspection":
		f := fs.inspections[fs.nInsp%len(fs.inspections)]
		fs.nInsp++
		return f
	case "export_volume":
		k := fs.nVolume
		fs.nVolume++
		pairs := len(volumeTo) * len(volumeGrains)
		pair, step := k%pairs, (k/pairs)%volumeSteps
		kt := math.Round(10*math.Pow(1.025, float64(step))*10) / 10
		return Fact{Kind: "export_volume", From: "KZ", To: volumeTo[pair%len(volumeTo)], Commodity: volumeGrains[pair/len(volumeTo)], Tonnes: kt * 1000}
	}
	k := fs.nDelay
	fs.nDelay++
	n := countNoun(120 + k)
	if k%2 == 0 {
		return Fact{Kind: "border_delay", Place: "Dostyk", Wagons: n}
	}
	return Fact{Kind: "border_delay", Place: "Khorgos", Trucks: n}
}

// countNoun maps k to a distinct count whose Russian noun takes the genitive plural ("125 вагонов"),
// so that one template fits every count: those ending in 1–4, other than 11–14, are skipped.
func countNoun(k int) int {
	n := 0
	for i := 0; ; n++ {
		if d, dd := n%10, n%100; d >= 1 && d <= 4 && (dd < 11 || dd > 14) {
			continue
		}
		if i == k {
			return n
		}
		i++
	}
}
