package org.sdl.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;

/** import excel / export excel for .xlsx with Apache POI: numeric columns where every cell is numeric. */
public final class XlsxIo {
    private XlsxIo() {}

    public static Dataset read(Path path, String sheetName, boolean firstRow) {
        try (InputStream in = Files.newInputStream(path); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName.replace("\"", ""));
            if (sheet == null) {
                throw new DataException(601, "worksheet " + sheetName + " not found in " + path);
            }
            DataFormatter fmt = new DataFormatter();
            int first = sheet.getFirstRowNum();
            int last = sheet.getLastRowNum();
            int k = 0;
            for (int r = first; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    k = Math.max(k, row.getLastCellNum());
                }
            }
            List<String> names = new ArrayList<>();
            int start = first;
            for (int j = 0; j < k; j++) {
                String raw = "";
                if (firstRow && sheet.getRow(first) != null && sheet.getRow(first).getCell(j) != null) {
                    raw = fmt.formatCellValue(sheet.getRow(first).getCell(j));
                }
                String name = firstRow ? CsvReader.validName(raw, j, "preserve") : columnLetter(j);
                names.add(names.contains(name) ? name + "_" + (j + 1) : name);
            }
            if (firstRow) {
                start++;
            }
            int n = Math.max(0, last - start + 1);
            Dataset ds = new Dataset();
            ds.setObs(n);
            for (int j = 0; j < k; j++) {
                double[] v = new double[n];
                String[] s = new String[n];
                boolean numeric = true;
                for (int r = 0; r < n; r++) {
                    Row row = sheet.getRow(start + r);
                    Cell c = row == null ? null : row.getCell(j);
                    CellType t = c == null ? CellType.BLANK : c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                    if (t == CellType.NUMERIC) {
                        v[r] = c.getNumericCellValue();
                        s[r] = fmt.formatCellValue(c);
                    } else if (t == CellType.BLANK) {
                        v[r] = Missing.DOT;
                        s[r] = "";
                    } else {
                        s[r] = c == null ? "" : fmt.formatCellValue(c);
                        numeric = false;
                    }
                }
                Column col = numeric ? CsvReader.narrow(names.get(j), v) : new StringColumn(names.get(j), s, false);
                ds.add(col);
            }
            ds.markSaved();
            return ds;
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException de) {
                throw de;
            }
            throw new DataException(603, "file " + path + " could not be read as .xlsx: " + e.getMessage(), e);
        }
    }

    public static void write(Dataset data, Path path, boolean replace, String sheetName, boolean firstRowNames) {
        AtomicFiles.write(path, replace, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet(sheetName == null ? "Sheet1" : sheetName);
                int r0 = 0;
                if (firstRowNames) {
                    Row h = sheet.createRow(0);
                    for (int j = 0; j < data.nVars(); j++) {
                        h.createCell(j).setCellValue(data.columns().get(j).name());
                    }
                    r0 = 1;
                }
                for (int i = 0; i < data.nObs(); i++) {
                    Row row = sheet.createRow(r0 + i);
                    for (int j = 0; j < data.nVars(); j++) {
                        Column c = data.columns().get(j);
                        if (c instanceof NumericColumn nc) {
                            double v = nc.get(i);
                            if (!Missing.isMissing(v)) {
                                row.createCell(j).setCellValue(v);
                            }
                        } else {
                            String v = ((StringColumn) c).get(i);
                            if (!v.isEmpty()) {
                                row.createCell(j).setCellValue(v);
                            }
                        }
                    }
                }
                wb.write(out);
            }
        });
    }

    private static String columnLetter(int j) {
        StringBuilder b = new StringBuilder();
        int x = j + 1;
        while (x > 0) {
            int rem = (x - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            x = (x - 1) / 26;
        }
        return b.toString();
    }
}
