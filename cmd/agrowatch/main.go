// Command agrowatch watches Kazakh agricultural news and alerts subscribers on Telegram when a fact that
// moves trade appears: meat bans, inspections, export volumes, border delays.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(cli(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
