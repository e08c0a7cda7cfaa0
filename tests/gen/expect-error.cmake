# Runs the data compiler on a broken dataset and checks that it refuses it:
#
#   cmake -DGEN=capartner-gen -DDATA_DIR=dir -DWORK_DIR=dir -DFILE=events.tsv
#         -DLINE=5 -DCOLUMN=date -P expect-error.cmake
#
# Passes when capartner-gen exits with a non-zero status (not a crash), its
# stderr names FILE:LINE: COLUMN: and WORK_DIR (where --output pointed) is
# left empty: no partial output, no temporary file, and a stale output from
# an earlier run removed (it would look up to date to the build). The error
# must be the only one: each fixture breaks exactly one rule.
foreach(variable IN ITEMS GEN DATA_DIR WORK_DIR FILE LINE COLUMN)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "expect-error.cmake: -D${variable}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(output "${WORK_DIR}/capartner_data.c")
file(WRITE "${output}" "/* stale output of an earlier run */\n")

execute_process(
  COMMAND "${GEN}" --data-dir "${DATA_DIR}" --output "${output}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)
message(STATUS "capartner-gen exited with ${result}; stderr:\n${stderr}")

set(failures "")
if(NOT result MATCHES "^[0-9]+$")
  string(APPEND failures "capartner-gen did not exit normally: ${result}\n")
elseif(result EQUAL 0)
  string(APPEND failures "capartner-gen accepted the broken dataset (exit status 0)\n")
endif()
if(stderr MATCHES "AddressSanitizer|LeakSanitizer|runtime error:")
  string(APPEND failures "the sanitizers reported an error\n")
endif()

# FILE:LINE: COLUMN: at the start of a line, FILE possibly after a directory
string(REPLACE "." "\\." file_pattern "${FILE}")
set(pattern "[/\n]${file_pattern}:${LINE}: ${COLUMN}: ")
if(NOT "\n${stderr}" MATCHES "${pattern}")
  string(APPEND failures "stderr does not name ${FILE}:${LINE}: ${COLUMN}:\n")
endif()

# each fixture breaks exactly one rule: one error, not a cascade
string(REGEX MATCHALL "\n[^\n:]+\\.tsv:[0-9]+: " error_lines "\n${stderr}")
list(LENGTH error_lines error_count)
if(NOT error_count EQUAL 1)
  string(APPEND failures "expected exactly one error, got ${error_count}\n")
endif()

file(GLOB left LIST_DIRECTORIES true "${WORK_DIR}/*" "${WORK_DIR}/.*")
if(left)
  string(APPEND failures "output left behind: ${left}\n")
endif()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()
