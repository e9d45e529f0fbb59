package org.sdl.estimation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sdl.stats.EstimationResult;

/** Issue-4 behaviour: predictions, determinism across threads, and bad input. */
class EstimationBehaviourTest {
    private static final String CGSS = ScriptHarness.data("oprobit_cgss_robust");

    @Test
    void orderedProbabilitiesSumToOne() {
        ScriptHarness h = new ScriptHarness();
        assertEquals(0, h.run(CGSS + "quietly oprobit trust wechat age male educ\n"
            + "predict double p1 p2 p3 p4 p5\n"
            + "gen double s = p1 + p2 + p3 + p4 + p5\n"
            + "summarize s\nscalar lo = r(min)\nscalar hi = r(max)\nscalar n = r(N)\n"), h.stderr());
        assertEquals(1.0, h.scalar("lo"), 1e-12);
        assertEquals(1.0, h.scalar("hi"), 1e-12);
        assertEquals(12000, h.scalar("n"));
    }

    @Test
    void predictXbMatchesXb() {
        ScriptHarness h = new ScriptHarness();
        assertEquals(0, h.run(CGSS + "quietly regress trust wechat c.age##c.educ i.male\n"
            + "predict double xb, xb\n"
            + "gen double hand = _b[_cons] + _b[wechat]*wechat + _b[age]*age + _b[educ]*educ "
            + "+ _b[c.age#c.educ]*age*educ + _b[1.male]*(male==1)\n"
            + "gen double d = abs(xb - hand)\nsummarize d\nscalar mx = r(max)\n"), h.stderr());
        assertTrue(h.scalar("mx") < 1e-10, "max |xb - Xb| = " + h.scalar("mx"));
    }

    @Test
    void clusterAndBootstrapIdenticalAcrossThreadCounts() {
        String[] se = new String[2];
        for (int t = 0; t < 2; t++) {
            ScriptHarness h = new ScriptHarness();
            int threads = t == 0 ? 1 : Math.max(2, Runtime.getRuntime().availableProcessors());
            assertEquals(0, h.run(CGSS + "set threads " + threads + "\n"
                + "quietly regress trust wechat age male, vce(cluster province)\n"
                + "scalar c1 = _se[wechat]\n"
                + "quietly probit wechat age male educ, vce(bootstrap, reps(200) seed(1))\n"
                + "scalar b1 = _se[age]\nscalar b2 = _se[_cons]\n"), h.stderr());
            se[t] = Double.doubleToRawLongBits(h.scalar("c1")) + ":" + Double.doubleToRawLongBits(h.scalar("b1"))
                + ":" + Double.doubleToRawLongBits(h.scalar("b2"));
            assertTrue(h.scalar("b1") > 0);
        }
        assertEquals(se[0], se[1]);
    }

    @Test
    void stringDepvarIs109() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run("clear\nset obs 10\ngen str5 s = \"a\"\ngen x = _n\nregress s x\n");
        assertEquals(109, rc);
        assertTrue(h.stderr().contains("test.sdl:5:"), h.stderr());
    }

    @Test
    void constantOutcomeIs2000() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run("clear\nset obs 50\ngen x = _n\ngen y = 1\nlogit y x\n");
        assertEquals(2000, rc);
        assertTrue(h.stderr().contains("outcome does not vary"), h.stderr());
    }

    @Test
    void allMissingIs2000() {
        ScriptHarness h = new ScriptHarness();
        int rc = h.run("clear\nset obs 20\ngen x = _n\ngen y = .\nregress y x\n");
        assertEquals(2000, rc);
        assertTrue(h.stderr().contains("no observations"), h.stderr());
    }

    @Test
    void collinearRegressorIsOmittedWithANote() {
        ScriptHarness h = new ScriptHarness();
        assertEquals(0, h.run("clear\nset obs 30\ngen x1 = _n\ngen x2 = mod(_n, 7)\ngen x3 = x1 + x2\n"
            + "gen y = x1 - x2 + mod(_n*13, 5)\nregress y x1 x2 x3\n"), h.stderr());
        assertTrue(h.stdout().contains("note: x3 omitted because of collinearity."), h.stdout());
        EstimationResult e = h.engine.session().e();
        assertTrue(e.omitted(e.indexOf("o.x3")));
    }

    @Test
    void nonConvergencePostsResultsWithConvergedZero() {
        ScriptHarness h = new ScriptHarness();
        assertEquals(0, h.run(CGSS + "probit wechat age male educ urban, iterate(1)\n"), h.stderr());
        EstimationResult e = h.engine.session().e();
        assertEquals(0.0, e.scalar("converged"));
        assertTrue(h.stdout().contains("convergence not achieved"), h.stdout());
    }
}
