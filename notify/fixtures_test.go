package notify

import (
	"fmt"
	"strings"
	"time"

	"agrowatch"
)

// Alerts shared by the format and sender tests.

func ruAlert() agrowatch.Alert {
	return agrowatch.Alert{
		Source:    "eldala.kz",
		URL:       "https://eldala.kz/novosti/zhivotnovodstvo/18342-kitay-snyal-zapret-na-govyadinu",
		Title:     "Китай снял запрет на ввоз говядины из Казахстана",
		Published: time.Date(2024, 3, 5, 10, 30, 0, 0, time.FixedZone("ALMT", 5*3600)),
		Mentions: []agrowatch.Mention{
			{Kind: agrowatch.KindMeatBan, Lang: "ru", Status: agrowatch.StatusImposed, By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd",
				Sentence: "В 2022 году Главное таможенное управление КНР ввело запрет на ввоз говядины из Казахстана из-за вспышки ящура."},
			{Kind: agrowatch.KindMeatBan, Lang: "ru", Status: agrowatch.StatusLifted, By: "CN", On: "KZ", Commodity: "beef",
				Sentence: "Теперь ограничения сняты, и пять казахстанских мясокомбинатов вновь могут поставлять говядину в Китай."},
			{Kind: agrowatch.KindMeatBan, Lang: "ru", Status: agrowatch.StatusPending, By: "CN", On: "KZ", Commodity: "mutton",
				Sentence: "Снятие ограничений на баранину ожидается после согласования ветеринарных сертификатов."},
			{Kind: agrowatch.KindInspection, Lang: "ru", Status: agrowatch.StatusDone, By: "CN", On: "KZ",
				Sentence: "Ранее инспекторы GACC провели проверку предприятий в Костанайской и Павлодарской областях."},
			{Kind: agrowatch.KindExportVolume, Lang: "ru", Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Period: "2023", Year: 2023, Forecast: true,
				Sentence: "По прогнозу министерства, экспорт зерна в Китай в 2023 году составит 2,23 млн тонн."},
			{Kind: agrowatch.KindBorderDelay, Lang: "ru", Place: "Dostyk",
				Sentence: "На станции Достык в ожидании пересечения границы простаивают более 3 тыс. вагонов с зерном."},
		},
	}
}

func hostileAlert() agrowatch.Alert {
	return agrowatch.Alert{
		Source: `<b>evil</b> & co`,
		URL:    `https://example.com/news?id=1&q="><script>alert(1)</script>`,
		Title:  `<script>&amp; "x"`,
		Mentions: []agrowatch.Mention{
			{Kind: agrowatch.KindMeatBan, Lang: "en", Status: agrowatch.StatusImposed, By: "<CN>", On: "KZ&", Commodity: `beef"</i>`, Cause: "avian_influenza",
				Sentence: `Prices < 100 & > 50 "quoted" </i><b>bold?</b> &nbsp; &#x1F600; end` + "\x1b[31mred\x1b[0m"},
			{Kind: agrowatch.KindExportVolume, Lang: "en", Tonnes: 1250.5, Commodity: "wheat", To: "<img src=x>", Period: "Jan–Oct",
				Sentence: "Line one\nline two\ttabbed"},
		},
	}
}

// marker tells the mentions of longAlert apart.
func marker(i int) string { return fmt.Sprintf("mention #%03d:", i+1) }

// longAlert has n mentions, each with a distinct marker "mention #NNN:" and a sentence long enough to
// be shortened.
func longAlert(n int) agrowatch.Alert {
	a := agrowatch.Alert{
		Source:    "apk-news.kz",
		URL:       "https://apk-news.kz/news/2024/export-zerna",
		Title:     "Экспорт зерна: итоги года по всем направлениям & <прогнозы>",
		Published: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC),
	}
	for i := range n {
		a.Mentions = append(a.Mentions, agrowatch.Mention{
			Kind: agrowatch.KindExportVolume, Lang: "ru", Tonnes: float64(100000 * (i + 1)), Commodity: "wheat",
			From: "KZ", To: "CN", Period: "за январь-октябрь", Year: 2023,
			Sentence: marker(i) + " " + strings.Repeat("Казахстан экспортировал пшеницу & ячмень <в Китай> по железной дороге. ", 8),
		})
	}
	return a
}

// borderAlert carries the fields the extractor added for border delays and changes of a volume.
func borderAlert() agrowatch.Alert {
	return agrowatch.Alert{
		Source:    "kazinform",
		URL:       "https://www.inform.kz/ru/dostyk-vagony",
		Title:     "На Достыке простаивают вагоны с зерном",
		Published: time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC),
		Mentions: []agrowatch.Mention{
			{Kind: agrowatch.KindBorderDelay, Lang: "ru", Place: "Dostyk", Wagons: 3000, Trucks: 122, Days: 5, Route: "Altynkol – Khorgos", Commodity: "grain",
				Sentence: "На станции Достык более 3 тыс. вагонов с зерном ждут уже пятые сутки, 122 грузовика стоят на переходе Алтынколь – Хоргос."},
			{Kind: agrowatch.KindExportVolume, Lang: "ru", Change: "increase", Tonnes: 200000, Commodity: "wheat", From: "KZ", To: "CN", Year: 2025,
				Sentence: "Экспорт пшеницы в Китай вырос на 200 тыс. тонн."},
		},
	}
}
