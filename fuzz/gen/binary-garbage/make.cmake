# All nine files are the same 16 KiB of random bytes (every byte value).
foreach(table IN ITEMS sources sections countries places names bodies areas participations events)
  configure_file("${CASE_DIR}/garbage.bin" "${DATA_DIR}/${table}.tsv" COPYONLY)
endforeach()
