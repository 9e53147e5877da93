package config

import (
	"path/filepath"
	"testing"
)

// TestWeb: the pages are on by default on the loopback; a listen that is not host:port, a password
// written in clear, or a user without a hash is a mistake said with its line.
func TestWeb(t *testing.T) {
	c, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if c.Web.Listen != "127.0.0.1:8080" || c.Web.Auth.User != "" {
		t.Errorf("default web section %+v, want 127.0.0.1:8080 without auth", c.Web)
	}
	c, err = Parse("off.yml", []byte("web:\n  listen: \"\"\n"))
	if err != nil || c.Web.Listen != "" {
		t.Errorf("an empty listen: %v, %+v", err, c)
	}
	for _, tt := range []struct{ file, want string }{
		{"invalid-web-listen.yml", `testdata/invalid-web-listen.yml:2: web.listen: "8080" is not host:port (write it like 127.0.0.1:8080)`},
		{"invalid-web-auth.yml", `testdata/invalid-web-auth.yml:4: web.auth.password_bcrypt: is not a bcrypt hash (60 characters starting $2a$, $2b$ or $2y$); write the hash, never the password`},
		{"invalid-web-auth-half.yml", `testdata/invalid-web-auth-half.yml:2: web.auth: give both user and password_bcrypt, or neither`},
	} {
		_, err := Load(filepath.Join("testdata", tt.file))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got: %v\nwant: %s", tt.file, err, tt.want)
		}
	}
}
