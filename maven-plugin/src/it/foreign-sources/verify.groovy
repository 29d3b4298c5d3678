def log = new File(basedir, 'build.log').text
assert log =~ /src\/generated\/java: error\[output\.foreign-sources\]: the output directory holds 1 Java source that shapegen did not write \(it\/own\/App\.java\)/
assert log.contains('shapegen: cannot generate into ')
assert log.contains('Set outputDirectory to an empty or dedicated directory')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat dev\.shapegen/)
def sources = new File(basedir, 'src/generated/java')
assert new File(sources, 'it/own/App.java').text.contains('Written by hand')
def files = []
sources.eachFileRecurse { files << sources.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['it', 'it/own', 'it/own/App.java'] : "nothing was written, not even a lock file: ${files}"
assert !new File(basedir, 'target/shapegen-state').exists()
return true
