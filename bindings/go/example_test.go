package capartner_test

import (
	"errors"
	"fmt"
	"log"

	"libcapartner/capartner"
)

// The timeline of one country.
func ExampleTimeline() {
	events, err := capartner.Timeline(capartner.TimelineOptions{
		Countries: []string{"KZ"},
		Since:     "2019",
		Until:     "2022",
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Println(e.DateText(), e.ID())
	}
	// Output:
	// 2019 2019-steppe-eagle-planning-conference
	// 2019-03-23 2019-03-23-astana-renamed-nur-sultan
	// 2021-09 2021-09-kz-credentials-to-nato
	// 2022-09-17 2022-09-17-nur-sultan-renamed-astana
}

// A country by any of its keys, and its names.
func ExampleFindCountry() {
	kz, err := capartner.FindCountry("Казахстан")
	if err != nil {
		log.Fatal(err)
	}
	official, err := kz.NameIn("en", capartner.NameOfficial)
	if err != nil {
		log.Fatal(err)
	}
	capital, _ := kz.Capital()
	fmt.Println(kz.Name(), kz.Alpha2(), kz.Alpha3(), kz.Numeric())
	fmt.Println(official.Text())
	fmt.Println("capital:", capital.Name())
	// Output:
	// Kazakhstan KZ KAZ 398
	// Republic of Kazakhstan
	// capital: Astana
}

// Unknown keys are ErrNotFound; malformed ones ErrInvalidInput.
func ExampleFindCountry_errors() {
	_, err := capartner.FindCountry("Atlantis")
	fmt.Println(errors.Is(err, capartner.ErrNotFound), err)
	_, err = capartner.FindCountry("")
	fmt.Println(errors.Is(err, capartner.ErrInvalidInput), err)
	// Output:
	// true capartner: FindCountry("Atlantis"): no record has this key
	// true capartner: FindCountry(""): the key is empty
}

// Who takes part in PARP, and since when.
func ExampleParticipations() {
	parp, err := capartner.Participations(capartner.ParticipationOptions{Bodies: []string{"PARP"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range parp {
		fmt.Println(p.Country().Name(), p.Role(), p.Started())
	}
	// Output:
	// Kazakhstan participant 2002
	// Uzbekistan participant 2002
	// Uzbekistan on_hold before 2013
	// Kyrgyzstan participant 2007
	// Kyrgyzstan on_hold before 2013
	// Tajikistan interest_expressed unknown
	// Kazakhstan promoter unknown
	// Tajikistan participant unknown
}

// The relations held on a date.
func ExampleParticipations_asOf() {
	for _, asOf := range []string{"2012", "2013-06", "2016-03"} {
		related, err := capartner.Participations(capartner.ParticipationOptions{
			Countries: []string{"KG"},
			Bodies:    []string{"PARP"},
			AsOf:      asOf,
			Possibly:  true,
		})
		if err != nil {
			log.Fatal(err)
		}
		date, err := capartner.ParseDate(asOf)
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range related {
			fmt.Println(asOf, p.Country().Name(), p.Role(), p.StatusOn(date))
		}
	}
	// Output:
	// 2012 Kyrgyzstan participant unknown
	// 2012 Kyrgyzstan on_hold unknown
	// 2013-06 Kyrgyzstan on_hold held
	// 2016-03 Kyrgyzstan on_hold unknown
}

// Iterating with a callback, stopping early.
func ExampleEachEvent() {
	err := capartner.EachEvent(capartner.TimelineOptions{Since: "2013", Until: "2013"},
		func(e capartner.Event) bool {
			fmt.Println(e.DateText(), e.ID())
			return e.Date().Month < 6 // stop after the first event from June on
		})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2013 2013-steppe-eagle
	// 2013 2013-uz-first-ipcp
	// 2013 2013-uz-joins-deep
	// 2013-03 2013-03-nlo-moves-to-tashkent
	// 2013-04-10 2013-04-10-rahmon-at-nato-hq
	// 2013-05 2013-05-sps-samarkand-workshop
	// 2013-07 2013-07-nlo-accredited
}

// Partial dates and the days they stand for.
func ExampleParseDate() {
	d, err := capartner.ParseDate("mid 2014")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d, d.Precision, d.Qualifier)
	fmt.Println(d.Earliest().Format("2006-01-02"), d.Latest().Format("2006-01-02"))
	before, _ := capartner.ParseDate("before 2016-02-22")
	fmt.Println(before.Earliest().IsZero(), before.Latest().Format("2006-01-02"))
	// Output:
	// mid 2014 year mid
	// 2014-05-01 2014-08-31
	// true 2016-02-21
}

// The name a place had on a date.
func ExamplePlace_NameOn() {
	astana, err := capartner.FindPlace("astana")
	if err != nil {
		log.Fatal(err)
	}
	for _, year := range []string{"1997", "2000", "2020", "2023"} {
		d, _ := capartner.ParseDate(year)
		name, err := astana.NameOn(d)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(year, name)
	}
	// Output:
	// 1997 Akmola
	// 2000 Astana
	// 2020 Nur-Sultan
	// 2023 Astana
}

// A reusable query: count first, then walk.
func ExampleQuery() {
	q, err := capartner.NewQuery(capartner.QueryEvents)
	if err != nil {
		log.Fatal(err)
	}
	defer q.Close()
	kz, _ := capartner.FindCountry("KZ")
	if err := q.AddCountry(kz); err != nil {
		log.Fatal(err)
	}
	if err := q.AddKind(capartner.EventRenaming); err != nil {
		log.Fatal(err)
	}
	n, err := q.Count()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n, "renamings")
	for e, ok := q.NextEvent(); ok; e, ok = q.NextEvent() {
		fmt.Println(e.DateText(), e.ID())
	}
	// Output:
	// 3 renamings
	// 1998 1998-akmola-renamed-astana
	// 2019-03-23 2019-03-23-astana-renamed-nur-sultan
	// 2022-09-17 2022-09-17-nur-sultan-renamed-astana
}
