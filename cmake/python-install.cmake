# The Python binding, installed with the library by `cmake --install`: the
# package goes to the prefix's site-packages directory that this Python
# searches (lib/python3.X/dist-packages for Debian's python3 and /usr/local),
# and a generated capartner/_paths.py names the installed library's absolute
# path, so `import capartner` needs no variable. For a prefix that Python does
# not search, PYTHONPATH=<prefix>/<CAPARTNER_PYTHON_INSTALL_DIR> is the one
# variable (docs/bindings.md).
option(CAPARTNER_INSTALL_PYTHON "Install the Python binding with the library" ON)
if(NOT CAPARTNER_INSTALL_PYTHON)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_FOUND)
  message(STATUS "capartner: no Python 3, the Python binding is not installed")
  return()
endif()
if(NOT CAPARTNER_PYTHON_INSTALL_DIR)
  execute_process(
    COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_SOURCE_DIR}/bindings/python/install_dir.py"
      "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE capartner_python_dir OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
  set(CAPARTNER_PYTHON_INSTALL_DIR "${capartner_python_dir}" CACHE STRING
    "Where the Python package is installed, relative to the prefix")
endif()
message(STATUS "capartner: the Python binding installs to <prefix>/${CAPARTNER_PYTHON_INSTALL_DIR}")

set(capartner_python_package "${CAPARTNER_PYTHON_INSTALL_DIR}/capartner")
install(DIRECTORY bindings/python/capartner/ DESTINATION "${capartner_python_package}"
  COMPONENT python FILES_MATCHING PATTERN "*.py" PATTERN "py.typed"
  PATTERN "_paths.py" EXCLUDE PATTERN "__pycache__" EXCLUDE)
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(capartner_python_libdir "${CMAKE_INSTALL_LIBDIR}")
else()
  set(capartner_python_libdir "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}")
endif()
# Written at install time: the prefix may be given then (cmake --install --prefix).
install(CODE "
  set(capartner_paths \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${capartner_python_package}/_paths.py\")
  message(STATUS \"Installing: \${capartner_paths}\")
  file(WRITE \"\${capartner_paths}\" \"# Written by cmake --install: where the library was installed.
LIBRARY = '${capartner_python_libdir}/$<TARGET_SONAME_FILE_NAME:capartner>'
\")
  list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${capartner_paths}\")
" COMPONENT python)
