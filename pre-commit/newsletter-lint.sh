#!/usr/bin/env bash
# Runs newsletter-lint for the pre-commit hooks of .pre-commit-hooks.yaml: builds the tool from
# this checkout once (into .pre-commit-tool/), then runs it with the hook's arguments and files.
# The hooks are serial, so all staged issues come in one call and the cross-file rules see them
# together; issues that are not staged count through NewsletterExternalIssues in newsletter-lint.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.pre-commit-tool"
if [ ! -f "$out/newsletter-lint.dll" ]; then
  echo "newsletter-lint: building the tool once for pre-commit..." >&2
  dotnet build "$root/src/NewsletterLinter.Cli/NewsletterLinter.Cli.csproj" -c Release -o "$out" -nologo -v quiet -clp:NoSummary -p:UseAppHost=false >&2
fi
command="$1"
shift
if [ "$command" = fix ]; then
  # pre-commit fails the hook when it changed a file; the findings left are a report here, and
  # only bad input (exit 2) fails it on its own.
  status=0
  dotnet "$out/newsletter-lint.dll" fix "$@" || status=$?
  [ "$status" -eq 2 ] && exit 2
  exit 0
fi
exec dotnet "$out/newsletter-lint.dll" "$command" "$@"
