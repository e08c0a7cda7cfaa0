package capartner

/*
#include <capartner.h>
*/
import "C"

import (
	"math"
	"strconv"
)

// The record types are values wrapping a pointer into the library's static,
// read-only tables. The zero value is "no record": its methods return zero
// values (the C accessors accept NULL), and IsZero reports it.

// ---------------------------------------------------------------- sources

// Source is a document the data comes from.
type Source struct{ p *C.capartner_source }

// SourceCount returns the number of sources.
func SourceCount() int { return int(C.capartner_source_count()) }

// SourceAt returns the source at index 0 <= i < SourceCount (ErrOutOfRange otherwise).
func SourceAt(i int) (Source, error) {
	if i < 0 {
		return Source{}, outOfRange("SourceAt", i)
	}
	var out *C.capartner_source
	err := check(C.capartner_source_at(C.size_t(i), &out), "SourceAt", strconv.Itoa(i))
	return Source{out}, err
}

// FindSource returns the source with this id.
func FindSource(id string) (Source, error) {
	var out *C.capartner_source
	err := withKey(id, "FindSource", func(key *C.char) C.capartner_status {
		return C.capartner_source_find(key, &out)
	})
	return Source{out}, err
}

// Sources returns every source, in table order.
func Sources() []Source {
	all := make([]Source, SourceCount())
	for i := range all {
		all[i], _ = SourceAt(i)
	}
	return all
}

// IsZero reports whether s is the zero Source (no record).
func (s Source) IsZero() bool { return s.p == nil }

// Index returns the position in the table: SourceAt(s.Index()) == s (-1 for the zero value).
func (s Source) Index() int { return int(C.capartner_source_index(s.p)) }

// ID returns the stable id, e.g. "nato-central-asia-2016".
func (s Source) ID() string { return C.GoString(C.capartner_source_id(s.p)) }

// Kind returns the kind of document.
func (s Source) Kind() SourceKind { return SourceKind(C.capartner_source_kind_of(s.p)) }

// Title returns the document's title.
func (s Source) Title() string { return C.GoString(C.capartner_source_title(s.p)) }

// Publisher returns who published the document.
func (s Source) Publisher() string { return C.GoString(C.capartner_source_publisher(s.p)) }

// URL returns where the document is ("" for packaged references).
func (s Source) URL() string { return C.GoString(C.capartner_source_url(s.p)) }

// Published returns the publication or last-update date.
func (s Source) Published() Date { return goDate(C.capartner_source_published(s.p)) }

// ContentDate returns the date the content describes: the date of the
// source's evidence ("early 2014" for a page published in 2016), the
// publication date when the data gives none.
func (s Source) ContentDate() Date { return goDate(C.capartner_source_content_date(s.p)) }

// Note returns what a reader needs to weigh the source.
func (s Source) Note() string { return C.GoString(C.capartner_source_note(s.p)) }

// String returns the title.
func (s Source) String() string { return s.Title() }

// --------------------------------------------------------------- sections

// Section is a titled part of a Source, in document order.
type Section struct{ p *C.capartner_section }

// SectionCount returns the number of sections.
func SectionCount() int { return int(C.capartner_section_count()) }

// SectionAt returns the section at index 0 <= i < SectionCount.
func SectionAt(i int) (Section, error) {
	if i < 0 {
		return Section{}, outOfRange("SectionAt", i)
	}
	var out *C.capartner_section
	err := check(C.capartner_section_at(C.size_t(i), &out), "SectionAt",
		strconv.Itoa(i))
	return Section{out}, err
}

// FindSection returns the section with this id.
func FindSection(id string) (Section, error) {
	var out *C.capartner_section
	err := withKey(id, "FindSection", func(key *C.char) C.capartner_status {
		return C.capartner_section_find(key, &out)
	})
	return Section{out}, err
}

// Sections returns every section, in table order.
func Sections() []Section {
	all := make([]Section, SectionCount())
	for i := range all {
		all[i], _ = SectionAt(i)
	}
	return all
}

// IsZero reports whether s is the zero Section.
func (s Section) IsZero() bool { return s.p == nil }

// Index returns the position in the table: SectionAt(s.Index()) == s (-1 for the zero value).
func (s Section) Index() int { return int(C.capartner_section_index(s.p)) }

// ID returns the stable id.
func (s Section) ID() string { return C.GoString(C.capartner_section_id(s.p)) }

// Source returns the source the section belongs to.
func (s Section) Source() Source { return Source{C.capartner_section_source(s.p)} }

// Ordinal returns the 1-based position within the source.
func (s Section) Ordinal() int { return int(C.capartner_section_ordinal(s.p)) }

// Title returns the heading as printed in the source.
func (s Section) Title() string { return C.GoString(C.capartner_section_title(s.p)) }

// String returns the title.
func (s Section) String() string { return s.Title() }

// -------------------------------------------------------------- citations

// Citation says where a record comes from. Every record has exactly one.
type Citation struct{ p *C.capartner_citation }

// IsZero reports whether c is the zero Citation.
func (c Citation) IsZero() bool { return c.p == nil }

// Source returns the cited source.
func (c Citation) Source() Source { return Source{C.capartner_citation_source(c.p)} }

// Section returns the cited section, if the citation names one.
func (c Citation) Section() (Section, bool) {
	s := Section{C.capartner_citation_section(c.p)}
	return s, s.p != nil
}

// Paragraph returns the 1-based paragraph within the section, 0 when the
// source has no numbered place.
func (c Citation) Paragraph() int { return int(C.capartner_citation_paragraph(c.p)) }

// ------------------------------------------------------------------ names

// Name is a name of a country, body or place in one language, with the
// interval in which it was in use.
type Name struct{ p *C.capartner_name }

// IsZero reports whether n is the zero Name.
func (n Name) IsZero() bool { return n.p == nil }

// Text returns the name as written.
func (n Name) Text() string { return C.GoString(C.capartner_name_text(n.p)) }

// Language returns the ISO 639-1 code: "en", "fr", "ru", "kk", "ky", "tg", "tk", "uz".
func (n Name) Language() string { return C.GoString(C.capartner_name_language(n.p)) }

// Kind returns short, official, acronym or alias.
func (n Name) Kind() NameKind { return NameKind(C.capartner_name_kind_of(n.p)) }

// IsPreferred reports whether this is the preferred name of its kind and language.
func (n Name) IsPreferred() bool { return C.capartner_name_is_preferred(n.p) != 0 }

// ValidFrom returns when the name came into use (unknown when always).
func (n Name) ValidFrom() Date { return goDate(C.capartner_name_valid_from(n.p)) }

// ValidTo returns when the name went out of use (unknown when still in use).
func (n Name) ValidTo() Date { return goDate(C.capartner_name_valid_to(n.p)) }

// ValidOn reports whether the name was in use on a date (false for an
// unknown or invalid date).
func (n Name) ValidOn(d Date) bool {
	c, ok := d.cDate()
	return ok && C.capartner_name_valid_on(n.p, c) != 0
}

// Citation returns where the name comes from.
func (n Name) Citation() Citation { return Citation{C.capartner_name_citation(n.p)} }

// String returns the text.
func (n Name) String() string { return n.Text() }

// -------------------------------------------------------------- countries

// Country is one of the five Central Asian partners or another country the
// sources name in a role.
type Country struct{ p *C.capartner_country }

// CountryCount returns the number of countries.
func CountryCount() int { return int(C.capartner_country_count()) }

// CountryAt returns the country at index 0 <= i < CountryCount.
func CountryAt(i int) (Country, error) {
	if i < 0 {
		return Country{}, outOfRange("CountryAt", i)
	}
	var out *C.capartner_country
	err := check(C.capartner_country_at(C.size_t(i), &out), "CountryAt",
		strconv.Itoa(i))
	return Country{out}, err
}

// FindCountry returns the country with any key: alpha-2, alpha-3, numeric
// ("398"), or any name or alias in any language, compared case-insensitively
// ("kazakhstan", "Казахстан").
func FindCountry(key string) (Country, error) {
	var out *C.capartner_country
	err := withKey(key, "FindCountry", func(ckey *C.char) C.capartner_status {
		return C.capartner_country_find(ckey, &out)
	})
	return Country{out}, withSuggestions(err, key, func(r interface{}) bool { _, ok := r.(Country); return ok })
}

// CountryByAlpha2 returns the country with an ISO 3166-1 alpha-2 code (any case).
func CountryByAlpha2(code string) (Country, error) {
	var out *C.capartner_country
	err := withKey(code, "CountryByAlpha2", func(ckey *C.char) C.capartner_status {
		return C.capartner_country_by_alpha2(ckey, &out)
	})
	return Country{out}, err
}

// CountryByAlpha3 returns the country with an ISO 3166-1 alpha-3 code (any case).
func CountryByAlpha3(code string) (Country, error) {
	var out *C.capartner_country
	err := withKey(code, "CountryByAlpha3", func(ckey *C.char) C.capartner_status {
		return C.capartner_country_by_alpha3(ckey, &out)
	})
	return Country{out}, err
}

// CountryByNumeric returns the country with an ISO 3166-1 numeric code
// (1..999; ErrOutOfRange otherwise).
func CountryByNumeric(code int) (Country, error) {
	if code < math.MinInt32 || code > math.MaxInt32 {
		return Country{}, outOfRange("CountryByNumeric", code)
	}
	var out *C.capartner_country
	err := check(C.capartner_country_by_numeric(C.int(code), &out),
		"CountryByNumeric", strconv.Itoa(code))
	return Country{out}, err
}

// Countries returns every country, in table order.
func Countries() []Country {
	all := make([]Country, CountryCount())
	for i := range all {
		all[i], _ = CountryAt(i)
	}
	return all
}

// IsZero reports whether c is the zero Country.
func (c Country) IsZero() bool { return c.p == nil }

// Index returns the position in the table (-1 for the zero value).
func (c Country) Index() int { return int(C.capartner_country_index(c.p)) }

// ID returns the stable id (the alpha-2 code).
func (c Country) ID() string { return C.GoString(C.capartner_country_id(c.p)) }

// Alpha2 returns the ISO 3166-1 alpha-2 code, e.g. "KZ".
func (c Country) Alpha2() string { return C.GoString(C.capartner_country_alpha2(c.p)) }

// Alpha3 returns the ISO 3166-1 alpha-3 code, e.g. "KAZ".
func (c Country) Alpha3() string { return C.GoString(C.capartner_country_alpha3(c.p)) }

// Numeric returns the ISO 3166-1 numeric code, e.g. 398.
func (c Country) Numeric() int { return int(C.capartner_country_numeric(c.p)) }

// Name returns the preferred English short name, e.g. "Kazakhstan".
func (c Country) Name() string { return C.GoString(C.capartner_country_name(c.p)) }

// IsPartner reports whether the country is one of the five Central Asian partners.
func (c Country) IsPartner() bool { return C.capartner_country_is_partner(c.p) != 0 }

// Note returns why a non-partner country is in the dataset.
func (c Country) Note() string { return C.GoString(C.capartner_country_note(c.p)) }

// Capital returns the capital, if the data names one.
func (c Country) Capital() (Place, bool) {
	p := Place{C.capartner_country_capital(c.p)}
	return p, p.p != nil
}

// COWCode returns the Correlates of War state code, 0 when not given.
func (c Country) COWCode() int { return int(C.capartner_country_cow_code(c.p)) }

// COWAbbreviation returns the Correlates of War abbreviation, "" when not given.
func (c Country) COWAbbreviation() string {
	return C.GoString(C.capartner_country_cow_abbreviation(c.p))
}

// CodesSource returns the reference source of the codes and capital (the
// citation is the note's).
func (c Country) CodesSource() Source { return Source{C.capartner_country_codes_source(c.p)} }

// COWSource returns the reference source of the COW code, if a code is given.
func (c Country) COWSource() (Source, bool) {
	s := Source{C.capartner_country_cow_source(c.p)}
	return s, s.p != nil
}

// Names returns every name and alias, in every language.
func (c Country) Names() []Name {
	names := make([]Name, int(C.capartner_country_name_count(c.p)))
	for i := range names {
		C.capartner_country_name_at(c.p, C.size_t(i), &names[i].p)
	}
	return names
}

// NameIn returns the preferred name of a kind in a language ("en",
// NameOfficial); ErrNotFound when there is none.
func (c Country) NameIn(language string, kind NameKind) (Name, error) {
	var out *C.capartner_name
	clang, err := cString(language, "Country.NameIn")
	if err != nil {
		return Name{}, err
	}
	defer free(clang)
	status := C.capartner_country_name_in(c.p, clang, C.capartner_name_kind(kind), &out)
	err = check(status, "Country.NameIn",
		strconv.Quote(c.ID())+", "+strconv.Quote(language)+", "+kind.String())
	return Name{out}, err
}

// Citation returns where the record comes from.
func (c Country) Citation() Citation { return Citation{C.capartner_country_citation(c.p)} }

// String returns the name.
func (c Country) String() string { return c.Name() }

// ----------------------------------------------------------------- bodies

// Body is a NATO body, programme, mechanism, operation, centre, unit,
// exercise, office, plan, route, document ...
type Body struct{ p *C.capartner_body }

// BodyCount returns the number of bodies.
func BodyCount() int { return int(C.capartner_body_count()) }

// BodyAt returns the body at index 0 <= i < BodyCount.
func BodyAt(i int) (Body, error) {
	if i < 0 {
		return Body{}, outOfRange("BodyAt", i)
	}
	var out *C.capartner_body
	err := check(C.capartner_body_at(C.size_t(i), &out), "BodyAt", strconv.Itoa(i))
	return Body{out}, err
}

// FindBody returns the body with an id, acronym, name or alias, compared
// case-insensitively: "pfp", "PARP", "Partnership for Peace".
func FindBody(key string) (Body, error) {
	var out *C.capartner_body
	err := withKey(key, "FindBody", func(ckey *C.char) C.capartner_status {
		return C.capartner_body_find(ckey, &out)
	})
	return Body{out}, withSuggestions(err, key, func(r interface{}) bool { _, ok := r.(Body); return ok })
}

// Bodies returns every body, in table order.
func Bodies() []Body {
	all := make([]Body, BodyCount())
	for i := range all {
		all[i], _ = BodyAt(i)
	}
	return all
}

// IsZero reports whether b is the zero Body.
func (b Body) IsZero() bool { return b.p == nil }

// Index returns the position in the table (-1 for the zero value).
func (b Body) Index() int { return int(C.capartner_body_index(b.p)) }

// ID returns the stable id, e.g. "parp".
func (b Body) ID() string { return C.GoString(C.capartner_body_id(b.p)) }

// Kind returns what sort of body it is.
func (b Body) Kind() BodyKind { return BodyKind(C.capartner_body_kind_of(b.p)) }

// Acronym returns the acronym, e.g. "PfP", or "".
func (b Body) Acronym() string { return C.GoString(C.capartner_body_acronym(b.p)) }

// Name returns the full English name.
func (b Body) Name() string { return C.GoString(C.capartner_body_name(b.p)) }

// Summary returns one sentence about the body.
func (b Body) Summary() string { return C.GoString(C.capartner_body_summary(b.p)) }

// Parent returns the body this one belongs to, if any.
func (b Body) Parent() (Body, bool) {
	parent := Body{C.capartner_body_parent(b.p)}
	return parent, parent.p != nil
}

// Started returns when the body was created (unknown when not stated).
func (b Body) Started() Date { return goDate(C.capartner_body_started(b.p)) }

// Ended returns when the body ended (unknown when not stated or still active).
func (b Body) Ended() Date { return goDate(C.capartner_body_ended(b.p)) }

// Place returns where the body sits, if the data says.
func (b Body) Place() (Place, bool) {
	p := Place{C.capartner_body_place(b.p)}
	return p, p.p != nil
}

// Names returns every name and alias of the body.
func (b Body) Names() []Name {
	names := make([]Name, int(C.capartner_body_name_count(b.p)))
	for i := range names {
		C.capartner_body_name_at(b.p, C.size_t(i), &names[i].p)
	}
	return names
}

// Citation returns where the record comes from.
func (b Body) Citation() Citation { return Citation{C.capartner_body_citation(b.p)} }

// String returns the name.
func (b Body) String() string { return b.Name() }

// ----------------------------------------------------------------- places

// Place is a city, river or region, with the names it had over time.
type Place struct{ p *C.capartner_place }

// PlaceCount returns the number of places.
func PlaceCount() int { return int(C.capartner_place_count()) }

// PlaceAt returns the place at index 0 <= i < PlaceCount.
func PlaceAt(i int) (Place, error) {
	if i < 0 {
		return Place{}, outOfRange("PlaceAt", i)
	}
	var out *C.capartner_place
	err := check(C.capartner_place_at(C.size_t(i), &out), "PlaceAt", strconv.Itoa(i))
	return Place{out}, err
}

// FindPlace returns the place with an id or any of its names ("Akmola").
func FindPlace(key string) (Place, error) {
	var out *C.capartner_place
	err := withKey(key, "FindPlace", func(ckey *C.char) C.capartner_status {
		return C.capartner_place_find(ckey, &out)
	})
	return Place{out}, withSuggestions(err, key, func(r interface{}) bool { _, ok := r.(Place); return ok })
}

// Places returns every place, in table order.
func Places() []Place {
	all := make([]Place, PlaceCount())
	for i := range all {
		all[i], _ = PlaceAt(i)
	}
	return all
}

// IsZero reports whether p is the zero Place.
func (p Place) IsZero() bool { return p.p == nil }

// Index returns the position in the table (-1 for the zero value).
func (p Place) Index() int { return int(C.capartner_place_index(p.p)) }

// ID returns the stable id, e.g. "astana".
func (p Place) ID() string { return C.GoString(C.capartner_place_id(p.p)) }

// Name returns the current English name.
func (p Place) Name() string { return C.GoString(C.capartner_place_name(p.p)) }

// Kind returns city, river or region.
func (p Place) Kind() PlaceKind { return PlaceKind(C.capartner_place_kind_of(p.p)) }

// Country returns the country the place is in, if the data says.
func (p Place) Country() (Country, bool) {
	c := Country{C.capartner_place_country(p.p)}
	return c, c.p != nil
}

// Names returns every name the place has had, in every language.
func (p Place) Names() []Name {
	names := make([]Name, int(C.capartner_place_name_count(p.p)))
	for i := range names {
		C.capartner_place_name_at(p.p, C.size_t(i), &names[i].p)
	}
	return names
}

// NameOn returns the preferred English name in use on a date ("Akmola" in
// 1997); ErrNotFound when none was, ErrInvalidDate for an unknown or invalid date.
func (p Place) NameOn(d Date) (Name, error) {
	c, ok := d.cDate()
	if !ok {
		return Name{}, d.invalid("Place.NameOn")
	}
	var out *C.capartner_name
	err := check(C.capartner_place_name_on(p.p, c, &out), "Place.NameOn",
		strconv.Quote(p.ID())+", "+d.String())
	return Name{out}, err
}

// Citation returns where the record comes from.
func (p Place) Citation() Citation { return Citation{C.capartner_place_citation(p.p)} }

// String returns the name.
func (p Place) String() string { return p.Name() }

// ------------------------------------------------------------------ areas

// Area is an area of cooperation.
type Area struct{ p *C.capartner_area }

// AreaCount returns the number of areas.
func AreaCount() int { return int(C.capartner_area_count()) }

// AreaAt returns the area at index 0 <= i < AreaCount.
func AreaAt(i int) (Area, error) {
	if i < 0 {
		return Area{}, outOfRange("AreaAt", i)
	}
	var out *C.capartner_area
	err := check(C.capartner_area_at(C.size_t(i), &out), "AreaAt", strconv.Itoa(i))
	return Area{out}, err
}

// FindArea returns the area with an id or name.
func FindArea(key string) (Area, error) {
	var out *C.capartner_area
	err := withKey(key, "FindArea", func(ckey *C.char) C.capartner_status {
		return C.capartner_area_find(ckey, &out)
	})
	return Area{out}, withSuggestions(err, key, func(r interface{}) bool { _, ok := r.(Area); return ok })
}

// Areas returns every area, in table order.
func Areas() []Area {
	all := make([]Area, AreaCount())
	for i := range all {
		all[i], _ = AreaAt(i)
	}
	return all
}

// IsZero reports whether a is the zero Area.
func (a Area) IsZero() bool { return a.p == nil }

// Index returns the position in the table (-1 for the zero value).
func (a Area) Index() int { return int(C.capartner_area_index(a.p)) }

// ID returns the stable id, e.g. "public-diplomacy".
func (a Area) ID() string { return C.GoString(C.capartner_area_id(a.p)) }

// Name returns the name, e.g. "Public diplomacy".
func (a Area) Name() string { return C.GoString(C.capartner_area_name(a.p)) }

// Summary returns one sentence about the area.
func (a Area) Summary() string { return C.GoString(C.capartner_area_summary(a.p)) }

// Citation returns where the record comes from.
func (a Area) Citation() Citation { return Citation{C.capartner_area_citation(a.p)} }

// String returns the name.
func (a Area) String() string { return a.Name() }

// --------------------------------------------------------- participations

// Participation is a country's role in a body, held from Started to Ended,
// as last reported on Reported.
type Participation struct{ p *C.capartner_participation }

// ParticipationCount returns the number of participations (alternatives included).
func ParticipationCount() int { return int(C.capartner_participation_count()) }

// ParticipationAt returns the participation at index 0 <= i < ParticipationCount.
func ParticipationAt(i int) (Participation, error) {
	if i < 0 {
		return Participation{}, outOfRange("ParticipationAt", i)
	}
	var out *C.capartner_participation
	err := check(C.capartner_participation_at(C.size_t(i), &out), "ParticipationAt",
		strconv.Itoa(i))
	return Participation{out}, err
}

// FindParticipation returns the participation with this id.
func FindParticipation(id string) (Participation, error) {
	var out *C.capartner_participation
	err := withKey(id, "FindParticipation", func(key *C.char) C.capartner_status {
		return C.capartner_participation_find(key, &out)
	})
	return Participation{out}, err
}

// AllParticipations returns every participation in table order, alternatives
// included (Participations filters).
func AllParticipations() []Participation {
	all := make([]Participation, ParticipationCount())
	for i := range all {
		all[i], _ = ParticipationAt(i)
	}
	return all
}

// IsZero reports whether p is the zero Participation.
func (p Participation) IsZero() bool { return p.p == nil }

// Index returns the position in the table (-1 for the zero value).
func (p Participation) Index() int { return int(C.capartner_participation_index(p.p)) }

// ID returns the stable id, e.g. "kg-parp-participant".
func (p Participation) ID() string { return C.GoString(C.capartner_participation_id(p.p)) }

// Country returns the participating country.
func (p Participation) Country() Country {
	return Country{C.capartner_participation_country(p.p)}
}

// Body returns the body participated in.
func (p Participation) Body() Body { return Body{C.capartner_participation_body(p.p)} }

// Role returns the role held.
func (p Participation) Role() Role { return Role(C.capartner_participation_role(p.p)) }

// Area returns the area of cooperation the relation is about, if it is about
// one rather than the body as a whole.
func (p Participation) Area() (Area, bool) {
	a := Area{C.capartner_participation_area(p.p)}
	return a, a.p != nil
}

// Started returns when the role began (unknown when not stated).
func (p Participation) Started() Date { return goDate(C.capartner_participation_started(p.p)) }

// Ended returns when the role ended (unknown when not stated or still held).
func (p Participation) Ended() Date { return goDate(C.capartner_participation_ended(p.p)) }

// Reported returns the date of the statement.
func (p Participation) Reported() Date { return goDate(C.capartner_participation_reported(p.p)) }

// StartedText returns Started's text form, e.g. "1995" or "unknown".
func (p Participation) StartedText() string {
	return C.GoString(C.capartner_participation_started_text(p.p))
}

// EndedText returns Ended's text form, e.g. "before 2013" or "unknown".
func (p Participation) EndedText() string {
	return C.GoString(C.capartner_participation_ended_text(p.p))
}

// ReportedText returns Reported's text form, e.g. "2017-12-12".
func (p Participation) ReportedText() string {
	return C.GoString(C.capartner_participation_reported_text(p.p))
}

// Summary returns one sentence about the relation.
func (p Participation) Summary() string {
	return C.GoString(C.capartner_participation_summary(p.p))
}

// IsPreferred reports false when another record states the same relation
// differently and the dataset prefers that one.
func (p Participation) IsPreferred() bool {
	return C.capartner_participation_is_preferred(p.p) != 0
}

// AlternativeOf returns the preferred record this one is an alternative to.
func (p Participation) AlternativeOf() (Participation, bool) {
	other := Participation{C.capartner_participation_alternative_of(p.p)}
	return other, other.p != nil
}

// HeldOn reports whether the relation certainly held on a date (StatusOn is
// HoldingHeld; false for an unknown or invalid date).
func (p Participation) HeldOn(d Date) bool {
	c, ok := d.cDate()
	return ok && C.capartner_participation_held_on(p.p, c) != 0
}

// StatusOn says whether the relation held on a date: HoldingHeld,
// HoldingNotHeld, or HoldingUnknown where the sources do not tell (before a
// start they do not give, after the last source that reports it; also for an
// unknown or invalid date).
func (p Participation) StatusOn(d Date) Holding {
	c, ok := d.cDate()
	if !ok {
		return HoldingUnknown
	}
	return Holding(C.capartner_participation_status_on(p.p, c))
}

// Span returns the days the relation certainly (Certainly) or possibly
// (Possibly) held, as yyyymmdd like Date.Bounds: open ends are 0 and
// 99991231, and first > last when there are none.
func (p Participation) Span(mode Certainty) (first, last int, err error) {
	var cfirst, clast C.int32_t
	err = check(C.capartner_participation_span(p.p, C.capartner_certainty(mode), &cfirst, &clast),
		"Participation.Span", strconv.Itoa(int(mode)))
	return int(cfirst), int(clast), err
}

// Citation returns where the record comes from.
func (p Participation) Citation() Citation {
	return Citation{C.capartner_participation_citation(p.p)}
}

// String returns e.g. "Kyrgyzstan participant PARP".
func (p Participation) String() string {
	body := p.Body()
	name := body.Acronym()
	if name == "" {
		name = body.Name()
	}
	return p.Country().Name() + " " + p.Role().String() + " " + name
}

// ----------------------------------------------------------------- events

// Event is a dated statement: one entry of the timeline.
type Event struct{ p *C.capartner_event }

// EventCount returns the number of events (alternatives included).
func EventCount() int { return int(C.capartner_event_count()) }

// EventAt returns the event at index 0 <= i < EventCount; events are indexed
// in timeline order.
func EventAt(i int) (Event, error) {
	if i < 0 {
		return Event{}, outOfRange("EventAt", i)
	}
	var out *C.capartner_event
	err := check(C.capartner_event_at(C.size_t(i), &out), "EventAt", strconv.Itoa(i))
	return Event{out}, err
}

// FindEvent returns the event with this id.
func FindEvent(id string) (Event, error) {
	var out *C.capartner_event
	err := withKey(id, "FindEvent", func(key *C.char) C.capartner_status {
		return C.capartner_event_find(key, &out)
	})
	return Event{out}, err
}

// AllEvents returns every event in timeline order, alternatives included
// (Timeline filters).
func AllEvents() []Event {
	all := make([]Event, EventCount())
	for i := range all {
		all[i], _ = EventAt(i)
	}
	return all
}

// IsZero reports whether e is the zero Event.
func (e Event) IsZero() bool { return e.p == nil }

// Index returns the position in the timeline (-1 for the zero value).
func (e Event) Index() int { return int(C.capartner_event_index(e.p)) }

// ID returns the stable id, e.g. "2013-12-deep-uzbekistan".
func (e Event) ID() string { return C.GoString(C.capartner_event_id(e.p)) }

// Date returns the date.
func (e Event) Date() Date { return goDate(C.capartner_event_date(e.p)) }

// DateText returns the date's text form, e.g. "early 2014".
func (e Event) DateText() string { return C.GoString(C.capartner_event_date_text(e.p)) }

// Kind returns what sort of event it is.
func (e Event) Kind() EventKind { return EventKind(C.capartner_event_kind_of(e.p)) }

// Summary returns one line in the dataset's own words.
func (e Event) Summary() string { return C.GoString(C.capartner_event_summary(e.p)) }

// Place returns where the event happened, if the data says.
func (e Event) Place() (Place, bool) {
	p := Place{C.capartner_event_place(e.p)}
	return p, p.p != nil
}

// Countries returns the countries involved.
func (e Event) Countries() []Country {
	all := make([]Country, int(C.capartner_event_country_count(e.p)))
	for i := range all {
		C.capartner_event_country_at(e.p, C.size_t(i), &all[i].p)
	}
	return all
}

// Bodies returns the bodies involved.
func (e Event) Bodies() []Body {
	all := make([]Body, int(C.capartner_event_body_count(e.p)))
	for i := range all {
		C.capartner_event_body_at(e.p, C.size_t(i), &all[i].p)
	}
	return all
}

// Areas returns the areas of cooperation.
func (e Event) Areas() []Area {
	all := make([]Area, int(C.capartner_event_area_count(e.p)))
	for i := range all {
		C.capartner_event_area_at(e.p, C.size_t(i), &all[i].p)
	}
	return all
}

// IsPreferred reports false when another record states the same event
// differently and the dataset prefers that one.
func (e Event) IsPreferred() bool { return C.capartner_event_is_preferred(e.p) != 0 }

// AlternativeOf returns the preferred record this one is an alternative to.
func (e Event) AlternativeOf() (Event, bool) {
	other := Event{C.capartner_event_alternative_of(e.p)}
	return other, other.p != nil
}

// Citation returns where the record comes from.
func (e Event) Citation() Citation { return Citation{C.capartner_event_citation(e.p)} }

// String returns the date text and the summary.
func (e Event) String() string { return e.DateText() + " " + e.Summary() }

func outOfRange(op string, i int) error {
	return &Error{Op: op, Arg: strconv.Itoa(i), Status: StatusOutOfRange}
}
