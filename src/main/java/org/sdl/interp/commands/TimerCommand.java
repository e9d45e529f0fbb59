package org.sdl.interp.commands;

import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/** timer clear [#] | on # | off # | list [#]: wall-clock timers 1-100, results in r(t#). */
public final class TimerCommand extends Command {
    public TimerCommand() {
        super("timer", 5, null);
    }

    @Override
    public void run(Invocation inv) {
        String[] p = inv.text().strip().split("\\s+");
        String sub = p[0];
        Map<Integer, double[]> timers = inv.session().timers();
        Integer n = p.length > 1 ? Integer.valueOf(p[1]) : null;
        switch (sub) {
            case "clear":
                if (n == null) {
                    timers.clear();
                } else {
                    timers.remove(n);
                }
                return;
            case "on":
                need(n);
                timers.computeIfAbsent(n, k -> new double[3])[1] = System.nanoTime() / 1e9;
                return;
            case "off": {
                need(n);
                double[] t = timers.computeIfAbsent(n, k -> new double[3]);
                t[0] += System.nanoTime() / 1e9 - t[1];
                t[2]++;
                return;
            }
            case "list":
                for (Map.Entry<Integer, double[]> e : new java.util.TreeMap<>(timers).entrySet()) {
                    if (n != null && !n.equals(e.getKey())) {
                        continue;
                    }
                    double[] t = e.getValue();
                    inv.out().println(String.format("%4d: %8.2f /%8d = %10.4f", e.getKey(), t[0], (long) t[2],
                        t[2] == 0 ? 0 : t[0] / t[2]));
                    inv.session().r().scalar("t" + e.getKey(), Math.round(t[0] * 1000) / 1000.0);
                    inv.session().r().scalar("nt" + e.getKey(), t[2]);
                }
                return;
            default:
                throw new SdlError(198, "timer: use clear, on, off or list");
        }
    }

    private static void need(Integer n) {
        if (n == null || n < 1 || n > 100) {
            throw new SdlError(198, "timer number between 1 and 100 required");
        }
    }
}
