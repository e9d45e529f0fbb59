package org.sdl.interp.commands;

import org.sdl.interp.command.CommandRegistry;

/** Registers the estimation and post-estimation (issue 4): regress, logit, probit, ologit, oprobit, predict, test, ... commands. */
public final class EstimationCommands {
    private EstimationCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new EstimatesCommand());
        r.register(new RegressCommand());
        r.register(new org.sdl.interp.postest.PredictCommand());
        r.register(new org.sdl.interp.postest.TestCommand(false));
        r.register(new org.sdl.interp.postest.TestCommand(true));
        r.register(new org.sdl.interp.postest.LincomCommand(false));
        r.register(new org.sdl.interp.postest.LincomCommand(true));
        r.register(new org.sdl.interp.postest.EstatCommand());
        r.register(new BinaryCommand(org.sdl.stats.ml.Link.LOGIT, false));
        r.register(new BinaryCommand(org.sdl.stats.ml.Link.PROBIT, false));
        r.register(new BinaryCommand(org.sdl.stats.ml.Link.LOGIT, true));
        r.register(new BinaryCommand(org.sdl.stats.ml.Link.PROBIT, true));
    }
}
