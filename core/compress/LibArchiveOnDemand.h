// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm {

// libarchive, loaded when an archive is first read or written rather than
// when the program starts.
//
// `wm` is one executable for every command, and the dynamic loader maps
// every library it links at each start: libarchive brings five more
// (nettle, libxml2, liblzma, libbz2, libacl), some 1,500 symbol bindings
// and about 50 page faults, 3 ms of a 35 ms `wm search` that never touches
// an archive. So `wm` links this instead of libarchive (the target property
// WM_LIBARCHIVE_ON_DEMAND, see core/compress/CMakeLists.txt): it defines
// each libarchive function WhiteMagic calls, with the declaration's own
// type (archive.h is included, so the compiler checks every signature), as
// a forwarder to the real one, looked up in libarchive.so.13 on first call.
// The desktop application and the tests link libarchive as usual, which
// is also what keeps it in the packages: the .deb's Depends (dpkg-shlibdeps
// reads whitemagic) and the AppImage's bundled libraries (wm finds that copy
// through its RUNPATH). Were whitemagic to stop linking it, both would need
// libarchive named explicitly.
//
// A function that core/compress starts to use must be added to the list in
// LibArchiveOnDemand.cpp; until then `wm` fails to link, naming it.
class LibArchiveOnDemand
{
public:
    // The address of `name` in libarchive, loading the library on first
    // use. A library that cannot be loaded is fatal (the packages depend
    // on it): the message names it and says why, and the exit status is 1.
    static void *symbol(const char *name);
};

} // namespace wm
