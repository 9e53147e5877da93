package dedup

import (
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func readStory(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

// paragraphs splits a body as the crawler writes it.
func paragraphs(s string) []string { return strings.Split(s, "\n\n") }

// variants are the ways a re-publisher changes a story, each applied to a body.
var variants = map[string]func(string) string{
	"reordered paragraphs": func(s string) string {
		p := paragraphs(s)
		p[0], p[len(p)-1] = p[len(p)-1], p[0]
		p[1], p[2] = p[2], p[1]
		return strings.Join(p, "\n\n")
	},
	"source line added": func(s string) string {
		return s + "\n\nИсточник: eldala.kz. Фото: пресс-служба МСХ РК. Подписывайтесь на наш канал в Telegram."
	},
	"lead paragraph rewritten": func(s string) string {
		p := paragraphs(s)
		p[0] = "Как передаёт корреспондент агентства, " + strings.ToLower(p[0][:1]) + p[0][1:]
		return strings.Join(p, "\n\n")
	},
	"last paragraph dropped": func(s string) string {
		p := paragraphs(s)
		return strings.Join(p[:len(p)-1], "\n\n")
	},
	"a few words changed": func(s string) string {
		r := strings.NewReplacer("сообщила", "передала", "проверили", "изучили", "ожидает", "рассчитывает", "five", "5", "checked", "examined", "九月", "9月")
		return r.Replace(s)
	},
}

func fp(t *testing.T, s string) Fingerprint {
	t.Helper()
	f, ok := Of(s)
	if !ok {
		t.Fatalf("no fingerprint for %.40q", s)
	}
	return f
}

// TestNearDuplicates: a story lightly rewritten stays within MaxDistance of itself, in every script.
func TestNearDuplicates(t *testing.T) {
	for _, name := range []string{"story-ru.txt", "story-en.txt", "story-kk.txt", "story-zh.txt"} {
		orig := readStory(t, name)
		for vname, change := range variants {
			t.Run(name+"/"+vname, func(t *testing.T) {
				changed := change(orig)
				if changed == orig && vname != "a few words changed" {
					t.Fatalf("variant changed nothing")
				}
				sim := Similarity(fp(t, orig), fp(t, changed))
				t.Logf("similarity %.2f", sim)
				if sim < MinSimilarity {
					t.Errorf("similarity %.2f < %.2f: a re-published copy would alert again", sim, MinSimilarity)
				}
			})
		}
	}
}

// TestNotNearDuplicates: another story on the same subject, and the same story in another language, are
// not near-duplicates; the translation is left to the fact layer.
func TestNotNearDuplicates(t *testing.T) {
	pairs := [][2]string{
		{"story-ru.txt", "story-ru-other.txt"},
		{"story-ru.txt", "story-en.txt"},
		{"story-ru.txt", "story-kk.txt"},
		{"story-ru.txt", "story-zh.txt"},
		{"story-en.txt", "story-kk.txt"},
		{"story-en.txt", "story-zh.txt"},
		{"story-kk.txt", "story-zh.txt"},
	}
	for _, p := range pairs {
		t.Run(p[0]+"~"+p[1], func(t *testing.T) {
			sim := Similarity(fp(t, readStory(t, p[0])), fp(t, readStory(t, p[1])))
			t.Logf("similarity %.2f", sim)
			if sim > MinSimilarity/2 {
				t.Errorf("similarity %.2f: too close to the threshold %.2f", sim, MinSimilarity)
			}
		})
	}
}

func TestFingerprintShortAndNormalised(t *testing.T) {
	if _, ok := Of("Китай снял запрет."); ok {
		t.Error("a one-line teaser got a fingerprint")
	}
	if _, ok := Of(""); ok {
		t.Error("an empty body got a fingerprint")
	}
	body := readStory(t, "story-ru.txt")
	shouted := strings.ToUpper(body)
	spaced := strings.ReplaceAll(strings.ReplaceAll(body, " ", "  "), ",", " ,")
	if fp(t, body) != fp(t, shouted) || fp(t, body) != fp(t, spaced) {
		t.Error("case, spacing or punctuation changed the fingerprint")
	}
}

func TestBandsAndBytes(t *testing.T) {
	a := fp(t, readStory(t, "story-ru.txt"))
	b := fp(t, variants["source line added"](readStory(t, "story-ru.txt")))
	shared := 0
	for i := range Bands {
		if a.Band(i) == b.Band(i) {
			shared++
		}
	}
	if shared == 0 {
		t.Error("near-duplicates share no band: the index would never offer one for the other")
	}
	back, ok := FromBytes(a.Bytes())
	if !ok || back != a {
		t.Errorf("FromBytes(Bytes()) = %v, %v", back, ok)
	}
	if _, ok := FromBytes([]byte{1, 2, 3}); ok {
		t.Error("a 3-byte value was read as a fingerprint")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	body, err := os.ReadFile(filepath.Join("testdata", "story-ru.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Of(string(body))
	}
}

// referenceOf is Of as first written, with the Unicode tables and hash/fnv: Of must give the same
// fingerprints, since the store keeps them and compares new bodies with them.
func referenceOf(text string) (Fingerprint, bool) {
	var f Fingerprint
	for i := range f {
		f[i] = ^uint32(0)
	}
	var ring [shingle]uint64
	n := 0
	add := func(tok []byte) {
		h := fnv.New64a()
		h.Write(tok)
		ring[n%shingle] = h.Sum64()
		n++
		if n < shingle {
			return
		}
		var s uint64 = 1469598103934665603
		for i := n - shingle; i < n; i++ {
			s = (s ^ ring[i%shingle]) * 1099511628211
		}
		for i := range f {
			if v := uint32(mix(s ^ seed(i))); v < f[i] {
				f[i] = v
			}
		}
	}
	var word []byte
	flush := func() {
		if len(word) > 0 {
			add(word)
			word = word[:0]
		}
	}
	var buf [utf8.UTFMax]byte
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flush()
			k := utf8.EncodeRune(buf[:], r)
			add(buf[:k])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			word = append(word, buf[:k]...)
		default:
			flush()
		}
	}
	flush()
	if n < minTokens {
		return Fingerprint{}, false
	}
	return f, true
}

// TestClassifyEveryRune: the tokeniser's shortcuts for Latin and Cyrillic agree with the Unicode
// tables on every character.
func TestClassifyEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want, wantClass := r, separator
		switch {
		case unicode.Is(unicode.Han, r):
			wantClass = han
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			want, wantClass = unicode.ToLower(r), letter
		}
		got, class := classify(r)
		if class != wantClass || (class == letter && got != want) {
			t.Errorf("classify(%U) = %U, %d; want %U, %d", r, got, class, want, wantClass)
		}
	}
}

// TestOfAsFirstWritten: fingerprints are those the store already keeps, for the stories of testdata,
// their variants, and text with every kind of character.
func TestOfAsFirstWritten(t *testing.T) {
	var bodies []string
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
		for _, v := range variants {
			if len(paragraphs(string(b))) >= 3 {
				bodies = append(bodies, v(string(b)))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var sb strings.Builder
		for range 300 {
			switch rng.IntN(4) {
			case 0:
				sb.WriteRune(rune(rng.IntN(0x600)))
			case 1:
				sb.WriteRune(rune(rng.IntN(unicode.MaxRune + 1)))
			case 2:
				sb.WriteString(" \xff\xfe ")
			default:
				sb.WriteString(" Экспорт ҚАЗАҚСТАН Wheat 小麦出口 ")
			}
		}
		bodies = append(bodies, sb.String())
	}
	for i, b := range bodies {
		got, gotOK := Of(b)
		want, wantOK := referenceOf(b)
		if got != want || gotOK != wantOK {
			t.Errorf("body %d (%.40q): fingerprint differs from the first version's", i, b)
		}
	}
}
