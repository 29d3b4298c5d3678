def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: skipped (shapegen.skip is true)')
assert !new File(basedir, 'target/generated-sources/shapegen').exists()
assert !new File(basedir, 'target/shapegen-state').exists()
return true
