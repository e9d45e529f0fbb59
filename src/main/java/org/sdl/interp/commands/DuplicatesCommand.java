package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** duplicates report | drop | tag [varlist] [, generate(newvar) force]: observations identical on varlist. */
public final class DuplicatesCommand extends Command {
    public DuplicatesCommand() {
        super("duplicates", 3, "anything [if] [in] [, Generate(string) force]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> w = Words.split(inv.args().anything());
        if (w.isEmpty()) {
            throw new SdlError(198, "duplicates: report, list, tag or drop required");
        }
        String sub = subcommand(w.get(0));
        Dataset d = inv.session().data();
        List<String> vars = new java.util.ArrayList<>();
        VariableMatcher vm = new VariableMatcher(d);
        for (String t : w.subList(1, w.size())) {
            vars.addAll(vm.expand(t));
        }
        if (vars.isEmpty()) {
            vars.addAll(d.names());
        }
        boolean[] use = inv.args().touse();
        Grouping g = Grouping.of(d, vars, use);
        int[] size = new int[g.count()];
        for (int i = 0; i < d.nObs(); i++) {
            if (g.id(i) >= 0) {
                size[g.id(i)]++;
            }
        }
        String header = "Duplicates in terms of " + (w.size() == 1 ? "all variables" : String.join(" ", vars));
        switch (sub) {
            case "list": {
                inv.out().println();
                inv.out().println(header);
                inv.out().println();
                list(inv, d, vars, g, size);
                return;
            }
            case "report": {
                Map<Integer, Integer> copies = new TreeMap<>();
                for (int s : size) {
                    copies.merge(s, s, Integer::sum);
                }
                inv.out().println();
                inv.out().println(header);
                inv.out().println();
                inv.out().println("--------------------------------------");
                inv.out().println("   Copies | Observations       Surplus");
                inv.out().println("----------+---------------------------");
                for (Map.Entry<Integer, Integer> e : copies.entrySet()) {
                    inv.out().println(String.format(Locale.ROOT, "%9d | %12d %13d", e.getKey(), e.getValue(),
                        e.getValue() - e.getValue() / e.getKey()));
                }
                inv.out().println("--------------------------------------");
                inv.session().r().scalar("N", java.util.Arrays.stream(size).sum()).scalar("unique_value", g.count());
                return;
            }
            case "tag": {
                String name = inv.args().string("generate");
                if (name == null) {
                    throw new SdlError(198, "duplicates tag: generate() required");
                }
                GenerateCommand.checkNewName(d, name);
                inv.out().println();
                inv.out().println(header);
                inv.out().println();
                ByteColumn c = new ByteColumn(name, d.nObs());
                for (int i = 0; i < d.nObs(); i++) {
                    c.set(i, g.id(i) < 0 ? org.sdl.data.Missing.DOT : size[g.id(i)] - 1);
                }
                d.add(c.convertTo(org.sdl.data.StorageType.INT));
                return;
            }
            case "drop": {
                if (w.size() > 1 && !inv.args().flag("force")) {
                    throw new SdlError(198, "duplicates drop with a varlist requires force");
                }
                inv.out().println();
                inv.out().println(header);
                inv.out().println();
                int n = d.nObs();
                int kept = 0;
                int[] rows = new int[n];
                for (int i = 0; i < n; i++) {
                    if (g.id(i) < 0 || g.firstRowInDataOrder(i)) {
                        rows[kept++] = i;
                    }
                }
                List<String> sorted = d.sortedBy();
                d.applyRows(java.util.Arrays.copyOf(rows, kept));
                d.setSortedBy(sorted);
                inv.out().println("(" + (n - kept) + " observation" + (n - kept == 1 ? "" : "s") + " deleted)");
                return;
            }
            default:
                throw new SdlError(198, "duplicates " + sub + ": use report, list, tag or drop");
        }
    }

    private static String subcommand(String w) {
        for (String full : new String[] {"report", "list", "tag", "drop", "examples"}) {
            if (full.startsWith(w) && (w.length() >= 1 && !full.equals("drop") || w.equals("drop"))) {
                return full.equals("examples") ? "list" : full;
            }
        }
        throw new SdlError(198, "duplicates " + w + ": use report, list, tag or drop");
    }

    /** The surplus observations' groups: group number, observation number and the key values. */
    private static void list(Invocation inv, Dataset d, List<String> vars, Grouping g, int[] size) {
        int[] number = new int[size.length];
        int groups = 0;
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%8s %6s", "group:", "obs:"));
        for (String v : vars) {
            head.append(' ').append(String.format(Locale.ROOT, "%12s", v));
        }
        inv.out().println(head.toString());
        for (int k = 0; k < size.length; k++) {
            number[k] = size[k] > 1 ? ++groups : 0;
        }
        for (int i = 0; i < d.nObs(); i++) {
            int k = g.id(i);
            if (k < 0 || size[k] < 2) {
                continue;
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%8d %6d", number[k], i + 1));
            for (String v : vars) {
                org.sdl.data.Column c = d.column(v);
                String text = c instanceof org.sdl.data.StringColumn sc ? sc.get(i)
                    : org.sdl.output.StataFormat.displayDefault(((org.sdl.data.NumericColumn) c).get(i)).strip();
                b.append(' ').append(String.format(Locale.ROOT, "%12s", text));
            }
            inv.out().println(b.toString());
        }
        if (groups == 0) {
            inv.out().println("(0 observations are duplicates)");
        }
    }
}
