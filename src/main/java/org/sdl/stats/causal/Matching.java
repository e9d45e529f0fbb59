package org.sdl.stats.causal;

import java.util.Arrays;
import org.sdl.data.DoubleKeySort;
import org.sdl.data.SortedArrays;

/**
 * Propensity-score matching of "treated" to "controls" (for ATU the roles are swapped), with
 * psmatch2's rules: controls sorted by (score, original order); nearest neighbour = the first
 * control in that order among those at the minimal distance, accepted when distance &lt; caliper;
 * k neighbours expand left/right from it; kernel weights within the bandwidth. Sorted scores and
 * binary search make it O(n log n) plus the matches themselves; never all pairs.
 */
public final class Matching {
    /** Per-observation outputs, indexed like the inputs. */
    public static final class Result {
        public final double[] weight;
        public final double[] matchedY;
        public final boolean[] support;
        public final int[][] matches;
        public final double[] pdif;

        Result(int n) {
            weight = new double[n];
            matchedY = new double[n];
            support = new boolean[n];
            matches = new int[n][];
            pdif = new double[n];
            Arrays.fill(matchedY, Double.NaN);
            Arrays.fill(pdif, Double.NaN);
        }
    }

    private final double[] score;
    private final double[] y;
    private final MatchOptions opt;

    public Matching(double[] score, double[] y, MatchOptions opt) {
        this.score = score;
        this.y = y;
        this.opt = opt;
    }

    /**
     * Matches every observation with isTreated[i] and onSupport[i] to observations with
     * !isTreated[i] (all of them are candidates). yForMatch is the outcome averaged over matches
     * (the raw outcome, or its local-linear smooth for llr).
     */
    public Result match(boolean[] isTreated, boolean[] onSupport, double[] yForMatch) {
        int n = score.length;
        Result r = new Result(n);
        int n0 = 0;
        for (int i = 0; i < n; i++) {
            if (!isTreated[i]) {
                n0++;
            }
        }
        int[] ctrl = new int[n0];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!isTreated[i]) {
                ctrl[c++] = i;
            }
        }
        DoubleKeySort.sort(ctrl, score, false); // stable: ties stay in original order
        double[] cs = new double[n0];
        for (int k = 0; k < n0; k++) {
            cs[k] = score[ctrl[k]];
        }
        int[] order = treatedOrder(isTreated, onSupport);
        if (opt.method() == MatchOptions.Method.KERNEL && KernelSums.supports(opt.kernel())) {
            kernelBySums(order, ctrl, cs, r, yForMatch);
            return r;
        }
        Available avail = opt.noReplacement() ? new Available(n0) : null;
        int pos = 0;
        for (int t : order) {
            r.support[t] = true;
            // treated rows come in score order, so each search starts where the last ended
            pos = lowerBoundNear(cs, score[t], pos);
            boolean ok = opt.method() == MatchOptions.Method.KERNEL
                ? kernel(t, ctrl, cs, r, yForMatch) : nearest(t, pos, ctrl, cs, r, yForMatch, avail);
            if (!ok) {
                r.support[t] = false;
            } else {
                r.weight[t] = 1;
            }
        }
        return r;
    }

    private int[] treatedOrder(boolean[] isTreated, boolean[] onSupport) {
        int m = 0;
        for (int i = 0; i < score.length; i++) {
            if (isTreated[i] && onSupport[i]) {
                m++;
            }
        }
        int[] order = new int[m];
        int k = 0;
        for (int i = 0; i < score.length; i++) {
            if (isTreated[i] && onSupport[i]) {
                order[k++] = i;
            }
        }
        DoubleKeySort.sort(order, score, opt.descending()); // ties by original order either way
        return order;
    }

    /** pos = the lower bound of score[t] in cs (SortedArrays.lowerBound). */
    private boolean nearest(int t, int pos, int[] ctrl, double[] cs, Result r, double[] yMatch,
            Available avail) {
        int n0 = cs.length;
        if (n0 == 0) {
            return false;
        }
        double p = score[t];
        int left = pos - 1;
        int right = pos;
        if (avail != null) {
            left = avail.prev(left);
            right = avail.next(right);
        }
        double dl = left >= 0 ? Math.abs(p - cs[left]) : Double.POSITIVE_INFINITY;
        double dr = right < n0 ? Math.abs(cs[right] - p) : Double.POSITIVE_INFINITY;
        int m;
        double d;
        if (dl <= dr && left >= 0) {
            m = left;
            d = dl;
            // first control in sort order with this score
            while (true) {
                int q = avail == null ? m - 1 : avail.prev(m - 1);
                if (q >= 0 && cs[q] == cs[m]) {
                    m = q;
                } else {
                    break;
                }
            }
        } else if (right < n0) {
            m = right;
            d = dr;
        } else {
            return false;
        }
        if (!(d < opt.caliper())) {
            return false;
        }
        int[] picked = buffer(Math.max(1, opt.neighbors()) + (opt.ties() ? n0 : 0));
        int count = 0;
        picked[count++] = m;
        if (opt.ties()) {
            for (int q = next(m, avail); q < n0 && Math.abs(p - cs[q]) <= d; q = next(q, avail)) {
                picked[count++] = q;
            }
        } else if (opt.neighbors() > 1) {
            int l = prev(m, avail);
            int h = next(m, avail);
            while (count < opt.neighbors()) {
                double a = l >= 0 ? Math.abs(p - cs[l]) : Double.POSITIVE_INFINITY;
                double b = h < n0 ? Math.abs(cs[h] - p) : Double.POSITIVE_INFINITY;
                boolean takeLeft = a <= b;
                double best = takeLeft ? a : b;
                if (!(best < opt.caliper()) || Double.isInfinite(best)) {
                    break;
                }
                if (takeLeft) {
                    picked[count++] = l;
                    l = prev(l, avail);
                } else {
                    picked[count++] = h;
                    h = next(h, avail);
                }
            }
        }
        int[] ids = new int[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            int j = ctrl[picked[k]];
            ids[k] = j;
            r.weight[j] += 1.0 / count;
            sum += yMatch[j];
            if (avail != null) {
                avail.remove(picked[k]);
            }
        }
        r.matches[t] = ids;
        r.matchedY[t] = sum / count;
        r.pdif[t] = Math.abs(p - score[ids[0]]);
        return true;
    }

    private int[] buf = new int[8];

    private int[] buffer(int size) {
        if (buf.length < size) {
            buf = new int[size];
        }
        return buf;
    }

    private static int next(int q, Available avail) {
        return avail == null ? q + 1 : avail.next(q + 1);
    }

    private static int prev(int q, Available avail) {
        return avail == null ? q - 1 : avail.prev(q - 1);
    }

    private boolean kernel(int t, int[] ctrl, double[] cs, Result r, double[] yMatch) {
        double p = score[t];
        double h = opt.bandwidth();
        double win = opt.window(h);
        int from = SortedArrays.lowerBound(cs, p - win);
        double total = 0;
        int end = from;
        while (end < cs.length && cs[end] - p <= win) {
            double w = opt.weight(cs[end] - p, h);
            if (!Double.isNaN(w)) {
                total += w;
            }
            end++;
        }
        if (!(total > 0)) {
            return false;
        }
        double sum = 0;
        for (int q = from; q < end; q++) {
            double w = opt.weight(cs[q] - p, h);
            if (Double.isNaN(w) || w == 0) {
                continue;
            }
            double wn = w / total;
            int j = ctrl[q];
            r.weight[j] += wn;
            sum += wn * yMatch[j];
        }
        r.matchedY[t] = sum;
        return true;
    }

    /** Polynomial kernels through prefix sums: the same windows and weights, O(n log n). */
    private void kernelBySums(int[] order, int[] ctrl, double[] cs, Result r, double[] yMatch) {
        int n0 = cs.length;
        double h = opt.bandwidth();
        double[] ys = new double[n0];
        for (int q = 0; q < n0; q++) {
            ys[q] = yMatch[ctrl[q]];
        }
        KernelSums sums = new KernelSums(cs, ys, opt.kernel(), h);
        double[][] diff = sums.newDiff();
        int[] strictCount = new int[n0 + 1];
        boolean uniform = opt.kernel() == MatchOptions.Kernel.UNIFORM;
        for (int t : order) {
            double p = score[t];
            int from = SortedArrays.lowerBound(cs, p - h);
            int end = firstAbove(cs, p, h, from);
            double[] wy = from < end ? sums.sums(from, end, p) : new double[] {0, 0};
            if (!(wy[0] > 0)) {
                r.support[t] = false;
                continue;
            }
            r.support[t] = true;
            r.weight[t] = 1;
            r.matchedY[t] = wy[1] / wy[0];
            sums.addWindow(diff, from, end, p, wy[0]);
            int sFrom = uniform ? from : firstStrictlyAbove(cs, p, h, from, end);
            int sEnd = uniform ? end : firstAtLeast(cs, p, h, sFrom, end);
            strictCount[sFrom]++;
            strictCount[sEnd]--;
        }
        double[] w = sums.controlWeights(diff);
        int running = 0;
        for (int q = 0; q < n0; q++) {
            running += strictCount[q];
            r.weight[ctrl[q]] = running > 0 ? w[q] : 0;
        }
    }

    /** First index >= from with a[i] - p > h (the exclusive end of the window |d| <= h). */
    private static int firstAbove(double[] a, double p, double h, int from) {
        int lo = from;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] - p <= h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in [from, end) with a[i] - p > -h (strictly inside on the left). */
    private static int firstStrictlyAbove(double[] a, double p, double h, int from, int end) {
        int lo = from;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] - p <= -h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in [from, end) with a[i] - p >= h. */
    private static int firstAtLeast(double[] a, double p, double h, int from, int end) {
        int lo = from;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] - p < h) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The lower bound of v in a, found by galloping out from hint: O(log distance), so a pass over
     * sorted queries costs O(n) in total instead of n binary searches over the whole array.
     */
    static int lowerBoundNear(double[] a, double v, int hint) {
        int n = a.length;
        int h = Math.max(0, Math.min(hint, n));
        int lo;
        int hi;
        if (h < n && a[h] < v) {
            lo = h + 1;
            int step = 1;
            hi = lo;
            while (hi < n && a[hi] < v) {
                lo = hi + 1;
                step <<= 1;
                hi = lo + step;
            }
            hi = Math.min(hi, n);
        } else {
            // the answer is <= h; walk lo down in doubling steps until a[lo - 1] < v
            hi = h;
            lo = h;
            int step = 1;
            while (lo > 0 && a[lo - 1] >= v) {
                hi = lo - 1;
                lo = Math.max(0, hi - step);
                step <<= 1;
            }
        }
        return SortedArrays.lowerBound(a, v, lo, hi);
    }

    /** Controls not yet used (matching without replacement), with path-compressed skips. */
    private static final class Available {
        private final int[] right;
        private final int[] left;

        Available(int n) {
            right = new int[n + 1];
            left = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                right[i] = i;
                left[i] = i;
            }
        }

        int next(int i) {
            if (i >= right.length - 1) {
                return right.length - 1;
            }
            int r = i;
            while (right[r] != r) {
                r = right[r];
            }
            while (right[i] != r) {
                int nx = right[i];
                right[i] = r;
                i = nx;
            }
            return r;
        }

        int prev(int i) {
            if (i < 0) {
                return -1;
            }
            int r = i + 1;
            while (left[r] != r) {
                r = left[r];
            }
            int x = i + 1;
            while (left[x] != r) {
                int nx = left[x];
                left[x] = r;
                x = nx;
            }
            return r - 1;
        }

        void remove(int i) {
            right[i] = i + 1;
            left[i + 1] = i;
        }
    }
}
