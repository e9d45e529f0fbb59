package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;

/**
 * .dta files: fixtures written by an independent writer (pandas, see make_fixtures.py; and a
 * byte-crafted format-117 file with extended missing values) are read, modified, written by sdl
 * and read back. The pandas check of sdl's output is recorded in roundtrip_check.txt.
 */
class DtaRoundTripTest {
    private static final Path FIXTURES = Path.of("src/test/resources/dta");

    @Test
    void readsPandasFixtureWithLabelsStrLAndChinese() {
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        assertEquals(4, d.nObs());
        assertEquals("社会信任", d.column("trust").label());
        NumericColumn trust = d.numeric("trust");
        assertEquals("信任", d.valueLabels().get(trust.valueLabel()).get(trust.get(2)));
        assertTrue(Missing.isMissing(d.numeric("income").get(1)));
        assertEquals(45.25, d.numeric("income").get(3));
        assertEquals("北京", d.string("city").get(0));
        assertTrue(d.string("note").isStrL());
        assertEquals("long text ".repeat(300), d.string("note").get(0));
        assertEquals("CGSS-like fixture", d.label());
    }

    @Test
    void readsExtendedMissingValuesFromFormat117() {
        Dataset d = DtaReader.read(FIXTURES.resolve("extmiss117.dta"));
        assertEquals(Missing.DOT, d.numeric("b").get(1));
        assertEquals(Missing.extended('z'), d.numeric("b").get(2));
        assertEquals(Missing.DOT, d.numeric("i").get(1));
        assertEquals(Missing.extended('a'), d.numeric("d").get(1));
        assertEquals(Missing.extended('z'), d.numeric("d").get(2));
        assertEquals("abc", d.string("s").get(0));
        assertEquals("", d.string("s").get(2));
    }

    @Test
    void readsFormat115WithValueLabels() {
        Dataset d = DtaReader.read(FIXTURES.resolve("old115.dta"));
        assertEquals(3, d.nObs());
        assertEquals("School grade", d.column("grade").label());
        assertEquals("high", d.valueLabels().get("gradelbl").get(2));
        assertEquals("gradelbl", d.numeric("grade").valueLabel());
        assertEquals(Missing.extended('a'), d.numeric("grade").get(2));
        assertEquals("bob", d.string("name").get(1));
        assertEquals("old format", d.label());
    }

    @Test
    void roundTripKeepsValuesLabelsNotesAndMissingCodes(@TempDir Path tmp) {
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        d.numeric("income").set(0, Missing.extended('b'));
        d.notes().put("_dta", new java.util.ArrayList<>(java.util.List.of("造数据")));
        Path out = tmp.resolve("out.dta");
        DtaWriter.write(d, out, false);
        Dataset back = DtaReader.read(out);
        assertEquals(d.names(), back.names());
        for (String v : d.names()) {
            assertEquals(d.column(v).typeName(), back.column(v).typeName(), v);
            assertEquals(d.column(v).label(), back.column(v).label(), v);
            if (d.column(v) instanceof NumericColumn n) {
                assertArrayEquals(n.toDoubles(), ((NumericColumn) back.column(v)).toDoubles(), v);
            } else {
                assertArrayEquals(((StringColumn) d.column(v)).raw(), ((StringColumn) back.column(v)).raw(), v);
            }
        }
        assertEquals(Missing.extended('b'), back.numeric("income").get(0));
        assertEquals(d.valueLabels().get("trust").entries(), back.valueLabels().get("trust").entries());
        assertEquals(java.util.List.of("造数据"), back.notes().get("_dta"));
    }

    @Test
    void truncatedFileIs610(@TempDir Path tmp) throws IOException {
        byte[] all = Files.readAllBytes(FIXTURES.resolve("survey118.dta"));
        Path cut = tmp.resolve("cut.dta");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        DataException e = assertThrows(DataException.class, () -> DtaReader.read(cut));
        assertEquals(610, e.code());
        Path junk = tmp.resolve("junk.dta");
        Files.writeString(junk, "id,x\n1,2\n");
        assertEquals(610, assertThrows(DataException.class, () -> DtaReader.read(junk)).code());
    }

    @Test
    void saveOverExistingFileNeedsReplaceAndKeepsOldFile(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("keep.dta");
        Files.writeString(target, "old content");
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        DataException e = assertThrows(DataException.class, () -> DtaWriter.write(d, target, false));
        assertEquals(602, e.code());
        assertEquals("old content", Files.readString(target));
    }

    @Test
    void failureMidwayLeavesOldFileIntact(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("keep.dta");
        Files.writeString(target, "old content");
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        DataException e = assertThrows(DataException.class, () -> DtaWriter.write(d, target, true, content -> out -> {
            out.write(new byte[100]);
            throw new IOException("disk full (simulated)");
        }));
        assertEquals(603, e.code());
        assertEquals("old content", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file may be left behind");
        }
    }
}
