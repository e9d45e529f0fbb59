package org.sdl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.sdl.stats.ml.NormalCdf;

/**
 * The fast normal CDF (Hart/West): within 1e-16 absolute (plus 1e-13 relative) of erfc for |z| &lt; 7, and in the far
 * tails within 1e-8 relative of scipy.special.ndtr (values below, computed once with Debian's
 * python3-scipy); there both Hart and Commons Math's erfc are accurate to ~1e-10 only, far below
 * what any likelihood or p-value needs.
 */
class NormalCdfTest {
    @Test
    void agreesWithErfcInTheCentralRange() {
        for (double z = -7; z <= 7; z += 0.005) {
            double ref = 0.5 * Erf.erfc(-z / Math.sqrt(2));
            assertEquals(ref, NormalCdf.cdf(z), 1e-16 + 1e-13 * ref, "z = " + z);
            double up = 0.5 * Erf.erfc(z / Math.sqrt(2));
            assertEquals(up, NormalCdf.upper(z), 1e-16 + 1e-13 * up, "upper z = " + z);
        }
    }

    @Test
    void farTailsAgreeWithScipy() {
        double[][] ref = {{-7.5, 3.1908916729108844e-14}, {-9, 1.1285884059538324e-19}, {-11.89, 6.670329259926326e-33},
            {-16.1, 1.2755229244501332e-58}, {-30, 4.906713927147908e-198}};
        for (double[] r : ref) {
            assertEquals(r[1], NormalCdf.cdf(r[0]), 1e-8 * r[1], "z = " + r[0]);
            assertEquals(r[1], NormalCdf.upper(-r[0]), 1e-8 * r[1], "upper z = " + -r[0]);
        }
    }
}
