def log = new File(basedir, 'build.log').text
assert log =~ /spec\.json:7:\d+ \[shape Thing, member Size\]: error\[ref\.missing-shape\]: refers to shape Sizee, which does not exist; did you mean Size\?/
assert log =~ /spec\.json:10:\d+ \[shape Size\]: error\[constraint\.min-max\]: min 10 is greater than max 1/
assert log.contains('shapegen: 2 errors in')
assert log.contains('BUILD FAILURE')
assert !(log =~ /\tat dev\.shapegen/)
def previous = new File(basedir, 'src/generated/java/it/broken/Previous.java')
assert previous.text.contains('Output of an earlier, successful run')
assert new File(basedir, 'src/generated/java').listFiles().length == 1
assert !new File(basedir, 'src/generated/java/it/broken/Thing.java').exists()
return true
