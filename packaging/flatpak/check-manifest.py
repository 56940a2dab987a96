#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Checks the Flatpak manifest without the runtime (which CI cannot download):
it parses as YAML; the app id is the desktop file's name, its Icon= and the
metainfo's <id>; the command is the desktop file's Exec= program and a
target the project builds; every local source exists; every download is
pinned by sha256 (or a git commit); every finish-arg carries a comment
saying why; KDE 6.x runtime and SDK.

usage: check-manifest.py [MANIFEST]     (exit 1 on the first class of error)
"""
import configparser
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

import yaml

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent
manifest_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "org.whitemagic.WhiteMagic.yml"
errors = []


def err(msg):
    errors.append(msg)


text = manifest_path.read_text(encoding="utf-8")
try:
    m = yaml.safe_load(text)
except yaml.YAMLError as e:
    print(f"check-manifest: {manifest_path} does not parse: {e}", file=sys.stderr)
    sys.exit(1)

app_id = m.get("id") or m.get("app-id")
if manifest_path.name != f"{app_id}.yml":
    err(f"file name {manifest_path.name} is not <app id>.yml ({app_id})")
if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){2,}", app_id or ""):
    err(f"app id {app_id!r} is not a D-Bus-safe reverse-DNS name")
if m.get("runtime") != "org.kde.Platform" or m.get("sdk") != "org.kde.Sdk":
    err("runtime/sdk must be org.kde.Platform/org.kde.Sdk")
if not str(m.get("runtime-version", "")).startswith("6."):
    err(f"runtime-version {m.get('runtime-version')!r} is not a KDE 6.x runtime")

# Desktop file and metainfo carry the same id.
desktop = root / "resources" / f"{app_id}.desktop"
metainfo = root / "resources" / f"{app_id}.metainfo.xml"
for f in (desktop, metainfo):
    if not f.is_file():
        err(f"{f.relative_to(root)} missing: the app id does not match the resources")
if desktop.is_file():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(desktop, encoding="utf-8")
    entry = cp["Desktop Entry"]
    if entry.get("Icon") != app_id:
        err(f"desktop Icon={entry.get('Icon')} is not the app id")
    exec_prog = entry.get("Exec", "").split()[0] if entry.get("Exec") else ""
    if exec_prog != m.get("command"):
        err(f"desktop Exec program {exec_prog!r} is not the manifest command {m.get('command')!r}")
if metainfo.is_file():
    mid = ET.parse(metainfo).getroot().findtext("id")
    if mid != app_id:
        err(f"metainfo <id>{mid}</id> is not {app_id}")
    launchable = ET.parse(metainfo).getroot().findtext("launchable")
    if launchable != f"{app_id}.desktop":
        err(f"metainfo launchable {launchable!r} is not {app_id}.desktop")

# The command is a program the project builds.
command = m.get("command")
built = set()
for cml in root.glob("app/*/CMakeLists.txt"):
    built.update(re.findall(r"add_executable\(\s*([A-Za-z0-9_-]+)", cml.read_text(encoding="utf-8")))
if command not in built:
    if command == "whitemagic" and not (root / "app" / "whitemagic").exists():
        print("check-manifest: SKIP: command 'whitemagic' — app/whitemagic is not in this tree yet "
              "(the desktop app)")
    else:
        err(f"command {command!r} is not an executable the project builds ({sorted(built)})")

# Every finish-arg explained: a comment on its line or in the comment block
# right above it.
lines = text.splitlines()
for arg in m.get("finish-args", []):
    idx = next((i for i, l in enumerate(lines) if re.match(rf"\s*-\s*{re.escape(arg)}(\s|$)", l)), None)
    if idx is None:
        err(f"finish-arg {arg} not found in the text")
        continue
    explained = "#" in lines[idx] or (idx > 0 and lines[idx - 1].strip().startswith("#"))
    if not explained:
        err(f"finish-arg {arg} has no comment saying why")
if "--share=network" in m.get("finish-args", []):
    err("--share=network: WhiteMagic never uses the network")

# Sources: local ones exist, remote ones are pinned.
names = [mod.get("name") for mod in m.get("modules", []) if isinstance(mod, dict)]
if len(names) != len(set(names)):
    err(f"module names repeat: {names}")
if not names or names[-1] != "whitemagic":
    err("the last module must build whitemagic itself")
for mod in m.get("modules", []):
    if isinstance(mod, str):
        if not (manifest_path.parent / mod).is_file():
            err(f"module file {mod} does not exist")
        continue
    for src in mod.get("sources", []):
        kind = src.get("type")
        if kind in ("dir", "file", "patch"):
            p = (manifest_path.parent / src["path"]).resolve()
            if not p.exists():
                err(f"{mod['name']}: {kind} source {src['path']} does not exist ({p})")
            elif kind == "dir" and not (p / "CMakeLists.txt").is_file():
                err(f"{mod['name']}: {p} has no CMakeLists.txt")
            elif kind == "dir" and p == root:
                for s in ("build",):
                    if s not in src.get("skip", []):
                        err(f"{mod['name']}: the local dir source must skip {s}/ (build trees)")
        elif kind in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", src.get("sha256", "")):
                err(f"{mod['name']}: {src.get('url')} is not pinned by sha256")
            if not str(src.get("url", "")).startswith("https://"):
                err(f"{mod['name']}: {src.get('url')} is not https")
        elif kind == "git":
            if not re.fullmatch(r"[0-9a-f]{40}", src.get("commit", "")):
                err(f"{mod['name']}: git source not pinned by commit")
        else:
            err(f"{mod['name']}: unexpected source type {kind}")

# Every pkg-config library the build requires comes from the runtime (the
# freedesktop base of org.kde.Platform ships these) or from a module here,
# so a library added to a CMakeLists.txt cannot be forgotten in the Flatpak.
# Optional ones (no REQUIRED: liburing, for StatBatch) may be missing: the
# build then takes its fallback.
in_runtime = {"liblz4", "sqlite3", "libarchive"}
module_for = {"libxxhash": "xxhash"}
wanted = set()
for cm in list(root.rglob("CMakeLists.txt")) + list(root.rglob("*.cmake")):
    if "build" in cm.relative_to(root).parts:
        continue
    for args in re.findall(r"pkg_check_modules\(([^)]*)\)", cm.read_text(errors="replace")):
        if "REQUIRED" not in args.split():
            continue
        words = [w for w in args.split() if w not in ("REQUIRED", "QUIET", "IMPORTED_TARGET")]
        wanted.update(w.split(">")[0].split("=")[0] for w in words[1:])
for lib in sorted(wanted - in_runtime):
    if module_for.get(lib, lib) not in names:
        err(f"the build needs {lib} (pkg-config), which the runtime lacks: add a module")

if errors:
    for e in errors:
        print(f"check-manifest: FAIL: {e}", file=sys.stderr)
    sys.exit(1)
print(f"check-manifest: {manifest_path.name} OK (app id {app_id}, runtime "
      f"{m['runtime']}//{m['runtime-version']}, modules {', '.join(names)})")
