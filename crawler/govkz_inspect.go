package crawler

import (
	"context"
	"fmt"

	"agrowatch"
)

// Inspect implements Inspector for gov.kz. With no page it polls the API now through a State that has
// seen nothing and stores nothing; with a saved API answer (a news list in either shape, or one
// article) it reads that, fetching nothing.
func (g *govKZ) Inspect(ctx context.Context, st State, page []byte) ([]Item, error) {
	if page != nil {
		return g.inspectSaved(page)
	}
	var out []Item
	_, err := g.Poll(ctx, blankState{}, func(a agrowatch.Article) error {
		seenBefore, err := seen(st, a.URL)
		if err != nil {
			return err
		}
		out = append(out, Item{Title: a.Title, URL: a.URL, Published: a.Published, Text: a.Text,
			BodyLen: len([]rune(a.Text)), Seen: seenBefore})
		return nil
	})
	return out, err
}

func (g *govKZ) inspectSaved(page []byte) ([]Item, error) {
	items, err := govkzDecodeList(page)
	if err != nil {
		one, aerr := govkzDecodeArticle(page)
		if aerr != nil || one.id() == "" {
			return nil, fmt.Errorf("crawler: govkz %s: the saved page is neither a news list nor an article: %w", g.name, err)
		}
		items = []govkzItem{one}
	}
	out := make([]Item, 0, len(items))
	for _, it := range items {
		text := htmlText(it.Body)
		out = append(out, Item{Title: it.title(), URL: g.canonicalURL(it.id()), Published: it.published(),
			Text: text, BodyLen: len([]rune(text))})
	}
	return out, nil
}

// blankState has seen nothing and keeps no validators: what `sources check` needs to see everything.
type blankState struct{}

func (blankState) Seen(string) (bool, error)                      { return false, nil }
func (blankState) Validators(string, string) (Validators, error)  { return Validators{}, nil }
func (blankState) SetValidators(string, string, Validators) error { return nil }
