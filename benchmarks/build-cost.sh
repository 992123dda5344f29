#!/usr/bin/env bash
# What the package costs a build: a project holding the real issues with one PackageReference to
# NewsletterLinter, against the same project without it. Rebuilds after a .cs edit (the common
# case in an IDE or CI), median of ROUNDS, and the analyzers' and generator's own time as the
# compiler reports it (-p:ReportAnalyzer=true).
#
#   bash benchmarks/build-cost.sh            # the issues of ../shared/corpus/issues (or NEWSLETTER_CORPUS)
#   UseSharedCompilation=true bash benchmarks/build-cost.sh   # with the compiler server (shut down afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
corpus=${NEWSLETTER_CORPUS:-$(cd .. && pwd)/shared/corpus/issues}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ "${UseSharedCompilation:-}" = true ] && dotnet build-server shutdown > /dev/null 2>&1 || true' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"
version=0.1.0-cost.$(date +%s)
dotnet pack src/NewsletterLinter.Package -c Release -o "$work/feed" -p:Version="$version" --artifacts-path "$work/artifacts" > "$work/pack.log"

make_project() { # make_project FOLDER WITH_PACKAGE
  mkdir -p "$1/issues"
  cp "$corpus"/*.md "$1/issues/"
  cat > "$1/nuget.config" <<XML
<configuration><packageSources><add key="newsletter-linter-feed" value="$work/feed" /></packageSources></configuration>
XML
  local reference=""
  [ "$2" = yes ] && reference="<ItemGroup><PackageReference Include=\"NewsletterLinter\" Version=\"$version\" /></ItemGroup>"
  cat > "$1/Issues.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Library</OutputType><TargetFramework>net10.0</TargetFramework><NewsletterExternalIssues>1-173</NewsletterExternalIssues></PropertyGroup>
  $reference
</Project>
XML
  echo "namespace Issues; public static class Edited { public const int Value = 0; }" > "$1/Edited.cs"
  (cd "$1" && dotnet build -nologo -v:q > /dev/null)
}

rebuild() { # rebuild FOLDER ROUND [PROPERTY...]: edit the .cs file and build again; prints seconds
  echo "namespace Issues; public static class Edited { public const int Value = $2; }" > "$1/Edited.cs"
  local folder=$1 start end
  shift 2
  start=$(date +%s.%N)
  (cd "$folder" && dotnet build -nologo -v:q --no-restore "$@" > /dev/null)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

make_project "$work/with" yes
make_project "$work/without" no
# The package's analyzers as a command-line build runs them (ReadyToRun images of this platform,
# where the package has them), and the portable ones (what IDEs and other platforms load).
for round in $(seq "$ROUNDS"); do
  rebuild "$work/without" "$round" >> "$work/without.txt"
  rebuild "$work/with" "$round" >> "$work/with.txt"
  rebuild "$work/with" "$round" -p:NewsletterReadyToRunAnalyzers=false >> "$work/portable.txt"
done
without=$(median < "$work/without.txt")
with=$(median < "$work/with.txt")
portable=$(median < "$work/portable.txt")
echo "$(ls "$corpus"/*.md | wc -l) issues; rebuild after a .cs edit, median of $ROUNDS:"
echo "  without the package: ${without} s"
echo "  with the package:    ${with} s ($(echo "scale=2; $with / $without" | bc)x)"
echo "  the same, portable analyzers (NewsletterReadyToRunAnalyzers=false): ${portable} s ($(echo "scale=2; $portable / $without" | bc)x)"
echo "  generated assembly:  $(du -k "$work/with/bin/Debug/net10.0/Issues.dll" | cut -f1) KB"
echo "The analyzers and the generator in that build (ReportAnalyzer):"
(cd "$work/with" && echo "namespace Issues; public static class Edited { public const int Value = 99; }" > Edited.cs && dotnet build -nologo --no-restore -v:d -p:ReportAnalyzer=true 2>&1 | grep -E '^ *(Total (analyzer|generator) execution time|[0-9.]+ +[0-9]+ +NewsletterLinter)' | sed 's/^ */  /' | head -8)
