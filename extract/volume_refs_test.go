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
