package org.sdl.data.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.sdl.data.DataException;

/**
 * Every file sdl writes goes through here: the content is written to a temporary file in the
 * target's folder and renamed over the target only when complete, so a failure midway leaves any
 * old file intact. Without replace an existing target is r(602) before anything is written.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes content; may throw IOException (the temp file is then removed). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, boolean replace, Content content) {
        Path abs = target.toAbsolutePath();
        if (!replace && Files.exists(abs)) {
            throw new DataException(602, "file " + target + " already exists (use replace)");
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DataException(603, "file " + target + " could not be opened: folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            // not createTempFile: it makes the file owner-only (0600); a file created the usual
            // way gets the user's umask, as the file Stata or any editor would write
            tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DataException(603, "file " + target + " could not be written: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the rename already happened or the temp file is gone; nothing to keep
                }
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A replaced file keeps its permissions (a group-writable shared file stays so). */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the default
        }
    }
}
