package capartner_test

import (
	"errors"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"libcapartner/capartner"
)

func mustCountry(t *testing.T, key string) capartner.Country {
	t.Helper()
	c, err := capartner.FindCountry(key)
	if err != nil {
		t.Fatalf("FindCountry(%q): %v", key, err)
	}
	return c
}

func mustBody(t *testing.T, key string) capartner.Body {
	t.Helper()
	b, err := capartner.FindBody(key)
	if err != nil {
		t.Fatalf("FindBody(%q): %v", key, err)
	}
	return b
}

func mustPlace(t *testing.T, key string) capartner.Place {
	t.Helper()
	p, err := capartner.FindPlace(key)
	if err != nil {
		t.Fatalf("FindPlace(%q): %v", key, err)
	}
	return p
}

func mustDate(t *testing.T, text string) capartner.Date {
	t.Helper()
	d, err := capartner.ParseDate(text)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", text, err)
	}
	return d
}

func TestVersion(t *testing.T) {
	version := capartner.Version()
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(version) {
		t.Fatalf("Version() = %q", version)
	}
	parts := strings.Split(version, ".")
	number := 0
	for _, part := range parts {
		n, _ := strconv.Atoi(part)
		number = number*100 + n
	}
	if got := capartner.VersionNumber(); got != number {
		t.Errorf("VersionNumber() = %d, want %d", got, number)
	}
	if !regexp.MustCompile(`^\d{4}(-\d{2}){0,2}$`).MatchString(capartner.DataAsOf()) {
		t.Errorf("DataAsOf() = %q", capartner.DataAsOf())
	}
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(capartner.DataDigest()) {
		t.Errorf("DataDigest() = %q", capartner.DataDigest())
	}
}

// table describes one record table through the public functions.
type table struct {
	name  string
	count func() int
	check func(t *testing.T, i int) // At(i), ID, Find(ID), Index
	at    func(i int) error
	find  func(key string) error
}

func tables() []table {
	return []table{
		{"sources", capartner.SourceCount, func(t *testing.T, i int) {
			r, err := capartner.SourceAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("SourceAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindSource(r.ID()); err != nil || again != r {
				t.Errorf("FindSource(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.SourceAt(i); return err },
			func(k string) error { _, err := capartner.FindSource(k); return err }},
		{"sections", capartner.SectionCount, func(t *testing.T, i int) {
			r, err := capartner.SectionAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("SectionAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindSection(r.ID()); err != nil || again != r {
				t.Errorf("FindSection(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.SectionAt(i); return err },
			func(k string) error { _, err := capartner.FindSection(k); return err }},
		{"countries", capartner.CountryCount, func(t *testing.T, i int) {
			r, err := capartner.CountryAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("CountryAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindCountry(r.ID()); err != nil || again != r {
				t.Errorf("FindCountry(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.CountryAt(i); return err },
			func(k string) error { _, err := capartner.FindCountry(k); return err }},
		{"bodies", capartner.BodyCount, func(t *testing.T, i int) {
			r, err := capartner.BodyAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("BodyAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindBody(r.ID()); err != nil || again != r {
				t.Errorf("FindBody(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.BodyAt(i); return err },
			func(k string) error { _, err := capartner.FindBody(k); return err }},
		{"places", capartner.PlaceCount, func(t *testing.T, i int) {
			r, err := capartner.PlaceAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("PlaceAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindPlace(r.ID()); err != nil || again != r {
				t.Errorf("FindPlace(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.PlaceAt(i); return err },
			func(k string) error { _, err := capartner.FindPlace(k); return err }},
		{"areas", capartner.AreaCount, func(t *testing.T, i int) {
			r, err := capartner.AreaAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("AreaAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindArea(r.ID()); err != nil || again != r {
				t.Errorf("FindArea(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.AreaAt(i); return err },
			func(k string) error { _, err := capartner.FindArea(k); return err }},
		{"participations", capartner.ParticipationCount, func(t *testing.T, i int) {
			r, err := capartner.ParticipationAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("ParticipationAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindParticipation(r.ID()); err != nil || again != r {
				t.Errorf("FindParticipation(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.ParticipationAt(i); return err },
			func(k string) error { _, err := capartner.FindParticipation(k); return err }},
		{"events", capartner.EventCount, func(t *testing.T, i int) {
			r, err := capartner.EventAt(i)
			if err != nil || r.IsZero() || r.Index() != i {
				t.Fatalf("EventAt(%d) = %v, %v", i, r, err)
			}
			if again, err := capartner.FindEvent(r.ID()); err != nil || again != r {
				t.Errorf("FindEvent(%q) = %v, %v", r.ID(), again, err)
			}
		}, func(i int) error { _, err := capartner.EventAt(i); return err },
			func(k string) error { _, err := capartner.FindEvent(k); return err }},
	}
}

func TestTables(t *testing.T) {
	for _, tab := range tables() {
		t.Run(tab.name, func(t *testing.T) {
			n := tab.count()
			if n == 0 {
				t.Fatal("empty table")
			}
			for i := 0; i < n; i++ {
				tab.check(t, i)
			}
			for _, i := range []int{n, -1} {
				if err := tab.at(i); !errors.Is(err, capartner.ErrOutOfRange) ||
					!errors.Is(err, capartner.ErrInvalidInput) {
					t.Errorf("At(%d) error = %v, want ErrOutOfRange", i, err)
				}
			}
			if err := tab.find("no-such-record-anywhere"); !errors.Is(err, capartner.ErrNotFound) {
				t.Errorf("Find(unknown) error = %v, want ErrNotFound", err)
			}
			if err := tab.find(""); !errors.Is(err, capartner.ErrInvalidInput) {
				t.Errorf("Find(\"\") error = %v, want ErrInvalidInput", err)
			}
		})
	}
	lengths := map[string][2]int{
		"sources":        {len(capartner.Sources()), capartner.SourceCount()},
		"sections":       {len(capartner.Sections()), capartner.SectionCount()},
		"countries":      {len(capartner.Countries()), capartner.CountryCount()},
		"bodies":         {len(capartner.Bodies()), capartner.BodyCount()},
		"places":         {len(capartner.Places()), capartner.PlaceCount()},
		"areas":          {len(capartner.Areas()), capartner.AreaCount()},
		"participations": {len(capartner.AllParticipations()), capartner.ParticipationCount()},
		"events":         {len(capartner.AllEvents()), capartner.EventCount()},
	}
	for name, pair := range lengths {
		if pair[0] != pair[1] {
			t.Errorf("%s: all = %d, count = %d", name, pair[0], pair[1])
		}
	}
}

func TestCountry(t *testing.T) {
	kz := mustCountry(t, "KZ")
	if kz.ID() != "KZ" || kz.Alpha2() != "KZ" || kz.Alpha3() != "KAZ" || kz.Numeric() != 398 ||
		kz.Name() != "Kazakhstan" || !kz.IsPartner() || kz.String() != "Kazakhstan" {
		t.Errorf("KZ fields: %q %q %q %d %q %v", kz.ID(), kz.Alpha2(), kz.Alpha3(), kz.Numeric(),
			kz.Name(), kz.IsPartner())
	}
	_ = kz.Note()
	if kz.COWCode() < 0 {
		t.Errorf("COWCode() = %d", kz.COWCode())
	}
	_ = kz.COWAbbreviation()
	capital, ok := kz.Capital()
	if !ok || capital.ID() != "astana" {
		t.Errorf("Capital() = %v, %v", capital, ok)
	}
	if kz.Citation().IsZero() {
		t.Error("no citation")
	}
	for _, key := range []string{"kz", "KAZ", "kaz", "398", "Kazakhstan", "KAZAKHSTAN", "Казахстан"} {
		if c := mustCountry(t, key); c != kz {
			t.Errorf("FindCountry(%q) = %v", key, c)
		}
	}
	for name, lookup := range map[string]func() (capartner.Country, error){
		"alpha2":  func() (capartner.Country, error) { return capartner.CountryByAlpha2("kz") },
		"alpha3":  func() (capartner.Country, error) { return capartner.CountryByAlpha3("KAZ") },
		"numeric": func() (capartner.Country, error) { return capartner.CountryByNumeric(398) },
	} {
		if c, err := lookup(); err != nil || c != kz {
			t.Errorf("%s: %v, %v", name, c, err)
		}
	}
	var partners []string
	for _, c := range capartner.Countries() {
		if c.IsPartner() {
			partners = append(partners, c.Alpha2())
		}
	}
	if strings.Join(partners, ",") == "" || len(partners) != 5 {
		t.Errorf("partners = %v", partners)
	}
}

func TestCountrySources(t *testing.T) {
	// the primary page states no code: a reference source does
	tj := mustCountry(t, "TJ")
	cow, ok := tj.COWSource()
	if tj.CodesSource().ID() != "ca-reference-table" || !ok || cow.ID() != "cow-states-2016" ||
		tj.COWCode() != 702 {
		t.Errorf("TJ sources: %q, %q %v, %d", tj.CodesSource().ID(), cow.ID(), ok, tj.COWCode())
	}
	be := mustCountry(t, "BE")
	if _, ok := be.COWSource(); ok || be.CodesSource().ID() != "debian-iso-codes" {
		t.Errorf("BE sources: %q", be.CodesSource().ID())
	}
}

func TestCountryErrors(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want error
	}{
		{"unknown", second(capartner.FindCountry("Atlantis")), capartner.ErrNotFound},
		{"empty", second(capartner.FindCountry("")), capartner.ErrInvalidInput},
		{"too long", second(capartner.FindCountry(strings.Repeat("x", 256))), capartner.ErrInvalidInput},
		{"not utf-8", second(capartner.FindCountry("\xff\xfe")), capartner.ErrInvalidInput},
		{"nul", second(capartner.FindCountry("K\x00Z")), capartner.ErrInvalidInput},
		{"alpha2 unknown", second(capartner.CountryByAlpha2("QQ")), capartner.ErrNotFound},
		{"alpha2 shape", second(capartner.CountryByAlpha2("KAZ")), capartner.ErrNotFound},
		{"alpha2 empty", second(capartner.CountryByAlpha2("")), capartner.ErrInvalidInput},
		{"alpha3 unknown", second(capartner.CountryByAlpha3("QQQ")), capartner.ErrNotFound},
		{"alpha3 nul", second(capartner.CountryByAlpha3("KA\x00")), capartner.ErrInvalidInput},
		{"numeric unknown", second(capartner.CountryByNumeric(999)), capartner.ErrNotFound},
		{"numeric range", second(capartner.CountryByNumeric(1000)), capartner.ErrOutOfRange},
		{"numeric huge", second(capartner.CountryByNumeric(int(^uint(0) >> 1))), capartner.ErrOutOfRange},
	}
	for _, c := range cases {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: error = %v, want %v", c.name, c.err, c.want)
		}
	}
	_, err := capartner.FindCountry("Atlantis")
	var e *capartner.Error
	if !errors.As(err, &e) || e.Status != capartner.StatusNotFound ||
		e.Op != "FindCountry" || !strings.Contains(err.Error(), `"Atlantis"`) {
		t.Errorf("error = %#v (%v)", e, err)
	}
	if errors.Is(err, capartner.ErrInvalidInput) {
		t.Error("not-found matches ErrInvalidInput")
	}
}

func second[T any](_ T, err error) error { return err }

func TestNames(t *testing.T) {
	kz := mustCountry(t, "KZ")
	names := kz.Names()
	if len(names) < 2 {
		t.Fatalf("Names() = %v", names)
	}
	short, err := kz.NameIn("en", capartner.NameShort)
	if err != nil || short.Text() != "Kazakhstan" || short.Language() != "en" ||
		short.Kind() != capartner.NameShort || !short.IsPreferred() || short.String() != "Kazakhstan" {
		t.Errorf("NameIn(en, short) = %v, %v", short, err)
	}
	found := false
	for _, n := range names {
		found = found || n == short
	}
	if !found {
		t.Error("the preferred short name is not among Names()")
	}
	official, err := kz.NameIn("en", capartner.NameOfficial)
	if err != nil || !strings.Contains(official.Text(), "Kazakhstan") {
		t.Errorf("NameIn(en, official) = %v, %v", official, err)
	}
	if _, err := kz.NameIn("xx", capartner.NameShort); !errors.Is(err, capartner.ErrNotFound) {
		t.Errorf("NameIn(xx) error = %v", err)
	}
	if _, err := kz.NameIn("", capartner.NameShort); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("NameIn(\"\") error = %v", err)
	}
	if _, err := kz.NameIn("e\x00n", capartner.NameShort); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("NameIn(NUL) error = %v", err)
	}
	if _, err := kz.NameIn("en", 99); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("NameIn(kind 99) error = %v", err)
	}

	astana := mustPlace(t, "astana")
	var akmola capartner.Name
	for _, n := range astana.Names() {
		if n.Text() == "Akmola" {
			akmola = n
		}
	}
	if akmola.IsZero() {
		t.Fatal("no Akmola among the names of astana")
	}
	if akmola.ValidTo() != mustDate(t, "1998") || akmola.ValidFrom().IsKnown() {
		t.Errorf("Akmola valid %v..%v", akmola.ValidFrom(), akmola.ValidTo())
	}
	if !akmola.ValidOn(mustDate(t, "1997")) || akmola.ValidOn(mustDate(t, "2000")) ||
		akmola.ValidOn(capartner.Date{}) || akmola.ValidOn(capartner.Date{Year: 1 << 20}) {
		t.Error("Akmola ValidOn")
	}
	if akmola.Citation().IsZero() {
		t.Error("name without citation")
	}
}

func TestPlace(t *testing.T) {
	astana := mustPlace(t, "astana")
	country, ok := astana.Country()
	if astana.ID() != "astana" || astana.Name() != "Astana" || astana.String() != "Astana" ||
		astana.Kind() != capartner.PlaceCity || !ok || country.Alpha2() != "KZ" {
		t.Errorf("astana: %q %q %v %v", astana.ID(), astana.Name(), astana.Kind(), country)
	}
	for _, key := range []string{"Akmola", "Nur-Sultan", "ASTANA"} {
		if p := mustPlace(t, key); p != astana {
			t.Errorf("FindPlace(%q) = %v", key, p)
		}
	}
	for date, want := range map[string]string{"1997": "Akmola", "2020": "Nur-Sultan",
		"2023-01-01": "Astana"} {
		name, err := astana.NameOn(mustDate(t, date))
		if err != nil || name.Text() != want {
			t.Errorf("NameOn(%s) = %v, %v; want %s", date, name, err, want)
		}
	}
	if _, err := astana.NameOn(capartner.Date{}); !errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("NameOn(unknown) error = %v", err)
	}
	if _, err := astana.NameOn(capartner.Date{Year: 99999, Precision: capartner.PrecisionYear}); !errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("NameOn(year 99999) error = %v", err)
	}
	if astana.Citation().IsZero() {
		t.Error("place without citation")
	}
	for _, p := range capartner.Places() {
		_ = p.Kind().String()
		if c, ok := p.Country(); ok && c.IsZero() {
			t.Errorf("%s: ok with zero country", p.ID())
		}
	}
}

func TestBody(t *testing.T) {
	parp := mustBody(t, "PARP")
	if parp.ID() != "parp" || parp.Acronym() != "PARP" || parp.Kind() != capartner.BodyMechanism ||
		!strings.Contains(parp.Name(), "Planning and Review Process") || parp.Summary() == "" ||
		parp.String() != parp.Name() {
		t.Errorf("parp: %q %q %v %q", parp.ID(), parp.Acronym(), parp.Kind(), parp.Name())
	}
	if b := mustBody(t, "pfp planning and review process"); b != parp {
		t.Errorf("by name: %v", b)
	}
	_ = parp.Started()
	_ = parp.Ended()
	_ = parp.Names()
	if parp.Citation().IsZero() {
		t.Error("body without citation")
	}
	parented, placed := 0, 0
	for _, b := range capartner.Bodies() {
		if parent, ok := b.Parent(); ok {
			parented++
			if parent == b {
				t.Errorf("%s is its own parent", b.ID())
			}
		}
		if _, ok := b.Place(); ok {
			placed++
		}
		for _, n := range b.Names() {
			if n.IsZero() {
				t.Errorf("%s: zero name", b.ID())
			}
		}
	}
	if parented == 0 || placed == 0 {
		t.Errorf("bodies with parent: %d, with place: %d", parented, placed)
	}
}

func TestAreaSourceSectionCitation(t *testing.T) {
	area, err := capartner.FindArea("public-diplomacy")
	if err != nil || area.ID() != "public-diplomacy" || area.Name() != "Public diplomacy" ||
		area.Summary() == "" || area.String() != "Public diplomacy" || area.Citation().IsZero() {
		t.Errorf("area: %v, %v", area, err)
	}
	primaries := 0
	newest := capartner.Date{}
	for _, s := range capartner.Sources() {
		if s.Kind() == capartner.SourcePrimary {
			primaries++
		}
		if s.Title() == "" || s.String() != s.Title() {
			t.Errorf("%s: no title", s.ID())
		}
		_, _, _ = s.Publisher(), s.URL(), s.Note()
		// the as-of date covers every source: the content date that ends last
		if c := s.ContentDate(); c.IsKnown() && (!newest.IsKnown() || endsLater(c, newest)) {
			newest = c
		}
		if s.Kind() == capartner.SourcePrimary && s.ContentDate().String() != "early 2014" {
			t.Errorf("primary content date %v, want early 2014", s.ContentDate())
		}
	}
	if primaries != 1 {
		t.Errorf("%d primary sources", primaries)
	}
	if newest.String() != capartner.DataAsOf() {
		t.Errorf("newest content date %v, DataAsOf %q", newest, capartner.DataAsOf())
	}
	for _, s := range capartner.Sections() {
		if s.Source().IsZero() || s.Ordinal() < 1 || s.Title() == "" || s.String() != s.Title() {
			t.Errorf("section %s", s.ID())
		}
	}
	citation := mustCountry(t, "KZ").Citation()
	if citation.Source().IsZero() || citation.Paragraph() < 0 {
		t.Errorf("citation %v", citation)
	}
	if section, ok := citation.Section(); ok && section.Source() != citation.Source() {
		t.Errorf("section %s of another source", section.ID())
	}
	withSection, withoutSection := 0, 0
	for _, e := range capartner.AllEvents() {
		if _, ok := e.Citation().Section(); ok {
			withSection++
		} else {
			withoutSection++
		}
	}
	if withSection == 0 {
		t.Error("no event cites a section")
	}
}

func TestParticipation(t *testing.T) {
	for _, p := range capartner.AllParticipations() {
		if p.Country().IsZero() || p.Body().IsZero() || p.Role().String() == "" {
			t.Errorf("%s: %v", p.ID(), p)
		}
		_ = p.Summary()
		if p.StartedText() != p.Started().String() || p.EndedText() != p.Ended().String() ||
			p.ReportedText() != p.Reported().String() {
			t.Errorf("%s: date texts %q %q %q, dates %v %v %v", p.ID(), p.StartedText(),
				p.EndedText(), p.ReportedText(), p.Started(), p.Ended(), p.Reported())
		}
		alternative, ok := p.AlternativeOf()
		if p.IsPreferred() == ok || (ok && !alternative.IsPreferred()) {
			t.Errorf("%s: preferred %v, alternative of %v", p.ID(), p.IsPreferred(), alternative)
		}
		if p.Citation().IsZero() {
			t.Errorf("%s: no citation", p.ID())
		}
		if !strings.Contains(p.String(), p.Role().String()) {
			t.Errorf("String() = %q", p.String())
		}
	}
	var participant, onHold capartner.Participation
	for _, p := range capartner.AllParticipations() {
		if p.Country().Alpha2() == "KG" && p.Body().ID() == "parp" && p.IsPreferred() {
			switch p.Role() {
			case capartner.RoleParticipant:
				participant = p
			case capartner.RoleOnHold:
				onHold = p
			}
		}
	}
	if participant.IsZero() || onHold.IsZero() {
		t.Fatal("Kyrgyzstan's PARP records are missing")
	}
	if got := [3]string{participant.StartedText(), participant.EndedText(),
		participant.ReportedText()}; got != [3]string{"2007", "before 2013", "early 2014"} {
		t.Errorf("date texts of Kyrgyzstan's PARP participation: %q", got)
	}
	var none capartner.Participation
	if none.StartedText() != "" || none.EndedText() != "" || none.ReportedText() != "" {
		t.Error("the zero Participation's date texts are not empty")
	}
	// joined in 2007, on hold from some day before 2013, reported in early 2014
	if participant.HeldOn(mustDate(t, "2012")) || participant.HeldOn(mustDate(t, "2016-03")) ||
		!onHold.HeldOn(mustDate(t, "2013-06")) || onHold.HeldOn(mustDate(t, "2016-03")) ||
		onHold.HeldOn(capartner.Date{}) || onHold.HeldOn(capartner.Date{Month: 13}) {
		t.Error("HeldOn")
	}
	for _, c := range []struct {
		p    capartner.Participation
		date string
		want capartner.Holding
	}{
		{participant, "2006", capartner.HoldingNotHeld},
		{participant, "2012", capartner.HoldingUnknown},
		{participant, "2016-03", capartner.HoldingNotHeld},
		{onHold, "2012", capartner.HoldingUnknown},
		{onHold, "2013-06", capartner.HoldingHeld},
		{onHold, "2016-03", capartner.HoldingUnknown},
	} {
		if got := c.p.StatusOn(mustDate(t, c.date)); got != c.want {
			t.Errorf("%s on %s: %v, want %v", c.p.ID(), c.date, got, c.want)
		}
	}
	if got := onHold.StatusOn(capartner.Date{Month: 13}); got != capartner.HoldingUnknown {
		t.Errorf("status on an invalid date: %v", got)
	}
	if first, last, err := onHold.Span(capartner.Certainly); err != nil || first != 20121231 || last != 20140430 {
		t.Errorf("certain span %d..%d, %v", first, last, err)
	}
	if first, last, err := participant.Span(capartner.Possibly); err != nil || first != 20070101 || last != 20121230 {
		t.Errorf("possible span %d..%d, %v", first, last, err)
	}
	if _, _, err := onHold.Span(capartner.Certainty(7)); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("Span(7) error = %v", err)
	}
	if capartner.HoldingNotHeld.String() != "not_held" || capartner.Possibly.String() != "possibly" {
		t.Error("enum spellings")
	}
}

func TestRolesAndAreasOfTheAudit(t *testing.T) {
	countries := func(body string, role capartner.Role) string {
		var ids []string
		for _, p := range mustParticipations(t, capartner.ParticipationOptions{
			Bodies: []string{body}, Roles: []capartner.Role{role}}) {
			ids = append(ids, p.Country().ID())
		}
		sort.Strings(ids)
		return strings.Join(ids, ",")
	}
	if got := countries("nato-hq", capartner.RoleDiplomaticMission); got != "KG,KZ,TJ,TM,UZ" {
		t.Errorf("diplomatic missions: %s", got)
	}
	if got := countries("nato-hq", capartner.RoleMilitaryRepresentative); got != "KZ,UZ" {
		t.Errorf("military representatives: %s", got)
	}
	if got := countries("istanbul-process", capartner.RoleEncouraged); got != "KG,KZ,TJ,TM,UZ" {
		t.Errorf("encouraged: %s", got)
	}
	cep, err := capartner.FindParticipation("tj-nato-cep-interest")
	if err != nil {
		t.Fatal(err)
	}
	if area, ok := cep.Area(); !ok || area.ID() != "civil-emergency-planning" {
		t.Errorf("Area() = %v, %v", area, ok)
	}
	var publicDiplomacy []string
	for _, p := range mustParticipations(t, capartner.ParticipationOptions{
		Areas: []string{"public-diplomacy"}}) {
		publicDiplomacy = append(publicDiplomacy, p.ID())
	}
	if strings.Join(publicDiplomacy, ",") !=
		"tj-nato-public-diplomacy-talks,uz-nato-public-diplomacy-cooperation" {
		t.Errorf("Areas: %v", publicDiplomacy)
	}
	parp, err := capartner.FindParticipation("kz-parp-participant")
	if _, ok := parp.Area(); err != nil || ok {
		t.Errorf("kz-parp-participant has an area (%v)", err)
	}
}

func TestEvent(t *testing.T) {
	var previous capartner.Event
	places, areas, bodies := 0, 0, 0
	for _, e := range capartner.AllEvents() {
		if !e.Date().IsKnown() || e.DateText() != e.Date().String() || e.Summary() == "" ||
			e.Kind().String() == "" || e.String() != e.DateText()+" "+e.Summary() {
			t.Errorf("%s: %v", e.ID(), e)
		}
		if _, ok := e.Place(); ok {
			places++
		}
		areas += len(e.Areas())
		bodies += len(e.Bodies())
		for _, c := range e.Countries() {
			if c.IsZero() {
				t.Errorf("%s: zero country", e.ID())
			}
		}
		alternative, ok := e.AlternativeOf()
		if e.IsPreferred() == ok || (ok && !alternative.IsPreferred()) {
			t.Errorf("%s: preferred %v, alternative of %v", e.ID(), e.IsPreferred(), alternative)
		}
		if e.Citation().IsZero() {
			t.Errorf("%s: no citation", e.ID())
		}
		if !previous.IsZero() && previous.Date().Compare(e.Date()) > 0 {
			t.Errorf("%s before %s", previous.ID(), e.ID())
		}
		previous = e
	}
	if places == 0 || areas == 0 || bodies == 0 {
		t.Errorf("events with places %d, areas %d, bodies %d", places, areas, bodies)
	}
}

func TestZeroRecords(t *testing.T) {
	var c capartner.Country
	if !c.IsZero() || c.Name() != "" || c.Numeric() != 0 || len(c.Names()) != 0 ||
		!c.Citation().IsZero() {
		t.Error("zero Country")
	}
	if _, ok := c.Capital(); ok {
		t.Error("zero Country has a capital")
	}
	if _, err := c.NameIn("en", capartner.NameShort); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("zero Country NameIn error = %v", err)
	}
	var e capartner.Event
	if e.Summary() != "" || e.Date().IsKnown() || len(e.Countries()) != 0 || e.IsPreferred() {
		t.Error("zero Event")
	}
	var p capartner.Place
	if _, err := p.NameOn(mustDate(t, "2000")); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("zero Place NameOn error = %v", err)
	}
	var citation capartner.Citation
	if !citation.Source().IsZero() || citation.Paragraph() != 0 {
		t.Error("zero Citation")
	}
	if _, ok := citation.Section(); ok {
		t.Error("zero Citation has a section")
	}
	var s capartner.Section
	if !s.IsZero() || s.ID() != "" || !s.Source().IsZero() || s.Index() != -1 {
		t.Error("zero Section")
	}
	var source capartner.Source
	var name capartner.Name
	var area capartner.Area
	var body capartner.Body
	var participation capartner.Participation
	if !source.IsZero() || !name.IsZero() || !area.IsZero() || !body.IsZero() ||
		!participation.IsZero() || participation.HeldOn(mustDate(t, "2000")) ||
		source.Index() != -1 {
		t.Error("zero records")
	}
}

// endsLater orders dates by their last day, then by the timeline order.
func endsLater(a, b capartner.Date) bool {
	if !a.Latest().Equal(b.Latest()) {
		return a.Latest().After(b.Latest())
	}
	return a.Compare(b) > 0
}
