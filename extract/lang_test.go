package extract

import (
	"testing"
	"unicode"
)

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
		// Latin Kazakh without its letters, by its words' shapes; English and Russian near misses.
		{"sarapshylar eksport kolemi osedi dep kutude", "kk"},
		{"Astyq tasymaly toqtap qaldy", "kk"},
		{"Qatar and Iraq buy Kazakh barley", "en"},
		{"Kazakh grain train reached Xi'an; Xi'an traders said prices held.", "en"},
		{"Сарапшылар бағаның өсуін күтіп отыр", "kk"},
		{"Делегация посетила Қорғас и Алтынкөл", "ru"},
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+tt.text, func(t *testing.T) {
			if got := DetectLang(tt.text); got != tt.want {
				t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentenceLang checks that a sentence in another script than the article's language is detected,
// and that one in the article's script keeps it.
func TestSentenceLang(t *testing.T) {
	tests := []struct{ sent, lang, want string }{
		{"Qytaı bul sheshimdi 2026 jyly qabyldady, al tyıym 2019 jyly salynǵan bolatyn.", "zh", "kk"},
		{"海关总署宣布解除对哈萨克斯坦禽肉的禁令。", "en", "zh"},
		{"Китай снял запрет на ввоз говядины.", "en", "ru"},
		{"Kazakhstan exported 1.2 million tonnes of wheat.", "ru", "en"},
		{"Qazaqstan Qytaıǵa 1,1 mln tonna bıdaı eksporttady.", "kk", "kk"},
		{"Қытай шектеуді алып тастады.", "kk", "kk"},
		{"GACC 海关总署解除禁令。", "zh", "zh"},
		{"2026", "ru", "ru"},
	}
	for _, tt := range tests {
		if got := sentenceLang(tt.sent, lowerText(tt.sent), tt.lang, nil); got != tt.want {
			t.Errorf("sentenceLang(%q, %q) = %q, want %q", tt.sent, tt.lang, got, tt.want)
		}
	}
}

// isLetter must agree with unicode.IsLetter: it only skips the tables for the blocks most text uses.
func TestIsLetter(t *testing.T) {
	for _, rg := range []struct{ lo, hi rune }{{0, 0x7F}, {0x80, 0x24F}, {0x400, 0x52F}, {0x4E00, 0x4E20}} {
		for r := rg.lo; r <= rg.hi; r++ {
			if got, want := isLetter(r), unicode.IsLetter(r); got != want {
				t.Errorf("isLetter(%U) = %v, want %v", r, got, want)
			}
		}
	}
}
