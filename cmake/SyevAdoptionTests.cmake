# SyevAdoptionTests.cmake — tests of what users of the library touch:
# exported symbols, the header from C++, the example program, the install
# tree (pkg-config and find_package consumers) and the Debian package.
# Included from tests/CMakeLists.txt.  A test whose tool is missing exits 77
# and is reported as skipped, with the reason in its output.

set(SYEV_SKIP_CODE 77)

function(syev_adoption_test name)
  set_tests_properties(${name} PROPERTIES
    LABELS adoption TIMEOUT 120 SKIP_RETURN_CODE ${SYEV_SKIP_CODE})
endfunction()

# ---------------------------------------------------------------- symbols
add_test(NAME symbols
  COMMAND sh ${PROJECT_SOURCE_DIR}/tests/symbols_test.sh
          $<TARGET_FILE:syriaevents> ${PROJECT_SOURCE_DIR})
syev_adoption_test(symbols)

# ---------------------------------------------------------------- C++
include(CheckLanguage)
check_language(CXX)
if(CMAKE_CXX_COMPILER)
  enable_language(CXX)
  add_executable(cplusplus ${PROJECT_SOURCE_DIR}/tests/cplusplus.cpp)
  target_link_libraries(cplusplus PRIVATE syriaevents::syriaevents)
  # C++11 is the oldest standard the header promises to compile with.
  set_target_properties(cplusplus PROPERTIES
    CXX_STANDARD 11 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cplusplus PRIVATE -Wall -Wextra -Wpedantic -Werror)
  endif()
  add_test(NAME cplusplus COMMAND cplusplus)
else()
  add_test(NAME cplusplus
    COMMAND sh -c "echo 'SKIP: no C++ compiler found'; exit ${SYEV_SKIP_CODE}")
endif()
syev_adoption_test(cplusplus)

# ---------------------------------------------------------------- example
if(TARGET link-example)
  # What the example's own code promises: it echoes the caller's DCT and
  # prints its two sections, whatever the extraction finds.
  add_test(NAME link_example
    COMMAND link-example --dct 2016-12-27
            "Les négociations de paix reprendront jeudi à Genève, a annoncé l'ONU.")
  syev_adoption_test(link_example)
  set_tests_properties(link_example PROPERTIES PASS_REGULAR_EXPRESSION
    "dct: 2016-12-27 \\(given\\)\ntime expressions: [0-9]+\n.*events: [0-9]+")
endif()

# ---------------------------------------------------------------- install
# Both install the build tree (one into a temporary prefix, one through
# CPack): run them one at a time.
if(SYEV_INSTALL AND TARGET syriaevents-timeline)
  add_test(NAME install
    COMMAND sh ${PROJECT_SOURCE_DIR}/tests/install_test.sh
            ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_COMMAND}
            ${CMAKE_C_COMPILER} $<CONFIG>)
  syev_adoption_test(install)
  set_tests_properties(install PROPERTIES RESOURCE_LOCK syev_install_tree)
  if(SYEV_SANITIZE) # the programs built against the library need the runtimes
    set_tests_properties(install PROPERTIES
      ENVIRONMENT "SYEV_CONSUMER_FLAGS=-fsanitize=address,undefined")
  endif()

  add_test(NAME deb
    COMMAND sh ${PROJECT_SOURCE_DIR}/tests/deb_test.sh
            ${PROJECT_BINARY_DIR} ${CMAKE_CPACK_COMMAND} $<CONFIG>)
  syev_adoption_test(deb)
  set_tests_properties(deb PROPERTIES RESOURCE_LOCK syev_install_tree)
endif()
