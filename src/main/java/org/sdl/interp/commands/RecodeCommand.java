package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * recode varlist (rule) (rule) ... [if] [in] [, generate() prefix() label()]: the first rule that
 * matches a value decides; rules are numbers, ranges a/b with min and max, missing, nonmissing,
 * else; "(1 2 = 1 "yes")" also defines a value label. Unmatched values are kept.
 */
public final class RecodeCommand extends Command {
    public RecodeCommand() {
        super("recode", 6, null);
    }

    /** One rule: matchers on the left, the new value (and optional label) on the right. */
    private record Rule(List<double[]> ranges, boolean missing, boolean nonmissing, boolean other, double to,
                        String label) {
        boolean matches(double v) {
            if (other) {
                return true;
            }
            if (missing && Missing.isMissing(v)) {
                return true;
            }
            if (nonmissing && !Missing.isMissing(v)) {
                return true;
            }
            for (double[] r : ranges) {
                if (v >= r[0] && v <= r[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final org.sdl.interp.syntax.SyntaxSpec SPEC = org.sdl.interp.syntax.SyntaxSpec.parse(
        "anything [if] [in] [, Generate(string) PREfix(string) Label(string) COPYrest Test]");

    /**
     * Rules may be written without parentheses, as Stata still accepts ({@code recode x 1=0 2=1});
     * they are put in parentheses before the line is parsed in the uniform command shape.
     */
    @Override
    public void run(Invocation inv) {
        String text = RecodeRules.parenthesize(inv.text());
        org.sdl.lang.ast.CommandCall call = org.sdl.lang.Parser.command(inv.line().withText("recode " + text));
        org.sdl.interp.syntax.BoundArgs args = new org.sdl.interp.syntax.Binder(inv.session()).bind(call, SPEC, "recode");
        recode(new Invocation(inv.session(), inv.interpreter(), inv.frame(), inv.line(), inv.typedName(), text,
            call, args, inv.by()));
    }

    private void recode(Invocation inv) {
        List<String> words = inv.args().words();
        List<String> vars = new ArrayList<>();
        List<String> ruleTexts = new ArrayList<>();
        VariableMatcher vm = new VariableMatcher(inv.session().data());
        for (String w : words) {
            if (w.startsWith("(")) {
                ruleTexts.add(w.substring(1, w.length() - 1));
            } else if (ruleTexts.isEmpty()) {
                vars.addAll(vm.expand(w));
            } else {
                throw new SdlError(198, "recode: unexpected '" + w + "' after the rules");
            }
        }
        if (vars.isEmpty() || ruleTexts.isEmpty()) {
            throw new SdlError(198, "recode: syntax is recode varlist (rule) [(rule) ...]");
        }
        Dataset d = inv.session().data();
        List<String> gen = inv.args().string("generate") == null ? null : Words.split(inv.args().string("generate"));
        String prefix = inv.args().string("prefix");
        if (gen != null && gen.size() != vars.size()) {
            throw new SdlError(198, "recode: generate() needs one new name per variable");
        }
        String labelName = inv.args().string("label");
        ValueLabelSet labels = null;
        for (Rule r : rules(ruleTexts, 0, 0)) {
            if (r.label() != null) {
                if (labels == null) {
                    labels = new ValueLabelSet(labelName != null ? labelName : gen != null ? gen.get(0) : vars.get(0));
                }
                labels.put(r.to(), r.label());
            }
        }
        boolean[] use = inv.args().touse();
        for (int v = 0; v < vars.size(); v++) {
            NumericColumn src = d.numeric(vars.get(v));
            if (src == null) {
                throw new SdlError(109, "recode only recodes numeric variables; " + vars.get(v) + " is a string");
            }
            double[] range = minMax(src);
            List<Rule> rules = rules(ruleTexts, range[0], range[1]);
            String target = gen != null ? gen.get(v) : prefix != null ? prefix + vars.get(v) : null;
            NumericColumn out = target == null ? src : (NumericColumn) src.convertTo(src.type());
            if (target != null) {
                GenerateCommand.checkNewName(d, target);
                out.rename(target);
                out.setLabel("RECODE of " + vars.get(v) + (src.label().isEmpty() ? "" : " (" + src.label() + ")"));
                if (!inv.args().flag("copyrest")) {
                    for (int i = 0; i < out.size(); i++) {
                        if (!use[i]) {
                            out.set(i, Missing.DOT);
                        }
                    }
                }
            }
            StorageType type = out.type();
            int changes = 0;
            double[] values = out.toDoubles();
            for (int i = 0; i < values.length; i++) {
                if (!use[i]) {
                    continue;
                }
                double x = src.get(i);
                for (Rule r : rules) {
                    if (r.matches(x)) {
                        if (Double.compare(r.to(), x) != 0) {
                            changes++;
                        }
                        values[i] = r.to();
                        if (!type.holds(r.to())) {
                            type = type.promoteFor(r.to());
                        }
                        break;
                    }
                }
            }
            NumericColumn result = NumericColumn.create(type, out.name(), values.length);
            for (int i = 0; i < values.length; i++) {
                result.set(i, values[i]);
            }
            result.setLabel(out.label());
            result.setFormat(out.format());
            result.setValueLabel(labels != null ? labels.name() : out.valueLabel());
            if (target == null) {
                d.replace(result);
                d.touched(result.name());
            } else {
                d.add(result);
            }
            if (target == null) {
                inv.out().println("(" + vars.get(v) + ": " + changes + " change" + (changes == 1 ? "" : "s") + " made)");
            } else {
                inv.out().println("(" + changes + " difference" + (changes == 1 ? "" : "s") + " between "
                    + vars.get(v) + " and " + target + ")");
            }
        }
        if (labels != null) {
            d.valueLabels().put(labels.name(), labels);
        }
    }

    private static List<Rule> rules(List<String> texts, double min, double max) {
        List<Rule> out = new ArrayList<>();
        for (String t : texts) {
            out.add(rule(t, min, max));
        }
        return out;
    }

    /** Smallest and largest non-missing value (the min and max keywords of rules). */
    private static double[] minMax(NumericColumn c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = c.size(); i < n; i++) {
            double v = c.get(i);
            if (!Missing.isMissing(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    private static Rule rule(String text, double min, double max) {
        int eq = text.lastIndexOf('=');
        if (eq < 0) {
            throw new SdlError(198, "recode: rule (" + text + ") needs =");
        }
        String lhs = text.substring(0, eq).strip();
        String rhs = text.substring(eq + 1).strip();
        String label = null;
        int q = rhs.indexOf('"');
        if (q >= 0) {
            label = Words.unquote(rhs.substring(q).strip());
            rhs = rhs.substring(0, q).strip();
        }
        double to = value(rhs);
        List<double[]> ranges = new ArrayList<>();
        boolean missing = false;
        boolean nonmissing = false;
        boolean other = false;
        for (String t : lhs.split("\\s+")) {
            if (t.equals("missing") || t.equals("miss")) {
                missing = true;
            } else if (t.equals("nonmissing") || t.equals("nonmiss")) {
                nonmissing = true;
            } else if (t.equals("else") || t.equals("*")) {
                other = true;
            } else if (t.contains("/")) {
                String[] p = t.split("/");
                if (p.length != 2) {
                    throw new SdlError(198, "recode: invalid range " + t);
                }
                double a = p[0].equals("min") ? min : value(p[0]);
                double b = p[1].equals("max") ? max : value(p[1]);
                ranges.add(new double[] {a, b});
            } else if (t.equals("min") || t.equals("max")) {
                double v = t.equals("min") ? min : max;
                ranges.add(new double[] {v, v});
            } else if (!t.isEmpty()) {
                double v = value(t);
                ranges.add(new double[] {v, v});
            }
        }
        return new Rule(ranges, missing, nonmissing, other, to, label);
    }

    private static double value(String t) {
        if (t.equals(".")) {
            return Missing.DOT;
        }
        if (t.matches("\\.[a-z]")) {
            return Missing.extended(t.charAt(1));
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new SdlError(198, "recode: " + t + " is not a number");
        }
    }
}
