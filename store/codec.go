package store

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"go.etcd.io/bbolt"

	"github.com/klauspost/compress/zstd"
)

// codec compresses article bodies. One encoder and one decoder serve every goroutine: their
// EncodeAll and DecodeAll are safe for concurrent use.
type codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// bodyWindow is how far back the compressor looks for a repeat: a body longer than this compresses as
// well as its parts do.
const bodyWindow = 64 << 10

// maxBody bounds what a stored body may decompress to: a damaged value must not make a read allocate
// without end. Pages are capped far below this when fetched.
const maxBody = 64 << 20

func newCodec() (*codec, error) {
	// Bodies are a few KiB. The default level compresses them within 1% of the better one
	// (BenchmarkBytesPerArticle: 3,013 bytes an article in the file against 2,994) at a third less CPU,
	// and its match tables are 1.3 MB against 4 MB: the better level's, reached at random, missed the
	// cache on every lookup and made compression a quarter of a poll pass's CPU. A window of 64 KiB,
	// longer than nearly every body, keeps the encoder's history buffer at 192 KiB instead of the
	// 16 MiB of the default window, which the garbage collector counted as live heap for ever.
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithWindowSize(bodyWindow), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, fmt.Errorf("store: zstd encoder: %w", err)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(0), zstd.WithDecoderMaxMemory(maxBody))
	if err != nil {
		return nil, fmt.Errorf("store: zstd decoder: %w", err)
	}
	return &codec{enc: enc, dec: dec}, nil
}

func (c *codec) compress(text string) []byte { return c.enc.EncodeAll([]byte(text), nil) }

func (c *codec) decompress(b []byte) (string, error) {
	out, err := c.dec.DecodeAll(b, nil)
	if err != nil {
		return "", fmt.Errorf("decompress body: %w", err)
	}
	return string(out), nil
}

// bodyChunk is the size of the pieces a compressed body is stored in. bbolt keeps values inline in 4 KiB
// leaf pages and splits between values: bodies of 1.6 KB left two to a page with a fifth of it empty,
// pieces of this size fill pages closely (BenchmarkBytesPerArticle: 3.26 KB an article before; 2,994
// bytes with pieces of 485 at zstd's better level; at the default level 3,013 with 485, 2,992 with
// 450, 3,004 with 470, 3,023 with 495).
const bodyChunk = 450

// bodyKey is the key of piece i of article id's body.
func bodyKey(id uint64, i int) []byte {
	return append(idKey(id), byte(i))
}

// maxBodyPieces is how many pieces one body may have: bodyKey numbers them in one byte.
const maxBodyPieces = 256

// putBody replaces an article's stored body with text, compressed and cut into pieces. A body too long
// to keep (over maxBodyPieces pieces compressed: a page of text that does not compress) is kept in
// part, its beginning cut at a character, and cut reports it: refusing it would fail the commit, and
// with it every poll of its source, on the same article for ever.
// packed, when it holds text, is text already compressed.
func (db *DB) putBody(tx *bbolt.Tx, id uint64, text string, packed *packedBody) (cut bool, err error) {
	if err := deleteBody(tx, id); err != nil {
		return false, err
	}
	var z []byte
	if packed != nil && packed.text == text {
		z = packed.z
	} else {
		z = db.codec.compress(text)
	}
	for len(z) > maxBodyPieces*bodyChunk {
		keep := int(float64(len(text)) * float64(maxBodyPieces*bodyChunk) / float64(len(z)) * 0.9)
		for keep > 0 && !utf8.RuneStart(text[keep]) {
			keep--
		}
		text, cut = text[:keep], true
		z = db.codec.compress(text)
	}
	b := tx.Bucket([]byte(bucketBodies))
	for i := 0; len(z) > 0; i++ {
		n := min(bodyChunk, len(z))
		if err := b.Put(bodyKey(id, i), z[:n]); err != nil {
			return cut, err
		}
		z = z[n:]
	}
	return cut, nil
}

// getBody reads an article's compressed body back in one piece; nil when it has none.
func getBody(tx *bbolt.Tx, id uint64) []byte {
	var z []byte
	prefix := idKey(id)
	c := tx.Bucket([]byte(bucketBodies)).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		z = append(z, v...)
	}
	return z
}

func deleteBody(tx *bbolt.Tx, id uint64) error {
	b := tx.Bucket([]byte(bucketBodies))
	prefix := idKey(id)
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
