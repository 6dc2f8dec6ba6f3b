package org.sinus.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written in place of {@code target} without ever exposing a partial file: content goes to a temporary file
 * in the same directory, which {@link #commit} forces to disk and renames over the target (atomic on POSIX file
 * systems). Until then the previous target, if any, is untouched; an abandoned temporary file is deleted by
 * {@link #close} or at JVM exit.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private boolean committed;

    private AtomicFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
    }

    static AtomicFile open(Path target) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stay on the result; this honours the umask.
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(new java.security.SecureRandom().nextLong()) + ".tmp");
        Files.createFile(temp);
        temp.toFile().deleteOnExit();
        return new AtomicFile(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicFile f = open(target)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                f.channel().write(buffer);
            }
            f.commit();
        }
    }

    FileChannel channel() {
        return channel;
    }

    Path target() {
        return target;
    }

    /** Flushes to disk and renames the temporary file over the target. */
    void commit() throws IOException {
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }
}
