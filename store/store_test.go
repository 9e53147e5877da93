package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// openTest opens a fresh database in a temporary directory and closes it when the test ends.
func openTest(t testing.TB, opt Options) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "agrowatch.db")
	db, err := Open(path, opt)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db, path
}

// reopen closes db and opens its file again, as a restart would.
func reopen(t testing.TB, db *DB, opt Options) *DB {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	db2, err := Open(db.path, opt)
	if err != nil {
		t.Fatalf("re-Open: %v", err)
	}
	t.Cleanup(func() { _ = db2.Close() })
	return db2
}

func TestOpenLocked(t *testing.T) {
	_, path := openTest(t, Options{})
	start := time.Now()
	db2, err := Open(path, Options{Timeout: 200 * time.Millisecond})
	if err == nil {
		_ = db2.Close()
		t.Fatal("second Open succeeded while the first holds the lock")
	}
	if waited := time.Since(start); waited > time.Second {
		t.Errorf("second Open took %s, want about 200ms", waited)
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("error %q does not wrap ErrLocked", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name %s", err, path)
	}
}

func TestOpenUnlocksOnClose(t *testing.T) {
	db, _ := openTest(t, Options{})
	reopen(t, db, Options{Timeout: 200 * time.Millisecond})
}

func TestOpenFileMode(t *testing.T) {
	_, path := openTest(t, Options{})
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("mode %v, want 0600", got)
	}
}

func TestOpenBadFiles(t *testing.T) {
	random := make([]byte, 64<<10)
	_, _ = rand.Read(random)
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"short text", []byte("hello, this is not a database\n"), "not an agrowatch database"},
		{"one page of text", bytes.Repeat([]byte("garbage "), 512), "not an agrowatch database"},
		{"random 64 KiB", random, "not an agrowatch database"},
		{"zeros 16 KiB", make([]byte, 16<<10), "not an agrowatch database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "agrowatch.db")
			if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			db, err := Open(path, Options{Timeout: 200 * time.Millisecond})
			if err == nil {
				_ = db.Close()
				t.Fatal("Open accepted a file that is not a database")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q, want it to contain %q and the path", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestOpenSchema(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(*bbolt.Tx) error // run on a bare bbolt file before Open
		wantIs  error
		want    string
	}{
		{
			name: "newer version",
			prepare: func(tx *bbolt.Tx) error {
				b, err := tx.CreateBucket([]byte(bucketMeta))
				if err != nil {
					return err
				}
				return b.Put([]byte(metaVersion), []byte(strconv.Itoa(schemaVersion+1)))
			},
			wantIs: ErrSchema,
			want:   fmt.Sprintf("schema version %d", schemaVersion+1),
		},
		{
			name: "garbled version",
			prepare: func(tx *bbolt.Tx) error {
				b, err := tx.CreateBucket([]byte(bucketMeta))
				if err != nil {
					return err
				}
				return b.Put([]byte(metaVersion), []byte("one"))
			},
			want: "unreadable schema version",
		},
		{
			name: "another program's bbolt file",
			prepare: func(tx *bbolt.Tx) error {
				_, err := tx.CreateBucket([]byte("feeds"))
				return err
			},
			want: "another program",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "agrowatch.db")
			bdb, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := bdb.Update(tt.prepare); err != nil {
				t.Fatal(err)
			}
			if err := bdb.Close(); err != nil {
				t.Fatal(err)
			}
			db, err := Open(path, Options{})
			if err == nil {
				_ = db.Close()
				t.Fatal("Open accepted the file")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q does not wrap %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q, want it to contain %q and the path", err, tt.want)
			}
			// The refused file must not have been changed, nor left locked.
			bdb, err = bbolt.Open(path, 0o600, &bbolt.Options{Timeout: 200 * time.Millisecond})
			if err != nil {
				t.Fatalf("file left locked: %v", err)
			}
			defer bdb.Close()
			_ = bdb.View(func(tx *bbolt.Tx) error {
				if tx.Bucket([]byte(bucketOutbox)) != nil {
					t.Error("Open created buckets in a file it refused")
				}
				return nil
			})
		})
	}
}

func TestOpenStampsVersion(t *testing.T) {
	db, _ := openTest(t, Options{})
	db = reopen(t, db, Options{}) // a file this code wrote opens again
	err := db.bolt.View(func(tx *bbolt.Tx) error {
		if got := string(tx.Bucket([]byte(bucketMeta)).Get([]byte(metaVersion))); got != strconv.Itoa(schemaVersion) {
			t.Errorf("schema version %q, want %d", got, schemaVersion)
		}
		for _, name := range allBuckets {
			if tx.Bucket([]byte(name)) == nil {
				t.Errorf("bucket %s missing", name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
