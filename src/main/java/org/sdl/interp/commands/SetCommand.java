package org.sdl.interp.commands;

import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** set obs | seed | level | threads | processors | varabbrev | more | ... (others accepted). */
public final class SetCommand extends Command {
    public SetCommand() {
        super("set", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String[] p = inv.text().strip().split("\\s+", 2);
        String what = p[0];
        String value = p.length > 1 ? p[1].replaceAll(",.*", "").strip() : "";
        Session s = inv.session();
        switch (what) {
            case "obs": {
                long n = parseLong(value, "set obs");
                Dataset d = s.data();
                if (n < d.nObs()) {
                    throw new SdlError(198, "observation number " + n + " is less than the current "
                        + d.nObs() + "; use drop to remove observations");
                }
                if (n > Integer.MAX_VALUE - 8) {
                    throw new SdlError(900, "no room: " + n + " observations");
                }
                int old = d.nObs();
                d.setObs((int) n);
                if (n > old && d.nVars() > 0) {
                    inv.out().println("Number of observations (_N) was " + old + ", now " + n + ".");
                }
                return;
            }
            case "seed":
                s.setSeed(parseLong(value, "set seed"));
                return;
            case "level":
                double l = Double.parseDouble(value);
                if (l < 10 || l > 99.99) {
                    throw new SdlError(198, "set level: must be between 10 and 99.99");
                }
                s.settings().setLevel(l);
                return;
            case "threads": case "processors":
                s.settings().setThreads((int) parseLong(value, "set " + what));
                return;
            case "scheme":
                org.sdl.interp.commands.graph.GraphStore.setDefaultScheme(s, value);
                return;
            case "varabbrev":
                s.settings().setVarabbrev(!value.equals("off"));
                return;
            case "trace": case "tr":
                s.settings().setTrace(value.equals("on"));
                return;
            default:
                // more, linesize, type, matsize, maxvar, ... have no effect here
        }
    }

    private static long parseLong(String v, String what) {
        try {
            return (long) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new SdlError(198, what + ": number expected, not '" + v + "'");
        }
    }
}
