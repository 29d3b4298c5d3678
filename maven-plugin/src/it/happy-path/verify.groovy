def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: 20 types (13 records, 7 enums, 0 unions) + 16 support files, 36 written')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def out = new File(basedir, 'target/generated-sources/shapegen/it/happy')
assert new File(out, 'ReservedCapacityInstanceType.java').isFile()
assert new File(out, 'runtime/Validation.java').isFile()
assert new File(out, 'runtime/Patterns.java').isFile()
assert new File(basedir, 'target/classes/it/happy/TrainingPlanSummary.class').isFile()
return true
