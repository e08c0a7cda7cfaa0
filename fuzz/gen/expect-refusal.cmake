# Runs the data compiler on a hostile dataset (tests "fuzz-gen-*", see
# fuzz/README.md, "The data compiler"):
#
#   cmake -DGEN=capartner-gen -DCASE_DIR=dir -DVALID_DIR=dir -DWORK_DIR=dir
#         -DCC=compiler -DSOURCE_DIR=dir -P expect-refusal.cmake
#
# The dataset is VALID_DIR (tests/gen/fixtures/valid) with CASE_DIR's *.tsv
# files laid over it, after which CASE_DIR/make.cmake, if there is one, may
# write more (DATA_DIR is the dataset's directory). CASE_DIR/EXPECT says
# "refuse" (the default) or "accept".
#
# Passes when capartner-gen exits normally (no signal), the sanitizers say
# nothing, and: for "refuse", the status is non-zero, stderr names at least
# one FILE:LINE: COLUMN: error and no output is left behind; for "accept",
# the status is 0, and the output compiles (C11, trigraphs on, -Werror) into
# a library that serves areas.tsv's ids, names and summaries byte for byte
# (dump-areas.c).
foreach(variable IN ITEMS GEN CASE_DIR VALID_DIR WORK_DIR CC SOURCE_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "expect-refusal.cmake: -D${variable}=... is required")
  endif()
endforeach()

set(expect "refuse")
if(EXISTS "${CASE_DIR}/EXPECT")
  file(STRINGS "${CASE_DIR}/EXPECT" expect LIMIT_COUNT 1)
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
set(DATA_DIR "${WORK_DIR}/data")
file(MAKE_DIRECTORY "${DATA_DIR}" "${WORK_DIR}/out")
# COPY_FILE, not file(COPY): file(COPY) skips a file whose destination has
# the same timestamp, and in a fresh clone every file has the same one.
file(GLOB valid_files "${VALID_DIR}/*.tsv")
file(GLOB case_files "${CASE_DIR}/*.tsv")
foreach(source IN LISTS valid_files case_files)
  get_filename_component(name "${source}" NAME)
  file(COPY_FILE "${source}" "${DATA_DIR}/${name}")
endforeach()
if(EXISTS "${CASE_DIR}/make.cmake")
  include("${CASE_DIR}/make.cmake")
endif()

set(output "${WORK_DIR}/out/capartner_data.c")
execute_process(
  COMMAND "${GEN}" --data-dir "${DATA_DIR}" --output "${output}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)
string(LENGTH "${stderr}" stderr_length)
if(stderr_length GREATER 4000)
  string(SUBSTRING "${stderr}" 0 4000 stderr)
  string(APPEND stderr "\n[... ${stderr_length} bytes in all]")
endif()
message(STATUS "capartner-gen exited with ${result}; stderr:\n${stderr}")

set(failures "")
if(NOT result MATCHES "^[0-9]+$")
  string(APPEND failures "capartner-gen did not exit normally: ${result}\n")
endif()
if(stderr MATCHES "AddressSanitizer|LeakSanitizer|runtime error:")
  string(APPEND failures "the sanitizers reported an error\n")
endif()
file(GLOB left LIST_DIRECTORIES true "${WORK_DIR}/out/*")
if(expect STREQUAL "accept")
  if(NOT result EQUAL 0)
    string(APPEND failures "capartner-gen refused the dataset (exit status ${result})\n")
  endif()
  if(NOT EXISTS "${output}")
    string(APPEND failures "no output written\n")
  else()
    file(GLOB library_sources "${SOURCE_DIR}/lib/*.c")
    execute_process(
      COMMAND "${CC}" -std=c11 -pedantic -Wall -Wtrigraphs -Werror -Wno-overlength-strings
              -I "${SOURCE_DIR}/include" -I "${SOURCE_DIR}/lib"
              -o "${WORK_DIR}/dump-areas" "${SOURCE_DIR}/fuzz/gen/dump-areas.c"
              ${library_sources} "${output}"
      RESULT_VARIABLE compiled
      OUTPUT_VARIABLE compiler_output
      ERROR_VARIABLE compiler_output)
    if(NOT compiled EQUAL 0)
      string(APPEND failures "the output does not compile:\n${compiler_output}\n")
    else()
      execute_process(
        COMMAND "${WORK_DIR}/dump-areas"
        RESULT_VARIABLE dumped
        OUTPUT_VARIABLE areas)
      # the first three columns of areas.tsv's records
      file(STRINGS "${DATA_DIR}/areas.tsv" lines ENCODING UTF-8)
      set(expected "")
      list(POP_FRONT lines)
      foreach(line IN LISTS lines)
        if(line STREQUAL "" OR line MATCHES "^#")
          continue()
        endif()
        string(REGEX MATCH "^[^\t]*\t[^\t]*\t[^\t]*" fields "${line}")
        string(APPEND expected "${fields}\n")
      endforeach()
      if(NOT dumped EQUAL 0 OR NOT areas STREQUAL expected)
        string(APPEND failures
               "areas differ (${dumped}):\n--- served\n${areas}--- areas.tsv\n${expected}")
      endif()
    endif()
  endif()
else()
  if(result EQUAL 0)
    string(APPEND failures "capartner-gen accepted the dataset (exit status 0)\n")
  endif()
  if(NOT "\n${stderr}" MATCHES "[/\n][a-z]+\\.tsv:[0-9]+: [^\n]+: ")
    string(APPEND failures "stderr names no FILE:LINE: COLUMN: error\n")
  endif()
  if(left)
    string(APPEND failures "output left behind: ${left}\n")
  endif()
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
