package org.sdl.data.io;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/** export delimited: a header of names, values at full precision (labels with nolabel off), atomic. */
public final class CsvWriter {
    private CsvWriter() {}

    public static void write(Dataset data, List<String> vars, boolean[] rows, Path path, boolean replace, char delim,
                             boolean labels) {
        AtomicFiles.write(path, replace, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(delim).setRecordSeparator("\n").get());
            p.printRecord(vars);
            Object[] rec = new Object[vars.size()];
            for (int i = 0; i < data.nObs(); i++) {
                if (rows != null && !rows[i]) {
                    continue;
                }
                for (int j = 0; j < vars.size(); j++) {
                    Column c = data.column(vars.get(j));
                    if (c instanceof StringColumn s) {
                        rec[j] = s.get(i);
                    } else {
                        NumericColumn nc = (NumericColumn) c;
                        double v = nc.get(i);
                        String lab = null;
                        if (labels && nc.valueLabel() != null) {
                            ValueLabelSet ls = data.valueLabels().get(nc.valueLabel());
                            lab = ls == null ? null : ls.get(v);
                        }
                        rec[j] = lab != null ? lab : Missing.isMissing(v) ? "" : text(v);
                    }
                }
                p.printRecord(rec);
            }
            p.flush();
            w.flush();
        });
    }

    static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }
}
