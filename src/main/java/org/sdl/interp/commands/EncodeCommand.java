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
            TreeSet<String> values = new TreeSet<>();
            for (int i = 0; i < s.size(); i++) {
                if (use[i] && !s.get(i).isEmpty() && set.valueOf(s.get(i)) == null) {
                    values.add(s.get(i));
                }
            }
            double next = set.entries().isEmpty() ? 1 : set.entries().keySet().stream()
                .filter(x -> !Missing.isMissing(x)).mapToDouble(Double::doubleValue).max().orElse(0) + 1;
            for (String v : values) {
                set.put(next++, v);
            }
            LongColumn out = new LongColumn(gen.strip(), d.nObs());
            for (int i = 0; i < s.size(); i++) {
                Double code = use[i] ? set.valueOf(s.get(i)) : null;
                out.set(i, code == null ? Missing.DOT : code);
            }
            out.setValueLabel(labName);
            out.setLabel(s.label());
            d.valueLabels().put(labName, set);
            d.add(out.convertTo(next - 1 <= 100 ? org.sdl.data.StorageType.BYTE
                : next - 1 <= 32740 ? org.sdl.data.StorageType.INT : org.sdl.data.StorageType.LONG));
        } else {
            if (!(d.column(var) instanceof NumericColumn n)) {
                throw new SdlError(108, "not possible with string variable " + var);
            }
            ValueLabelSet set = n.valueLabel() == null ? null : d.valueLabels().get(n.valueLabel());
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
