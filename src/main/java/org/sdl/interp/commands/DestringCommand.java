package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.io.CsvReaderAccess;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;

/**
 * destring varlist, {generate()|replace} [force ignore("chars")]: strings to numbers (non-numeric
 * text is an error unless force makes it missing); tostring varlist, {generate()|replace}
 * [format(%fmt) force]: numbers to strings.
 */
public final class DestringCommand extends Command {
    private final boolean destring;

    public DestringCommand(boolean destring) {
        super(destring ? "destring" : "tostring", 8, "varlist [, Generate(string) replace force IGnore(string) "
            + "FLOAT Format(string) USEDisplayformat PERcent DPcomma]");
        this.destring = destring;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        BoundArgs a = inv.args();
        if (destring) {
            a.allowOnly("destring", "generate", "replace", "force", "ignore", "float", "percent", "dpcomma");
        } else {
            a.allowOnly("tostring", "generate", "replace", "force", "format", "usedisplayformat");
            // sdl's conversion keeps every digit (no information lost), so tostring's force has
            // nothing to force; accepted for Stata do-files
            a.compatibilityOnly("force");
        }
        boolean replace = inv.args().flag("replace");
        boolean force = destring && a.flag("force");
        boolean asFloat = destring && a.flag("float");
        boolean percent = destring && a.flag("percent");
        boolean dpcomma = destring && a.flag("dpcomma");
        boolean useDisplay = !destring && a.flag("usedisplayformat");
        List<String> gen = inv.args().string("generate") == null ? null : Words.split(inv.args().string("generate"));
        if (!replace && gen == null) {
            throw new SdlError(198, name() + ": either generate() or replace is required");
        }
        if (gen != null && gen.size() != vars.size()) {
            throw new SdlError(198, name() + ": generate() needs one name per variable");
        }
        String ignore = inv.args().string("ignore") == null ? "" : Words.unquote(inv.args().string("ignore"));
        for (int v = 0; v < vars.size(); v++) {
            Column c = d.column(vars.get(v));
            String target = replace ? vars.get(v) : gen.get(v);
            if (destring) {
                if (!(c instanceof StringColumn s)) {
                    inv.out().println(vars.get(v) + " already numeric; no " + (replace ? "replace" : "generate"));
                    continue;
                }
                double[] out = new double[s.size()];
                boolean bad = false;
                int forced = 0;
                for (int i = 0; i < out.length; i++) {
                    String t = s.get(i);
                    for (char ch : ignore.toCharArray()) {
                        t = t.replace(String.valueOf(ch), "");
                    }
                    boolean pct = percent && t.contains("%");
                    if (pct) {
                        t = t.replace("%", "");
                    }
                    if (dpcomma) {
                        t = t.replace(',', '.'); // 1,5 is one and a half
                    }
                    double x = CsvReaderAccess.number(t);
                    if (percent && !Double.isNaN(x) && !Missing.isMissing(x)) {
                        x /= 100; // percent: values become fractions, as [D] destring describes
                    }
                    if (Double.isNaN(x)) {
                        bad = true;
                        forced++;
                        x = Missing.DOT;
                    }
                    out[i] = x;
                }
                if (bad && !force) {
                    inv.out().println(vars.get(v) + ": contains nonnumeric characters; no " + (replace ? "replace" : "generate"));
                    continue;
                }
                NumericColumn nc = CsvReaderAccess.narrow(target, out);
                if (asFloat && nc.type() == org.sdl.data.StorageType.DOUBLE) {
                    nc = nc.convertTo(org.sdl.data.StorageType.FLOAT);
                }
                nc.setLabel(s.label());
                put(d, vars.get(v), target, nc, replace);
                inv.out().println(vars.get(v) + ": " + (bad ? "contains nonnumeric characters; " : "all characters numeric; ")
                    + (replace ? "replaced" : "generated") + " as " + nc.typeName());
                if (forced > 0) {
                    inv.out().println("(" + forced + " missing value" + (forced == 1 ? "" : "s") + " generated)");
                }
            } else {
                if (!(c instanceof NumericColumn n)) {
                    inv.out().println(vars.get(v) + " already string; no " + (replace ? "replace" : "generate"));
                    continue;
                }
                String fmt = useDisplay ? n.format() : inv.args().string("format");
                StataFormat f = fmt == null ? null : StataFormat.parse(fmt);
                String[] out = new String[n.size()];
                for (int i = 0; i < out.length; i++) {
                    double x = n.get(i);
                    out[i] = Missing.isMissing(x) ? Missing.text(x)
                        : f != null ? f.formatBare(x).strip() : MacroNumber.format(x);
                }
                StringColumn sc = new StringColumn(target, out, false);
                sc.setLabel(n.label());
                String was = n.typeName();
                put(d, vars.get(v), target, sc, replace);
                inv.out().println(replace ? vars.get(v) + " was " + was + " now " + sc.typeName()
                    : target + " generated as " + sc.typeName());
            }
        }
    }

    private static void put(Dataset d, String source, String target, Column c, boolean replace) {
        if (replace) {
            int pos = d.position(source);
            d.drop(source);
            c.rename(target);
            d.insert(pos, c);
        } else {
            GenerateCommand.checkNewName(d, target);
            d.add(c);
        }
        if (c instanceof DoubleColumn) {
            return;
        }
    }
}
