package org.sdl.interp;

/**
 * set trace on: each line a program (or a loop body) runs is shown as "  - line" and, when macro
 * expansion changed it, "  = expanded line", between "begin name" and "end name" rules, as
 * Stata's trace shows them.
 */
final class Trace {
    private static final int WIDTH = 79;

    private Trace() {}

    static void line(Output out, String raw, String expanded) {
        out.println("  - " + raw.strip());
        if (!expanded.strip().equals(raw.strip())) {
            out.println("  = " + expanded.strip());
        }
    }

    static void begin(Output out, String name) {
        out.println(rule("begin " + name));
    }

    static void end(Output out, String name) {
        out.println(rule("end " + name));
    }

    private static String rule(String label) {
        String tail = " " + label + " ---";
        return "  " + "-".repeat(Math.max(3, WIDTH - 2 - tail.length())) + tail;
    }
}
