package org.sdl.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file without ever leaving a half-written one: the text goes to a temporary file
 * in the same folder, which is then renamed over the target. Without replace an existing file
 * is refused before anything is written.
 */
public final class AtomicText {
    private AtomicText() {}

    /** Thrown for a target that exists when replace was not given (r(602)). */
    public static final class Exists extends IOException {
        public Exists(Path p) {
            super("file " + p + " already exists");
        }
    }

    public static void write(Path target, String text, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath();
        if (!replace && Files.exists(abs)) {
            throw new Exists(target);
        }
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
