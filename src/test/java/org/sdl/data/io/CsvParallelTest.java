package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;

/**
 * import delimited in byte ranges on several threads gives exactly what one pass gives: same
 * names, types, labels, values and notes, on files with every kind of cell.
 */
class CsvParallelTest {
    /**
     * A file of mixed columns: small ints, big ints, full-precision doubles, short decimals with
     * missing cells (empty, NA, ., .a), quoted text with delimiters and doubled quotes, a column
     * that looks numeric for most rows and turns to text near the end, and some ragged lines.
     * multiline puts line breaks inside quoted fields.
     */
    private static String mixed(int rows, long seed, boolean multiline, String eol) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("id,Small,big,x value,short,name,late,tail").append(eol);
        String[] missing = {"", "NA", ".", ".a", " "};
        for (int i = 1; i <= rows; i++) {
            b.append(i).append(',');
            b.append(r.nextInt(200) - 100).append(',');
            b.append(r.nextInt(5) == 0 ? "3000000000" : String.valueOf(r.nextInt(40000))).append(',');
            b.append(r.nextInt(10) == 0 ? missing[r.nextInt(missing.length)]
                : String.valueOf(r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4))).append(',');
            b.append(r.nextInt(4) == 0 ? missing[r.nextInt(missing.length)] : String.format("%.2f", r.nextDouble()))
                .append(',');
            int kind = r.nextInt(4);
            b.append(kind == 0 ? "\"Smith, J\"" : kind == 1 ? "\"say \"\"hi\"\"\"" : kind == 2 && multiline
                ? "\"two" + eol + "lines\"" : "plain" + r.nextInt(9)).append(',');
            b.append(i == rows - 3 ? "x12" : String.valueOf(r.nextInt(1000))).append(',');
            b.append(r.nextInt(50) == 0 ? "" : "t" + r.nextInt(3));
            if (r.nextInt(97) == 0) {
                b.append(",extra");
            }
            b.append(eol);
            if (r.nextInt(60) == 0) {
                b.append(eol); // empty lines are skipped
            }
        }
        return b.toString();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertSame(Dataset a, Dataset b) {
        assertEquals(a.names(), b.names());
        assertEquals(a.nObs(), b.nObs());
        for (Column ca : a.columns()) {
            Column cb = b.column(ca.name());
            assertEquals(ca.typeName(), cb.typeName(), ca.name());
            assertEquals(ca.label(), cb.label(), ca.name());
            for (int i = 0; i < a.nObs(); i++) {
                if (ca instanceof StringColumn s) {
                    assertEquals(s.get(i), ((StringColumn) cb).get(i), ca.name() + "[" + i + "]");
                } else {
                    assertEquals(((NumericColumn) ca).get(i), ((NumericColumn) cb).get(i), ca.name() + "[" + i + "]");
                }
            }
        }
    }

    private static void compare(Path f, CsvReader.Options o, boolean mustSplit) {
        CsvReader one = new CsvReader();
        Dataset d1 = one.read(f, o, 1, true);
        for (int pieces : new int[] {2, 3, 7}) {
            CsvReader many = new CsvReader();
            Dataset dn = many.read(f, o, pieces, true);
            assertSame(d1, dn);
            assertEquals(one.notes(), many.notes());
            if (mustSplit) {
                assertEquals(pieces, many.piecesUsed(), "parsed in " + pieces + " ranges");
            }
        }
    }

    @Test
    void parallelEqualsOnePass(@TempDir Path dir) throws IOException {
        Path f = write(dir, "mixed.csv", mixed(3000, 1, false, "\n"));
        compare(f, CsvReader.Options.defaults(), true);
        Dataset d = new CsvReader().read(f, CsvReader.Options.defaults(), 3, true);
        assertEquals("byte", d.column("small").typeName());
        assertEquals("double", d.column("big").typeName(), "3000000000 is beyond Stata's long");
        assertEquals("double", d.column("x_value").typeName());
        assertTrue(d.column("late").isString(), "one text cell near the end makes the column text");
        assertEquals("x value", d.column("x_value").label(), "header text kept as the label");
        assertEquals(3000, d.nObs());
    }

    @Test
    void crlfBomAndLineBreaksInQuotesFallBackOrSplitAlike(@TempDir Path dir) throws IOException {
        compare(write(dir, "crlf.csv", "\uFEFF" + mixed(2000, 2, false, "\r\n")), CsvReader.Options.defaults(), true);
        // cuts inside a quoted field with a line break: the ranges are refused, one pass decides
        compare(write(dir, "nl.csv", mixed(2000, 3, true, "\n")), CsvReader.Options.defaults(), false);
        compare(write(dir, "nlcrlf.csv", mixed(2000, 4, true, "\r\n")), CsvReader.Options.defaults(), false);
    }

    @Test
    void optionsGiveTheSameResultInRanges(@TempDir Path dir) throws IOException {
        Path f = write(dir, "o.csv", mixed(2500, 5, false, "\n"));
        CsvReader.Options o = new CsvReader.Options(',', true, StandardCharsets.UTF_8, "preserve", Set.of(2, 6),
            Set.of(7), 1, Integer.MAX_VALUE, true);
        compare(f, o, true);
        Dataset d = new CsvReader().read(f, o, 2, true);
        assertTrue(d.column("Small").isString(), "stringcols()");
        assertEquals("int", d.column("late").typeName(), "numericcols(): x12 becomes missing");
        assertEquals("float", d.column("x_value").typeName(), "asfloat");
    }

    @Test
    void raggedNoteNamesTheSameLineFromALaterRange(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 5000; i++) {
            b.append(i).append(',').append(i % 7).append('\n');
            if (i == 1500) {
                b.append('\n');
            }
        }
        b.append("1\n2,3,4\n");
        Path f = write(dir, "r.csv", b.toString());
        CsvReader r = new CsvReader();
        r.read(f, CsvReader.Options.defaults(), 4, true);
        assertEquals(4, r.piecesUsed());
        assertTrue(r.notes().get(0).contains("2 lines of r.csv") && r.notes().get(0).contains("line 5003"),
            r.notes().get(0));
    }

    @Test
    void malformedQuotesAreReportedAsInOnePass(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 3000; i++) {
            b.append(i).append(",x\n");
        }
        Path unclosed = write(dir, "u.csv", b + "1,\"open\n2,3\n");
        DataException e = assertThrows(DataException.class,
            () -> new CsvReader().read(unclosed, CsvReader.Options.defaults(), 3, true));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("line 3002") && e.getMessage().contains("never closed"), e.getMessage());
        Path after = write(dir, "t.csv", b + "1,\"q\"x\n");
        DataException t = assertThrows(DataException.class,
            () -> new CsvReader().read(after, CsvReader.Options.defaults(), 3, true));
        assertEquals(610, t.code());
        assertTrue(t.getMessage().contains("line 3002") && t.getMessage().contains("closing quote"), t.getMessage());
    }
}
