def log = new File(basedir, 'build.log').text
assert log =~ /spec-v2\.json:\d+:\d+ \[shape Mode\]: error\[diff\.breaking\]: breaking change since spec-v1\.json: enum-value-removed Mode: safe -> -/
assert log =~ /spec-v2\.json:\d+:\d+ \[shape Name\]: error\[diff\.breaking\]: breaking change since spec-v1\.json: constraint-changed Name\.max: 64 -> 32/
assert log.contains('shapegen: 2 errors in')
assert log.contains('move baselineSpec forward')
assert !new File(basedir, 'target/generated-sources/shapegen').exists()
return true
