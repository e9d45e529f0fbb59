package org.sdl.output.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sdl.data.DataException;
import org.sdl.data.io.AtomicFiles;

/**
 * Writes a table to a file through the atomic-write path: replace overwrites, append adds to
 * an existing file (or creates it), neither on an existing file is r(602) with the file left
 * untouched.
 */
public final class TableFile {
    private TableFile() {}

    public static void write(Path file, Table t, TableFormat format, TableFormat.Options o,
                             boolean replace, boolean append) {
        byte[] existing = null;
        if (append && Files.exists(file)) {
            try {
                existing = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DataException(603, "file " + file + " could not be read: " + e.getMessage());
            }
        }
        byte[] bytes;
        try {
            bytes = format.bytes(t, o, existing);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException de) {
                throw de;
            }
            throw new DataException(603, "file " + file + " could not be written: " + e.getMessage());
        }
        AtomicFiles.write(file, replace || append, out -> out.write(bytes));
    }
}
