# A well-formed areas.tsv row whose summary is 4 MiB (at most 1000 bytes
# allowed) and whose name is 1 MiB of two-byte letters (at most 255 bytes).
string(REPEAT "s" 4194304 summary)
string(REPEAT "Ж" 524288 name)
file(APPEND "${DATA_DIR}/areas.tsv"
     "huge-area\t${name}\t${summary}\tprimary-doc\t\t\n")
