package org.sdl.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.FloatColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/** export delimited / export excel and reading the results back; atomic writes for both. */
class ExportImportTest {
    private static Dataset sample() {
        Dataset d = new Dataset();
        d.setObs(3);
        NumericColumn id = NumericColumn.create(StorageType.BYTE, "id", 3);
        FloatColumn x = new FloatColumn("x", 3);
        NumericColumn big = NumericColumn.create(StorageType.DOUBLE, "big", 3);
        StringColumn s = new StringColumn("s", 3);
        for (int i = 0; i < 3; i++) {
            id.set(i, i + 1);
        }
        x.set(0, 0.1);
        x.set(1, Missing.extended('a'));
        x.set(2, 2.5e-9);
        big.set(0, 123456789.125);
        big.set(1, 1e20);
        big.set(2, -0.5);
        s.set(0, "plain");
        s.set(1, "has, comma");
        s.set(2, "say \"hi\"\nbye");
        id.setValueLabel("idl");
        ValueLabelSet l = new ValueLabelSet("idl");
        l.put(2, "two");
        d.add(id);
        d.add(x);
        d.add(big);
        d.add(s);
        d.valueLabels().put("idl", l);
        x.setLabel("the x");
        return d;
    }

    @Test
    void csvTextAsStataWritesIt(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("out.csv");
        CsvWriter.write(sample(), List.of("id", "x", "big", "s"), null, f, false, ',', true);
        assertEquals("id,x,big,s\n1,0.1,123456789.125,plain\ntwo,,1e+20,\"has, comma\"\n"
            + "3,2.5e-09,-0.5,\"say \"\"hi\"\"\nbye\"\n", Files.readString(f));
        CsvWriter.write(sample(), List.of("id", "s"), new boolean[] {false, true, false}, f, true, ';', false);
        assertEquals("id;s\n2;has, comma\n", Files.readString(f));
    }

    @Test
    void csvRoundTripThroughTheReader(@TempDir Path tmp) {
        Path f = tmp.resolve("rt.csv");
        Dataset d = sample();
        CsvWriter.write(d, d.names(), null, f, false, ',', false);
        Dataset back = new CsvReader().read(f, CsvReader.Options.defaults());
        assertEquals(d.names(), back.names());
        assertEquals("byte", back.column("id").typeName());
        assertEquals(123456789.125, back.numeric("big").get(0));
        assertEquals(0.1, back.numeric("x").get(0), "written at float precision, read as the decimal");
        assertEquals("say \"hi\"\nbye", back.string("s").get(2));
    }

    @Test
    void csvAndExcelWritesAreAtomic(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("keep.csv");
        Files.writeString(f, "old");
        DataException e = assertThrows(DataException.class,
            () -> CsvWriter.write(sample(), List.of("id"), null, f, false, ',', true));
        assertEquals(602, e.code());
        assertEquals("file " + f + " already exists (use replace)", e.getMessage());
        assertEquals("old", Files.readString(f));
        Path x = tmp.resolve("keep.xlsx");
        Files.writeString(x, "old");
        assertEquals(602, assertThrows(DataException.class, () -> XlsxIo.write(sample(), x, false, null, true)).code());
        assertEquals("old", Files.readString(x));
        assertEquals(111, assertThrows(DataException.class,
            () -> CsvWriter.write(sample(), List.of("nope"), null, tmp.resolve("n.csv"), false, ',', true)).code());
        assertEquals(List.of("keep.csv", "keep.xlsx"), list(tmp));
    }

    @Test
    void excelRoundTripWithLabelsSheetsAndCellRange(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("t.xlsx");
        XlsxWriter.write(sample(), null, null, f, false, new XlsxWriter.Options("data", "variables", false, false));
        XlsxWriter.write(sample(), List.of("id"), null, f, false, new XlsxWriter.Options("other", "varlabels", true, true));
        Dataset d = XlsxReader.read(f, new XlsxReader.Options("data", null, true, "preserve", false));
        assertEquals(List.of("id", "x", "big", "s"), d.names());
        assertTrue(d.column("id").isString(), "the label 'two' makes id text, as in Stata");
        assertEquals("two", d.string("id").get(1));
        assertEquals((double) 0.1f, d.numeric("x").get(0), 0);
        assertEquals(Missing.DOT, d.numeric("x").get(1));
        assertEquals("has, comma", d.string("s").get(1));
        Dataset other = XlsxIo.read(f, "other", true);
        assertEquals("byte", other.column("id").typeName());
        assertEquals(2, other.numeric("id").get(1));
        Dataset part = XlsxReader.read(f, new XlsxReader.Options("data", "B2:C3", false, "preserve", false));
        assertEquals(List.of("B", "C"), part.names());
        assertEquals(2, part.nObs());
        assertEquals(123456789.125, part.numeric("C").get(0));
        assertEquals(1e20, part.numeric("C").get(1));
    }

    @Test
    void excelDatesBecomeStataDates(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("d.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("s");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("when");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(java.time.LocalDate.of(1960, 1, 2));
            r.getCell(0).setCellStyle(date);
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        Dataset d = XlsxIo.read(f, null, true);
        assertEquals(1, d.numeric("when").get(0));
        assertEquals("%td", d.column("when").format());
        Path junk = tmp.resolve("junk.xlsx");
        Files.writeString(junk, "not a workbook");
        assertEquals(610, assertThrows(DataException.class, () -> XlsxIo.read(junk, null, false)).code());
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
