package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.DataException;

/** The temp-file-and-rename rule every writer goes through. */
class AtomicFilesTest {
    @Test
    void newFilesGetTheUsualPermissionsAndReplacedFilesKeepTheirs(@TempDir Path tmp) throws IOException {
        Path probe = tmp.resolve("probe.txt");
        Files.writeString(probe, "x"); // created as any program would: the umask decides
        Path f = tmp.resolve("new.dta");
        AtomicFiles.write(f, false, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(f));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(f, shared);
        AtomicFiles.write(f, true, out -> out.write(2));
        assertEquals(shared, Files.getPosixFilePermissions(f));
    }

    @Test
    void failureMidwayKeepsTheOldFileAndLeavesNoTemp(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("data.csv");
        Files.writeString(f, "old");
        DataException e = assertThrows(DataException.class, () -> AtomicFiles.write(f, true, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device (simulated)");
        }));
        assertEquals(603, e.code());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("data.csv"), names(tmp));
    }

    @Test
    void runtimeFailureMidwayAlsoKeepsTheOldFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("data.dta");
        Files.writeString(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, true, out -> {
            out.write(1);
            throw new IllegalStateException("bug in a writer (simulated)");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("data.dta"), names(tmp));
    }

    @Test
    void replaceSwapsContentAndMissingFolderIs603(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a.txt");
        AtomicFiles.write(f, false, out -> out.write('1'));
        AtomicFiles.write(f, true, out -> out.write('2'));
        assertEquals("2", Files.readString(f));
        assertEquals(602, assertThrows(DataException.class, () -> AtomicFiles.write(f, false, out -> out.write('3'))).code());
        assertEquals(603, assertThrows(DataException.class,
            () -> AtomicFiles.write(tmp.resolve("no/such/dir/x.dta"), false, out -> out.write('3'))).code());
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
