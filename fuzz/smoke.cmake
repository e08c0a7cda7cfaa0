# Runs one libFuzzer harness briefly (tests "fuzz-*-smoke", tests/fuzz/CMakeLists.txt):
#
#   cmake -DFUZZER=path -DCORPUS=dir -DREGRESSIONS=dir -DWORK_DIR=dir -DRUNS=n -P smoke.cmake
#
# First every saved reproducer in REGRESSIONS on its own (each must now pass),
# then RUNS mutations starting from the seeds in CORPUS. New inputs go to a
# scratch corpus under WORK_DIR, never into the source tree; a crash leaves its
# input in WORK_DIR too.
foreach(variable IN ITEMS FUZZER CORPUS REGRESSIONS WORK_DIR RUNS)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "smoke.cmake: -D${variable}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus")

file(GLOB reproducers LIST_DIRECTORIES false "${REGRESSIONS}/*")
list(FILTER reproducers EXCLUDE REGEX "/README[^/]*$")
set(failures "")
foreach(reproducer IN LISTS reproducers)
  execute_process(
    COMMAND "${FUZZER}" "${reproducer}"
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    get_filename_component(name "${reproducer}" NAME)
    message("---- regression ${name} fails (${result}):\n${output}")
    list(APPEND failures "${name}")
  endif()
endforeach()
list(LENGTH reproducers reproducer_count)
message(STATUS "${reproducer_count} regression input(s) run, failing: ${failures}")

execute_process(
  COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -print_final_stats=1
          "-artifact_prefix=${WORK_DIR}/" "${WORK_DIR}/corpus" "${CORPUS}"
  WORKING_DIRECTORY "${WORK_DIR}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
string(REGEX MATCHALL "(#[0-9]+[\t ]+(INITED|DONE)[^\n]*|stat::[^\n]*)" summary "${output}")
string(REPLACE ";" "\n" summary "${summary}")
message(STATUS "fuzzing ${RUNS} runs: exit ${result}\n${summary}")
if(NOT result EQUAL 0)
  message("${output}")
  list(APPEND failures "fuzzing")
endif()

if(failures)
  message(FATAL_ERROR "failed: ${failures}")
endif()
