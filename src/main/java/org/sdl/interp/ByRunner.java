package org.sdl.interp;

import org.sdl.data.Column;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.lang.SourceLine;
import org.sdl.lang.ast.CommandCall;
import org.sdl.output.StataFormat;

/** Runs a by-able command once per by-group, printing Stata's "-> var = value" headers. */
final class ByRunner {
    private ByRunner() {}

    static void run(Interpreter interp, Session session, Command cmd, String typed, String rest,
                    CommandCall call, SourceLine line, Frame frame, ByGroups by) {
        for (int g = 0; g < by.count(); g++) {
            int start = by.start(g);
            int end = by.end(g);
            session.out().println("\n" + "-".repeat(78));
            session.out().println("-> " + header(session, by, start));
            BoundArgs args = new Binder(session).bind(call, cmd.spec(), cmd.name());
            args.restrictTo(start, end);
            cmd.run(new Invocation(session, interp, frame, line, typed, rest, call, args, null));
            org.sdl.interp.command.OptionAudit.check(cmd, args);
        }
    }

    private static String header(Session session, ByGroups by, int row) {
        StringBuilder b = new StringBuilder();
        for (String v : by.vars()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            Column c = session.data().column(v);
            b.append(v).append(" = ");
            if (c instanceof StringColumn s) {
                b.append(s.get(row));
            } else {
                NumericColumn n = (NumericColumn) c;
                double x = n.get(row);
                ValueLabelSet ls = n.valueLabel() == null ? null : session.data().valueLabels().get(n.valueLabel());
                String lab = ls == null ? null : ls.get(x);
                b.append(lab != null ? lab : StataFormat.displayDefault(x));
            }
        }
        return b.toString();
    }
}
