#!/usr/bin/env bash
# What the tool and the generator write over the real archive and a synthetic one of 1,000 issues,
# captured for one revision, so that two revisions can be compared byte for byte:
#
#   benchmarks/behavior.sh capture REV OUT     # REV: a commit, or "." for the working tree
#   benchmarks/behavior.sh compare REV_A REV_B # captures both and diffs them; exit 1 on a difference
#
# Captured: lint in every format, export, fix (the files after it) and the generated C# sources.
# The real archive is NEWSLETTER_CORPUS (default ../shared/corpus/issues); the synthetic one is
# written once by the benchmarks' generator into $TMPDIR/newsletter-behavior-synthetic.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/newsletter-behavior"
corpus="${NEWSLETTER_CORPUS:-$repo/../shared/corpus/issues}"
synthetic="$work-synthetic"
mkdir -p "$work"

tree_of() {
  local rev="$1"
  if [ "$rev" = "." ]; then
    echo "$repo"
    return
  fi

  local tree="$work/tree-$(git -C "$repo" rev-parse --short "$rev")"
  if [ ! -d "$tree" ]; then
    git -C "$repo" worktree add --detach -f "$tree" "$rev" >/dev/null 2>&1
  fi

  echo "$tree"
}

archives() {
  if [ ! -d "$synthetic" ]; then
    dotnet run -c Release --project "$repo/benchmarks/NewsletterLinter.Benchmarks" -- synth "$synthetic" 1000 >/dev/null
  fi

  rm -rf "$work/archives" && mkdir -p "$work/archives"
  cp -r "$corpus" "$work/archives/real"
  cp -r "$synthetic" "$work/archives/synthetic"
}

generated() {
  local tree="$1" archive="$2" out="$3"
  local project="$work/generator-$(basename "$archive")"
  rm -rf "$project" && mkdir -p "$project"
  cat > "$project/Archive.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>$out</CompilerGeneratedFilesOutputPath>
    <NewsletterExternalIssues>1-173</NewsletterExternalIssues>
    <NoWarn>\$(NoWarn);AN0001;AN0002;AN0003;AN0004;AN0005;AN0006;AN1001;AN1002;AN1003;AN1004;AN2001;AN2002;AN2003;AN2004;AN2005;AN3001;AN3002;AN3003;AN3004;AN3005;AN3006;AN3007;AN1005</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$tree/src/NewsletterLinter.Runtime/NewsletterLinter.Runtime.csproj" />
    <ProjectReference Include="$tree/src/NewsletterLinter.CodeAnalysis/NewsletterLinter.CodeAnalysis.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$tree/src/NewsletterLinter.Parsing/NewsletterLinter.Parsing.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <PackageReference Include="Markdig" Version="1.6.0" GeneratePathProperty="true" ExcludeAssets="all" PrivateAssets="all" />
    <Analyzer Include="\$(PkgMarkdig)/lib/netstandard2.0/Markdig.dll" />
    <AdditionalFiles Include="$archive/*.md" NewsletterIssue="true" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="NewsletterIssue" />
    <CompilerVisibleProperty Include="NewsletterExternalIssues" />
  </ItemGroup>
</Project>
PROJECT
  # The sources are written before the compiler checks them; a 1,000-issue archive exceeds the
  # 16 MB string heap of one assembly (CS8103), which does not matter here.
  dotnet build "$project/Archive.csproj" -c Release -nologo -v quiet -clp:NoSummary -p:UseSharedCompilation=false >/dev/null 2>&1 || true
}

capture() {
  local rev="$1" out="$2"
  local tree
  tree="$(tree_of "$rev")"
  rm -rf "$out" && mkdir -p "$out"
  out="$(cd "$out" && pwd)"
  dotnet build "$tree/src/NewsletterLinter.Cli/NewsletterLinter.Cli.csproj" -c Release -nologo -v quiet -clp:NoSummary -o "$work/tool-$(basename "$out")" >/dev/null
  local tool="dotnet $work/tool-$(basename "$out")/newsletter-lint.dll"
  archives
  cd "$work/archives"
  for archive in real synthetic; do
    for format in text msbuild sarif github json; do
      $tool lint "$archive" --external 1-173 --no-baseline --format "$format" > "$out/lint-$archive.$format" 2>&1 || true
    done

    $tool export "$archive" > "$out/export-$archive.json" 2>&1 || true
    rm -rf "fix-$archive" && cp -r "$archive" "fix-$archive"
    $tool fix "fix-$archive" --external 1-173 --no-baseline > "$out/fix-$archive.txt" 2>&1 || true
    mkdir -p "$out/fixed-$archive" && cp "fix-$archive"/*.md "$out/fixed-$archive/"
    generated "$tree" "$work/archives/$archive" "$out/generated-$archive"
  done
}

case "${1:-}" in
  capture)
    capture "$2" "$3"
    ;;
  compare)
    capture "$2" "$work/a"
    capture "$3" "$work/b"
    if diff -r -q "$work/a" "$work/b"; then
      echo "Same bytes: lint (every format), export, fix and the generated sources over the real and the synthetic archive."
    else
      echo "The revisions differ; see diff -r $work/a $work/b" >&2
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 capture REV OUT | compare REV_A REV_B" >&2
    exit 2
    ;;
esac
