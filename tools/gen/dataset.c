/* Records and messages of the dataset (dataset.h). */
#include "dataset.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void dataset_reserve(struct table_data *table, size_t cell_count, size_t capacity) {
    if (capacity <= table->capacity)
        return;
    table->capacity = capacity;
    table->cells = xrealloc(table->cells, xmul(capacity, cell_count * sizeof(struct cell)));
    table->lines = xrealloc(table->lines, xmul(capacity, sizeof *table->lines));
}

struct cell *dataset_add_record(struct table_data *table, size_t cell_count, uint32_t line,
                                uint32_t *index) {
    if (table->count == table->capacity)
        dataset_reserve(table, cell_count, table->capacity == 0 ? 64 : xmul(table->capacity, 2));
    *index = (uint32_t)table->count;
    table->lines[table->count] = line;
    struct cell *cells = &table->cells[table->count * cell_count];
    /* all of each value zero (an initialiser would zero the union's first
     * member only), and every text "" */
    memset(cells, 0, cell_count * sizeof *cells);
    for (size_t i = 0; i < cell_count; i++)
        cells[i].text = "";
    table->count++;
    return cells;
}

static void free_table(struct table_data *table) {
    free(table->cells);
    free(table->lines);
    free(table->file);
    strmap_free(&table->ids);
    for (size_t i = 0; i < MAX_CELLS; i++)
        free(table->lists[i].items);
}

void dataset_free(struct dataset *data) {
    for (size_t table = 0; table < TABLE_COUNT; table++) {
        free_table(&data->tables[table]);
        free(data->keys[table].items);
    }
    free_table(&data->citations);
    free(data->name_order);
    free(data->event_order);
    arena_free(&data->arena);
}

void dataset_error(enum table table, uint32_t line, int column, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    diag_verror((size_t)table, line, schema_tables[table].columns[column].name, format, arguments);
    va_end(arguments);
}
