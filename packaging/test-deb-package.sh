#!/usr/bin/env bash
# Package test: builds the .deb (and the .rpm when rpmbuild exists) from an already built
# tree, checks the package metadata and file list, validates the packaged desktop file and
# AppStream metadata, then unpacks the .deb into a scratch directory and runs the unpacked
# binary. Nothing is installed: no dpkg -i, no root, no writes outside the scratch directory.
#
#   packaging/test-deb-package.sh <build-dir>
#
# Registered with ctest under the label "package".
set -euo pipefail

readonly APP_ID="io.github.codearts_inspector.CodeArtsInspector"
readonly PACKAGE="codearts-inspector"
readonly DEMO_JOB="f5af662119404ad187437cd272b5099b"
readonly ICON_SIZES=(16 24 32 48 64 128 256 512)

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
die() { echo "FAIL: $*" >&2; exit 1; }
# expect <what> <detail shown on failure> <command...>: runs the command as a check.
expect() {
  local what="$1" detail="$2"
  shift 2
  if "$@"; then pass "$what"; else fail "$what ($detail)"; fi
}
# contains_line <text> <line>: one whole line of the text equals the line.
contains_line() { grep -qxF -- "$2" <<<"$1"; }
# matches <text> <extended regex>
matches() { grep -qE -- "$2" <<<"$1"; }

(($# == 1)) || die "usage: $0 <build-dir>"
build="$(cd "$1" && pwd)" || die "build directory '$1' does not exist"
[[ -f "$build/CPackConfig.cmake" ]] || die "$build/CPackConfig.cmake missing: is packaging/Packaging.cmake included?"

for tool in dpkg-deb desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || die "$tool not found (install dpkg, desktop-file-utils, appstream, lintian)"
done

# The cpack that belongs to the cmake that configured this tree.
cmake_command="$(sed -n 's/^CMAKE_COMMAND:INTERNAL=//p' "$build/CMakeCache.txt")"
cpack="${CPACK:-$(dirname "$cmake_command")/cpack}"
[[ -x "$cpack" ]] || cpack="$(command -v cpack)" || die "cpack not found"

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[[ -n "$version" ]] || die "could not read CPACK_PACKAGE_VERSION from $build/CPackConfig.cmake"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/inspector-package-test.XXXXXX")"
trap 'rm -rf -- "$scratch"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run_cpack() { # <generator> <output dir>
  local log="$2.log"
  if ! (cd "$build" && "$cpack" -G "$1" -B "$2") >"$log" 2>&1; then
    cat "$log" >&2
    die "cpack -G $1 failed (is the tree built? cpack installs what the last build produced)"
  fi
}

# --- .deb: build -------------------------------------------------------------------------
echo "== cpack -G DEB (version $version)"
run_cpack DEB "$scratch/deb"
shopt -s nullglob
debs=("$scratch"/deb/*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || die "expected one .deb in the cpack output, found ${#debs[@]}"
deb="${debs[0]}"
echo "   $(basename "$deb")"

# --- .deb: control fields ----------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }

expect "Package: $PACKAGE" "got '$(field Package)'" test "$(field Package)" = "$PACKAGE"
release="$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
deb_version="$version${release:+-$release}"
expect "Version: $deb_version" "got '$(field Version)'" test "$(field Version)" = "$deb_version"
changelog_version="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/$PACKAGE/changelog.Debian.gz | gzip -dc | sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p')"
expect "changelog.Debian.gz names version $deb_version" "first entry: '$changelog_version'" \
  test "$changelog_version" = "$deb_version"
expect "Section: devel" "got '$(field Section)'" test "$(field Section)" = devel

depends="$(field Depends)"
# Depends is a comma-separated list; alternatives and version constraints stay in each entry.
depends_names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ *(.*//; s/ *$//')"
for needed in libsecret-1-0 libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6; do
  expect "Depends has $needed" "Depends: $depends" contains_line "$depends_names" "$needed"
done
expect "Depends has libqt6keychain (from dpkg-shlibdeps)" "Depends: $depends" matches "$depends" 'libqt6keychain'

recommends="$(field Recommends)"
expect "Recommends has 'gnome-keyring | kwalletmanager'" "Recommends: $recommends" \
  matches "$recommends" '(^|, )gnome-keyring \| kwalletmanager(,|$)'

# No maintainer scripts: unpacking the archive is all an install does, which is why the
# checks below can stand in for dpkg -i.
dpkg-deb --control "$deb" "$scratch/control"
for script in preinst postinst prerm postrm config; do
  if [[ -e "$scratch/control/$script" ]]; then
    fail "package has a $script maintainer script"
  fi
done

# --- .deb: lintian -----------------------------------------------------------------------
# Debian's package checker: any error or warning fails. Tags that cannot apply to a package
# built by CPack and shipped outside the Debian archive are suppressed here, each with its reason.
lintian_suppressed=(
  # The package is not uploaded to Debian, so its first changelog entry has no "intent to
  # package" bug to close.
  initial-upload-closes-no-bugs
)
lintian_args=(--fail-on error,warning --tag-display-limit 0)
if ((${#lintian_suppressed[@]} > 0)); then
  lintian_args+=(--suppress-tags "$(IFS=,; echo "${lintian_suppressed[*]}")")
fi
if out="$(lintian "${lintian_args[@]}" "$deb" 2>&1)"; then
  pass "lintian: no errors or warnings"
else
  fail "lintian: $out"
fi

# --- .deb: file list ---------------------------------------------------------------------
contents="$(dpkg-deb --contents "$deb" | awk '{ print $6 }')"
expected_files=(
  "./usr/bin/$PACKAGE"
  "./usr/share/man/man1/$PACKAGE.1.gz"
  "./usr/share/doc/$PACKAGE/changelog.Debian.gz"
  "./usr/share/applications/$APP_ID.desktop"
  "./usr/share/metainfo/$APP_ID.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$PACKAGE.svg"
)
for size in "${ICON_SIZES[@]}"; do
  expected_files+=("./usr/share/icons/hicolor/${size}x${size}/apps/$PACKAGE.png")
done
missing_files=0
for file in "${expected_files[@]}"; do
  contains_line "$contents" "$file" || { fail "package lacks $file"; missing_files=$((missing_files + 1)); }
done
if ((missing_files == 0)); then
  pass "file list has the binary, desktop file, metainfo and ${#ICON_SIZES[@]}+1 icons"
fi
# Everything the package installs is the executable and its desktop integration.
stray="$(grep -vE '^\./usr/(bin|share)(/|$)|^\./(usr/)?$' <<<"$contents" || true)"
if [[ -n "$stray" ]]; then
  fail "package installs outside /usr/bin and /usr/share: $(tr '\n' ' ' <<<"$stray")"
fi

# --- .deb: unpack and validate -----------------------------------------------------------
root="$scratch/root"
dpkg-deb -x "$deb" "$root"

if out="$(desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" 2>&1)" && [[ -z "$out" ]]; then
  pass "desktop-file-validate"
else
  fail "desktop-file-validate: $out"
fi
if out="$(appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml" 2>&1)"; then
  pass "appstreamcli validate --no-net"
else
  fail "appstreamcli validate --no-net: $out"
fi

# Desktop file, metainfo and icon as one installed whole (launchable, icon lookup...).
if out="$(appstreamcli validate-tree --no-net "$root" 2>&1)"; then
  pass "appstreamcli validate-tree --no-net"
else
  fail "appstreamcli validate-tree --no-net: $out"
fi

binary="$root/usr/bin/$PACKAGE"
[[ -x "$binary" ]] || die "unpacked $binary is not executable"

# Run the unpacked binary headless and away from the user's settings, history and keyring.
home="$scratch/home"
mkdir -p "$home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
run_app() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
    timeout 120 "$binary" "$@"
}

status=0
out="$(run_app --version 2>"$scratch/version.err")" || status=$?
if ((status != 0)); then
  fail "codearts-inspector --version exited with $status: $(cat "$scratch/version.err")"
elif contains_line "$out" "$PACKAGE $version"; then
  pass "--version prints '$PACKAGE $version'"
else
  fail "--version printed '$out', expected '$PACKAGE $version'"
fi

status=0
out="$(run_app show "$DEMO_JOB" --demo --json 2>"$scratch/show.err")" || status=$?
if ((status != 0)); then
  fail "codearts-inspector show $DEMO_JOB --demo --json exited with $status: $(cat "$scratch/show.err")"
elif grep -qE "\"id\"[[:space:]]*:[[:space:]]*\"$DEMO_JOB\"" <<<"$out"; then
  pass "show --demo --json returns job $DEMO_JOB"
else
  fail "show --demo --json output lacks \"id\":\"$DEMO_JOB\": $out"
fi

# The window, offscreen: it must start from the package and keep running until stopped.
status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen \
  timeout 5 "$binary" --demo >/dev/null 2>"$scratch/window.err" || status=$?
if ((status == 124)) && ! grep -q "^error:" "$scratch/window.err"; then
  pass "the unpacked window starts and runs until stopped"
else
  fail "the unpacked window exited with $status: $(head -c 500 "$scratch/window.err")"
fi

# Every library the executable links is found on this system (the package's dependencies).
if ldd "$binary" | grep -q "not found"; then
  fail "the unpacked executable lacks libraries: $(ldd "$binary" | grep "not found" | tr '\n' ' ')"
else
  pass "the unpacked executable resolves every library it links"
fi

# --- .rpm --------------------------------------------------------------------------------
if command -v rpmbuild >/dev/null && command -v rpm >/dev/null; then
  echo "== cpack -G RPM"
  run_cpack RPM "$scratch/rpm"
  shopt -s nullglob
  rpms=("$scratch"/rpm/*.rpm)
  shopt -u nullglob
  if ((${#rpms[@]} != 1)); then
    fail "expected one .rpm in the cpack output, found ${#rpms[@]}"
  else
    echo "   $(basename "${rpms[0]}")"
    rpm_files="$(rpm -qpl "${rpms[0]}" 2>/dev/null)"
    expect "rpm -qpl lists /usr/bin/$PACKAGE" "$rpm_files" contains_line "$rpm_files" "/usr/bin/$PACKAGE"
    for shared in /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor; do
      if contains_line "$rpm_files" "$shared"; then
        fail "rpm claims the shared directory $shared"
      fi
    done
    rpm_requires="$(rpm -qpR "${rpms[0]}" 2>/dev/null)"
    expect "rpm requires libsecret" "rpm -qpR: $rpm_requires" matches "$rpm_requires" '^libsecret'
    rpm_license="$(rpm -qp --qf '%{LICENSE}' "${rpms[0]}" 2>/dev/null)"
    expect "rpm license MIT" "got '$rpm_license'" test "$rpm_license" = MIT
  fi
else
  echo "skip: rpmbuild or rpm not installed, the .rpm is not checked"
fi

if ((failures > 0)); then
  echo "$failures package check(s) failed" >&2
  exit 1
fi
echo "All package checks passed."
