package org.sdl.interp.commands;

import java.util.TreeSet;
import org.sdl.data.Dataset;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * encode strvar, generate(newvar) [label(name)]: numbers 1..k in sorted string order with a value
 * label; decode numvar, generate(newvar): the labels (or numbers) as strings.
 */
public final class EncodeCommand extends Command {
    private final boolean encode;

    public EncodeCommand(boolean encode) {
        super(encode ? "encode" : "decode", encode ? 6 : 6, "varname [if] [in], Generate(string) [Label(string) NOExtend MAXLength(integer 2045)]");
        this.encode = encode;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String var = inv.args().varlist().get(0);
        String gen = inv.args().string("generate");
        if (gen == null) {
            throw new SdlError(100, name() + ": generate() required");
        }
        GenerateCommand.checkNewName(d, gen.strip());
        boolean[] use = inv.args().touse();
        if (encode) {
            if (!(d.column(var) instanceof StringColumn s)) {
                throw new SdlError(108, "not possible with numeric variable " + var);
            }
            String labName = inv.args().string("label", gen.strip());
            ValueLabelSet set = d.valueLabels().getOrDefault(labName, new ValueLabelSet(labName));
            java.util.Map<String, Double> codes = new java.util.HashMap<>();
            for (java.util.Map.Entry<Double, String> e : set.entries().entrySet()) {
                codes.putIfAbsent(e.getValue(), e.getKey());
            }
            TreeSet<String> values = new TreeSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (use[i] && !s.get(i).isEmpty() && !codes.containsKey(s.get(i))) {
                    values.add(s.get(i));
                }
            }
            if (!values.isEmpty() && inv.args().flag("noextend") && !set.entries().isEmpty()) {
                throw new SdlError(459, "there are values of " + var + " not present in label " + labName);
            }
            double next = set.entries().isEmpty() ? 1 : set.entries().keySet().stream()
                .filter(x -> !Missing.isMissing(x)).mapToDouble(Double::doubleValue).max().orElse(0) + 1;
            for (String v : values) {
                codes.put(v, next);
                set.put(next++, v);
            }
            LongColumn out = new LongColumn(gen.strip(), d.nObs());
            for (int i = 0; i < s.size(); i++) {
                Double code = use[i] ? codes.get(s.get(i)) : null;
                out.set(i, code == null ? Missing.DOT : code);
            }
            out.setValueLabel(labName);
            out.setLabel(s.label());
            d.valueLabels().put(labName, set);
            d.add(out);
        } else {
            if (!(d.column(var) instanceof NumericColumn n)) {
                throw new SdlError(108, "not possible with string variable " + var);
            }
            ValueLabelSet set = n.valueLabel() == null ? null : d.valueLabels().get(n.valueLabel());
            if (set == null) {
                throw new SdlError(181, var + " not labeled");
            }
            StringColumn out = new StringColumn(gen.strip(), d.nObs());
            for (int i = 0; i < n.size(); i++) {
                if (!use[i] || Missing.isMissing(n.get(i))) {
                    continue;
                }
                String lab = set == null ? null : set.get(n.get(i));
                out.set(i, lab != null ? lab : org.sdl.interp.expr.MacroNumber.format(n.get(i)));
            }
            out.setLabel(n.label());
            d.add(out);
        }
    }

}
