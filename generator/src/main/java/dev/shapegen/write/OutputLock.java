package dev.shapegen.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one run at a time work on an output directory: an in-JVM lock keyed by the directory's real path, then an OS
 * lock on {@code DIR/.shapegen/lock}. Both are needed: OS file locks belong to the whole JVM, so two threads (such as
 * two modules of a {@code mvn -T 2} build sharing an output directory) must be kept apart before they ask for it. The
 * OS releases the lock of a process that dies, so a killed run never leaves the directory locked.
 */
public final class OutputLock implements AutoCloseable {
    /** The directory inside the output where shapegen keeps its lock, staging area and journal. */
    public static final String META_DIR = ".shapegen";
    /** System property: how long to wait for another run, in seconds. */
    public static final String TIMEOUT_PROPERTY = "shapegen.lockTimeoutSeconds";
    private static final long DEFAULT_TIMEOUT_SECONDS = 600;
    private static final ConcurrentMap<String, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The wait from {@value #TIMEOUT_PROPERTY}, else 10 minutes: far longer than generating the largest model. */
    public static Duration defaultTimeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY, "");
        try {
            return Duration.ofSeconds(value.isBlank() ? DEFAULT_TIMEOUT_SECONDS : Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
    }

    /**
     * Waits, at most {@code timeout}, until no other run works on {@code outputDir}; creates the directory.
     *
     * @throws IOException when the directory cannot be created or another run holds it longer than the timeout
     */
    public static OutputLock acquire(Path outputDir, Duration timeout) throws IOException {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new IOException("it is a file, not a directory; choose a directory for the generated sources");
        }
        Path meta = Files.createDirectories(outputDir.resolve(META_DIR));
        Path file = meta.resolve("lock");
        ReentrantLock local = IN_JVM.computeIfAbsent(meta.toRealPath().toString(), k -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(outputDir, file, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for another shapegen run on " + outputDir);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long sleepMillis = 5;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(local, channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw timedOut(outputDir, file, timeout);
                }
                Thread.sleep(sleepMillis);
                sleepMillis = Math.min(100, sleepMillis * 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel, local);
            throw new InterruptedIOException("interrupted while waiting for another shapegen run on " + outputDir);
        } catch (IOException | RuntimeException e) {
            close(channel, local);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held in this JVM by a copy of this class from another class loader (such as another plugin realm).
            return null;
        }
    }

    private static IOException timedOut(Path outputDir, Path file, Duration timeout) {
        return new IOException("another shapegen run has been working on " + outputDir + " for more than "
                + timeout.toSeconds() + " s (it holds " + file + "); run again when it is done, or give it longer "
                + "with -D" + TIMEOUT_PROPERTY + "=SECONDS");
    }

    private static void close(FileChannel channel, ReentrantLock local) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Closing a channel we only locked; nothing was written through it.
        } finally {
            local.unlock();
        }
    }

    /** Releases both locks; the lock file stays, as deleting it would let two runs lock two different files. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            close(channel, local);
        }
    }
}
