package org.sdl.interp.commands;

import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;

/**
 * expand [=]exp [if] [in] [, generate(newvar)]: each selected observation is there exp times
 * (rounded down; below 1 or missing counts as 1), the copies added at the end of the data as
 * Stata adds them; generate() marks the copies 1 and the originals 0.
 */
public final class ExpandCommand extends Command {
    public ExpandCommand() {
        super("expand", 6, "anything [if] [in] [, Generate(name)]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String gen = inv.args().string("generate");
        if (gen != null) {
            GenerateCommand.checkNewName(d, gen);
        }
        String text = inv.args().anything().strip();
        if (text.startsWith("=")) {
            text = text.substring(1).strip();
        }
        Node exp = ExprCompiler.compile(org.sdl.lang.Parser.expression(inv.line().withText(text)), inv.session(),
            EvalContext.whole(d.nObs()));
        if (exp.isString()) {
            throw new SdlError(109, "type mismatch: expand needs a number of copies");
        }
        boolean[] use = inv.args().touse();
        int n = d.nObs();
        int[] copies = new int[n];
        long added = 0;
        for (int i = 0; i < n; i++) {
            double v = use[i] ? exp.num(i) : 1;
            int c = Missing.isMissing(v) || v < 1 ? 1 : (int) Math.min(Integer.MAX_VALUE, Math.floor(v));
            copies[i] = c;
            added += c - 1;
        }
        if (n + added > Integer.MAX_VALUE - 8) {
            throw new SdlError(900, "no room to add " + added + " observations");
        }
        int[] rows = new int[(int) (n + added)];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        int at = n;
        for (int i = 0; i < n; i++) {
            for (int c = 1; c < copies[i]; c++) {
                rows[at++] = i;
            }
        }
        d.applyRows(rows);
        if (gen != null) {
            ByteColumn g = new ByteColumn(gen, rows.length);
            for (int i = 0; i < rows.length; i++) {
                g.set(i, i < n ? 0 : 1);
            }
            d.add(g);
        }
        inv.out().println("(" + String.format("%,d", added) + " observation" + (added == 1 ? "" : "s") + " created)");
    }
}
