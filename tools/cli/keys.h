/* Turns what the user typed into records, dates and enum values, with a
 * message naming the bad argument and what would be valid. Each returns 0,
 * EXIT_NOT_FOUND (a well-formed key that names no record) or EXIT_USAGE. */
#ifndef CAPARTNER_CLI_KEYS_H
#define CAPARTNER_CLI_KEYS_H

#include "cli.h"
#include "suggest.h"

/* what: the option ("--country") or the argument's role ("key"). */
int key_country(const struct cli *cli, const char *what, const char *key,
                const capartner_country **out);
int key_body(const struct cli *cli, const char *what, const char *key, const capartner_body **out);
int key_area(const struct cli *cli, const char *what, const char *key, const capartner_area **out);
int key_source(const struct cli *cli, const char *what, const char *key,
               const capartner_source **out);

/* Adds every key of a kind to a suggestion; labelled adds the kind to the
 * display ("KG (country: Kyrgyzstan)"). */
void consider_countries(struct suggest *suggest, bool labelled);
void consider_bodies(struct suggest *suggest, bool labelled);
void consider_places(struct suggest *suggest, bool labelled);
void consider_areas(struct suggest *suggest, bool labelled);
void consider_sources(struct suggest *suggest, bool labelled);
void consider_sections(struct suggest *suggest, bool labelled);
void consider_participations(struct suggest *suggest, bool labelled);
void consider_events(struct suggest *suggest, bool labelled);
/* The library's nearest countries, bodies, places and areas to `mistyped`
 * (capartner_suggest), those of the types in `types` (bits by
 * capartner_record_type), labelled as above. */
void consider_nearest_records(struct suggest *suggest, const char *mistyped, unsigned types);

/* A library status for a key that was not found, as an exit code with a
 * message; hint is appended for NOT_FOUND. */
int key_status(const struct cli *cli, const char *what, const char *key, capartner_status status,
               const char *kind_name, const char *hint);

int parse_date_arg(const struct cli *cli, const char *what, const char *text, capartner_date *out);
int parse_event_kind(const struct cli *cli, const char *what, const char *text,
                     capartner_event_kind *out);
int parse_role(const struct cli *cli, const char *what, const char *text, capartner_role *out);
int parse_body_kind(const struct cli *cli, const char *what, const char *text,
                    capartner_body_kind *out);
int parse_place_kind(const struct cli *cli, const char *what, const char *text,
                     capartner_place_kind *out);
int parse_source_kind(const struct cli *cli, const char *what, const char *text,
                      capartner_source_kind *out);
int parse_name_kind(const struct cli *cli, const char *what, const char *text,
                    capartner_name_kind *out);
/* A positive integer (--limit). */
int parse_count(const struct cli *cli, const char *what, const char *text, size_t *out);

#endif
