package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// compactTxSize is how many bytes bbolt.Compact copies per transaction.
const compactTxSize = 64 << 20

// Compact rewrites the database at path into a new file with bbolt's own compaction, then puts it in
// the old one's place: bbolt files never shrink, and a pruned archive leaves its pages free. It holds the
// file's lock throughout, so it is refused (ErrLocked) while a daemon has the database open; a crash
// part-way leaves the old file whole and a stray "<path>.compact". It returns the sizes before and after.
func Compact(path string, timeout time.Duration) (before, after int64, err error) {
	if timeout <= 0 {
		timeout = time.Second
	}
	if _, err := os.Stat(path); err != nil {
		return 0, 0, fmt.Errorf("store: compact: %w", err)
	}
	src, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: timeout})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return 0, 0, fmt.Errorf("%w: %s (no lock after %s)", ErrLocked, path, timeout)
		}
		return 0, 0, fmt.Errorf("store: compact: open %s: %w", path, err)
	}
	defer src.Close()
	tmp := path + ".compact"
	_ = os.Remove(tmp) // a leftover of an interrupted compaction
	dst, err := bbolt.Open(tmp, 0o600, &bbolt.Options{Timeout: timeout})
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact: create %s: %w", tmp, err)
	}
	if err := bbolt.Compact(dst, src, compactTxSize); err != nil {
		dst.Close()
		os.Remove(tmp)
		return 0, 0, fmt.Errorf("store: compact %s: %w", path, err)
	}
	if err := dst.Close(); err != nil {
		os.Remove(tmp)
		return 0, 0, fmt.Errorf("store: compact: close %s: %w", tmp, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact: %w", err)
	}
	before = fi.Size()
	// The rename happens while src still holds the lock on the old file, so no other agrowatch can open
	// either in between.
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return 0, 0, fmt.Errorf("store: compact: replace %s: %w", path, err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	fi, err = os.Stat(path)
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact: %w", err)
	}
	return before, fi.Size(), nil
}
