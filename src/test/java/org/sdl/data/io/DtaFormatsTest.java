package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;

/**
 * Every .dta format and byte order the reader supports, on fixtures made by pandas or crafted
 * byte by byte (src/test/resources/dta/make_more_fixtures.py says which).
 */
class DtaFormatsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/dta");

    @Test
    void format114BigEndianFromPandas() {
        Dataset d = DtaReader.read(FIXTURES.resolve("pandas114_be.dta"));
        assertEquals(List.of("b", "i", "l", "f", "d", "s", "grp"), d.names());
        assertEquals("byte", d.column("b").typeName());
        assertEquals("int", d.column("i").typeName());
        assertEquals("long", d.column("l").typeName());
        assertEquals("float", d.column("f").typeName());
        assertEquals("double", d.column("d").typeName());
        assertEquals(-5, d.numeric("b").get(1));
        assertEquals(-32000, d.numeric("i").get(1));
        assertEquals(2147483000, d.numeric("l").get(2));
        assertEquals(-0.25, d.numeric("f").get(2));
        assertEquals(Missing.DOT, d.numeric("f").get(1));
        assertEquals(Math.PI, d.numeric("d").get(0));
        assertEquals(-1e300, d.numeric("d").get(1));
        assertEquals(Missing.DOT, d.numeric("d").get(2));
        assertEquals("xyz", d.string("s").get(2));
        assertEquals("", d.string("s").get(1));
        assertEquals("a byte", d.column("b").label());
        assertEquals("pandas 114 big-endian", d.label());
        NumericColumn grp = d.numeric("grp");
        assertEquals("high", d.valueLabels().get(grp.valueLabel()).get(grp.get(1)));
    }

    @Test
    void format115WithExtendedMissingNotesSharedLabelsAndSortOrder() {
        Dataset d = DtaReader.read(FIXTURES.resolve("crafted115.dta"));
        assertEquals(3, d.nObs());
        assertEquals("crafted 115", d.label());
        assertEquals(List.of("id"), d.sortedBy());
        assertEquals(Missing.extended('a'), d.numeric("q1").get(1));
        assertEquals(Missing.DOT, d.numeric("q1").get(2));
        assertEquals(Missing.Z, d.numeric("q2").get(1));
        assertEquals(Missing.extended('a'), d.numeric("w").get(1));
        assertEquals(Missing.Z, d.numeric("x").get(1));
        assertEquals(Missing.extended('b'), d.numeric("lng").get(1));
        assertEquals(-2147483647, d.numeric("lng").get(2));
        assertEquals(-3.25, d.numeric("x").get(2));
        assertEquals("agree", d.numeric("q1").valueLabel());
        assertEquals("agree", d.numeric("q2").valueLabel());
        assertEquals("refused", d.valueLabels().get("agree").get(Missing.extended('a')));
        assertEquals("完全同意", d.valueLabels().get("agree").get(5.0));
        assertEquals("Question 1", d.column("q1").label());
        assertEquals(List.of("first dataset note", "second dataset note"), d.notes().get("_dta"));
        assertEquals(List.of("asked of adults only"), d.notes().get("q1"));
    }

    @Test
    void format117BigEndianLatin1AndLittleEndianStrL() {
        Dataset be = DtaReader.read(FIXTURES.resolve("pandas117_be.dta"));
        assertEquals("Genève", be.string("city").get(0));
        assertEquals("Zürich", be.string("memo").get(1));
        assertEquals("Bemerkung (ä)", be.column("memo").label());
        assertEquals(3, be.numeric("id").get(2));
        Dataset le = DtaReader.read(FIXTURES.resolve("pandas117.dta"));
        assertTrue(le.string("memo").isStrL());
        assertEquals("strL café ".repeat(400), le.string("memo").get(0));
        assertEquals("Zürich", le.string("memo").get(1));
        assertEquals("", le.string("memo").get(2));
        assertEquals("pandas 117 LSF", le.label());
    }

    @Test
    void format119WithStrLAndChinese() {
        Dataset d = DtaReader.read(FIXTURES.resolve("pandas119.dta"));
        assertTrue(d.string("memo").isStrL());
        assertEquals("strL 文本 ".repeat(400), d.string("memo").get(0));
        assertEquals("短", d.string("memo").get(1));
        assertEquals("广州", d.string("city").get(2));
        assertEquals("备注", d.column("memo").label());
    }

    @Test
    void subsetOfVariables() {
        Path f = FIXTURES.resolve("crafted115.dta");
        assertEquals(List.of("id", "q1", "q2", "w", "x", "lng"), DtaReader.names(f));
        Dataset d = DtaReader.read(f, List.of("q2", "id"));
        assertEquals(List.of("id", "q2"), d.names(), "file order");
        assertEquals(Missing.Z, d.numeric("q2").get(1));
        assertEquals(List.of("id"), d.sortedBy());
        assertEquals(List.of("first dataset note", "second dataset note"), d.notes().get("_dta"));
        assertEquals(null, d.notes().get("q1"));
        assertEquals("refused", d.valueLabels().get("agree").get(Missing.extended('a')));
        assertEquals(List.of(), DtaReader.read(f, List.of("q1")).sortedBy());
        DataException e = assertThrows(DataException.class, () -> DtaReader.read(f, List.of("nope")));
        assertEquals(111, e.code());
        Dataset strl = DtaReader.read(FIXTURES.resolve("pandas119.dta"), List.of("city"));
        assertEquals("广州", strl.string("city").get(2));
    }

    @Test
    void everyTruncationIs610AndNeverAnotherError(@TempDir Path tmp) throws IOException {
        for (String f : List.of("crafted115.dta", "pandas117.dta", "pandas119.dta", "survey118.dta")) {
            byte[] all = Files.readAllBytes(FIXTURES.resolve(f));
            for (int len = 0; len < all.length; len += Math.max(1, all.length / 97)) {
                Path cut = tmp.resolve("cut.dta");
                Files.write(cut, java.util.Arrays.copyOf(all, len));
                DataException e = assertThrows(DataException.class, () -> DtaReader.read(cut), f + " cut at " + len);
                assertEquals(610, e.code(), f + " cut at " + len + ": " + e.getMessage());
            }
        }
    }

    @Test
    void messagesNameTheFile(@TempDir Path tmp) throws IOException {
        Path junk = tmp.resolve("junk.dta");
        Files.writeString(junk, "id,x\n1,2\n");
        DataException e = assertThrows(DataException.class, () -> DtaReader.read(junk));
        assertEquals("file " + junk + " not Stata format", e.getMessage());
        Path cut = tmp.resolve("cut.dta");
        byte[] all = Files.readAllBytes(FIXTURES.resolve("survey118.dta"));
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 20));
        assertEquals("file " + cut + " not Stata format (truncated)",
            assertThrows(DataException.class, () -> DtaReader.read(cut)).getMessage());
        assertEquals(601, assertThrows(DataException.class, () -> DtaReader.read(tmp.resolve("none.dta"))).code());
    }
}
