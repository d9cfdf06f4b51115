# SyevInstall.cmake — what `cmake --install` puts in place (included from the
# top-level CMakeLists.txt once every target exists).
#
#   <libdir>/libsyriaevents.so.<VERSION>, .so.<SOVERSION>, .so   (Runtime / Development)
#   <libdir>/libsyriaevents.a                                    (Development, static twin)
#   <includedir>/syriaevents.h, syriaevents_timeline.h,
#                syriaevents_export.h, syriaevents_version.h     (Development)
#   <bindir>/syriaevents-timeline                                (Runtime)
#   <mandir>/man1/syriaevents-timeline.1, man3/syriaevents.3     (Runtime / Development)
#   <mandir>/man3/syev_*.3 (one per function, sourcing syriaevents.3)
#   <libdir>/pkgconfig/syriaevents.pc                            (Development)
#   <libdir>/cmake/syriaevents/syriaevents-config*.cmake,
#                              syriaevents-*targets*.cmake       (Development)
#   <docdir>/LICENSE, CHANGES.md, examples/link-example.c        (Development)

include(CMakePackageConfigHelpers)

set(SYEV_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/syriaevents)

# ---------------------------------------------------------------- libraries
install(TARGETS syriaevents EXPORT syriaevents-targets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Runtime
          NAMELINK_COMPONENT Development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development)

# The static twin has its own export set, so that a consumer of the shared
# library never needs PCRE2's and cJSON's development files.
if(TARGET syriaevents_static)
  install(TARGETS syriaevents_static EXPORT syriaevents-static-targets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development)
endif()

install(FILES
    ${PROJECT_SOURCE_DIR}/include/syriaevents.h
    ${PROJECT_SOURCE_DIR}/include/syriaevents_timeline.h
    ${PROJECT_BINARY_DIR}/include/syriaevents_export.h
    ${PROJECT_BINARY_DIR}/include/syriaevents_version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT Development)

# ---------------------------------------------------------------- the CLI
if(TARGET syriaevents-timeline)
  # A relative RPATH lets an install under any prefix (/opt/x, $HOME/.local)
  # run without LD_LIBRARY_PATH; none is set where the loader already looks.
  option(SYEV_INSTALL_RPATH "Give the installed CLI a relative RPATH to the library" ON)
  set(_syev_libdir_full ${CMAKE_INSTALL_FULL_LIBDIR})
  if(SYEV_INSTALL_RPATH AND BUILD_SHARED_LIBS AND NOT WIN32
     AND NOT _syev_libdir_full IN_LIST CMAKE_C_IMPLICIT_LINK_DIRECTORIES)
    file(RELATIVE_PATH _syev_bin_to_lib ${CMAKE_INSTALL_FULL_BINDIR} ${_syev_libdir_full})
    if(APPLE)
      set(_syev_origin @loader_path)
    else()
      set(_syev_origin $ORIGIN)
    endif()
    set_target_properties(syriaevents-timeline PROPERTIES
      INSTALL_RPATH "${_syev_origin}/${_syev_bin_to_lib}")
  endif()
  install(TARGETS syriaevents-timeline
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
endif()

# ---------------------------------------------------------------- docs
install(FILES ${PROJECT_SOURCE_DIR}/man/syriaevents-timeline.1
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Runtime)
install(FILES ${PROJECT_SOURCE_DIR}/man/syriaevents.3
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man3 COMPONENT Development)
# `man syev_extract` and friends: one-line pages that source the API page,
# one per public function (the list the exported-symbols test keeps exact).
file(STRINGS ${PROJECT_SOURCE_DIR}/tests/exports.txt _syev_public_functions REGEX "^syev_")
set(_syev_man_links)
foreach(_fn IN LISTS _syev_public_functions)
  file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/man3/${_fn}.3 CONTENT ".so man3/syriaevents.3\n")
  list(APPEND _syev_man_links ${PROJECT_BINARY_DIR}/man3/${_fn}.3)
endforeach()
install(FILES ${_syev_man_links}
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man3 COMPONENT Development)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/exports.txt)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/CHANGES.md
  DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT Development)
install(FILES ${PROJECT_SOURCE_DIR}/examples/link-example.c
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT Development)

# ---------------------------------------------------------------- pkg-config
# The .pc file is written at install time, not configure time, so that its
# prefix is the one actually installed to: `cmake --install --prefix X` and
# CPack (which installs under /usr) both get a correct file.
install(CODE "
  set(SYEV_PC_TEMPLATE \"${PROJECT_SOURCE_DIR}/syriaevents.pc.in\")
  set(SYEV_PC_WORKDIR \"${PROJECT_BINARY_DIR}/pkgconfig\")
  set(SYEV_PC_VERSION \"${PROJECT_VERSION}\")
  set(SYEV_PC_LIBDIR \"${CMAKE_INSTALL_LIBDIR}\")
  set(SYEV_PC_INCLUDEDIR \"${CMAKE_INSTALL_INCLUDEDIR}\")
  include(\"${PROJECT_SOURCE_DIR}/cmake/SyevWritePkgConfig.cmake\")
" COMPONENT Development)

# ---------------------------------------------------------------- CMake package
install(EXPORT syriaevents-targets
  NAMESPACE syriaevents::
  DESTINATION ${SYEV_CMAKE_DIR} COMPONENT Development)
if(TARGET syriaevents_static)
  install(EXPORT syriaevents-static-targets
    NAMESPACE syriaevents::
    DESTINATION ${SYEV_CMAKE_DIR} COMPONENT Development)
endif()

# Read by syriaevents-config.cmake.in: what kind the main target is, and
# whether a static twin was installed next to it.
if(BUILD_SHARED_LIBS)
  set(SYEV_MAIN_KIND shared)
else()
  set(SYEV_MAIN_KIND static)
endif()
if(TARGET syriaevents_static)
  set(SYEV_HAS_STATIC_TWIN TRUE)
else()
  set(SYEV_HAS_STATIC_TWIN FALSE)
endif()
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/syriaevents-config.cmake.in
  ${PROJECT_BINARY_DIR}/syriaevents-config.cmake
  INSTALL_DESTINATION ${SYEV_CMAKE_DIR})
# The API version follows semantic versioning: any 0.x.y or 1.x.y release is
# usable by a program asking for an earlier release of the same major.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/syriaevents-config-version.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/syriaevents-config.cmake
    ${PROJECT_BINARY_DIR}/syriaevents-config-version.cmake
  DESTINATION ${SYEV_CMAKE_DIR} COMPONENT Development)
