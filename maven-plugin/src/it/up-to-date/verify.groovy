import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('shapegen: up to date, nothing to do (29 files in ')
def second = new File(basedir, 'target/build-second.started')
assert second.isFile()
def secondStart = Files.getLastModifiedTime(second.toPath()).toMillis()
def files = []
new File(basedir, 'target/generated-sources/shapegen').eachFileRecurse { if (it.isFile()) files << it }
assert files.size() == 29
files.each { f ->
    def t = Files.getLastModifiedTime(f.toPath()).toMillis()
    assert t < secondStart : "${f} was written again by the second build"
}
def state = new File(basedir, 'target/shapegen-state/training-plans.state')
assert Files.getLastModifiedTime(state.toPath()).toMillis() < secondStart
return true
