package org.sdl.interp.commands;

import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** set obs | seed | level | threads | processors | varabbrev | scheme, and the no-op settings in NO_OP. */
public final class SetCommand extends Command {
    /**
     * Settings accepted without effect: paging and screen (more, pagesize, linesize, rmsg,
     * output, trace...), memory and size limits sdl does not have (matsize, maxvar, memory,
     * niceness...), interface and network settings, and result-display defaults (cformat...).
     */
    static final java.util.Set<String> NO_OP = java.util.Set.of("more", "pagesize", "linesize",
        "rmsg", "tracedepth", "traceexpand", "tracesep", "traceindent", "tracenumber",
        "tracehilite", "matsize", "maxvar", "mem", "memory", "min_memory", "max_memory", "niceness",
        "segmentsize", "maxiter", "emptycells", "graphics", "logtype", "output", "cformat",
        "pformat", "sformat", "showbaselevels", "showemptycells", "showomitted", "fvlabel",
        "autotabgraphs", "dockable", "locksplitters", "notifyuser", "playsnd", "reventries",
        "update_query", "checksum", "timeout1", "timeout2", "httpproxy", "charset", "dp",
        "adosize", "copycolor", "printcolor", "lstretch", "fvwrap", "fvwrapon", "iterlog",
        "varkeyboard", "odbcmgr", "haverdir", "doublebuffer", "smoothfonts", "include_bitmap",
        "maxdb", "maxvlabellen", "pinnable", "revkeyboard", "searchdefault");

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
            case "type":
                if (!value.equals("float") && !value.equals("double")) {
                    throw new SdlError(198, "set type: float or double expected, not '" + value + "'");
                }
                s.settings().setDoubleDefault(value.equals("double"));
                return;
            case "varabbrev":
                s.settings().setVarabbrev(!value.equals("off"));
                return;
            case "trace": case "tr":
                s.settings().setTrace(value.equals("on"));
                return;
            default:
                if (!NO_OP.contains(what)) {
                    throw new SdlError(198, "set " + what + ": unrecognized setting");
                }
                // the settings in NO_OP govern Stata's screen, memory or limits, which sdl does
                // not have (docs/commands/set.md lists them)
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
