package extract

import (
	"testing"

	"agrowatch"
)

// TestVolumeBackReferences holds the article-level patterns of the dev6 volume fixes: a figure that names
// its side only by referring back takes it from the shipment the article reported before.
func TestVolumeBackReferences(t *testing.T) {
	x := New()
	for _, tc := range []struct {
		name, lang, text string
		want             agrowatch.Mention // the fields compared: tonnes, from, to, change
	}{
		{"reporter only (en)", "en",
			"Kazakhstan shipped 520,000 tonnes of wheat to Iran in the 2025/26 season.\n\nThat is up by 130,000 tonnes from the previous season, the chairman told Interfax-Kazakhstan.",
			agrowatch.Mention{Tonnes: 130000, From: "KZ", To: "IR", Change: "increase"}},
		{"reporter only (ru)", "ru",
			"Казахстан отгрузил в Иран 520 тыс. тонн пшеницы.\n\nЭто на 130 тыс. тонн больше, чем сезоном ранее, сообщил «Интерфакс-Казахстан».",
			agrowatch.Mention{Tonnes: 130000, From: "KZ", To: "IR", Change: "difference"}},
		{"neighbouring republic (ru)", "ru",
			"За январь–октябрь Казахстан экспортировал в Узбекистан 1,6 млн тонн пшеницы.\n\nПри этом экспорт казахстанской муки в соседнюю республику вырос на 12%, до 410 тыс. тонн.",
			agrowatch.Mention{Tonnes: 410000, From: "KZ", To: "UZ"}},
		{"neighbouring country (kk)", "kk",
			"Қазақстан Өзбекстанға 1,6 млн тонна бидай экспорттады.\n\nСонымен қатар көрші елге 410 мың тонна ұн жөнелтілді.",
			agrowatch.Mention{Tonnes: 410000, From: "KZ", To: "UZ"}},
		{"change of imports (zh)", "zh",
			"据中国海关总署统计，2026年前三季度中国自哈萨克斯坦进口粮食210万吨。\n\n与上年同期相比，大麦进口增加了31万吨。",
			agrowatch.Mention{Tonnes: 310000, From: "KZ", To: "CN", Change: "increase"}},
		{"change of imports (en)", "en",
			"China imported 2.1 million tonnes of grain from Kazakhstan in the first nine months.\n\nBarley imports rose by 310,000 tonnes from a year earlier.",
			agrowatch.Mention{Tonnes: 310000, From: "KZ", To: "CN", Change: "increase"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(tc.text, tc.lang)
			for _, m := range ms {
				if m.Kind == agrowatch.KindExportVolume && m.Tonnes == tc.want.Tonnes && m.From == tc.want.From &&
					m.To == tc.want.To && m.Change == tc.want.Change {
					return
				}
			}
			t.Errorf("no %+v in %+v", tc.want, ms)
		})
	}
}

// TestVolumeNoTotalImports: a change of imports with no side and no shipment before is a country's total,
// nobody's export.
func TestVolumeNoTotalImports(t *testing.T) {
	x := New()
	for _, text := range []string{"2026年中国进口小麦1200万吨。\n\n与上年相比，进口增加了100万吨。"} {
		for _, m := range x.Extract(text, "zh") {
			if m.Kind == agrowatch.KindExportVolume {
				t.Errorf("%q: got %+v", text, m)
			}
		}
	}
}

// TestBorderBacklogClause: a first clause that counts the wait and names no crossing is the wait at the
// crossing the article reported before; the crossing the rest of the sentence names has a delay of its own.
func TestBorderBacklogClause(t *testing.T) {
	x := New()
	for _, tc := range []struct {
		name, lang, text string
		want             []agrowatch.Mention // place, wagons, days compared
	}{
		{"en", "en", "More than 1,800 wagons loaded with Kazakh grain are stuck at Dostyk station.\n\nThe wait has reached 12 days, and Chinese railways are accepting only nine trains a day at Alashankou.",
			[]agrowatch.Mention{{Place: "Dostyk", Wagons: 1800, Days: 12}, {Place: "Alashankou"}}},
		{"ru", "ru", "На станции Достык простаивают более 1800 вагонов с зерном.\n\nПростой достиг 12 суток, а китайская сторона принимает на Алашанькоу лишь девять поездов в сутки.",
			[]agrowatch.Mention{{Place: "Dostyk", Wagons: 1800, Days: 12}, {Place: "Alashankou"}}},
		{"kk-lat", "kk", "Dostyq stansasynda 1800-den astam vagon turyp qaldy.\n\nKidiris 12 táýlikke jetti, al Qytaı tarapy Alashańqoý arqyly táýligine toǵyz poıyz ǵana qabyldaıdy.",
			[]agrowatch.Mention{{Place: "Dostyk", Wagons: 1800, Days: 12}, {Place: "Alashankou"}}},
		{"zh", "zh", "多斯特克站有1800多节车皮滞留。\n\n滞留时间已达12天，阿拉山口站每天仅接收9列货物列车。",
			[]agrowatch.Mention{{Place: "Dostyk", Wagons: 1800, Days: 12}, {Place: "Alashankou"}}},
		{"counts at the crossing named (en)", "en", "More than 1,800 wagons are stuck at Dostyk station.\n\nExporters are worried, and 200 trucks are waiting at Khorgos.",
			[]agrowatch.Mention{{Place: "Dostyk", Wagons: 1800}, {Place: "Khorgos", Trucks: 200}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []agrowatch.Mention
			for _, m := range x.Extract(tc.text, tc.lang) {
				if m.Kind == agrowatch.KindBorderDelay {
					got = append(got, agrowatch.Mention{Place: m.Place, Wagons: m.Wagons, Trucks: m.Trucks, Days: m.Days})
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("mention %d: got %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestBuyersNotExporters: of a list of buyers with no exporter named, no buyer is another's exporter; after
// an exporter named, the buyers buy from it.
func TestBuyersNotExporters(t *testing.T) {
	x := New()
	for _, tc := range []struct {
		lang, text string
		from       string // every volume's exporter
	}{
		{"kk", "Ең көп сатып алған Өзбекстан – 1,8 млн тонна, одан кейін Тәжікстан – 690 мың тонна.", "KZ"},
		{"ru", "Больше всего закупил Узбекистан – 1,5 млн тонн, на втором месте Китай – 780 тыс. тонн.", "KZ"},
		{"ru", "Россия экспортировала 44 млн тонн пшеницы.\n\nБольше всего закупил Египет – 10 млн тонн, на втором месте Турция – 8 млн тонн.", "RU"},
	} {
		ms := x.Extract(tc.text, tc.lang)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", tc.text)
		}
		for _, m := range ms {
			if m.Kind == agrowatch.KindExportVolume && m.From != tc.from {
				t.Errorf("%q: %+v, want from %s", tc.text, m, tc.from)
			}
		}
	}
}
