package extract

import "testing"

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Китай снял ограничения на ввоз говядины из Казахстана.", "ru"},
		{"Глава МИД Казахстана процитировал лозунг «Қазақстан» на встрече с китайскими партнёрами в Пекине.", "ru"},
		{"Қытай Қазақстаннан сиыр етін әкелуге рұқсат берді.", "kk"},
		{"Qytaı Qazaqstannan sıyr etin ákelýge ruqsat berdi.", "kk"},
		{"China lifted the ban on Kazakh beef.", "en"},
		{"The General Administration of Customs (海关总署) lifted the ban.", "en"},
		{"海关总署决定解除哈萨克斯坦口蹄疫禁令。", "zh"},
		{"GACC：哈萨克斯坦牛肉获准输华。", "zh"},
		{"Подробнее: eldala.kz/ru/news/rynok/12345-eksport", "ru"},
		{"2023 — 12 345", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.text, func(t *testing.T) {
			if got := DetectLang(tt.text); got != tt.want {
				t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
