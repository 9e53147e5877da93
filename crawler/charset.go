package crawler

import (
	"bytes"
	"fmt"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

var (
	// metaCharset finds both <meta charset="…"> and <meta http-equiv="Content-Type" content="…; charset=…">,
	// also past the first 1024 bytes where charset.DetermineEncoding stops looking.
	metaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
	xmlDecl     = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']`)
	// xmlDeclEnc is rewritten to UTF-8 after decoding, so that gofeed does not decode a second time.
	xmlDeclEnc = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[A-Za-z0-9_.\-]+(["'])`)
)

// metaScanLimit is how far into a page a <meta charset> is looked for.
const metaScanLimit = 64 << 10

// toUTF8 decodes a page or feed to UTF-8. The encoding is, in order: a byte-order mark, the charset of
// the Content-Type header, an XML declaration, a <meta charset> or <meta http-equiv>, UTF-8 when the
// bytes are valid UTF-8, and windows-1251 otherwise: the sites we read write Russian and Kazakh, and an
// unlabelled 8-bit Cyrillic page is far likelier windows-1251 than the HTML standard's windows-1252.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	return decodeUTF8(body, contentType, "")
}

// decodeUTF8 is toUTF8 with another last resort than windows-1251: a site's declared charset for
// pages that name none (gb18030 for customs.gov.cn).
func decodeUTF8(body []byte, contentType, fallback string) ([]byte, error) {
	if len(body) == 0 {
		return body, nil
	}
	e, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain {
		e, name = nil, ""
		label := ""
		if m := xmlDecl.FindSubmatch(body); m != nil {
			label = string(m[1])
		} else if m := metaCharset.FindSubmatch(body[:min(len(body), metaScanLimit)]); m != nil {
			label = string(m[1])
		}
		if label != "" {
			e, name = charset.Lookup(label)
		}
		if e == nil {
			switch {
			case utf8.Valid(body):
				name = "utf-8"
			case fallback != "":
				if e, name = charset.Lookup(fallback); e == nil {
					e, name = charmap.Windows1251, "windows-1251"
				}
			default:
				e, name = charmap.Windows1251, "windows-1251"
			}
		}
	}
	out := body
	if name != "utf-8" {
		var err error
		if out, err = e.NewDecoder().Bytes(body); err != nil {
			return nil, fmt.Errorf("crawler: decoding %s: %w", name, err)
		}
	}
	out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	if xmlDecl.Match(out) {
		out = xmlDeclEnc.ReplaceAll(out, []byte("${1}UTF-8${2}"))
	}
	return out, nil
}
