package crawler

import "testing"

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://Eldala.KZ/novosti/zerno/1-a?utm_source=tg&utm_medium=x#top": "https://eldala.kz/novosti/zerno/1-a",
		"https://eldala.kz/novosti/zerno/1-a?amp=1":                          "https://eldala.kz/novosti/zerno/1-a",
		"https://eldala.kz/novosti/zerno/1-a?":                               "https://eldala.kz/novosti/zerno/1-a",
		"https://eldala.kz:443/x?b=2&a=1&fbclid=Z":                           "https://eldala.kz/x?a=1&b=2",
		"http://example.org:80":                                              "http://example.org/",
		"http://127.0.0.1:8080/news?id=5&gclid=1":                            "http://127.0.0.1:8080/news?id=5",
	} {
		got, err := Canonical(in)
		if err != nil || got != want {
			t.Errorf("%s: got %q %v, want %q", in, got, err, want)
		}
	}
	if _, err := Canonical("/relative/path"); err == nil {
		t.Error("relative URL accepted")
	}
}
