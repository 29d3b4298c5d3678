#!/usr/bin/env bash
# Measures the standalone jar the way people run it, each run a new JVM, and prints markdown tables:
#   1. `java -jar generator/target/shapegen.jar generate` on sagemaker-latest.json: wall time and peak RSS,
#      median of RUNS runs (default 5), each into a fresh output folder; the same in one JVM
#      (-Dshapegen.fork=false); and the cold floor (dev.shapegen.bench.ColdFloor in a JVM of its own, with the batch
#      JVM's flags: parse the spec with Jackson's streaming parser, write files of the same paths and sizes), with the
#      jar's median as a multiple of the floor's. The peak RSS of a run in two JVMs is the larger of the two (GNU time);
#   2. javac compiling what the first of those runs wrote, against the Jackson jars (median of JAVAC_RUNS, default 3),
#      as it comes and with C1 only and the serial collector (-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC);
#   3. generate with -Xmx256m on every model in the models folder: pass or fail, time, peak RSS.
#
# Needs: generator/target/shapegen.jar, benchmarks/target/benchmarks.jar and benchmarks/target/jackson/
# (mvn -pl benchmarks -am package -DskipTests),
# GNU time at /usr/bin/time, and the real AWS models in ../shared/aws-models next to the repository.
#
# Environment: RUNS, JAVAC_RUNS; SHAPEGEN_MODELS (models folder); BENCH_WORK (scratch folder, default
# benchmarks/target/bench-jar, deleted at the end unless KEEP=1).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/generator/target/shapegen.jar"
jackson="$root/benchmarks/target/jackson"
benchjar="$root/benchmarks/target/benchmarks.jar"
models="${SHAPEGEN_MODELS:-$root/../shared/aws-models}"
runs="${RUNS:-5}"
javac_runs="${JAVAC_RUNS:-3}"
work="${BENCH_WORK:-$root/benchmarks/target/bench-jar}"
package="bench.generated"
# The floor runs with the flags the jar gives its second JVM (see BatchJvm), so that both have the same JVM: huge
# pages only where Linux gives them on request.
hugepages=$(sed -n 's/.*\[\(.*\)\].*/\1/p' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || true)
batch_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ "$hugepages" = madvise ]; then batch_flags+=(-XX:+UseTransparentHugePages); fi

die() {
  echo "bench-jar.sh: $*" >&2
  exit 2
}

[ -x /usr/bin/time ] || die "GNU time is not at /usr/bin/time (on Debian: apt-get install time)"
command -v java >/dev/null || die "java is not on the PATH"
command -v javac >/dev/null || die "javac is not on the PATH (a JDK 17 is needed, not only a JRE)"
[ -f "$jar" ] || die "no $jar: build it first with mvn -pl benchmarks -am package -DskipTests"
[ -f "$benchjar" ] || die "no $benchjar: build it first with mvn -pl benchmarks -am package -DskipTests"
compgen -G "$jackson/jackson-databind-*.jar" >/dev/null \
  || die "no Jackson jars in $jackson: build them first with mvn -pl benchmarks -am package -DskipTests"
[ -d "$models" ] || die "the real AWS models are not in $models (../shared/aws-models next to the repository; \
or set SHAPEGEN_MODELS=DIR)"
[ -f "$models/sagemaker-latest.json" ] || die "no sagemaker-latest.json in $models"

rm -rf "$work"
mkdir -p "$work"
# Output folders are all deleted at the end, not between runs: creating thousands of files right after deleting
# thousands is slower on ext4, and that would be charged to the next run.
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

# measure LOG COMMAND...: runs the command under GNU time; prints "EXIT_STATUS WALL_SECONDS PEAK_RSS_KIB".
measure() {
  local log=$1
  shift
  local status=0
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$log" 2>&1 || status=$?
  # On failure GNU time writes a "Command exited with non-zero status" line first; the numbers are the last line.
  echo "$status $(tail -n 1 "$work/time.txt")"
}

# median: of the numbers on standard input, one a line.
median() {
  sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

mib() {
  awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'
}

echo "machine: $(nproc) cores, $(uname -srm), $(java -version 2>&1 | head -n 1), load average\
 $(cut -d' ' -f1-3 /proc/loadavg), transparent huge pages: ${hugepages:-none}"
echo

# 1. The jar on the newest SageMaker model, default heap: as people run it (generate runs in a second, batch JVM),
# in one JVM (-Dshapegen.fork=false), and the cold floor, alternating so that all see the same machine.
walls=()
rsss=()
one_walls=()
one_rsss=()
floor_walls=()
floor_rsss=()
for i in $(seq 1 "$runs"); do
  echo "generate sagemaker-latest.json, run $i of $runs" >&2
  read -r status wall rss < <(measure "$work/generate-$i.log" \
    java -jar "$jar" generate --spec "$models/sagemaker-latest.json" --output "$work/out-$i" --package "$package")
  if [ "$status" != 0 ]; then
    cat "$work/generate-$i.log" >&2
    die "generate failed with exit status $status"
  fi
  walls+=("$wall")
  rsss+=("$rss")
  echo "generate sagemaker-latest.json in one JVM, run $i of $runs" >&2
  read -r status wall rss < <(measure "$work/generate-one-$i.log" java -Dshapegen.fork=false -jar "$jar" generate \
    --spec "$models/sagemaker-latest.json" --output "$work/out-one-$i" --package "$package")
  if [ "$status" != 0 ]; then
    cat "$work/generate-one-$i.log" >&2
    die "generate in one JVM failed with exit status $status"
  fi
  one_walls+=("$wall")
  one_rsss+=("$rss")
  # The floor writes what the first run wrote: its .java files, by path and size.
  [ -f "$work/manifest.tsv" ] || find "$work/out-1" -type f -name '*.java' -printf '%s\t%P\n' >"$work/manifest.tsv"
  echo "floor for sagemaker-latest.json, run $i of $runs" >&2
  read -r status wall rss < <(measure "$work/floor-$i.log" java "${batch_flags[@]}" \
    -cp "$benchjar" dev.shapegen.bench.ColdFloor "$models/sagemaker-latest.json" "$work/manifest.tsv" \
    "$work/out-floor-$i")
  if [ "$status" != 0 ]; then
    cat "$work/floor-$i.log" >&2
    die "the floor failed with exit status $status"
  fi
  floor_walls+=("$wall")
  floor_rsss+=("$rss")
done
files=$(find "$work/out-1" -name '*.java' | wc -l)

# 2. javac on what the first run wrote.
find "$work/out-1" -name '*.java' >"$work/sources.txt"
classpath=$(printf '%s:' "$jackson"/*.jar)
# javac as it comes, and javac in a batch JVM (the flags generate runs with), alternating; each into a new folder.
javac_walls=()
javac_rsss=()
batch_walls=()
batch_rsss=()
for i in $(seq 1 "$javac_runs"); do
  echo "javac $files files, run $i of $javac_runs" >&2
  read -r status wall rss < <(measure "$work/javac-$i.log" javac --release 17 -proc:none -nowarn -encoding UTF-8 \
    -cp "${classpath%:}" -d "$work/classes-$i" "@$work/sources.txt")
  if [ "$status" != 0 ]; then
    tail -n 40 "$work/javac-$i.log" >&2
    die "javac failed with exit status $status"
  fi
  javac_walls+=("$wall")
  javac_rsss+=("$rss")
  echo "javac $files files in a batch JVM, run $i of $javac_runs" >&2
  read -r status wall rss < <(measure "$work/javac-batch-$i.log" javac -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC \
    --release 17 -proc:none -nowarn -encoding UTF-8 -cp "${classpath%:}" -d "$work/classes-batch-$i" \
    "@$work/sources.txt")
  if [ "$status" != 0 ]; then
    tail -n 40 "$work/javac-batch-$i.log" >&2
    die "javac in a batch JVM failed with exit status $status"
  fi
  batch_walls+=("$wall")
  batch_rsss+=("$rss")
done

echo "### sagemaker-latest.json"
echo
echo "| what | wall time (s), median | peak RSS (MiB), median | runs | wall time range (s) |"
echo "|---|---:|---:|---:|---|"
range=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo "| \`java -jar shapegen.jar generate\` ($files files) | $(printf '%s\n' "${walls[@]}" | median) \
| $(mib "$(printf '%s\n' "${rsss[@]}" | median)") | $runs | $range |"
range=$(printf '%s\n' "${one_walls[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo "| \`java -Dshapegen.fork=false -jar shapegen.jar generate\` (one JVM) | $(printf '%s\n' "${one_walls[@]}" | median) \
| $(mib "$(printf '%s\n' "${one_rsss[@]}" | median)") | $runs | $range |"
range=$(printf '%s\n' "${floor_walls[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo "| cold floor: parse the spec, write the same $files files (\`ColdFloor\`, \`${batch_flags[*]}\`) \
| $(printf '%s\n' "${floor_walls[@]}" | median) | $(mib "$(printf '%s\n' "${floor_rsss[@]}" | median)") | $runs \
| $range |"
range=$(printf '%s\n' "${javac_walls[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo "| \`javac\` of that output, against the Jackson jars | $(printf '%s\n' "${javac_walls[@]}" | median) \
| $(mib "$(printf '%s\n' "${javac_rsss[@]}" | median)") | $javac_runs | $range |"
range=$(printf '%s\n' "${batch_walls[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo "| \`javac -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC\` of that output | \
$(printf '%s\n' "${batch_walls[@]}" | median) | $(mib "$(printf '%s\n' "${batch_rsss[@]}" | median)") | $javac_runs \
| $range |"
echo
awk -v jar="$(printf '%s\n' "${walls[@]}" | median)" -v floor="$(printf '%s\n' "${floor_walls[@]}" | median)" \
  'BEGIN { printf "The jar took %.2f× the time of the cold floor (medians).\n", jar / floor }'
echo

# 3. Every model with a 256 MiB heap.
echo "### -Xmx256m, every model"
echo
echo "| model | result | wall time (s) | peak RSS (MiB) |"
echo "|---|---|---:|---:|"
for spec in "$models"/*.json; do
  name=$(basename "$spec")
  echo "generate $name with -Xmx256m" >&2
  read -r status wall rss < <(measure "$work/xmx-$name.log" \
    java -Xmx256m -jar "$jar" generate --spec "$spec" --output "$work/xmx-${name%.json}" --package "$package")
  if [ "$status" = 0 ]; then
    result=pass
  elif grep -q OutOfMemoryError "$work/xmx-$name.log"; then
    result="fail (exit $status, OutOfMemoryError)"
  else
    result="fail (exit $status: $(grep -m 1 -v '^\s*$' "$work/xmx-$name.log" | cut -c1-80))"
  fi
  echo "| $name | $result | $wall | $(mib "$rss") |"
done
