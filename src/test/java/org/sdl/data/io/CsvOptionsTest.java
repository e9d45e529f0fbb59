package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;

/** import delimited options, names, number parsing and the conformance files. */
class CsvOptionsTest {
    private static CsvReader.Options opts(char delim, Boolean header, Set<Integer> str, Set<Integer> num, int first,
                                          int last, boolean asFloat) {
        return new CsvReader.Options(delim, header, StandardCharsets.UTF_8, "lower", str, num, first, last, asFloat);
    }

    private static Path file(Path dir, String text) throws IOException {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void tabAndSemicolonDelimiters(@TempDir Path dir) throws IOException {
        Dataset t = new CsvReader().read(file(dir, "a\tb\n1\tx y\n2\tz\n"), opts('\t', null, Set.of(), Set.of(), 1,
            Integer.MAX_VALUE, false));
        assertEquals(List.of("a", "b"), t.names());
        assertEquals("x y", t.string("b").get(0));
        Dataset s = new CsvReader().read(file(dir, "a;b\n1,5;2\n"), opts(';', null, Set.of(), Set.of(), 1,
            Integer.MAX_VALUE, false));
        assertEquals("1,5", s.string("a").get(0));
        assertEquals(2, s.numeric("b").get(0));
    }

    @Test
    void noNamesAndInvalidHeaders(@TempDir Path dir) throws IOException {
        Dataset d = new CsvReader().read(file(dir, "1,2\n3,4\n"), opts(',', false, Set.of(), Set.of(), 1,
            Integer.MAX_VALUE, false));
        assertEquals(List.of("v1", "v2"), d.names());
        assertEquals(2, d.nObs());
        Dataset h = new CsvReader().read(file(dir, "2010,Income (CNY),in,收入,x,X\n1,2,3,4,5,6\n"),
            CsvReader.Options.defaults());
        assertEquals(List.of("v1", "income__cny_", "v3", "收入", "x", "v6"), h.names());
        assertEquals("2010", h.column("v1").label(), "the header text is kept as the label");
        assertEquals("Income (CNY)", h.column("income__cny_").label());
        assertEquals("", h.column("收入").label());
    }

    @Test
    void rowRangeStringColsNumericColsAndAsFloat(@TempDir Path dir) throws IOException {
        Path f = file(dir, "id,code,x\n1,001,0.1\n2,002,n/a\n3,003,0.3\n4,004,0.4\n");
        Dataset d = new CsvReader().read(f, opts(',', true, Set.of(2), Set.of(3), 2, 3, true));
        assertEquals(2, d.nObs());
        assertEquals(2, d.numeric("id").get(0));
        assertEquals("002", d.string("code").get(0));
        assertEquals(Missing.DOT, d.numeric("x").get(0));
        assertEquals("float", d.column("x").typeName());
        assertEquals((double) 0.3f, d.numeric("x").get(1));
        Dataset dbl = new CsvReader().read(f, opts(',', true, Set.of(), Set.of(), 1, Integer.MAX_VALUE, false));
        assertEquals("byte", dbl.column("code").typeName(), "001 is the number 1");
        assertTrue(dbl.column("x").isString(), "n/a makes the column text");
    }

    /** A column that turns to text after some rows keeps those rows' own text ("007", not 7). */
    @Test
    void lateTextKeepsEarlierCellsAsWrittenWithRowRange(@TempDir Path dir) throws IOException {
        Path f = file(dir, "id,code\n1,001\n2,007\n3,010\n4,A12\n5,099\n");
        Dataset all = new CsvReader().read(f, CsvReader.Options.defaults());
        assertEquals(List.of("001", "007", "010", "A12", "099"), List.of(all.string("code").get(0),
            all.string("code").get(1), all.string("code").get(2), all.string("code").get(3), all.string("code").get(4)));
        Dataset some = new CsvReader().read(f, opts(',', null, Set.of(), Set.of(), 2, 4, false));
        assertEquals(3, some.nObs());
        assertEquals("007", some.string("code").get(0));
        assertEquals("A12", some.string("code").get(2));
        assertEquals(2, some.numeric("id").get(0));
    }

    @Test
    void raggedLineNumberCountsPhysicalLines(@TempDir Path dir) throws IOException {
        CsvReader r = new CsvReader();
        Dataset d = r.read(file(dir, "a,b\n1,\"two\nlines\"\n3\n4,5,6\n"), CsvReader.Options.defaults());
        assertEquals(3, d.nObs());
        assertEquals(List.of("note: 2 lines of f.csv did not have 2 fields (the first is line 4); "
            + "missing fields were set to missing, extra fields were ignored"), r.notes());
        assertEquals("", d.string("b").get(1));
        assertEquals("5", d.string("b").get(2));
    }

    @Test
    void unclosedQuoteIsAnErrorNotACrash(@TempDir Path dir) throws IOException {
        Path f = file(dir, "a,b\n1,\"open\n2,3\n");
        DataException e = assertThrows(DataException.class, () -> new CsvReader().read(f, CsvReader.Options.defaults()));
        assertEquals(610, e.code());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    /** Full-precision cells (shortest repr, 17-20 digits, exponents) round exactly as parseDouble. */
    @Test
    void longDigitCellsAgreeWithParseDouble() {
        Random rnd = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double x = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
            String s;
            switch (i % 3) {
                case 0 -> s = Double.toString(x);
                case 1 -> s = String.format("%.19g", x).trim();
                default -> s = new java.math.BigDecimal(x).round(new java.math.MathContext(
                    17 + rnd.nextInt(6))).toString();
            }
            assertEquals(Double.parseDouble(s), CsvCells.number(s), s);
        }
    }

    @Test
    void fastNumberPathAgreesWithParseDouble() {
        Random rnd = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long m = rnd.nextLong() % 1_000_000_000_000_000L;
            int scale = rnd.nextInt(16);
            String s = java.math.BigDecimal.valueOf(m, scale).toPlainString();
            assertEquals(Double.parseDouble(s), CsvCells.number(s), s);
        }
        assertTrue(Double.isNaN(CsvCells.number("Infinity")));
        assertTrue(Double.isNaN(CsvCells.number("1d")));
        assertTrue(Double.isNaN(CsvCells.number("1,000")));
        assertEquals(1e5, CsvCells.number(" 1e5 "));
        assertEquals(Missing.extended('q'), CsvCells.number(".q"));
        assertEquals(Missing.DOT, CsvCells.number("NA"));
        assertEquals(-0.5, CsvCells.number("-.5"));
    }

    @Test
    void conformanceDataLoadsAllNumeric() throws IOException {
        Path root = Path.of("src/test/resources/conformance");
        if (!Files.isDirectory(root)) {
            root = Path.of("../shared/conformance");
        }
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : (Iterable<Path>) s.filter(p -> p.getFileName().toString().equals("data.csv"))::iterator) {
                Dataset d = new CsvReader().read(f, CsvReader.Options.defaults());
                assertTrue(d.nObs() > 0, f.toString());
                for (Column c : d.columns()) {
                    assertTrue(c instanceof NumericColumn, f + " " + c.name() + " is " + c.typeName());
                }
                files++;
            }
        }
        assertTrue(files > 0, "no conformance data found under " + root);
    }
}
