package org.sdl.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;

/**
 * import delimited: quoted fields with embedded delimiters, newlines and quotes (commons-csv),
 * UTF-8 with or without BOM or another encoding, header detection. Type inference as Stata:
 * a column is numeric when every non-empty cell parses ("NA" and "." count as missing), stored in
 * the narrowest integer type that holds it, else double; otherwise str# of its longest value.
 * Cells are parsed as numbers on the fly; a second pass reads text only for string columns.
 */
public final class CsvReader {
    /** Options of import delimited. */
    public record Options(char delimiter, Boolean header, Charset charset, String nameCase, Set<Integer> stringCols,
                          Set<Integer> numericCols, int firstRow, int lastRow) {}

    private final List<String> notes = new ArrayList<>();

    public List<String> notes() {
        return notes;
    }

    public Dataset read(Path path, Options opt) {
        try {
            Header h = header(path, opt);
            int k = h.names.size();
            List<double[]> nums = new ArrayList<>();
            boolean[] isString = new boolean[k];
            for (int j = 0; j < k; j++) {
                isString[j] = opt.stringCols().contains(j + 1);
            }
            int[] rows = {0};
            double[][] vals = new double[k][1024];
            int ragged = 0;
            int firstRagged = -1;
            try (CSVParser p = parser(path, opt)) {
                long line = 0;
                for (CSVRecord rec : p) {
                    line++;
                    if (line == 1 && h.hasHeader) {
                        continue;
                    }
                    long dataRow = line - (h.hasHeader ? 1 : 0);
                    if (dataRow < opt.firstRow() || dataRow > opt.lastRow()) {
                        continue;
                    }
                    if (rec.size() != k) {
                        ragged++;
                        if (firstRagged < 0) {
                            firstRagged = (int) rec.getRecordNumber();
                        }
                    }
                    int r = rows[0]++;
                    if (r == vals[0].length) {
                        for (int j = 0; j < k; j++) {
                            vals[j] = java.util.Arrays.copyOf(vals[j], r * 2);
                        }
                    }
                    for (int j = 0; j < k; j++) {
                        String cell = j < rec.size() ? rec.get(j) : "";
                        if (isString[j]) {
                            continue;
                        }
                        double v = number(cell);
                        if (Double.isNaN(v)) {
                            if (opt.numericCols().contains(j + 1)) {
                                v = Missing.DOT;
                            } else {
                                isString[j] = true;
                                continue;
                            }
                        }
                        vals[j][r] = v;
                    }
                }
            }
            if (ragged > 0) {
                notes.add("note: " + ragged + " line" + (ragged > 1 ? "s" : "") + " did not have " + k
                    + " fields (first at line " + firstRagged + " of " + path.getFileName()
                    + "); short lines were padded with missing values, extra fields ignored");
            }
            int n = rows[0];
            String[][] strings = new String[k][];
            boolean anyString = false;
            for (boolean b : isString) {
                anyString |= b;
            }
            if (anyString) {
                readStrings(path, opt, h, isString, strings, n);
            }
            Dataset ds = new Dataset();
            ds.setObs(n);
            for (int j = 0; j < k; j++) {
                ds.add(isString[j] ? new StringColumn(h.names.get(j), strings[j], false)
                    : narrow(h.names.get(j), java.util.Arrays.copyOf(vals[j], n)));
            }
            ds.markSaved();
            nums.clear();
            return ds;
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(603, "file " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    private record Header(List<String> names, boolean hasHeader) {}

    private Header header(Path path, Options opt) throws IOException {
        try (CSVParser p = parser(path, opt)) {
            java.util.Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                return new Header(List.of(), false);
            }
            CSVRecord first = it.next();
            CSVRecord second = it.hasNext() ? it.next() : null;
            boolean header;
            if (opt.header() != null) {
                header = opt.header();
            } else {
                header = false;
                for (int j = 0; j < first.size(); j++) {
                    boolean firstNum = !Double.isNaN(number(first.get(j))) && !first.get(j).isBlank();
                    boolean secondNum = second != null && j < second.size() && !Double.isNaN(number(second.get(j)));
                    if (!firstNum && (secondNum || second == null || !first.get(j).isBlank())) {
                        header = true;
                    }
                }
            }
            int k = first.size();
            if (second != null) {
                k = Math.max(k, second.size());
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < k; j++) {
                String raw = header && j < first.size() ? first.get(j) : "";
                String name = validName(raw, j, opt.nameCase());
                while (!seen.add(name)) {
                    name = "v" + (j + 1) + (seen.contains("v" + (j + 1)) ? "_" + seen.size() : "");
                }
                names.add(name);
            }
            return new Header(names, header);
        }
    }

    private void readStrings(Path path, Options opt, Header h, boolean[] isString, String[][] strings, int n)
        throws IOException {
        int k = isString.length;
        for (int j = 0; j < k; j++) {
            if (isString[j]) {
                strings[j] = new String[n];
            }
        }
        try (CSVParser p = parser(path, opt)) {
            long line = 0;
            int r = 0;
            for (CSVRecord rec : p) {
                line++;
                if (line == 1 && h.hasHeader) {
                    continue;
                }
                long dataRow = line - (h.hasHeader ? 1 : 0);
                if (dataRow < opt.firstRow() || dataRow > opt.lastRow()) {
                    continue;
                }
                for (int j = 0; j < k; j++) {
                    if (isString[j]) {
                        strings[j][r] = j < rec.size() ? rec.get(j) : "";
                    }
                }
                r++;
            }
        }
    }

    private static CSVParser parser(Path path, Options opt) throws IOException {
        Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path), opt.charset()), 1 << 16);
        r.mark(4);
        int c = r.read();
        if (c != '\uFEFF') {
            r.reset();
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(opt.delimiter()).setIgnoreEmptyLines(true).get().parse(r);
    }

    /** The cell as a number; missing for "", ".", "NA"; NaN when it is not a number. */
    static double number(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || s.equals(".") || s.equals("NA")) {
            return Missing.DOT;
        }
        if (s.length() == 2 && s.charAt(0) == '.' && s.charAt(1) >= 'a' && s.charAt(1) <= 'z') {
            return Missing.extended(s.charAt(1));
        }
        char f = s.charAt(0);
        if (!(Character.isDigit(f) || f == '-' || f == '+' || f == '.')) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isInfinite(v) ? Double.NaN : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Narrowest of byte/int/long holding every value exactly, else double. */
    static NumericColumn narrow(String name, double[] v) {
        StorageType t = StorageType.BYTE;
        for (double x : v) {
            if (!Missing.isMissing(x)) {
                while (t != StorageType.DOUBLE && !t.holds(x)) {
                    t = t == StorageType.BYTE ? StorageType.INT : t == StorageType.INT ? StorageType.LONG : StorageType.DOUBLE;
                }
            }
        }
        DoubleColumn d = new DoubleColumn(name, v);
        return t == StorageType.DOUBLE ? d : d.convertTo(t);
    }

    static String validName(String raw, int j, String nameCase) {
        String s = raw.strip();
        if ("lower".equals(nameCase)) {
            s = s.toLowerCase(Locale.ROOT);
        } else if ("upper".equals(nameCase)) {
            s = s.toUpperCase(Locale.ROOT);
        }
        s = s.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.replace("_", "").isEmpty()) {
            s = "v" + (j + 1);
        }
        return s.length() > 32 ? s.substring(0, 32) : s;
    }

}
