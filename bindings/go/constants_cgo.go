package capartner

// The Go constants beside the C ones they copy, for the test that they are equal
// (TestConstantsEqualC): the constants themselves are literal so that go doc shows
// their values.

/*
#include <capartner.h>
*/
import "C"

type constantPair struct {
	name            string
	goValue, cValue int
}

func constantPairs() []constantPair {
	return []constantPair{
		{"BodyOrganization", int(BodyOrganization), int(C.CAPARTNER_BODY_ORGANIZATION)},
		{"BodyCouncil", int(BodyCouncil), int(C.CAPARTNER_BODY_COUNCIL)},
		{"BodyCommand", int(BodyCommand), int(C.CAPARTNER_BODY_COMMAND)},
		{"BodyProgramme", int(BodyProgramme), int(C.CAPARTNER_BODY_PROGRAMME)},
		{"BodyMechanism", int(BodyMechanism), int(C.CAPARTNER_BODY_MECHANISM)},
		{"BodyProject", int(BodyProject), int(C.CAPARTNER_BODY_PROJECT)},
		{"BodyOperation", int(BodyOperation), int(C.CAPARTNER_BODY_OPERATION)},
		{"BodyCentre", int(BodyCentre), int(C.CAPARTNER_BODY_CENTRE)},
		{"BodyUnit", int(BodyUnit), int(C.CAPARTNER_BODY_UNIT)},
		{"BodyExercise", int(BodyExercise), int(C.CAPARTNER_BODY_EXERCISE)},
		{"BodyOffice", int(BodyOffice), int(C.CAPARTNER_BODY_OFFICE)},
		{"BodyProcess", int(BodyProcess), int(C.CAPARTNER_BODY_PROCESS)},
		{"BodyPlan", int(BodyPlan), int(C.CAPARTNER_BODY_PLAN)},
		{"BodyRoute", int(BodyRoute), int(C.CAPARTNER_BODY_ROUTE)},
		{"BodyDocument", int(BodyDocument), int(C.CAPARTNER_BODY_DOCUMENT)},
		{"BodyInstitution", int(BodyInstitution), int(C.CAPARTNER_BODY_INSTITUTION)},
		{"BodyConcept", int(BodyConcept), int(C.CAPARTNER_BODY_CONCEPT)},
		{"BodyTreaty", int(BodyTreaty), int(C.CAPARTNER_BODY_TREATY)},
		{"BodyKindCount", int(BodyKindCount), int(C.CAPARTNER_BODY_KIND_COUNT)},
		{"RoleMember", int(RoleMember), int(C.CAPARTNER_ROLE_MEMBER)},
		{"RoleParticipant", int(RoleParticipant), int(C.CAPARTNER_ROLE_PARTICIPANT)},
		{"RoleOnHold", int(RoleOnHold), int(C.CAPARTNER_ROLE_ON_HOLD)},
		{"RoleInterestExpressed", int(RoleInterestExpressed), int(C.CAPARTNER_ROLE_INTEREST_EXPRESSED)},
		{"RoleRequested", int(RoleRequested), int(C.CAPARTNER_ROLE_REQUESTED)},
		{"RoleHost", int(RoleHost), int(C.CAPARTNER_ROLE_HOST)},
		{"RoleLeadNation", int(RoleLeadNation), int(C.CAPARTNER_ROLE_LEAD_NATION)},
		{"RoleLeadContributor", int(RoleLeadContributor), int(C.CAPARTNER_ROLE_LEAD_CONTRIBUTOR)},
		{"RoleContributor", int(RoleContributor), int(C.CAPARTNER_ROLE_CONTRIBUTOR)},
		{"RoleRepresented", int(RoleRepresented), int(C.CAPARTNER_ROLE_REPRESENTED)},
		{"RoleBeneficiary", int(RoleBeneficiary), int(C.CAPARTNER_ROLE_BENEFICIARY)},
		{"RoleTransitProvider", int(RoleTransitProvider), int(C.CAPARTNER_ROLE_TRANSIT_PROVIDER)},
		{"RoleSupporter", int(RoleSupporter), int(C.CAPARTNER_ROLE_SUPPORTER)},
		{"RoleOwner", int(RoleOwner), int(C.CAPARTNER_ROLE_OWNER)},
		{"RoleCount", int(RoleCount), int(C.CAPARTNER_ROLE_COUNT)},
		{"EventEstablishment", int(EventEstablishment), int(C.CAPARTNER_EVENT_ESTABLISHMENT)},
		{"EventAccession", int(EventAccession), int(C.CAPARTNER_EVENT_ACCESSION)},
		{"EventAgreement", int(EventAgreement), int(C.CAPARTNER_EVENT_AGREEMENT)},
		{"EventSummit", int(EventSummit), int(C.CAPARTNER_EVENT_SUMMIT)},
		{"EventRequest", int(EventRequest), int(C.CAPARTNER_EVENT_REQUEST)},
		{"EventExercise", int(EventExercise), int(C.CAPARTNER_EVENT_EXERCISE)},
		{"EventTraining", int(EventTraining), int(C.CAPARTNER_EVENT_TRAINING)},
		{"EventAssistance", int(EventAssistance), int(C.CAPARTNER_EVENT_ASSISTANCE)},
		{"EventOpening", int(EventOpening), int(C.CAPARTNER_EVENT_OPENING)},
		{"EventClosing", int(EventClosing), int(C.CAPARTNER_EVENT_CLOSING)},
		{"EventCrisis", int(EventCrisis), int(C.CAPARTNER_EVENT_CRISIS)},
		{"EventRecognition", int(EventRecognition), int(C.CAPARTNER_EVENT_RECOGNITION)},
		{"EventOperation", int(EventOperation), int(C.CAPARTNER_EVENT_OPERATION)},
		{"EventRenaming", int(EventRenaming), int(C.CAPARTNER_EVENT_RENAMING)},
		{"EventMilestone", int(EventMilestone), int(C.CAPARTNER_EVENT_MILESTONE)},
		{"EventKindCount", int(EventKindCount), int(C.CAPARTNER_EVENT_KIND_COUNT)},
		{"NameShort", int(NameShort), int(C.CAPARTNER_NAME_SHORT)},
		{"NameOfficial", int(NameOfficial), int(C.CAPARTNER_NAME_OFFICIAL)},
		{"NameAcronym", int(NameAcronym), int(C.CAPARTNER_NAME_ACRONYM)},
		{"NameAlias", int(NameAlias), int(C.CAPARTNER_NAME_ALIAS)},
		{"NameKindCount", int(NameKindCount), int(C.CAPARTNER_NAME_KIND_COUNT)},
		{"SourcePrimary", int(SourcePrimary), int(C.CAPARTNER_SOURCE_PRIMARY)},
		{"SourceOfficial", int(SourceOfficial), int(C.CAPARTNER_SOURCE_OFFICIAL)},
		{"SourceSecondary", int(SourceSecondary), int(C.CAPARTNER_SOURCE_SECONDARY)},
		{"SourceReference", int(SourceReference), int(C.CAPARTNER_SOURCE_REFERENCE)},
		{"SourceKindCount", int(SourceKindCount), int(C.CAPARTNER_SOURCE_KIND_COUNT)},
		{"PlaceCity", int(PlaceCity), int(C.CAPARTNER_PLACE_CITY)},
		{"PlaceRiver", int(PlaceRiver), int(C.CAPARTNER_PLACE_RIVER)},
		{"PlaceRegion", int(PlaceRegion), int(C.CAPARTNER_PLACE_REGION)},
		{"PlaceKindCount", int(PlaceKindCount), int(C.CAPARTNER_PLACE_KIND_COUNT)},
		{"QueryEvents", int(QueryEvents), int(C.CAPARTNER_QUERY_EVENTS)},
		{"QueryParticipations", int(QueryParticipations), int(C.CAPARTNER_QUERY_PARTICIPATIONS)},
		{"OldestFirst", int(OldestFirst), int(C.CAPARTNER_ORDER_OLDEST_FIRST)},
		{"NewestFirst", int(NewestFirst), int(C.CAPARTNER_ORDER_NEWEST_FIRST)},
		{"RangeOverlaps", int(RangeOverlaps), int(C.CAPARTNER_RANGE_OVERLAPS)},
		{"RangeWithin", int(RangeWithin), int(C.CAPARTNER_RANGE_WITHIN)},
		{"MaxKeyBytes", int(MaxKeyBytes), int(C.CAPARTNER_MAX_KEY_BYTES)},
		{"StatusOK", int(StatusOK), int(C.CAPARTNER_OK)},
		{"StatusNullArgument", int(StatusNullArgument), int(C.CAPARTNER_ERR_NULL_ARGUMENT)},
		{"StatusEmptyKey", int(StatusEmptyKey), int(C.CAPARTNER_ERR_EMPTY_KEY)},
		{"StatusKeyTooLong", int(StatusKeyTooLong), int(C.CAPARTNER_ERR_KEY_TOO_LONG)},
		{"StatusInvalidUTF8", int(StatusInvalidUTF8), int(C.CAPARTNER_ERR_INVALID_UTF8)},
		{"StatusNotFound", int(StatusNotFound), int(C.CAPARTNER_ERR_NOT_FOUND)},
		{"StatusOutOfRange", int(StatusOutOfRange), int(C.CAPARTNER_ERR_OUT_OF_RANGE)},
		{"StatusInvalidDate", int(StatusInvalidDate), int(C.CAPARTNER_ERR_INVALID_DATE)},
		{"StatusInvalidArgument", int(StatusInvalidArgument), int(C.CAPARTNER_ERR_INVALID_ARGUMENT)},
		{"StatusNoMemory", int(StatusNoMemory), int(C.CAPARTNER_ERR_NO_MEMORY)},
	}
}
