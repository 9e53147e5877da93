//go:build linux

package main

// The machine misbehaves under the real binary: it is killed with SIGKILL at random points of polling
// and sending, a second agrowatch is started on its database, and its disk fills up. Nothing that was
// acknowledged may be lost, nothing sent twice beyond the one message in flight at a kill, and the
// faultDaemon must carry on when the fault is gone.

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"agrowatch"
	"agrowatch/notify/telegramtest"
	"agrowatch/store"
)

// faultBinary builds the agrowatch binary once for the fault tests.
var faultBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "agrowatch-faults-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "agrowatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func faultBin(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin, err := faultBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// faultLog is a child's stderr, read while it is written.
type faultLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *faultLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *faultLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// faultDaemon is one `agrowatch run` process.
type faultDaemon struct {
	cmd    *exec.Cmd
	stderr *faultLog
	done   chan struct{}
	err    error
}

func startFaultDaemon(t *testing.T, ctx context.Context, bin, cfg, token string, args ...string) *faultDaemon {
	t.Helper()
	d := &faultDaemon{stderr: &faultLog{}, done: make(chan struct{})}
	d.cmd = exec.CommandContext(ctx, bin, append([]string{"run", "-config", cfg}, args...)...)
	d.cmd.Env = append(os.Environ(), "AGROWATCH_TELEGRAM_TOKEN="+token)
	d.cmd.Stderr = d.stderr
	if err := d.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { d.err = d.cmd.Wait(); close(d.done) }()
	t.Cleanup(func() {
		select {
		case <-d.done:
		default:
			_ = d.cmd.Process.Kill()
			<-d.done
		}
	})
	return d
}

func (d *faultDaemon) kill() {
	_ = d.cmd.Process.Signal(syscall.SIGKILL)
	<-d.done
}

// stop ends the faultDaemon with SIGTERM and returns its exit error.
func (d *faultDaemon) stop() error {
	_ = d.cmd.Process.Signal(syscall.SIGTERM)
	<-d.done
	return d.err
}

// waitFor polls cond until it holds or the faultDaemon exits or a minute passes.
func waitFault(t *testing.T, d *faultDaemon, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		select {
		case <-d.done:
			if cond() {
				return
			}
			t.Fatalf("the faultDaemon exited (%v) before %s:\n%s", d.err, what, d.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s after a minute:\n%s", what, d.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// moreArticles are three articles besides seedArticles, on other facts.
func faultArticles() []siteArticle {
	return []siteArticle{
		{ID: 16704, Category: "zhivotnovodstvo", Slug: "zapret-baraniny", Title: "Китай запретил ввоз баранины из Казахстана",
			Date: recent(5 * time.Hour), Paragraphs: []string{
				"Главное таможенное управление КНР ввело запрет на ввоз баранины из Казахстана из-за оспы овец.",
				"Ограничение действует с понедельника.",
			}},
		{ID: 16705, Category: "zerno", Slug: "dostyk-vagony", Title: "На Достыке скопились вагоны с зерном",
			Date: recent(6 * time.Hour), Paragraphs: []string{
				"На станции Достык в ожидании перегрузки простаивают более 1200 вагонов с зерном.",
				"Задержка составляет до десяти дней.",
			}},
		{ID: 16706, Category: "zerno", Slug: "eksport-lna", Title: "Экспорт льна в Китай вырос",
			Date: recent(7 * time.Hour), Paragraphs: []string{
				"С начала года Казахстан экспортировал в КНР 51,3 тыс. тонн льна.",
				"Это на 20% больше, чем годом ранее.",
			}},
	}
}

// sentTexts counts the messages Telegram accepted, by text, the site's address written {{SITE}} so
// that runs against two fake sites compare.
func sentTexts(tg *telegramtest.Server, site string) map[string]int {
	out := map[string]int{}
	for _, m := range tg.Messages() {
		out[strings.ReplaceAll(m.Text, site, "{{SITE}}")]++
	}
	return out
}

// referenceMessages is what a run without faults delivers for the articles: `run -once` in this
// process until a run adds nothing.
func faultReference(t *testing.T, ctx context.Context, articles []siteArticle) map[string]int {
	t.Helper()
	_, srv := newFakeElDala(t, articles...)
	tg, cfg := withTelegram(t, srv.URL, "-100777")
	last := -1
	for i := 0; i < 5 && len(tg.Messages()) != last; i++ {
		last = len(tg.Messages())
		if code, _, errs := runCLI(t, ctx, "run", "-once", "-config", cfg); code != 0 {
			t.Fatalf("reference run: exit %d\n%s", code, errs)
		}
	}
	want := sentTexts(tg, srv.URL)
	if len(want) < 3 {
		t.Fatalf("the reference run delivered %d messages: too few to test with", len(want))
	}
	return want
}

// SIGKILL at random points while polling and sending, five times, then a clean run: every message a
// run without faults sends arrives, and none arrives twice but for the one in flight at each kill.
func TestFaultKill9(t *testing.T) {
	bin := faultBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	articles := append(seedArticles(), faultArticles()...)
	want := faultReference(t, ctx, articles)

	_, srv := newFakeElDala(t, articles...)
	tg := telegramtest.New(t)
	// Telegram takes its time to answer: a kill is likely to fall between the message being accepted
	// and the faultDaemon recording that it was.
	tg.OnSend(func(telegramtest.Message) { time.Sleep(150 * time.Millisecond) })
	cfg := writeConfig(t, t.TempDir(), srv.URL, tg.URL(), "-100777")

	seed := rand.Uint64()
	t.Logf("kill points from seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 1))
	const kills = 5
	for i := range kills {
		d := startFaultDaemon(t, ctx, bin, cfg, tg.Token())
		time.Sleep(time.Duration(50+r.IntN(1200)) * time.Millisecond) // when to kill: no assertion on time
		d.kill()
		t.Logf("kill %d: %d messages so far", i+1, len(tg.Messages()))
	}
	d := startFaultDaemon(t, ctx, bin, cfg, tg.Token())
	t.Logf("a run without faults sends %d messages", len(want))
	waitFault(t, d, "every message", func() bool {
		got := sentTexts(tg, srv.URL)
		for m := range want {
			if got[m] == 0 {
				return false
			}
		}
		return true
	})
	// Let the faultDaemon poll and send what else it would, then stop it.
	time.Sleep(1500 * time.Millisecond)
	if err := d.stop(); err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, d.stderr.String())
	}

	got := sentTexts(tg, srv.URL)
	twice := 0
	var extra []string
	for m, n := range got {
		if want[m] == 0 {
			extra = append(extra, m)
		}
		twice += n - 1
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("messages a run without faults does not send:\n%s", strings.Join(extra, "\n---\n"))
	}
	if twice > kills {
		t.Errorf("%d messages sent twice after %d kills: at most the one in flight at each kill may be", twice, kills)
	}
	t.Logf("%d messages, %d of them again after a kill", len(tg.Messages()), twice)
}

// A second agrowatch on the same database is refused at once, with a message that says why, and the
// first goes on.
func TestFaultSecondInstance(t *testing.T) {
	bin := faultBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	site, srv := newFakeElDala(t, seedArticles()...)
	tg := telegramtest.New(t)
	cfg := writeConfig(t, t.TempDir(), srv.URL, tg.URL(), "-100777")
	first := startFaultDaemon(t, ctx, bin, cfg, tg.Token())
	waitFault(t, first, "the first faultDaemon's messages", func() bool { return len(tg.Messages()) >= 2 })

	for _, args := range [][]string{{"run", "-config", cfg}, {"run", "-once", "-config", cfg}} {
		var stderr bytes.Buffer
		second := exec.CommandContext(ctx, bin, args...)
		second.Env = append(os.Environ(), "AGROWATCH_TELEGRAM_TOKEN="+tg.Token())
		second.Stderr = &stderr
		err := second.Run()
		if ctx.Err() != nil {
			t.Fatalf("%v did not return", args)
		}
		if err == nil || second.ProcessState.ExitCode() == 0 {
			t.Errorf("%v on a database in use: exit 0\n%s", args, stderr.String())
		}
		if !strings.Contains(stderr.String(), "in use by another agrowatch") {
			t.Errorf("%v says:\n%s", args, stderr.String())
		}
	}

	site.add(faultArticles()[0])
	waitFault(t, first, "the first faultDaemon's next message", func() bool { return len(tg.Messages()) >= 3 })
	if err := first.stop(); err != nil {
		t.Errorf("the first faultDaemon: %v\n%s", err, first.stderr.String())
	}
}

// setFileSize sets the RLIMIT_FSIZE of a running process: a write past n bytes of any file fails with
// EFBIG, as on a full disk. 0 lifts the limit.
func setFileSize(t *testing.T, d *faultDaemon, n uint64) {
	t.Helper()
	pid := d.cmd.Process.Pid
	lim := syscall.Rlimit{Cur: n, Max: ^uint64(0)}
	if n == 0 {
		lim.Cur = ^uint64(0)
	}
	if _, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(syscall.RLIMIT_FSIZE),
		uintptr(unsafe.Pointer(&lim)), 0, 0, 0); e != 0 {
		select {
		case <-d.done:
			t.Fatalf("prlimit: %v: the daemon exited (%v):\n%s", e, d.err, d.stderr.String())
		default:
		}
		t.Fatalf("prlimit: %v", e)
	}
}

// The database's disk fills up while the faultDaemon runs: commits fail and the log says why, nothing is
// sent twice, and once there is room again the waiting article is read and alerted, without a restart.
func TestFaultDiskFull(t *testing.T) {
	bin := faultBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	site, srv := newFakeElDala(t, seedArticles()...)
	tg := telegramtest.New(t)
	cfg := writeConfig(t, t.TempDir(), srv.URL, tg.URL(), "-100777")
	d := startFaultDaemon(t, ctx, bin, cfg, tg.Token(), "-log-level", "debug")
	// Both deliveries recorded, not only sent: a disk that fills while a delivery is recorded is the
	// next test's.
	waitFault(t, d, "the first messages", func() bool { return strings.Count(d.stderr.String(), "notify: delivered") >= 2 })
	before := len(tg.Messages())

	// No write past the first page: every commit fails, reads go on.
	setFileSize(t, d, 4096)
	site.add(faultArticles()[0])
	waitFault(t, d, "a log line about the full disk", func() bool { return strings.Contains(d.stderr.String(), "file too large") })
	if n := len(tg.Messages()); n != before {
		t.Errorf("%d messages sent while nothing could be committed, want %d", n, before)
	}

	setFileSize(t, d, 0)
	waitFault(t, d, "the waiting article's alert", func() bool { return len(tg.Messages()) > before })
	time.Sleep(1500 * time.Millisecond) // another poll and pass of the sender
	if err := d.stop(); err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, d.stderr.String())
	}
	for m, n := range sentTexts(tg, srv.URL) {
		if n > 1 {
			t.Errorf("sent %d times:\n%s", n, m)
		}
	}
	if !strings.Contains(sentAll(tg), "баранин") {
		t.Errorf("the article added while the disk was full was not alerted:\n%s", sentAll(tg))
	}
}

// The disk fills up between Telegram taking a message and the daemon recording it: the sender cannot
// record the delivery, so the daemon stops with exit 1 and says why rather than go on unable to tell
// what it sent. Started again with room (as the service manager does), it sends the one message in
// flight again, at most once, and the rest.
func TestFaultDiskFullWhileSending(t *testing.T) {
	bin := faultBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_, srv := newFakeElDala(t, seedArticles()...)
	tg := telegramtest.New(t)
	var pid atomic.Int64
	var fill sync.Once
	tg.OnSend(func(telegramtest.Message) {
		fill.Do(func() {
			lim := syscall.Rlimit{Cur: 4096, Max: ^uint64(0)}
			if _, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid.Load()), uintptr(syscall.RLIMIT_FSIZE),
				uintptr(unsafe.Pointer(&lim)), 0, 0, 0); e != 0 {
				t.Errorf("prlimit: %v", e)
			}
		})
	})
	cfg := writeConfig(t, t.TempDir(), srv.URL, tg.URL(), "-100777")
	d := startFaultDaemon(t, ctx, bin, cfg, tg.Token())
	pid.Store(int64(d.cmd.Process.Pid))
	select {
	case <-d.done:
	case <-ctx.Done():
		t.Fatalf("the daemon went on with a delivery it could not record:\n%s", d.stderr.String())
	}
	if code := d.cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if log := d.stderr.String(); !strings.Contains(log, "sender failed") || !strings.Contains(log, "file too large") {
		t.Errorf("the log does not say why it stopped:\n%s", log)
	}

	again := startFaultDaemon(t, ctx, bin, cfg, tg.Token())
	waitFault(t, again, "both messages", func() bool { return len(sentTexts(tg, srv.URL)) >= 2 })
	time.Sleep(1500 * time.Millisecond) // another poll and pass of the sender
	if err := again.stop(); err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, again.stderr.String())
	}
	got := sentTexts(tg, srv.URL)
	if len(got) != 2 || len(tg.Messages()) > 3 {
		t.Errorf("%d messages, %d distinct: want 2, and at most the one in flight again", len(tg.Messages()), len(got))
	}
}

// SIGKILL at random points of `agrowatch db compact`: after every kill the database opens and holds
// every article, its outbox and its deliveries; the last compaction, let run, ends the same.
func TestFaultKill9Compact(t *testing.T) {
	bin := faultBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() { // thousands of commits: in memory where possible
		if d, err := os.MkdirTemp("/dev/shm", "agrowatch-compact-"); err == nil {
			dir = d
			t.Cleanup(func() { os.RemoveAll(d) })
		}
	}
	cfg := writeConfig(t, dir, "http://127.0.0.1:9", "http://127.0.0.1:9", "-100777")
	path := filepath.Join(dir, "agrowatch.db")

	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Now()
	const articles = 800
	x := uint32(2463534242)
	for i := range articles {
		var b strings.Builder // words no other article has: no near-duplicates to weigh
		for b.Len() < 6<<10 {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			fmt.Fprintf(&b, "слово%d ", x%100000)
		}
		text := b.String()
		a := agrowatch.Article{Source: "eldala", URL: fmt.Sprintf("https://eldala.kz/novosti/%d", i), Title: fmt.Sprintf("Статья %d", i),
			Text: text, Lang: "ru", Fetched: time.Now().Add(-time.Duration(articles-i) * time.Minute)}
		m := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Lang: "ru", Sentence: fmt.Sprintf("Экспорт %d тонн.", 1000+i*37),
			Tonnes: float64(1000 + i*37), Commodity: "wheat", From: "KZ", To: "CN"}
		if _, err := db.Commit(store.Proposal{Article: a, Mentions: []agrowatch.Mention{m}, Fresh: true,
			Destinations: func(agrowatch.Alert) []string { return []string{"-100777"} }}); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d articles committed in %s", articles, time.Since(setup).Round(time.Millisecond))
	// Prune half, so that compaction has pages to give back.
	if _, err := db.Prune(time.Now().Add(-articles / 2 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	want, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		db, err := store.Open(path, store.Options{})
		if err != nil {
			t.Fatalf("%s: the database does not open: %v", when, err)
		}
		defer db.Close()
		got, err := db.Stats()
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if got.Articles != want.Articles || got.Tombstones != want.Tombstones || got.Outbox != want.Outbox || got.Alerts != want.Alerts {
			t.Fatalf("%s: %+v, want %+v", when, got, want)
		}
		if due, err := db.Due(time.Now().Add(time.Hour), 0); err != nil || len(due) != want.Outbox {
			t.Fatalf("%s: %d deliveries due (%v), want %d", when, len(due), err, want.Outbox)
		}
	}

	// One compaction let run tells how long one takes, to kill inside it.
	start := time.Now()
	if out, err := exec.CommandContext(ctx, bin, "db", "compact", "-config", cfg).CombinedOutput(); err != nil {
		t.Fatalf("db compact: %v\n%s", err, out)
	}
	took := time.Since(start)
	check("after a compaction")
	seed := rand.Uint64()
	r := rand.New(rand.NewPCG(seed, 2))
	t.Logf("a compaction takes %s; kill points from seed %d", took.Round(time.Millisecond), seed)
	for i := range 6 {
		cmd := exec.CommandContext(ctx, bin, "db", "compact", "-config", cfg)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(r.Int64N(int64(took) + 1)))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		check(fmt.Sprintf("kill %d", i+1))
	}
	if out, err := exec.CommandContext(ctx, bin, "db", "compact", "-config", cfg).CombinedOutput(); err != nil {
		t.Fatalf("db compact after the kills: %v\n%s", err, out)
	}
	check("the last compaction")
	if _, err := os.Stat(path + ".compact"); !os.IsNotExist(err) {
		t.Errorf("a compaction left %s.compact behind (%v)", path, err)
	}
}

func sentAll(tg *telegramtest.Server) string {
	var b strings.Builder
	for _, m := range tg.Messages() {
		b.WriteString(m.Text + "\n---\n")
	}
	return b.String()
}
