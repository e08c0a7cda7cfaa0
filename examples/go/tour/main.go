// Command tour is a first tour of libcapartner from Go: one country's profile
// and timeline, the PARP participants with their statuses, and the events of
// 2013. It prints exactly what the C example (examples/c/tour.c) prints.
//
//	go run ./tour [COUNTRY]      (default KZ; any code or name)
//
// Run it from examples/go with pkg-config and the loader able to find the
// library, e.g. for a build tree:
//
//	PKG_CONFIG_PATH=$PWD/../../build/uninstalled LD_LIBRARY_PATH=$PWD/../../build go run ./tour KZ
package main

import (
	"errors"
	"fmt"
	"os"

	"libcapartner/capartner"
)

func fail(what string, err error) {
	var e *capartner.Error
	if errors.As(err, &e) {
		fmt.Fprintf(os.Stderr, "tour: %s: %s\n", what, e.Status)
	} else {
		fmt.Fprintf(os.Stderr, "tour: %s: %v\n", what, err)
	}
	os.Exit(1)
}

func printEvent(e capartner.Event) {
	fmt.Printf("  %-16s %s\n", e.DateText(), e.Summary())
}

func main() {
	key := "KZ"
	if len(os.Args) > 1 {
		key = os.Args[1]
	}
	country, err := capartner.FindCountry(key)
	if err != nil {
		fail(key, err)
	}

	// 1. the profile
	official := ""
	if name, err := country.NameIn("en", capartner.NameOfficial); err == nil {
		official = " — " + name.Text()
	}
	fmt.Printf("%s (%s, %s, %03d)%s\n", country.Name(), country.Alpha2(), country.Alpha3(),
		country.Numeric(), official)

	fmt.Printf("\nTimeline of %s:\n", country.Name())
	err = capartner.EachEvent(capartner.TimelineOptions{Countries: []string{country.ID()}},
		func(e capartner.Event) bool {
			printEvent(e)
			return true
		})
	if err != nil {
		fail("timeline", err)
	}

	// 2. PARP participants and their statuses
	parp, err := capartner.FindBody("PARP")
	if err != nil {
		fail("PARP", err)
	}
	participants, err := capartner.Participations(capartner.ParticipationOptions{
		Bodies: []string{parp.ID()},
	})
	if err != nil {
		fail("participations", err)
	}
	fmt.Printf("\n%s (%s):\n", parp.Name(), parp.Acronym())
	for _, p := range participants {
		started := ""
		if p.Started().IsKnown() {
			started = p.Started().String()
		}
		fmt.Printf("  %-12s %-20s %s\n", p.Country().Name(), p.Role(), started)
	}

	// 3. the timeline of 2013
	events, err := capartner.Timeline(capartner.TimelineOptions{
		Since: "2013", Until: "2013",
	})
	if err != nil {
		fail("2013", err)
	}
	fmt.Printf("\nEvents of 2013:\n")
	for _, e := range events {
		printEvent(e)
	}

	fmt.Printf("\nlibcapartner %s, data as of %s\n", capartner.Version(), capartner.DataAsOf())
}
