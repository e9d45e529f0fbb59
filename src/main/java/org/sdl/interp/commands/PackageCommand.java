package org.sdl.interp.commands;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * ssc install pkg / net install pkg: sdl installs nothing from the network. When sdl's built-ins
 * cover the package, install prints a note saying so and succeeds (replication files begin with
 * these lines); any other package is r(199) naming it, so a script never runs on without it.
 * ssc/net subcommands other than install (describe, uninstall, from, get, ...) are r(199) too.
 */
public final class PackageCommand extends Command {
    /** Community packages whose commands sdl provides itself, with the commands each covers. */
    static final Map<String, String> BUILT_IN = Map.ofEntries(
        Map.entry("estout", "esttab, estout, eststo, estadd, estpost"),
        Map.entry("outreg2", "outreg2"),
        Map.entry("psmatch2", "psmatch2 (as psmatch), pstest"),
        Map.entry("khb", "khb"),
        Map.entry("sgmediation", "sgmediation"),
        Map.entry("reghdfe", "reghdfe"),
        Map.entry("ftools", "the helpers reghdfe needs (nothing to install)"),
        Map.entry("winsor2", "winsor2"),
        Map.entry("coefplot", "coefplot"),
        Map.entry("unique", "unique"),
        Map.entry("fre", "fre"));

    public PackageCommand(String name) {
        super(name, name.length(), null);
    }

    @Override
    public void run(Invocation inv) {
        List<String> words = Words.split(inv.text().replaceAll(",.*", "").strip());
        if (words.isEmpty()) {
            throw new SdlError(198, name() + ": subcommand required");
        }
        String sub = words.get(0);
        if (!sub.equals("install") && !sub.equals("inst")) {
            throw new SdlError(199, name() + " " + sub + " is not supported: sdl does not download packages");
        }
        if (words.size() < 2) {
            throw new SdlError(198, name() + " install: package name required");
        }
        String pkg = words.get(1).replaceAll("\\.pkg$", "").toLowerCase(Locale.ROOT);
        String covers = BUILT_IN.get(pkg);
        if (covers == null || !available(inv, pkg)) {
            throw new SdlError(199, name() + " install " + pkg + ": package " + pkg
                + " is not available in sdl, and sdl does not download packages");
        }
        inv.out().println("note: " + pkg + " is built into sdl (" + covers + "); nothing to install");
    }

    /** A package counts as built in only when its main command is registered in this build. */
    private static boolean available(Invocation inv, String pkg) {
        String main = switch (pkg) {
            case "estout" -> "esttab";
            case "psmatch2" -> "psmatch";
            case "ftools" -> "reghdfe";
            default -> pkg;
        };
        return inv.interpreter().registry().lookup(main) != null;
    }
}
