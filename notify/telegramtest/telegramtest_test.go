package telegramtest

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestCheckHTML(t *testing.T) {
	tests := []struct {
		in      string
		n       int
		wantErr string
	}{
		{"plain text", 10, ""},
		{"<b>bold</b> <i>it</i> <u>u</u> <s>s</s> <code>c</code> <pre>p</pre>", 15, ""},
		{`<a href="https://x.kz/?a=1&amp;b=&#34;2&#34;">link</a>`, 4, ""},
		{"<blockquote>q</blockquote><tg-spoiler>s</tg-spoiler><span class=\"tg-spoiler\">s</span>", 3, ""},
		{"&lt;&gt;&amp;&quot;&#34;&#x1F600;", 7, ""},
		{"🌾ж", 3, ""},
		{"<B>upper</B>", 5, ""},
		{"<script>x</script>", 0, `Unsupported start tag "script"`},
		{"<b>open", 0, `Can't find end tag corresponding to start tag "b"`},
		{"<b><i>x</b></i>", 0, "Unmatched end tag"},
		{"x</b>", 0, "Unexpected end tag"},
		{"a < b", 0, "Unclosed start tag"},
		{"a > b", 0, `Unexpected ">"`},
		{"salt & pepper", 0, `Unescaped "&"`},
		{"&nbsp;", 0, "Unsupported HTML entity"},
		{`<a href="x&y">l</a>`, 0, `Unescaped "&"`},
		{`<span>x</span>`, 0, "tg-spoiler"},
		{"bad \xff utf8", 0, "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := CheckHTML(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || n != tt.n {
				t.Errorf("CheckHTML = %d, %v; want %d, nil", n, err, tt.n)
			}
		})
	}
}

func newBot(t *testing.T, s *Server) *tgbotapi.BotAPI {
	t.Helper()
	bot, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return bot
}

func TestServerSendMessage(t *testing.T) {
	s := New(t)
	bot := newBot(t, s)
	if bot.Self.UserName != BotUsername || s.Calls("getMe") != 1 {
		t.Errorf("getMe: %+v, %d calls", bot.Self, s.Calls("getMe"))
	}

	msg := tgbotapi.NewMessage(-1001234567890, "<b>hello</b> &amp; bye")
	msg.ParseMode = tgbotapi.ModeHTML
	sent, err := bot.Send(msg)
	if err != nil {
		t.Fatal(err)
	}
	if sent.MessageID == 0 || sent.Chat.ID != -1001234567890 || sent.Chat.Type != "supergroup" {
		t.Errorf("result = %+v", sent)
	}

	tests := []struct {
		name   string
		text   string
		mode   string
		code   int
		substr string
	}{
		{"broken html", "<b>x", tgbotapi.ModeHTML, 400, "Bad Request: can't parse entities"},
		{"too long", strings.Repeat("ж", MaxMessageLen+1), "", 400, "Bad Request: message is too long"},
		{"too long after entities? no", strings.Repeat("&amp;", MaxMessageLen), tgbotapi.ModeHTML, 0, ""},
		{"too long in UTF-16", strings.Repeat("🌾", MaxMessageLen/2+1), "", 400, "message is too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tgbotapi.NewMessage(42, tt.text)
			m.ParseMode = tt.mode
			_, err := bot.Request(m)
			if tt.code == 0 {
				if err != nil {
					t.Errorf("err = %v, want success", err)
				}
				return
			}
			var e *tgbotapi.Error
			if !errors.As(err, &e) || e.Code != tt.code || !strings.Contains(e.Message, tt.substr) {
				t.Errorf("err = %#v, want %d %q", err, tt.code, tt.substr)
			}
		})
	}
	if n := len(s.Messages()); n != 2 {
		t.Errorf("%d messages accepted, want 2", n)
	}
	if n := len(s.Attempts()); n != 2+len(tests)-1 {
		t.Errorf("%d attempts, want %d", n, 2+len(tests)-1)
	}
}

func TestServerFailNext(t *testing.T) {
	s := New(t)
	bot := newBot(t, s)
	s.FailNext(1, 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})
	s.FailNext(1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1009)})
	s.FailNext(1, 403, "Forbidden: bot was blocked by the user", nil)

	want := []tgbotapi.Error{
		{Code: 429, Message: "Too Many Requests: retry after 1", ResponseParameters: tgbotapi.ResponseParameters{RetryAfter: 1}},
		{Code: 400, Message: "Bad Request: group chat was upgraded to a supergroup chat", ResponseParameters: tgbotapi.ResponseParameters{MigrateToChatID: -1009}},
		{Code: 403, Message: "Forbidden: bot was blocked by the user"},
	}
	for i, w := range want {
		_, err := bot.Request(tgbotapi.NewMessage(1, "x"))
		var e *tgbotapi.Error
		if !errors.As(err, &e) || *e != w {
			t.Errorf("request %d: err = %#v, want %#v", i+1, err, w)
		}
	}
	if _, err := bot.Request(tgbotapi.NewMessage(1, "x")); err != nil {
		t.Errorf("after the faults: %v", err)
	}
	if n := len(s.Messages()); n != 1 {
		t.Errorf("%d messages accepted, want 1", n)
	}
}

func TestServerFailGetMe(t *testing.T) {
	s := New(t)
	s.FailGetMe(2, 502, "Bad Gateway")
	for i := range 2 {
		_, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{Timeout: 5 * time.Second})
		var e *tgbotapi.Error
		if !errors.As(err, &e) || e.Code != 502 || e.Message != "Bad Gateway" {
			t.Errorf("getMe %d: err = %v, want 502 Bad Gateway", i+1, err)
		}
	}
	bot := newBot(t, s)
	if bot.Self.UserName != BotUsername || s.Calls("getMe") != 3 {
		t.Errorf("getMe: %+v, %d calls", bot.Self, s.Calls("getMe"))
	}
	// getMe faults leave sendMessage alone.
	if _, err := bot.Request(tgbotapi.NewMessage(1, "x")); err != nil {
		t.Errorf("sendMessage: %v", err)
	}
}

func TestServerWrongToken(t *testing.T) {
	s := New(t)
	_, err := tgbotapi.NewBotAPIWithClient("1:wrong", s.URL()+"/bot%s/%s", &http.Client{Timeout: 5 * time.Second})
	var e *tgbotapi.Error
	if !errors.As(err, &e) || e.Code != 401 {
		t.Errorf("err = %v, want 401 Unauthorized", err)
	}
}

func TestServerGetUpdates(t *testing.T) {
	s := New(t)
	bot := newBot(t, s)

	first := s.AddText(12345, "/subscribe meat_ban")
	s.AddText(-100777, "hello")
	ups, err := bot.GetUpdates(tgbotapi.UpdateConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ups) != 2 || ups[0].UpdateID != first || ups[1].UpdateID != first+1 {
		t.Fatalf("updates = %+v", ups)
	}
	m := ups[0].Message
	if m == nil || !m.IsCommand() || m.Command() != "subscribe" || m.CommandArguments() != "meat_ban" || m.Chat.ID != 12345 || m.From.ID != 12345 {
		t.Errorf("first update = %+v", m)
	}
	if m := ups[1].Message; m == nil || m.Chat.ID != -100777 || m.Text != "hello" {
		t.Errorf("second update = %+v", m)
	}

	// An offset confirms the updates before it.
	ups, err = bot.GetUpdates(tgbotapi.UpdateConfig{Offset: first + 2})
	if err != nil || len(ups) != 0 {
		t.Fatalf("after confirming: %v, %+v", err, ups)
	}

	// A long poll returns as soon as an update arrives.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(50 * time.Millisecond)
		s.AddUpdate(map[string]any{"message": map[string]any{"message_id": 9, "date": 0, "chat": map[string]any{"id": 5, "type": "private"}, "text": "late"}})
	}()
	start := time.Now()
	ups, err = bot.GetUpdates(tgbotapi.UpdateConfig{Offset: first + 2, Timeout: 5})
	wg.Wait()
	if err != nil || len(ups) != 1 || ups[0].Message.Text != "late" {
		t.Fatalf("long poll: %v, %+v", err, ups)
	}
	// The update came after 50ms; the poll would have lasted 5s. The bound is loose for -race on a
	// loaded machine.
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("long poll took %s", d)
	}
}

// The endpoints the bot uses fail the way Telegram's do.
func TestServerBotEndpoints(t *testing.T) {
	s := New(t)
	bot := newBot(t, s)

	s.AddChannel("@kz_agri", -1007770001)
	c, err := bot.GetChat(tgbotapi.ChatInfoConfig{ChatConfig: tgbotapi.ChatConfig{SuperGroupUsername: "@kz_agri"}})
	if err != nil || c.ID != -1007770001 {
		t.Errorf("getChat = %+v, %v", c, err)
	}
	if _, err := bot.GetChat(tgbotapi.ChatInfoConfig{ChatConfig: tgbotapi.ChatConfig{SuperGroupUsername: "@nobody"}}); !isCode(err, 400, "chat not found") {
		t.Errorf("getChat of an unknown channel: %v", err)
	}

	s.SetMember("-1005", 42, "administrator")
	m, err := bot.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: -1005, UserID: 42}})
	if err != nil || m.Status != "administrator" {
		t.Errorf("getChatMember = %+v, %v", m, err)
	}

	msg := tgbotapi.NewMessage(111, "<b>topics</b>")
	msg.ParseMode = tgbotapi.ModeHTML
	msg.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("✅ Bans", "t:meat_ban")))
	sent, err := bot.Send(msg)
	if err != nil {
		t.Fatal(err)
	}
	if b := s.Messages()[0].Buttons(); len(b) != 1 || b[0][0].Data != "t:meat_ban" {
		t.Errorf("buttons %+v", b)
	}
	edit := tgbotapi.NewEditMessageTextAndMarkup(111, sent.MessageID, "<b>topics</b>", msg.ReplyMarkup.(tgbotapi.InlineKeyboardMarkup))
	edit.ParseMode = tgbotapi.ModeHTML
	if _, err := bot.Request(edit); !isCode(err, 400, "message is not modified") {
		t.Errorf("an edit to the same text: %v", err)
	}
	edit.Text = "<b>topics</b> changed"
	if _, err := bot.Request(edit); err != nil || len(s.Edits()) != 1 {
		t.Errorf("edit: %v, %+v", err, s.Edits())
	}
	edit.Text = "<b>broken"
	if _, err := bot.Request(edit); !isCode(err, 400, "can't parse entities") {
		t.Errorf("a broken edit: %v", err)
	}

	if _, err := bot.Request(tgbotapi.NewCallback("cb1", "Saved")); err != nil || len(s.Answers()) != 1 || s.Answers()[0].Text != "Saved" {
		t.Errorf("answerCallbackQuery: %v, %+v", err, s.Answers())
	}
	cmds := tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "start", Description: "жазылу"})
	cmds.LanguageCode = "kk"
	if _, err := bot.Request(cmds); err != nil || len(s.Commands("kk")) != 1 {
		t.Errorf("setMyCommands: %v, %v", err, s.Commands("kk"))
	}
	if _, err := bot.Request(tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "Start!", Description: "x"})); !isCode(err, 400, "BOT_COMMAND_INVALID") {
		t.Errorf("an invalid command: %v", err)
	}

	s.Block("222")
	if _, err := bot.Send(tgbotapi.NewMessage(222, "hi")); !isCode(err, 403, "blocked by the user") {
		t.Errorf("to a blocked chat: %v", err)
	}
	s.Unblock("222")
	if _, err := bot.Send(tgbotapi.NewMessage(222, "hi")); err != nil {
		t.Errorf("after Unblock: %v", err)
	}

	s.FailMethod("getUpdates", 1, 429, "Too Many Requests: retry after 3", map[string]any{"retry_after": 3})
	if _, err := bot.GetUpdates(tgbotapi.UpdateConfig{}); !isCode(err, 429, "retry after") {
		t.Errorf("a scripted getUpdates fault: %v", err)
	} else if te := err.(*tgbotapi.Error); te.RetryAfter != 3 {
		t.Errorf("retry_after %d", te.RetryAfter)
	}
	s.AddCallback(111, 111, sent.MessageID, "t:meat_ban")
	ups, err := bot.GetUpdates(tgbotapi.UpdateConfig{})
	if err != nil || len(ups) != 1 || ups[0].CallbackQuery == nil || ups[0].CallbackQuery.Data != "t:meat_ban" || ups[0].CallbackQuery.Message.MessageID != sent.MessageID {
		t.Errorf("callback update: %+v, %v", ups, err)
	}
}

func isCode(err error, code int, text string) bool {
	var te *tgbotapi.Error
	return errors.As(err, &te) && te.Code == code && strings.Contains(te.Message, text)
}
