package org.sdl.interp.commands;

import java.util.Map;
import org.sdl.interp.Frame;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.OptionSpec;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;

/**
 * The syntax statement of programs: binds `0' against a specification with the same binder the
 * built-in commands use, then sets the locals Stata sets (varlist, if, in, weight, exp, using,
 * one per option).
 */
public final class SyntaxCommand extends Command {
    public SyntaxCommand() {
        super("syntax", 6, null);
    }

    @Override
    public void run(Invocation inv) {
        Frame f = inv.frame();
        SyntaxSpec spec;
        try {
            spec = SyntaxSpec.parse(inv.text());
        } catch (RuntimeException e) {
            throw new org.sdl.interp.SdlError(197, "invalid syntax specification: " + inv.text());
        }
        String args = f.local("0");
        CommandCall call = Parser.command(inv.line().withText("syntax " + args));
        String who = f.program() == null ? "syntax" : f.program();
        BoundArgs b = new Binder(inv.session()).bind(call, spec, who);
        switch (spec.argKind()) {
            case VARLIST: case VARNAME: case NEWVARLIST: case NEWVARNAME:
                f.setLocal("varlist", String.join(" ", b.varlist()));
                break;
            case NAMELIST: case NAME:
                f.setLocal(spec.argKind() == SyntaxSpec.ArgKind.NAME ? "name" : "namelist",
                    String.join(" ", b.varlist()));
                break;
            case ANYTHING:
                f.setLocal(spec.anythingName() == null ? "anything" : spec.anythingName(), b.anything());
                break;
            default:
                break;
        }
        f.setLocal("if", b.hasIf() ? "if " + b.ifText() : "");
        f.setLocal("in", b.hasIn() ? b.inText() : "");
        f.setLocal("exp", b.weightText() != null ? "= " + b.weightText()
            : b.expText() != null ? "= " + b.expText() : "");
        f.setLocal("weight", b.weightKind() == null ? "" : b.weightKind());
        f.setLocal("using", b.using() == null ? "" : b.using());
        for (OptionSpec o : spec.options()) {
            String v = b.options().get(o.name());
            if (o.kind() == OptionSpec.Kind.FLAG) {
                f.setLocal(o.localName(), v == null ? "" : o.name());
            } else if (o.kind() == OptionSpec.Kind.PASSTHRU) {
                f.setLocal(o.localName(), v == null ? "" : o.name() + "(" + v + ")");
            } else {
                f.setLocal(o.localName(), v == null ? "" : v);
            }
        }
        if (spec.starOption()) {
            f.setLocal("options", b.rest());
        }
        for (Map.Entry<String, String> e : b.options().entrySet()) {
            if (spec.option(e.getKey()) == null) {
                f.setLocal(e.getKey(), e.getValue());
            }
        }
    }
}
