# cmake --build <build> --target dist: the source tarball
# libcapartner-<version>.tar.gz of the committed tree (HEAD), made by
# tools/dist: same commit, same bytes.
add_custom_target(dist
  COMMAND "${PROJECT_SOURCE_DIR}/tools/dist" "${CMAKE_CURRENT_BINARY_DIR}"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Making libcapartner-${PROJECT_VERSION}.tar.gz from the committed tree"
  VERBATIM)
