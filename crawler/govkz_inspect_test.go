package crawler

import (
	"context"
	"os"
	"strings"
	"testing"

	"agrowatch/config"
)

func TestGovKZInspectSavedPage(t *testing.T) {
	s, err := newGovKZ(config.Source{Name: "moa", Project: "moa", Lang: "ru"}, config.HTTP{}, Deps{})
	if err != nil {
		t.Fatal(err)
	}
	insp, ok := s.(Inspector)
	if !ok {
		t.Fatal("govkz does not implement Inspector")
	}
	tests := []struct {
		file      string
		wantItems int
		wantURL   string
	}{
		{"list_content.json", 2, "https://www.gov.kz/memleket/entities/moa/press/news/details/2050001?lang=ru"},
		{"list_array.json", -1, "https://www.gov.kz/memleket/entities/moa/press/news/details/"},
		{"article_1041200.json", 1, "https://www.gov.kz/memleket/entities/moa/press/news/details/1041200?lang=ru"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile("testdata/govkz/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			items, err := insp.Inspect(context.Background(), nil, page)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantItems >= 0 && len(items) != tt.wantItems {
				t.Fatalf("%d items, want %d", len(items), tt.wantItems)
			}
			if len(items) == 0 || !strings.HasPrefix(items[0].URL, tt.wantURL) || items[0].Title == "" {
				t.Errorf("first item %+v, want URL %s and a title", items, tt.wantURL)
			}
		})
	}
	if _, err := insp.Inspect(context.Background(), nil, []byte("<html>not json</html>")); err == nil ||
		!strings.Contains(err.Error(), "neither a news list nor an article") {
		t.Errorf("a saved HTML page: error %v, want one naming what was expected", err)
	}
}
