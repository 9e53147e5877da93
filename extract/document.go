package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"agrowatch"
)

// topic is what an article has established so far: the ban under discussion, the border crossing
// where a delay was reported, the last shipment and the last inspection. Sentences that refer back
// ("the restrictions no longer apply", «ограничения действовали с 2016 года», «тыйым 2019 жылы салынған
// болатын», "该禁令已经解除", "this volume", "простой достигает 10 суток") take what they do not say from it.
// It lives for one Extract call: one article.
type topic struct {
	ban      agrowatch.Mention    // the last meat_ban of the article; Kind is empty until there is one
	bans     [4]agrowatch.Mention // the last ban of each holder the article named, for "the Russian ban"
	place    string               // the last crossing a border_delay named
	ask      feat                 // the verb of trade of a question just asked, for the figure of its answer
	askAt    string               // the crossing a question just asked of, after a delay, for the count of its answer
	askTo    string               // the destination the question named
	waited   string               // the last crossing a border_delay counted wagons or trucks waiting at
	bare     bool                 // the last border_delay counted nothing: a cut or a closure, the cause of a backlog
	crossing string               // the last crossing the article named, in any sentence
	route    string               // the last route the article named, in any sentence ("Dostyk – Alashankou")
	ended    bool                 // a border_delay of the article was reported ended
	vol      agrowatch.Mention    // the last shipped volume with an exporter or a destination
	total    agrowatch.Mention    // the last shipped volume of an exporter to no one destination, dated: a total its parts follow
	listed   [4]listedTotal       // the totals of the last sentence that told several ("31,800 tonnes of beef, 14,200 tonnes of mutton …")
	nListed  int                  // how many of listed hold one
	imports  agrowatch.Mention    // the last importer's total left out for naming no exporter: its parts are shipments to it
	insp     agrowatch.Mention    // the last inspection with an inspector or an inspected country
	inspBoth agrowatch.Mention    // the last inspection that named both
	from     string               // the last exporter a volume named, a change's too
	buyers   [4]string            // the first destinations the article's shipments named
	split    bool                 // the exporter of vol has shipped to another destination before it: its exports are no one destination's
	transit  bool                 // the last tonnage the article reported was goods in transit: its parts are no trade either
	lifted   bool                 // the article has reported a ban lifted
	cause    string               // the last disease of animals the article named, in any sentence
	causeIn  string               // the country of the sentence that named it, if any
	named    [2]string            // the last two countries earlier sentences named, the latest first
	goods    string               // the one commodity the article has named so far, "-" once it named several
	volGoods string               // the one commodity of the article's volumes so far, "-" once they had several
	counts   map[string]int       // how often the article names each country, counted when first needed
	order    []string             // the countries of counts in the order the article first names them
	counted  bool                 // counts holds this article's counts
}

// listedTotal is what fillPart needs of one of a sentence's totals.
type listedTotal struct {
	from, commodity, period string
	year                    int
	tonnes                  float64
}

// learn updates the topic with the mentions one sentence gave.
func (t *topic) learn(ms []agrowatch.Mention) {
	fresh := true // the first total of this sentence replaces the list of the sentence before
	for i, m := range ms {
		switch m.Kind {
		case agrowatch.KindMeatBan:
			if t.ban.Kind != "" && m.Commodity == "" && m.Cause == "" {
				// A back-reference keeps the goods and the cause of the ban it refers to.
				m.Commodity, m.Cause = t.ban.Commodity, t.ban.Cause
			}
			t.ban = m
			t.lifted = t.lifted || m.Status == agrowatch.StatusLifted
			if m.By != "" {
				t.keepBan(m)
			}
		case agrowatch.KindBorderDelay:
			if m.Place != "" {
				t.place = m.Place
				t.bare = m.Wagons == 0 && m.Trucks == 0 && m.Days == 0
				if m.Status == "" && (m.Wagons != 0 || m.Trucks != 0) {
					t.waited = m.Place
				}
			}
			t.ended = t.ended || m.Status == "ended"
		case agrowatch.KindExportVolume:
			t.transit = false
			if comparedBase(ms[:i], m) {
				continue
			}
			if m.Change == "" && (m.From != "" || m.To != "") && !comparedFigure(m.Period) && !zhComparedBase(m) {
				// "up from 520,000 tonnes a year earlier" is the base of a comparison: "that total" after it
				// is the figure it was compared with.
				t.split = m.To != "" && t.vol.To != "" && t.vol.To != m.To && t.vol.From == m.From ||
					t.split && t.vol.From == m.From
				t.vol = m
			}
			switch {
			case m.Commodity == "" || m.Commodity == t.volGoods:
			case t.volGoods == "":
				t.volGoods = m.Commodity
			case t.volGoods != "-" && inFamily(t.volGoods, m.Commodity):
				// "Sunflower seeds made up 410,000 tonnes" after 640,000 tonnes of oilseeds: still oilseeds.
			case t.volGoods != "-" && inFamily(m.Commodity, t.volGoods):
				t.volGoods = m.Commodity // the generic of the goods so far
			default:
				t.volGoods = "-"
			}
			if m.Change == "" && !m.Forecast && m.From != "" && m.To == "" && m.Period != "" {
				t.total = m
				if fresh {
					t.nListed, fresh = 0, false
				}
				if t.nListed < len(t.listed) {
					t.listed[t.nListed] = listedTotal{from: m.From, commodity: m.Commodity, period: m.Period, year: m.Year, tonnes: m.Tonnes}
					t.nListed++
				}
			}
			if m.From != "" {
				t.from = m.From
			}
			t.addBuyer(m.To)
		case agrowatch.KindInspection:
			if m.By != "" || m.On != "" {
				t.insp = m
			}
			if m.By != "" && m.On != "" {
				t.inspBoth = m
			}
		}
	}
}

// zhComparedBase reports a Chinese figure dated by the period a comparison word governs: the 28.3万吨 of
// "…达到41.7万吨，较2024年的28.3万吨增长47%" is the base, not the shipment the parts after it are of.
func zhComparedBase(m agrowatch.Mention) bool {
	if m.Lang != "zh" || m.Period == "" {
		return false
	}
	i := strings.Index(m.Sentence, m.Period)
	return i > 0 && hasAnySuffix(m.Sentence[:i], "较", "比", "相比", "较之")
}

// addBuyer records a destination of the article's shipments, up to four.
func (t *topic) addBuyer(to string) {
	for i, b := range t.buyers {
		switch b {
		case to:
			return
		case "":
			t.buyers[i] = to
			return
		}
	}
}

// comparedBase reports a figure m of the same sides and goods as one the sentence told before it (ms),
// of an earlier year: the base that one is compared with ("41.7万吨，较2024年的28.3万吨增长47%", "417,000
// tonnes, up from 283,000 tonnes in 2024", «417 тыс. тонн против 283 тыс. тонн в 2024 году»). The parts
// after it ("其中葵花籽26.1万吨", "Of this, …") are of the later figure, and so is what refers back.
func comparedBase(ms []agrowatch.Mention, m agrowatch.Mention) bool {
	for _, o := range ms {
		if o.Kind == agrowatch.KindExportVolume && o.Change == "" && m.Change == "" && o.From == m.From && o.To == m.To &&
			o.Commodity == m.Commodity && m.Year != 0 && o.Year > m.Year {
			return true
		}
	}
	return false
}

// comparedFigure reports the period of a figure placed a year from another ("a year earlier",
// «годом ранее», "上年同期"): the figure is the base of a comparison.
func comparedFigure(period string) bool {
	if period == "" {
		return false
	}
	for _, r := range relativeYearWords {
		if period == r.w {
			return true
		}
	}
	switch period {
	case "上年同期", "去年同期", "上年":
		return true
	}
	return false
}

// name records the last country a sentence named.
func (t *topic) name(code string) {
	if code == "" || code == t.named[0] {
		return
	}
	t.named[1], t.named[0] = t.named[0], code
}

// namedBefore returns the last country earlier sentences named, other than not.
func (t *topic) namedBefore(not string) string {
	for _, c := range t.named {
		if c != "" && c != not {
			return c
		}
	}
	return ""
}

// countryRef reports a sentence (lowercased) that names a country by a word that refers back: "этой
// страны", "from that country", "该国", "сол елден".
func countryRef(low string) bool {
	return containsAny(low, "этой страны", "данной страны", "этой республики", "this country", "that country",
		"该国", "該國", "бұл елден", "сол елден", "bul elden", "sol elden", "аталған елден", "atalǵan elden")
}

// destinationRef returns the country a sentence names as the destination by a word that refers back
// (destRefWords: "в эту страну", "to that country", 向该国, "бұл елге"), other than on: the last country named before
// that word, in the sentence itself («С Ираном история сложилась иначе: поставки живых овец из Казахстана в
// эту страну были остановлены» is Iran's ban) or before it. Trade stopped to a country is that country's
// ban.
func (s *sentence) destinationRef(on string) string {
	low := s.low[s.sp.start:s.sp.end]
	at := destRefWords.index(s.lang, low)
	if at.end == 0 {
		return ""
	}
	code := ""
	for _, c := range s.cs {
		if c.pos < s.sp.start+at.start && c.code != on && !c.region {
			code = c.code
		}
	}
	if code == "" && s.tp != nil {
		code = s.tp.namedBefore(on)
	}
	return code
}

// banRef reports whether a sentence with features f that names no animal product refers back to the
// article's ban: a ban word ("ограничения", "the ban", "тыйым", "禁令") or a word of measures, with a
// verb of imposing, lifting or keeping, and no other product named (a restriction on grain is another
// matter).
//
// verbs are the features of the sentence's words other than ban nouns: the noun "ограничения" reads as
// imposed by itself, but "Ограничения касались предприятий…" reports nothing new about the ban.
func (t *topic) banRef(f, verbs feat) bool {
	if t.ban.Kind == "" || f&fCommodity != 0 || f&(fMeat|fCause|fCargo|fPlace) != 0 {
		return false
	}
	if f&fBanNoun != 0 {
		// A request about the ban refers to it too: "asked Moscow to limit the restrictions to a zone".
		return verbs&(fImposed|fLifted|fInForce|fPending|fPendingStrong|fAsk) != 0
	}
	if f&(fExport|fImport|fShip) != 0 && verbs&fLifted != 0 && f&fUnit == 0 {
		// "Exporters expect shipments to resume in December": trade of the goods under the ban resumes.
		// Once the article has told the ban lifted, shipments expected to resume are its consequence,
		// not a lifting still awaited: "Three plants are expected to resume shipments this spring".
		return !t.lifted
	}
	if f&fAsk != 0 && verbs&fLifted != 0 && f&fWeakLift == 0 {
		// «Кыргызская сторона просит снять и его», "asked Moscow to lift it too": a lifting asked for with
		// no goods named is of the article's ban.
		return true
	}
	return f&fBanRef != 0 && verbs&(fImposed|fLifted) != 0
}

// fillBan completes a ban mention from the topic: a back-reference names neither the goods nor the
// sides, and a sentence that names no country at all speaks of the ban under discussion.
// keepBan records m as the last ban between its sides; t.bans holds the latest last.
func (t *topic) keepBan(m agrowatch.Mention) {
	// i: the entry of the same sides, else the first empty one, else the oldest (all full).
	i := 0
	for i < len(t.bans) && t.bans[i].Kind != "" && (t.bans[i].By != m.By || t.bans[i].On != m.On) {
		i++
	}
	if i == len(t.bans) {
		i = 0
	}
	for i+1 < len(t.bans) && t.bans[i+1].Kind != "" {
		t.bans[i] = t.bans[i+1]
		i++
	}
	t.bans[i] = m
}

// banOf returns the last ban of the holder, if the article told one.
func (t *topic) banOf(by string) (agrowatch.Mention, bool) {
	return t.lastBan(func(b agrowatch.Mention) bool { return b.By == by })
}

// lastBan returns the latest ban of t.bans that ok accepts.
func (t *topic) lastBan(ok func(agrowatch.Mention) bool) (agrowatch.Mention, bool) {
	for i := len(t.bans) - 1; i >= 0; i-- {
		if b := t.bans[i]; b.Kind != "" && ok(b) {
			return b, true
		}
	}
	return agrowatch.Mention{}, false
}

func (t *topic) fillBan(m *agrowatch.Mention, namesCountry, ref bool) {
	if ref && m.By != "" && m.By != t.ban.By {
		// "The Chinese measure had been in place since 2023" after a Russian ban: the ban of the holder
		// the sentence names, not the last one.
		if b, ok := t.banOf(m.By); ok {
			if m.On == "" {
				m.On = b.On
			}
			if m.Commodity == "" {
				m.Commodity = b.Commodity
			}
			if m.Cause == "" {
				m.Cause = b.Cause
			}
			return
		}
	}
	if t.ban.Kind == "" {
		if m.On == "" && m.By != "" && t.insp.By == m.By && t.insp.On != "" && t.insp.On != m.By {
			// "这些企业有望于年内获准向中国出口牛肉" after GACC inspected Kazakh plants: the plants
			// inspected are whose goods.
			m.On = t.insp.On
		}
		if m.By == "" && m.On != "" && m.Status == agrowatch.StatusPending && t.insp.On == m.On && t.insp.By != "" &&
			t.insp.By != m.On {
			// "По итогам проверки казахстанская сторона рассчитывает на снятие ограничений" after GACC
			// planned to inspect Kazakh plants: the lifting the inspected side awaits is the inspector's.
			m.By = t.insp.By
		}
		return
	}
	if !ref && m.On == "" && m.By != "" && m.By == t.ban.By && t.ban.On != "" && t.ban.On != m.By {
		// "Ранее ввоз этой продукции в КНР был запрещён" after China opened its market to Kazakh horse
		// meat: the same holder, the same goods, named by a word that refers back.
		m.On = t.ban.On
	}
	if !ref && m.By == "" && m.On != "" && t.ban.By != "" && t.ban.By != m.On && (m.Status == t.ban.Status ||
		m.Status == agrowatch.StatusImposed && t.ban.On == m.On) {
		// "Кроме того, ограничен ввоз молочной продукции из Кыргызстана" after Kazakhstan's bans: a
		// passive ban that names only whose goods continues the article's ban holder, and so does one
		// kept on the goods of the country whose ban it lifted ("但对吉尔吉斯斯坦乳制品的进口限制仍将继续").
		m.By = t.ban.By
	}
	if !ref && m.By == "" && m.On != "" && m.On == t.ban.On && t.ban.By != "" && t.ban.By != m.On &&
		(m.Commodity == "" || m.Commodity == t.ban.Commodity) {
		// «Ограничения действовали с января из-за вспышки птичьего гриппа в Северо-Казахстанской области»
		// after Uzbekistan lifted its ban on Kazakh poultry: a ban told in the passive on the goods of the
		// same country, whatever its status, is the ban under discussion, imposed then by its holder.
		m.By = t.ban.By
	}
	if !ref && namesCountry && m.Commodity == "" && (m.By != "" || m.On != "") &&
		(m.By == "" || m.By == t.ban.By) && (m.On == "" || m.On == t.ban.On) {
		// "The restrictions were imposed in 2024 after outbreaks of avian influenza in Kostanay region"
		// after Saudi Arabia lifted its ban on Kazakh poultry: a ban that names no goods, between the
		// same sides, is of the goods under discussion, though a region or a disease is named.
		m.Commodity = t.ban.Commodity
	}
	if !ref && !namesCountry && m.By == "" && m.On == "" && m.Status == agrowatch.StatusImposed && t.lifted {
		// "Алайда сиыр етіне қойылған шектеу әзірге сақталып отыр" after Russia lifted its ban on Kazakh
		// mutton: a ban on other goods that names no country, told after a lifting, is kept by the same
		// holder on the same country's goods, as "lifted its ban on lamb but kept restrictions on beef".
		m.By, m.On = t.ban.By, t.ban.On
	}
	if !ref && (namesCountry || m.Commodity != "" && t.ban.Commodity != "" && m.Commodity != t.ban.Commodity) {
		return
	}
	if ref && m.By == "" && m.On != "" && m.On == t.ban.By && t.ban.On != "" && t.ban.On != t.ban.By {
		// "the ministry has asked Moscow to limit the restrictions to two districts" after Russia's ban on
		// Kazakh pork: the one country a back-reference names is the holder it is asked of, never whose
		// goods its own ban is on.
		m.By, m.On = t.ban.By, t.ban.On
	}
	if m.By == "" && (m.On == "" || m.On == t.ban.On) {
		m.By = t.ban.By
	}
	if m.On == "" && (m.By == "" || m.By == t.ban.By) {
		m.On = t.ban.On
	}
	if m.By == m.On && t.ban.By != t.ban.On && (m.By == "" || t.ban.By != "") {
		// A country's ban on its own exports ("The government lifted the ban on exports of breeding
		// livestock") after a headline that named no holder keeps its holder.
		m.By, m.On = t.ban.By, t.ban.On
	}
	if ref && m.By != "" && m.By == t.ban.On && m.On == "" && t.ban.By != "" {
		// "As of 1 March the restrictions no longer apply, Kazakhstan's agriculture ministry said" after
		// China's ban on Kazakh beef: the country whose goods were banned reports the end of the ban
		// it is subject to; it lifts nothing itself.
		m.By, m.On = t.ban.By, t.ban.On
	}
	if m.Commodity == "" && m.By != "" && m.On != "" && (m.By != t.ban.By || m.On != t.ban.On) {
		// "Казахстанская сторона направила запрос о снятии запрета" after Uzbekistan's ban on Kazakh
		// poultry and then "Ранее Ташкент ограничивал ввоз говядины из Кыргызстана": the ban between the
		// sides the sentence names, not the last one told.
		if b, ok := t.lastBan(func(b agrowatch.Mention) bool { return b.By == m.By && b.On == m.On }); ok {
			m.Commodity = b.Commodity
			if m.Cause == "" {
				m.Cause = b.Cause
			}
		}
	}
	if m.Commodity == "" {
		m.Commodity = t.ban.Commodity
	}
	if m.Cause == "" {
		m.Cause = t.ban.Cause
	}
}

// fillInspection completes an inspection that names no country from the article's last one: "They
// are scheduled to audit eight plants" after "GACC inspectors will arrive in Astana".
func (t *topic) fillInspection(m *agrowatch.Mention) {
	if t.insp.Kind == "" || m.By != "" {
		return
	}
	switch m.On {
	case "":
		m.By, m.On = t.insp.By, t.insp.On
	case t.insp.On:
		m.By = t.insp.By // the plants of a region of the country inspected before
	}
}

// inspectedGoods gives an inspection that names no goods those of the article's ban between the same
// sides: "Russian inspectors are due to visit the region's farms" after Russia's ban on Kazakh pork, "哈方已
// 邀请俄方专家赴哈实地检查" after Russia suspended Kazakh poultry. The holder inspects whose goods it
// banned to judge those goods.
func (t *topic) inspectedGoods(m *agrowatch.Mention) {
	if m.Commodity != "" || m.By == "" || m.On == "" || m.By == m.On || t.ban.Commodity == "" {
		return
	}
	if t.ban.By == m.By && t.ban.On == m.On {
		m.Commodity = t.ban.Commodity
	}
}

// fillInspector names who inspects in an inspection whose agency refers back ("ведомство", "the
// agency"): the inspector of the article's last inspection, else the holder of its ban. region says the
// sentence names a region of no country: the banned goods' ("the affected regions"), or names the plants
// back («этих предприятий», plantsBack).
func (t *topic) fillInspector(m *agrowatch.Mention, region bool) {
	if m.By != "" {
		return
	}
	switch {
	case t.insp.By != "" && t.insp.By != m.On:
		m.By = t.insp.By
	case t.ban.By != "" && t.ban.By != m.On:
		m.By = t.ban.By
		if m.On == "" && region && t.ban.On != m.By {
			// "The committee said Kazakh inspectors would visit the affected regions" after the committee
			// banned Russian poultry: the holder inspects whose goods it banned.
			m.On = t.ban.On
		}
	default:
		// "Комитет мамандары … тексереді" after the committee lifted one ban and a kept one named no
		// holder: the holder of an earlier ban of the article.
		for _, b := range t.bans {
			if b.By != "" && b.By != m.On {
				m.By = b.By
				break
			}
		}
	}
}

// agencyRef reports a sentence (lowercased) that names an authority only by a word that refers back:
// "ведомство", "the agency", "the watchdog", "мекеме", "该局".
func agencyRef(low string) bool { return agencyRefs.in(low) }

var agencyRefs = compilePhrases("ведомство", "ведомства", "the agency", "the watchdog", "the regulator", "мекеме",
	"mekeme", "该局", "该机构",
	"the committee", "комитет мамандары", "komıtet mamandary", "该委员会")

// ministrySpecialists reports a sentence (lowercased) that names the ministry or the service back by its
// specialists: "Mınıstrlik mamandary … tekserip shyqqan", «специалисты министерства», «специалисты
// службы», "the ministry's specialists". Read, as agencyRef is, for a sentence of inspection that names
// inspectors.
func ministrySpecialists(low string) bool { return ministrySpecialistWords.in(low) }

var ministrySpecialistWords = compilePhrases("министрлік мамандары", "mınıstrlik mamandary", "специалисты министерства",
	"эксперты министерства", "the ministry's specialists", "the ministry's experts", "the ministry's inspectors", "该部专家",
	"специалисты службы", "эксперты службы", "инспекторы службы", "the service's specialists", "the service's experts",
	"the service's inspectors", "қызмет мамандары", "qyzmet mamandary")

// plantsBack reports a sentence (lowercased) that names plants back by a demonstrative: «этих
// предприятий», "these plants", "осы кәсіпорындарды".
func plantsBack(low string) bool { return plantsBackWords.in(low) }

var plantsBackWords = compilePhrases("этих предприят", "этих завод", "этих комбинат", "этих мясокомбинат", "these plants",
	"these enterprises", "these producers", "осы кәсіпорын", "osy kásiporyn")

// fillVolume completes a figure that names neither side from the article's last shipment: "Данный
// объем на 40 тыс. тонн меньше прошлогоднего", "This volume is 300,000 tonnes less".
//
// share says the sentence opens with a part of the shipment before ("其中", "Из них", "Of which"): the
// part has its period too.
//
// A figure of exports in general refers to the exporter's total, not to the last of its parts: after
// "Иран – 310 тыс. тонн", «годом ранее экспорт составлял 1,4 млн тонн» and «экспорт снизился на 95 тыс.
// тонн» are the exporter's, bound nowhere in particular. general says the sentence has a word of export.
func (t *topic) fillVolume(m *agrowatch.Mention, share, general bool) {
	if m.From != "" && m.From != t.vol.From || m.To != "" || t.vol.Kind == "" && t.ban.Kind == "" {
		return // a figure that names its own side, or one other than the shipment's exporter
	}
	if t.vol.Kind == "" && m.From == "" && m.To == "" && t.ban.Kind != "" && (t.ban.Status != agrowatch.StatusImposed || t.lifted) &&
		t.ban.On != "" && t.ban.By != "" && t.ban.On != t.ban.By {
		// "Exports could reach 20,000 tonnes this year" after China lifted its curbs on Kazakh beef: the
		// trade the lifting opens, from whose goods were banned to who banned them.
		m.From, m.To = t.ban.On, t.ban.By
		if m.Commodity == "" {
			m.Commodity = t.ban.Commodity
		}
		return
	}
	ref := &t.vol
	if general && !share && t.total.Kind != "" && ref.To != "" {
		ref = &t.total
	}
	m.From, m.To = ref.From, ref.To
	if general && !share && ref == &t.vol && t.split {
		// «Сонымен қатар Иранға 140 мың тонна арпа жеткізілді» after barley to China, then «жыл соңына
		// дейін экспорт 1,4 млн тоннаға жетуі мүмкін»: exports in general, of an exporter that has
		// shipped to several countries, are its total, bound to none of them.
		m.To = ""
	}
	if m.Commodity == "" {
		m.Commodity = ref.Commodity
	}
	if share && m.Period == "" && m.Change == "" {
		m.Period, m.Year = ref.Period, ref.Year
	}
}

// fillMonthYear gives a part of a dated shipment its year when a month alone dates it (low, the sentence
// lowercased; before, the sentence's mentions before m): "其中，5月單月進口15.2萬噸" after «2026年1至5月 …
// 83.5萬噸», "Of this, 152,000 tonnes were shipped in May" after January–May 2026, and the part told after
// a word of share in the total's own sentence ("2025年1-10月…126.4万吨；其中10月单月进口21.3万吨").
func (t *topic) fillMonthYear(m *agrowatch.Mention, before []agrowatch.Mention, low string) {
	own := len(before) > 0 && before[len(before)-1].Year != 0
	if m.Year != 0 || m.Period == "" || m.Change != "" || !own && t.vol.Year == 0 || !monthOnly(m.Period) {
		return
	}
	ref := t.vol
	if own && containsAny(low, shareWords[:]...) {
		ref = before[len(before)-1]
	} else if !partsOf(low) {
		return
	}
	if ref.Year != 0 && (m.From == "" || m.From == ref.From) {
		m.Year = ref.Year
	}
}

// monthOnly reports a period that names a month and no year, nor any time relative to now: "5月",
// «в мае», "in May", "mamyrda".
func monthOnly(period string) bool {
	p := strings.ToLower(period)
	if strings.Contains(p, "月") {
		return !containsAny(p, "年", "今", "去", "明", "上", "下", "本", "前", "首", "个", "個")
	}
	return !containsYear(p) && containsAny(p, monthStems...)
}

// monthStems are the months of Russian, Kazakh (both alphabets) and English, as periods write them.
var monthStems = []string{"январ", "феврал", "март", "апрел", "мая", "май", "мае", "июн", "июл", "август", "сентябр",
	"октябр", "ноябр", "декабр", "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "шілде", "тамыз", "қыркүйек",
	"қазан", "қараша", "желтоқсан", "qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "shilde", "tamyz", "qyrkúıek",
	"qazan", "qarasha", "jeltoqsan", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// fillExporter completes a figure that names its destination but not who ships it from the exporter
// the article has named: after "Экспорт пшеницы из Казахстана в Китай снизился на 200 тыс. тонн",
// "всего за год в Китай было отправлено 540 тыс. тонн" and "поставки в Узбекистан выросли на 300 тыс.
// тонн" are Kazakhstan's too.
//
// With no exporter named yet, a shipment to the holder of a ban the article told lifted is of the goods
// it had banned: "За первый месяц в Иран отправлено 480 тонн мяса" after Iran lifted its ban on Kazakh
// mutton.
func (t *topic) fillExporter(m *agrowatch.Mention) {
	if m.From == "" && m.To != "" && t.from != "" && t.from != m.To {
		m.From = t.from
	}
	if m.From == "" && m.To != "" && t.from == "" && t.lifted && t.ban.By == m.To && t.ban.On != "" && t.ban.On != m.To {
		m.From = t.ban.On
	}
}

// fillPart dates a part of the article's total that names its destination and no period of its own:
// after "За январь–август 2026 года Казахстан экспортировал 1,9 млн тонн муки", "Крупнейшим покупателем
// остается Узбекистан – 1,1 млн тонн" and "Оның ішінде Өзбекстанға 1,3 млн тонна" are parts of the
// same eight months. A part is smaller than the total, of the same exporter and goods, and shipped, not
// a change or a plan.
func (t *topic) fillPart(m *agrowatch.Mention) {
	tot := &t.total
	for _, l := range t.listed[:t.nListed] {
		// Of a list of totals, the one of the part's goods: "China took 12,600 tonnes of the beef" after
		// "31,800 tonnes of beef, 14,200 tonnes of mutton and 2,900 tonnes of horse meat".
		if l.commodity == m.Commodity && m.Commodity != "" && l.commodity != tot.Commodity {
			own := *tot
			own.From, own.Commodity, own.Period, own.Year, own.Tonnes = l.from, l.commodity, l.period, l.year, l.tonnes
			tot = &own
			break
		}
	}
	if tot.Kind == "" || m.Period != "" || m.Change != "" || m.Forecast || m.To == "" || m.Tonnes >= tot.Tonnes {
		return
	}
	if m.From != tot.From && m.From != "" || m.To == tot.From {
		return
	}
	if m.Commodity != "" && tot.Commodity != "" && m.Commodity != tot.Commodity && !inFamily(tot.Commodity, m.Commodity) {
		return
	}
	m.Period, m.Year = tot.Period, tot.Year
	if m.Commodity == "" {
		m.Commodity = tot.Commodity // "Uzbekistan took 3.1 million tonnes" after 9.2 Mt of grain and flour: the total's goods
	}
}

// inFamily reports whether specific is one of the goods the generic commodity covers.
func inFamily(generic, specific string) bool {
	for _, c := range families[generic] {
		if c == specific {
			return true
		}
	}
	return false
}

// partsOf reports a sentence (lowercased) whose figures are parts of the shipment before: it opens
// with a word of share, gives goods respectively, or says what they account for.
func partsOf(low string) bool {
	return sharePart(low) || restPart(low) || containsAny(low, "respectively", "соответственно", "тиісінше", "tıisinshe", "分别",
		"accounted for", "account for", "made up", "make up", "пришлось", "пришлась", "пришлись", "пришелся", "пришёлся",
		"приходится", "приходятся", "тиесілі", "tıesili", "占")
}

// sharePart reports a sentence (lowercased) that opens with a word of share: the figures after it are
// parts of the one before.
func sharePart(low string) bool {
	for _, w := range shareWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// shareWords open a part of the shipment before: "其中", «из них», "of which".
var shareWords = [...]string{"其中", "из них", "из этого объема", "в том числе", "of which", "of this", "of that",
	"including", "оның ішінде", "onyń ishinde", "соның ішінде"}

// restPart reports a sentence that opens with the main part of the shipment before and gives another
// part beside it: "Most of the grain moved by rail via Turkmenistan, while about 140,000 tonnes went by
// sea from Aktau", «Большая часть зерна ушла по железной дороге, а 140 тыс. тонн – морем», "Көп бөлігі
// теміржолмен, ал 140 мың тоннасы теңізбен жеткізілді", "其中大部分经铁路运输，另有14万吨经海运".
func restPart(low string) bool {
	if w, rest, ok := strings.Cut(low, " "); ok && hasAnySuffix(w, "ның", "нің", "дың", "дің", "тың", "тің", "nyń", "niń", "dyń", "diń", "tyń", "tiń") {
		low = rest // Kazakh names the whole before its part: "Бидайдың негізгі бөлігі", "Bıdaıdyń negizgi bóligi"
	}
	for _, w := range [...]string{"most of the", "the bulk of", "большая часть", "основная часть", "большую часть",
		"основную часть", "көп бөлігі", "негізгі бөлігі", "kóp bóligi", "negizgi bóligi", "大部分", "其中大部分"} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// articleSubject returns the country the article is about, apart from not: the one its country
// words name most often (Kazakhstan wins a tie, else the one named first), or Kazakhstan for a Kazakh-language article that names
// no other. A purchase told from the buyer's side ("Қытай 60 мың тонна арпа сатып алды") is an export
// from it.
func (x *Extractor) articleSubject(t *topic, hits []hit, lang, not string) string {
	return x.subject(t, hits, lang, func(c string) bool { return c != not })
}

// inspectedSubject is the articleSubject whose plants an inspector of by inspects: not a buyer of the
// article's shipments. "Өткен жылы кәсіпорынды Сауд Арабиясының ветеринариялық инспекторлары тексерді"
// after the company's beef went to Uzbekistan and China inspects the company's own country's plant.
func (x *Extractor) inspectedSubject(t *topic, hits []hit, by string) string {
	return x.subject(t, hits, "kk", func(c string) bool { return c != by && !slices.Contains(t.buyers[:], c) })
}

// subject returns the country the article is about among those ok accepts: the exporter it named, else
// the one its country words name most, else Kazakhstan for a Kazakh-language article.
func (x *Extractor) subject(t *topic, hits []hit, lang string, ok func(string) bool) string {
	if t.from != "" && ok(t.from) {
		// The exporter the article has named: after "Казахстан экспортировал 2,2 млн тонн ячменя", the
		// buyers of «Больше всего закупил Китай – 1,6 млн тонн, Иран – 310 тыс. тонн» buy from it, however
		// often the title names the main buyer.
		return t.from
	}
	t.count(x, hits)
	best := t.mostNamed(ok)
	if best == "" && lang == "kk" && ok("KZ") {
		best = "KZ"
	}
	return best
}

// count counts, once an article, how often its country words name each country, and the order it
// first names them in.
func (t *topic) count(x *Extractor, hits []hit) {
	if t.counted {
		return
	}
	if t.counts == nil {
		t.counts = map[string]int{}
	}
	t.counted = true
	for _, h := range hits {
		w := &x.lex.words[h.w]
		if w.feat&fCountry != 0 && w.form != formRegion && w.code != "" {
			if t.counts[w.code] == 0 {
				t.order = append(t.order, w.code)
			}
			t.counts[w.code]++
		}
	}
}

// mostNamed is the country the article names most often among those ok accepts: Kazakhstan on a tie,
// else the one it named first, never whichever a walk of the map happens to meet first.
func (t *topic) mostNamed(ok func(string) bool) string {
	best, n := "", 0
	for _, c := range t.order {
		if k := t.counts[c]; ok(c) && (k > n || k == n && c == "KZ") {
			best, n = c, k
		}
	}
	return best
}

// distinct merges the mentions of an article that state one fact: a title that repeats the lead, a
// crossing named in one sentence and its wagons counted in the next ("На станции Достык образовалась
// пробка. Там скопилось более 1200 вагонов."). Two mentions are one fact when they agree on what makes
// the fact (kind, status, sides, tonnes, change, crossing, forecast) and every other field is equal or
// stated by one of them only. The merged mention keeps the place of the first and the sentence of the
// one that said more.
func distinct(ms []agrowatch.Mention, lead string) []agrowatch.Mention {
	// ends: the crossings whose delay a full sentence told ended, before the mention read; out is written
	// over ms, so they are noted as they are read.
	var ends []string
	out := ms[:0]
	for _, m := range ms {
		merged := false
		leadEnd := m.Kind == agrowatch.KindBorderDelay && slices.Contains(ends, m.Place)
		if m.Kind == agrowatch.KindBorderDelay && m.Status == "ended" && closed(m.Sentence) {
			ends = append(ends, m.Place)
		}
		for i := range out {
			if o, ok := mergeFacts(out[i], m, leadEnd, lead); ok {
				out[i], merged = o, true
				break
			}
		}
		if !merged {
			out = append(out, m)
		}
	}
	return out
}

// mergeFacts returns a and b as one mention when they state one fact. leadEnd says a full sentence
// before b told the end of the delay at b's crossing, whichever sentence a quotes; lead is the article's
// first full sentence.
func mergeFacts(a, b agrowatch.Mention, leadEnd bool, lead string) (agrowatch.Mention, bool) {
	if h, full, ok := roundedHeadline(&a, &b); ok {
		// «Экспорт муки … за 10 месяцев превысил 1,5 млн тонн» over the lead's 1 млн 530 тыс. тонн «по
		// итогам января–октября 2026 года»: the headline rounds the lead's figure and shortens its time.
		h.Tonnes, h.Period, h.Year = full.Tonnes, full.Period, full.Year
	} else if h, full, ok := shortenedHeadline(&a, &b); ok {
		// "Qazaqstan on aıda 2,4 mln tonna un eksporttady" over the lead's «2025 jylǵy qańtar-qazan
		// aılarynda … 2,4 mln tonna»: the headline's time is the lead's, shortened.
		h.Period, h.Year = full.Period, full.Year
	}
	sameOn := a.On == b.On || a.Kind == agrowatch.KindMeatBan && (a.On == "" || b.On == "")
	// A headline or the lead may name no holder either: «Отменен запрет на вывоз овец» over «Правительство
	// отменило запрет на вывоз маточного поголовья овец». A ban of no holder further on is a measure of its
	// own: «в селе введен карантин: запрещены вывоз скота…» is not Uzbekistan's ban told after it. Nor may a
	// headline name an inspector: "Video audit of Kazakh mutton plants completed" over "Experts of the
	// General Administration of Customs of China have completed a video inspection of three Kazakh mutton
	// producers".
	sameBy := a.By == b.By || a.Kind == agrowatch.KindMeatBan && (a.By == "" && opening(a.Sentence, lead) || b.By == "" && opening(b.Sentence, lead)) ||
		a.Kind == agrowatch.KindInspection && (a.By == "" && !closed(a.Sentence) || b.By == "" && !closed(b.Sentence))
	if a.Kind != b.Kind || a.Status != b.Status && !endedWait(a, b) && !endedCount(a, b, leadEnd) || !sameBy || !sameOn || a.From != b.From ||
		a.To != b.To || a.Tonnes != b.Tonnes || a.Change != b.Change || a.Place != b.Place || a.Forecast != b.Forecast {
		return a, false
	}
	if a.Kind == agrowatch.KindInspection && closed(a.Sentence) && closed(b.Sentence) && earlierStep(b.Sentence) {
		// "…beıneınspeksııa júrgizdi. Buǵan deıin qytaı mamandary kásiporyndardyń qujattaryn tekserip shyqqan
		// bolatyn", "Saparǵa deıin ámirlik tarapy … qarap shyqqan edi": a check told as before the one
		// reported is a step of its own.
		return a, false
	}
	if a.Kind == agrowatch.KindMeatBan && namesQuota(a.Sentence) != namesQuota(b.Sentence) {
		// "…the ban on the export of sheep and goats … is extended. At the same time, a quota for the export
		// of male cattle … is established": a quota and a ban are two measures, whatever goods they share.
		// Asked last: most pairs differ in a field.
		return a, false
	}
	str := func(x, y *string) bool {
		if *x == "" {
			*x = *y
		}
		return *y == "" || *x == *y
	}
	num := func(x, y *int) bool {
		if *x == 0 {
			*x = *y
		}
		return *y == 0 || *x == *y
	}
	m := a
	// A headline names the ban's holder and often not whose goods: "Russia lifts pork ban" is the lead's
	// "Russia lifted its ban on Kazakh pork".
	goods := str(&m.Commodity, &b.Commodity)
	if !goods && (a.Kind == agrowatch.KindMeatBan || a.Kind == agrowatch.KindInspection) {
		// "Тәжікстан қазақстандық етке шектеуді алып тастады" over a lead that names beef: the headline's
		// meat is the lead's beef, named more narrowly; so are "Kazakh meat plants" audited of "beef plants".
		switch {
		case inFamily(m.Commodity, b.Commodity):
			m.Commodity, goods = b.Commodity, true
		case inFamily(b.Commodity, m.Commodity):
			goods = true
		}
	}
	ok := str(&m.By, &b.By) && str(&m.On, &b.On) && goods && str(&m.Period, &b.Period) && str(&m.Cause, &b.Cause) &&
		str(&m.Route, &b.Route) && num(&m.Year, &b.Year) && num(&m.Wagons, &b.Wagons) && num(&m.Trucks, &b.Trucks)
	if m.Days == 0 {
		m.Days = b.Days
	}
	if !ok || b.Days != 0 && m.Days != b.Days {
		return a, false
	}
	if n, o := stated(b), stated(a); n > o || n == o && !closed(a.Sentence) && closed(b.Sentence) {
		// The sentence that says more is quoted; of two that say as much, a full sentence rather than
		// a headline.
		m.Sentence, m.Lang = b.Sentence, b.Lang
	}
	return m, true
}

// earlierStep reports a sentence that tells what it reports as before the one told before it: "Buǵan
// deıin", «Ранее», «До визита», "Before the visit", "Prior to that", 此前.
func earlierStep(sentence string) bool {
	// The words as written, capitalised or not: lowercasing the sentence costs more than the look.
	return earlierPhrases.in(sentence)
}

// earlierPhrases are earlierWords and their capitalised forms, compiled once.
var earlierPhrases = compilePhrases(withCapitals(earlierWords)...)

// withCapitals returns words and each with its first letter capitalised.
func withCapitals(words []string) []string {
	out := slices.Clone(words)
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		out = append(out, string(unicode.ToUpper(r))+w[n:])
	}
	return out
}

// earlierWords open a time before the one reported, in every language.
var earlierWords = []string{"буған дейін", "бұған дейін", "осыған дейін", "сапарға дейін", "buǵan deıin", "osyǵan deıin",
	"saparǵa deıin", "ранее", "до этого", "до визита", "перед визитом", "до приезда", "before that", "before the visit",
	"prior to that", "prior to the visit", "earlier", "previously", "此前", "之前", "在此之前"}

// namesQuota reports a sentence that names a quota: "quota", «квота», "kvota", 配额.
func namesQuota(sentence string) bool {
	// The word as written, capitalised or in capitals: lowercasing a whole sentence for one word cost more
	// than every other test of a pair together.
	return containsAny(sentence, "quota", "Quota", "QUOTA", "квот", "Квот", "КВОТ", "kvota", "Kvota", "KVOTA", "配额")
}

// shortenedHeadline returns, of two volumes of one figure, the headline's and the full sentence's when
// both are dated and the headline's period is a shorter writing of the other's, in no other year: "за
// сезон" over «по итогам 2024/25 маркетингового года», "on aıda" over "qańtar-qazan aılarynda". Changes
// are left alone.
func shortenedHeadline(a, b *agrowatch.Mention) (h, full *agrowatch.Mention, ok bool) {
	if a.Kind != agrowatch.KindExportVolume || b.Kind != a.Kind || a.Tonnes != b.Tonnes || a.Change != "" || b.Change != "" ||
		a.Period == b.Period || a.Period == "" || b.Period == "" {
		return nil, nil, false
	}
	switch {
	case !closed(a.Sentence) && closed(b.Sentence):
		h, full = a, b
	case closed(a.Sentence) && !closed(b.Sentence):
		h, full = b, a
	default:
		return nil, nil, false
	}
	return h, full, len(h.Period) < len(full.Period) && (h.Year == 0 || h.Year == full.Year)
}

// endedWait reports a later wait that counts only its days, b, after the end of a delay told with its
// wagons or trucks, a: "Очередь … где стояли до 700 фур, ликвидирована. Водители ожидали пересечения
// границы до шести суток", "有约500辆货车滞留，目前滞留问题已经解决。货车平均等待时间曾达4天". The days are
// the ended delay's, which keeps its status. A headline's end that counts nothing ("Хоргос: затор
// ликвидирован") leaves the wait to the delay the lead counts.
func endedWait(a, b agrowatch.Mention) bool {
	return a.Kind == agrowatch.KindBorderDelay && a.Status == "ended" && a.Wagons+a.Trucks != 0 && b.Status == "" &&
		b.Days != 0 && b.Wagons == 0 && b.Trucks == 0
}

// roundedHeadline returns, of two volumes, the headline's (a line with no full stop) and the full
// sentence's when the headline's figure is the other's rounded to two significant digits, within 5%:
// "exports top 1.5 million tonnes" over "1.53 million tonnes". Changes are left alone.
func roundedHeadline(a, b *agrowatch.Mention) (h, full *agrowatch.Mention, ok bool) {
	if a.Kind != agrowatch.KindExportVolume || b.Kind != a.Kind || a.Tonnes == b.Tonnes || a.Change != "" || b.Change != "" {
		return nil, nil, false
	}
	switch {
	case !closed(a.Sentence) && closed(b.Sentence):
		h, full = a, b
	case closed(a.Sentence) && !closed(b.Sentence):
		h, full = b, a
	default:
		return nil, nil, false
	}
	t, f := h.Tonnes, full.Tonnes
	if t <= 0 || f <= 0 || t > f*1.05 || t < f*0.95 {
		return nil, nil, false
	}
	unit := 1.0
	for unit*100 <= t {
		unit *= 10
	}
	return h, full, t == float64(int64(t/unit))*unit
}

// endedCount reports a later count of the wagons or trucks that waited, b, told in the past after the
// end of a delay that counted none, a: "Движение … восстановлено. Накануне там простаивали 520 вагонов",
// "Buǵan deıin stansada 480 vagon turyp qalǵan edi", "此前滞留车皮一度达到1300节", "At the peak of the
// closure about 900 trucks were stranded". The count is the ended delay's, which keeps its status; a
// count told as now ("Now 400 trucks are waiting again") is a delay of its own, and so, as for
// endedWait, is the lead's count under a headline's end ("霍尔果斯口岸拥堵缓解" over "此前有400辆货车排队").
func endedCount(a, b agrowatch.Mention, leadEnd bool) bool {
	// "Truck queue at Khorgos cleared after five days" over "The queue … has been cleared": the merged end
	// quotes the headline, which says more, but the lead told the end too.
	if a.Kind != agrowatch.KindBorderDelay || a.Status != "ended" || a.Wagons+a.Trucks != 0 || b.Status != "" ||
		b.Wagons+b.Trucks == 0 || !closed(a.Sentence) && !leadEnd {
		return false
	}
	low := strings.ToLower(b.Sentence)
	return containsAny(low, pastCountWords...) || containsAny(low, pastCountVerbs...) && !containsAny(low, againWords...)
}

// pastCountWords date a count before the end of its delay, in every language.
var pastCountWords = []string{"накануне", "ранее", "до этого", "во время", "прежде",
	"буған дейін", "бұған дейін", "buǵan deıin", " еді", " edi", "болатын", "bolatyn",
	// The worst days: "Ең қиын күндері шекарада 540-тан астам жүк көлігі тұрған", «в самые тяжёлые дни».
	"ең қиын", "eń qıyn", "в самые тяжелые", "в самые тяжёлые", "в худшие дни", "at the worst",
	"had been", "at the peak", "at its peak", "at their peak", "at the height", "на пике", "в разгар", "в пиковый",
	"earlier", "during the", "had waited", "had stood",
	"此前", "之前", "一度", "曾经", "高峰时"}

// pastCountVerbs tell the count in the Kazakh perfect: the past participle that ends its clause, as
// "тұрған еді" does ("540 жүк көлігі тұрған,": had stood). After an end it is the ended delay's count,
// unless told as happening again (againWords). The plain past («стояли», "were waiting") is not: a
// report may tell a delay and its end as two facts in that order.
var pastCountVerbs = []string{" тұрған,", " тұрған.", " turǵan,", " turǵan.", " жиналған,", " жиналған.", " jınalǵan,",
	" jınalǵan."}

// againWords tell a count after an end as a new delay: "Now 400 trucks are waiting again".
var againWords = []string{"again", "снова", "вновь", "опять", "қайтадан", "qaıtadan", "тағы да", "taǵy da"}

// opening reports a mention's sentence that opens the article: a headline, or its lead, the first full
// sentence.
func opening(sentence, lead string) bool {
	return !closed(sentence) || sentence == lead
}

// leadSentence returns the first full sentence of text's spans, whitespace folded, as mentions quote it.
func leadSentence(text string, spans []span) string {
	for _, sp := range spans {
		if closed(text[sp.start:sp.end]) {
			return fold(text[sp.start:sp.end])
		}
	}
	return ""
}

// stated counts the fields a mention fills beyond its kind.
func stated(m agrowatch.Mention) int {
	n := 0
	for _, s := range [...]string{m.Commodity, m.Period, m.Cause, m.Route} {
		if s != "" {
			n++
		}
	}
	for _, v := range [...]int{m.Year, m.Wagons, m.Trucks} {
		if v != 0 {
			n++
		}
	}
	if m.Days != 0 {
		n++
	}
	return n
}

// closed reports a sentence that ends in a full stop, a question or exclamation mark, or a closing
// quote: a headline does not.
func closed(sent string) bool {
	r, _ := utf8.DecodeLastRuneInString(sent)
	return strings.ContainsRune(".!?…。！？»”\")", r)
}

// notice records what the words of a sentence (its hits hs, their features f) tell the article's topic
// whatever the sentence states: its goods (one commodity, or "-" once several are named), the last
// crossing it names, and the disease it reports with the first country it places it in ("哈萨克斯坦东部
// 地区发现口蹄疫疫情。" before the ban it causes). It returns the last country the sentence names.
func (tp *topic) notice(words []word, low string, from int, hs []hit, f feat) (named string) {
	if f&fCause != 0 {
		tp.cause, tp.causeIn = "", ""
	}
	for _, ht := range hs {
		w := &words[ht.w]
		if w.code == "" {
			continue
		}
		if w.feat&fCommodity != 0 && w.code != tp.goods {
			if tp.goods == "" {
				tp.goods = w.code
			} else {
				tp.goods = "-" // several goods: none is the article's
			}
		}
		if w.feat&fCountry != 0 {
			named = w.code
			if f&fCause != 0 && tp.causeIn == "" && !bordering(low, from, int(ht.pos)) {
				tp.causeIn = w.code
			}
		}
		if w.feat&fPlace != 0 {
			tp.crossing = w.code
		}
		if w.feat&fCause != 0 && tp.cause == "" {
			tp.cause = w.code
		}
	}
	return named
}

// bordering reports a country named as what a place borders or lies near, not where something is:
// «в двух районах, граничащих с Актюбинской областью», "districts bordering Kazakhstan", "near the
// border with China".
func bordering(low string, from, pos int) bool {
	p, at := prevToken(low, from, pos)
	if p == "с" || p == "со" || p == "with" || p == "the" {
		p, _ = prevToken(low, from, at)
	}
	return strings.HasPrefix(p, "граничащ") || strings.HasPrefix(p, "гранича") || strings.HasPrefix(p, "border") ||
		p == "near" || p == "близ" || p == "вблизи" || strings.HasPrefix(p, "шекаралас")
}

// fillSides completes an inspection that names only the country inspected from the article: the
// inspector of the last inspection of the same country ("В следующем году инспекторы планируют посетить
// еще десять белорусских предприятий" after Kazakh inspectors checked Belarusian plants,
// "专家组计划明年赴哈开展实地检查" after GACC's audit).
func (t *topic) fillSides(m *agrowatch.Mention) {
	if m.By == "" && m.On != "" && t.inspBoth.On == m.On {
		m.By = t.inspBoth.By
	}
}

// endPlace returns the crossing whose delay an end that names none ends: the last one reported, unless
// that was only a cut or a closure counting nothing, told after or before the wagons counted waiting
// elsewhere ("货物在多斯特克站滞留了11天 … 积压原因是阿拉山口站每日接车数量大幅减少。目前该方向通关已恢复正常"):
// the backlog the cut caused is what clears.
func (t *topic) endPlace() string {
	if t.bare && t.waited != "" {
		return t.waited
	}
	return t.place
}

// answeredCount returns the wait at the crossing a question asked of (place), counted by the answer:
// the wagons or trucks it counts, none of them a rate ("kúnine 40-50 kólik qana ótedi") nor negated.
func (s *sentence) answeredCount(place string) (agrowatch.Mention, bool) {
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: place}
	s.borderCounts(&m)
	if m.Wagons == 0 && m.Trucks == 0 || s.delaysNegated() || question(s.text[s.sp.start:s.sp.end]) {
		return agrowatch.Mention{}, false
	}
	return m, true
}

// onRoute gives a delay with no route of its own, at one end of the route the article named, that route:
// "Acceptance at Alashankou reduced to nine trains per day" under "KTZ operational summary: Dostyk –
// Alashankou". A delay's end keeps only its crossing.
func (t *topic) onRoute(m *agrowatch.Mention) {
	if m.Kind != agrowatch.KindBorderDelay || m.Route != "" || t.route == "" || m.Place == "" || m.Status != "" {
		return
	}
	if a, b, _ := strings.Cut(t.route, " – "); m.Place == a || m.Place == b {
		m.Route = t.route
	}
}

// waitsAgain reports a sentence (its features f, lowercased low) that names no crossing and tells the
// wagons, trucks or trains standing or waiting, after the article counted them waiting at a crossing:
// "Часть составов ожидает более 12 суток", "Keıbir vagondar altynshy táýlik shekarada tur", "部分车皮已
// 停留八天以上" after the wagons counted at Dostyk tell how long they wait there.
//
// The wagons may be named back by a pronoun of part ("Part of them have been standing for six days",
// «Олардың бір бөлігі сегізінші тәулік бойы қозғалыссыз тұр», 其中部分已停留八天): after a count of waiting
// wagons there is nothing else "them" can be.
//
// So may the writer among them, by a word of here beside the days ("Friday: fifth day here", «пятый день
// здесь», "бесінші күн осында", 在这里等了五天): the crossing where the traffic was counted.
func (t *topic) waitsAgain(f feat, low string) bool {
	return t.waited != "" && f&fPlace == 0 && ((f&fCargo != 0 || cargoPartsBack.in(low)) && cargoWaitsAny.in(low) ||
		f&fCountry == 0 && daysHere.in(low)) // "The fifth day here brought snow to Almaty" is the weather's
}

// daysHere tell days spent here, the word of day right before the word of here (in Chinese the place
// first, before its verb of waiting), in every language.
var daysHere = compilePhrases("day here", "days here", "день здесь", "дня здесь", "дней здесь", "сутки здесь",
	"суток здесь", "день тут", "сутки тут", "күн осында", "тәулік осында", "kún osynda", "táýlik osynda",
	"在这里等了", "在这儿等了", "在这里待了", "在这儿待了", "在这里排了", "在这儿排了")

// cargoPartsBack name a part of what was counted by a pronoun, in every language.
var cargoPartsBack = compilePhrases("часть из них", "некоторые из них", "многие из них", "олардың бір бөлігі",
	"олардың кейбірі", "олардың көбі", "olardyń bir bóligi", "olardyń keıbiri", "olardyń kóbi", "part of them",
	"some of them", "many of them", "其中部分", "其中一些", "部分已")

// waitOfCounted returns the wait of waitsAgain: the days it counts, at the crossing where the wagons or
// trucks were counted, listed once with their count (distinct). A sentence that counts no days, or counts
// wagons or trucks of its own, tells no wait of those.
func (t *topic) waitOfCounted(s *sentence) (agrowatch.Mention, bool) {
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: t.waited}
	s.borderCounts(&m)
	if m.Days == 0 || m.Wagons != 0 || m.Trucks != 0 || s.expectedEnd() || s.delaysNegated() {
		return agrowatch.Mention{}, false
	}
	return m, true
}

// cargoWaitsAny are the verbs of wagons, trucks or trains that stand or wait, in every language; Kazakh
// "тұр" with what ends the word, not "тұрақты" (stable).
// Read before the sentence's language is told, so in every language at once.
var cargoWaitsAny = compilePhrases("ожидает", "ожидают", "ожидали", "стоят", "стоит ", "стояли", "находятся в ожидании",
	"тұр ", "тұр.", "тұр,", "тұрды", "тұрған", "күтіп", "күтуде", "tur ", "tur.", "tur,", "turdy", "turǵan", "kútip",
	"kútýde", "waiting", "waited", "have stood", "has stood", "standing", "idle", "stuck", "停留", "等候", "停了")

// explainedElsewhere reports a sentence that names the article's delay back only to explain it, in a
// clause other than the one naming place, a crossing other than the delay's, whose own clause tells no
// delay or a negated one: "Тасымалдаушылар кідірісті Қытай тарапындағы жөндеу жұмыстарымен байланыстырады,
// ал Алтынкөл – Қорғас бағытында жағдай тұрақты", "Customs blamed the delay on repairs, while at Bakhty
// there is no queue". The explained delay is the one reported; the other crossing has none.
func (s *sentence) explainedElsewhere(place string) bool {
	if s.tp == nil || s.tp.place == "" || place == "" || place == s.tp.place {
		return false
	}
	at := -1
	for _, h := range s.hits {
		if w := s.word(h); w.feat&fPlace != 0 && w.code == place {
			at = int(h.pos)
			break
		}
	}
	if at < 0 {
		return false
	}
	explained := false
	for _, h := range s.hits {
		switch {
		case s.word(h).feat&fDelay == 0:
		case !s.sameClause(at, int(h.pos)):
			explained = true
		case !s.negatedAt(int(h.pos), int(h.end)):
			return false // a delay of the crossing's own clause
		}
	}
	return explained && explainWords.in(s.lang, s.low[s.sp.start:s.sp.end])
}

// explainWords are the verbs that tell a delay's cause, by language: "KTZ blamed the delay on repairs",
// «задержки объясняют ремонтом», "кідірісті … түсіндірді", 将拥堵归因于. Not the cause itself ("Причина —
// снижение приема", "due to"), which may be a delay of its own.
var explainWords = langWords{
	ru: []string{"объясня", "объяснил", "связыва", "связал"},
	kk: []string{"байланыстыр", "түсіндір", "baılanystyr", "túsindir"},
	en: []string{"blamed", "blames", "attributed", "attributes", "explained", "explains", "put down to"},
	zh: []string{"归因", "归咎", "解释"},
}

// reportedQuestion reports a sentence (lowercased) that tells a question asked and no answer to it: "Депутат
// Сената поинтересовался сроками открытия китайского рынка", "The deputy asked when China would lift the
// ban", "立法委员质询…是否开放". Like a question, it states no fact; "有记者问及…，发言人表示…" answers in the
// same sentence, and "asked Russia to lift" is a request, no question.
func reportedQuestion(lang, low string) bool {
	return (askedWords.in(lang, low) || askedWh(lang, low)) && !answerWords.in(lang, low)
}

// askVerbs ask, and whWords open the question they ask, its addressee between them: "asked the government
// what it would take to reopen", «спросил у министра, когда …».
var (
	askVerbs = langWords{ru: []string{"спросил", "спросила", "спросили"}, en: []string{"asked"}}
	whWords  = map[string]bool{"what": true, "when": true, "why": true, "whether": true, "if": true, "how": true,
		"когда": true, "ли": true, "что": true, "как": true, "сколько": true, "почему": true}
)

// askedWh reports a verb of asking with a question word at most four words after it.
func askedWh(lang, low string) bool {
	for _, v := range askVerbs.of(lang) {
		for i := strings.Index(low, v); i >= 0; {
			ws := strings.FieldsFunc(low[i+len(v):min(len(low), i+len(v)+64)], func(r rune) bool { return !isWordRune(r) })
			for _, w := range ws[:min(len(ws), 4)] {
				if whWords[w] {
					return true
				}
			}
			k := strings.Index(low[i+len(v):], v)
			if k < 0 {
				break
			}
			i += len(v) + k
		}
	}
	return false
}

// askedWords tell a question asked, and answerWords an answer told, by language.
var (
	askedWords = langWords{
		ru: []string{"поинтересовал", "спросил, когда", "спросил, почему", "спросил, будет ли", "задал вопрос"},
		kk: []string{"сұрақ қойды", "сұрақ жолдады", "suraq qoıdy", "suraq joldady"},
		en: []string{"asked when", "asked why", "asked whether", "asked if", "asked how", "inquired", "enquired", "wanted to know"},
		zh: []string{"询问", "问及", "质询", "質詢", "詢問", "問及"},
	}
	answerWords = langWords{
		ru: []string{"ответил", "ответила", "отметил", "сообщил"},
		kk: []string{"жауап", "деді", "dedi"},
		en: []string{"answered", "replied", "said", "told"},
		zh: []string{"表示", "回答", "答复", "答覆", "称", "稱"},
	}
)
