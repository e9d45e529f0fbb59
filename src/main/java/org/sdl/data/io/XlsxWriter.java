package org.sdl.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/**
 * export excel to .xlsx, atomically. firstRow writes variable names ("variables") or variable
 * labels ("varlabels") as the first row; labelled values are written as their labels unless
 * noLabel. With sheetModify an existing workbook keeps its other sheets and only the named
 * sheet is replaced (Stata's sheet("x", modify)); otherwise the file is a new workbook.
 * New workbooks are streamed (SXSSF), so large exports need little memory.
 */
public final class XlsxWriter {
    private XlsxWriter() {}

    /** firstRow: null (no header row), "variables" or "varlabels". */
    public record Options(String sheet, String firstRow, boolean noLabel, boolean sheetModify) {
        public static Options defaults() {
            return new Options(null, null, false, false);
        }
    }

    /** Writes the variables vars (all when null) of the rows where rows[i] (all when null). */
    public static void write(Dataset data, List<String> vars, boolean[] rows, Path path, boolean replace,
                             Options opt) {
        List<String> names = vars == null ? data.names() : vars;
        String sheetName = opt.sheet() == null ? "Sheet1" : opt.sheet();
        boolean modify = opt.sheetModify() && Files.exists(path);
        AtomicFiles.write(path, replace || modify, out -> {
            try (Workbook wb = modify ? open(path) : new SXSSFWorkbook(100)) {
                int idx = wb.getSheetIndex(sheetName);
                if (idx >= 0) {
                    wb.removeSheetAt(idx);
                }
                Sheet sheet = wb.createSheet(sheetName);
                fill(sheet, data, names, rows, opt);
                wb.write(out);
                if (wb instanceof SXSSFWorkbook s) {
                    s.dispose();
                }
            }
        });
    }

    private static Workbook open(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new XSSFWorkbook(in);
        } catch (RuntimeException e) {
            throw new DataException(610, "file " + path + " is not an .xlsx workbook; cannot modify it", e);
        }
    }

    private static void fill(Sheet sheet, Dataset data, List<String> names, boolean[] rows, Options opt) {
        Column[] cols = new Column[names.size()];
        ValueLabelSet[] sets = new ValueLabelSet[names.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = data.column(names.get(j));
            if (cols[j] == null) {
                throw new DataException(111, "variable " + names.get(j) + " not found");
            }
            if (!opt.noLabel() && cols[j] instanceof NumericColumn nc && nc.valueLabel() != null) {
                sets[j] = data.valueLabels().get(nc.valueLabel());
            }
        }
        int r = 0;
        if (opt.firstRow() != null) {
            Row h = sheet.createRow(r++);
            boolean labels = opt.firstRow().startsWith("varl");
            for (int j = 0; j < cols.length; j++) {
                String text = labels && !cols[j].label().isEmpty() ? cols[j].label() : cols[j].name();
                h.createCell(j).setCellValue(text);
            }
        }
        for (int i = 0; i < data.nObs(); i++) {
            if (rows != null && !rows[i]) {
                continue;
            }
            Row row = sheet.createRow(r++);
            for (int j = 0; j < cols.length; j++) {
                if (cols[j] instanceof NumericColumn nc) {
                    double v = nc.get(i);
                    String lab = sets[j] == null ? null : sets[j].get(v);
                    if (lab != null) {
                        row.createCell(j).setCellValue(lab);
                    } else if (!Missing.isMissing(v)) {
                        row.createCell(j).setCellValue(v);
                    }
                } else {
                    String v = ((StringColumn) cols[j]).get(i);
                    if (!v.isEmpty()) {
                        row.createCell(j).setCellValue(v);
                    }
                }
            }
        }
    }
}
