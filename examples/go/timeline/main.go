// Command timeline prints Kazakhstan's timeline (see docs/bindings.md).
//
//	go run ./timeline
package main

import (
	"fmt"
	"log"

	"libcapartner/capartner"
)

func main() {
	events, err := capartner.Timeline(capartner.TimelineOptions{Countries: []string{"KZ"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Println(e.DateText(), e.Summary())
	}
}
