package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;

/**
 * generate [type] newvar[:lblname] = exp [if] [in]: a new variable, float by default (str# for
 * string expressions); observations not selected get missing. Under by, _n and _N are
 * group-relative.
 */
public final class GenerateCommand extends Command {
    public GenerateCommand() {
        super("generate", 1, "anything =exp [if] [in] [, before(varname) after(varname)]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.ONECALL;
    }

    @Override
    public void run(Invocation inv) {
        Dataset data = inv.session().data();
        List<String> words = inv.args().words();
        String typeName = null;
        String name;
        if (words.size() == 2) {
            typeName = words.get(0);
            name = words.get(1);
        } else if (words.size() == 1) {
            name = words.get(0);
        } else {
            throw new SdlError(198, "generate: syntax is generate [type] newvar = exp");
        }
        String label = null;
        if (name.contains(":")) {
            label = name.substring(name.indexOf(':') + 1);
            name = name.substring(0, name.indexOf(':'));
        }
        checkNewName(data, name);
        StorageType type = typeName == null ? null : StorageType.parse(typeName);
        if (typeName != null && type == null) {
            throw new SdlError(198, typeName + " is not a storage type (byte int long float double str# strL)");
        }
        EvalContext ctx = inv.by() != null ? inv.by().context() : EvalContext.whole(data.nObs());
        Node exp = ExprCompiler.compile(inv.args().exp(), inv.session(), ctx);
        if (type != null && type.isString() != exp.isString()) {
            throw new SdlError(109, "type mismatch: " + typeName + " variable from a "
                + (exp.isString() ? "string" : "numeric") + " expression");
        }
        boolean[] use = inv.args().touse();
        int n = data.nObs();
        int missing = 0;
        Column col;
        if (exp.isString()) {
            StringColumn s = new StringColumn(name, n);
            for (int i = 0; i < n; i++) {
                if (use[i]) {
                    s.set(i, exp.str(i));
                }
                if (s.get(i).isEmpty()) {
                    missing++;
                }
            }
            if (type == StorageType.STRL) {
                s.setStrL(true);
            } else if (typeName != null && typeName.matches("str\\d+")) {
                s.setWidth(Math.max(s.width(), Integer.parseInt(typeName.substring(3))));
            }
            col = s;
        } else {
            NumericColumn c = NumericColumn.create(type == null ? inv.session().settings().defaultNumericType() : type, name, n);
            StorageType t = c.type();
            for (int i = 0; i < n; i++) {
                double v = use[i] ? exp.num(i) : Missing.DOT;
                if (!t.holds(v)) {
                    v = Missing.DOT;
                }
                c.set(i, v);
                if (Missing.isMissing(v)) {
                    missing++;
                }
            }
            if (label != null) {
                c.setValueLabel(label);
            }
            col = c;
        }
        place(inv, data, col);
        if (missing > 0) {
            inv.out().println("(" + missing + " missing value" + (missing > 1 ? "s" : "") + " generated)");
        }
    }

    static void checkNewName(Dataset data, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
            throw new SdlError(198, name + " invalid name");
        }
        if (data.has(name)) {
            throw new SdlError(110, "variable " + name + " already defined");
        }
        if (name.equals("_n") || name.equals("_N") || name.equals("_b") || name.equals("_pi")) {
            throw new SdlError(198, name + " is a reserved name");
        }
    }

    private static void place(Invocation inv, Dataset data, Column col) {
        String before = inv.args().string("before");
        String after = inv.args().string("after");
        if (before != null) {
            data.insert(data.position(before), col);
        } else if (after != null) {
            data.insert(data.position(after) + 1, col);
        } else {
            data.add(col);
        }
    }
}
