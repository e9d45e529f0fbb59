package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.output.table.Cell;
import org.sdl.output.table.Row;
import org.sdl.output.table.Table;

/**
 * The table outreg2 builds up column by column: a title, column titles, coefficient rows (a
 * coefficient with its stars and the standard error below it), statistic rows (Observations,
 * R-squared, addstat(), addtext()) and notes. Like outreg2, it lives between runs in a
 * tab-delimited .txt file (written by {@link #toTxt()}, read back by {@link #parse}), so that
 * {@code append} adds a column to the table the file holds; every other format is made from it.
 *
 * <p>The .txt layout: title lines, a line of column numbers "(1)" ..., "VARIABLES" and the column
 * titles, an empty line, two lines per coefficient (label and estimate; an empty first field and
 * the standard error), an empty line, the statistic rows, then the notes (one field each).
 */
final class OutregGrid {
    /** A coefficient cell: estimate, its stars, the standard error text (in its parentheses). */
    record Coef(String b, String stars, String se) {
        static final Coef EMPTY = new Coef("", "", "");
    }

    static final String CONSTANT = "Constant";

    final List<String> titleLines = new ArrayList<>();
    final List<String> columnTitles = new ArrayList<>();
    final Map<String, List<Coef>> coefs = new LinkedHashMap<>();
    final Map<String, List<String>> stats = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    int columns() {
        return columnTitles.size();
    }

    /**
     * Adds a column: coefficients new to the table go after the existing ones but before the
     * constant (kept last, as outreg2 keeps it); new statistic rows go at the end of the statistics.
     */
    void addColumn(String title, Map<String, Coef> newCoefs, Map<String, String> newStats) {
        int k = columns();
        columnTitles.add(title);
        for (List<Coef> row : coefs.values()) {
            row.add(Coef.EMPTY);
        }
        for (List<String> row : stats.values()) {
            row.add("");
        }
        for (Map.Entry<String, Coef> e : newCoefs.entrySet()) {
            List<Coef> row = coefs.get(e.getKey());
            if (row == null) {
                row = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    row.add(Coef.EMPTY);
                }
                row.add(Coef.EMPTY);
                insertBeforeConstant(e.getKey(), row);
            }
            row.set(k, e.getValue());
        }
        for (Map.Entry<String, String> e : newStats.entrySet()) {
            List<String> row = stats.computeIfAbsent(e.getKey(), x -> {
                List<String> r = new ArrayList<>();
                for (int j = 0; j <= k; j++) {
                    r.add("");
                }
                return r;
            });
            row.set(k, e.getValue());
        }
    }

    private void insertBeforeConstant(String label, List<Coef> row) {
        if (!coefs.containsKey(CONSTANT) || label.equals(CONSTANT)) {
            coefs.put(label, row);
            return;
        }
        List<Coef> cons = coefs.remove(CONSTANT);
        coefs.put(label, row);
        coefs.put(CONSTANT, cons);
    }

    /** The tab-delimited text outreg2 keeps (and Excel or a text editor opens). */
    String toTxt() {
        StringBuilder out = new StringBuilder();
        int k = columns();
        for (String t : titleLines) {
            out.append(t).append('\n');
        }
        for (int j = 1; j <= k; j++) {
            out.append("\t(").append(j).append(')');
        }
        out.append('\n').append("VARIABLES");
        for (String t : columnTitles) {
            out.append('\t').append(t);
        }
        out.append('\n');
        empty(out, k);
        for (Map.Entry<String, List<Coef>> e : coefs.entrySet()) {
            out.append(e.getKey());
            for (Coef c : e.getValue()) {
                out.append('\t').append(c.b()).append(c.stars());
            }
            out.append('\n');
            for (Coef c : e.getValue()) {
                out.append('\t').append(c.se());
            }
            out.append('\n');
        }
        empty(out, k);
        for (Map.Entry<String, List<String>> e : stats.entrySet()) {
            out.append(e.getKey());
            for (String v : e.getValue()) {
                out.append('\t').append(v);
            }
            out.append('\n');
        }
        for (String n : notes) {
            out.append(n).append('\n');
        }
        return out.toString();
    }

    private static void empty(StringBuilder out, int k) {
        out.append("\t".repeat(k)).append('\n');
    }

    /** Reads a table written by {@link #toTxt()}; anything else is r(198) naming the file. */
    static OutregGrid parse(String text, String file) {
        OutregGrid g = new OutregGrid();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && !lines[i].startsWith("\t(1)")) {
            g.titleLines.add(lines[i]);
            i++;
        }
        if (i + 2 >= lines.length) {
            throw notOutreg(file);
        }
        int k = lines[i].split("\t", -1).length - 1;
        String[] titles = lines[i + 1].split("\t", -1);
        if (!titles[0].equals("VARIABLES") || titles.length != k + 1 || !blank(lines[i + 2])) {
            throw notOutreg(file);
        }
        for (int j = 1; j <= k; j++) {
            g.columnTitles.add(titles[j]);
        }
        i += 3;
        while (i < lines.length && !blank(lines[i])) {
            String[] est = cells(lines[i], k, file);
            String[] se = i + 1 < lines.length ? cells(lines[i + 1], k, file) : null;
            if (se == null || !se[0].isEmpty()) {
                throw notOutreg(file);
            }
            List<Coef> row = new ArrayList<>();
            for (int j = 1; j <= k; j++) {
                String b = est[j];
                int star = b.length();
                while (star > 0 && b.charAt(star - 1) == '*') {
                    star--;
                }
                row.add(new Coef(b.substring(0, star), b.substring(star), se[j]));
            }
            g.coefs.put(est[0], row);
            i += 2;
        }
        i++;
        while (i < lines.length && lines[i].split("\t", -1).length == k + 1 && k > 0) {
            String[] st = lines[i].split("\t", -1);
            List<String> row = new ArrayList<>();
            for (int j = 1; j <= k; j++) {
                row.add(st[j]);
            }
            g.stats.put(st[0], row);
            i++;
        }
        // the notes are rewritten by each call, as outreg2 does
        return g;
    }

    private static boolean blank(String line) {
        return line.replace("\t", "").isEmpty();
    }

    private static String[] cells(String line, int k, String file) {
        String[] c = line.split("\t", -1);
        if (c.length != k + 1) {
            throw notOutreg(file);
        }
        return c;
    }

    private static SdlError notOutreg(String file) {
        return new SdlError(198, "outreg2: " + file + " is not a table written by outreg2; use replace");
    }

    /** The format-neutral table (rules as journals draw them) for the other formats. */
    Table toTable() {
        int k = columns();
        int stub = 12;
        for (String label : coefs.keySet()) {
            stub = Math.max(stub, label.length());
        }
        for (String label : stats.keySet()) {
            stub = Math.max(stub, label.length());
        }
        Table.Builder t = Table.builder(k).stubWidth(stub).starWidth(3).title(String.join(" ", titleLines).strip());
        t.rule(Row.RuleKind.TOP);
        List<Cell> head = new ArrayList<>();
        head.add(Cell.stub(""));
        for (int j = 1; j <= k; j++) {
            head.add(Cell.of("(" + j + ")"));
        }
        t.row(Row.Section.HEADER, head);
        List<Cell> titles = new ArrayList<>();
        titles.add(Cell.stub("VARIABLES"));
        for (String c : columnTitles) {
            titles.add(Cell.of(c));
        }
        t.row(Row.Section.HEADER, titles);
        t.rule(Row.RuleKind.MID);
        for (Map.Entry<String, List<Coef>> e : coefs.entrySet()) {
            List<Cell> b = new ArrayList<>();
            List<Cell> se = new ArrayList<>();
            b.add(Cell.stub(e.getKey()));
            se.add(Cell.stub(""));
            for (Coef c : e.getValue()) {
                b.add(Cell.starred(c.b(), c.stars()));
                se.add(Cell.of(c.se()));
            }
            t.row(Row.Section.BODY, b);
            t.row(Row.Section.BODY, se);
        }
        if (!stats.isEmpty()) {
            t.rule(Row.RuleKind.MID);
            for (Map.Entry<String, List<String>> e : stats.entrySet()) {
                List<Cell> r = new ArrayList<>();
                r.add(Cell.stub(e.getKey()));
                for (String v : e.getValue()) {
                    r.add(Cell.of(v));
                }
                t.row(Row.Section.FOOTER, r);
            }
        }
        t.rule(Row.RuleKind.BOTTOM);
        notes.forEach(t::note);
        return t.build();
    }
}
