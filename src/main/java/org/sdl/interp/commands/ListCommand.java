package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.Output;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;

/**
 * list [varlist] [if] [in] [, clean noobs separator(#) sepby(varlist) noheader nolabel
 * abbreviate(#)]: observations in a table.
 */
public final class ListCommand extends Command {
    public ListCommand() {
        super("list", 1, "[varlist] [if] [in] [, Clean noObs SEParator(integer -1) SEPBY(string) noHeader NOLabel "
            + "ABbreviate(integer 8) TABle]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        List<String> sepby = inv.args().has("sepby") ? new VariableMatcher(data).expand(inv.args().string("sepby"))
            : List.of();
        // sepby() replaces the every-5 separator unless separator() is given too, as in Stata
        int given = inv.args().integer("separator", -1);
        int separator = given >= 0 ? given : sepby.isEmpty() ? 5 : 0;
        Layout layout = new Layout(inv.args().flag("clean"), !inv.args().flag("noobs"), !inv.args().flag("nolabel"),
            separator, inv.args().integer("abbreviate", 8), sepby, !inv.args().flag("noheader"));
        List<String> lines = table(data, inv.args().varlist(), inv.args().touse(), layout);
        Output out = inv.out();
        out.println();
        for (String l : lines) {
            out.println(l);
        }
    }

    /**
     * How list draws: frameless (clean), with observation numbers (obs), value labels (labels), a
     * separator every separator rows (0: none) and wherever the sepby variables change, names
     * abbreviated to abbreviate characters, a header row unless !header.
     */
    record Layout(boolean clean, boolean obs, boolean labels, int separator, int abbreviate, List<String> sepby,
                  boolean header) {
        /** browse's pages: a framed table with numbers, no separators. */
        static Layout pages(boolean labels) {
            return new Layout(false, true, labels, 0, 8, List.of(), true);
        }
    }

    /**
     * The observations selected by use, as list draws them (frame, header, separator every sep
     * rows, observation numbers unless !obs, value labels unless !labels). Also browse's pages.
     * As in Stata: each column is as wide as its widest value, or as its name up to abbrev
     * characters (longer names are abbreviated to the column); columns are three spaces apart;
     * values, and the name above them, are left-aligned only under a left-justified format
     * (%-18s), so strings of the default %#s format are right-aligned; observation numbers take
     * at least three digits, so the frame starts in column 6 (column 3 with noobs).
     * Without a frame (clean, noobs) the header and rows start with two spaces.
     */
    static List<String> table(Dataset data, List<String> vars, boolean[] use, Layout layout) {
        boolean clean = layout.clean();
        boolean obs = layout.obs();
        boolean labels = layout.labels();
        int sep = layout.separator();
        int abbrev = layout.abbreviate();
        List<String[]> rows = new ArrayList<>();
        List<Integer> obsNo = new ArrayList<>();
        for (int i = 0; i < data.nObs(); i++) {
            if (!use[i]) {
                continue;
            }
            String[] r = new String[vars.size()];
            for (int j = 0; j < vars.size(); j++) {
                r[j] = cell(data, data.column(vars.get(j)), i, labels);
            }
            rows.add(r);
            obsNo.add(i + 1);
        }
        int[] w = new int[vars.size()];
        boolean[] left = new boolean[vars.size()];
        String[] names = new String[vars.size()];
        for (int j = 0; j < vars.size(); j++) {
            String name = vars.get(j);
            w[j] = Math.min(name.length(), Math.max(abbrev, 1));
            left[j] = data.column(name).format().startsWith("%-");
            for (String[] r : rows) {
                w[j] = Math.max(w[j], r[j].length());
            }
            names[j] = name.length() <= w[j] ? name : Names.abbreviate(name, w[j]);
            w[j] = Math.max(w[j], names[j].length()); // abbreviate() keeps at least five characters
        }
        int obsW = Math.max(3, String.valueOf(data.nObs()).length()) + 1;
        List<String> out = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (int j = 0; j < vars.size(); j++) {
            head.append(j == 0 ? "" : "   ").append(pad(names[j], w[j], left[j]));
        }
        String frameless = clean ? "" : "  "; // the frame of noobs starts in column 3
        String prefix = obs ? " ".repeat(obsW + 1) : frameless;
        int inner = head.length() + 2;
        if (clean) {
            if (layout.header()) {
                out.add(prefix + "  " + head);
            }
        } else {
            out.add(prefix + "+" + "-".repeat(inner) + "+");
            if (layout.header()) {
                out.add(prefix + "| " + head + " |");
                out.add(prefix + "|" + "-".repeat(inner) + "|");
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            boolean every = sep > 0 && k > 0 && k % sep == 0;
            boolean changed = k > 0 && !layout.sepby().isEmpty()
                && !sameGroup(data, layout.sepby(), obsNo.get(k - 1) - 1, obsNo.get(k) - 1);
            if (!clean && (every || changed)) {
                out.add(prefix + "|" + "-".repeat(inner) + "|");
            }
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < vars.size(); j++) {
                line.append(j == 0 ? "" : "   ").append(pad(rows.get(k)[j], w[j], left[j]));
            }
            String o = obs ? String.format("%" + obsW + "s ", obsNo.get(k) + ".") : frameless;
            out.add(clean ? o + "  " + line : o + "| " + line + " |");
        }
        if (!clean) {
            out.add(prefix + "+" + "-".repeat(inner) + "+");
        }
        return out;
    }

    private static boolean sameGroup(Dataset data, List<String> vars, int a, int b) {
        for (String v : vars) {
            Column c = data.column(v);
            boolean same = c instanceof StringColumn s ? s.get(a).equals(s.get(b))
                : Double.compare(((NumericColumn) c).get(a), ((NumericColumn) c).get(b)) == 0;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static String pad(String s, int w, boolean left) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return left ? s + fill : fill + s;
    }

    static String cell(Dataset data, Column c, int row, boolean labels) {
        if (c instanceof StringColumn s) {
            return s.get(row);
        }
        NumericColumn n = (NumericColumn) c;
        double v = n.get(row);
        if (labels && n.valueLabel() != null) {
            ValueLabelSet ls = data.valueLabels().get(n.valueLabel());
            String lab = ls == null ? null : ls.get(v);
            if (lab != null) {
                return lab;
            }
        }
        StataFormat f = StataFormat.parse(n.format());
        return (f == null ? StataFormat.parse("%9.0g") : f).formatBare(v);
    }
}
