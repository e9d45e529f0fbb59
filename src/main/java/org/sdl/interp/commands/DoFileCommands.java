package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/**
 * Commands real replication do-files call around the analysis: mata (r(199)), ssc/net install,
 * cls, copy, saveold, file, postfile/post/postclose, svmat, matlist, unique, fre, table.
 */
public final class DoFileCommands {
    private DoFileCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new MataCommand());
        r.register(new PackageCommand("ssc"));
        r.register(new PackageCommand("net"));
        r.register(new ClsCommand());
    }
}
