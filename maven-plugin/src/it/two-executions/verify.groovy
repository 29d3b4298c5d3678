def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: 20 types (13 records, 7 enums, 0 unions)')
assert log.contains('shapegen: 1 type (1 record, 0 enums, 0 unions)')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/shapegen-state/training-plans.state').isFile()
assert new File(basedir, 'target/shapegen-state/inventory.state').isFile()
return true
