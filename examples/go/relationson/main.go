// Command relationson prints a country's relations on a date, each held, not
// held or unknown: what examples/c/relations_on.c prints, from Go.
//
//	go run ./relationson TM 1995-01-01
package main

import (
	"fmt"
	"os"

	"libcapartner/capartner"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: relationson COUNTRY DATE")
		os.Exit(2)
	}
	country, err := capartner.FindCountry(os.Args[1]) // the error says "did you mean"
	if err == nil {
		var date capartner.Date
		if date, err = capartner.ParseDate(os.Args[2]); err == nil {
			err = printRelations(country, date, os.Args[2])
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "relationson:", err)
		os.Exit(1)
	}
}

func printRelations(country capartner.Country, date capartner.Date, text string) error {
	relations, err := capartner.Participations(capartner.ParticipationOptions{
		Countries: []string{country.Alpha2()}})
	if err != nil {
		return err
	}
	fmt.Printf("%s on %s:\n", country.Name(), text)
	for _, p := range relations {
		// StatusOn gives HoldingHeld, HoldingNotHeld or HoldingUnknown
		fmt.Printf("  %-8s  %-18s %s (%s to %s)\n", p.StatusOn(date), p.Role(), p.Body().Name(),
			p.StartedText(), p.EndedText())
	}
	return nil
}
