# Compiles a valid dataset twice and checks that both runs succeed quietly and
# write byte-identical output:
#
#   cmake -DGEN=capartner-gen -DDATA_DIR=dir -DWORK_DIR=dir -P expect-reproducible.cmake
foreach(variable IN ITEMS GEN DATA_DIR WORK_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "expect-reproducible.cmake: -D${variable}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
set(failures "")
foreach(run IN ITEMS first second)
  file(MAKE_DIRECTORY "${WORK_DIR}/${run}")
  set(output "${WORK_DIR}/${run}/capartner_data.c")
  execute_process(
    COMMAND "${GEN}" --data-dir "${DATA_DIR}" --output "${output}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE stdout
    ERROR_VARIABLE stderr)
  if(NOT result STREQUAL "0")
    string(APPEND failures "${run} run: capartner-gen exited with ${result}:\n${stderr}\n")
  elseif(NOT stderr STREQUAL "")
    string(APPEND failures "${run} run: unexpected messages:\n${stderr}\n")
  endif()
  if(NOT EXISTS "${output}")
    string(APPEND failures "${run} run: no output written\n")
  else()
    file(SIZE "${output}" size)
    if(size EQUAL 0)
      string(APPEND failures "${run} run: empty output\n")
    endif()
    file(SHA256 "${output}" digest_${run})
  endif()
  # nothing but the output (no temporary files)
  file(GLOB left LIST_DIRECTORIES true "${WORK_DIR}/${run}/*" "${WORK_DIR}/${run}/.*")
  list(REMOVE_ITEM left "${output}")
  if(left)
    string(APPEND failures "${run} run: files left besides the output: ${left}\n")
  endif()
endforeach()

if(NOT failures AND NOT digest_first STREQUAL digest_second)
  string(APPEND failures "the two outputs differ (${digest_first} vs ${digest_second})\n")
endif()
if(failures)
  message(FATAL_ERROR "${failures}")
endif()
