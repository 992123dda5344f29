#!/usr/bin/env bash
# Runs newsletter-lint, markdownlint-cli2 and rumdl side by side on the same synthetic archives and
# prints wall time, peak memory and the ratios. Every figure of docs/performance.md's comparison
# comes from this script.
#
#   bash benchmarks/compare.sh                 # N = 1,000 and 10,000, median of 3
#   SIZES="1000" ROUNDS=5 bash benchmarks/compare.sh
#
# Needs the .NET SDK, Node.js with npm, GNU time (/usr/bin/time), on Linux a C toolchain for the
# native tool (installed with apt-get when missing and run as root), and the real issues in
# ../shared/corpus/issues (or NEWSLETTER_CORPUS), from which the synthetic archives are made
# (deterministic: the same N always gives the same files).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000"}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rid=$(dotnet --info | awk '/RID:/ {print $2; exit}')
# "ours" is the tool dotnet tool install gives this machine: the native one (compiled ahead of time)
# on the platforms a release packs it for, when a C toolchain can link it; otherwise the ReadyToRun
# one, which is measured too ("ours-readytorun"), as every other platform gets it. Fresh artifacts
# folders: an incremental ReadyToRun build can keep a precompiled dependency of an older package
# version. The ReadyToRun tool runs through the dotnet host; an executable (UseAppHost) starts the
# same way the command dotnet tool install puts on the PATH does.
# The native tool is what a release packs for Linux; building it here needs a C toolchain to link.
has_c_toolchain() { command -v clang || command -v gcc || command -v cc; } > /dev/null 2>&1
if [[ "$rid" == linux-* ]] && ! has_c_toolchain && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing clang to link the native tool..."
  { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang; } > /dev/null 2>&1 || echo "clang could not be installed; measuring the ReadyToRun tool only" >&2
fi
echo "Building newsletter-lint (Release, native and ReadyToRun for $rid) and the corpus generator..."
dotnet publish src/NewsletterLinter.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=true --artifacts-path "$work/artifacts" -o "$work/ours-readytorun" > "$work/publish.log"
if { [ "$rid" = linux-x64 ] || [ "$rid" = linux-arm64 ]; } && has_c_toolchain \
   && dotnet publish src/NewsletterLinter.Cli -c Release -r "$rid" -p:NativeTool=true --artifacts-path "$work/artifacts-native" -o "$work/ours" > "$work/publish-native.log"; then
  echo "ours: the native tool; ours-readytorun: the ReadyToRun tool"
else
  [ -s "$work/publish-native.log" ] && { echo "The native tool did not build; measuring the ReadyToRun tool only:" >&2; tail -5 "$work/publish-native.log" >&2; }
  rm -rf "$work/ours"
  cp -r "$work/ours-readytorun" "$work/ours"
  echo "ours: the ReadyToRun tool (no native tool for $rid here)"
fi
dotnet build benchmarks/NewsletterLinter.Benchmarks -c Release > "$work/build.log"
echo "Installing markdownlint-cli2 and rumdl with npm into $work/peers..."
(cd "$work" && mkdir peers && cd peers && npm init -y > /dev/null && npm install --no-audit --no-fund markdownlint-cli2 rumdl > /dev/null)
peers="$work/peers/node_modules/.bin"
echo "markdownlint-cli2 $("$peers/markdownlint-cli2" --help 2>/dev/null | head -1 | awk '{print $2}'), $("$peers/rumdl" --version), newsletter-lint $("$work/ours/newsletter-lint" --version | cut -d+ -f1)"

# measure NAME DIR COMMAND...: one run, in DIR; appends "seconds kilobytes" to $work/NAME.txt
measure() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2>&1 || true)
  # GNU time puts "Command exited with non-zero status N" first when a linter reports findings.
  grep -E '^[0-9.]+ [0-9]+$' "$work/time.txt" >> "$work/$name.txt"
}

median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

for n in $SIZES; do
  corpus="$work/corpus-$n"
  dotnet benchmarks/NewsletterLinter.Benchmarks/bin/Release/net10.0/NewsletterLinter.Benchmarks.dll synth "$corpus" "$n"
  echo '{}' > "$corpus/.markdownlint-cli2.jsonc"
  # Sanity: the tool reads every file (an unreadable or unparsable file would make it look fast).
  if "$work/ours/newsletter-lint" lint "$corpus" --format msbuild 2>&1 | grep -q 'AN0003'; then
    echo "newsletter-lint reported unreadable files; not measuring." >&2
    exit 1
  fi
  echo "newsletter-lint findings: $("$work/ours/newsletter-lint" lint "$corpus" --format msbuild 2>/dev/null | wc -l)"
  rm -f "$work"/*.txt
  # Fill both tools' caches once, with the commands the cached runs below repeat (from the corpus's
  # folder: the cache keeps the names findings give the files), so that those are reruns over
  # unchanged files.
  (cd "$corpus" && "$work/ours/newsletter-lint" lint . --format msbuild --cache-location "$work/ours-cache" > /dev/null 2>&1) || true
  (cd "$corpus" && "$peers/rumdl" check . --cache-dir "$work/rumdl-cache" > /dev/null 2>&1) || true
  for round in $(seq "$ROUNDS"); do
    measure markdownlint "$corpus" "$peers/markdownlint-cli2" "*.md"
    measure rumdl "$corpus" "$peers/rumdl" check . --no-cache
    measure rumdl-cached "$corpus" "$peers/rumdl" check . --cache-dir "$work/rumdl-cache"
    measure ours "$corpus" "$work/ours/newsletter-lint" lint . --format msbuild
    measure ours-readytorun "$corpus" "$work/ours-readytorun/newsletter-lint" lint . --format msbuild
    measure ours-cached "$corpus" "$work/ours/newsletter-lint" lint . --format msbuild --cache-location "$work/ours-cache"
  done

  echo
  echo "N = $n files ($(du -sm "$corpus" | cut -f1) MB), median of $ROUNDS"
  printf '%-22s %10s %12s\n' tool "wall (s)" "peak (MB)"
  for name in markdownlint rumdl rumdl-cached ours ours-cached ours-readytorun; do
    t=$(awk '{print $1}' "$work/$name.txt" | median)
    m=$(awk '{print $2}' "$work/$name.txt" | median)
    printf '%-22s %10s %12s\n' "$name" "$t" "$((m / 1024))"
    eval "t_${name//-/_}=$t m_${name//-/_}=$m"
  done
  awk -v ml="$t_markdownlint" -v ru="$t_rumdl" -v rc="$t_rumdl_cached" -v o="$t_ours" -v oc="$t_ours_cached" \
      -v mm="$m_markdownlint" -v mo="$m_ours" -v mr="$m_rumdl" -v r2r="$t_ours_readytorun" -v mr2r="$m_ours_readytorun" 'BEGIN {
    printf "newsletter-lint vs markdownlint-cli2: %.1fx faster, %.0f%% of its peak memory\n", ml / o, 100 * mo / mm
    printf "newsletter-lint vs rumdl --no-cache:  %.2fx faster, %.2fx its peak memory\n", ru / o, mo / mr
    printf "cached reruns: newsletter-lint %.2f s, rumdl %.2f s (%.2fx)\n", oc, rc, rc / oc
    printf "the ReadyToRun tool: %.1fx markdownlint-cli2, %.2fx rumdl, %.0f%% of markdownlint-cli2 peak memory\n", ml / r2r, ru / r2r, 100 * mr2r / mm
  }'
done
