package store

import (
	"fmt"

	"github.com/klauspost/compress/zstd"
)

// codec compresses article bodies. One encoder and one decoder serve every goroutine: their
// EncodeAll and DecodeAll are safe for concurrent use.
type codec struct {
	enc *zstd.Encoder
	dec *zstd.Decoder
}

// maxBody bounds what a stored body may decompress to: a damaged value must not make a read allocate
// without end. Pages are capped far below this when fetched.
const maxBody = 64 << 20

func newCodec() (*codec, error) {
	// Bodies are a few KiB: the better level costs microseconds here and saves a third of the file.
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(1))
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
