def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2') : 'the build ran with -T 2'
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'plans/target/generated-sources/shapegen/it/mm/plans/ListTrainingPlansResponse.java').isFile()
assert new File(basedir, 'offerings/target/generated-sources/shapegen/it/mm/offerings/SearchTrainingPlanOfferingsRequest.java').isFile()
assert !new File(basedir, 'offerings/target/generated-sources/shapegen/it/mm/offerings/ListTrainingPlansResponse.java').exists()
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true
