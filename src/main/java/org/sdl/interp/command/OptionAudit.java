package org.sdl.interp.command;

import java.util.List;
import org.sdl.interp.syntax.BoundArgs;

/**
 * The option contract's run-time check: after a command has run, every option the user typed
 * must have been looked at by the command (or declared compatibility-only). Enabled by the
 * system property {@code sdl.optionAudit=true} (the test suite sets it), so every golden script
 * and conformance case also checks that no option it uses is silently ignored; off in normal
 * use, where the spec already rejects undeclared options with r(198).
 */
public final class OptionAudit {
    private static final boolean ENABLED = Boolean.getBoolean("sdl.optionAudit");

    private OptionAudit() {}

    public static boolean enabled() {
        return ENABLED;
    }

    /** Throws when the command ignored an option it accepted (a defect, not a user error). */
    public static void check(Command cmd, BoundArgs args) {
        if (!ENABLED || args == null) {
            return;
        }
        List<String> ignored = args.unconsulted();
        if (!ignored.isEmpty()) {
            throw new IllegalStateException("option contract: " + cmd.name() + " accepted option(s) "
                + String.join(", ", ignored) + " but never read them");
        }
    }
}
