// Two executions of one package into one directory: the second would overwrite the first's support files and
// delete what the first needs. It is refused, naming the first's state, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: 20 types (13 records, 7 enums, 0 unions)')
assert log.contains("Give this execution its own packageName or outputDirectory")
assert log =~ /error\[output\.shared-files\]: \d+ files that this run writes \(it\/shared\/runtime\/[^)]*\) are also written into this directory by another run, whose state is \S*target\/shapegen-state\/training-plans\.state/
assert log.count('error[output.shared-files]') == 1 : 'each error is printed once'
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat dev\.shapegen/)
def out = new File(basedir, 'target/generated-sources/shapegen/it/shared')
assert new File(out, 'TrainingPlanSummary.java').isFile()
assert !new File(out, 'Item.java').exists()
assert !new File(basedir, 'target/shapegen-state/inventory.state').exists()
return true
