package notify

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"agrowatch"
)

// Outbox is the durable queue the sender drains.
type Outbox interface {
	// Due returns up to n deliveries whose NotAfter is not after now, oldest (lowest ID) first.
	Due(now time.Time, n int) ([]agrowatch.Delivery, error)
	// Progress records that the first `sent` parts of a split message were accepted.
	Progress(id uint64, sent int) error
	// Delivered removes a delivery: every part was accepted.
	Delivered(id uint64) error
	// Retry keeps a delivery, counts the attempt, records the error and the earliest next attempt.
	Retry(id uint64, notBefore time.Time, reason string) error
	// Drop removes a delivery that can never be sent (bot blocked, chat not found, message rejected), keeping the reason in a log kept by the store.
	Drop(id uint64, reason string) error
	// MoveChat rewrites every queued delivery for chat old to chat new (a group became a supergroup).
	MoveChat(old, new string) error
}

// ErrUndelivered is wrapped by Flush when deliveries stay in the outbox for a temporary reason.
var ErrUndelivered = errors.New("notify: deliveries remain in the outbox")

// Limits tunes the sender. Zero fields take the defaults; rate.Inf switches a rate limit off.
// Telegram's limits are approximate: the defaults stay under them and a 429 handles the rest.
type Limits struct {
	Chat       rate.Limit    // messages to one chat; default 1 per second
	Group      rate.Limit    // messages to one group (negative id), on top of Chat; default 20 per minute
	Global     rate.Limit    // messages to all chats together; default 30 per second
	Batch      int           // deliveries read from the outbox at a time; default 50
	Poll       time.Duration // how often Run looks at the outbox without a Notify; default 1 s
	MinBackoff time.Duration // wait after a first temporary failure, doubled after each; default 5 s
	MaxBackoff time.Duration // default 30 min
	NoToken    time.Duration // how long a delivery to a chat waits again when there is no token; default 5 min
}

func (l Limits) withDefaults() Limits {
	if l.Chat == 0 {
		l.Chat = 1
	}
	if l.Group == 0 {
		l.Group = rate.Every(time.Minute / 20)
	}
	if l.Global == 0 {
		l.Global = 30
	}
	if l.Batch <= 0 {
		l.Batch = 50
	}
	if l.Poll <= 0 {
		l.Poll = time.Second
	}
	if l.MinBackoff <= 0 {
		l.MinBackoff = 5 * time.Second
	}
	if l.MaxBackoff <= 0 {
		l.MaxBackoff = 30 * time.Minute
	}
	if l.NoToken <= 0 {
		l.NoToken = 5 * time.Minute
	}
	return l
}

// Bursts of the rate limiters: one message at a time per chat, a few to a group, a second's worth
// overall.
const (
	chatBurst   = 1
	groupBurst  = 3
	globalBurst = 30
)

// maxInlineWait is the longest the sender waits in place for a rate limiter; a chat that must wait
// longer is left for a later pass so that other chats go on meanwhile.
const maxInlineWait = 1500 * time.Millisecond

// SenderConfig holds what a Sender depends on.
type SenderConfig struct {
	Outbox    Outbox           // required
	Messenger Messenger        // nil when there is no token: only Console deliveries go out
	Console   io.Writer        // where Console deliveries are printed; default os.Stdout
	Clock     func() time.Time // default time.Now; rate limits and retry times are read from it
	Logger    *slog.Logger     // default: discard
	Limits    Limits
}

// Sender drains the outbox: it renders each due delivery, sends it, and records the result, so that
// a delivery leaves the outbox only once Telegram has accepted every part of it.
type Sender struct {
	out     Outbox
	msg     Messenger
	console io.Writer
	clock   func() time.Time
	log     *slog.Logger
	lim     Limits
	wake    chan struct{}

	mu      sync.Mutex // one pass at a time; guards everything below
	global  *rate.Limiter
	chats   map[string]*chatState
	moved   map[string]string // old chat → new chat, for deliveries read before a MoveChat
	noToken bool              // the "no token" warning was logged
}

type chatState struct {
	chat, group *rate.Limiter // group is nil for users and channels
	pausedUntil time.Time     // flood control (429)
}

// NewSender builds a Sender. It does nothing until Run or Flush is called.
func NewSender(c SenderConfig) *Sender {
	s := &Sender{
		out:     c.Outbox,
		msg:     c.Messenger,
		console: c.Console,
		clock:   c.Clock,
		log:     c.Logger,
		lim:     c.Limits.withDefaults(),
		wake:    make(chan struct{}, 1),
		chats:   map[string]*chatState{},
		moved:   map[string]string{},
	}
	if s.console == nil {
		s.console = os.Stdout
	}
	if s.clock == nil {
		s.clock = time.Now
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	s.global = rate.NewLimiter(s.lim.Global, globalBurst)
	return s
}

// Notify wakes Run: deliveries were just queued. It never blocks.
func (s *Sender) Notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run sends due deliveries until ctx ends, waking on Notify, on the poll interval, and when a
// rate-limited or paused chat may go again. It returns nil once ctx ends; a request in flight is
// aborted and its delivery left as it was, to be sent again. Run and Flush do not overlap: a second
// caller waits for the first.
func (s *Sender) Run(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		st := newPass()
		if err := s.pass(ctx, st); err != nil {
			s.log.Error("notify: sender pass failed", slog.String("error", err.Error()))
		}
		wait := s.lim.Poll
		if !st.wakeAt.IsZero() {
			wait = min(wait, max(st.wakeAt.Sub(s.clock()), 10*time.Millisecond))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-s.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// Flush sends every delivery due now, waiting for the rate limiters but not for retries or flood
// control, and returns. It returns an error wrapping ErrUndelivered when deliveries stay queued for a
// temporary reason (a retry was scheduled, a chat is paused); deliveries to chats held only because
// there is no token do not count. With a clock that does not move, rate limits must be rate.Inf.
func (s *Sender) Flush(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	pending := map[uint64]string{}
	for {
		st := newPass()
		err := s.pass(ctx, st)
		for id := range st.done {
			delete(pending, id)
		}
		for id, reason := range st.pending {
			pending[id] = reason
		}
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return fmt.Errorf("notify: flush: %w", ctx.Err())
		}
		if !st.deferred {
			break
		}
		t := time.NewTimer(max(st.wakeAt.Sub(s.clock()), 10*time.Millisecond))
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("notify: flush: %w", ctx.Err())
		case <-t.C:
		}
	}
	if len(pending) > 0 {
		var first uint64
		for id := range pending {
			if first == 0 || id < first {
				first = id
			}
		}
		return fmt.Errorf("%w: %d not sent yet (delivery %d: %s)", ErrUndelivered, len(pending), first, pending[first])
	}
	return nil
}

// pass is what one sweep over the due deliveries found.
type pass struct {
	done     map[uint64]bool   // delivered or dropped
	pending  map[uint64]string // kept for a temporary reason, with the reason
	gone     map[string]string // chats found unreachable in this pass, with the reason
	deferred bool              // a delivery waits for a rate limiter
	wakeAt   time.Time         // earliest time a waiting chat may go again
}

func newPass() *pass {
	return &pass{done: map[uint64]bool{}, pending: map[uint64]string{}, gone: map[string]string{}}
}

func (p *pass) wakeBy(t time.Time) {
	if p.wakeAt.IsZero() || t.Before(p.wakeAt) {
		p.wakeAt = t
	}
}

// pass handles every due delivery once. A delivery skipped because its chat must wait stays due, so
// each read asks for as many more as were already seen: skipped ones never starve the rest.
func (s *Sender) pass(ctx context.Context, p *pass) error {
	seen := map[uint64]bool{}
	for ctx.Err() == nil {
		n := s.lim.Batch + len(seen)
		ds, err := s.out.Due(s.clock(), n)
		if err != nil {
			return fmt.Errorf("notify: read due deliveries: %w", err)
		}
		fresh := 0
		for _, d := range ds {
			if seen[d.ID] {
				continue
			}
			seen[d.ID] = true
			fresh++
			if ctx.Err() != nil {
				return nil
			}
			if err := s.handle(ctx, d, p); err != nil {
				return err
			}
		}
		if fresh == 0 || len(ds) < n {
			return nil
		}
	}
	return nil
}

// handle sends one delivery and records the outcome. It returns an error only when the outbox fails.
func (s *Sender) handle(ctx context.Context, d agrowatch.Delivery, p *pass) error {
	if to, ok := s.moved[d.Chat]; ok {
		d.Chat = to
	}
	switch {
	case d.Chat == agrowatch.Console:
		return s.toConsole(d, p)
	case s.msg == nil:
		return s.park(d)
	}
	if reason, ok := p.gone[d.Chat]; ok {
		return s.drop(d, reason, p)
	}
	cs := s.chat(d.Chat)
	if now := s.clock(); now.Before(cs.pausedUntil) {
		p.pending[d.ID] = "chat paused by flood control"
		p.wakeBy(cs.pausedUntil)
		return nil
	}

	parts := Render(d.Alert)
	plain, migrated := false, false
	for i := d.Sent; i < len(parts); {
		ok, err := s.reserve(ctx, cs, p)
		if err != nil || !ok {
			return nil // ctx ended, or the chat must wait: the delivery stays as recorded
		}
		text := parts[i].HTML
		if plain {
			text = html.EscapeString(parts[i].Plain)
		}
		err = s.msg.Send(ctx, d.Chat, text)
		if err == nil {
			i++
			if i < len(parts) {
				if err := s.out.Progress(d.ID, i); err != nil {
					return fmt.Errorf("notify: record progress of delivery %d: %w", d.ID, err)
				}
				continue
			}
			break
		}
		if ctx.Err() != nil {
			return nil // that part may have gone out or not: it is sent again next time
		}

		var (
			retry *RetryAfterError
			moved *MigratedError
			parse *ParseError
			perm  *PermanentError
		)
		switch {
		case errors.As(err, &retry):
			until := s.clock().Add(retry.After)
			cs.pausedUntil = until
			p.wakeBy(until)
			s.log.Warn("notify: flood control, chat paused",
				slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Duration("retry_after", retry.After))
			return s.retry(d, until, err, p)
		case errors.As(err, &moved) && !migrated:
			if err := s.out.MoveChat(d.Chat, moved.NewChat); err != nil {
				return fmt.Errorf("notify: move chat %s to %s: %w", d.Chat, moved.NewChat, err)
			}
			s.log.Info("notify: group became a supergroup, chat moved",
				slog.String("chat", d.Chat), slog.String("new_chat", moved.NewChat))
			s.moved[d.Chat] = moved.NewChat
			d.Chat, migrated = moved.NewChat, true
			cs = s.chat(d.Chat)
		case errors.As(err, &parse) && !plain:
			s.log.Warn("notify: Telegram could not parse the message, sending it as plain text",
				slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("part", i+1),
				slog.String("error", err.Error()))
			plain = true
		case errors.As(err, &perm) || errors.As(err, &parse):
			if perm != nil && perm.ChatGone {
				p.gone[d.Chat] = err.Error()
			}
			return s.drop(d, err.Error(), p)
		default:
			at := s.clock().Add(s.backoff(d.Attempts))
			s.log.Warn("notify: send failed, will retry",
				slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("attempts", d.Attempts+1),
				slog.Time("next_attempt", at), slog.String("error", err.Error()))
			return s.retry(d, at, err, p)
		}
	}
	if err := s.out.Delivered(d.ID); err != nil {
		return fmt.Errorf("notify: record delivery %d: %w", d.ID, err)
	}
	p.done[d.ID] = true
	s.log.Debug("notify: delivered", slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("parts", len(parts)))
	return nil
}

// reserve takes one message from every limiter the chat is under. It waits in place for short
// delays; for longer ones it gives the tokens back, notes when to come back and reports false.
func (s *Sender) reserve(ctx context.Context, cs *chatState, p *pass) (bool, error) {
	now := s.clock()
	rs := []*rate.Reservation{s.global.ReserveN(now, 1), cs.chat.ReserveN(now, 1)}
	if cs.group != nil {
		rs = append(rs, cs.group.ReserveN(now, 1))
	}
	cancel := func() {
		for _, r := range rs {
			r.CancelAt(now)
		}
	}
	var delay time.Duration
	for _, r := range rs {
		if !r.OK() {
			delay = maxInlineWait + time.Second // a limit of zero: never in place
			break
		}
		delay = max(delay, r.DelayFrom(now))
	}
	if delay == 0 {
		return true, nil
	}
	if delay > maxInlineWait {
		cancel()
		p.deferred = true
		p.wakeBy(now.Add(delay))
		return false, nil
	}
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-ctx.Done():
		cancel()
		return false, ctx.Err()
	case <-t.C:
		return true, nil
	}
}

func (s *Sender) chat(chat string) *chatState {
	cs, ok := s.chats[chat]
	if !ok {
		cs = &chatState{chat: rate.NewLimiter(s.lim.Chat, chatBurst)}
		if strings.HasPrefix(chat, "-") {
			cs.group = rate.NewLimiter(s.lim.Group, groupBurst)
		}
		s.chats[chat] = cs
	}
	return cs
}

// backoff is the wait after a delivery's attempts-th temporary failure (counting from 0).
func (s *Sender) backoff(attempts int) time.Duration {
	d := s.lim.MinBackoff
	for range attempts {
		if d >= s.lim.MaxBackoff/2 {
			return s.lim.MaxBackoff
		}
		d *= 2
	}
	return min(d, s.lim.MaxBackoff)
}

func (s *Sender) retry(d agrowatch.Delivery, at time.Time, cause error, p *pass) error {
	if err := s.out.Retry(d.ID, at, cause.Error()); err != nil {
		return fmt.Errorf("notify: record retry of delivery %d: %w", d.ID, err)
	}
	p.pending[d.ID] = cause.Error()
	return nil
}

func (s *Sender) drop(d agrowatch.Delivery, reason string, p *pass) error {
	s.log.Error("notify: delivery dropped",
		slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.String("url", d.Alert.URL),
		slog.String("reason", reason))
	if err := s.out.Drop(d.ID, reason); err != nil {
		return fmt.Errorf("notify: drop delivery %d: %w", d.ID, err)
	}
	p.done[d.ID] = true
	return nil
}

// park puts a delivery for a Telegram chat back while there is no token: it waits for one.
func (s *Sender) park(d agrowatch.Delivery) error {
	if !s.noToken {
		s.noToken = true
		s.log.Warn("notify: no Telegram token configured; deliveries to Telegram chats stay queued",
			slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID))
	}
	if err := s.out.Retry(d.ID, s.clock().Add(s.lim.NoToken), "no Telegram token configured"); err != nil {
		return fmt.Errorf("notify: record retry of delivery %d: %w", d.ID, err)
	}
	return nil
}

func (s *Sender) toConsole(d agrowatch.Delivery, p *pass) error {
	if err := writeConsole(s.console, d.Alert); err != nil {
		return s.retry(d, s.clock().Add(s.backoff(d.Attempts)), err, p)
	}
	if err := s.out.Delivered(d.ID); err != nil {
		return fmt.Errorf("notify: record delivery %d: %w", d.ID, err)
	}
	p.done[d.ID] = true
	return nil
}
