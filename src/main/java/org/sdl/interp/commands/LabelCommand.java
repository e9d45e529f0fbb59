package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.syntax.Words;

/**
 * label data | variable | define [, add modify replace] | values | list | drop | dir: dataset,
 * variable and value labels (value-label sets are shared by the variables that use them).
 */
public final class LabelCommand extends Command {
    public LabelCommand() {
        super("label", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        String opts = "";
        int comma = lastComma(text);
        if (comma >= 0) {
            opts = text.substring(comma + 1);
            text = text.substring(0, comma).strip();
        }
        List<String> w = Words.split(text);
        if (w.isEmpty()) {
            throw new SdlError(198, "label: subcommand required (variable, define, values, list, drop, data)");
        }
        Dataset d = inv.session().data();
        String sub = w.get(0);
        VariableMatcher vm = new VariableMatcher(d);
        switch (sub) {
            case "data": case "da":
                d.setLabel(w.size() > 1 ? Words.unquote(w.get(1)) : "");
                return;
            case "variable": case "var": case "va": case "vari": case "variab": case "variabl": {
                if (w.size() < 2) {
                    throw new SdlError(100, "label variable: varname required");
                }
                Column c = d.column(vm.one(w.get(1)));
                String label = w.size() == 3 ? Words.unquote(w.get(2))
                    : String.join(" ", w.subList(Math.min(2, w.size()), w.size()));
                if (label.length() > 80) {
                    label = label.substring(0, 80);
                }
                c.setLabel(label);
                return;
            }
            case "define": case "def": case "de": case "defi": case "defin":
                define(d, w, opts);
                return;
            case "values": case "val": case "value": case "va1": {
                if (w.size() < 2) {
                    throw new SdlError(100, "label values: varlist required");
                }
                String set = w.get(w.size() - 1);
                List<String> vars = new ArrayList<>();
                boolean remove = set.equals(".") || w.size() == 2;
                for (String v : w.subList(1, remove && w.size() == 2 ? 2 : w.size() - 1)) {
                    vars.addAll(vm.expand(v));
                }
                for (String v : vars) {
                    Column c = d.column(v);
                    if (!(c instanceof NumericColumn nc)) {
                        throw new SdlError(181, "may not label strings: " + v);
                    }
                    nc.setValueLabel(remove ? null : set);
                }
                return;
            }
            case "list": case "l": case "li": case "lis":
                list(inv, d, w.size() > 1 ? w.subList(1, w.size()) : new ArrayList<>(d.valueLabels().keySet()));
                return;
            case "drop":
                if (w.size() > 1 && w.get(1).equals("_all")) {
                    d.valueLabels().clear();
                } else {
                    for (String n : w.subList(1, w.size())) {
                        if (d.valueLabels().remove(n) == null) {
                            throw new SdlError(111, "value label " + n + " not found");
                        }
                    }
                }
                return;
            case "copy": {
                // label copy from to [, replace]: a new set with the same values and labels
                if (w.size() != 3) {
                    throw new SdlError(198, "label copy: two value-label names required");
                }
                ValueLabelSet from = d.valueLabels().get(w.get(1));
                if (from == null) {
                    throw new SdlError(111, "value label " + w.get(1) + " not found");
                }
                if (d.valueLabels().containsKey(w.get(2)) && !opts.contains("replace")) {
                    throw new SdlError(110, "label " + w.get(2) + " already defined");
                }
                d.valueLabels().put(w.get(2), from.copy(w.get(2)));
                return;
            }
            case "dir":
                d.valueLabels().keySet().forEach(inv.out()::println);
                inv.session().r().macro("names", String.join(" ", d.valueLabels().keySet()));
                return;
            default:
                throw new SdlError(198, "label " + sub + ": unknown subcommand");
        }
    }

    private static void define(Dataset d, List<String> w, String opts) {
        if (w.size() < 2) {
            throw new SdlError(198, "label define: name required");
        }
        String name = w.get(1);
        boolean add = opts.contains("add");
        boolean modify = opts.contains("modify");
        boolean replace = opts.contains("replace");
        ValueLabelSet existing = d.valueLabels().get(name);
        if (existing != null && !add && !modify && !replace) {
            throw new SdlError(110, "label " + name + " already defined (use add, modify or replace)");
        }
        ValueLabelSet set = existing == null || replace ? new ValueLabelSet(name) : existing;
        List<String> pairs = w.subList(2, w.size());
        if (pairs.size() % 2 != 0) {
            throw new SdlError(198, "label define " + name + ": values and labels must come in pairs");
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            double v;
            String raw = pairs.get(i);
            if (raw.matches("\\.[a-z]")) {
                v = Missing.extended(raw.charAt(1));
            } else {
                try {
                    v = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    throw new SdlError(198, "label define " + name + ": " + raw + " is not a number");
                }
                if (v != Math.rint(v)) {
                    throw new SdlError(198, "label define " + name + ": may not label noninteger " + raw);
                }
            }
            if (add && !modify && set.get(v) != null) {
                throw new SdlError(180, "label " + name + " already has a label for " + raw + " (use modify)");
            }
            set.put(v, Words.unquote(pairs.get(i + 1)));
        }
        d.valueLabels().put(name, set);
    }

    private static void list(Invocation inv, Dataset d, List<String> names) {
        for (String n : names) {
            ValueLabelSet s = d.valueLabels().get(n);
            if (s == null) {
                throw new SdlError(111, "value label " + n + " not found");
            }
            inv.out().println(n + ":");
            double min = Missing.DOT;
            double max = Missing.DOT;
            boolean emiss = false;
            for (Map.Entry<Double, String> e : s.entries().entrySet()) {
                inv.out().println(String.format("%12s %s", MacroNumber.format(e.getKey()), e.getValue()));
                if (Missing.isMissing(e.getKey())) {
                    emiss = true;
                } else {
                    min = Missing.isMissing(min) ? e.getKey() : Math.min(min, e.getKey());
                    max = Missing.isMissing(max) ? e.getKey() : Math.max(max, e.getKey());
                }
            }
            inv.session().r().scalar("k", s.entries().size()).scalar("min", min).scalar("max", max)
                .scalar("hasemiss", emiss ? 1 : 0);
        }
    }

    private static int lastComma(String s) {
        boolean q = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                return i;
            }
        }
        return -1;
    }
}
