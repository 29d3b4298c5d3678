import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: the generated API changed: 1 file added, 1 removed, 1 changed since the last run')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('shapegen: the spec changed since the last generation:')
def out = new File(basedir, 'src/generated/java')
def secondStart = Files.getLastModifiedTime(new File(basedir, 'target/build-second.started').toPath()).toMillis()
def mtime = { String p -> Files.getLastModifiedTime(new File(out, p).toPath()).toMillis() }
assert !new File(out, 'it/change/Goes.java').exists() : 'a type the new spec no longer has is removed'
assert new File(out, 'it/change/Arrives.java').isFile()
assert mtime('it/change/Arrives.java') >= secondStart
assert mtime('it/change/Grows.java') >= secondStart : 'a changed type is rewritten'
assert mtime('it/change/Stays.java') < secondStart : 'an unchanged type is not touched'
assert mtime('it/change/runtime/Validation.java') < secondStart
assert new File(basedir, 'target/classes/it/mine/Mine.class').isFile() : 'hand-written sources build with the generated ones'
return true
