package org.sdl.interp.commands;

import java.util.List;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.BinaryChoice;
import org.sdl.stats.estimators.OrderedChoice;
import org.sdl.stats.ml.Link;

/** logit, probit, ologit, oprobit: maximum likelihood through the shared driver. */
public final class BinaryCommand extends EstimationCommand {
    private final Link link;
    private final boolean ordered;

    public BinaryCommand(Link link, boolean ordered) {
        super((ordered ? "o" : "") + (link == Link.LOGIT ? "logit" : "probit"), ordered ? (link == Link.LOGIT ? 6 : 7)
            : (link == Link.LOGIT ? 4 : 5), "fweight pweight iweight",
            "ITERate(integer 300) noLOg" + (link == Link.LOGIT ? " OR" : ""));
        this.link = link;
        this.ordered = ordered;
    }

    @Override
    boolean allowsOr() {
        return link == Link.LOGIT;
    }

    @Override
    EstimationResult estimate(Design d, VceSpec vce, BoundArgs a, List<String> notes) {
        int maxIter = a.integer("iterate", 300);
        return ordered ? OrderedChoice.fit(link, d, vce, maxIter, notes) : BinaryChoice.fit(link, d, vce, maxIter, notes);
    }
}
