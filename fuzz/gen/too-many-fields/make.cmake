# 100000 tabs in a row of places.tsv and in the header of names.tsv (TSV
# rows are split into at most 16 fields).
string(REPEAT "\t" 100000 tabs)
file(APPEND "${DATA_DIR}/places.tsv" "many${tabs}\n")
file(READ "${DATA_DIR}/names.tsv" names)
string(REGEX REPLACE "^([^\n]*)\n" "\\1${tabs}\n" names "${names}")
file(WRITE "${DATA_DIR}/names.tsv" "${names}")
