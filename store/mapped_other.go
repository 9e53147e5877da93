//go:build !linux

package store

// ReleaseMapped does nothing here: only Linux's madvise is known to unmap a shared file mapping's
// pages without touching them.
func (db *DB) ReleaseMapped() error { return nil }
