package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;

/** The format-118 writer: everything read survives a write, and the bytes follow the format. */
class DtaWriterTest {
    private static final Path FIXTURES = Path.of("src/test/resources/dta");

    @Test
    void oldFormatsRoundTripThrough118(@TempDir Path tmp) {
        for (String f : List.of("crafted115.dta", "pandas114_be.dta", "pandas117.dta", "pandas119.dta")) {
            Dataset d = DtaReader.read(FIXTURES.resolve(f));
            Path out = tmp.resolve(f);
            DtaWriter.write(d, out, false);
            assertSame(d, DtaReader.read(out), f);
        }
    }

    @Test
    void manyRowsCrossChunkBoundaries(@TempDir Path tmp) {
        int n = 300_007;
        Dataset d = new Dataset();
        d.setObs(n);
        double[] x = new double[n];
        NumericColumn b = NumericColumn.create(StorageType.BYTE, "b", n);
        NumericColumn f = NumericColumn.create(StorageType.FLOAT, "f", n);
        StringColumn s = new StringColumn("s", n);
        for (int i = 0; i < n; i++) {
            x[i] = i % 1000 == 0 ? Missing.extended('c') : i * 0.5;
            b.set(i, i % 7 == 0 ? Missing.DOT : i % 100);
            f.set(i, i / 4.0);
            s.set(i, i % 3 == 0 ? "" : "r" + i);
        }
        d.add(new DoubleColumn("x", x));
        d.add(b);
        d.add(f);
        d.add(s);
        Path out = tmp.resolve("big.dta");
        DtaWriter.write(d, out, false);
        assertSame(d, DtaReader.read(out), "big");
    }

    @Test
    void mapOffsetsPointAtTheirTags(@TempDir Path tmp) throws IOException {
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        d.notes().put("_dta", new java.util.ArrayList<>(List.of("a note")));
        Path out = tmp.resolve("m.dta");
        DtaWriter.write(d, out, false);
        byte[] all = Files.readAllBytes(out);
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        int mapAt = new String(all, StandardCharsets.ISO_8859_1).indexOf("<map>") + 5;
        String[] tags = {"<stata_dta>", "<map>", "<variable_types>", "<varnames>", "<sortlist>", "<formats>",
            "<value_label_names>", "<variable_labels>", "<characteristics>", "<data>", "<strls>", "<value_labels>",
            "</stata_dta>"};
        for (int i = 0; i < tags.length; i++) {
            int off = (int) bb.getLong(mapAt + 8 * i);
            assertEquals(tags[i], new String(all, off, tags[i].length(), StandardCharsets.ISO_8859_1), "map[" + i + "]");
        }
        assertEquals(all.length, bb.getLong(mapAt + 8 * 13));
        assertTrue(new String(all, 0, 80, StandardCharsets.ISO_8859_1)
            .startsWith("<stata_dta><header><release>118</release><byteorder>LSF</byteorder>"));
    }

    /**
     * Writes target/sdl-written/sdl_roundtrip.dta: the pandas fixture read by sdl, modified and
     * saved. src/test/resources/dta/check_sdl_output.py reads it with pandas (run by hand; JUnit
     * cannot rely on pandas being installed) and its header records the result.
     */
    @Test
    void writesTheFileThePandasCheckReads() throws IOException {
        Dataset d = DtaReader.read(FIXTURES.resolve("survey118.dta"));
        NumericColumn income = d.numeric("income");
        for (int i = 0; i < d.nObs(); i++) {
            income.set(i, income.get(i) * 2);
        }
        income.set(1, Missing.extended('b'));
        NumericColumn rich = NumericColumn.create(StorageType.BYTE, "rich", d.nObs());
        for (int i = 0; i < d.nObs(); i++) {
            double v = income.get(i);
            rich.set(i, Missing.isMissing(v) ? Missing.extended('a') : v > 2000 ? 1 : 0);
        }
        rich.setLabel("高收入");
        rich.setValueLabel("yesno");
        d.add(rich);
        org.sdl.data.ValueLabelSet yesno = new org.sdl.data.ValueLabelSet("yesno");
        yesno.put(0, "否");
        yesno.put(1, "是");
        yesno.put(Missing.extended('a'), "不知道");
        d.valueLabels().put("yesno", yesno);
        d.notes().put("rich", new java.util.ArrayList<>(List.of("made by sdl")));
        d.setLabel("written by sdl");
        Path dir = Path.of("target/sdl-written");
        Files.createDirectories(dir);
        DtaWriter.write(d, dir.resolve("sdl_roundtrip.dta"), true);
        assertSame(d, DtaReader.read(dir.resolve("sdl_roundtrip.dta")), "sdl_roundtrip");
    }

    static void assertSame(Dataset a, Dataset b, String what) {
        assertEquals(a.names(), b.names(), what);
        assertEquals(a.nObs(), b.nObs(), what);
        assertEquals(a.label(), b.label(), what);
        assertEquals(a.sortedBy(), b.sortedBy(), what);
        assertEquals(a.notes(), b.notes(), what);
        assertEquals(a.valueLabels().keySet(), b.valueLabels().keySet(), what);
        a.valueLabels().forEach((k, v) -> assertEquals(v.entries(), b.valueLabels().get(k).entries(), what + " " + k));
        for (String v : a.names()) {
            Column x = a.column(v);
            Column y = b.column(v);
            // str# may widen: a Latin-1 string of an old format takes more bytes in UTF-8
            assertEquals(x.type(), y.type(), what + " " + v);
            if (x.type() != StorageType.STR) {
                assertEquals(x.typeName(), y.typeName(), what + " " + v);
            }
            assertEquals(x.label(), y.label(), what + " " + v);
            assertEquals(x.format(), y.format(), what + " " + v);
            if (x instanceof NumericColumn n) {
                assertEquals(n.valueLabel(), ((NumericColumn) y).valueLabel(), what + " " + v);
                double[] p = n.toDoubles();
                double[] q = ((NumericColumn) y).toDoubles();
                for (int i = 0; i < p.length; i++) {
                    assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(q[i]), what + " " + v + "[" + i + "]");
                }
            } else {
                assertArrayEquals(((StringColumn) x).raw(), ((StringColumn) y).raw(), what + " " + v);
            }
        }
    }
}
