package org.sdl.interp.commands;

import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;

/**
 * replace oldvar = exp [if] [in]: changes values observation by observation, so x[_n-1] sees
 * values replaced earlier (Stata's carry-forward idiom). A numeric variable is promoted to a
 * wider type when a new value does not fit (as Stata reports "x was byte now int").
 */
public final class ReplaceCommand extends Command {
    public ReplaceCommand() {
        super("replace", 7, "varname =exp [if] [in] [, nopromote]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.ONECALL;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        String name = inv.args().varlist().get(0);
        if (!data.has(inv.args().words().get(0))) {
            // Stata does not allow abbreviations for replace's target
            throw new SdlError(111, "variable " + inv.args().words().get(0) + " not found"
                + new VariableMatcher(data).suggestion(inv.args().words().get(0)));
        }
        EvalContext ctx = inv.by() != null ? inv.by().context() : EvalContext.whole(data.nObs());
        boolean[] use = inv.args().touse();
        int n = data.nObs();
        int changes = 0;
        int toMissing = 0;
        if (data.column(name) instanceof StringColumn s) {
            Node exp = ExprCompiler.compile(inv.args().exp(), inv.session(), ctx);
            if (!exp.isString()) {
                throw new SdlError(109, "type mismatch: " + name + " is a string variable");
            }
            for (int i = 0; i < n; i++) {
                if (use[i]) {
                    String v = exp.str(i);
                    if (!v.equals(s.get(i))) {
                        s.set(i, v);
                        changes++;
                    }
                }
            }
        } else {
            NumericColumn orig = (NumericColumn) data.column(name);
            DoubleColumn work = (DoubleColumn) orig.convertTo(StorageType.DOUBLE);
            data.replace(work);
            StorageType type = orig.type();
            try {
                Node exp = ExprCompiler.compile(inv.args().exp(), inv.session(), ctx);
                if (exp.isString()) {
                    throw new SdlError(109, "type mismatch: " + name + " is numeric");
                }
                for (int i = 0; i < n; i++) {
                    if (use[i]) {
                        double v = exp.num(i);
                        double old = work.get(i);
                        if (Double.compare(v, old) != 0) {
                            work.set(i, v);
                            changes++;
                            if (Missing.isMissing(v)) {
                                toMissing++;
                            }
                            if (!type.holds(v)) {
                                type = type.promoteFor(v);
                            }
                        }
                    }
                }
            } finally {
                NumericColumn back = type == StorageType.DOUBLE ? work : work.convertTo(type);
                data.replace(back);
            }
            if (type != orig.type()) {
                inv.out().println("variable " + name + " was " + orig.typeName() + " now " + type.name().toLowerCase());
            }
        }
        data.touched(name);
        // Stata's wording, including how many of the changes set a missing value
        inv.out().println(changes == 0 ? "(0 real changes made)"
            : "(" + changes + " real change" + (changes > 1 ? "s" : "") + " made"
                + (toMissing > 0 ? ", " + toMissing + " to missing" : "") + ")");
    }
}
