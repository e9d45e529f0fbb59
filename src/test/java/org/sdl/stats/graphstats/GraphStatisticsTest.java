package org.sdl.stats.graphstats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sdl.data.DataException;
import org.sdl.stats.graphstats.HistogramBins.Scale;
import org.sdl.stats.graphstats.HistogramBins.Spec;

/** The numbers behind the statistical graphs, against values worked by hand or computed with R 4 here. */
class GraphStatisticsTest {
    private static final double[] TEN = {1, 2, 2, 3, 4, 5, 5, 5, 6, 10};

    // ---------------------------------------------------------------- histogram

    @Test
    void defaultBinsAreStatasTruncatedRule() {
        // k = int(min(sqrt(N), 10 log10 N)); Stata's manual: histogram mpg (N = 74) reports bin=8
        assertEquals(8, HistogramBins.defaultBins(74));
        assertEquals(3, HistogramBins.defaultBins(10));      // sqrt(10) = 3.16
        assertEquals(33, HistogramBins.defaultBins(2292));   // 10 log10(2292) = 33.6 < sqrt = 47.9
        assertEquals(1, HistogramBins.defaultBins(1));
    }

    @Test
    void histogramEdgesAndHeightsWorkedByHand() {
        // N = 10 -> 3 bins of width (10-1)/3 = 3: [1,4) holds 1 2 2 3, [4,7) holds 4 5 5 5 6, [7,10] holds 10
        HistogramBins b = HistogramBins.of(TEN, null, Spec.defaults());
        assertEquals(3, b.bins());
        assertEquals(1, b.start());
        assertEquals(3, b.width(), 1e-15);
        assertArrayEquals(new double[] {1, 4, 7, 10}, b.edges(), 1e-12);
        assertArrayEquals(new double[] {2.5, 5.5, 8.5}, b.centers(), 1e-12);
        assertArrayEquals(new double[] {4, 5, 1}, b.heights(Scale.FREQUENCY), 0);
        assertArrayEquals(new double[] {40, 50, 10}, b.heights(Scale.PERCENT), 1e-12);
        assertArrayEquals(new double[] {.4, .5, .1}, b.heights(Scale.FRACTION), 1e-15);
        // density = count / (N width): 4/30, 5/30, 1/30
        assertArrayEquals(new double[] {4 / 30.0, 5 / 30.0, 1 / 30.0}, b.heights(Scale.DENSITY), 1e-15);
        assertEquals(30, b.area(Scale.FREQUENCY), 1e-12);
    }

    @Test
    void histogramWidthAndStart() {
        // start(0) width(2.5): ceil(10/2.5) = 4 bins [0,2.5) 1 2 2 | [2.5,5) 3 4 | [5,7.5) 5 5 5 6 | [7.5,10] 10
        HistogramBins b = HistogramBins.of(TEN, null, new Spec(null, 2.5, 0.0, false));
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, b.edges(), 1e-12);
        assertArrayEquals(new double[] {3, 2, 4, 1}, b.heights(Scale.FREQUENCY), 0);
        // bin(2): width 4.5, [1,5.5) holds 8 values
        HistogramBins two = HistogramBins.of(TEN, null, new Spec(2, null, null, false));
        assertArrayEquals(new double[] {8, 2}, two.heights(Scale.FREQUENCY), 0);
        assertThrows(DataException.class, () -> HistogramBins.of(TEN, null, new Spec(null, null, 2.0, false)));
        assertThrows(DataException.class, () -> HistogramBins.of(TEN, null, new Spec(2, 1.0, null, false)));
    }

    @Test
    void discreteBarsAreCentredOnTheValues() {
        // gap 1, lower limit 0.5, int((4-0.5)/1 + .5) = 4 bars centred on 1 2 3 4
        HistogramBins b = HistogramBins.of(new double[] {1, 1, 2, 4, 4, 4}, null, new Spec(null, null, null, true));
        assertArrayEquals(new double[] {1, 2, 3, 4}, b.centers(), 1e-12);
        assertArrayEquals(new double[] {2, 1, 0, 3}, b.heights(Scale.FREQUENCY), 0);
        assertArrayEquals(new double[] {2 / 6.0, 1 / 6.0, 0, 3 / 6.0}, b.heights(Scale.DENSITY), 1e-15);
        // values 0, 0.5, 2: smallest gap 0.5, bars at 0, 0.5, ..., 2
        HistogramBins h = HistogramBins.of(new double[] {0, 0.5, 2}, null, new Spec(null, null, null, true));
        assertEquals(0.5, h.width());
        assertEquals(5, h.bins());
    }

    @Test
    void frequencyWeightsCountInNAndBins() {
        // fw 2 1 1: N = 4 -> 2 bins of width 1; [1,2) holds weight 2, [2,3] weight 2
        HistogramBins b = HistogramBins.of(new double[] {1, 2, 3}, new double[] {2, 1, 1}, Spec.defaults());
        assertEquals(2, b.bins());
        assertEquals(4, b.total());
        assertArrayEquals(new double[] {.5, .5}, b.heights(Scale.DENSITY), 1e-15);
    }

    @Test
    void noObservationsIs2000() {
        DataException e = assertThrows(DataException.class, () -> HistogramBins.of(new double[0], null, Spec.defaults()));
        assertEquals(2000, e.code());
    }

    // ---------------------------------------------------------------- kernel density

    private static final double[] KX = {1, 2, 2.5, 4, 7, 7.5, 9, 12};
    private static final double[] AT = {0, 2, 5, 8.125, 11};
    // Stata's default: sd = 3.86143940593586 (R's sd()); IQR by Stata's rule = (7.5+9)/2 - (2+2.5)/2 = 6,
    // 6/1.349 = 4.448 > sd, so h = 0.9 sd / 8^0.2 (R: 2.29283992939615)
    private static final double KH = 2.29283992939615;

    @Test
    void defaultBandwidthIsStatas() {
        assertEquals(KH, KernelDensity.defaultBandwidth(KX, null, false), 1e-13);
        // IQR branch: {1,2,3,4,5,100}: p25 = x(2) = 2, p75 = x(5) = 5, IQR/1.349 = 2.224 < sd = 39.6
        assertEquals(0.9 * (3 / 1.349) / Math.pow(6, 0.2),
            KernelDensity.defaultBandwidth(new double[] {1, 2, 3, 4, 5, 100}, null, false), 1e-13);
        // fweights 1..8: the expanded data (N = 36) in R: sd 3.40410000226151, quartiles 4 and 9 -> 1.49618163327331
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals(1.49618163327331, KernelDensity.defaultBandwidth(KX, w, true), 1e-12);
    }

    @Test
    void epanechnikovMatchesR() {
        // R: density(x, bw = h, kernel = "epanechnikov"): R scales every kernel to sd = bw, and Stata's
        // epanechnikov has variance 1 (support sqrt(5)), so the bandwidths are the same number.
        // Exact sums in R: sum(0.75 (1 - u^2/5)/sqrt(5) [|u| < sqrt 5]) / (n h)
        double[] exact = {0.0541863106434799, 0.0703850800153874, 0.0873042540193768, 0.0674611473503501,
            0.0500123695900438};
        assertArrayEquals(exact, KernelDensity.estimate(KX, null, Kernel.EPANECHNIKOV, KH, AT), 1e-14);
        // R's density() itself (linearly binned on 65537 points, interpolated): agreement to 1e-6 relative
        double[] rDensity = {0.05418645508, 0.07038524036, 0.08730456417, 0.06746133006, 0.05001254589};
        assertArrayEquals(rDensity, KernelDensity.estimate(KX, null, Kernel.EPANECHNIKOV, KH, AT), 1e-6);
    }

    @Test
    void otherKernelsMatchRWithTheVarianceScaling() {
        // Stata kernel of variance s^2 with bandwidth h == R's same-shaped kernel with bw = h s
        double tol = 2e-6;   // R's binning error
        assertArrayEquals(new double[] {0.0517135707949518, 0.081080240770565, 0.077592479927254, 0.0718470451918365,
            0.0464150079157576}, KernelDensity.estimate(KX, null, Kernel.GAUSSIAN, KH, AT), 1e-14);
        // Exact sums in R of R's own kernel definitions (density.R: each kernel has sd = bw) at
        // bw = h s; R's binned density() agrees with these to about 1e-5.
        // biweight: variance 1/7 -> bw = h/sqrt(7)
        assertArrayEquals(new double[] {0.0364378735146055, 0.133912799775929, 0.0364378735146055, 0.110567648574497,
            0.0364378735146055}, KernelDensity.estimate(KX, null, Kernel.BIWEIGHT, KH, AT), 1e-14);
        // triangle: variance 1/6
        assertArrayEquals(new double[] {0.0377031859759784, 0.134849622376879, 0.0377031859759784, 0.101137216782659,
            0.0377031859759784}, KernelDensity.estimate(KX, null, Kernel.TRIANGLE, KH, AT), 1e-14);
        // epan2: variance 1/5 (R's epanechnikov at bw = h/sqrt(5))
        assertArrayEquals(new double[] {0.0428879151579127, 0.122719810037001, 0.0428879151579127, 0.103827903688784,
            0.0428879151579127}, KernelDensity.estimate(KX, null, Kernel.EPAN2, KH, AT), 1e-14);
        // rectangle: variance 1/3
        assertArrayEquals(new double[] {0.0545175432429426, 0.109035086485885, 0.0545175432429426, 0.0817763148644139,
            0.0545175432429426}, KernelDensity.estimate(KX, null, Kernel.RECTANGLE, KH, AT), 1e-14);
        // cosine 1 + cos(2 pi u) on |u| < 1/2 is R's cosine stretched to half-width h/2: bw = (h/2) sqrt(1/3 - 2/pi^2)
        assertArrayEquals(new double[] {0.00432996807205131, 0.178746741154329, 0.00432996807205131, 0.0612976113840082,
            0.00432996807205131}, KernelDensity.estimate(KX, null, Kernel.COSINE, KH, AT), 1e-14);
        // and R's binned density() for the biweight, for the record
        assertArrayEquals(new double[] {0.03643813612, 0.1339130963, 0.0364381364, 0.1105679413, 0.03643813624},
            KernelDensity.estimate(KX, null, Kernel.BIWEIGHT, KH, AT), tol);
    }

    @Test
    void parzenWorkedByHand() {
        // x = 1, 2, 2.5; h = 1; at 2: u = 1 -> 0, u = 0 -> 4/3, u = -0.5 -> 4/3 - 2 + 1 = 1/3; f = (5/3)/3
        double[] f = KernelDensity.estimate(new double[] {1, 2, 2.5}, null, Kernel.PARZEN, 1, new double[] {2});
        assertEquals(5.0 / 9, f[0], 1e-15);
    }

    @Test
    void weightedEstimateMatchesR() {
        // R: density(x, weights = w/sum(w), bw = h, kernel = "epanechnikov")
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(new double[] {0.02645141559, 0.03888485362, 0.07880212357, 0.09064409162, 0.07635628231},
            KernelDensity.estimate(KX, w, Kernel.EPANECHNIKOV, KH, AT), 1e-6);
    }

    @Test
    void binnedPathAgreesWithExactSums() {
        // 200,000 pseudo-random values: the binned path (N n above the exact limit) against exact sums
        int n = 200_000;
        double[] x = new double[n];
        java.util.Random r = new java.util.Random(12);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian() + (i % 3 == 0 ? 3 : 0);
        }
        double h = KernelDensity.defaultBandwidth(x, null, false);
        double[] at = KernelDensity.range(-3, 6, 41);
        for (Kernel k : new Kernel[] {Kernel.EPANECHNIKOV, Kernel.GAUSSIAN, Kernel.BIWEIGHT, Kernel.TRIANGLE}) {
            double[] exact = KernelDensity.exact(x, null, k, h, at);
            double[] binned = KernelDensity.binned(x, null, k, h, at);
            for (int j = 0; j < at.length; j++) {
                assertEquals(exact[j], binned[j], 5e-6 * Math.max(exact[j], 1e-3), k + " at " + at[j]);
            }
        }
    }

    @Test
    void statasGridRunsFromMinMinusHToMaxPlusH() {
        double[] g = KernelDensity.statsGrid(1, 12, 0.5, 5);
        assertArrayEquals(new double[] {0.5, 3.5, 6.5, 9.5, 12.5}, g, 1e-12);
    }

    @Test
    void kernelNamesAcceptStatasAbbreviations() {
        assertEquals(Kernel.EPANECHNIKOV, Kernel.fromName("ep"));
        assertEquals(Kernel.EPAN2, Kernel.fromName("epan2"));
        assertEquals(Kernel.GAUSSIAN, Kernel.fromName("gau"));
        assertNull(Kernel.fromName("ga"));
        assertNull(Kernel.fromName("tricube"));
    }

    // ---------------------------------------------------------------- lowess

    private static final double[] LX = {1, 2, 3, 4, 5};
    private static final double[] LY = {1, 3, 2, 5, 4};

    @Test
    void lowessNoweightMeanAndLineWorkedByHand() {
        // bwidth .9, N = 5: k = floor((4.5 - .5)/2) = 2; windows 1-3, 1-4, 1-5, 2-5, 3-5
        assertArrayEquals(new double[] {2, 2.75, 3, 3.5, 11.0 / 3},
            Lowess.smooth(LX, LY, 0.9, true, true), 1e-14);
        // running lines (OLS in each window, evaluated at x_i): 1.5, 2.2, 3, 3.8, 14/3
        assertArrayEquals(new double[] {1.5, 2.2, 3, 3.8, 14.0 / 3},
            Lowess.smooth(LX, LY, 0.9, false, true), 1e-14);
    }

    @Test
    void lowessTricubeWorkedByHand() {
        // bwidth .9, observation 3: window 1-5, D = 1.0001 * 2; weights 1 at distance 0,
        // a = (1 - (1/2.0002)^3)^3 at distance 1, e = (1 - (2/2.0002)^3)^3 at distance 2. The window is
        // symmetric about x = 3, so the line's prediction there is the weighted mean of y.
        double a = Math.pow(1 - Math.pow(1 / 2.0002, 3), 3);
        double e = Math.pow(1 - Math.pow(2 / 2.0002, 3), 3);
        double expected = (2 + a * (3 + 5) + e * (1 + 4)) / (1 + 2 * a + 2 * e);
        double[] s = Lowess.smooth(LX, LY, 0.9, false, false);
        assertEquals(expected, s[2], 1e-14);
        // default bwidth .8: k = floor((4 - .5)/2) = 1; end windows of 2 points are fitted exactly
        double[] d = Lowess.smooth(LX, LY, 0.8, false, false);
        assertEquals(1, d[0], 1e-9);
        assertEquals(4, d[4], 1e-9);
        // results are aligned with unsorted input
        double[] s2 = Lowess.smooth(new double[] {5, 3, 1, 4, 2}, new double[] {4, 2, 1, 5, 3}, 0.9, true, true);
        assertArrayEquals(new double[] {11.0 / 3, 3, 2, 3.5, 2.75}, s2, 1e-14);
    }

    // ---------------------------------------------------------------- lfit / qfit and their bands

    private static final double[] FX = {1, 2, 3, 4, 5, 6};
    private static final double[] FY = {2.1, 3.9, 6.2, 7.8, 10.1, 12.5};

    @Test
    void lfitciBandIsStdpTimesTQuantile() {
        // R: predict(lm(y ~ x), newdata, se.fit = TRUE, interval = "confidence")
        PolynomialFit f = PolynomialFit.fit(FX, FY, null, false, 1);
        double[] at = {0, 3.5, 7};
        double[] fit = {-0.120000000000005, 7.1, 14.32};
        double[] se = {0.223649385465393, 0.0980767435177557, 0.223649385465393};
        double[] lower = {-0.740950241555889, 6.82769530552638, 13.6990497584441};
        double t = f.criticalValue(95);
        assertEquals(4, f.df());
        for (int i = 0; i < 3; i++) {
            assertEquals(fit[i], f.predict(at[i]), 1e-12);
            assertEquals(se[i], f.stdp(at[i]), 1e-12);
            assertEquals(lower[i], f.predict(at[i]) - t * f.stdp(at[i]), 1e-11);
        }
        // stdf: R's interval = "prediction"
        assertEquals(-1.03130581161459, f.predict(0) - t * f.stdf(0), 1e-11);
        assertEquals(15.2313058116146, f.predict(7) + t * f.stdf(7), 1e-11);
    }

    @Test
    void qfitciMatchesR() {
        PolynomialFit q = PolynomialFit.fit(FX, FY, null, false, 2);
        assertArrayEquals(new double[] {0.379999999999996, 1.68785714285714, 0.0535714285714286}, q.coefficients(), 1e-11);
        assertEquals(6.94375, q.predict(3.5), 1e-12);
        assertEquals(0.127552801858308, q.stdp(3.5), 1e-12);
        assertEquals(-0.474896008078348, q.predict(0) - q.criticalValue(90) * q.stdp(0), 1e-11);
    }

    @Test
    void fitSurvivesLargeXValues() {
        // R: coef(lm(y ~ x)) with x around one million: -1100000 and 1.1
        PolynomialFit f = PolynomialFit.fit(new double[] {1000001, 1000002, 1000003, 1000004},
            new double[] {1, 3, 2, 5}, null, false, 1);
        assertEquals(1.1, f.coefficients()[1], 1e-9);
        assertEquals(-1100000, f.coefficients()[0], 1e-3);
        assertNull(PolynomialFit.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}, null, false, 1));
    }

    // ---------------------------------------------------------------- bar, box, qnorm/pnorm

    @Test
    void barStatisticsByGroupWorkedByHand() {
        double[] y = {1, 2, 3, 4, 10};
        int[] g = {0, 0, 1, 1, 1};
        assertArrayEquals(new double[] {1.5, 17.0 / 3}, GroupStatistic.compute("mean", y, null, false, g, 2), 1e-14);
        assertArrayEquals(new double[] {1.5, 4}, GroupStatistic.compute("median", y, null, false, g, 2), 0);
        assertArrayEquals(new double[] {40, 60}, GroupStatistic.compute("percent", y, null, false, g, 2), 1e-12);
        assertArrayEquals(new double[] {2, 3}, GroupStatistic.compute("count", y, null, false, g, 2), 0);
        assertArrayEquals(new double[] {3, 17}, GroupStatistic.compute("sum", y, null, false, g, 2), 0);
        // sd of {3, 4, 10}: squared deviations 64/9 + 25/9 + 169/9 = 258/9, / 2
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(258 / 18.0)},
            GroupStatistic.compute("sd", y, null, false, g, 2), 1e-14);
        // p25 of {3,4,10}: 3 x .25 = .75 < 1 -> x(1)
        assertArrayEquals(new double[] {1, 3}, GroupStatistic.compute("p25", y, null, false, g, 2), 0);
        assertArrayEquals(new double[] {1, 3}, GroupStatistic.compute("min", y, null, false, g, 2), 0);
        assertArrayEquals(new double[] {2, 10}, GroupStatistic.compute("max", y, null, false, g, 2), 0);
        // fweights 3 1 | 1 1 1: mean (3+2)/4, count 4 and 3, percent 4/7 and 3/7
        double[] w = {3, 1, 1, 1, 1};
        assertArrayEquals(new double[] {1.25, 17.0 / 3}, GroupStatistic.compute("mean", y, w, true, g, 2), 1e-14);
        assertArrayEquals(new double[] {400 / 7.0, 300 / 7.0}, GroupStatistic.compute("percent", y, w, true, g, 2), 1e-12);
    }

    @Test
    void boxWhiskersAreAdjacentValues() {
        // p25 = x(3) = 3 (10 x .25 = 2.5), median (x5 + x6)/2 = 5.5, p75 = x(8) = 8; IQR 5;
        // fences -4.5 and 15.5: adjacent values 1 and 9, 30 is outside
        BoxStatistics b = BoxStatistics.of(new double[] {30, 1, 2, 3, 4, 5, 6, 7, 8, 9}, null);
        assertEquals(3, b.p25());
        assertEquals(5.5, b.median());
        assertEquals(8, b.p75());
        assertEquals(1, b.lowerAdjacent());
        assertEquals(9, b.upperAdjacent());
        assertArrayEquals(new double[] {30}, b.outside(), 0);
    }

    @Test
    void qnormAndPnormUseIOverNPlusOne() {
        NormalProbability.Points p = NormalProbability.of(new double[] {3, 1, 2});
        assertArrayEquals(new double[] {.25, .5, .75}, p.positions(), 0);
        // mean 2, sd 1; invnormal(.25) = -0.6744897501960817
        assertArrayEquals(new double[] {2 - 0.6744897501960817, 2, 2 + 0.6744897501960817}, p.normalQuantiles(), 1e-12);
        // normal(-1) = 0.15865525393145707
        assertArrayEquals(new double[] {0.15865525393145707, .5, 1 - 0.15865525393145707}, p.normalProbabilities(), 1e-12);
    }
}
