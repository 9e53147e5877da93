// Package telegramtest is a fake Telegram Bot API on httptest for tests: it answers getMe,
// sendMessage, getUpdates (queued messages and callback queries), answerCallbackQuery,
// editMessageText, setMyCommands, getChat, getChatMember and deleteWebhook with real-shaped JSON,
// checks HTML the way Telegram does, and fails requests on demand the way Telegram does: 429 with
// retry_after, 403 for a chat that blocked or removed the bot, 400 with migrate_to_chat_id, can't parse
// entities, message is not modified, chat not found, 409 while a webhook is set, 500, a failing getMe.
// SetClock stamps every message with the test's clock, so that rate limits are measured on it. Pass
// URL() as the API URL and Token() as the token.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Message is one sendMessage request as the fake received it.
type Message struct {
	Chat                  string // chat_id as sent: "-1001234567890" or "@channel"
	Text                  string
	ParseMode             string
	DisableWebPagePreview bool
	Markup                string    // reply_markup as sent (JSON), "" for none
	MessageID             int       // 0 when the request failed
	At                    time.Time // when the fake received it, on its clock (SetClock)
}

// Buttons returns the callback data of every inline keyboard button of the message, row by row.
func (m Message) Buttons() [][]Button { return parseButtons(m.Markup) }

// Button is one inline keyboard button as sent.
type Button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

func parseButtons(markup string) [][]Button {
	if markup == "" {
		return nil
	}
	var m struct {
		Rows [][]Button `json:"inline_keyboard"`
	}
	if json.Unmarshal([]byte(markup), &m) != nil {
		return nil
	}
	return m.Rows
}

// Edit is one editMessageText request the fake accepted.
type Edit struct {
	Chat      string
	MessageID int
	Text      string
	Markup    string
}

// Buttons returns the edited keyboard's buttons.
func (e Edit) Buttons() [][]Button { return parseButtons(e.Markup) }

// CallbackAnswer is one answerCallbackQuery request.
type CallbackAnswer struct {
	ID   string
	Text string
}

// Server is a fake Bot API. Its methods are safe for concurrent use.
type Server struct {
	srv   *httptest.Server
	token string
	done  chan struct{}

	mu        sync.Mutex
	messages  []Message
	attempts  []Message
	calls     map[string]int
	faults    []fault // for sendMessage
	meFaults  []fault // for getMe
	updates   []update
	nextMsg   int
	nextUpdID int
	changed   chan struct{} // closed and replaced when an update is added

	clock     func() time.Time
	onSend    func(Message)
	methodF   map[string][]fault   // faults of other methods, by method
	chatF     map[string][]fault   // sendMessage faults for one chat
	blocked   map[string]string    // chat → description of the 403 every message to it gets
	usernames map[string]int64     // @channel → id, for getChat
	members   map[string]string    // "<chat>/<user>" → status, for getChatMember
	sent      map[string]sentState // "<chat>/<message id>" → text and markup, for edits
	edits     []Edit
	answers   []CallbackAnswer
	commands  map[string][]map[string]any // language_code → commands
	nextCB    int
	webhook   bool // getUpdates answers 409 while set
}

type sentState struct{ text, markup string }

type fault struct {
	code        int
	description string
	params      map[string]any
}

type update struct {
	id  int
	raw map[string]any
}

// BotID and BotUsername are what getMe answers.
const (
	BotID       = 7000000001
	BotUsername = "agrowatch_test_bot"
)

// New starts a fake Bot API that stops when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		token:     strconv.Itoa(BotID) + ":AAtest-token_for-agrowatch",
		done:      make(chan struct{}),
		calls:     map[string]int{},
		nextMsg:   1,
		nextUpdID: 100,
		changed:   make(chan struct{}),
		clock:     time.Now,
		methodF:   map[string][]fault{},
		chatF:     map[string][]fault{},
		blocked:   map[string]string{},
		usernames: map[string]int64{},
		members:   map[string]string{},
		sent:      map[string]sentState{},
		commands:  map[string][]map[string]any{},
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		close(s.done) // ends pending long polls first: Close waits for them
		s.srv.Close()
	})
	return s
}

// URL is the base URL to configure as the Bot API URL (no trailing slash).
func (s *Server) URL() string { return s.srv.URL }

// Token is the only bot token the fake accepts; any other is answered 401 Unauthorized.
func (s *Server) Token() string { return s.token }

// Messages returns the messages accepted so far, in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Count is len(Messages()) without the copy.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.messages)
}

// Attempts returns every sendMessage request received so far, failed ones included, in order.
func (s *Server) Attempts() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.attempts...)
}

// Calls counts the requests received for a Bot API method ("getMe", "sendMessage", …).
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// FailNext makes the next n sendMessage requests fail with the HTTP status and error_code code, the
// description and, when params is not nil, the response parameters, as Telegram shapes them:
//
//	FailNext(1, 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})
//	FailNext(1, 403, "Forbidden: bot was blocked by the user", nil)
//	FailNext(1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1001234567890)})
//	FailNext(2, 500, "Internal Server Error", nil)
func (s *Server) FailNext(n int, code int, description string, params map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.faults = append(s.faults, fault{code: code, description: description, params: params})
	}
}

// FailGetMe makes the next n getMe requests fail with the HTTP status and error_code code and the
// description, as an outage or a gateway in front of Telegram would:
//
//	FailGetMe(2, 502, "Bad Gateway")
func (s *Server) FailGetMe(n int, code int, description string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.meFaults = append(s.meFaults, fault{code: code, description: description})
	}
}

// AddUpdate queues an update for getUpdates: any value that marshals to a JSON object, such as a
// tgbotapi.Update or a map. An update_id is assigned when it has none. It returns the update_id.
func (s *Server) AddUpdate(u any) int {
	b, err := json.Marshal(u)
	if err != nil {
		panic(fmt.Sprintf("telegramtest: AddUpdate: %v", err))
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		panic(fmt.Sprintf("telegramtest: AddUpdate: not a JSON object: %v", err))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id, _ := raw["update_id"].(float64)
	if id == 0 {
		id = float64(s.nextUpdID)
		raw["update_id"] = s.nextUpdID
	}
	if int(id) >= s.nextUpdID {
		s.nextUpdID = int(id) + 1
	}
	s.updates = append(s.updates, update{id: int(id), raw: raw})
	close(s.changed)
	s.changed = make(chan struct{})
	return int(id)
}

// AddText queues a text message written in chat (a user id when positive, a group when negative), as
// a user would send a command: "/subscribe meat_ban". It returns the update_id.
func (s *Server) AddText(chat int64, text string) int {
	from := chat
	if from < 0 {
		from = 42
	}
	s.mu.Lock()
	msgID := s.nextMsg
	s.nextMsg++
	s.mu.Unlock()
	msg := map[string]any{
		"message_id": msgID,
		"from":       map[string]any{"id": from, "is_bot": false, "first_name": "Test", "username": "test_user", "language_code": "ru"},
		"chat":       s.chatObject(strconv.FormatInt(chat, 10)),
		"date":       time.Now().Unix(),
		"text":       text,
	}
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": utf16Len(cmd)}}
	}
	return s.AddUpdate(map[string]any{"message": msg})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	token, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if !ok || !strings.HasPrefix(r.URL.Path, "/bot") || method == "" {
		writeError(w, http.StatusNotFound, "Not Found", nil)
		return
	}
	s.mu.Lock()
	s.calls[method]++
	s.mu.Unlock()
	if token != s.token {
		writeError(w, http.StatusUnauthorized, "Unauthorized", nil)
		return
	}
	form, err := parseForm(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: "+err.Error(), nil)
		return
	}
	if f := s.methodFault(method); f != nil {
		if f.code == hang {
			<-r.Context().Done() // a request that never gets an answer: the client must give up on its own
			return
		}
		writeError(w, f.code, f.description, f.params)
		return
	}
	switch method {
	case "getMe":
		s.mu.Lock()
		var f *fault
		if len(s.meFaults) > 0 {
			f = &s.meFaults[0]
			s.meFaults = s.meFaults[1:]
		}
		s.mu.Unlock()
		if f != nil {
			writeError(w, f.code, f.description, nil)
			return
		}
		writeResult(w, map[string]any{
			"id": BotID, "is_bot": true, "first_name": "agrowatch test", "username": BotUsername,
			"can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
		})
	case "sendMessage":
		s.sendMessage(w, form)
	case "getUpdates":
		s.getUpdates(w, r, form)
	case "setMyCommands":
		s.setMyCommands(w, form)
	case "answerCallbackQuery":
		s.mu.Lock()
		s.answers = append(s.answers, CallbackAnswer{ID: form.Get("callback_query_id"), Text: form.Get("text")})
		s.mu.Unlock()
		writeResult(w, true)
	case "editMessageText":
		s.editMessageText(w, form)
	case "getChat":
		s.getChat(w, form)
	case "getChatMember":
		s.getChatMember(w, form)
	case "deleteWebhook":
		s.mu.Lock()
		s.webhook = false
		s.mu.Unlock()
		writeResult(w, true)
	case "deleteMyCommands":
		writeResult(w, true)
	default:
		writeError(w, http.StatusNotFound, "Not Found", nil)
	}
}

func (s *Server) sendMessage(w http.ResponseWriter, form url.Values) {
	m := Message{
		Chat:                  form.Get("chat_id"),
		Text:                  form.Get("text"),
		ParseMode:             form.Get("parse_mode"),
		DisableWebPagePreview: form.Get("disable_web_page_preview") == "true",
		Markup:                form.Get("reply_markup"),
	}
	s.mu.Lock()
	m.At = s.clock()
	s.attempts = append(s.attempts, m)
	var f *fault
	if q := s.chatF[m.Chat]; len(q) > 0 {
		f = &q[0]
		s.chatF[m.Chat] = q[1:]
	} else if len(s.faults) > 0 {
		f = &s.faults[0]
		s.faults = s.faults[1:]
	} else if desc, ok := s.blocked[m.Chat]; ok {
		f = &fault{code: http.StatusForbidden, description: desc}
	}
	s.mu.Unlock()

	if f != nil {
		writeError(w, f.code, f.description, f.params)
		return
	}
	if m.Chat == "" {
		writeError(w, http.StatusBadRequest, "Bad Request: chat_id is empty", nil)
		return
	}
	if _, err := strconv.ParseInt(m.Chat, 10, 64); err != nil && !strings.HasPrefix(m.Chat, "@") {
		writeError(w, http.StatusBadRequest, "Bad Request: chat not found", nil)
		return
	}
	length := utf16Len(m.Text)
	switch strings.ToLower(m.ParseMode) {
	case "html":
		n, err := CheckHTML(m.Text)
		if err != nil {
			writeError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error(), nil)
			return
		}
		length = n
	case "":
	default:
		// MarkdownV2 and Markdown are not checked: agrowatch sends HTML.
	}
	if strings.TrimSpace(m.Text) == "" {
		writeError(w, http.StatusBadRequest, "Bad Request: message text is empty", nil)
		return
	}
	if length > MaxMessageLen {
		writeError(w, http.StatusBadRequest, "Bad Request: message is too long", nil)
		return
	}

	s.mu.Lock()
	m.MessageID = s.nextMsg
	s.nextMsg++
	s.messages = append(s.messages, m)
	s.sent[m.Chat+"/"+strconv.Itoa(m.MessageID)] = sentState{m.Text, m.Markup}
	hook := s.onSend
	s.mu.Unlock()
	if hook != nil {
		hook(m)
	}
	writeResult(w, map[string]any{
		"message_id": m.MessageID,
		"from":       map[string]any{"id": BotID, "is_bot": true, "first_name": "agrowatch test", "username": BotUsername},
		"chat":       s.chatObject(m.Chat),
		"date":       time.Now().Unix(),
		"text":       m.Text, // Telegram answers the text without markup; tests read Messages() instead
	})
}

// SetClock makes the fake read the time from now: Message.At is stamped with it, so that a test
// measures rate limits on the clock the sender waits on, not on the wall.
func (s *Server) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clock = now
}

// OnSend calls fn with every message accepted, after it is recorded and before it is answered.
func (s *Server) OnSend(fn func(Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onSend = fn
}

// FailChat makes the next n sendMessage requests to chat fail as FailNext describes.
func (s *Server) FailChat(chat string, n int, code int, description string, params map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.chatF[chat] = append(s.chatF[chat], fault{code: code, description: description, params: params})
	}
}

// FailMethod makes the next n requests of a method other than sendMessage and getMe (getUpdates,
// getChat, editMessageText, …) fail as FailNext describes.
func (s *Server) FailMethod(method string, n int, code int, description string, params map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.methodF[method] = append(s.methodF[method], fault{code: code, description: description, params: params})
	}
}

// hang is the code of a fault that answers nothing until the client goes away.
const hang = 0

// HangMethod makes the next n calls of method (getUpdates, say) hang: no answer at all, until the
// client's timeout or context ends the request, as a Bot API behind a stuck proxy does.
func (s *Server) HangMethod(method string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.methodF[method] = append(s.methodF[method], fault{code: hang})
	}
}

func (s *Server) methodFault(method string) *fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.methodF[method]
	if len(q) == 0 {
		return nil
	}
	s.methodF[method] = q[1:]
	return &q[0]
}

// Block makes every message to chat fail with 403 "Forbidden: bot was blocked by the user" (a private
// chat) or "Forbidden: bot was kicked from the channel chat" (any other), until Unblock.
func (s *Server) Block(chat string) {
	desc := "Forbidden: bot was blocked by the user"
	if strings.HasPrefix(chat, "-") || strings.HasPrefix(chat, "@") {
		desc = "Forbidden: bot was kicked from the channel chat"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blocked[chat] = desc
	s.members[chat+"/"+strconv.Itoa(BotID)] = "kicked"
}

// Unblock undoes Block.
func (s *Server) Unblock(chat string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.blocked, chat)
	delete(s.members, chat+"/"+strconv.Itoa(BotID))
}

// AddChannel makes getChat know @name as the chat id.
func (s *Server) AddChannel(name string, id int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.usernames[name] = id
}

// SetMember sets what getChatMember answers for user in chat: creator, administrator, member, left,
// kicked. Unset: "member" (the bot itself: "administrator").
func (s *Server) SetMember(chat string, user int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[chat+"/"+strconv.FormatInt(user, 10)] = status
}

// Edits returns the editMessageText requests accepted so far.
func (s *Server) Edits() []Edit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Edit(nil), s.edits...)
}

// Answers returns the answerCallbackQuery requests received so far.
func (s *Server) Answers() []CallbackAnswer {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]CallbackAnswer(nil), s.answers...)
}

// Commands returns the commands last registered for a language_code ("" for the default list), as
// "name: description".
func (s *Server) Commands(lang string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, c := range s.commands[lang] {
		out = append(out, fmt.Sprintf("%v: %v", c["command"], c["description"]))
	}
	return out
}

// AddCallback queues a callback query: user pressed the button with data under message messageID in
// chat. It returns the update_id.
func (s *Server) AddCallback(chat, user int64, messageID int, data string) int {
	s.mu.Lock()
	s.nextCB++
	id := "cb" + strconv.Itoa(s.nextCB)
	s.mu.Unlock()
	return s.AddUpdate(map[string]any{"callback_query": map[string]any{
		"id":   id,
		"from": map[string]any{"id": user, "is_bot": false, "first_name": "Test", "language_code": "ru"},
		"message": map[string]any{
			"message_id": messageID,
			"from":       map[string]any{"id": BotID, "is_bot": true, "first_name": "agrowatch test", "username": BotUsername},
			"chat":       s.chatObject(strconv.FormatInt(chat, 10)),
			"date":       time.Now().Unix(),
			"text":       "…",
		},
		"chat_instance": "ci" + strconv.FormatInt(chat, 10),
		"data":          data,
	}})
}

// AddTextFrom queues a text message written by user in chat (a group's member, say).
func (s *Server) AddTextFrom(chat, user int64, text string) int {
	s.mu.Lock()
	msgID := s.nextMsg
	s.nextMsg++
	s.mu.Unlock()
	msg := map[string]any{
		"message_id": msgID,
		"from":       map[string]any{"id": user, "is_bot": false, "first_name": "Test", "language_code": "ru"},
		"chat":       s.chatObject(strconv.FormatInt(chat, 10)),
		"date":       time.Now().Unix(),
		"text":       text,
	}
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": utf16Len(cmd)}}
	}
	return s.AddUpdate(map[string]any{"message": msg})
}

func (s *Server) setMyCommands(w http.ResponseWriter, form url.Values) {
	var cmds []map[string]any
	if err := json.Unmarshal([]byte(form.Get("commands")), &cmds); err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: can't parse commands JSON object", nil)
		return
	}
	for _, c := range cmds {
		name, _ := c["command"].(string)
		desc, _ := c["description"].(string)
		if name == "" || len(name) > 32 || strings.ToLower(name) != name || utf16Len(desc) < 1 || utf16Len(desc) > 256 {
			writeError(w, http.StatusBadRequest, "Bad Request: BOT_COMMAND_INVALID", nil)
			return
		}
	}
	s.mu.Lock()
	s.commands[form.Get("language_code")] = cmds
	s.mu.Unlock()
	writeResult(w, true)
}

func (s *Server) editMessageText(w http.ResponseWriter, form url.Values) {
	e := Edit{Chat: form.Get("chat_id"), Text: form.Get("text"), Markup: form.Get("reply_markup")}
	e.MessageID, _ = strconv.Atoi(form.Get("message_id"))
	if strings.EqualFold(form.Get("parse_mode"), "html") {
		if _, err := CheckHTML(e.Text); err != nil {
			writeError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error(), nil)
			return
		}
	}
	key := e.Chat + "/" + strconv.Itoa(e.MessageID)
	s.mu.Lock()
	prev, ok := s.sent[key]
	if !ok {
		s.mu.Unlock()
		writeError(w, http.StatusBadRequest, "Bad Request: message to edit not found", nil)
		return
	}
	if prev.text == e.Text && prev.markup == e.Markup {
		s.mu.Unlock()
		writeError(w, http.StatusBadRequest, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", nil)
		return
	}
	s.sent[key] = sentState{e.Text, e.Markup}
	s.edits = append(s.edits, e)
	s.mu.Unlock()
	writeResult(w, map[string]any{"message_id": e.MessageID, "chat": s.chatObject(e.Chat), "date": time.Now().Unix(), "text": e.Text})
}

// Sent marks a message as one the bot sent, so that it can be edited (a message from before the test).
func (s *Server) Sent(chat string, messageID int, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent[chat+"/"+strconv.Itoa(messageID)] = sentState{text: text}
}

func (s *Server) getChat(w http.ResponseWriter, form url.Values) {
	chat := form.Get("chat_id")
	if strings.HasPrefix(chat, "@") {
		s.mu.Lock()
		_, ok := s.usernames[chat]
		s.mu.Unlock()
		if !ok {
			writeError(w, http.StatusBadRequest, "Bad Request: chat not found", nil)
			return
		}
	}
	writeResult(w, s.chatObject(chat))
}

func (s *Server) getChatMember(w http.ResponseWriter, form url.Values) {
	chat, user := form.Get("chat_id"), form.Get("user_id")
	s.mu.Lock()
	status, ok := s.members[chat+"/"+user]
	_, blocked := s.blocked[chat]
	s.mu.Unlock()
	if blocked && user == strconv.Itoa(BotID) {
		writeError(w, http.StatusForbidden, "Forbidden: bot is not a member of the channel chat", nil)
		return
	}
	if !ok {
		status = "member"
		if user == strconv.Itoa(BotID) {
			status = "administrator"
		}
	}
	uid, _ := strconv.ParseInt(user, 10, 64)
	writeResult(w, map[string]any{"user": map[string]any{"id": uid, "is_bot": uid == BotID, "first_name": "Test"}, "status": status})
}

// maxLongPoll caps getUpdates' timeout so that tests never hang on a forgotten long poll.
const maxLongPoll = 5 * time.Second

// SetWebhook makes the fake behave as a bot with a webhook: getUpdates fails with 409 until
// deleteWebhook.
func (s *Server) SetWebhook() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.webhook = true
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, form url.Values) {
	s.mu.Lock()
	hooked := s.webhook
	s.mu.Unlock()
	if hooked {
		writeError(w, http.StatusConflict, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", nil)
		return
	}
	offset, _ := strconv.Atoi(form.Get("offset"))
	limit, _ := strconv.Atoi(form.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(form.Get("timeout"))
	wait := min(time.Duration(timeout)*time.Second, maxLongPoll)
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if offset > 0 { // as Telegram does: an offset confirms every update before it
			kept := s.updates[:0]
			for _, u := range s.updates {
				if u.id >= offset {
					kept = append(kept, u)
				}
			}
			s.updates = kept
		}
		var out []map[string]any
		for _, u := range s.updates {
			if len(out) == limit {
				break
			}
			out = append(out, u.raw)
		}
		changed := s.changed
		s.mu.Unlock()

		if len(out) > 0 || wait <= 0 {
			if out == nil {
				out = []map[string]any{}
			}
			writeResult(w, out)
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			wait = 0
		case <-s.done:
			wait = 0
		case <-r.Context().Done():
			return
		}
	}
}

func (s *Server) chatObject(chat string) map[string]any {
	if name, ok := strings.CutPrefix(chat, "@"); ok {
		s.mu.Lock()
		id, known := s.usernames[chat]
		s.mu.Unlock()
		if !known {
			id = -1009999999999
		}
		return map[string]any{"id": id, "type": "channel", "title": name, "username": name}
	}
	id, _ := strconv.ParseInt(chat, 10, 64)
	switch {
	case id > 0:
		return map[string]any{"id": id, "type": "private", "first_name": "Test", "username": "test_user"}
	case strings.HasPrefix(chat, "-100"):
		return map[string]any{"id": id, "type": "supergroup", "title": "Test supergroup"}
	default:
		return map[string]any{"id": id, "type": "group", "title": "Test group", "all_members_are_administrators": true}
	}
}

func parseForm(r *http.Request) (url.Values, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(10 << 20); err != nil {
			return nil, err
		}
		return r.Form, nil
	case "application/json":
		b, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		v := r.URL.Query()
		for k, x := range m {
			if s, ok := x.(string); ok {
				v.Set(k, s)
			} else {
				j, _ := json.Marshal(x)
				v.Set(k, string(j))
			}
		}
		return v, nil
	default:
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		return r.Form, nil
	}
}

func writeResult(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeError(w http.ResponseWriter, code int, description string, params map[string]any) {
	body := map[string]any{"ok": false, "error_code": code, "description": description}
	if params != nil {
		body["parameters"] = params
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(body)
}
