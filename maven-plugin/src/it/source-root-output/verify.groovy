def log = new File(basedir, 'build.log').text
assert log =~ /shapegen: outputDirectory \S*src\/main\/java is the project's own \S*src\/main\/java, where shapegen would replace and delete files/
assert log.contains('Set outputDirectory to a directory of its own, such as target/generated-sources/shapegen')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat dev\.shapegen/)
def sources = new File(basedir, 'src/main/java')
assert new File(sources, 'it/own/App.java').text.contains('Written by hand')
def files = []
sources.eachFileRecurse { files << sources.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['it', 'it/own', 'it/own/App.java'] : "nothing was written, not even a lock file: ${files}"
assert !new File(basedir, 'target/shapegen-state').exists()
return true
