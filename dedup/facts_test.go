package dedup

import (
	"testing"

	"agrowatch"
)

func TestRepeats(t *testing.T) {
	vol := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: "…", Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Year: 2023, Period: "в 2023 году"}
	ban := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Lang: "en", Sentence: "…", Status: agrowatch.StatusLifted, By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"}
	with := func(m agrowatch.Mention, f func(*agrowatch.Mention)) agrowatch.Mention { f(&m); return m }
	tests := []struct {
		name string
		m, f agrowatch.Mention
		want bool
	}{
		{"same volume, other words and language", with(vol, func(m *agrowatch.Mention) { m.Lang, m.Sentence, m.Period = "en", "In 2023 …", "2023" }), vol, true},
		{"rounded within 1%", with(vol, func(m *agrowatch.Mention) { m.Tonnes = 2.21e6 }), vol, true},
		{"2% apart", with(vol, func(m *agrowatch.Mention) { m.Tonnes = 2.18e6 }), vol, false},
		{"other destination", with(vol, func(m *agrowatch.Mention) { m.To = "UZ" }), vol, false},
		{"destination not stated", with(vol, func(m *agrowatch.Mention) { m.To = "" }), vol, true},
		{"other year", with(vol, func(m *agrowatch.Mention) { m.Year = 2024 }), vol, false},
		{"wheat is grain", with(vol, func(m *agrowatch.Mention) { m.Commodity = "wheat" }), vol, true},
		{"wheat is not barley", with(vol, func(m *agrowatch.Mention) { m.Commodity = "wheat" }), with(vol, func(m *agrowatch.Mention) { m.Commodity = "barley" }), false},
		{"forecast against shipment", with(vol, func(m *agrowatch.Mention) { m.Forecast = true }), vol, false},
		{"a change is not the volume", with(vol, func(m *agrowatch.Mention) { m.Change = "increase" }), vol, false},
		{"same lifting, no cause stated", with(ban, func(m *agrowatch.Mention) { m.Cause = "" }), ban, true},
		{"lifting against imposition", with(ban, func(m *agrowatch.Mention) { m.Status = agrowatch.StatusImposed }), ban, false},
		{"beef against poultry", with(ban, func(m *agrowatch.Mention) { m.Commodity = "poultry" }), ban, false},
		{"beef is meat", with(ban, func(m *agrowatch.Mention) { m.Commodity = "meat" }), ban, true},
		{"other kind", agrowatch.Mention{Kind: agrowatch.KindInspection, By: "CN", On: "KZ"}, ban, false},
		{"border: other wagon count", agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Wagons: 1200}, agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Wagons: 800}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Repeats(tt.m, tt.f); got != tt.want {
				t.Errorf("Repeats = %v, want %v", got, tt.want)
			}
			if got := Repeats(tt.f, tt.m); got != tt.want {
				t.Errorf("Repeats is not symmetric: reversed = %v", got)
			}
		})
	}
}

// TestDistinctKeepsDifferentFacts: mentions that differ in any field are all kept; only the title's
// repeat of a body fact goes.
func TestDistinctKeepsDifferentFacts(t *testing.T) {
	beef := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Sentence: "China lifted its ban on Kazakh beef.", Status: "lifted", By: "CN", On: "KZ", Commodity: "beef"}
	poultry := beef
	poultry.Sentence, poultry.Commodity = "It also lifted the one on poultry.", "poultry"
	wheat := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Sentence: "1.2 Mt of wheat in 2023.", Tonnes: 1.2e6, Commodity: "wheat", Year: 2023}
	barley := wheat
	barley.Sentence, barley.Commodity, barley.Year = "1.2 Mt of barley in 2024.", "barley", 2024
	again := beef
	again.Sentence = "Again: China lifted its ban on Kazakh beef."
	title := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Sentence: "China lifts ban", Status: "lifted", By: "CN"}
	titleNew := agrowatch.Mention{Kind: agrowatch.KindInspection, Sentence: "Chinese inspectors visit", Status: "done", By: "CN", On: "KZ"}

	got := Distinct([]agrowatch.Mention{beef, poultry, wheat, barley, again}, title, titleNew)
	want := []agrowatch.Mention{beef, poultry, wheat, barley, titleNew}
	if len(got) != len(want) {
		t.Fatalf("Distinct kept %d mentions, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mention %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestDecide(t *testing.T) {
	vol := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 615000, From: "KZ", To: "CN", Year: 2022}
	ban := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ"}
	alerted := []Fact{{Article: 7, Source: "eldala", Mention: vol}}
	tests := []struct {
		name      string
		story     *Story
		wantAlert []int
		wantRep   map[int]uint64
	}{
		{"new article: only the new fact", nil, []int{1}, map[int]uint64{0: 7}},
		{"near-duplicate of an alerted story: nothing", &Story{Article: 7, Alerted: true}, nil, map[int]uint64{0: 7}},
		{"near-duplicate of a story that was not alerted: its new facts", &Story{Article: 9}, []int{1}, map[int]uint64{0: 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide([]agrowatch.Mention{vol, ban}, tt.story, alerted)
			if len(d.Alert) != len(tt.wantAlert) || (len(d.Alert) > 0 && d.Alert[0] != tt.wantAlert[0]) {
				t.Errorf("Alert = %v, want %v", d.Alert, tt.wantAlert)
			}
			if len(d.RepeatOf) != len(tt.wantRep) || d.RepeatOf[0] != tt.wantRep[0] {
				t.Errorf("RepeatOf = %v, want %v", d.RepeatOf, tt.wantRep)
			}
			if tt.story != nil && d.Story != tt.story.Article {
				t.Errorf("Story = %d", d.Story)
			}
		})
	}
}
