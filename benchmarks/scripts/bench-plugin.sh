#!/usr/bin/env bash
# Measures the Maven plugin's up-to-date check where it runs: in real `mvn generate-sources` builds of a small
# project whose one execution generates sagemaker-latest.json (1,926 files). The first build generates; each of the
# next RUNS builds (default 7) finds everything up to date, and the plugin logs how long its check took:
#   shapegen: up to date, nothing to do (1926 files in DIR, checked in N ms)
# Prints the median and range of N, and the median wall time of those whole Maven builds.
#
# Needs: the plugin installed in the local Maven repository (mvn -B -ntp -pl maven-plugin -am install -DskipTests),
# mvn on the PATH, and the real AWS models in ../shared/aws-models next to the repository.
#
# Environment: RUNS; SHAPEGEN_MODELS (models folder); MODEL (default sagemaker-latest.json); MAVEN_REPO (the local
# repository, default ~/.m2/repository); BENCH_WORK (scratch folder, default benchmarks/target/bench-plugin, deleted
# at the end unless KEEP=1).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
models="${SHAPEGEN_MODELS:-$root/../shared/aws-models}"
model="${MODEL:-sagemaker-latest.json}"
runs="${RUNS:-7}"
work="${BENCH_WORK:-$root/benchmarks/target/bench-plugin}"

die() {
  echo "bench-plugin.sh: $*" >&2
  exit 2
}

command -v mvn >/dev/null || die "mvn is not on the PATH"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number of at least 1, not '$runs'"
[ -f "$models/$model" ] || die "no $model in $models (../shared/aws-models next to the repository; or set \
SHAPEGEN_MODELS=DIR)"
# Absolute, since Maven reads the spec's path from the scratch project's folder.
models="$(cd "$models" && pwd)"
# The version of this checkout: the first <version> of the parent pom, right after its artifactId.
version="$(sed -n '/<artifactId>shapegen-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$root/pom.xml")"
[ -n "$version" ] || die "cannot read the version from $root/pom.xml"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
installed="$repo/dev/shapegen/shapegen-generator/$version/shapegen-generator-$version.jar"
[ -f "$repo/dev/shapegen/shapegen-maven-plugin/$version/shapegen-maven-plugin-$version.jar" ] && [ -f "$installed" ] \
  || die "shapegen-maven-plugin $version is not installed in $repo: run mvn -B -ntp -pl maven-plugin -am install \
-DskipTests first"
# A snapshot installed before the last change to the generator would measure old code.
newer="$(find "$root/pom.xml" "$root/generator/pom.xml" "$root/generator/src/main" "$root/maven-plugin/pom.xml" \
  "$root/maven-plugin/src/main" -type f -newer "$installed" -print -quit)" \
  || die "cannot compare the sources with $installed"
[ -z "$newer" ] || die "$newer changed after the installed shapegen-generator $version was built: run mvn -B -ntp \
-pl maven-plugin -am install -DskipTests again"

[ ! -e "$work" ] || [ -z "$(ls -A "$work")" ] || [ -f "$work/.bench-plugin" ] \
  || die "$work is not empty and not this script's: set BENCH_WORK to a new folder"
rm -rf "$work"
mkdir -p "$work"
touch "$work/.bench-plugin"
status=1
cleanup() {
  # The logs stay when something failed.
  if [ "${KEEP:-0}" != 1 ] && [ "$status" = 0 ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

cat >"$work/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-plugin-up-to-date</artifactId>
  <version>1</version>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.shapegen</groupId>
        <artifactId>shapegen-maven-plugin</artifactId>
        <version>$version</version>
        <executions>
          <execution>
            <id>model</id>
            <goals>
              <goal>generate</goal>
            </goals>
            <configuration>
              <spec>$models/$model</spec>
              <packageName>bench.generated</packageName>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF

median() {
  sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

echo "machine: $(nproc) cores, $(uname -srm), $(mvn -B -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | sed -n '1p;/^Java version/p' | paste -sd ';'), \
load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first build (generates $model)" >&2
(cd "$work" && mvn -B -o -Dmaven.repo.local="$repo" generate-sources >"$work/build-0.log" 2>&1) || {
  tail -n 40 "$work/build-0.log" >&2
  die "the first build failed; its log is above, and in $work"
}
grep -m 1 '^\[INFO\] shapegen: ' "$work/build-0.log" >&2 || true

checks=()
walls=()
for i in $(seq 1 "$runs"); do
  echo "up-to-date build $i of $runs" >&2
  start=$(date +%s.%N)
  (cd "$work" && mvn -B -o -Dmaven.repo.local="$repo" generate-sources >"$work/build-$i.log" 2>&1) || {
    tail -n 40 "$work/build-$i.log" >&2
    die "build $i failed; its log is above, and in $work"
  }
  end=$(date +%s.%N)
  ms=$(sed -n 's/.*shapegen: up to date, nothing to do (.*, checked in \([0-9]*\) ms).*/\1/p' "$work/build-$i.log")
  [ -n "$ms" ] || die "build $i was not up to date: $(grep 'shapegen: ' "$work/build-$i.log" | head -n 1)"
  checks+=("$ms")
  walls+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')")
done

files=$(sed -n 's/.*nothing to do (\([0-9]*\) files.*/\1/p' "$work/build-1.log")
range=$(printf '%s\n' "${checks[@]}" | sort -g | sed -n '1p;$p' | paste -sd '-' | sed 's/-/ – /')
echo
echo "| what | median | range | runs |"
echo "|---|---:|---|---:|"
echo "| the plugin's up-to-date check, $model ($files files), as it logs it (ms) | \
$(printf '%s\n' "${checks[@]}" | median) | $range | $runs |"
echo "| the whole \`mvn -o generate-sources\` build (s) | $(printf '%s\n' "${walls[@]}" | median) | | $runs |"
status=0
