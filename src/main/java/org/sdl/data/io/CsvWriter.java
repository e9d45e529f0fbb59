package org.sdl.data.io;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.FloatColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/**
 * export delimited: a header of names, then one line per observation, UTF-8, atomic. Numbers are
 * written as the shortest text that reads back to the stored value (at float precision for float
 * variables, so 0.1 stays "0.1"), missing values as empty fields, labelled values as their label
 * unless nolabel; fields are quoted only when they hold the delimiter, a quote or a line break.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /**
     * Writes the named variables of the rows where rows[i] (all rows when rows is null).
     * labels: write value labels instead of the values they label (Stata's default).
     */
    public static void write(Dataset data, List<String> vars, boolean[] rows, Path path, boolean replace, char delim,
                             boolean labels) {
        Column[] cols = new Column[vars.size()];
        ValueLabelSet[] sets = new ValueLabelSet[vars.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = data.column(vars.get(j));
            if (cols[j] == null) {
                throw new DataException(111, "variable " + vars.get(j) + " not found");
            }
            if (labels && cols[j] instanceof NumericColumn nc && nc.valueLabel() != null) {
                sets[j] = data.valueLabels().get(nc.valueLabel());
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delim).setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();
        AtomicFiles.write(path, replace, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter p = new CSVPrinter(w, format);
            p.printRecord(vars);
            String[] rec = new String[cols.length];
            for (int i = 0; i < data.nObs(); i++) {
                if (rows != null && !rows[i]) {
                    continue;
                }
                for (int j = 0; j < cols.length; j++) {
                    rec[j] = cell(cols[j], sets[j], i);
                }
                p.printRecord((Object[]) rec);
            }
            p.flush();
        });
    }

    private static String cell(Column c, ValueLabelSet labels, int i) {
        if (c instanceof StringColumn s) {
            return s.get(i);
        }
        double v = ((NumericColumn) c).get(i);
        if (labels != null) {
            String lab = labels.get(v);
            if (lab != null) {
                return lab;
            }
        }
        if (Missing.isMissing(v)) {
            return "";
        }
        return c instanceof FloatColumn ? text((float) v) : text(v);
    }

    /** Shortest decimal text that reads back to v; integers without a decimal point. */
    static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return decimal(Double.toString(v), Math.abs(v));
    }

    static String text(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.valueOf((long) v);
        }
        return decimal(Float.toString(v), Math.abs(v));
    }

    /** Plain decimals in the usual range (123456789.125, not 1.23456789125E8); e-notation outside it. */
    private static String decimal(String shortest, double abs) {
        if (abs >= 1e-5 && abs < 1e16) {
            return new java.math.BigDecimal(shortest).toPlainString();
        }
        return javaToPlain(shortest);
    }

    /** Java's "1.5E-7" to "1.5e-07"-style text that every spreadsheet and reader accepts. */
    private static String javaToPlain(String s) {
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mant = s.substring(0, e);
        if (mant.endsWith(".0")) {
            mant = mant.substring(0, mant.length() - 2);
        }
        String exp = s.substring(e + 1);
        boolean neg = exp.startsWith("-");
        String digits = neg ? exp.substring(1) : exp;
        return mant + "e" + (neg ? "-" : "+") + (digits.length() < 2 ? "0" + digits : digits);
    }
}
