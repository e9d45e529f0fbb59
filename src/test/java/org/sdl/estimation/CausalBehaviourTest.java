package org.sdl.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue-5 behaviour: bootstrap determinism across thread counts and bad input. */
class CausalBehaviourTest {
    private static final String PSM = ScriptHarness.data("psm-nn1-default");

    private static String bootstrapSes(int threads) {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run(PSM + "set threads " + threads + "\n"
            + "quietly psmatch wechat age male educ urban, outcome(trust) vce(bootstrap, reps(100) seed(7))\n"
            + "scalar psm = r(seatt)\n"
            + "quietly khb logit trust_hi wechat || offline, concomitant(age male educ) vce(bootstrap, reps(100) seed(7))\n"
            + "scalar khb1 = _se[Reduced:wechat]\nscalar khb3 = _se[Diff:wechat]\n");
        assertEquals(0, rc, h.stderr());
        assertTrue(h.scalar("psm") > 0 && h.scalar("khb3") > 0);
        return Double.doubleToRawLongBits(h.scalar("psm")) + ":" + Double.doubleToRawLongBits(h.scalar("khb1"))
            + ":" + Double.doubleToRawLongBits(h.scalar("khb3"));
    }

    @Test
    void bootstrapSeAreBitIdenticalWithOneAndManyThreads() {
        assertEquals(bootstrapSes(1), bootstrapSes(Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    @Test
    void treatmentNotZeroOneIs450() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run(PSM + "psmatch trust age male, outcome(offline)\n");
        assertEquals(450, rc);
        assertTrue(h.stderr().contains("trust is not a 0/1 variable"), h.stderr());
    }

    @Test
    void noControlOnSupportIs2000() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run("clear\nset obs 40\ngen t = _n > 20\ngen ps = cond(t, 0.8 + _n/1000, 0.2 + _n/1000)\n"
            + "gen y = _n\npsmatch t, outcome(y) pscore(ps) common\n");
        assertEquals(2000, rc, h.stderr());
        assertTrue(h.stderr().contains("common support"), h.stderr());
    }

    @Test
    void tooFewInstrumentsIs481() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run(ScriptHarness.data("ivregress_cgss_1iv") + "ivregress 2sls trust age (wechat urban = iv_iprc)\n");
        assertEquals(481, rc);
        assertTrue(h.stderr().contains("equation not identified"), h.stderr());
    }

    @Test
    void emptyMediatorListIs198() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run(PSM + "khb logit trust_hi wechat ||, concomitant(age)\n");
        assertEquals(198, rc);
        assertTrue(h.stderr().contains("mediator"), h.stderr());
    }
}
