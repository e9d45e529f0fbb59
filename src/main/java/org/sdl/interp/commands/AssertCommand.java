package org.sdl.interp.commands;

import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;

/** assert exp [if] [in] [, rc0 null fast]: r(9) unless exp is true for every selected observation. */
public final class AssertCommand extends Command {
    private static final SyntaxSpec SPEC = SyntaxSpec.parse("[=exp] [if] [in] [, rc0 NULL fast]");

    public AssertCommand() {
        super("assert", 2, null);
    }

    @Override
    public Command.ByMode byMode() {
        return Command.ByMode.ONECALL;
    }

    @Override
    public void run(Invocation inv) {
        CommandCall call = Parser.expressionCommand(inv.line());
        BoundArgs args = new Binder(inv.session()).bind(call, SPEC, "assert");
        int n = inv.session().data().nObs();
        EvalContext ctx = inv.by() != null ? inv.by().context() : EvalContext.whole(n);
        Node cond = ExprCompiler.compile(call.assigned(), inv.session(), ctx);
        if (cond.isString()) {
            throw new SdlError(109, "type mismatch: assert needs a numeric expression");
        }
        boolean[] use = args.touse();
        int failed = 0;
        if (n == 0 && !call.hasOption("null")) {
            // no observations: Stata's assert is true vacuously unless null is asked for
            return;
        }
        for (int i = 0; i < n; i++) {
            if (use[i] && cond.num(i) == 0) {
                failed++;
            }
        }
        if (failed > 0) {
            String msg = failed + " contradiction" + (failed > 1 ? "s" : "") + " in " + args.countSelected()
                + " observation" + (args.countSelected() > 1 ? "s" : "");
            inv.out().println(msg);
            if (!args.flag("rc0")) {
                throw new SdlError(9, "assertion is false");
            }
        }
    }
}
