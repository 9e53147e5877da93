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
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"agrowatch"
	"agrowatch/store"
)

// Outbox is the durable queue the sender drains: *store.DB. It is read by lanes, one per chat, so that
// each queued delivery is decoded about once however long the queue grows.
type Outbox interface {
	// After reads queued deliveries with ids above after, every chat's, in id order.
	After(after uint64, n int) (store.Read, error)
	// Lane reads one chat's deliveries with ids above after, in id order.
	Lane(chat string, after uint64, n int) (store.Read, error)
	// Progress records that the first `sent` parts of a split message were accepted.
	Progress(id uint64, sent int) error
	// Delivered removes deliveries, in one transaction: every part of each was accepted.
	Delivered(ids ...uint64) error
	// Retry keeps a delivery, counts the attempt, records the error and the earliest next attempt.
	Retry(id uint64, notBefore time.Time, reason string) error
	// Drop removes a delivery that can never be sent (message rejected), keeping the reason.
	Drop(id uint64, reason string) error
	// ChatGone drops the delivery and everything else queued for the chat and marks the chat
	// unreachable, in one transaction; it reports whether the chat was reachable before.
	ChatGone(id uint64, chat, reason string) (bool, int, error)
	// MoveChat rewrites every queued delivery for chat old to chat new (a group became a supergroup, an
	// @channel is known by its id).
	MoveChat(old, new string) error
}

// KeyboardSender is a Messenger that can attach an inline keyboard, for the bot's replies.
type KeyboardSender interface {
	SendReply(ctx context.Context, chat, html string, kb Keyboard) error
}

// Resolver is a Messenger that knows an @channel's numeric id (getChat), so that the channel and its
// id are one chat: one lane, one rate limit, one copy of each alert.
type Resolver interface {
	ChatID(ctx context.Context, chat string) (string, error)
}

// ErrUndelivered is wrapped by Flush when deliveries stay in the outbox for a temporary reason.
var ErrUndelivered = errors.New("notify: deliveries remain in the outbox")

// Limits tunes the sender. Zero fields take the defaults; rate.Inf switches a rate limit off.
// Telegram's limits are approximate: the defaults stay under them and a 429 handles the rest.
type Limits struct {
	Chat       rate.Limit    // messages to one chat; default 1 per second
	Group      rate.Limit    // messages to one group or channel, on top of Chat; default 20 per minute
	Global     rate.Limit    // messages to all chats together; default 30 per second
	Batch      int           // outbox entries read at a time; default 500
	PerLane    int           // deliveries of one chat held in memory; default 20
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
		l.Batch = 500
	}
	if l.PerLane <= 0 {
		l.PerLane = 20
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

// Bursts of the rate limiters: one message at a time everywhere, so that no window of a second (or a
// minute, for a group) ever holds more than the limit. Telegram counts in windows, not in tokens.
const (
	chatBurst   = 1
	groupBurst  = 1
	globalBurst = 1
)

// DefaultStopGrace is how long the request in flight may go on after Run's context ends: a message
// Telegram is accepting is let through and recorded, rather than cut and sent again after a restart.
// The daemon waits 4 s for its work after SIGTERM.
const DefaultStopGrace = 3 * time.Second

// SenderConfig holds what a Sender depends on.
type SenderConfig struct {
	Outbox    Outbox           // required
	Messenger Messenger        // nil when there is no token: only Console deliveries go out
	Console   io.Writer        // where Console deliveries are printed; default os.Stdout
	Clock     func() time.Time // default time.Now; rate limits and retry times are read from it
	// Sleep waits d on Clock's time; default a timer. A test clock makes it move the clock instead.
	Sleep  func(ctx context.Context, d time.Duration) error
	Logger *slog.Logger // default: discard
	Limits Limits
	// Lang gives a chat's message language (ru, kk, en); nil or "" means DefaultLang.
	Lang func(chat string) string
	// ChatGone is told, once per chat, that Telegram refused it for good (blocked, kicked, not found):
	// the bot tells the admins and leaves the chat out of routing. May be nil.
	ChatGone func(chat, reason string)
	// Moved is told that a chat is known under a new id (a supergroup, an @channel's id). May be nil.
	Moved     func(old, new string)
	StopGrace time.Duration // default DefaultStopGrace
	// RateLimited is told of every 429 Telegram answers, for /metrics. May be nil.
	RateLimited func()
}

// Sender drains the outbox: every chat has a lane, lanes are taken in turn one message at a time, and
// replies to commands go ahead of every lane. A delivery leaves the outbox only once Telegram has
// accepted every part of it.
type Sender struct {
	out     Outbox
	msg     Messenger
	console io.Writer
	clock   func() time.Time
	sleep   func(ctx context.Context, d time.Duration) error
	log     *slog.Logger
	lim     Limits
	lang    func(string) string
	gone    func(chat, reason string)
	moved   func(old, new string)
	grace   time.Duration
	wake    chan struct{}
	// onRateLimited is SenderConfig.RateLimited.
	onRateLimited func()
	rescan        atomic.Bool
	replyMu       sync.Mutex
	replies       []Reply
	replySeq      uint64

	mu         sync.Mutex // one Run or Flush at a time; guards everything below
	global     *rate.Limiter
	limiters   map[string]*chatLimit
	lanes      map[string]*lane
	order      []string // lanes in turn; order[head:] is the ring
	head       int
	seen       uint64          // highest outbox id read by After
	lastScan   time.Time       // when After last ran
	unrecorded map[uint64]bool // sent but not recorded as delivered: never sent again by this process
	plain      map[uint64]bool // deliveries Telegram could not parse: sent as plain text
	renders    map[renderKey][]Part
	noToken    bool                 // the "no token" warning was logged
	unresolved map[string]time.Time // @channels whose id could not be learnt: sent to by name until then
}

type chatLimit struct {
	chat, group *rate.Limiter // group is nil for private chats
}

// lane is one chat's queue as the sender holds it: the first deliveries of the chat in id order.
type lane struct {
	chat        string
	queue       []agrowatch.Delivery
	more        bool   // the outbox holds more of the lane after last
	last        uint64 // highest id held or read for this lane
	inOrder     bool
	pausedUntil time.Time // flood control (429)
}

type renderKey struct {
	alert uint64
	lang  string
}

// Reply is a message the bot answers a command with. It is not stored: it goes ahead of every alert
// and is lost if agrowatch stops before sending it, as a command's answer may be.
type Reply struct {
	Chat     string
	HTML     string
	Keyboard Keyboard
	seq      uint64
}

// NewSender builds a Sender. It does nothing until Run or Flush is called.
func NewSender(c SenderConfig) *Sender {
	s := &Sender{
		out:           c.Outbox,
		msg:           c.Messenger,
		console:       c.Console,
		clock:         c.Clock,
		sleep:         c.Sleep,
		log:           c.Logger,
		lim:           c.Limits.withDefaults(),
		lang:          c.Lang,
		gone:          c.ChatGone,
		moved:         c.Moved,
		grace:         c.StopGrace,
		onRateLimited: c.RateLimited,
		wake:          make(chan struct{}, 1),
		limiters:      map[string]*chatLimit{},
		lanes:         map[string]*lane{},
		unrecorded:    map[uint64]bool{},
		plain:         map[uint64]bool{},
		renders:       map[renderKey][]Part{},
		unresolved:    map[string]time.Time{},
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
	if s.grace <= 0 {
		s.grace = DefaultStopGrace
	}
	s.global = rate.NewLimiter(s.lim.Global, globalBurst)
	s.rescan.Store(true)
	return s
}

// Notify wakes Run: deliveries were just queued. It never blocks.
func (s *Sender) Notify() {
	s.rescan.Store(true)
	s.poke()
}

func (s *Sender) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Reply queues a message ahead of every alert: the answer to a command, a digest. It never blocks.
func (s *Sender) Reply(r Reply) {
	s.replyMu.Lock()
	s.replySeq++
	r.seq = s.replySeq
	s.replies = append(s.replies, r)
	s.replyMu.Unlock()
	s.poke()
}

// Run sends until ctx ends, waking on Notify, Reply, the poll interval, and when a waiting chat may go
// again. A request in flight when ctx ends is let finish (within StopGrace) and its outcome recorded.
// Run returns nil once ctx ends, and an error when the outbox cannot be read or written: going on
// would send messages it cannot record, again and again. Run and Flush do not overlap.
func (s *Sender) Run(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.recordUnrecorded(); err != nil {
		return err
	}
	for ctx.Err() == nil {
		if err := s.scan(false); err != nil {
			return err
		}
		st, err := s.step(ctx)
		if err != nil {
			return err
		}
		if st.worked {
			continue
		}
		wait := s.lim.Poll
		if at := st.wakeAt(); !at.IsZero() {
			wait = min(wait, max(at.Sub(s.clock()), time.Millisecond))
		}
		s.wait(ctx, wait)
	}
	return nil
}

// wait sleeps d, or until Notify, Reply or ctx.
func (s *Sender) wait(ctx context.Context, d time.Duration) {
	if s.sleep != nil {
		// A test clock: wake-ups are seen on the next round, the clock moves at once.
		select {
		case <-s.wake:
		default:
			_ = s.sleep(ctx, d)
		}
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-s.wake:
	case <-t.C:
	}
}

// Flush sends every reply and every delivery due now, waiting for the rate limiters but not for
// retries or flood control, and returns. It returns an error wrapping ErrUndelivered when deliveries
// stay queued for a temporary reason (a retry was scheduled, a chat is paused); deliveries held only
// because there is no token do not count. With a clock that does not move, rate limits must be
// rate.Inf.
func (s *Sender) Flush(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.recordUnrecorded(); err != nil {
		return err
	}
	if err := s.scan(true); err != nil {
		return err
	}
	for {
		if ctx.Err() != nil {
			return fmt.Errorf("notify: flush: %w", ctx.Err())
		}
		st, err := s.step(ctx)
		if err != nil {
			return err
		}
		if st.worked {
			continue
		}
		if st.limited.IsZero() {
			break
		}
		d := max(st.limited.Sub(s.clock()), time.Millisecond)
		if s.sleep != nil {
			_ = s.sleep(ctx, d)
			continue
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("notify: flush: %w", ctx.Err())
		case <-t.C:
		}
	}
	pending, first, reason := 0, uint64(0), ""
	for _, ln := range s.lanes {
		for _, d := range ln.queue {
			if d.LastErr == noTokenReason {
				continue
			}
			pending++
			if first == 0 || d.ID < first {
				first, reason = d.ID, d.LastErr
			}
		}
	}
	if pending > 0 {
		if reason == "" {
			reason = "waiting"
		}
		return fmt.Errorf("%w: %d not sent yet (delivery %d: %s)", ErrUndelivered, pending, first, reason)
	}
	return nil
}

// stepResult says what one step did, or when there may be work again.
type stepResult struct {
	worked  bool
	limited time.Time // earliest time a rate limiter lets a waiting message go
	later   time.Time // earliest retry or end of a pause
}

func (r stepResult) wakeAt() time.Time { return earliest(r.limited, r.later) }

func earliest(a, b time.Time) time.Time {
	switch {
	case a.IsZero():
		return b
	case b.IsZero() || a.Before(b):
		return a
	}
	return b
}

// scan reads what was queued since the last scan into the lanes. It reads only new ids, so a long
// queue is decoded once, not once per pass.
func (s *Sender) scan(force bool) error {
	now := s.clock()
	if !force && !s.rescan.Load() && now.Sub(s.lastScan) < s.lim.Poll {
		return nil
	}
	s.rescan.Store(false)
	s.lastScan = now
	for {
		rd, err := s.out.After(s.seen, s.lim.Batch)
		if err != nil {
			return fmt.Errorf("notify: read the outbox: %w", err)
		}
		s.setAside(rd.SetAside)
		for _, d := range rd.Deliveries {
			s.place(d)
		}
		if rd.Last > s.seen {
			s.seen = rd.Last
		}
		if !rd.More {
			return nil
		}
	}
}

func (s *Sender) setAside(bad []store.SetAside) {
	for _, b := range bad {
		s.log.Error("notify: unreadable outbox value set aside; the other deliveries go on",
			slog.Uint64("delivery", b.ID), slog.String("reason", b.Reason))
	}
}

// place puts a delivery read from the outbox into its chat's lane, unless the lane holds enough: then
// the lane is refilled from the outbox in order when it runs short.
func (s *Sender) place(d agrowatch.Delivery) {
	if s.unrecorded[d.ID] {
		return
	}
	ln := s.laneOf(d.Chat)
	if d.ID <= ln.last {
		return
	}
	if ln.more || len(ln.queue) >= s.lim.PerLane {
		ln.more = true
		return
	}
	ln.queue = append(ln.queue, d)
	ln.last = d.ID
	s.enlist(ln)
}

func (s *Sender) laneOf(chat string) *lane {
	ln, ok := s.lanes[chat]
	if !ok {
		ln = &lane{chat: chat}
		s.lanes[chat] = ln
	}
	return ln
}

func (s *Sender) enlist(ln *lane) {
	if !ln.inOrder {
		ln.inOrder = true
		s.order = append(s.order, ln.chat)
	}
}

// refill reads the next deliveries of a lane from the outbox.
func (s *Sender) refill(ln *lane) error {
	rd, err := s.out.Lane(ln.chat, ln.last, s.lim.PerLane)
	if err != nil {
		return fmt.Errorf("notify: read the outbox of chat %s: %w", ln.chat, err)
	}
	s.setAside(rd.SetAside)
	ln.more = rd.More
	for _, d := range rd.Deliveries {
		if !s.unrecorded[d.ID] {
			ln.queue = append(ln.queue, d)
		}
	}
	if rd.Last > ln.last {
		ln.last = rd.Last
	}
	return nil
}

// step sends at most one message: the first reply that may go, else the head of the next lane in turn
// that may go.
func (s *Sender) step(ctx context.Context) (stepResult, error) {
	var st stepResult
	now := s.clock()
	if at := readyAt(s.global, now); at.After(now) {
		st.limited = at
		return st, nil
	}
	if r, at, ok := s.nextReply(now); ok {
		s.sendReply(ctx, r)
		st.worked = true
		return st, nil
	} else if !at.IsZero() {
		st.limited = at
	}
	for n := len(s.order) - s.head; n > 0; n-- {
		chat := s.order[s.head]
		s.head++
		ln := s.lanes[chat]
		if ln == nil || ln.chat != chat {
			continue
		}
		if len(ln.queue) == 0 && ln.more {
			if err := s.refill(ln); err != nil {
				return st, err
			}
		}
		if len(ln.queue) == 0 && !ln.more {
			ln.inOrder = false
			delete(s.lanes, chat)
			continue
		}
		s.order = append(s.order, chat) // back of the ring, whatever happens now
		if len(ln.queue) == 0 {
			continue
		}
		d := &ln.queue[0]
		if at := earliest(ln.pausedUntil, d.NotAfter); at.After(now) {
			st.later = earliest(st.later, at)
			continue
		}
		if d.Chat != agrowatch.Console && s.msg != nil {
			if at := s.chatReady(d.Chat, now); at.After(now) {
				st.limited = earliest(st.limited, at)
				continue
			}
		}
		s.compact()
		st.worked = true
		return st, s.deliver(ctx, ln)
	}
	s.compact()
	return st, nil
}

// compact drops the served part of the ring now and then, keeping it linear.
func (s *Sender) compact() {
	if s.head > 1024 && s.head > len(s.order)/2 {
		s.order = append(s.order[:0], s.order[s.head:]...)
		s.head = 0
	}
}

// readyAt is when lim lets one message go.
func readyAt(lim *rate.Limiter, now time.Time) time.Time {
	if lim.Limit() == rate.Inf {
		return now
	}
	tokens := lim.TokensAt(now)
	if tokens >= 1 {
		return now
	}
	if lim.Limit() <= 0 {
		return now.Add(time.Hour)
	}
	// A millisecond over, so that the limiter, which rounds, surely holds a whole token then.
	return now.Add(time.Duration((1-tokens)/float64(lim.Limit())*float64(time.Second)) + time.Millisecond)
}

func (s *Sender) chatLimit(chat string) *chatLimit {
	cl, ok := s.limiters[chat]
	if !ok {
		cl = &chatLimit{chat: rate.NewLimiter(s.lim.Chat, chatBurst)}
		if strings.HasPrefix(chat, "-") || strings.HasPrefix(chat, "@") {
			cl.group = rate.NewLimiter(s.lim.Group, groupBurst)
		}
		s.limiters[chat] = cl
	}
	return cl
}

func (s *Sender) chatReady(chat string, now time.Time) time.Time {
	cl := s.chatLimit(chat)
	at := readyAt(cl.chat, now)
	if cl.group != nil {
		if g := readyAt(cl.group, now); g.After(at) {
			at = g
		}
	}
	return at
}

// take spends one message of every limiter the chat is under; step checked that they allow it now.
func (s *Sender) take(chat string, now time.Time) {
	s.global.AllowN(now, 1)
	cl := s.chatLimit(chat)
	cl.chat.AllowN(now, 1)
	if cl.group != nil {
		cl.group.AllowN(now, 1)
	}
}

func (s *Sender) nextReply(now time.Time) (Reply, time.Time, bool) {
	s.replyMu.Lock()
	defer s.replyMu.Unlock()
	var wait time.Time
	for i, r := range s.replies {
		if s.msg == nil {
			break
		}
		if at := s.chatReady(r.Chat, now); at.After(now) {
			wait = earliest(wait, at)
			continue
		}
		s.replies = append(s.replies[:i:i], s.replies[i+1:]...)
		return r, time.Time{}, true
	}
	return Reply{}, wait, false
}

// sendReply sends one reply. A reply that fails is logged and forgotten: the user asks again.
func (s *Sender) sendReply(ctx context.Context, r Reply) {
	s.take(r.Chat, s.clock())
	sctx, done := s.inFlight(ctx)
	defer done()
	var err error
	if ks, ok := s.msg.(KeyboardSender); ok {
		err = ks.SendReply(sctx, r.Chat, r.HTML, r.Keyboard)
	} else {
		err = s.msg.Send(sctx, r.Chat, r.HTML)
	}
	var retry *RetryAfterError
	if errors.As(err, &retry) {
		s.rateLimited()
		s.chatLimitPause(r.Chat, retry.After)
	}
	if err != nil {
		s.log.Warn("notify: reply not sent", slog.String("chat", r.Chat), slog.Any("err", err))
	}
}

// chatLimitPause keeps the chat's lane from sending until a 429's retry_after has passed.
func (s *Sender) chatLimitPause(chat string, after time.Duration) {
	ln := s.laneOf(chat)
	ln.pausedUntil = s.clock().Add(after)
}

// inFlight is the context of one request: it outlives ctx by the stop grace, so that a message being
// accepted when the daemon stops is accepted and recorded instead of cut and sent again later.
func (s *Sender) inFlight(ctx context.Context) (context.Context, func()) {
	c, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var timer atomic.Pointer[time.Timer]
	stop := context.AfterFunc(ctx, func() { timer.Store(time.AfterFunc(s.grace, cancel)) })
	return c, func() {
		stop()
		if t := timer.Load(); t != nil {
			t.Stop()
		}
		cancel()
	}
}

func (s *Sender) render(d agrowatch.Delivery, lang string) (p []Part, err error) {
	k := renderKey{d.AlertID, lang}
	if d.AlertID != 0 {
		if p, ok := s.renders[k]; ok {
			return p, nil
		}
	}
	if err := unpanic(func() { p = Render(d.Alert, lang) }); err != nil {
		return nil, err
	}
	if d.AlertID != 0 {
		if len(s.renders) > 512 {
			clear(s.renders)
		}
		s.renders[k] = p
	}
	return p, nil
}

func (s *Sender) rateLimited() {
	if s.onRateLimited != nil {
		s.onRateLimited()
	}
}

// unpanic runs f and turns a panic in it into an error. A rendering that panics on one alert must not
// stop the daemon, nor stop it again after every restart: that delivery is dropped, the others go on.
func unpanic(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("notify: rendering panicked: %v", p)
		}
	}()
	f()
	return nil
}

func (s *Sender) langOf(chat string) string {
	if s.lang == nil {
		return DefaultLang
	}
	return NormLang(s.lang(chat))
}

// pop removes the head of a lane.
func (ln *lane) pop() { ln.queue = ln.queue[1:] }

// noTokenReason is the LastErr of deliveries that wait for a token.
const noTokenReason = "no Telegram token configured"

// deliver sends the next part of the lane's head and records the outcome. It returns an error only when
// the outbox fails.
func (s *Sender) deliver(ctx context.Context, ln *lane) error {
	d := &ln.queue[0]
	switch {
	case d.Chat == agrowatch.Console:
		return s.toConsole(ln)
	case s.msg == nil:
		return s.park(ln)
	case strings.HasPrefix(d.Chat, "@") && !s.clock().Before(s.unresolved[d.Chat]):
		if r, ok := s.msg.(Resolver); ok {
			return s.resolve(ctx, ln, r)
		}
	}

	parts, err := s.render(*d, s.langOf(d.Chat))
	if err != nil {
		return s.drop(ln, err.Error())
	}
	i := d.Sent
	if i >= len(parts) {
		return s.delivered(ln, len(parts))
	}
	text := parts[i].HTML
	if s.plain[d.ID] {
		text = html.EscapeString(parts[i].Plain)
	}
	s.take(d.Chat, s.clock())
	sctx, done := s.inFlight(ctx)
	err = s.msg.Send(sctx, d.Chat, text)
	cut := sctx.Err() != nil
	done()
	if err == nil {
		if i+1 < len(parts) {
			// Held here first: whatever the outbox says, this process does not send that part again.
			d.Sent = i + 1
			if err := s.out.Progress(d.ID, i+1); err != nil {
				return fmt.Errorf("notify: record progress of delivery %d: %w", d.ID, err)
			}
			return nil
		}
		return s.delivered(ln, len(parts))
	}
	if cut && ctx.Err() != nil {
		return nil // cut at the end of the stop grace: that part may have gone out or not; it is sent again
	}

	var (
		retry *RetryAfterError
		moved *MigratedError
		parse *ParseError
		perm  *PermanentError
	)
	switch {
	case errors.As(err, &retry):
		s.rateLimited()
		until := s.clock().Add(retry.After)
		ln.pausedUntil = until
		s.log.Warn("notify: flood control, chat paused",
			slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Duration("retry_after", retry.After))
		return s.retry(ln, until, err)
	case errors.As(err, &moved):
		s.log.Info("notify: group became a supergroup, chat moved",
			slog.String("chat", d.Chat), slog.String("new_chat", moved.NewChat))
		return s.move(ln, moved.NewChat)
	case errors.As(err, &parse) && !s.plain[d.ID]:
		s.log.Warn("notify: Telegram could not parse the message, sending it as plain text",
			slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("part", i+1), slog.Any("err", err))
		s.plain[d.ID] = true
		return nil
	case errors.As(err, &perm) && perm.ChatGone:
		return s.chatGone(ln, err.Error())
	case errors.As(err, &perm) || errors.As(err, &parse):
		return s.drop(ln, err.Error())
	default:
		at := s.clock().Add(s.backoff(d.Attempts))
		s.log.Warn("notify: send failed, will retry",
			slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("attempts", d.Attempts+1),
			slog.Time("next_attempt", at), slog.Any("err", err))
		return s.retry(ln, at, err)
	}
}

// resolveRetry is how long a channel whose id could not be learnt is sent to by name before getChat
// is asked again.
const resolveRetry = time.Hour

// resolve learns an @channel's numeric id and moves its queue there, so that the channel named both
// ways in the configuration is one chat.
func (s *Sender) resolve(ctx context.Context, ln *lane, r Resolver) error {
	chat := ln.chat
	sctx, done := s.inFlight(ctx)
	id, err := r.ChatID(sctx, chat)
	done()
	var perm *PermanentError
	switch {
	case errors.As(err, &perm) && perm.ChatGone:
		return s.chatGone(ln, err.Error())
	case err != nil || id == "" || id == chat:
		if ctx.Err() == nil {
			s.log.Warn("notify: cannot learn the channel's id; sending to it by name", slog.String("chat", chat), slog.Any("err", err))
			s.unresolved[chat] = s.clock().Add(resolveRetry)
		}
		return nil
	}
	s.log.Info("notify: channel known by its id", slog.String("chat", chat), slog.String("id", id))
	return s.move(ln, id)
}

// move points a lane at its chat's new id, in the outbox and here.
func (s *Sender) move(ln *lane, to string) error {
	from := ln.chat
	if err := s.out.MoveChat(from, to); err != nil {
		return fmt.Errorf("notify: move chat %s to %s: %w", from, to, err)
	}
	if s.moved != nil {
		s.moved(from, to)
	}
	// The new lane is read again from the outbox, which now holds both chats' deliveries in id order.
	delete(s.lanes, from)
	ln.inOrder = false
	nl := s.laneOf(to)
	nl.queue, nl.more, nl.last = nil, true, 0
	if ln.pausedUntil.After(nl.pausedUntil) {
		nl.pausedUntil = ln.pausedUntil
	}
	s.enlist(nl)
	return nil
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

func (s *Sender) retry(ln *lane, at time.Time, cause error) error {
	d := &ln.queue[0]
	if err := s.out.Retry(d.ID, at, cause.Error()); err != nil {
		return fmt.Errorf("notify: record retry of delivery %d: %w", d.ID, err)
	}
	d.Attempts++
	d.NotAfter = at
	d.LastErr = cause.Error()
	return nil
}

func (s *Sender) delivered(ln *lane, parts int) error {
	d := ln.queue[0]
	ln.pop()
	delete(s.plain, d.ID)
	if err := s.out.Delivered(d.ID); err != nil {
		// Telegram has it: this process never sends it again, whatever the outbox says next.
		s.unrecorded[d.ID] = true
		return fmt.Errorf("notify: record delivery %d: %w", d.ID, err)
	}
	s.log.Debug("notify: delivered", slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("parts", parts))
	return nil
}

// recordUnrecorded records the deliveries a failed write left sent but queued.
func (s *Sender) recordUnrecorded() error {
	for id := range s.unrecorded {
		if err := s.out.Delivered(id); err != nil && !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("notify: record delivery %d: %w", id, err)
		}
		delete(s.unrecorded, id)
	}
	return nil
}

func (s *Sender) drop(ln *lane, reason string) error {
	d := ln.queue[0]
	s.log.Error("notify: delivery dropped",
		slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.String("url", d.Alert.URL),
		slog.String("reason", reason))
	ln.pop()
	delete(s.plain, d.ID)
	if err := s.out.Drop(d.ID, reason); err != nil {
		return fmt.Errorf("notify: drop delivery %d: %w", d.ID, err)
	}
	return nil
}

// chatGone drops everything queued for a chat Telegram refuses and leaves the chat out, saying so once.
func (s *Sender) chatGone(ln *lane, reason string) error {
	d := ln.queue[0]
	was, n, err := s.out.ChatGone(d.ID, ln.chat, reason)
	if err != nil {
		return fmt.Errorf("notify: record that chat %s is unreachable: %w", ln.chat, err)
	}
	delete(s.lanes, ln.chat)
	ln.inOrder = false
	for _, q := range ln.queue {
		delete(s.plain, q.ID)
	}
	if was {
		s.log.Error("notify: chat unreachable; it gets nothing until it is reachable again",
			slog.String("chat", ln.chat), slog.Int("dropped", n), slog.String("reason", reason))
		if s.gone != nil {
			s.gone(ln.chat, reason)
		}
	} else {
		s.log.Debug("notify: chat still unreachable", slog.String("chat", ln.chat), slog.Int("dropped", n))
	}
	return nil
}

// park puts a delivery for a Telegram chat back while there is no token: it waits for one.
func (s *Sender) park(ln *lane) error {
	d := &ln.queue[0]
	if !s.noToken {
		s.noToken = true
		s.log.Warn("notify: no Telegram token configured; deliveries to Telegram chats stay queued",
			slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID))
	}
	at := s.clock().Add(s.lim.NoToken)
	if err := s.out.Retry(d.ID, at, noTokenReason); err != nil {
		return fmt.Errorf("notify: record retry of delivery %d: %w", d.ID, err)
	}
	d.NotAfter, d.LastErr = at, noTokenReason
	return nil
}

// toConsole prints the lane's deliveries that are due, at most the lane's PerLane, in one write, and
// records them delivered in one transaction: a console takes alerts as fast as the disk records them,
// and a transaction each (two fdatasyncs) made run -once print the last hundred alerts of a pass a
// fifth of a second after its last page. A crash between the write and the record prints that write's
// alerts again, as a Telegram message in flight is sent again. A delivery whose rendering panics is
// dropped, alone.
func (s *Sender) toConsole(ln *lane) error {
	now := s.clock()
	var b strings.Builder
	n := 0
	for _, d := range ln.queue {
		if n > 0 && d.NotAfter.After(now) {
			break // a retry's: the head's own time was asked by step
		}
		var text string
		if err := unpanic(func() { text = consoleText(d.Alert, s.langOf(d.Chat)) }); err != nil {
			if n == 0 {
				return s.drop(ln, err.Error())
			}
			break // dropped when it heads the lane
		}
		b.WriteString(text)
		n++
	}
	if err := writeConsole(s.console, b.String()); err != nil {
		return s.retry(ln, s.clock().Add(s.backoff(ln.queue[0].Attempts)), err)
	}
	return s.deliveredMany(ln, n)
}

// deliveredMany records the first n deliveries of the lane, each a message of one part, delivered.
func (s *Sender) deliveredMany(ln *lane, n int) error {
	ds := ln.queue[:n]
	ln.queue = ln.queue[n:]
	ids := make([]uint64, n)
	for i, d := range ds {
		ids[i] = d.ID
		delete(s.plain, d.ID)
	}
	if err := s.out.Delivered(ids...); err != nil {
		for _, id := range ids {
			s.unrecorded[id] = true // printed: this process never prints them again
		}
		return fmt.Errorf("notify: record deliveries %d–%d: %w", ids[0], ids[n-1], err)
	}
	for _, d := range ds {
		s.log.Debug("notify: delivered", slog.String("chat", d.Chat), slog.Uint64("delivery", d.ID), slog.Int("parts", 1))
	}
	return nil
}
