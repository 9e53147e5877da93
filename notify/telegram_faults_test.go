package notify

// A Telegram that misbehaves: 429 storms with growing retry_after, 5xx runs, timeouts, connections
// reset before or after Telegram took the message, invalid JSON, and a chat that blocked the bot. The
// alerts wait in the outbox and all arrive, in order per chat, none twice but for a message whose
// answer was lost after Telegram had taken it.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"agrowatch"
)

// fault is what the proxy does with one sendMessage request.
type proxyFault int

const (
	pass          proxyFault = iota // forward it and its answer
	resetBefore                     // reset the connection; Telegram never sees the request
	garbageBefore                   // answer 200 with invalid JSON; Telegram never sees the request
	hangBefore                      // answer nothing until the client gives up
	resetAfter                      // forward it, then reset instead of answering: the message was sent
	garbageAfter                    // forward it, then answer invalid JSON: the message was sent
)

// faultyProxy stands between the client and the fake Bot API and applies a script of faults to the
// sendMessage requests, in order; the other methods pass.
type faultyProxy struct {
	target *url.URL
	mu     sync.Mutex
	script []proxyFault
	after  int // faults applied after forwarding: messages Telegram took whose answer was lost
}

func (p *faultyProxy) next() proxyFault {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.script) == 0 {
		return pass
	}
	f := p.script[0]
	p.script = p.script[1:]
	return f
}

// lost counts a message Telegram took whose answer the client never read.
func (p *faultyProxy) lost() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.after++
}

func hijackReset(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		panic(err)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	_ = conn.Close()
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f := pass
	if strings.HasSuffix(r.URL.Path, "/sendMessage") {
		f = p.next()
	}
	switch f {
	case resetBefore:
		hijackReset(w)
		return
	case garbageBefore:
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":tru`)
		return
	case hangBefore:
		// The body read, the server notices the client hanging up and ends the request's context.
		_, _ = io.Copy(io.Discard, r.Body)
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, p.target.String()+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	out.Header = r.Header.Clone()
	resp, err := http.DefaultTransport.RoundTrip(out)
	if err != nil {
		hijackReset(w)
		return
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	if (f == resetAfter || f == garbageAfter) && resp.StatusCode == http.StatusOK {
		p.lost()
	}
	switch f {
	case resetAfter:
		hijackReset(w)
		return
	case garbageAfter:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "<html>502 Bad Gateway</html>")
		return
	}
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(answer)
}

// numbered is alert n for a chat: its title says which, so that order and repeats can be read back.
func numbered(chat string, n int) agrowatch.Alert {
	a := ruAlert()
	a.Title = fmt.Sprintf("Алерт %s/%02d", chat, n)
	a.URL = fmt.Sprintf("%s?n=%s-%d", a.URL, chat, n)
	return a
}

func TestSenderMisbehavingTelegram(t *testing.T) {
	ctx := testContext(t)
	var proxy *faultyProxy
	h := newHarness(t, noLimits, func(Messenger) Messenger {
		return nil // replaced below, once the proxy knows the fake's address
	})
	target, err := url.Parse(h.srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy = &faultyProxy{target: target, script: []proxyFault{
		pass, resetBefore, pass, garbageBefore, hangBefore, pass, resetAfter, pass, garbageAfter,
		resetBefore, resetBefore, garbageBefore, pass, hangBefore, resetAfter, pass, pass, pass, garbageAfter,
		pass, pass, resetAfter,
	}}
	ps := httptest.NewServer(proxy)
	defer ps.Close()
	// The client gives up on a silent Telegram well before the test does, and not on a slow answer: on
	// a loaded machine an answer taken 300 ms to come was given up as lost, and its message sent twice.
	tg, err := NewTelegram(h.srv.Token(), ps.URL, &http.Client{Timeout: 1500 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h.sender = NewSender(SenderConfig{Outbox: h.out, Messenger: tg, Clock: h.clock.Now, Sleep: h.clock.Sleep, Limits: noLimits,
		Logger: slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})), ChatGone: func(chat, reason string) { h.gone = append(h.gone, chat) }})

	chatsUp := []string{"111", "-100222"}
	const perChat = 6
	for i := 1; i <= perChat; i++ {
		for _, c := range append(chatsUp, "333") {
			h.out.add(t, c, numbered(c, i))
		}
	}
	h.srv.Block("333")
	// A 429 storm with a growing retry_after, then a run of 5xx.
	for _, wait := range []int{1, 2, 4, 8, 16, 32} {
		h.srv.FailNext(1, 429, fmt.Sprintf("Too Many Requests: retry after %d", wait), map[string]any{"retry_after": wait})
	}
	h.srv.FailNext(4, 502, "Bad Gateway", nil)
	h.srv.FailNext(2, 500, "Internal Server Error", nil)

	for round := 0; ; round++ {
		err := h.sender.Flush(ctx)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrUndelivered) {
			t.Fatalf("round %d: Flush: %v\n%s", round, err, h.logs.String())
		}
		if round == 200 {
			t.Fatalf("still undelivered after %d rounds: %d in the outbox\n%s", round, h.out.len(t), h.logs.String())
		}
		h.clock.Advance(time.Minute) // the backoffs and retry_afters run on the sender's clock
	}

	if n := h.out.len(t); n != 0 {
		t.Errorf("%d deliveries left in the outbox", n)
	}
	twice := 0
	for _, c := range chatsUp {
		var got []string
		for _, m := range h.srv.Messages() {
			if m.Chat == c {
				got = append(got, titleOf(m.Text))
			}
		}
		// In order, each at least once; a repeat only right after itself (the one resent).
		var distinct []string
		for i, s := range got {
			if i > 0 && got[i-1] == s {
				twice++
				continue
			}
			distinct = append(distinct, s)
		}
		var want []string
		for i := 1; i <= perChat; i++ {
			want = append(want, numbered(c, i).Title)
		}
		if strings.Join(distinct, ",") != strings.Join(want, ",") {
			t.Errorf("chat %s got, in order:\n%s\nwant\n%s", c, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	// A message Telegram took without the sender learning it is sent again, once: nothing else is.
	if twice != proxy.after {
		t.Errorf("%d messages sent twice; want the %d whose answer was lost after Telegram took them", twice, proxy.after)
	}
	for _, m := range h.srv.Messages() {
		if m.Chat == "333" {
			t.Errorf("a message reached the chat that blocked the bot: %q", m.Text)
		}
	}
	if len(h.gone) != 1 || h.gone[0] != "333" {
		t.Errorf("chats said gone: %v, want [333]", h.gone)
	}
	t.Logf("%d messages, %d resent after a lost answer (%d answers lost)", len(h.srv.Messages()), twice, proxy.after)
}

// titleOf is the numbered title in a rendered message.
func titleOf(text string) string {
	i := strings.Index(text, "Алерт ")
	if i < 0 {
		return text
	}
	rest := text[i:]
	if end := strings.IndexAny(rest, "<\n"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}
