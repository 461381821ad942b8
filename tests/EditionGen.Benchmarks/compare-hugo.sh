#!/usr/bin/env bash
# Builds the same archive of sample-shaped issues with EditionGen and with Hugo, alternately, in one run,
# and prints each tool's wall-clock time, CPU time (user + system) and peak memory (medians), and the ratios.
#   tests/EditionGen.Benchmarks/compare-hugo.sh [ISSUES=365] [ROUNDS=3]
# EditionGen runs `build --no-cache --no-search` on an ingested edition; Hugo renders that edition's
# content/ with the plain layouts of Build/HugoSite.cs (header and navigation, article pages, issue lists
# grouped by page, author pages). Installs Debian's hugo when it is missing. EditionGen is timed twice a round: as
# the runtime sets itself up, and with DOTNET_GCgen0size=0x1000000 as the Pages workflows run it (the collector
# gathers 16 MB of young objects before collecting).
set -euo pipefail
issues=${1:-365}
rounds=${2:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v hugo >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq hugo >/dev/null
fi

dotnet build -c Release -v q --nologo "$repo/src/EditionGen.Cli" >/dev/null
dotnet build -c Release -v q --nologo "$repo/tests/EditionGen.Benchmarks" >/dev/null
bench="$repo/tests/EditionGen.Benchmarks/bin/Release/net10.0/EditionGen.Benchmarks"
cli="$repo/src/EditionGen.Cli/bin/Release/net10.0/editiongen.dll"

work=$(mktemp -d /tmp/editiongen-hugo-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$bench" generate "$issues" "$work/edition" >/dev/null
"$bench" measure ingest "$work/edition" >/dev/null
"$bench" hugo-site "$work/edition" "$work/hugo" >/dev/null
echo "$issues issues, $(find "$work/edition/content" -name '*.md' ! -name _index.md | wc -l) articles; $(hugo version | cut -d' ' -f1-2); $(nproc) cores"

run() { # label, command...: appends "seconds KiB cpu-seconds" to $work/label
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/times-$label.last" "$@" >/dev/null 2>"$work/times-$label.err" || { cat "$work/times-$label.err"; exit 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/times-$label.last" >"$work/times-$label.now"
  mv "$work/times-$label.now" "$work/times-$label.last"
  cat "$work/times-$label.last" >>"$work/times-$label"
}
for round in $(seq "$rounds"); do
  run hugo hugo --quiet --source "$work/hugo" --cleanDestinationDir -d "$work/hugo/public"
  run editiongen dotnet "$cli" build --root "$work/edition" --no-cache --no-search
  run workflow env DOTNET_GCgen0size=0x1000000 dotnet "$cli" build --root "$work/edition" --no-cache --no-search
  echo "round $round: hugo $(cat "$work/times-hugo.last"), editiongen $(cat "$work/times-editiongen.last"), as in the workflows $(cat "$work/times-workflow.last") (wall s, KiB, CPU s); load $(cut -d' ' -f1-3 /proc/loadavg)"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hugo_s=$(cut -d' ' -f1 "$work/times-hugo" | median); eg_s=$(cut -d' ' -f1 "$work/times-editiongen" | median)
hugo_k=$(cut -d' ' -f2 "$work/times-hugo" | median); eg_k=$(cut -d' ' -f2 "$work/times-editiongen" | median)
hugo_c=$(cut -d' ' -f3 "$work/times-hugo" | median); eg_c=$(cut -d' ' -f3 "$work/times-editiongen" | median)
wf_s=$(cut -d' ' -f1 "$work/times-workflow" | median); wf_k=$(cut -d' ' -f2 "$work/times-workflow" | median); wf_c=$(cut -d' ' -f3 "$work/times-workflow" | median)
echo "files: editiongen $(find "$work/edition/site-output" -type f | wc -l), hugo $(find "$work/hugo/public" -type f | wc -l)"
awk -v hs="$hugo_s" -v es="$eg_s" -v hk="$hugo_k" -v ek="$eg_k" -v hc="$hugo_c" -v ec="$eg_c" -v ws="$wf_s" -v wk="$wf_k" -v wc="$wf_c" 'BEGIN {
  printf "hugo:       %.2f s, CPU %.2f s, peak %.0f MiB\n", hs, hc, hk / 1024
  printf "editiongen: %.2f s, CPU %.2f s, peak %.0f MiB\n", es, ec, ek / 1024
  printf "editiongen as in the workflows: %.2f s, CPU %.2f s, peak %.0f MiB\n", ws, wc, wk / 1024
  printf "ratio (editiongen / hugo): time %.2f, CPU time %.2f, peak memory %.2f\n", es / hs, ec / hc, ek / hk
  printf "ratio (as in the workflows / hugo): time %.2f, CPU time %.2f, peak memory %.2f\n", ws / hs, wc / hc, wk / hk }'
