// Package mirror writes the bench's ElDala-shaped articles: farm news in Russian, Kazakh and English,
// one in four stating a fact agrowatch alerts on. The bench command renders them into pages and serves
// them; the Go benchmarks of the article path read the same texts without the pages.
package mirror

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"
)

// Article is one generated ElDala article before it is rendered.
type Article struct {
	ID        int
	Lang      string
	Category  string
	Slug      string
	Title     string
	Paras     []string
	Published time.Time
	Fact      *Fact // what one of its sentences states; nil for none
	Related   []int // indexes of the articles its "read also" line and sidebar link to
}

// Path is the article's URL path on the mirror, in ElDala's shape.
func (a *Article) Path() string {
	return fmt.Sprintf("/novosti/%s/%d-%s", a.Category, a.ID, a.Slug)
}

// Text is the article's body as the crawler reads it from its page: the paragraphs, a blank line
// between them.
func (a *Article) Text() string { return strings.Join(a.Paras, "\n\n") }

// firstID numbers the mirror's articles after ElDala's real ones, so that no id is shared with a
// fixture of the crawler's tests.
const firstID = 30000

// relatedLinks is how many other articles a page links to: the "read also" line, three related
// stories under the article, and the sidebar's popular and latest lists.
const relatedLinks = 20

// MentionShare is the part of the articles that state a fact.
const MentionShare = 4 // one in four

// Corpus is the generated mirror's content.
type Corpus struct {
	Articles []Article
	Lex      map[string]*Lexicon
}

// Generate writes n articles, newest first, published over the last two days before now (all within
// the default alerts.max_age of 72 h, so every fact is alert-worthy). The same seed gives the same
// articles; dates move with now.
func Generate(n int, seed uint64, now time.Time) *Corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c := &Corpus{Lex: map[string]*Lexicon{}}
	lexs := lexicons()
	for _, l := range lexs {
		c.Lex[l.Lang] = l
	}
	deal := newFacts(r)
	step := 48 * time.Hour / time.Duration(max(n, 1))
	c.Articles = make([]Article, n)
	for i := range c.Articles {
		// ElDala writes in Russian: three articles in five; the rest in Kazakh and English.
		var l *Lexicon
		switch p := r.IntN(10); {
		case p < 6:
			l = lexs[0]
		case p < 8:
			l = lexs[1]
		default:
			l = lexs[2]
		}
		a := &c.Articles[i]
		a.ID = firstID + n - i
		a.Lang = l.Lang
		a.Category = categories[r.IntN(len(categories))]
		a.Published = now.Add(-time.Duration(i+1) * step).Truncate(time.Minute)
		if i%MentionShare == MentionShare/2 { // evenly spread, so any prefix of the mirror has its share
			f := deal.next()
			a.Fact = &f
		}
		a.Title, a.Paras = l.write(r, a.Fact)
		a.Slug = slug(a.Title, a.ID)
	}
	// A page links to articles of its own language, as each edition of the site does.
	byLang := map[string][]int{}
	for i, a := range c.Articles {
		byLang[a.Lang] = append(byLang[a.Lang], i)
	}
	for i := range c.Articles {
		a := &c.Articles[i]
		same := byLang[a.Lang]
		for range relatedLinks {
			a.Related = append(a.Related, same[r.IntN(len(same))])
		}
	}
	return c
}

// write composes a headline and 4–7 paragraphs of 3–5 sentences; an article with a fact opens its
// first or second paragraph with the sentence that states it, as news puts the fact in the lede.
func (l *Lexicon) write(r *rand.Rand, f *Fact) (string, []string) {
	var title string
	if f != nil {
		title = l.fill(r, pick(r, l.kindTitles[f.Kind]), nil)
	} else {
		title = l.fill(r, pick(r, l.titles), nil)
	}
	paras := make([]string, 4+r.IntN(4))
	factAt := r.IntN(2)
	used := map[string]bool{}
	for p := range paras {
		var ss []string
		if f != nil && p == factAt {
			ss = append(ss, l.fill(r, pick(r, l.facts[f.template()]), f))
		}
		for range 3 + r.IntN(3) {
			ss = append(ss, l.sentence(r, used))
		}
		paras[p] = strings.Join(ss, " ")
	}
	return title, paras
}

// sentence is one neutral sentence: one of the whole ones (each at most once an article), or more
// often one composed of an opener, an actor, a predicate and a tail.
func (l *Lexicon) sentence(r *rand.Rand, used map[string]bool) string {
	if r.IntN(10) == 0 {
		if s := pick(r, l.neutral); !used[s] {
			used[s] = true
			return l.fill(r, s, nil)
		}
	}
	pred := pick(r, l.predicates)
	if r.IntN(5) < 4 {
		if l.thingFirst {
			pred = "{n} " + pick(r, l.things) + " " + pick(r, l.verbs)
		} else {
			pred = pick(r, l.verbs) + " {n} " + pick(r, l.things)
		}
	}
	s := pick(r, l.actors) + " " + pred + pick(r, l.tail)
	if o := pick(r, l.openers); o != "" {
		s = o + " " + s
	}
	return capitalize(l.fill(r, s, nil)) + "."
}

func capitalize(s string) string {
	for i, c := range s {
		return strings.ToUpper(string(c)) + s[i+len(string(c)):]
	}
	return s
}

var slotRe = regexp.MustCompile(`\{([a-z_]+)\}`)

// fill replaces each slot of a template: a fact's slots from its fields, the others with random values,
// in the lexicon's language.
func (l *Lexicon) fill(r *rand.Rand, tmpl string, f *Fact) string {
	return slotRe.ReplaceAllStringFunc(tmpl, func(m string) string {
		name := m[1 : len(m)-1]
		if f != nil {
			if w, ok := f.slot(l, name); ok {
				return w
			}
		}
		switch name {
		case "n":
			return fmt.Sprint(10 * (1 + r.IntN(90)))
		case "small":
			return fmt.Sprint(5 + r.IntN(16))
		case "pct":
			return fmt.Sprint(2 + r.IntN(39))
		case "dec":
			return l.decimal(8 + float64(r.IntN(380))/10)
		}
		if vs := l.slots[name]; len(vs) > 0 {
			return pick(r, vs)
		}
		panic("bench: no slot " + name + " in " + l.Lang) // a template error: caught by the generator test
	})
}

// decimal writes one decimal place as the language does: "14,5" in Russian and Kazakh, "14.5" in English.
func (l *Lexicon) decimal(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	if l.Lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func pick(r *rand.Rand, vs []string) string { return vs[r.IntN(len(vs))] }

// translit maps the Cyrillic letters of Russian and Kazakh to ElDala's slug letters.
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "h", 'ц': "c", 'ч': "ch", 'ш': "sh", 'щ': "sch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h", 'і': "i",
}

// slug is the transliterated headline, as ElDala writes it after the id; never empty.
func slug(title string, id int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		var s string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			s = string(r)
		default:
			s = translit[r]
		}
		if s == "" {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
	}
	if b.Len() == 0 {
		return fmt.Sprintf("novost-%d", id)
	}
	out := b.String()
	if len(out) > 80 {
		out = strings.TrimRight(out[:80], "-")
	}
	return out
}
