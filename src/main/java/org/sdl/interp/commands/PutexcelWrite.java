package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFEvaluationWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdl.data.Missing;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.output.excel.CellFormat;
import org.sdl.output.excel.CellRange;
import org.sdl.output.excel.ExcelTarget;
import org.sdl.output.excel.StyleCache;

/**
 * One putexcel write: {@code cell = exp [cell = exp ...] [, options]} or {@code range, options}.
 * Every expression, matrix and option is evaluated and checked before the workbook is touched,
 * so an error leaves both the file and the in-memory workbook as they were.
 */
final class PutexcelWrite {
    private PutexcelWrite() {}

    /** Stata's date 0 (1 Jan 1960) as an Excel serial day number (1900 date system). */
    private static final double EXCEL_1960 = 21916;

    /** An Excel formula to write (formula(...)). */
    record Formula(String text) {}

    /** Values (Double, String, Formula or null for blank) from (row, col); format applied to range. */
    record Block(int row, int col, Object[][] cells, CellRange range, boolean merge) {}

    static void run(Invocation inv, String text) {
        ExcelTarget target = inv.session().putexcel();
        if (target == null) {
            throw new SdlError(198, "putexcel: no Excel file set; use putexcel set filename first");
        }
        int comma = Words.optionsComma(text);
        String body = (comma < 0 ? text : text.substring(0, comma)).strip();
        PutexcelOptions o = PutexcelOptions.parse(comma < 0 ? "" : text.substring(comma + 1));
        if (body.isEmpty()) {
            throw new SdlError(198, "putexcel: cell = exp or a cell range required");
        }
        List<Block> blocks = blocks(inv, body, o);
        CellFormat f = o.format;
        String key = f.isEmpty() ? null : f.key();
        target.edit((sheet, styles) -> {
            for (Block b : blocks) {
                check(sheet, b, o);
            }
            for (Block b : blocks) {
                write(sheet, b, o);
                if (key != null) {
                    format(sheet, b.range(), f, styles, key);
                }
                if (o.unmerge) {
                    unmerge(sheet, b.range());
                }
                if (b.merge()) {
                    merge(sheet, b.range());
                }
            }
        });
        if (!target.open()) {
            inv.out().println("file " + target.shownName() + " saved");
        }
    }

    private static List<Block> blocks(Invocation inv, String body, PutexcelOptions o) {
        List<int[]> eqs = equalsSigns(body);
        List<Block> out = new ArrayList<>();
        if (eqs.isEmpty()) {
            if (o.names || o.rowNames || o.colNames || o.dateMode != null) {
                throw new SdlError(198, "putexcel: names, rownames, colnames and asdate... need cell = exp");
            }
            for (String w : Words.split(body)) {
                CellRange r = CellRange.parse(w);
                out.add(new Block(r.firstRow(), r.firstCol(), new Object[0][0], r, o.merge));
            }
            return out;
        }
        if (!body.substring(0, eqs.get(0)[0]).isBlank()) {
            throw new SdlError(198, "putexcel: " + body.substring(0, eqs.get(0)[0]).strip() + " invalid; "
                + "cell = exp expected");
        }
        for (int k = 0; k < eqs.size(); k++) {
            String cell = body.substring(eqs.get(k)[0], eqs.get(k)[1]).strip();
            int end = k + 1 < eqs.size() ? eqs.get(k + 1)[0] : body.length();
            String exp = body.substring(eqs.get(k)[1] + 1, end).strip();
            CellRange range = CellRange.parse(cell);
            if (exp.isEmpty()) {
                throw new SdlError(198, "putexcel: " + cell + " = requires an expression");
            }
            out.add(block(inv, range, exp, o));
        }
        return out;
    }

    /** Positions [cellStart, equalsSign] of each top-level single "=" (not ==, !=, <=, >=). */
    private static List<int[]> equalsSigns(String s) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        boolean quote = false;
        int compound = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            if (compound > 0) {
                if (c == '"' && next == '\'') {
                    compound--;
                    i++;
                } else if (c == '`' && next == '"') {
                    compound++;
                    i++;
                }
                continue;
            }
            if (quote) {
                quote = c != '"';
                continue;
            }
            if (c == '`' && next == '"') {
                compound++;
                i++;
            } else if (c == '"') {
                quote = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                char prev = i > 0 ? s.charAt(i - 1) : '\0';
                if (next == '=' || "=!<>~".indexOf(prev) >= 0) {
                    continue;
                }
                int j = i - 1;
                while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
                    j--;
                }
                int start = j;
                while (start >= 0 && (Character.isLetterOrDigit(s.charAt(start)) || s.charAt(start) == '$'
                    || s.charAt(start) == ':')) {
                    start--;
                }
                if (start == j) {
                    throw new SdlError(198, "putexcel: cell reference required before =");
                }
                out.add(new int[] {start + 1, i});
            }
        }
        return out;
    }

    private static Block block(Invocation inv, CellRange range, String exp, PutexcelOptions o) {
        String lower = exp.toLowerCase(Locale.ROOT);
        int r = range.firstRow();
        int c = range.firstCol();
        if (lower.startsWith("matrix(") && exp.endsWith(")")) {
            if (o.merge) {
                throw new SdlError(198, "putexcel: merge may not be combined with matrix()");
            }
            String name = exp.substring(7, exp.length() - 1).strip();
            Matrix m = inv.session().matrix(name);
            if (m == null) {
                throw new SdlError(111, "matrix " + name + " not found");
            }
            Object[][] grid = PutexcelTables.matrix(m, o.names || o.rowNames, o.names || o.colNames);
            return grid(r, c, grid);
        }
        if (o.names || o.rowNames || o.colNames) {
            throw new SdlError(198, "putexcel: options names, rownames and colnames are for matrix()");
        }
        if (lower.equals("etable")) {
            if (o.merge) {
                throw new SdlError(198, "putexcel: merge may not be combined with etable");
            }
            return grid(r, c, PutexcelTables.etable(inv.session()));
        }
        if (lower.matches("(etable|image|picture)\\s*\\(.*|e\\*|r\\*|e\\(\\)|r\\(\\)|rtable|[er](scalars|macros|matrices)")) {
            throw new SdlError(198, "putexcel: " + exp + " not supported by sdl (cell = exp, matrix(), formula() "
                + "and etable are)");
        }
        Object v;
        if (lower.startsWith("formula(") && exp.endsWith(")")) {
            String f = Words.unquote(exp.substring(8, exp.length() - 1).strip());
            v = new Formula(f.startsWith("=") ? f.substring(1) : f);
        } else {
            Value val = ExprCompiler.evaluate(Parser.expression(inv.textLine(exp)), inv.session());
            v = val.isString() ? val.string() : (Object) date(val.number(), o.dateMode);
            if (val.isString() && o.dateMode != null) {
                throw new SdlError(109, "putexcel: " + o.dateMode + " requires a numeric expression");
            }
        }
        if (o.dateMode != null && o.format.numberFormat == null && !o.dateMode.endsWith("num")) {
            o.format.numberFormat = o.dateMode.equals("asdate") ? "m/d/yyyy" : "m/d/yyyy h:mm:ss";
        }
        if (o.merge && range.single()) {
            throw new SdlError(198, "putexcel: merge requires a cell range such as A1:D1");
        }
        return new Block(r, c, new Object[][] {{v}}, range, o.merge);
    }

    private static Block grid(int r, int c, Object[][] g) {
        int cols = g.length == 0 ? 1 : Math.max(1, g[0].length);
        int rows = Math.max(1, g.length);
        if (r + rows > CellRange.MAX_ROWS || c + cols > CellRange.MAX_COLS) {
            throw new SdlError(198, "putexcel: the table does not fit in the worksheet from " + CellRange.cell(r, c));
        }
        return new Block(r, c, g, new CellRange(r, c, r + rows - 1, c + cols - 1), false);
    }

    private static double date(double v, String mode) {
        if (mode == null || Missing.isMissing(v)) {
            return v;
        }
        return mode.startsWith("asdatetime") ? v / 86_400_000.0 + EXCEL_1960 : v + EXCEL_1960;
    }

    private static void write(Sheet sheet, Block b, PutexcelOptions o) {
        for (int i = 0; i < b.cells().length; i++) {
            Row row = row(sheet, b.row() + i);
            for (int j = 0; j < b.cells()[i].length; j++) {
                Cell cell = row.getCell(b.col() + j);
                if (cell == null) {
                    cell = row.createCell(b.col() + j);
                }
                Object v = b.cells()[i][j];
                if (v instanceof Double d) {
                    if (Missing.isMissing(d)) {
                        cell.setBlank();
                    } else {
                        cell.setCellValue(d);
                    }
                } else if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Formula f) {
                    cell.setCellFormula(f.text());
                    cached(sheet.getWorkbook(), cell);
                } else {
                    cell.setBlank();
                }
            }
        }
    }

    /**
     * Stores the formula's value as Excel would (readers that do not calculate, such as import
     * excel, see it) and marks the workbook for recalculation on open, which also covers a
     * function POI cannot evaluate: that cell then simply has no stored value until Excel opens it.
     */
    private static void cached(Workbook wb, Cell cell) {
        wb.setForceFormulaRecalculation(true);
        try {
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } catch (RuntimeException e) {
            // not evaluable by POI (unknown function, reference elsewhere): Excel computes it
        }
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static void format(Sheet sheet, CellRange range, CellFormat f, StyleCache styles, String key) {
        for (int r = range.firstRow(); r <= range.lastRow(); r++) {
            Row row = row(sheet, r);
            for (int c = range.firstCol(); c <= range.lastCol(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cell = row.createCell(c);
                }
                styles.apply(cell, f, key);
            }
        }
    }

    /** What could fail is checked before any cell changes: formulas parse, merges do not overlap. */
    private static void check(Sheet sheet, Block b, PutexcelOptions o) {
        for (Object[] row : b.cells()) {
            for (Object v : row) {
                if (v instanceof Formula f) {
                    checkFormula(sheet, f.text());
                }
            }
        }
        if (b.merge() && !o.unmerge) {
            CellRangeAddress want = address(b.range());
            for (CellRangeAddress have : sheet.getMergedRegions()) {
                if (!have.equals(want) && have.intersects(want)) {
                    throw new SdlError(198, "putexcel: " + b.range() + " overlaps the merged cells "
                        + have.formatAsString() + "; unmerge them first (putexcel " + have.formatAsString()
                        + ", unmerge)");
                }
            }
        }
    }

    private static void checkFormula(Sheet sheet, String text) {
        Workbook wb = sheet.getWorkbook();
        FormulaParsingWorkbook pw = wb instanceof XSSFWorkbook x ? XSSFEvaluationWorkbook.create(x)
            : HSSFEvaluationWorkbook.create((HSSFWorkbook) wb);
        try {
            FormulaParser.parse(text, pw, FormulaType.CELL, wb.getSheetIndex(sheet));
        } catch (FormulaParseException e) {
            throw new SdlError(198, "putexcel: formula(" + text + ") is not a valid Excel formula: " + e.getMessage());
        }
    }

    private static CellRangeAddress address(CellRange r) {
        return new CellRangeAddress(r.firstRow(), r.lastRow(), r.firstCol(), r.lastCol());
    }

    private static void merge(Sheet sheet, CellRange r) {
        CellRangeAddress want = address(r);
        for (CellRangeAddress have : sheet.getMergedRegions()) {
            if (have.equals(want)) {
                return;
            }
        }
        sheet.addMergedRegion(want);
    }

    private static void unmerge(Sheet sheet, CellRange r) {
        CellRangeAddress want = new CellRangeAddress(r.firstRow(), r.lastRow(), r.firstCol(), r.lastCol());
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            if (sheet.getMergedRegion(i).intersects(want)) {
                sheet.removeMergedRegion(i);
            }
        }
    }
}
