package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;

/** import delimited: quoting, BOM, type inference, missing cells, ragged rows. */
class CsvReaderTest {
    private static CsvReader.Options defaults() {
        return new CsvReader.Options(',', null, StandardCharsets.UTF_8, "lower", Set.of(), Set.of(), 1, Integer.MAX_VALUE);
    }

    @Test
    void quotedFieldsBomAndTypes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "\uFEFFId,Name,Score,Big\n1,\"Smith, J\",2.5,100000\n2,\"say \"\"hi\"\"\nthere\",NA,70000\n3,,.,3\n");
        Dataset d = new CsvReader().read(f, defaults());
        assertEquals(3, d.nObs());
        assertEquals(java.util.List.of("id", "name", "score", "big"), d.names());
        assertEquals("byte", d.column("id").typeName());
        assertEquals("long", d.column("big").typeName());
        assertEquals("double", d.column("score").typeName());
        assertEquals("Smith, J", d.string("name").get(0));
        assertEquals("say \"hi\"\nthere", d.string("name").get(1));
        assertTrue(Missing.isMissing(d.numeric("score").get(1)));
        assertTrue(Missing.isMissing(d.numeric("score").get(2)));
        assertEquals("", d.string("name").get(2));
    }

    @Test
    void raggedRowsAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        CsvReader r = new CsvReader();
        Dataset d = r.read(f, defaults());
        assertEquals(3, d.nObs());
        assertTrue(Missing.isMissing(d.numeric("c").get(1)));
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("line 3"), r.notes().get(0));
    }

    @Test
    void latin1Encoding(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("l.csv");
        Files.write(f, "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CsvReader.Options o = new CsvReader.Options(',', true, StandardCharsets.ISO_8859_1, "lower", Set.of(), Set.of(), 1,
            Integer.MAX_VALUE);
        assertEquals("Jos\u00e9", new CsvReader().read(f, o).string("name").get(0));
    }
}
