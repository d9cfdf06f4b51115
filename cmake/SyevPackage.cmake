# SyevPackage.cmake — CPack settings.  From a build directory:
#
#   cpack -G DEB    # libsyriaevents_<version>_<arch>.deb, installs under /usr
#   cpack -G TGZ    # the same tree as a tarball
#
# One package holds the library, the CLI and the development files: the
# project is small, and the split into lib/-dev/-bin packages is left to
# distribution packagers.

set(SYEV_PACKAGE_MAINTAINER "libsyriaevents maintainers <libsyriaevents@example.org>"
    CACHE STRING "Maintainer written into binary packages (Name <email>)")

set(CPACK_PACKAGE_NAME libsyriaevents)
set(CPACK_PACKAGE_VENDOR "libsyriaevents")
set(CPACK_PACKAGE_CONTACT "${SYEV_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "event timeline extraction from French news about the Syrian war")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY syriaevents)
set(CPACK_STRIP_FILES OFF)

find_program(SYEV_DPKG dpkg)
mark_as_advanced(SYEV_DPKG)
if(SYEV_DPKG)
  set(CPACK_GENERATOR DEB)
else()
  set(CPACK_GENERATOR TGZ)
endif()

# ---------------------------------------------------------------- Debian
set(CPACK_DEBIAN_PACKAGE_NAME libsyriaevents)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SYEV_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The runtime libraries, no lower than the versions this build was made with.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libpcre2-8-0 (>= ${PCRE2_VERSION}), libcjson1 (>= ${CJSON_VERSION})")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "pkg-config, libpcre2-dev, libcjson-dev")
# A shlibs file and the ldconfig trigger, from the SONAME.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The extended description: CPack puts the summary first, indents each line
# by one space and writes an empty line as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"libsyriaevents reads French news articles about the Syrian war and finds
their time expressions (normalized to TIMEX3 values and day intervals) and
their mentions of ceasefires, talks and battles, with actors (CAMEO-style
codes), place, source and factuality.  Mentions of the same real event are
merged into one dated timeline, written as JSON, JSON Lines or HTML.

This package holds the shared and static library, the public headers,
pkg-config and CMake files, the syriaevents-timeline command and the
syriaevents-timeline(1) and syriaevents(3) manual pages.")

# ---------------------------------------------------------------- sources
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME syriaevents-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/_CPack_Packages/")

include(CPack)
