package io.cadbridge.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One cadbridge per data directory. The operating system releases the lock when the process ends,
 * however it ends, so a lock we can take means no live cadbridge owns the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve("cadbridge.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new SettingsException("another cadbridge is running with the data directory " + dataDirectory
                        + " (CADBRIDGE_DATA_DIR); stop it or choose another directory");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new SettingsException("cannot lock " + file + " (CADBRIDGE_DATA_DIR): " + e.getMessage(), e);
        }
    }

    /** Null when another process, or this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
