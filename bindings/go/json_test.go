package capartner_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"libcapartner/capartner"
)

func TestCountryJSON(t *testing.T) {
	kz, err := capartner.FindCountry("KZ")
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(kz)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"KZ","alpha2":"KZ","alpha3":"KAZ","numeric":398,"name":"Kazakhstan","partner":true,"capital":"astana",`
	if !strings.HasPrefix(string(data), want) {
		t.Errorf("json.Marshal(KZ) = %s, want it to start %s", data, want)
	}
	events, err := capartner.Timeline(capartner.TimelineOptions{Countries: []string{"KZ"}})
	if err != nil {
		t.Fatal(err)
	}
	data, err = json.Marshal(events)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(events) || rows[0]["id"] != events[0].ID() || rows[0]["place"] != nil {
		t.Errorf("json.Marshal(events) = %.200s...", data)
	}
	if countries, ok := rows[0]["countries"].([]any); !ok || len(countries) == 0 {
		t.Errorf("countries of %v: %v", rows[0]["id"], rows[0]["countries"])
	}
}

// runCLI returns the decoded JSON output of the capartner command
// (CAPARTNER_CLI, set under CTest).
func runCLI(t *testing.T, arguments ...string) any {
	t.Helper()
	cli := os.Getenv("CAPARTNER_CLI")
	if cli == "" {
		t.Skip("CAPARTNER_CLI is not set")
	}
	out, err := exec.Command(cli, arguments...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", cli, arguments, err)
	}
	var decoded any
	if err := json.Unmarshal(out, &decoded); err != nil {
		t.Fatal(err)
	}
	return decoded
}

// decoded marshals v and decodes it again, as the CLI's output was.
func decoded(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestJSONIsTheExportRow(t *testing.T) {
	export := runCLI(t, "export", "--format", "json").(map[string]any)
	tables := export["tables"].(map[string]any)
	for name, records := range map[string]any{
		"sources":        capartner.Sources(),
		"sections":       capartner.Sections(),
		"countries":      capartner.Countries(),
		"places":         capartner.Places(),
		"bodies":         capartner.Bodies(),
		"areas":          capartner.Areas(),
		"participations": capartner.AllParticipations(),
	} {
		if got := decoded(t, records); !reflect.DeepEqual(got, tables[name]) {
			t.Errorf("%s: json.Marshal differs from the export", name)
		}
	}
	timeline := runCLI(t, "timeline", "--alternatives", "--format", "json")
	if got := decoded(t, capartner.AllEvents()); !reflect.DeepEqual(got, timeline) {
		t.Errorf("events: json.Marshal differs from capartner timeline --format json")
	}
}
