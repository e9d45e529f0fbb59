package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;

/** Numeric cells as import delimited reads them from FastCSV's buffer, and the types they give. */
class CsvNumbersTest {
    /** One cell per column, in a file of two rows (so a header is recognised) and then read. */
    private static Dataset oneRow(Path dir, String... cells) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int j = 0; j < cells.length; j++) {
            head.append(j > 0 ? "," : "").append("c").append(j + 1);
        }
        Path f = dir.resolve("n.csv");
        Files.writeString(f, head + "\n" + String.join(",", cells) + "\n");
        return new CsvReader().read(f, CsvReader.Options.defaults());
    }

    @Test
    void signsExponentsAndBareDecimalPoints(@TempDir Path dir) throws IOException {
        String[] cells = {"-5", "+7", "1e3", "-1.5e+10", "2.5E-3", ".5", "-.25", "1.", "-0", "0.1"};
        Dataset d = oneRow(dir, cells);
        for (int j = 0; j < cells.length; j++) {
            double v = d.numeric("c" + (j + 1)).get(0);
            assertEquals(Double.parseDouble(cells[j]) + 0.0, v + 0.0, cells[j]); // +0.0: -0 is stored as 0
        }
        assertEquals("byte", d.column("c1").typeName());
        assertEquals("int", d.column("c3").typeName(), "1e3 is the integer 1000");
        assertEquals("double", d.column("c4").typeName(), "-1.5e10 is beyond long");
        assertEquals("byte", d.column("c8").typeName(), "1. is the integer 1");
    }

    @Test
    void hugeIntegersBecomeDouble(@TempDir Path dir) throws IOException {
        String[] cells = {"12345678901234567890", "2147483621", "2147483620", "-2147483647", "9007199254740993"};
        Dataset d = oneRow(dir, cells);
        for (int j = 0; j < cells.length; j++) {
            assertEquals(Double.parseDouble(cells[j]), d.numeric("c" + (j + 1)).get(0), cells[j]);
        }
        assertEquals("double", d.column("c1").typeName(), "beyond Java's long too");
        assertEquals("double", d.column("c2").typeName(), "just above Stata's long");
        assertEquals("long", d.column("c3").typeName());
        assertEquals("long", d.column("c4").typeName());
        assertEquals("double", d.column("c5").typeName());
    }

    @Test
    void missingCellsAndBlanksAroundNumbers(@TempDir Path dir) throws IOException {
        Dataset d = oneRow(dir, "", "NA", ".", ".b", " 42 ", "\" 3.5\"", "\t-1");
        for (int j = 1; j <= 3; j++) {
            assertEquals(Missing.DOT, d.numeric("c" + j).get(0), "c" + j);
        }
        assertEquals(Missing.extended('b'), d.numeric("c4").get(0));
        assertEquals(42, d.numeric("c5").get(0), "blanks around a number are ignored");
        assertEquals(3.5, d.numeric("c6").get(0), "a quoted number is a number");
        assertEquals(-1, d.numeric("c7").get(0));
    }

    @Test
    void textThatIsNotANumberMakesAString(@TempDir Path dir) throws IOException {
        String[] cells = {"1,000", "Inf", "NaN", "1d", "0x10", "1e", "--1", "1.2.3", "na"};
        StringBuilder quoted = new StringBuilder();
        for (String c : cells) {
            quoted.append(quoted.length() > 0 ? "," : "").append('"').append(c).append('"');
        }
        Path f = dir.resolve("t.csv");
        StringBuilder head = new StringBuilder();
        for (int j = 0; j < cells.length; j++) {
            head.append(j > 0 ? "," : "").append("c").append(j + 1);
        }
        Files.writeString(f, head + "\n" + quoted + "\n");
        Dataset d = new CsvReader().read(f, CsvReader.Options.defaults());
        for (int j = 0; j < cells.length; j++) {
            assertTrue(d.column("c" + (j + 1)).isString(), cells[j]);
            assertEquals(cells[j], d.string("c" + (j + 1)).get(0));
        }
    }

    /** The exact path ends at digits worth 2^53: on both sides of it the value is parseDouble's. */
    @Test
    void digitsAroundTwoToThe53AgreeWithParseDouble() {
        java.util.Random rnd = new java.util.Random(53);
        long edge = 1L << 53;
        for (int i = 0; i < 100_000; i++) {
            long m = i % 2 == 0 ? edge - 5000 + rnd.nextInt(10_000) : (rnd.nextLong() >>> 1) % (edge * 100);
            String s = java.math.BigDecimal.valueOf(i % 4 == 1 ? -m : m, rnd.nextInt(19)).toPlainString();
            assertEquals(Double.parseDouble(s), CsvCells.number(s), s);
        }
    }

    /** Leading zeros and signs are taken off before the general parser; the value must not change. */
    @Test
    void leadingZerosAndSignsBeforeTheGeneralParser() {
        String[] cells = {"0.0040525730069185735", "-0.0040525730069185735", "+0.0040525730069185735", "00.5",
            "-00012.5e-3", "0e5", "-0.0e5", "0000000000000000000001.25", "-0", "0.00000000000000000000000000123"};
        for (String c : cells) {
            assertEquals(Double.parseDouble(c), CsvCells.number(c), c);
        }
        assertTrue(Double.isNaN(CsvCells.number("--0.5")));
        assertTrue(Double.isNaN(CsvCells.number("+-1e5")));
        assertTrue(Double.isNaN(CsvCells.number("-")));
        assertTrue(Double.isNaN(CsvCells.number("-e5")));
    }
}
