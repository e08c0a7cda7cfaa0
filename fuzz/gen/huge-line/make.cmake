# events.tsv gets one 16 MiB line without a tab (read in one piece, then
# refused for its number of fields).
string(REPEAT "x" 1048576 mebibyte)
string(REPEAT "${mebibyte}" 16 line)
file(APPEND "${DATA_DIR}/events.tsv" "${line}\n")
