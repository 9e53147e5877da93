package store

import (
	"fmt"
	"syscall"

	"go.etcd.io/bbolt"
)

// ReleaseMapped takes the database's pages out of this process's resident set. bbolt reads the file
// through a shared read-only memory map, and a page it touched once stays mapped, counted in the
// daemon's RSS, until the file is remapped: with the random keys of article_urls and of the
// near-duplicate index, a long-running daemon ends up with most of the file mapped. MADV_DONTNEED on
// a shared file mapping only unmaps: the pages stay in the kernel's page cache, and the next read of
// one maps it again from there, without disk I/O; no data is touched. The read transaction keeps bbolt
// from remapping the file meanwhile. Each page read afterwards costs a minor fault (a batch of 64
// articles about a millisecond), so the daemon calls it when a poll ends, not after every commit. An
// error only leaves the pages mapped.
func (db *DB) ReleaseMapped() error {
	return db.bolt.View(func(tx *bbolt.Tx) error {
		data, size := db.bolt.Info().Data, uintptr(tx.Size())
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, data, size, syscall.MADV_DONTNEED); errno != 0 {
			return fmt.Errorf("store: release the mapped file: %w", errno)
		}
		return nil
	})
}
