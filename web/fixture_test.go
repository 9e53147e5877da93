package web

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/dedup"
	"agrowatch/store"
)

// now is the tests' clock: every page is rendered as on this morning in Astana.
var now = time.Date(2026, 12, 1, 5, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t.Add(-5 * time.Hour) // written in Astana's time
}

// article is one fixture article and its mentions.
type article struct {
	source, url, title, when string
	text                     string
	ms                       []agrowatch.Mention
}

func ban(status, by, on, commodity, sentence string) agrowatch.Mention {
	return agrowatch.Mention{Kind: agrowatch.KindMeatBan, Lang: "ru", Status: status, By: by, On: on, Commodity: commodity, Sentence: sentence}
}

func volume(tonnes float64, from, to, commodity, period string, year int, sentence string) agrowatch.Mention {
	return agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Tonnes: tonnes, From: from, To: to, Commodity: commodity,
		Period: period, Year: year, Sentence: sentence}
}

// fixture is a small archive with a ban's whole story (imposed, pending, lifted, told by several
// sources), monthly export figures with a forecast and a change among them, an inspection, a border
// delay, a headline with markup in it, and the health of the sources.
func fixture() []article {
	forecast := volume(1_000_000, "KZ", "IR", "barley", "в 2025 году", 2025, "По прогнозу, в 2025 году экспорт ячменя в Иран достигнет 1 млн тонн.")
	forecast.Forecast = true
	change := volume(200_000, "KZ", "CN", "wheat", "", 0, "Это на 200 тыс. тонн больше, чем годом ранее.")
	change.Change = "increase"
	delay := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Lang: "ru", Place: "Dostyk", Wagons: 1200, Days: 3,
		Sentence: "На станции Достык в ожидании передачи в Китай стоят 1 200 вагонов, простой — трое суток."}
	inspection := agrowatch.Mention{Kind: agrowatch.KindInspection, Lang: "en", Status: agrowatch.StatusPlanned, By: "CN", On: "KZ", Commodity: "beef",
		Sentence: "Chinese veterinary inspectors will visit Kazakh meat plants in October."}
	out := []article{
		{"eldala", "https://eldala.kz/news/1001", "Китай закрыл рынок для казахстанской говядины", "2025-01-20 10:30",
			"Китай ввёл запрет на ввоз говядины из Казахстана из-за вспышки ящура в Костанайской области.",
			[]agrowatch.Mention{func() agrowatch.Mention {
				m := ban("imposed", "CN", "KZ", "beef", "Главное таможенное управление КНР ввело запрет на ввоз говядины из Казахстана из-за ящура.")
				m.Cause = "fmd"
				return m
			}()}},
		{"apk-news", "https://apk-news.kz/2025/03/grain", "Экспорт зерна в Китай: итоги февраля", "2025-03-05 09:00",
			"Казахстан в феврале отправил в Китай 310 тыс. тонн пшеницы, в том числе через Достык, сообщает АПК.",
			[]agrowatch.Mention{volume(310_000, "KZ", "CN", "wheat", "в феврале", 2025, "В феврале Казахстан экспортировал в Китай 310 тыс. тонн пшеницы."),
				change, delay}},
		{"moa", "https://www.gov.kz/memleket/entities/moa/press/news/details/2001", "О поставках ячменя в Иран", "2025-04-02 15:00",
			"Министерство сельского хозяйства сообщает, что в марте в Иран отгружено 85 тыс. тонн ячменя.",
			[]agrowatch.Mention{volume(85_000, "KZ", "IR", "barley", "в марте", 2025, "В марте в Иран отгружено 85 тыс. тонн ячменя."), forecast}},
		{"eurasianet", "https://eurasianet.org/china-to-inspect-kazakh-meat", "China to inspect <Kazakh> meat plants & \"farms\"", "2025-09-10 12:00",
			"Chinese veterinary inspectors will visit Kazakh meat plants in October, a first step to lifting the ban.",
			[]agrowatch.Mention{inspection, {Kind: agrowatch.KindMeatBan, Lang: "en", Status: agrowatch.StatusPending, By: "CN", On: "KZ", Commodity: "beef",
				Sentence: "Beijing is expected to lift its ban on Kazakh beef once the audit is done."}}},
		{"gacc", "http://www.customs.gov.cn/customs/302249/2480148/5000001/index.html", "关于允许哈萨克斯坦牛肉输华的公告", "2026-03-14 16:00",
			"海关总署公告：即日起允许符合要求的哈萨克斯坦牛肉进口。",
			[]agrowatch.Mention{{Kind: agrowatch.KindMeatBan, Lang: "zh", Status: agrowatch.StatusLifted, By: "CN", On: "KZ", Commodity: "beef",
				Sentence: "即日起，允许符合相关要求的哈萨克斯坦牛肉进口。"}}},
		{"kazinform-ru", "https://www.inform.kz/ru/kitay-snyal-zapret", "Китай снял запрет на казахстанскую говядину", "2026-03-15 11:20",
			"Китай снял запрет на ввоз говядины из Казахстана, действовавший с января 2025 года.",
			[]agrowatch.Mention{ban("lifted", "CN", "KZ", "beef", "Китай снял запрет на ввоз говядины из Казахстана, действовавший с января 2025 года.")}},
		{"eldala", "https://eldala.kz/news/1500", "Экспорт пшеницы в Китай в октябре", "2026-11-03 08:00",
			"В октябре 2026 года Казахстан поставил в Китай 420 тыс. тонн пшеницы, сообщает «Казахстан темир жолы».",
			[]agrowatch.Mention{volume(420_000, "KZ", "CN", "wheat", "в октябре 2026 года", 2026, "В октябре 2026 года Казахстан поставил в Китай 420 тыс. тонн пшеницы."),
				volume(12_500.5, "KZ", "UZ", "flour", "в октябре", 2026, "Узбекистан получил 12,5 тыс. тонн муки.")}},
		{"kazinform-kk", "https://www.inform.kz/kz/uzbekstan-kus-eti", "Өзбекстан құс етіне тыйым салды", "2026-11-20 14:45",
			"Өзбекстан Қазақстаннан құс етін әкелуге уақытша тыйым салды.",
			[]agrowatch.Mention{{Kind: agrowatch.KindMeatBan, Lang: "kk", Status: agrowatch.StatusImposed, By: "UZ", On: "KZ", Commodity: "poultry", Cause: "avian_influenza",
				Sentence: "Өзбекстан құс тұмауына байланысты Қазақстаннан құс етін әкелуге уақытша тыйым салды."}}},
	}
	// A month-by-month series of wheat sent to China by rail, as the railway's monthly reports give it.
	for i, kt := range []int{280, 365, 410, 455, 300, 240, 330, 390, 360} {
		month := time.Date(2025, time.Month(5+2*i), 1, 0, 0, 0, 0, time.UTC)
		name := monthsRu[(month.Month()+10)%12] // the month reported is the one before publication
		sentence := fmt.Sprintf("За %s по железной дороге в Китай отправлено %d тыс. тонн пшеницы.", name, kt)
		out = append(out, article{"kazinform-ru", fmt.Sprintf("https://www.inform.kz/ru/zerno-%s", month.Format("2006-01")),
			"Отгрузки зерна в Китай за " + name, month.Format("2006-01-02") + " 10:00", sentence + " Об этом сообщает КТЖ.",
			[]agrowatch.Mention{volume(float64(kt*1000), "KZ", "CN", "wheat", "за "+name, month.AddDate(0, -1, 0).Year(), sentence)}})
	}
	return out
}

// fillStore opens a store in a temporary directory and commits the fixture as watch would.
func fillStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "agrowatch.db"), store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, a := range fixture() {
		when := day(a.when)
		fp, ok := dedup.Of(a.text)
		_, err := db.Commit(store.Proposal{
			Article:     agrowatch.Article{Source: a.source, URL: a.url, Title: a.title, Published: when, Fetched: when.Add(20 * time.Minute), Text: a.text, Lang: a.ms[0].Lang},
			Mentions:    a.ms,
			Fingerprint: fp, HasPrint: ok, Fresh: true,
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	health := map[string]agrowatch.Health{
		"eldala":     {LastAttempt: now.Add(-10 * time.Minute), LastSuccess: now.Add(-10 * time.Minute), LastItems: 20, MaxItems: 20, Articles: 812, Polls: 3000},
		"gacc":       {LastAttempt: now.Add(-25 * time.Minute), LastSuccess: now.Add(-26 * time.Hour), Failures: 52, LastError: "crawler: gacc: GET http://www.customs.gov.cn/: 412 Precondition Failed <script>", Articles: 40, Polls: 900, Note: "no Chromium: the cookie challenge cannot be passed"},
		"apk-news":   {LastAttempt: now.Add(-time.Hour), LastSuccess: now.Add(-time.Hour), Degraded: "degraded: layout changed? 0 items for 5 polls", Articles: 300, Polls: 1000},
		"old-source": {LastAttempt: now.AddDate(0, -2, 0), LastSuccess: now.AddDate(0, -2, 0), Articles: 5, Polls: 10},
	}
	for name, h := range health {
		if err := db.SetHealth(name, h); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func fixtureSources() []Source {
	var out []Source
	for _, n := range []string{"eldala", "apk-news", "moa", "eurasianet", "gacc", "kazinform-ru", "kazinform-kk"} {
		kind := n
		if n == "moa" {
			kind = "govkz"
		}
		if n == "kazinform-ru" || n == "kazinform-kk" {
			kind = "kazinform/" + n[len(n)-2:]
		}
		out = append(out, Source{Name: n, Kind: kind})
	}
	return append(out, Source{Name: "agroinfo", Kind: "agroinfo", Disabled: true})
}

func newServer(t testing.TB, db *store.DB) *Server {
	t.Helper()
	s, err := New(Options{Store: db, Sources: fixtureSources, Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
