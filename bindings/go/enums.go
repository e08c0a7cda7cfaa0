package capartner

/*
#include <capartner.h>
*/
import "C"

import "strconv"

// The enumerations of the C library. String returns the spelling the data
// files use ("on_hold", "programme"); the Parse functions go the other way.

// BodyKind is the kind of a Body (capartner_body_kind).
type BodyKind int

// The values of BodyKind.
const (
	BodyOrganization BodyKind = 0  // NATO, the UN, the Aga Khan Development Network
	BodyCouncil      BodyKind = 1  // NAC, NACC, EAPC
	BodyCommand      BodyKind = 2  // commands, divisions
	BodyProgramme    BodyKind = 3  // PfP, DEEP, SPS, retraining programme
	BodyMechanism    BodyKind = 4  // IPAP, PARP, the Trust Fund mechanism
	BodyProject      BodyKind = 5  // one trust-fund project, TAPI
	BodyOperation    BodyKind = 6  // ISAF, Resolute Support
	BodyCentre       BodyKind = 7  // EADRCC, KAZCENT, training centres
	BodyUnit         BodyKind = 8  // KAZBAT, KAZBRIG
	BodyExercise     BodyKind = 9  // Steppe Eagle
	BodyOffice       BodyKind = 10 // the NATO Liaison Officer in Central Asia
	BodyProcess      BodyKind = 11 // Istanbul Process / Heart of Asia
	BodyPlan         BodyKind = 12 // PAP-T, the UN Joint Plan of Action
	BodyRoute        BodyKind = 13 // the Northern line of communication
	BodyDocument     BodyKind = 14 // PfP Framework Document, Strategic Concept
	BodyInstitution  BodyKind = 15 // universities, libraries
	BodyConcept      BodyKind = 16 // Operational Capability Concept
	BodyTreaty       BodyKind = 17 // Ottawa Convention
	BodyHeadquarters BodyKind = 18 // NATO Headquarters, SHAPE
)

// BodyKindCount is the number of BodyKind values.
const BodyKindCount = 19

// String returns the data files' spelling ("" when out of range).
func (k BodyKind) String() string {
	return C.GoString(C.capartner_body_kind_name(C.capartner_body_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k BodyKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= BodyKindCount {
		return nil, &Error{Op: "BodyKind.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseBodyKind returns the BodyKind spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseBodyKind(text string) (BodyKind, error) {
	var out C.capartner_body_kind
	err := withKey(text, "ParseBodyKind", func(ctext *C.char) C.capartner_status {
		return C.capartner_body_kind_parse(ctext, &out)
	})
	if err != nil {
		return 0, err
	}
	return BodyKind(out), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseBodyKind.
func (k *BodyKind) UnmarshalText(text []byte) error {
	parsed, err := ParseBodyKind(string(text))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// Role is a country's role in a Body (Participation.Role) (capartner_role).
type Role int

// The values of Role.
const (
	RoleMember            Role = 0
	RoleParticipant       Role = 1
	RoleOnHold            Role = 2
	RoleInterestExpressed Role = 3
	RoleRequested         Role = 4
	RoleHost              Role = 5
	RoleLeadNation        Role = 6
	RoleLeadContributor   Role = 7
	RoleContributor       Role = 8
	RoleRepresented       Role = 9
	RoleBeneficiary       Role = 10
	RoleTransitProvider   Role = 11
	RoleSupporter         Role = 12
	RoleOwner             Role = 13
	// How a country is represented at a body (RoleRepresented: other ways).
	RoleDiplomaticMission      Role = 14
	RoleMilitaryRepresentative Role = 15
	// Roles that are no taking part in the body: NATO urges the country to
	// take part; the country promotes the body among others; cooperates
	// with it in an area (Participation.Area); talks with it on closer
	// engagement in an area.
	RoleEncouraged  Role = 16
	RolePromoter    Role = 17
	RoleCooperating Role = 18
	RoleInTalks     Role = 19
)

// RoleCount is the number of Role values.
const RoleCount = 20

// String returns the data files' spelling ("" when out of range).
func (k Role) String() string {
	return C.GoString(C.capartner_role_name(C.capartner_role(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k Role) MarshalText() ([]byte, error) {
	if k < 0 || k >= RoleCount {
		return nil, &Error{Op: "Role.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseRole returns the Role spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseRole(text string) (Role, error) {
	var out C.capartner_role
	err := withKey(text, "ParseRole", func(ctext *C.char) C.capartner_status {
		return C.capartner_role_parse(ctext, &out)
	})
	if err != nil {
		return 0, err
	}
	return Role(out), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseRole.
func (k *Role) UnmarshalText(text []byte) error {
	parsed, err := ParseRole(string(text))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// EventKind is the kind of an Event (capartner_event_kind).
type EventKind int

// The values of EventKind.
const (
	EventEstablishment EventKind = 0 // a body or programme is created or launched
	EventAccession     EventKind = 1 // a country joins or begins taking part
	EventAgreement     EventKind = 2 // a plan or programme is agreed or begins
	EventSummit        EventKind = 3 // a summit or ministerial decision
	EventRequest       EventKind = 4
	EventExercise      EventKind = 5
	EventTraining      EventKind = 6 // courses, workshops
	EventAssistance    EventKind = 7 // disaster relief, demilitarisation
	EventOpening       EventKind = 8 // an office, centre or library opens
	EventClosing       EventKind = 9
	EventCrisis        EventKind = 10 // attacks, unrest, upheaval
	EventRecognition   EventKind = 11
	EventOperation     EventKind = 12 // command taken, mission begun or ended
	EventRenaming      EventKind = 13
	EventMilestone     EventKind = 14 // anniversaries, status reports
	EventMinisterial   EventKind = 15 // a meeting of ministers and its decisions
	EventVisit         EventKind = 16 // visits, talks, credentials presented
	EventConference    EventKind = 17 // a forum or conference
)

// EventKindCount is the number of EventKind values.
const EventKindCount = 18

// String returns the data files' spelling ("" when out of range).
func (k EventKind) String() string {
	return C.GoString(C.capartner_event_kind_name(C.capartner_event_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k EventKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= EventKindCount {
		return nil, &Error{Op: "EventKind.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseEventKind returns the EventKind spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseEventKind(text string) (EventKind, error) {
	var out C.capartner_event_kind
	err := withKey(text, "ParseEventKind", func(ctext *C.char) C.capartner_status {
		return C.capartner_event_kind_parse(ctext, &out)
	})
	if err != nil {
		return 0, err
	}
	return EventKind(out), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseEventKind.
func (k *EventKind) UnmarshalText(text []byte) error {
	parsed, err := ParseEventKind(string(text))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// NameKind is the kind of a Name (capartner_name_kind).
type NameKind int

// The values of NameKind.
const (
	NameShort    NameKind = 0
	NameOfficial NameKind = 1
	NameAcronym  NameKind = 2
	NameAlias    NameKind = 3
)

// NameKindCount is the number of NameKind values.
const NameKindCount = 4

// String returns the data files' spelling ("" when out of range).
func (k NameKind) String() string {
	return C.GoString(C.capartner_name_kind_name(C.capartner_name_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k NameKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= NameKindCount {
		return nil, &Error{Op: "NameKind.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// SourceKind is the kind of a Source (capartner_source_kind).
type SourceKind int

// The values of SourceKind.
const (
	SourcePrimary   SourceKind = 0 // the dataset's primary document
	SourceOfficial  SourceKind = 1 // other NATO or government texts
	SourceSecondary SourceKind = 2 // press, encyclopedias
	SourceReference SourceKind = 3 // code lists such as ISO 3166
)

// SourceKindCount is the number of SourceKind values.
const SourceKindCount = 4

// String returns the data files' spelling ("" when out of range).
func (k SourceKind) String() string {
	return C.GoString(C.capartner_source_kind_name(C.capartner_source_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k SourceKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= SourceKindCount {
		return nil, &Error{Op: "SourceKind.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// PlaceKind is the kind of a Place (capartner_place_kind).
type PlaceKind int

// The values of PlaceKind.
const (
	PlaceCity   PlaceKind = 0
	PlaceRiver  PlaceKind = 1
	PlaceRegion PlaceKind = 2
)

// PlaceKindCount is the number of PlaceKind values.
const PlaceKindCount = 3

// String returns the data files' spelling ("" when out of range).
func (k PlaceKind) String() string {
	return C.GoString(C.capartner_place_kind_name(C.capartner_place_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k PlaceKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= PlaceKindCount {
		return nil, &Error{Op: "PlaceKind.String", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// QueryKind is what a Query walks.
type QueryKind int

// The query kinds.
const (
	QueryEvents         QueryKind = 0
	QueryParticipations QueryKind = 1
)

// String returns "events" or "participations".
func (k QueryKind) String() string {
	switch k {
	case QueryEvents:
		return "events"
	case QueryParticipations:
		return "participations"
	}
	return "QueryKind(" + strconv.Itoa(int(k)) + ")"
}

// Order is the order of a Query's results.
type Order int

// The orders.
const (
	OldestFirst Order = 0
	NewestFirst Order = 1
)

// Certainty is the mode of the date filters (capartner_certainty): Certainly
// (the default) matches what the data makes certain (an event dated wholly in
// the range, a relation certainly held), Possibly also what it allows.
type Certainty int

// The modes.
const (
	Certainly Certainty = 0
	Possibly  Certainty = 1
)

// String returns "certainly" or "possibly" ("" when out of range).
func (c Certainty) String() string {
	return C.GoString(C.capartner_certainty_name(C.capartner_certainty(c)))
}

// Holding says whether a relation held on a date (capartner_holding):
// HoldingUnknown where the sources do not tell (docs/data-model.md).
type Holding int

// The values of Holding.
const (
	HoldingUnknown Holding = 0
	HoldingHeld    Holding = 1
	HoldingNotHeld Holding = 2
)

// String returns "unknown", "held" or "not_held" ("" when out of range).
func (h Holding) String() string {
	return C.GoString(C.capartner_holding_name(C.capartner_holding(h)))
}
