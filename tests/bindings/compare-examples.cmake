# Runs the C, Python and Go tours for several countries and fails unless the
# three outputs are byte for byte the same (cmake -P, see CMakeLists.txt).
foreach(variable C_EXAMPLE PYTHON PYTHON_EXAMPLES GO GO_EXAMPLES WORK_DIR)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "compare-examples.cmake: -D${variable}= is missing")
  endif()
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")

# Build the Go tour once instead of `go run` per country.
set(go_tour "${WORK_DIR}/tour-go")
execute_process(COMMAND "${GO}" build -o "${go_tour}" ./tour
  WORKING_DIRECTORY "${GO_EXAMPLES}" RESULT_VARIABLE code ERROR_VARIABLE errors)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "go build ./tour failed:\n${errors}")
endif()

set(failures 0)
foreach(country KZ KG TJ TM UZ Kazakhstan Казахстан 398 BE Atlantis)
  set(outputs "")
  foreach(language c python go)
    if(language STREQUAL "c")
      set(command "${C_EXAMPLE}" "${country}")
    elseif(language STREQUAL "python")
      set(command "${PYTHON}" "${PYTHON_EXAMPLES}/tour.py" "${country}")
    else()
      set(command "${go_tour}" "${country}")
    endif()
    execute_process(COMMAND ${command} OUTPUT_VARIABLE output ERROR_VARIABLE errors
      RESULT_VARIABLE code)
    set(output_${language} "${output}")
    set(code_${language} "${code}")
    file(WRITE "${WORK_DIR}/${country}.${language}.txt" "${output}")
  endforeach()
  foreach(language python go)
    if(NOT output_${language} STREQUAL output_c OR NOT code_${language} STREQUAL code_c)
      message(SEND_ERROR "${country}: the ${language} tour (exit ${code_${language}}) differs "
        "from the C tour (exit ${code_c}); see ${WORK_DIR}/${country}.*.txt")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
  string(LENGTH "${output_c}" length)
  message(STATUS "${country}: C, Python and Go agree (${length} bytes, exit ${code_c})")
endforeach()
# The five-line Kazakhstan timelines of docs/bindings.md: the same in both languages.
execute_process(COMMAND "${GO}" build -o "${WORK_DIR}/timeline-go" ./timeline
  WORKING_DIRECTORY "${GO_EXAMPLES}" RESULT_VARIABLE code ERROR_VARIABLE errors)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "go build ./timeline failed:\n${errors}")
endif()
execute_process(COMMAND "${PYTHON}" "${PYTHON_EXAMPLES}/timeline.py"
  OUTPUT_VARIABLE timeline_python RESULT_VARIABLE code_python)
execute_process(COMMAND "${WORK_DIR}/timeline-go"
  OUTPUT_VARIABLE timeline_go RESULT_VARIABLE code_go)
file(WRITE "${WORK_DIR}/timeline.python.txt" "${timeline_python}")
file(WRITE "${WORK_DIR}/timeline.go.txt" "${timeline_go}")
string(FIND "${timeline_python}" "Kazakhstan" mentions)
if(NOT code_python EQUAL 0 OR NOT code_go EQUAL 0 OR mentions LESS 0
   OR NOT timeline_python STREQUAL timeline_go)
  message(SEND_ERROR "the Python and Go timeline examples differ or fail "
    "(exit ${code_python}, ${code_go}); see ${WORK_DIR}/timeline.*.txt")
  math(EXPR failures "${failures} + 1")
else()
  string(LENGTH "${timeline_go}" length)
  message(STATUS "timeline: Python and Go agree (${length} bytes)")
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} differences")
endif()
