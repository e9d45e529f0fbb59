package org.sdl.interp.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.repl.Engine;

/**
 * putexcel: each .xlsx is read back with POI and checked cell by cell against what the script
 * asked for (values worked by hand; format codes, fonts, borders and merged regions as the
 * options name them), plus the error paths and Stata's rules for existing files.
 */
class PutexcelTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @TempDir
    Path tmp;

    private void run(String script) {
        int rc = engine.runText("test.sdl", script);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    }

    private int runRc(String script) {
        return engine.runText("test.sdl", script);
    }

    private String file(String name) {
        return tmp.resolve(name).toString();
    }

    private static Workbook read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(Sheet s, int row, int col) {
        return s.getRow(row) == null ? null : s.getRow(row).getCell(col);
    }

    /** A workbook made here with POI: sheet Keep (A1 = "kept") and Sheet1 (B2 = 7). */
    private Path existing(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(p)) {
            wb.createSheet("Keep").createRow(0).createCell(0).setCellValue("kept");
            wb.createSheet("Sheet1").createRow(1).createCell(1).setCellValue(7);
            wb.write(o);
        }
        return p;
    }

    @Test
    void valuesFormatsBordersAndMergesAreWritten() throws IOException {
        run("putexcel set \"" + file("a.xlsx") + "\", sheet(\"Results\")\n"
            + "putexcel A1 = \"Table 1\" B1 = 2.5 C1 = (3*4), bold\n"
            + "putexcel A2:D2 = \"merged\", merge hcenter border(bottom, double)\n"
            + "putexcel B3 = 1234.5678, nformat(#,##0.00) italic font(Arial, 14)\n"
            + "putexcel C3 = 0.25, nformat(percent_d2)\n"
            + "putexcel D3 = 2, nformat(%9.3f)\n"
            + "putexcel E3 = .\n"
            + "putexcel A1:C1, border(all, thin)\n");
        try (Workbook wb = read(tmp.resolve("a.xlsx"))) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("Results");
            assertEquals("Table 1", cell(s, 0, 0).getStringCellValue());
            assertEquals(2.5, cell(s, 0, 1).getNumericCellValue());
            assertEquals(12.0, cell(s, 0, 2).getNumericCellValue());
            for (int c = 0; c < 3; c++) {
                XSSFCellStyle st = (XSSFCellStyle) cell(s, 0, c).getCellStyle();
                assertTrue(st.getFont().getBold(), "bold kept when border(all) is added later, col " + c);
                assertEquals(BorderStyle.THIN, st.getBorderTop());
                assertEquals(BorderStyle.THIN, st.getBorderLeft());
            }
            assertEquals("merged", cell(s, 1, 0).getStringCellValue());
            assertTrue(s.getMergedRegions().contains(CellRangeAddress.valueOf("A2:D2")));
            for (int c = 0; c < 4; c++) {
                XSSFCellStyle st = (XSSFCellStyle) cell(s, 1, c).getCellStyle();
                assertEquals(BorderStyle.DOUBLE, st.getBorderBottom(), "col " + c);
                assertEquals(BorderStyle.NONE, st.getBorderTop());
                assertEquals(HorizontalAlignment.CENTER, st.getAlignment());
            }
            XSSFCellStyle b3 = (XSSFCellStyle) cell(s, 2, 1).getCellStyle();
            assertEquals(1234.5678, cell(s, 2, 1).getNumericCellValue());
            assertEquals("#,##0.00", b3.getDataFormatString());
            XSSFFont f = b3.getFont();
            assertTrue(f.getItalic());
            assertFalse(f.getBold());
            assertEquals("Arial", f.getFontName());
            assertEquals(14, f.getFontHeightInPoints());
            assertEquals("0.00%", cell(s, 2, 2).getCellStyle().getDataFormatString());
            // %9.3f shows three decimals: the Excel code 0.000
            assertEquals("0.000", cell(s, 2, 3).getCellStyle().getDataFormatString());
            // a missing value is an empty cell
            assertEquals(CellType.BLANK, cell(s, 2, 4).getCellType());
        }
    }

    @Test
    void matrixWithNamesRowNamesAndColNames() throws IOException {
        run("matrix M = (1, 2 \\ 3, .)\nmatrix rownames M = a b\nmatrix colnames M = x y\n"
            + "putexcel set \"" + file("m.xlsx") + "\"\n"
            + "putexcel A1 = matrix(M), names nformat(0.000)\n"
            + "putexcel E1 = matrix(M), rownames\n"
            + "putexcel A5 = matrix(M), colnames\n"
            + "putexcel A9 = matrix(M)\n");
        try (Workbook wb = read(tmp.resolve("m.xlsx"))) {
            Sheet s = wb.getSheet("Sheet1");
            // names: top-left empty, column names across row 1, row names down column A
            assertTrue(cell(s, 0, 0) == null || cell(s, 0, 0).getCellType() == CellType.BLANK);
            assertEquals("x", cell(s, 0, 1).getStringCellValue());
            assertEquals("y", cell(s, 0, 2).getStringCellValue());
            assertEquals("a", cell(s, 1, 0).getStringCellValue());
            assertEquals("b", cell(s, 2, 0).getStringCellValue());
            assertEquals(1.0, cell(s, 1, 1).getNumericCellValue());
            assertEquals(2.0, cell(s, 1, 2).getNumericCellValue());
            assertEquals(3.0, cell(s, 2, 1).getNumericCellValue());
            assertEquals(CellType.BLANK, cell(s, 2, 2).getCellType());
            assertEquals("0.000", cell(s, 1, 1).getCellStyle().getDataFormatString());
            // rownames only: names in E, values in F:G from row 1
            assertEquals("a", cell(s, 0, 4).getStringCellValue());
            assertEquals(1.0, cell(s, 0, 5).getNumericCellValue());
            assertEquals(2.0, cell(s, 0, 6).getNumericCellValue());
            // colnames only: names in row 5, values from row 6
            assertEquals("x", cell(s, 4, 0).getStringCellValue());
            assertEquals(1.0, cell(s, 5, 0).getNumericCellValue());
            assertEquals(3.0, cell(s, 6, 0).getNumericCellValue());
            // no names: the values alone
            assertEquals(1.0, cell(s, 8, 0).getNumericCellValue());
            assertEquals(2.0, cell(s, 8, 1).getNumericCellValue());
        }
    }

    @Test
    void etableHoldsTheCoefficientTable() throws IOException {
        // x = 1..4, y = 2 4 5 8: slope Sxy/Sxx = 9.5/5 = 1.9, intercept 4.75 - 1.9*2.5 = 0;
        // residuals .1 .2 -.7 .4, SSR .70, s^2 = .35, se(slope) = sqrt(.35/5) = .26457513
        run("clear\ninput x y\n1 2\n2 4\n3 5\n4 8\nend\nquietly regress y x\n"
            + "putexcel set \"" + file("e.xlsx") + "\"\nputexcel A1 = etable\n");
        try (Workbook wb = read(tmp.resolve("e.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Coefficient", cell(s, 0, 1).getStringCellValue());
            assertEquals("t", cell(s, 0, 3).getStringCellValue());
            assertEquals("x", cell(s, 1, 0).getStringCellValue());
            assertEquals(1.9, cell(s, 1, 1).getNumericCellValue(), 1e-12);
            assertEquals(Math.sqrt(0.07), cell(s, 1, 2).getNumericCellValue(), 1e-12);
            assertEquals(1.9 / Math.sqrt(0.07), cell(s, 1, 3).getNumericCellValue(), 1e-9);
            assertEquals("_cons", cell(s, 2, 0).getStringCellValue());
            assertEquals(0.0, cell(s, 2, 1).getNumericCellValue(), 1e-12);
        }
    }

    @Test
    void noPutexcelSetIsAnError() {
        assertEquals(198, runRc("putexcel A1 = 1\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("putexcel set"));
    }

    @Test
    void badCellReferenceIsR198AndWritesNothing() {
        String f = file("bad.xlsx");
        assertEquals(198, runRc("putexcel set \"" + f + "\"\nputexcel AAAA1 = 1\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("AAAA1"));
        assertEquals(198, runRc("putexcel B0 = 1\n"));
        assertFalse(Files.exists(tmp.resolve("bad.xlsx")));
    }

    @Test
    void unknownOptionIsNamed() {
        assertEquals(198, runRc("putexcel set \"" + file("u.xlsx") + "\"\nputexcel A1 = 1, sparkle\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sparkle"));
        assertEquals(198, runRc("putexcel set \"" + file("u.xlsx") + "\", glitter\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("glitter"));
    }

    @Test
    void existingFileWithoutModifyOrReplaceIsR602AndUntouched() throws IOException {
        Path p = existing("old.xlsx");
        byte[] before = Files.readAllBytes(p);
        assertEquals(602, runRc("putexcel set \"" + p + "\"\nputexcel A1 = 1\n"));
        assertArrayEquals(before, Files.readAllBytes(p));
    }

    @Test
    void modifyKeepsOtherSheetsAndCells() throws IOException {
        Path p = existing("mod.xlsx");
        run("putexcel set \"" + p + "\", modify sheet(\"Sheet1\")\nputexcel A1 = \"new\"\n"
            + "putexcel set \"" + p + "\", modify sheet(\"Added\")\nputexcel C3 = 3\n");
        try (Workbook wb = read(p)) {
            assertEquals("kept", cell(wb.getSheet("Keep"), 0, 0).getStringCellValue());
            assertEquals(7.0, cell(wb.getSheet("Sheet1"), 1, 1).getNumericCellValue());
            assertEquals("new", cell(wb.getSheet("Sheet1"), 0, 0).getStringCellValue());
            assertEquals(3.0, cell(wb.getSheet("Added"), 2, 2).getNumericCellValue());
            assertEquals(3, wb.getNumberOfSheets());
        }
    }

    @Test
    void replaceStartsANewWorkbookAndSheetReplaceClearsOneSheet() throws IOException {
        Path p = existing("rep.xlsx");
        run("putexcel set \"" + p + "\", modify sheet(\"Sheet1\", replace)\nputexcel A1 = 1\nputexcel A2 = 2\n");
        try (Workbook wb = read(p)) {
            assertEquals("kept", cell(wb.getSheet("Keep"), 0, 0).getStringCellValue());
            Sheet s = wb.getSheet("Sheet1");
            assertNull(cell(s, 1, 1), "sheet(, replace) cleared the sheet at its first write");
            assertEquals(1.0, cell(s, 0, 0).getNumericCellValue());
            assertEquals(2.0, cell(s, 1, 0).getNumericCellValue(), "later writes keep earlier ones");
            assertEquals(1, wb.getSheetIndex("Sheet1"));
        }
        run("putexcel set \"" + p + "\", replace\nputexcel A1 = \"only\"\nputexcel A2 = \"two\"\n");
        try (Workbook wb = read(p)) {
            assertEquals(1, wb.getNumberOfSheets());
            assertEquals("only", cell(wb.getSheetAt(0), 0, 0).getStringCellValue());
            assertEquals("two", cell(wb.getSheetAt(0), 1, 0).getStringCellValue());
        }
    }

    @Test
    void openKeepsChangesInMemoryUntilSave() throws IOException {
        Path p = tmp.resolve("open.xlsx");
        run("putexcel set \"" + p + "\", open\nputexcel A1 = 1\ndisplay 1\n");
        assertFalse(Files.exists(p));
        run("putexcel save\n");
        try (Workbook wb = read(p)) {
            assertEquals(1.0, cell(wb.getSheetAt(0), 0, 0).getNumericCellValue());
        }
    }

    @Test
    void aLoopOfWritesReachesTheFileBeforeTheNextCommandReadsIt() {
        Path p = tmp.resolve("loop.xlsx");
        run("putexcel set \"" + p + "\"\nforvalues i = 1/50 {\n  quietly putexcel A`i' = `i'*2\n}\n"
            + "import excel using \"" + p + "\", clear\nquietly summarize A\nscalar total = r(sum)\n");
        // 2 * (1 + ... + 50) = 2550
        assertEquals(2550.0, ((Number) engine.session().scalar("total")).doubleValue());
    }

    @Test
    void badFormulaAndOverlappingMergeChangeNothing() throws IOException {
        Path p = tmp.resolve("f.xlsx");
        run("putexcel set \"" + p + "\"\nputexcel A1 = 1 A2 = 2 A3 = formula(SUM(A1:A2))\n"
            + "putexcel B1:C1 = \"m\", merge\n");
        assertEquals(198, runRc("putexcel A4 = 9 A5 = formula(SUM(A1:\n"));
        assertEquals(198, runRc("putexcel A6 = 9 C1:D1 = \"x\", merge\n"));
        try (Workbook wb = read(p)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("SUM(A1:A2)", cell(s, 2, 0).getCellFormula());
            assertNull(cell(s, 3, 0), "the failed command wrote nothing");
            assertNull(cell(s, 5, 0), "the failed command wrote nothing");
            assertEquals(1, s.getNumMergedRegions());
        }
    }
}
