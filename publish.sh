#!/usr/bin/env bash
# Builds dist/romcurator: one self-contained native executable (Native AOT) with SQLite linked in statically.
#
#   ./publish.sh                      build for this machine (linux-x64 or linux-arm64)  -> dist/romcurator
#   ./publish.sh --rid linux-arm64    cross-compile for ARM NAS boxes                     -> dist/romcurator-linux-arm64
#
# Needs: the .NET 10 SDK, gcc and a static SQLite (Debian/Ubuntu: apt-get install gcc libsqlite3-dev).
# Cross-compiling to arm64 also needs: gcc-aarch64-linux-gnu and libsqlite3-dev:arm64
#   (dpkg --add-architecture arm64; apt-get update; apt-get install gcc-aarch64-linux-gnu libsqlite3-dev:arm64).
# The build fails on any trimming/AOT warning (IL2xxx/IL3xxx) so the binary never hides reflection surprises.
set -euo pipefail

repo=$(cd "$(dirname "$0")" && pwd)
case "$(uname -m)" in
  aarch64|arm64) host_rid=linux-arm64 ;;
  *) host_rid=linux-x64 ;;
esac
rid=$host_rid

while [ $# -gt 0 ]; do
  case "$1" in
    --rid) rid=${2:?--rid needs a value}; shift 2 ;;
    --rid=*) rid=${1#--rid=}; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

case "$rid" in
  linux-x64) triplet=x86_64-linux-gnu ;;
  linux-arm64) triplet=aarch64-linux-gnu ;;
  *) echo "publish.sh: unsupported runtime '$rid' (linux-x64 or linux-arm64)" >&2; exit 2 ;;
esac

# Install the native build prerequisites when they are missing and we may (root, or passwordless sudo).
install_missing() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 1
    sudo=sudo
  fi
  echo "publish.sh: installing $* ..."
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

sqlite_static=/usr/lib/$triplet/libsqlite3.a
if [ "$rid" = "$host_rid" ]; then
  missing=()
  command -v gcc >/dev/null || missing+=(gcc)
  [ -f "$sqlite_static" ] || missing+=(libsqlite3-dev)
  if [ ${#missing[@]} -gt 0 ] && ! install_missing "${missing[@]}"; then
    echo "publish.sh: needs ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
elif [ ! -f "$sqlite_static" ]; then
  echo "publish.sh: $sqlite_static is missing; install it with: dpkg --add-architecture arm64 && apt-get update && apt-get install libsqlite3-dev:arm64" >&2
  exit 1
fi

extra=()
if [ "$rid" != "$host_rid" ]; then
  if ! command -v "$triplet-gcc" >/dev/null; then
    echo "publish.sh: cross-compiling needs $triplet-gcc; install it with: apt-get install gcc-$triplet" >&2
    exit 1
  fi
  # The ILCompiler passes clang's --target=TRIPLE when cross-linking; the cross gcc already targets the triplet
  # and rejects that flag, so link through a tiny wrapper that drops it.
  wrapper="$repo/src/RomCurator.Tui/obj/publish/$triplet-gcc"
  mkdir -p "$(dirname "$wrapper")"
  cat > "$wrapper" <<WRAP
#!/usr/bin/env bash
args=()
for a in "\$@"; do case "\$a" in --target=*) ;; *) args+=("\$a") ;; esac; done
exec $triplet-gcc "\${args[@]}"
WRAP
  chmod +x "$wrapper"
  extra+=("-p:CppCompilerAndLinker=$wrapper" "-p:ObjCopyName=$triplet-objcopy")
fi

out="$repo/src/RomCurator.Tui/obj/publish/$rid"
log="$repo/src/RomCurator.Tui/obj/publish/$rid.log"
mkdir -p "$out"
echo "publish.sh: building romcurator for $rid (Native AOT, this takes a minute or two)..."
set +e
dotnet publish "$repo/src/RomCurator.Tui/RomCurator.Tui.csproj" -c Release -r "$rid" -o "$out" \
  -p:RomCuratorSqliteStatic="$sqlite_static" "${extra[@]}" -nologo > "$log" 2>&1
status=$?
set -e
if [ $status -ne 0 ]; then
  grep -E 'error|warning' "$log" | sort -u >&2 || tail -40 "$log" >&2
  echo "publish.sh: dotnet publish failed (full log: $log)" >&2
  exit 1
fi
if grep -qE 'warning IL[23][0-9]{3}' "$log"; then
  grep -E 'warning IL[23][0-9]{3}' "$log" | sort -u >&2
  echo "publish.sh: trimming/AOT warnings are errors for RomCurator (full log: $log)" >&2
  exit 1
fi

mkdir -p "$repo/dist"
target="$repo/dist/romcurator"
[ "$rid" != "$host_rid" ] && target="$repo/dist/romcurator-$rid"
cp "$out/romcurator" "$target"
chmod 755 "$target"
echo "publish.sh: built $target ($(du -h "$target" | cut -f1)); it needs nothing beside it."
