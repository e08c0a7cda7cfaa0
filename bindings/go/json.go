package capartner

import (
	"encoding/json"
	"time"
)

// The JSON form of each record is its row in the capartner command's JSON
// export (docs/json-schema.md): the same keys in the same order, null for an
// absent value, dates in their text form ("early 2014"). An Event's is the row
// of `capartner timeline --format json`, with its countries, bodies and areas
// as arrays of ids; a Name's has the names table's columns of its own (not its
// owner). json.Marshal of a record, or of a slice of records, gives that form.

// citationColumns are the three columns every cited row ends with.
type citationColumns struct {
	Source    string  `json:"source"`
	Section   *string `json:"section"`
	Paragraph *int    `json:"paragraph"`
}

func citationOf(c Citation) citationColumns {
	columns := citationColumns{Source: c.Source().ID()}
	if section, ok := c.Section(); ok {
		id := section.ID()
		columns.Section = &id
	}
	if paragraph := c.Paragraph(); paragraph != 0 {
		columns.Paragraph = &paragraph
	}
	return columns
}

// optionalText is nil for "" (an absent value).
func optionalText(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// optionalDate is nil for the unknown date, else the date's text form.
func optionalDate(d Date) *string {
	if !d.IsKnown() {
		return nil
	}
	return optionalText(d.String())
}

func optionalID(id string, ok bool) *string {
	if !ok {
		return nil
	}
	return &id
}

// MarshalJSON writes the source's row of the export.
func (s Source) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID          string  `json:"id"`
		Kind        string  `json:"kind"`
		Title       string  `json:"title"`
		Publisher   *string `json:"publisher"`
		URL         *string `json:"url"`
		Published   *string `json:"published"`
		ContentDate *string `json:"content_date"`
		Note        *string `json:"note"`
	}{s.ID(), s.Kind().String(), s.Title(), optionalText(s.Publisher()), optionalText(s.URL()),
		optionalDate(s.Published()), optionalDate(s.ContentDate()), optionalText(s.Note())})
}

// MarshalJSON writes the section's row of the export.
func (s Section) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID      string `json:"id"`
		Source  string `json:"source"`
		Ordinal int    `json:"ordinal"`
		Title   string `json:"title"`
	}{s.ID(), s.Source().ID(), s.Ordinal(), s.Title()})
}

// MarshalJSON writes source, section and paragraph, as the export's rows carry them.
func (c Citation) MarshalJSON() ([]byte, error) { return json.Marshal(citationOf(c)) }

// MarshalJSON writes the name's own columns of the export's names table.
func (n Name) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Language  string  `json:"language"`
		Kind      string  `json:"kind"`
		Text      string  `json:"text"`
		Preferred bool    `json:"preferred"`
		ValidFrom *string `json:"valid_from"`
		ValidTo   *string `json:"valid_to"`
		citationColumns
	}{n.Language(), n.Kind().String(), n.Text(), n.IsPreferred(), optionalDate(n.ValidFrom()),
		optionalDate(n.ValidTo()), citationOf(n.Citation())})
}

// MarshalJSON writes the country's row of the export.
func (c Country) MarshalJSON() ([]byte, error) {
	capital, hasCapital := c.Capital()
	cowSource, hasCOWSource := c.COWSource()
	var cowCode *int
	if code := c.COWCode(); code != 0 {
		cowCode = &code
	}
	return json.Marshal(struct {
		ID              string  `json:"id"`
		Alpha2          string  `json:"alpha2"`
		Alpha3          string  `json:"alpha3"`
		Numeric         int     `json:"numeric"`
		Name            string  `json:"name"`
		Partner         bool    `json:"partner"`
		Capital         *string `json:"capital"`
		CodesSource     string  `json:"codes_source"`
		COWCode         *int    `json:"cow_code"`
		COWAbbreviation *string `json:"cow_abbreviation"`
		COWSource       *string `json:"cow_source"`
		Note            *string `json:"note"`
		citationColumns
	}{c.ID(), c.Alpha2(), c.Alpha3(), c.Numeric(), c.Name(), c.IsPartner(),
		optionalID(capital.ID(), hasCapital), c.CodesSource().ID(), cowCode,
		optionalText(c.COWAbbreviation()), optionalID(cowSource.ID(), hasCOWSource),
		optionalText(c.Note()), citationOf(c.Citation())})
}

// MarshalJSON writes the place's row of the export.
func (p Place) MarshalJSON() ([]byte, error) {
	country, hasCountry := p.Country()
	return json.Marshal(struct {
		ID      string  `json:"id"`
		Kind    string  `json:"kind"`
		Name    string  `json:"name"`
		Country *string `json:"country"`
		citationColumns
	}{p.ID(), p.Kind().String(), p.Name(), optionalID(country.ID(), hasCountry),
		citationOf(p.Citation())})
}

// MarshalJSON writes the body's row of the export.
func (b Body) MarshalJSON() ([]byte, error) {
	parent, hasParent := b.Parent()
	place, hasPlace := b.Place()
	return json.Marshal(struct {
		ID      string  `json:"id"`
		Kind    string  `json:"kind"`
		Acronym *string `json:"acronym"`
		Name    string  `json:"name"`
		Parent  *string `json:"parent"`
		Place   *string `json:"place"`
		Started *string `json:"started"`
		Ended   *string `json:"ended"`
		Summary *string `json:"summary"`
		citationColumns
	}{b.ID(), b.Kind().String(), optionalText(b.Acronym()), b.Name(),
		optionalID(parent.ID(), hasParent), optionalID(place.ID(), hasPlace),
		optionalDate(b.Started()), optionalDate(b.Ended()), optionalText(b.Summary()),
		citationOf(b.Citation())})
}

// MarshalJSON writes the area's row of the export.
func (a Area) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID      string  `json:"id"`
		Name    string  `json:"name"`
		Summary *string `json:"summary"`
		citationColumns
	}{a.ID(), a.Name(), optionalText(a.Summary()), citationOf(a.Citation())})
}

// MarshalJSON writes the participation's row of the export.
func (p Participation) MarshalJSON() ([]byte, error) {
	alternative, isAlternative := p.AlternativeOf()
	area, hasArea := p.Area()
	asOf, _ := ParseDate(DataAsOf()) // none: the zero Date, whose status is unknown
	certainFirst, certainLast, err := spanDays(p, Certainly)
	if err != nil {
		return nil, err
	}
	possibleFirst, possibleLast, err := spanDays(p, Possibly)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		ID            string  `json:"id"`
		Country       string  `json:"country"`
		Body          string  `json:"body"`
		Role          string  `json:"role"`
		Area          *string `json:"area"`
		Status        string  `json:"status"`
		Started       *string `json:"started"`
		Ended         *string `json:"ended"`
		Reported      *string `json:"reported"`
		CertainFirst  *string `json:"certain_first"`
		CertainLast   *string `json:"certain_last"`
		PossibleFirst *string `json:"possible_first"`
		PossibleLast  *string `json:"possible_last"`
		Summary       *string `json:"summary"`
		AlternativeOf *string `json:"alternative_of"`
		citationColumns
	}{p.ID(), p.Country().ID(), p.Body().ID(), p.Role().String(), optionalID(area.ID(), hasArea),
		p.StatusOn(asOf).String(), optionalDate(p.Started()), optionalDate(p.Ended()),
		optionalDate(p.Reported()), certainFirst, certainLast, possibleFirst, possibleLast,
		optionalText(p.Summary()),
		optionalID(alternative.ID(), isAlternative), citationOf(p.Citation())})
}

// spanDays is a span's first and last day as the export writes them: nil at
// an open end; an empty certain span (never open) is nil at both ends.
func spanDays(p Participation, mode Certainty) (first, last *string, err error) {
	from, to, err := p.Span(mode)
	if err != nil || (mode == Certainly && from > to) {
		return nil, nil, err
	}
	return day(from, openEarliest), day(to, openLatest), nil
}

// day is a bound as YYYY-MM-DD, or nil at an open end.
func day(yyyymmdd int, open int) *string {
	if yyyymmdd == open {
		return nil
	}
	d := Date{Year: yyyymmdd / 10000, Month: time.Month(yyyymmdd / 100 % 100), Day: yyyymmdd % 100,
		Precision: PrecisionDay}
	return optionalText(d.String())
}

// MarshalJSON writes the event's row of `capartner timeline --format json`.
func (e Event) MarshalJSON() ([]byte, error) {
	place, hasPlace := e.Place()
	alternative, isAlternative := e.AlternativeOf()
	earliest, latest, err := e.Date().Bounds()
	if err != nil {
		return nil, err
	}
	countries, bodies, areas := []string{}, []string{}, []string{}
	for _, c := range e.Countries() {
		countries = append(countries, c.ID())
	}
	for _, b := range e.Bodies() {
		bodies = append(bodies, b.ID())
	}
	for _, a := range e.Areas() {
		areas = append(areas, a.ID())
	}
	return json.Marshal(struct {
		ID            string   `json:"id"`
		Position      int      `json:"position"`
		Date          string   `json:"date"`
		DateEarliest  *string  `json:"date_earliest"`
		DateLatest    *string  `json:"date_latest"`
		Kind          string   `json:"kind"`
		Place         *string  `json:"place"`
		Countries     []string `json:"countries"`
		Bodies        []string `json:"bodies"`
		Areas         []string `json:"areas"`
		Summary       string   `json:"summary"`
		AlternativeOf *string  `json:"alternative_of"`
		citationColumns
	}{e.ID(), e.Index(), e.DateText(), day(earliest, openEarliest), day(latest, openLatest),
		e.Kind().String(), optionalID(place.ID(), hasPlace), countries, bodies, areas,
		e.Summary(), optionalID(alternative.ID(), isAlternative), citationOf(e.Citation())})
}
