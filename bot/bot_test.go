package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"agrowatch"
	"agrowatch/notify"
	"agrowatch/notify/telegramtest"
	"agrowatch/store"
)

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

func (c *fakeClock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.Advance(d)
	return ctx.Err()
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

var almaty = func() *time.Location {
	l, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		return time.FixedZone("Asia/Almaty", 5*3600)
	}
	return l
}()

// t0 is 17:00 in Almaty.
var t0 = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)

type harness struct {
	t      *testing.T
	ctx    context.Context
	srv    *telegramtest.Server
	db     *store.DB
	dir    *Directory
	sender *notify.Sender
	bot    *Bot
	clock  *fakeClock
	logs   *syncBuffer
}

const (
	user  = 501   // a private chat's user, and the chat's id
	admin = 900   // telegram.admins
	group = -1005 // a group
)

func newHarness(t *testing.T, configured []ConfiguredChat, tune func(*Config)) *harness {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	h := &harness{t: t, ctx: ctx, srv: telegramtest.New(t), clock: &fakeClock{now: t0}, logs: &syncBuffer{}}
	h.srv.SetClock(h.clock.Now)
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	dir := t.TempDir()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if d, err := os.MkdirTemp("/dev/shm", "agrowatch-bot-"); err == nil {
			dir = d
			t.Cleanup(func() { os.RemoveAll(d) })
		}
	}
	db, err := store.Open(filepath.Join(dir, "agrowatch.db"), store.Options{Now: h.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	h.db = db
	h.dir, err = NewDirectory(db, configured)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := notify.NewTelegram(h.srv.Token(), h.srv.URL(), &http.Client{Timeout: 10 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{API: tg, DB: db, Directory: h.dir, Admins: []int64{admin}, Location: almaty,
		Clock: h.clock.Now, Logger: log, PollTimeout: time.Second,
		Sources: []Source{{Name: "eldala", Kind: "eldala", URL: "https://eldala.kz/", Interval: 15 * time.Minute}}}
	if tune != nil {
		tune(&cfg)
	}
	var b *Bot
	h.sender = notify.NewSender(notify.SenderConfig{Outbox: db, Messenger: tg, Clock: h.clock.Now, Sleep: h.clock.Sleep, Logger: log,
		Limits: notify.Limits{Chat: rate.Inf, Group: rate.Inf, Global: rate.Inf}, Lang: h.dir.Lang,
		ChatGone: func(chat, reason string) { b.ChatGone(chat, reason) }, Moved: func(o, n string) { b.Moved(o, n) }})
	cfg.Replies = h.sender
	cfg.Queued = h.sender.Notify
	b = New(cfg)
	h.bot = b
	return h
}

// say sends text as user in chat, lets the bot handle it and the sender deliver what is due.
func (h *harness) say(chat, from int64, text string) {
	h.t.Helper()
	h.srv.AddTextFrom(chat, from, text)
	h.poll()
}

func (h *harness) poll() {
	h.t.Helper()
	if err := h.bot.Poll(h.ctx, 0); err != nil {
		h.t.Fatal(err)
	}
	h.flush()
}

func (h *harness) flush() {
	h.t.Helper()
	if err := h.sender.Flush(h.ctx); err != nil && !errors.Is(err, notify.ErrUndelivered) {
		h.t.Fatal(err)
	}
}

// queue routes an alert as the watcher does at queue time and delivers it.
func (h *harness) queue(a agrowatch.Alert) []string {
	h.t.Helper()
	chats := h.dir.Route(a)
	if _, _, err := h.db.QueueAlert(a, chats); err != nil {
		h.t.Fatal(err)
	}
	h.sender.Notify()
	h.flush()
	return chats
}

// to returns the texts the fake received for chat.
func (h *harness) to(chat int64) []telegramtest.Message {
	var out []telegramtest.Message
	for _, m := range h.srv.Messages() {
		if m.Chat == fmt.Sprint(chat) {
			out = append(out, m)
		}
	}
	return out
}

func (h *harness) last(chat int64) telegramtest.Message {
	h.t.Helper()
	ms := h.to(chat)
	if len(ms) == 0 {
		h.t.Fatalf("nothing sent to %d", chat)
	}
	return ms[len(ms)-1]
}

func banAlert(url string) agrowatch.Alert {
	return agrowatch.Alert{Source: "eldala", URL: url, Title: "Китай ввёл запрет на казахстанскую говядину", Published: t0,
		Mentions: []agrowatch.Mention{{Kind: agrowatch.KindMeatBan, Lang: "ru", Status: agrowatch.StatusImposed, By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd",
			Sentence: "Китай ввёл запрет на ввоз говядины из Казахстана из-за ящура."}}}
}

func volumeAlert(url string) agrowatch.Alert {
	return agrowatch.Alert{Source: "eldala", URL: url, Title: "Экспорт зерна в Китай вырос", Published: t0,
		Mentions: []agrowatch.Mention{{Kind: agrowatch.KindExportVolume, Lang: "ru", Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Year: 2023,
			Sentence: "Экспорт зерна в Китай составил 2,23 млн тонн."}}}
}

func button(t *testing.T, m telegramtest.Message, data string) string {
	t.Helper()
	for _, row := range m.Buttons() {
		for _, b := range row {
			if b.Data == data {
				return b.Text
			}
		}
	}
	t.Fatalf("no button %q in %q", data, m.Markup)
	return ""
}

// The whole flow through the fake Bot API: /start → /topics toggled → only matching alerts arrive →
// /lang kk changes the labels → /stop → nothing more.
func TestFlow(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	if m := h.last(user); !strings.Contains(m.Text, "Подписка оформлена") || !strings.Contains(m.Text, "/topics") {
		t.Fatalf("welcome: %q", m.Text)
	}

	h.say(user, user, "/topics")
	kb := h.last(user)
	if !strings.HasPrefix(button(t, kb, "t:export_volume"), "✅") {
		t.Errorf("export volumes not on by default: %q", kb.Markup)
	}
	h.srv.AddCallback(user, user, kb.MessageID, "t:export_volume")
	h.poll()
	edits := h.srv.Edits()
	if len(edits) != 1 || edits[0].MessageID != kb.MessageID {
		t.Fatalf("edits %+v, want the keyboard's message edited", edits)
	}
	for _, row := range edits[0].Buttons() {
		if row[0].Data == "t:export_volume" && !strings.HasPrefix(row[0].Text, "▫️") {
			t.Errorf("edited keyboard still shows export volumes on: %q", row[0].Text)
		}
	}
	if ans := h.srv.Answers(); len(ans) != 1 || ans[0].Text != "Сохранено" {
		t.Errorf("answers %+v", ans)
	}

	before := len(h.to(user))
	h.queue(volumeAlert("https://eldala.kz/1"))
	h.queue(banAlert("https://eldala.kz/2"))
	got := h.to(user)[before:]
	if len(got) != 1 || !strings.Contains(got[0].Text, "Китай ввёл запрет на говядину из Казахстана (ящур)") {
		t.Fatalf("after turning export volumes off, got %d messages: %v", len(got), got)
	}

	h.say(user, user, "/lang kk")
	if m := h.last(user); m.Text != "Тіл: қазақша." {
		t.Errorf("lang reply %q", m.Text)
	}
	h.queue(banAlert("https://eldala.kz/3"))
	if m := h.last(user); !strings.Contains(m.Text, "Тыйым салынды: Қытай") {
		t.Errorf("alert not in Kazakh: %q", m.Text)
	}

	h.say(user, user, "/stop")
	if m := h.last(user); !strings.Contains(m.Text, "Жазылым тоқтатылды") {
		t.Errorf("stop reply %q", m.Text)
	}
	n := len(h.to(user))
	if chats := h.queue(banAlert("https://eldala.kz/4")); len(chats) != 0 {
		t.Errorf("routed to %v after /stop", chats)
	}
	if len(h.to(user)) != n {
		t.Error("a message arrived after /stop")
	}
}

// A keyword watch alerts on an article none of the four kinds covers.
func TestKeywordWatch(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.say(user, user, "/watch Мясокомбинат  Алашанькоу")
	if m := h.last(user); !strings.Contains(m.Text, "«мясокомбинат алашанькоу»") {
		t.Fatalf("watch reply %q", m.Text)
	}
	h.bot.Tick(h.ctx) // the cursor starts now
	commit(t, h, agrowatch.Article{Source: "kazinform", URL: "https://inform.kz/1", Title: "В Алашанькоу открылся новый мясокомбинат",
		Text: "Компания построила мясокомбинат мощностью 50 тонн в сутки. Он будет работать на экспорт.", Published: h.clock.Now(), Fetched: h.clock.Now().Add(time.Minute)}, nil)
	commit(t, h, agrowatch.Article{Source: "kazinform", URL: "https://inform.kz/2", Title: "Погода в Астане",
		Text: "Завтра снег.", Published: h.clock.Now(), Fetched: h.clock.Now().Add(2 * time.Minute)}, nil)
	n := len(h.to(user))
	h.clock.Advance(3 * time.Minute)
	h.bot.Tick(h.ctx)
	h.flush()
	got := h.to(user)[n:]
	if len(got) != 1 {
		t.Fatalf("%d messages, want 1 for the watched words", len(got))
	}
	for _, want := range []string{"В Алашанькоу открылся новый мясокомбинат", "https://inform.kz/1", "🔎", "<blockquote>"} {
		if !strings.Contains(got[0].Text, want) {
			t.Errorf("watch alert lacks %q:\n%s", want, got[0].Text)
		}
	}
	// Read once: another round sends nothing again.
	h.bot.Tick(h.ctx)
	h.flush()
	if len(h.to(user)) != n+1 {
		t.Error("the watch alerted twice")
	}
	h.say(user, user, "/unwatch")
	if c, _ := h.dir.Get(fmt.Sprint(user)); len(c.Words) != 0 {
		t.Errorf("words left: %v", c.Words)
	}
}

// commit records an article as the watcher would, routing its alert at queue time.
func commit(t *testing.T, h *harness, a agrowatch.Article, ms []agrowatch.Mention) {
	t.Helper()
	if _, err := h.db.Commit(store.Proposal{Article: a, Mentions: ms, Fresh: true, Window: time.Nanosecond, Destinations: h.dir.Route}); err != nil {
		t.Fatal(err)
	}
}

// A digest goes at its time on the fake clock: one message, grouped by kind, with links; nothing when
// there is nothing to say.
func TestDigest(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.say(user, user, "/digest daily 09:00")
	if m := h.last(user); !strings.Contains(m.Text, "09:00 (Asia/Almaty)") {
		t.Fatalf("digest reply %q", m.Text)
	}
	n := len(h.to(user))
	pub := h.clock.Now().Add(time.Minute)
	ban := banAlert("https://eldala.kz/ban")
	vol := volumeAlert("https://eldala.kz/vol")
	commit(t, h, agrowatch.Article{Source: "eldala", URL: ban.URL, Title: ban.Title, Text: "Запрет.", Published: pub, Fetched: pub}, ban.Mentions)
	commit(t, h, agrowatch.Article{Source: "eldala", URL: vol.URL, Title: vol.Title, Text: "Экспорт.", Published: pub.Add(time.Minute), Fetched: pub}, vol.Mentions)
	h.flush()
	if len(h.to(user)) != n {
		t.Fatal("a digest chat got an alert at once")
	}
	// 08:59 in Almaty the next day: not yet.
	h.clock.Set(time.Date(2024, 3, 6, 3, 59, 0, 0, time.UTC))
	h.bot.Tick(h.ctx)
	h.flush()
	if len(h.to(user)) != n {
		t.Fatal("digest sent before its time")
	}
	h.clock.Set(time.Date(2024, 3, 6, 4, 0, 30, 0, time.UTC))
	h.bot.Tick(h.ctx)
	h.flush()
	got := h.to(user)[n:]
	if len(got) != 1 {
		t.Fatalf("%d digest messages, want 1", len(got))
	}
	d := got[0].Text
	for _, want := range []string{"Сводка за 2024-03-06", "🚫 Запреты", "📦 Объёмы экспорта", `<a href="https://eldala.kz/ban">`, "2,23\u00a0млн т зерна"} {
		if !strings.Contains(d, want) {
			t.Errorf("digest lacks %q:\n%s", want, d)
		}
	}
	if strings.Index(d, "Запреты") > strings.Index(d, "Объёмы") {
		t.Errorf("kinds out of order:\n%s", d)
	}
	h.clock.Advance(time.Hour)
	h.bot.Tick(h.ctx)
	h.flush()
	if len(h.to(user)) != n+1 {
		t.Error("a second digest the same day")
	}
	// The next day nothing happened: nothing is sent.
	h.clock.Set(time.Date(2024, 3, 7, 4, 1, 0, 0, time.UTC))
	h.bot.Tick(h.ctx)
	h.flush()
	if len(h.to(user)) != n+1 {
		t.Error("an empty digest was sent")
	}
}

// In a group only its administrators change the settings.
func TestGroupAdmins(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.srv.SetMember(fmt.Sprint(group), 601, "member")
	h.say(group, 601, "/start")
	if m := h.last(group); !strings.Contains(m.Text, "только её администраторы") {
		t.Fatalf("a member subscribed the group: %q", m.Text)
	}
	if c, _ := h.dir.Get(fmt.Sprint(group)); c.Subscribed {
		t.Fatal("subscribed")
	}
	h.srv.SetMember(fmt.Sprint(group), 602, "administrator")
	h.say(group, 602, "/start")
	if c, _ := h.dir.Get(fmt.Sprint(group)); !c.Subscribed {
		t.Fatal("the administrator could not subscribe the group")
	}
	// A member may read the settings but not press the keyboard.
	h.say(group, 602, "/goods")
	kb := h.last(group)
	h.srv.AddCallback(group, 601, kb.MessageID, "g:grain")
	h.poll()
	if ans := h.srv.Answers(); len(ans) != 1 || !strings.Contains(ans[0].Text, "администраторы") || len(h.srv.Edits()) != 0 {
		t.Errorf("a member changed the goods: answers %+v, edits %+v", ans, h.srv.Edits())
	}
	h.srv.AddCallback(group, 602, kb.MessageID, "g:grain")
	h.poll()
	if c, _ := h.dir.Get(fmt.Sprint(group)); !slices.Equal(c.Goods, []string{"meat", "poultry", "oilseeds"}) {
		t.Errorf("goods %v after turning grain off", c.Goods)
	}
}

func TestAccessAndRateLimit(t *testing.T) {
	h := newHarness(t, nil, func(c *Config) { c.Access = AccessList; c.Allow = []int64{user} })
	h.say(777, 777, "/start")
	if m := h.last(777); m.Text != "Это закрытый бот." {
		t.Errorf("a stranger got %q", m.Text)
	}
	if _, ok := h.dir.Get("777"); ok {
		t.Error("a stranger was stored")
	}
	for range 10 {
		h.srv.AddTextFrom(user, user, "/help")
	}
	h.poll()
	helps, slow := 0, 0
	for _, m := range h.to(user) {
		switch {
		case strings.HasPrefix(m.Text, "<b>Команды</b>"):
			helps++
		case strings.Contains(m.Text, "Слишком часто"):
			slow++
		}
	}
	if helps != 5 || slow != 1 {
		t.Errorf("%d answers and %d warnings to 10 commands at once; want 5 and 1", helps, slow)
	}
}

// Admins have /status and /sources; nobody else learns of them or of other subscribers.
func TestAdminCommands(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.say(user, user, "/status")
	if m := h.last(user); !strings.Contains(m.Text, "Не знаю такой команды") {
		t.Errorf("a user got %q", m.Text)
	}
	if err := h.db.SetHealth("eldala", agrowatch.Health{Polls: 3, LastSuccess: t0.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	h.queue(banAlert("https://eldala.kz/5"))
	h.say(admin, admin, "/status")
	m := h.last(admin)
	for _, want := range []string{"eldala</b>: 3 polls", "Outbox: 0 queued", "Subscribers: 1", "Last alert:", "https://eldala.kz/5"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("/status lacks %q:\n%s", want, m.Text)
		}
	}
	if strings.Contains(m.Text, fmt.Sprint(user)) {
		t.Errorf("/status names a subscriber:\n%s", m.Text)
	}
	h.say(admin, admin, "/sources")
	if m := h.last(admin); !strings.Contains(m.Text, "eldala</b> (eldala, every 15m0s, on)") {
		t.Errorf("/sources:\n%s", m.Text)
	}
	h.say(admin, admin, "/help")
	if m := h.last(admin); !strings.Contains(m.Text, "/status") {
		t.Errorf("admin help lacks /status:\n%s", m.Text)
	}
}

func TestRegisterCommands(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.srv.FailMethod("setMyCommands", 1, 500, "Internal Server Error", nil)
	h.bot.Tick(h.ctx)
	if len(h.srv.Commands("kk")) != 0 {
		t.Fatal("registered despite the failure")
	}
	h.bot.Tick(h.ctx) // tried again
	for lang, want := range map[string]string{"ru": "start: подписаться", "kk": "start: жазылу", "en": "start: subscribe", "": "start: подписаться"} {
		if got := h.srv.Commands(lang); len(got) == 0 || got[0] != want {
			t.Errorf("commands %q = %v, want %q first", lang, got, want)
		}
	}
	for _, c := range h.srv.Commands("en") {
		if strings.HasPrefix(c, "status") {
			t.Error("admin commands listed for everyone")
		}
	}
}

// A configured chat that blocked the bot is said once, to the log and the admins, left out of routing,
// and taken back when Telegram says the bot is a member again.
func TestConfiguredChatGone(t *testing.T) {
	h := newHarness(t, []ConfiguredChat{{ID: "-100777", Filter: Filter{Countries: CountriesAll}}}, nil)
	h.srv.Block("-100777")
	h.queue(banAlert("https://eldala.kz/a"))
	h.queue(banAlert("https://eldala.kz/b")) // queued before the news? routing already leaves it out
	h.flush()                                // the admin's note
	notes := h.to(admin)
	if len(notes) != 1 || !strings.Contains(notes[0].Text, "-100777") {
		t.Fatalf("admin told %v", notes)
	}
	if n := strings.Count(h.logs.String(), "chat unreachable"); n != 1 {
		t.Errorf("logged %d times", n)
	}
	if chats := h.dir.Route(banAlert("https://eldala.kz/c")); slices.Contains(chats, "-100777") {
		t.Error("still routed")
	}
	h.srv.Unblock("-100777")
	h.clock.Advance(2 * time.Hour)
	h.bot.Tick(h.ctx)
	h.flush()
	if !slices.Contains(h.dir.Route(banAlert("https://eldala.kz/d")), "-100777") {
		t.Error("not routed again after the bot was back")
	}
	if m := h.last(admin); !strings.Contains(m.Text, "снова доступен") {
		t.Errorf("admin not told: %q", m.Text)
	}
}

// A subscriber that blocked the bot is deactivated with the drop and routed nothing more.
func TestSubscriberBlocked(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.srv.Block(fmt.Sprint(user))
	h.queue(banAlert("https://eldala.kz/x"))
	c, _, _ := h.db.GetChat(fmt.Sprint(user))
	if !c.Unreachable || c.Active() {
		t.Errorf("record %+v", c)
	}
	if chats := h.dir.Route(banAlert("https://eldala.kz/y")); len(chats) != 0 {
		t.Errorf("routed to %v", chats)
	}
	// /start again makes it reachable (the user unblocked the bot to write it).
	h.srv.Unblock(fmt.Sprint(user))
	h.say(user, user, "/start")
	if chats := h.dir.Route(banAlert("https://eldala.kz/z")); !slices.Equal(chats, []string{fmt.Sprint(user)}) {
		t.Errorf("routed to %v after /start", chats)
	}
}

// The offset is kept in the store: a restart handles no update twice.
func TestOffsetSurvivesRestart(t *testing.T) {
	h := newHarness(t, nil, nil)
	id := h.srv.AddTextFrom(user, user, "/help")
	ctx, cancel := context.WithCancel(h.ctx)
	done := make(chan error, 1)
	go func() { done <- h.bot.Run(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if off, _ := h.db.UpdateOffset(); off == id+1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("update not handled")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	h.flush()
	if n := len(h.to(user)); n != 1 {
		t.Fatalf("%d replies", n)
	}
	// A new bot on the same store: the fake would give the update again to a poll from offset 0.
	b2 := New(h.bot.cfg)
	if err := b2.Poll(h.ctx, 0); err != nil {
		t.Fatal(err)
	}
	h.flush()
	if n := len(h.to(user)); n != 1 {
		t.Errorf("%d replies after the restart, want still 1", n)
	}
}

func TestRecentAndSettings(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	for i := range 3 {
		a := banAlert(fmt.Sprintf("https://eldala.kz/r%d", i))
		a.Title = fmt.Sprintf("Запрет номер %d", i)
		pub := t0.Add(time.Duration(i) * time.Hour)
		commit(t, h, agrowatch.Article{Source: "eldala", URL: a.URL, Title: a.Title, Text: "Текст статьи номер " + fmt.Sprint(i), Published: pub, Fetched: pub}, a.Mentions)
	}
	h.flush()
	h.say(user, user, "/recent 2")
	m := h.last(user)
	if !strings.Contains(m.Text, "Запрет номер 2") || !strings.Contains(m.Text, "Запрет номер 1") || strings.Contains(m.Text, "Запрет номер 0") {
		t.Errorf("/recent 2:\n%s", m.Text)
	}
	h.say(user, user, "/settings")
	if m := h.last(user); !strings.Contains(m.Text, "Подписка: да") || !strings.Contains(m.Text, "Казахстан ↔") {
		t.Errorf("/settings:\n%s", m.Text)
	}
}

func TestFilter(t *testing.T) {
	m := func(kind agrowatch.Kind, commodity string, countries ...string) agrowatch.Mention {
		x := agrowatch.Mention{Kind: kind, Commodity: commodity}
		for i, c := range countries {
			switch i {
			case 0:
				x.By = c
			case 1:
				x.On = c
			}
		}
		return x
	}
	tests := []struct {
		name string
		f    Filter
		m    agrowatch.Mention
		want bool
	}{
		{"default wants KZ", Filter{}, m(agrowatch.KindMeatBan, "beef", "CN", "KZ"), true},
		{"default skips others", Filter{}, m(agrowatch.KindMeatBan, "beef", "RU", "BY"), false},
		{"default keeps mentions naming no country", Filter{}, m(agrowatch.KindBorderDelay, ""), true},
		{"all countries", Filter{Countries: CountriesAll}, m(agrowatch.KindMeatBan, "beef", "RU", "BY"), true},
		{"kind off", Filter{Kinds: []agrowatch.Kind{agrowatch.KindInspection}}, m(agrowatch.KindMeatBan, "beef", "CN"), false},
		{"goods group", Filter{Goods: []string{"poultry"}}, m(agrowatch.KindMeatBan, "poultry", "CN"), true},
		{"goods group miss", Filter{Goods: []string{"poultry"}}, m(agrowatch.KindMeatBan, "beef", "CN"), false},
		{"no commodity matches any goods", Filter{Goods: []string{"grain"}}, m(agrowatch.KindBorderDelay, "", "CN"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.MatchesMention(tt.m); got != tt.want {
				t.Errorf("MatchesMention = %v, want %v", got, tt.want)
			}
		})
	}
}

// BenchmarkRoute routes one alert over n subscribers, as the watcher does inside the store's
// transaction, and queues it: both linear in n.
func BenchmarkRoute(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("subscribers=%d", n), func(b *testing.B) {
			db, err := store.Open(filepath.Join(b.TempDir(), "a.db"), store.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			dir, _ := NewDirectory(db, nil)
			for i := range n {
				dir.Put(store.Chat{ID: fmt.Sprint(100000 + i), Subscribed: true})
			}
			a := banAlert("https://eldala.kz/bench")
			for b.Loop() {
				chats := dir.Route(a)
				if len(chats) != n {
					b.Fatal(len(chats))
				}
				if _, q, err := db.QueueAlert(a, chats); err != nil || q != n {
					b.Fatal(q, err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/subscriber")
		})
	}
}

// A group that became a supergroup keeps its subscription and settings under the new id.
func TestGroupMigrates(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.srv.SetMember(fmt.Sprint(group), 602, "administrator")
	h.say(group, 602, "/start")
	h.say(group, 602, "/lang en")
	h.srv.FailChat(fmt.Sprint(group), 1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1009876)})
	h.queue(banAlert("https://eldala.kz/m1"))
	if m := h.last(-1009876); !strings.Contains(m.Text, "China banned beef") {
		t.Errorf("the supergroup got %q", m.Text)
	}
	if chats := h.dir.Route(banAlert("https://eldala.kz/m2")); !slices.Equal(chats, []string{"-1009876"}) {
		t.Errorf("routed to %v", chats)
	}
	if c, ok, _ := h.db.GetChat("-1009876"); !ok || !c.Subscribed || c.Lang != "en" {
		t.Errorf("moved record %+v, %v", c, ok)
	}
}

// The token appears in no log line, whatever fails.
func TestTokenNeverLogged(t *testing.T) {
	h := newHarness(t, nil, nil)
	var calls atomic.Int32
	client := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		if calls.Add(1) == 1 { // getMe
			return http.DefaultTransport.RoundTrip(r)
		}
		return nil, errors.New("dial tcp: connection refused")
	})}
	tg, err := notify.NewTelegram(h.srv.Token(), h.srv.URL(), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := h.bot.cfg
	cfg.API = tg
	ctx, cancel := context.WithCancel(h.ctx)
	var n atomic.Int32
	cfg.Tick = time.Hour
	cfg.Sleep = func(ctx context.Context, d time.Duration) error {
		if d == cfg.Tick { // the periodic work: once is enough here
			<-ctx.Done()
			return ctx.Err()
		}
		if n.Add(1) == 3 { // the third retry of getUpdates
			cancel()
		}
		return nil
	}
	b := New(cfg)
	if err := b.Run(ctx); err != nil {
		t.Fatal(err)
	}
	logs := h.logs.String()
	if !strings.Contains(logs, "getUpdates failed") {
		t.Fatalf("nothing logged:\n%s", logs)
	}
	if secret := strings.SplitN(h.srv.Token(), ":", 2)[1]; strings.Contains(logs, secret) {
		t.Errorf("the token is in the log:\n%s", logs)
	}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// A webhook left set makes getUpdates fail with 409: the bot deletes it and goes on polling.
func TestWebhookDeleted(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.srv.SetWebhook()
	id := h.srv.AddTextFrom(user, user, "/help")
	ctx, cancel := context.WithCancel(h.ctx)
	done := make(chan error, 1)
	go func() { done <- h.bot.Run(ctx) }()
	deadline := time.Now().Add(20 * time.Second)
	for off, _ := h.db.UpdateOffset(); off != id+1; off, _ = h.db.UpdateOffset() {
		if time.Now().After(deadline) {
			t.Fatalf("update not handled:\n%s", h.logs)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if h.srv.Calls("deleteWebhook") != 1 || !strings.Contains(h.logs.String(), "webhook was set") {
		t.Errorf("deleteWebhook called %d times", h.srv.Calls("deleteWebhook"))
	}
}

// Who may use the bot follows a reload: People is asked at each command.
func TestPeopleReloaded(t *testing.T) {
	var mu sync.Mutex
	people := People{Access: AccessAdmins, Admins: []int64{admin}}
	h := newHarness(t, nil, func(c *Config) {
		c.People = func() People {
			mu.Lock()
			defer mu.Unlock()
			return people
		}
	})
	h.say(user, user, "/start")
	if m := h.last(user); m.Text != "Это закрытый бот." {
		t.Fatalf("before the reload: %q", m.Text)
	}
	mu.Lock()
	people = People{Access: AccessOpen, Admins: []int64{admin, user}}
	mu.Unlock()
	h.clock.Advance(2 * time.Minute)
	h.say(user, user, "/status")
	if m := h.last(user); !strings.Contains(m.Text, "Outbox:") {
		t.Errorf("after the reload the new admin got %q", m.Text)
	}
}

// With dedup.also_reported: digest, a digest lists the day's articles that told again what another
// article had alerted, with the source that told it first; without it, they are left out.
func TestDigestAlsoReported(t *testing.T) {
	for _, on := range []bool{false, true} {
		h := newHarness(t, nil, func(c *Config) { c.AlsoReported = func() bool { return on } })
		h.say(user, user, "/start")
		h.say(user, user, "/digest daily 09:00")
		n := len(h.to(user))
		pub := h.clock.Now().Add(time.Minute)
		ban := banAlert("https://eldala.kz/ban")
		commit(t, h, agrowatch.Article{Source: "eldala", URL: ban.URL, Title: ban.Title, Text: "Запрет.", Published: pub, Fetched: pub}, ban.Mentions)
		again := agrowatch.Article{Source: "kazinform", URL: "https://inform.kz/ban-again", Title: "Китай тоже об этом", Text: "Запрет снова.", Published: pub.Add(time.Hour), Fetched: pub.Add(time.Hour)}
		if _, err := h.db.Commit(store.Proposal{Article: again, Mentions: ban.Mentions, Fresh: true, Destinations: h.dir.Route}); err != nil {
			t.Fatal(err)
		}
		h.clock.Set(time.Date(2024, 3, 6, 4, 0, 30, 0, time.UTC))
		h.bot.Tick(h.ctx)
		h.flush()
		got := h.to(user)[n:]
		if len(got) != 1 {
			t.Fatalf("also_reported %v: %d digest messages, want 1", on, len(got))
		}
		d := got[0].Text
		listed := strings.Contains(d, "https://inform.kz/ban-again") && strings.Contains(d, "Об этом же сообщили") && strings.Contains(d, "первым: eldala")
		if listed != on {
			t.Errorf("also_reported %v: repeat listed %v:\n%s", on, listed, d)
		}
	}
}

// A getUpdates that hangs (no answer at all) is given up by the client's timeout and polled again, so
// commands are still answered; and a bot stopped while such a request hangs stops at once.
func TestGetUpdatesHangs(t *testing.T) {
	h := newHarness(t, nil, nil)
	tg, err := notify.NewTelegram(h.srv.Token(), h.srv.URL(), &http.Client{Timeout: 3 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := h.bot.cfg
	cfg.API, cfg.PollTimeout = tg, time.Second
	b := New(cfg)
	h.srv.HangMethod("getUpdates", 1)
	id := h.srv.AddTextFrom(user, user, "/help")
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if off, _ := h.db.UpdateOffset(); off == id+1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the update was never handled after getUpdates hung")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(h.logs.String(), "getUpdates failed, will retry") {
		t.Errorf("the hang was not logged:\n%s", h.logs.String())
	}
	// Hang again, and stop while the request hangs.
	calls := h.srv.Calls("getUpdates")
	h.srv.HangMethod("getUpdates", 1)
	for h.srv.Calls("getUpdates") == calls && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v after a stop", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not stop while getUpdates hung")
	}
	if strings.Contains(h.logs.String(), h.srv.Token()) {
		t.Error("the token appears in the log")
	}
}

// A digest is in the durable outbox the moment it is stamped: a crash before it is sent loses nothing,
// and a restart neither makes it again nor sends it twice.
func TestDigestIsDurable(t *testing.T) {
	h := newHarness(t, nil, nil)
	h.say(user, user, "/start")
	h.say(user, user, "/digest daily 09:00")
	n := len(h.to(user))
	pub := h.clock.Now().Add(time.Minute)
	ban := banAlert("https://eldala.kz/ban")
	commit(t, h, agrowatch.Article{Source: "eldala", URL: ban.URL, Title: ban.Title, Text: "Запрет.", Published: pub, Fetched: pub}, ban.Mentions)
	h.clock.Set(time.Date(2024, 3, 6, 4, 0, 30, 0, time.UTC))
	h.bot.Tick(h.ctx) // the digest is made; the daemon dies before the sender runs
	if pending, err := h.db.Pending(); err != nil || pending != 1 {
		t.Fatalf("%d deliveries in the outbox after the digest was made, want 1 (%v)", pending, err)
	}
	// After the restart: a new bot on the same store makes no second digest; the sender sends the one.
	b2 := New(h.bot.cfg)
	b2.Tick(h.ctx)
	h.flush()
	got := h.to(user)[n:]
	if len(got) != 1 || !strings.Contains(got[0].Text, "Сводка за 2024-03-06") {
		t.Fatalf("after the restart: %d digest messages, want 1", len(got))
	}
}
