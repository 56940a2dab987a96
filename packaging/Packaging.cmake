# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Packages built from an existing build tree (no second build):
#   cpack --config build/ci/CPackConfig.cmake -G DEB      (packaging/deb/check-deb.sh)
# and the private-library RPATH every installed executable needs.
# Included last from the top-level CMakeLists.txt, so every target exists.

# KSyntaxHighlighting built by scripts/build-deps.sh ships in
# ${CMAKE_INSTALL_LIBDIR}/whitemagic; the executables find it through a
# relative RPATH (only the desktop app links it).
foreach(exe IN ITEMS whitemagic)
  if(TARGET ${exe})
    wm_use_private_libs(${exe})
  endif()
endforeach()

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT Runtime)

set(CPACK_PACKAGE_NAME whitemagic)
set(CPACK_PACKAGE_VENDOR "WhiteMagic contributors")
set(CPACK_PACKAGE_CONTACT "WhiteMagic contributors <maintainers@whitemagic.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/whitemagic/whitemagic")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY whitemagic)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")

# --- Debian ---------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # whitemagic_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Extended description: one space of indent per continuation line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 WhiteMagic audits a folder tree (every file with bytes, lines, words,
 language, code/comment/blank lines and a one-line summary) and turns it into
 a compact Markdown report that fits a token budget. It searches a folder
 through an incremental SQLite FTS5 index and compresses files and archives
 with LZ4, interoperable with the lz4 and tar tools.
 .
 This package holds the desktop application whitemagic and the command-line
 tool wm.")
# Library dependencies come from dpkg-shlibdeps (libarchive through
# whitemagic: wm loads it on first use, core/compress/LibArchiveOnDemand.h); the private directory holds
# KSyntaxHighlighting (no Debian package provides a Qt 6 build of it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    "${CMAKE_BINARY_DIR}/_CPack_Packages/Linux/DEB/whitemagic-${PROJECT_VERSION}-Linux/usr/${WM_PRIVATE_LIBDIR}")
# Plugins Qt loads at run time, which shlibdeps cannot see: the X11 and
# Wayland platform plugins, the SVG icon engine (the app icon and toolbar
# icons are SVG).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ripgrep, lz4")

set(CPACK_GENERATOR DEB)
include(CPack)
