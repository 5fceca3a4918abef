#!/usr/bin/env bash
# Refreshes PublicAPI.Unshipped.txt of every project under src/ from the build's own report: each public symbol that
# is not declared yet (RS0016) is added, each declared symbol that is gone (RS0017) is removed; the file stays
# sorted and unique. Review the diff, then commit it. Usage: src/update-public-api.sh [project-name ...]
set -euo pipefail
cd "$(dirname "$0")"
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  # Dependencies first, so that each project compiles against the references it was built with.
  projects=(DeepTrack.Fluent DeepTrack.Fluent.IO DeepTrack.Fluent.Datasets DeepTrack.Fluent.Gpu DeepTrack.Fluent.Torch DeepTrack.Fluent.Cli DeepTrack.Fluent.Cli.Torch)
fi
# The report must come out as warnings, and the project must be compiled again to report at all.
report=(-m:1 -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false -p:WarningsAsErrors=CS9057)
for name in "${projects[@]}"; do
  project="$name/$name.csproj"
  dotnet build "$project" "${report[@]}" -v q > /dev/null || true
  log=$(dotnet build "$project" "${report[@]}" --no-dependencies --no-incremental 2>&1 || true)
  unshipped="$name/PublicAPI.Unshipped.txt"
  added=$(printf '%s\n' "$log" | grep -F "[$PWD/$project]" | grep -F 'warning RS0016' \
    | sed -n "s/.*warning RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" || true)
  removed=$(printf '%s\n' "$log" | grep -F "[$PWD/$project]" | grep -F 'warning RS0017' \
    | sed -n "s/.*warning RS0017: Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" || true)
  {
    echo '#nullable enable'
    { grep -v '^#nullable' "$unshipped" || true; printf '%s\n' "$added"; } \
      | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$' || printf '\001\n') | LC_ALL=C sort -u
  } > "$unshipped.new"
  mv "$unshipped.new" "$unshipped"
  echo "$name: $(printf '%s\n' "$added" | grep -c . || true) added, $(printf '%s\n' "$removed" | grep -c . || true) removed"
done
