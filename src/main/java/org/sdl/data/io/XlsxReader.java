package org.sdl.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.StringColumn;

/**
 * import excel for .xlsx (Apache POI). A column is numeric when every non-blank cell in it is a
 * number (or a formula with a numeric result), otherwise text as Excel displays it. Date-formatted
 * columns become Stata dates: %td days since 1 Jan 1960, or %tc milliseconds when a time of day
 * is present. Without firstrow the variables are named by column letter (A, B, ...), as in Stata.
 */
public final class XlsxReader {
    /** Excel's serial day number (1900 date system) of 1 Jan 1960, Stata's day 0. */
    private static final double EXCEL_1960 = 21916;

    /**
     * Options of import excel. sheet: name, or null for the first sheet. cellRange: "A1:D20",
     * "B3" or ":D20" style, or null for the used range. allString: every column as text.
     */
    public record Options(String sheet, String cellRange, boolean firstRow, String nameCase, boolean allString) {
        public static Options defaults() {
            return new Options(null, null, false, "preserve", false);
        }
    }

    private XlsxReader() {}

    public static Dataset read(Path path, Options opt) {
        try (InputStream in = Files.newInputStream(path); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = opt.sheet() == null ? wb.getSheetAt(0) : wb.getSheet(opt.sheet());
            if (sheet == null) {
                throw new DataException(601, "worksheet " + opt.sheet() + " not found in " + path.getFileName());
            }
            return read(sheet, opt);
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (DataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with assorted runtime exceptions
            throw new DataException(610, "file " + path + " could not be read as .xlsx: " + e.getMessage(), e);
        }
    }

    private static Dataset read(Sheet sheet, Options opt) {
        int[] range = range(sheet, opt.cellRange());
        int r0 = range[0];
        int c0 = range[1];
        int r1 = range[2];
        int c1 = range[3];
        DataFormatter fmt = new DataFormatter();
        int k = Math.max(0, c1 - c0 + 1);
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < k; j++) {
            String raw = opt.firstRow() ? text(fmt, cell(sheet, r0, c0 + j)).strip() : "";
            String name = opt.firstRow() ? CsvNames.validName(raw, j, opt.nameCase()) : CellReference.convertNumToColString(c0 + j);
            if (opt.firstRow() && name.equals("v" + (j + 1))) {
                name = CellReference.convertNumToColString(c0 + j); // Stata names unusable headers by letter
            }
            for (int dup = 2; !seen.add(name); dup++) {
                name = CellReference.convertNumToColString(c0 + j) + (dup > 2 ? "_" + dup : "");
            }
            names.add(name);
            labels.add(opt.firstRow() && !raw.equals(name) ? raw : "");
        }
        int start = opt.firstRow() ? r0 + 1 : r0;
        int n = Math.max(0, r1 - start + 1);
        Dataset ds = new Dataset();
        ds.setObs(n);
        for (int j = 0; j < k; j++) {
            Column c = column(sheet, fmt, names.get(j), start, n, c0 + j, opt.allString());
            if (c.label().isEmpty()) {
                c.setLabel(labels.get(j));
            }
            ds.add(c);
        }
        ds.markSaved();
        return ds;
    }

    private static Column column(Sheet sheet, DataFormatter fmt, String name, int start, int n, int col,
                                 boolean allString) {
        double[] v = new double[n];
        String[] s = new String[n];
        boolean numeric = !allString;
        boolean dates = false;
        boolean times = false;
        for (int r = 0; r < n; r++) {
            Cell c = cell(sheet, start + r, col);
            CellType t = type(c);
            s[r] = text(fmt, c);
            if (t == CellType.NUMERIC) {
                v[r] = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c)) {
                    dates = true;
                    times |= v[r] != Math.rint(v[r]);
                }
            } else if (t == CellType.BLANK || t == CellType.STRING && s[r].isBlank()) {
                v[r] = Missing.DOT;
            } else {
                numeric = false;
            }
        }
        if (!numeric) {
            return new StringColumn(name, s, false);
        }
        if (dates) {
            for (int r = 0; r < n; r++) {
                if (!Missing.isMissing(v[r])) {
                    v[r] = times ? Math.round((v[r] - EXCEL_1960) * 86_400_000d) : v[r] - EXCEL_1960;
                }
            }
            Column c = times ? new DoubleColumn(name, v) : CsvCells.narrow(name, v, false);
            c.setFormat(times ? "%tc" : "%td");
            return c;
        }
        return CsvCells.narrow(name, v, false);
    }

    private static CellType type(Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private static String text(DataFormatter fmt, Cell c) {
        return c == null ? "" : fmt.formatCellValue(c);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** {first row, first col, last row, last col}, 0-based, from cellrange() or the used area. */
    static int[] range(Sheet sheet, String spec) {
        int firstRow = Math.max(0, sheet.getFirstRowNum());
        int lastRow = sheet.getLastRowNum();
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > 0) {
                firstCol = Math.min(firstCol, row.getFirstCellNum());
                lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
            }
        }
        if (firstCol == Integer.MAX_VALUE) {
            firstCol = 0;
        }
        if (spec != null && !spec.isBlank()) {
            String[] parts = spec.strip().split(":", -1);
            try {
                if (!parts[0].isBlank()) {
                    CellReference a = new CellReference(parts[0].strip());
                    firstRow = a.getRow();
                    firstCol = a.getCol();
                }
                if (parts.length > 1 && !parts[1].isBlank()) {
                    CellReference b = new CellReference(parts[1].strip());
                    lastRow = Math.min(lastRow, b.getRow());
                    lastCol = b.getCol();
                }
            } catch (IllegalArgumentException e) {
                throw new DataException(198, "cellrange(" + spec + ") invalid: use cells like A1:D20");
            }
        }
        return new int[] {firstRow, firstCol, lastRow, lastCol};
    }
}
