package org.sdl.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.StringColumn;

/**
 * import delimited. Quoting (embedded delimiters, newlines, doubled quotes) is commons-csv's job;
 * a leading BOM is dropped; any charset can be given. Type inference as Stata (docs/formats.md):
 * a column is numeric when every non-empty cell parses ("NA" and "." are missing), stored in the
 * narrowest integer type that holds it, else double (float with asfloat); otherwise str# of its
 * longest value. Numbers are parsed into primitive arrays on the first pass; a second pass reads
 * text only when some column turned out to be a string.
 * Ragged lines: short ones are padded with missing values and extra fields are dropped, with a
 * note naming the first such line (Stata pads too, and says so in a note).
 */
public final class CsvReader {
    /**
     * Options of import delimited. header: null detects it (varnames() not given), true is
     * varnames(1), false varnames(nonames). nameCase: preserve, lower or upper. stringCols and
     * numericCols are 1-based column numbers. firstRow/lastRow: rowrange(), 1-based data rows.
     */
    public record Options(char delimiter, Boolean header, Charset charset, String nameCase, Set<Integer> stringCols,
                          Set<Integer> numericCols, int firstRow, int lastRow, boolean asFloat) {
        public Options(char delimiter, Boolean header, Charset charset, String nameCase, Set<Integer> stringCols,
                       Set<Integer> numericCols, int firstRow, int lastRow) {
            this(delimiter, header, charset, nameCase, stringCols, numericCols, firstRow, lastRow, false);
        }

        /** Comma-separated UTF-8, header detected, names lowercased: Stata's defaults. */
        public static Options defaults() {
            return new Options(',', null, java.nio.charset.StandardCharsets.UTF_8, "lower", Set.of(), Set.of(), 1,
                Integer.MAX_VALUE, false);
        }
    }

    private final List<String> notes = new ArrayList<>();

    /** Notes for the user (ragged lines), printed by the command after a successful read. */
    public List<String> notes() {
        return notes;
    }

    public Dataset read(Path path, Options opt) {
        try {
            Header h = header(path, opt);
            int k = h.names.size();
            boolean[] isString = new boolean[k];
            for (int j = 0; j < k; j++) {
                isString[j] = opt.stringCols().contains(j + 1);
            }
            double[][] vals = new double[k][1024];
            int n = 0;
            int ragged = 0;
            long firstRagged = -1;
            try (CSVParser p = parser(path, opt)) {
                Iterator<CSVRecord> it = p.iterator();
                long dataRow = 0;
                boolean first = true;
                while (it.hasNext()) {
                    CSVRecord rec = it.next();
                    if (first && h.hasHeader) {
                        first = false;
                        continue;
                    }
                    first = false;
                    dataRow++;
                    if (dataRow < opt.firstRow()) {
                        continue;
                    }
                    if (dataRow > opt.lastRow()) {
                        break;
                    }
                    if (rec.size() != k) {
                        ragged++;
                        if (firstRagged < 0) {
                            firstRagged = p.getCurrentLineNumber();
                        }
                    }
                    if (k > 0 && n == vals[0].length) {
                        for (int j = 0; j < k; j++) {
                            vals[j] = Arrays.copyOf(vals[j], n * 2);
                        }
                    }
                    int fields = Math.min(k, rec.size());
                    for (int j = 0; j < k; j++) {
                        if (isString[j]) {
                            continue;
                        }
                        double v = j < fields ? CsvCells.number(rec.get(j)) : Missing.DOT;
                        if (v != v) {
                            if (opt.numericCols().contains(j + 1)) {
                                v = Missing.DOT; // numericcols(): text that is not a number is missing
                            } else {
                                isString[j] = true;
                                continue;
                            }
                        }
                        vals[j][n] = v;
                    }
                    n++;
                }
            }
            if (ragged > 0) {
                notes.add("note: " + ragged + " line" + (ragged > 1 ? "s" : "") + " of " + path.getFileName()
                    + " did not have " + k + " fields (the first is line " + firstRagged
                    + "); missing fields were set to missing, extra fields were ignored");
            }
            String[][] strings = new String[k][];
            for (boolean b : isString) {
                if (b) {
                    readStrings(path, opt, h, isString, strings, n);
                    break;
                }
            }
            Dataset ds = new Dataset();
            ds.setObs(n);
            for (int j = 0; j < k; j++) {
                Column c = isString[j] ? new StringColumn(h.names.get(j), strings[j], false)
                    : CsvCells.narrow(h.names.get(j), Arrays.copyOf(vals[j], n), opt.asFloat());
                c.setLabel(h.labels.get(j));
                ds.add(c);
            }
            ds.markSaved();
            return ds;
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (UncheckedIOException e) {
            throw malformed(path, e.getCause());
        } catch (IOException e) {
            throw malformed(path, e);
        }
    }

    /**
     * commons-csv reports bad quoting as an IOException "(startline N) EOF reached before
     * encapsulated token finished" or "Invalid char between encapsulated token and delimiter":
     * that is the file's fault (r(610), naming the line); anything else is the disk's (r(603)).
     */
    private static DataException malformed(Path path, IOException e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(m);
        if (m.contains("encapsulated token")) {
            String where = line.find() ? " line " + line.group(1) : "";
            String what = m.contains("EOF") ? "a quote opened here is never closed" : "text follows a closing quote";
            return new DataException(610, "file " + path.getFileName() + where + ": " + what, e);
        }
        return new DataException(603, "file " + path + " could not be read: " + m, e);
    }

    /** Names, and labels holding the header text wherever it had to be changed into a name. */
    private record Header(List<String> names, List<String> labels, boolean hasHeader) {}

    private Header header(Path path, Options opt) throws IOException {
        try (CSVParser p = parser(path, opt)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                return new Header(List.of(), List.of(), false);
            }
            CSVRecord first = it.next();
            CSVRecord second = it.hasNext() ? it.next() : null;
            boolean header = opt.header() != null ? opt.header() : looksLikeHeader(first, second);
            int k = first.size();
            List<String> names = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < k; j++) {
                String raw = header ? first.get(j).strip() : "";
                String name = CsvNames.validName(raw, j, opt.nameCase());
                if (!seen.add(name)) {
                    name = "v" + (j + 1);
                    for (int dup = 2; !seen.add(name); dup++) {
                        name = "v" + (j + 1) + "_" + dup;
                    }
                }
                names.add(name);
                labels.add(!raw.isEmpty() && !raw.equalsIgnoreCase(name) ? raw : "");
            }
            return new Header(names, labels, header);
        }
    }

    /**
     * Stata's rule of thumb: the first line is a header when some column holds text there but
     * numbers below it (or when the file has one line of text).
     */
    private static boolean looksLikeHeader(CSVRecord first, CSVRecord second) {
        for (int j = 0; j < first.size(); j++) {
            String cell = first.get(j);
            boolean text = !cell.isBlank() && Double.isNaN(CsvCells.number(cell));
            if (!text) {
                continue;
            }
            if (second == null || j >= second.size() || !Double.isNaN(CsvCells.number(second.get(j)))) {
                return true;
            }
        }
        // all text in both lines: a header of names over string data is the common case
        if (second != null) {
            for (int j = 0; j < first.size(); j++) {
                if (!Double.isNaN(CsvCells.number(first.get(j)))) {
                    return false;
                }
            }
            return true;
        }
        return false;
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
            long dataRow = 0;
            int r = 0;
            boolean first = true;
            for (CSVRecord rec : p) {
                if (first && h.hasHeader) {
                    first = false;
                    continue;
                }
                first = false;
                dataRow++;
                if (dataRow < opt.firstRow()) {
                    continue;
                }
                if (r >= n) {
                    break;
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
        return CsvCells.number(cell);
    }

    /** Kept for callers of the first version; see {@link CsvCells#narrow}. */
    static org.sdl.data.NumericColumn narrow(String name, double[] v) {
        return CsvCells.narrow(name, v, false);
    }

    static String validName(String raw, int j, String nameCase) {
        return CsvNames.validName(raw, j, nameCase);
    }
}
