import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: up to date, nothing to do (36 files in ')
def second = new File(basedir, 'target/build-second.started')
assert second.isFile()
def secondStart = Files.getLastModifiedTime(second.toPath()).toMillis()
def out = new File(basedir, 'target/generated-sources/shapegen')
def files = []
out.eachFileRecurse { if (it.isFile()) files << it }
// The generated sources, and in .shapegen/ the lock file (opening it again does not touch it) and the list of the
// runs that write here.
assert files.findAll { !it.path.contains('/.shapegen/') }.size() == 36
assert files.collect { out.toPath().relativize(it.toPath()).toString() }.findAll { it.startsWith('.shapegen') }.sort() == ['.shapegen/lock', '.shapegen/owners']
files.each { f ->
    def t = Files.getLastModifiedTime(f.toPath()).toMillis()
    assert t < secondStart : "${f} was written again by the second build"
}
def state = new File(basedir, 'target/shapegen-state/training-plans.state')
assert Files.getLastModifiedTime(state.toPath()).toMillis() < secondStart
return true
