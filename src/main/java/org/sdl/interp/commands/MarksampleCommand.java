package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.Frame;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;

/**
 * marksample name [, novarlist strok]: a temporary 0/1 variable marking observations selected by
 * the program's if/in that have no missing values in its varlist (and weight).
 */
public final class MarksampleCommand extends Command {
    public MarksampleCommand() {
        super("marksample", 10, null);
    }

    @Override
    public void run(Invocation inv) {
        Frame f = inv.frame();
        String text = inv.text();
        String opts = text.contains(",") ? text.substring(text.indexOf(',') + 1) : "";
        String name = (text.contains(",") ? text.substring(0, text.indexOf(',')) : text).strip();
        if (name.isEmpty()) {
            throw new SdlError(198, "marksample: name required");
        }
        boolean novarlist = opts.contains("novar");
        boolean strok = opts.contains("strok");
        Dataset data = inv.session().data();
        String qual = (f.local("if") + " " + f.local("in")).strip();
        CommandCall call = Parser.command(inv.line().withText("marksample " + qual));
        BoundArgs b = new Binder(inv.session()).bind(call, SyntaxSpec.parse("[if] [in]"), "marksample");
        boolean[] use = b.touse();
        List<Column> check = new ArrayList<>();
        if (!novarlist) {
            for (String v : Words.split(f.local("varlist"))) {
                Column c = data.column(v);
                if (c != null) {
                    if (c.isString() && !strok) {
                        continue;
                    }
                    check.add(c);
                }
            }
        }
        String exp = f.local("exp").replaceFirst("^=\\s*", "");
        if (!exp.isEmpty() && data.has(exp.strip())) {
            check.add(data.column(exp.strip()));
        }
        String tmp = inv.session().nextTempName();
        ByteColumn col = new ByteColumn(tmp, data.nObs());
        for (int i = 0; i < data.nObs(); i++) {
            boolean ok = use[i];
            for (int k = 0; ok && k < check.size(); k++) {
                Column c = check.get(k);
                ok = c instanceof StringColumn s ? !s.get(i).isEmpty()
                    : !Missing.isMissing(((NumericColumn) c).get(i));
            }
            col.set(i, ok ? 1 : 0);
        }
        data.add(col);
        f.tempvars().add(tmp);
        f.setLocal(name, tmp);
    }
}
