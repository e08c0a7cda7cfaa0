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
	BodyOrganization BodyKind = C.CAPARTNER_BODY_ORGANIZATION // NATO, the UN, the Aga Khan Development Network
	BodyCouncil      BodyKind = C.CAPARTNER_BODY_COUNCIL      // NAC, NACC, EAPC
	BodyCommand      BodyKind = C.CAPARTNER_BODY_COMMAND      // headquarters, commands, divisions
	BodyProgramme    BodyKind = C.CAPARTNER_BODY_PROGRAMME    // PfP, DEEP, SPS, retraining programme
	BodyMechanism    BodyKind = C.CAPARTNER_BODY_MECHANISM    // IPAP, PARP, the Trust Fund mechanism
	BodyProject      BodyKind = C.CAPARTNER_BODY_PROJECT      // one trust-fund project, TAPI
	BodyOperation    BodyKind = C.CAPARTNER_BODY_OPERATION    // ISAF, Resolute Support
	BodyCentre       BodyKind = C.CAPARTNER_BODY_CENTRE       // EADRCC, KAZCENT, training centres
	BodyUnit         BodyKind = C.CAPARTNER_BODY_UNIT         // KAZBAT, KAZBRIG
	BodyExercise     BodyKind = C.CAPARTNER_BODY_EXERCISE     // Steppe Eagle
	BodyOffice       BodyKind = C.CAPARTNER_BODY_OFFICE       // the NATO Liaison Officer in Central Asia
	BodyProcess      BodyKind = C.CAPARTNER_BODY_PROCESS      // Istanbul Process / Heart of Asia
	BodyPlan         BodyKind = C.CAPARTNER_BODY_PLAN         // PAP-T, the UN Joint Plan of Action
	BodyRoute        BodyKind = C.CAPARTNER_BODY_ROUTE        // the Northern line of communication
	BodyDocument     BodyKind = C.CAPARTNER_BODY_DOCUMENT     // PfP Framework Document, Strategic Concept
	BodyInstitution  BodyKind = C.CAPARTNER_BODY_INSTITUTION  // universities, libraries
	BodyConcept      BodyKind = C.CAPARTNER_BODY_CONCEPT      // Operational Capability Concept
	BodyTreaty       BodyKind = C.CAPARTNER_BODY_TREATY       // Ottawa Convention
)

// BodyKindCount is the number of BodyKind values.
const BodyKindCount = C.CAPARTNER_BODY_KIND_COUNT

// String returns the data files' spelling ("" when out of range).
func (k BodyKind) String() string {
	return C.GoString(C.capartner_body_kind_name(C.capartner_body_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k BodyKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= BodyKindCount {
		return nil, &Error{Op: "capartner_body_kind_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseBodyKind returns the BodyKind spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseBodyKind(text string) (BodyKind, error) {
	var out C.capartner_body_kind
	err := withKey(text, "capartner_body_kind_parse", func(ctext *C.char) C.capartner_status {
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
	RoleMember            Role = C.CAPARTNER_ROLE_MEMBER
	RoleParticipant       Role = C.CAPARTNER_ROLE_PARTICIPANT
	RoleOnHold            Role = C.CAPARTNER_ROLE_ON_HOLD
	RoleInterestExpressed Role = C.CAPARTNER_ROLE_INTEREST_EXPRESSED
	RoleRequested         Role = C.CAPARTNER_ROLE_REQUESTED
	RoleHost              Role = C.CAPARTNER_ROLE_HOST
	RoleLeadNation        Role = C.CAPARTNER_ROLE_LEAD_NATION
	RoleLeadContributor   Role = C.CAPARTNER_ROLE_LEAD_CONTRIBUTOR
	RoleContributor       Role = C.CAPARTNER_ROLE_CONTRIBUTOR
	RoleRepresented       Role = C.CAPARTNER_ROLE_REPRESENTED
	RoleBeneficiary       Role = C.CAPARTNER_ROLE_BENEFICIARY
	RoleTransitProvider   Role = C.CAPARTNER_ROLE_TRANSIT_PROVIDER
	RoleSupporter         Role = C.CAPARTNER_ROLE_SUPPORTER
	RoleOwner             Role = C.CAPARTNER_ROLE_OWNER
)

// RoleCount is the number of Role values.
const RoleCount = C.CAPARTNER_ROLE_COUNT

// String returns the data files' spelling ("" when out of range).
func (k Role) String() string {
	return C.GoString(C.capartner_role_name(C.capartner_role(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k Role) MarshalText() ([]byte, error) {
	if k < 0 || k >= RoleCount {
		return nil, &Error{Op: "capartner_role_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseRole returns the Role spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseRole(text string) (Role, error) {
	var out C.capartner_role
	err := withKey(text, "capartner_role_parse", func(ctext *C.char) C.capartner_status {
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
	EventEstablishment EventKind = C.CAPARTNER_EVENT_ESTABLISHMENT // a body or programme is created or launched
	EventAccession     EventKind = C.CAPARTNER_EVENT_ACCESSION     // a country joins or begins taking part
	EventAgreement     EventKind = C.CAPARTNER_EVENT_AGREEMENT     // a plan or programme is agreed or begins
	EventSummit        EventKind = C.CAPARTNER_EVENT_SUMMIT        // a summit or ministerial decision
	EventRequest       EventKind = C.CAPARTNER_EVENT_REQUEST
	EventExercise      EventKind = C.CAPARTNER_EVENT_EXERCISE
	EventTraining      EventKind = C.CAPARTNER_EVENT_TRAINING   // courses, workshops
	EventAssistance    EventKind = C.CAPARTNER_EVENT_ASSISTANCE // disaster relief, demilitarisation
	EventOpening       EventKind = C.CAPARTNER_EVENT_OPENING    // an office, centre or library opens
	EventClosing       EventKind = C.CAPARTNER_EVENT_CLOSING
	EventCrisis        EventKind = C.CAPARTNER_EVENT_CRISIS // attacks, unrest, upheaval
	EventRecognition   EventKind = C.CAPARTNER_EVENT_RECOGNITION
	EventOperation     EventKind = C.CAPARTNER_EVENT_OPERATION // command taken, mission begun or ended
	EventRenaming      EventKind = C.CAPARTNER_EVENT_RENAMING
	EventMilestone     EventKind = C.CAPARTNER_EVENT_MILESTONE // anniversaries, status reports
)

// EventKindCount is the number of EventKind values.
const EventKindCount = C.CAPARTNER_EVENT_KIND_COUNT

// String returns the data files' spelling ("" when out of range).
func (k EventKind) String() string {
	return C.GoString(C.capartner_event_kind_name(C.capartner_event_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k EventKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= EventKindCount {
		return nil, &Error{Op: "capartner_event_kind_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// ParseEventKind returns the EventKind spelled text (case-sensitive, the data
// files' spelling); ErrNotFound for an unknown word.
func ParseEventKind(text string) (EventKind, error) {
	var out C.capartner_event_kind
	err := withKey(text, "capartner_event_kind_parse", func(ctext *C.char) C.capartner_status {
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
	NameShort    NameKind = C.CAPARTNER_NAME_SHORT
	NameOfficial NameKind = C.CAPARTNER_NAME_OFFICIAL
	NameAcronym  NameKind = C.CAPARTNER_NAME_ACRONYM
	NameAlias    NameKind = C.CAPARTNER_NAME_ALIAS
)

// NameKindCount is the number of NameKind values.
const NameKindCount = C.CAPARTNER_NAME_KIND_COUNT

// String returns the data files' spelling ("" when out of range).
func (k NameKind) String() string {
	return C.GoString(C.capartner_name_kind_name(C.capartner_name_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k NameKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= NameKindCount {
		return nil, &Error{Op: "capartner_name_kind_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// SourceKind is the kind of a Source (capartner_source_kind).
type SourceKind int

// The values of SourceKind.
const (
	SourcePrimary   SourceKind = C.CAPARTNER_SOURCE_PRIMARY   // the dataset's primary document
	SourceOfficial  SourceKind = C.CAPARTNER_SOURCE_OFFICIAL  // other NATO or government texts
	SourceSecondary SourceKind = C.CAPARTNER_SOURCE_SECONDARY // press, encyclopedias
	SourceReference SourceKind = C.CAPARTNER_SOURCE_REFERENCE // code lists such as ISO 3166
)

// SourceKindCount is the number of SourceKind values.
const SourceKindCount = C.CAPARTNER_SOURCE_KIND_COUNT

// String returns the data files' spelling ("" when out of range).
func (k SourceKind) String() string {
	return C.GoString(C.capartner_source_kind_name(C.capartner_source_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k SourceKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= SourceKindCount {
		return nil, &Error{Op: "capartner_source_kind_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// PlaceKind is the kind of a Place (capartner_place_kind).
type PlaceKind int

// The values of PlaceKind.
const (
	PlaceCity   PlaceKind = C.CAPARTNER_PLACE_CITY
	PlaceRiver  PlaceKind = C.CAPARTNER_PLACE_RIVER
	PlaceRegion PlaceKind = C.CAPARTNER_PLACE_REGION
)

// PlaceKindCount is the number of PlaceKind values.
const PlaceKindCount = C.CAPARTNER_PLACE_KIND_COUNT

// String returns the data files' spelling ("" when out of range).
func (k PlaceKind) String() string {
	return C.GoString(C.capartner_place_kind_name(C.capartner_place_kind(k)))
}

// MarshalText implements encoding.TextMarshaler with the data files' spelling.
func (k PlaceKind) MarshalText() ([]byte, error) {
	if k < 0 || k >= PlaceKindCount {
		return nil, &Error{Op: "capartner_place_kind_name", Arg: strconv.Itoa(int(k)), Status: StatusOutOfRange}
	}
	return []byte(k.String()), nil
}

// QueryKind is what a Query walks.
type QueryKind int

// The query kinds.
const (
	QueryEvents         QueryKind = C.CAPARTNER_QUERY_EVENTS
	QueryParticipations QueryKind = C.CAPARTNER_QUERY_PARTICIPATIONS
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
	OldestFirst Order = C.CAPARTNER_ORDER_OLDEST_FIRST
	NewestFirst Order = C.CAPARTNER_ORDER_NEWEST_FIRST
)

// RangeMode says how a date-range filter treats a record whose date is an
// interval: RangeOverlaps (the default) matches when any day of it may fall in
// the range, RangeWithin only when all of it does.
type RangeMode int

// The range modes.
const (
	RangeOverlaps RangeMode = C.CAPARTNER_RANGE_OVERLAPS
	RangeWithin   RangeMode = C.CAPARTNER_RANGE_WITHIN
)
