package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.Output;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.output.StataFormat;

/** list [varlist] [if] [in] [, clean noobs sep(#) nolabel]: observations in a table. */
public final class ListCommand extends Command {
    public ListCommand() {
        super("list", 1, "[varlist] [if] [in] [, Clean noObs SEParator(integer 5) NOLabel ABbreviate(integer 8) TABle]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        List<String> vars = inv.args().varlist();
        boolean clean = inv.args().flag("clean");
        boolean obs = !inv.args().flag("noobs");
        boolean labels = !inv.args().flag("nolabel");
        int sep = inv.args().integer("separator", 5);
        boolean[] use = inv.args().touse();
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
        for (int j = 0; j < vars.size(); j++) {
            w[j] = vars.get(j).length();
            left[j] = data.column(vars.get(j)).isString();
            for (String[] r : rows) {
                w[j] = Math.max(w[j], r[j].length());
            }
        }
        int obsW = String.valueOf(data.nObs()).length() + 1;
        Output out = inv.out();
        out.println();
        StringBuilder head = new StringBuilder();
        for (int j = 0; j < vars.size(); j++) {
            head.append(j == 0 ? "" : "   ").append(pad(vars.get(j), w[j], left[j]));
        }
        String prefix = obs ? " ".repeat(obsW + 1) : "";
        int inner = head.length() + 2;
        if (clean) {
            out.println(prefix + "  " + head);
        } else {
            out.println(prefix + "+" + "-".repeat(inner) + "+");
            out.println(prefix + "| " + head + " |");
            out.println(prefix + "|" + "-".repeat(inner) + "|");
        }
        for (int k = 0; k < rows.size(); k++) {
            if (!clean && sep > 0 && k > 0 && k % sep == 0) {
                out.println(prefix + "|" + "-".repeat(inner) + "|");
            }
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < vars.size(); j++) {
                line.append(j == 0 ? "" : "   ").append(pad(rows.get(k)[j], w[j], left[j]));
            }
            String o = obs ? String.format("%" + obsW + "s ", obsNo.get(k) + ".") : "";
            out.println(clean ? o + "  " + line : o + "| " + line + " |");
        }
        if (!clean) {
            out.println(prefix + "+" + "-".repeat(inner) + "+");
        }
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
