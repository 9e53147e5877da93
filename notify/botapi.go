package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Button is one inline keyboard button: its label and the callback data it sends back.
type Button struct{ Text, Data string }

// Keyboard is an inline keyboard, row by row.
type Keyboard [][]Button

func (k Keyboard) markup() *tgbotapi.InlineKeyboardMarkup {
	if len(k) == 0 {
		return nil
	}
	m := tgbotapi.InlineKeyboardMarkup{InlineKeyboard: [][]tgbotapi.InlineKeyboardButton{}}
	for _, row := range k {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			r = append(r, tgbotapi.NewInlineKeyboardButtonData(b.Text, b.Data))
		}
		m.InlineKeyboard = append(m.InlineKeyboard, r)
	}
	return &m
}

// Command is one bot command as setMyCommands registers it.
type Command struct{ Name, Description string }

// chatRef fills tgbotapi's two ways of naming a chat from agrowatch's one.
func chatRef(chat string) (int64, string, error) {
	if id, err := strconv.ParseInt(chat, 10, 64); err == nil && id != 0 {
		return id, "", nil
	}
	if len(chat) > 1 && strings.HasPrefix(chat, "@") {
		return 0, chat, nil
	}
	return 0, "", &PermanentError{ChatGone: true, Err: fmt.Errorf("notify: invalid chat id %q", chat)}
}

// request sends one Bot API request under ctx and classifies its failure like Send's.
func (t *Telegram) request(ctx context.Context, what string, c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("notify: %s: %w", what, err)
	}
	bot := *t.bot
	bot.Client = ctxClient{ctx: ctx, client: t.client}
	resp, err := bot.Request(c)
	if err != nil {
		return nil, t.classify(ctx, what, err)
	}
	return resp, nil
}

// SendReply sends html with an optional inline keyboard to chat.
func (t *Telegram) SendReply(ctx context.Context, chat, html string, kb Keyboard) error {
	id, name, err := chatRef(chat)
	if err != nil {
		return err
	}
	msg := tgbotapi.MessageConfig{BaseChat: tgbotapi.BaseChat{ChatID: id, ChannelUsername: name}, Text: html,
		ParseMode: tgbotapi.ModeHTML, DisableWebPagePreview: true}
	if m := kb.markup(); m != nil {
		msg.ReplyMarkup = *m
	}
	_, err = t.request(ctx, "send to "+chat, msg)
	return err
}

// Edit replaces the text and keyboard of a message the bot sent. Telegram's "message is not modified"
// (the same text and keyboard again) is not a failure.
func (t *Telegram) Edit(ctx context.Context, chat string, messageID int, html string, kb Keyboard) error {
	id, name, err := chatRef(chat)
	if err != nil {
		return err
	}
	e := tgbotapi.EditMessageTextConfig{BaseEdit: tgbotapi.BaseEdit{ChatID: id, ChannelUsername: name, MessageID: messageID,
		ReplyMarkup: kb.markup()}, Text: html, ParseMode: tgbotapi.ModeHTML, DisableWebPagePreview: true}
	_, err = t.request(ctx, "edit in "+chat, e)
	if err != nil && strings.Contains(strings.ToLower(err.Error()), "message is not modified") {
		return nil
	}
	return err
}

// AnswerCallback answers a callback query, with a short notice when text is not empty.
func (t *Telegram) AnswerCallback(ctx context.Context, id, text string) error {
	_, err := t.request(ctx, "answer callback", tgbotapi.NewCallback(id, text))
	return err
}

// SetCommands registers the bot's command list for users whose Telegram speaks lang ("" for everyone
// else).
func (t *Telegram) SetCommands(ctx context.Context, lang string, cmds []Command) error {
	var bc []tgbotapi.BotCommand
	for _, c := range cmds {
		bc = append(bc, tgbotapi.BotCommand{Command: c.Name, Description: c.Description})
	}
	cfg := tgbotapi.NewSetMyCommands(bc...)
	cfg.LanguageCode = lang
	_, err := t.request(ctx, "set commands", cfg)
	return err
}

// ChatMember returns a user's status in a chat: creator, administrator, member, restricted, left or
// kicked.
func (t *Telegram) ChatMember(ctx context.Context, chat string, user int64) (string, error) {
	id, name, err := chatRef(chat)
	if err != nil {
		return "", err
	}
	resp, err := t.request(ctx, "chat member in "+chat, tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{
		ChatID: id, SuperGroupUsername: name, UserID: user}})
	if err != nil {
		return "", err
	}
	var m tgbotapi.ChatMember
	if err := json.Unmarshal(resp.Result, &m); err != nil {
		return "", fmt.Errorf("notify: chat member in %s: %w", chat, err)
	}
	return m.Status, nil
}

// ChatID returns a chat's numeric id: "@channel" becomes "-100…". A numeric id is returned as it is.
func (t *Telegram) ChatID(ctx context.Context, chat string) (string, error) {
	id, name, err := chatRef(chat)
	if err != nil || name == "" {
		return strconv.FormatInt(id, 10), err
	}
	resp, err := t.request(ctx, "get chat "+chat, tgbotapi.ChatInfoConfig{ChatConfig: tgbotapi.ChatConfig{SuperGroupUsername: name}})
	if err != nil {
		return "", err
	}
	var c tgbotapi.Chat
	if err := json.Unmarshal(resp.Result, &c); err != nil || c.ID == 0 {
		return "", fmt.Errorf("notify: get chat %s: no id in the answer", chat)
	}
	return strconv.FormatInt(c.ID, 10), nil
}

// BotID is the bot's own user id, as getMe reported it.
func (t *Telegram) BotID(context.Context) (int64, error) { return t.bot.Self.ID, nil }

// Updates long-polls getUpdates from offset for up to timeout. The HTTP client's own timeout must be
// longer than timeout; NewTelegram's default (DefaultTimeout) is.
func (t *Telegram) Updates(ctx context.Context, offset int, timeout time.Duration) ([]tgbotapi.Update, error) {
	cfg := tgbotapi.UpdateConfig{Offset: offset, Limit: 100, Timeout: int(timeout / time.Second),
		AllowedUpdates: []string{"message", "callback_query", "my_chat_member"}}
	resp, err := t.request(ctx, "get updates", cfg)
	if err != nil {
		return nil, err
	}
	var ups []tgbotapi.Update
	if err := json.Unmarshal(resp.Result, &ups); err != nil {
		return nil, fmt.Errorf("notify: get updates: %w", err)
	}
	return ups, nil
}

// DeleteWebhook removes a webhook, which makes getUpdates fail with 409 while it is set. Pending updates
// are kept.
func (t *Telegram) DeleteWebhook(ctx context.Context) error {
	_, err := t.request(ctx, "delete webhook", tgbotapi.DeleteWebhookConfig{DropPendingUpdates: false})
	return err
}
