package org.sdl.interp.commands;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * import delimited [using] file [, clear delimiters() varnames(1|nonames) encoding() case()]:
 * a first version (numeric where every non-empty cell parses, else string). The full reader
 * with Stata's storage-type inference lives in data.io.
 */
public final class ImportCommand extends Command {
    public ImportCommand() {
        super("import", 3, "anything [using] [, clear DELIMiters(string) VARNames(string) ENCoding(string) case(string) ASDOUBLE *]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> words = inv.args().words();
        if (words.isEmpty() || !"delimited".startsWith(words.get(0)) || words.get(0).length() < 5) {
            throw new SdlError(199, "import: only import delimited is available in this build");
        }
        String file = inv.args().using() != null ? inv.args().using()
            : words.size() > 1 ? org.sdl.interp.syntax.Words.unquote(words.get(1)) : null;
        if (file == null) {
            throw new SdlError(100, "import delimited: file name required");
        }
        Dataset data = inv.session().data();
        if (data.nVars() > 0 && data.changed() && !inv.args().flag("clear")) {
            throw new SdlError(4, "no; dataset in memory has changed since last saved (use clear)");
        }
        Path p = inv.session().resolve(file);
        if (!Files.exists(p)) {
            throw new SdlError(601, "file " + file + " not found");
        }
        String delim = inv.args().string("delimiters", ",");
        delim = org.sdl.interp.syntax.Words.unquote(delim);
        if (delim.equals("tab") || delim.equals("\\t")) {
            delim = "\t";
        }
        boolean header = !"nonames".equals(inv.args().string("varnames"));
        Charset cs = Charset.forName(inv.args().string("encoding", "UTF-8").replace("\"", ""));
        List<String[]> rows = new ArrayList<>();
        String[] names;
        try (Reader r = Files.newBufferedReader(p, cs);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delim).get().parse(r)) {
            List<String> first = null;
            for (CSVRecord rec : parser) {
                String[] vals = rec.values();
                if (first == null && header) {
                    first = List.of(vals);
                    continue;
                }
                rows.add(vals);
            }
            int k = first != null ? first.size() : rows.isEmpty() ? 0 : rows.get(0).length;
            names = new String[k];
            for (int j = 0; j < k; j++) {
                names[j] = first != null ? clean(first.get(j), j) : "v" + (j + 1);
            }
        } catch (IOException | RuntimeException e) {
            throw new SdlError(603, "file " + file + " could not be read: " + e.getMessage());
        }
        data.clear();
        data.setObs(rows.size());
        for (int j = 0; j < names.length; j++) {
            data.add(column(names[j], rows, j));
        }
        inv.out().println("(encoding automatically selected: " + cs.name() + ")");
        inv.out().println("(" + names.length + " vars, " + rows.size() + " obs)");
        data.markSaved();
    }

    private static org.sdl.data.Column column(String name, List<String[]> rows, int j) {
        int n = rows.size();
        double[] v = new double[n];
        boolean numeric = true;
        for (int i = 0; i < n && numeric; i++) {
            String s = j < rows.get(i).length ? rows.get(i)[j].strip() : "";
            if (s.isEmpty() || s.equals(".") || s.equals("NA")) {
                v[i] = Missing.DOT;
            } else {
                try {
                    v[i] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        if (numeric) {
            return new DoubleColumn(name, v);
        }
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = j < rows.get(i).length ? rows.get(i)[j] : "";
        }
        return new StringColumn(name, s, false);
    }

    private static String clean(String raw, int j) {
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "v" + (j + 1);
        }
        return s.length() > 32 ? s.substring(0, 32) : s;
    }
}
