package org.sdl.stats.linalg;

/**
 * A column-major regressor matrix that knows which columns are mostly zero. Factor-variable
 * indicators (27 province dummies, say) are nonzero on a few rows each, so cross products, X*b
 * and X'v touch only those rows: the cost of a design with one factor of L levels falls from
 * order n*(k_dense + L)^2 to n*k_dense^2 + n*k_dense. Any mostly-zero column qualifies (hand-made
 * dummies and interactions too); nothing about factors is assumed.
 *
 * <p>The sparse columns' nonzeros are kept row by row (compressed sparse rows), so every product
 * is one sequential pass over the rows and the dense columns are read as contiguous streams.
 * Centring is applied algebraically, so a sparse column never has to be materialized centred.
 */
public final class ColumnMatrix {
    /** A column is stored sparsely when at most this share of its entries is nonzero. */
    private static final int SPARSE_DIVISOR = 4;

    private final double[][] cols;
    private final int n;
    private final int[] dense;
    private final int[] sparse;
    /**
     * Entries of row i are rowStart[i] .. rowStart[i+1]-1; entryCol is -1 for an entry of a
     * column a selection left out.
     */
    private final int[] rowStart;
    private final int[] entryCol;
    private final double[] entryVal;

    private ColumnMatrix(double[][] cols, int n, int[] dense, int[] sparse, int[] rowStart, int[] entryCol,
                         double[] entryVal) {
        this.cols = cols;
        this.n = n;
        this.dense = dense;
        this.sparse = sparse;
        this.rowStart = rowStart;
        this.entryCol = entryCol;
        this.entryVal = entryVal;
    }

    /** Wraps the columns (not copied; they must not change while this is in use). */
    public static ColumnMatrix of(double[][] cols, int n) {
        return of(cols, n, new int[cols.length][]);
    }

    /**
     * As {@link #of(double[][], int)}, with the nonzero rows of some columns already known (factor
     * indicators, from the level codes that built them; null where unknown), so those columns
     * need no scan.
     */
    public static ColumnMatrix of(double[][] cols, int n, int[][] known) {
        int k = cols.length;
        int limit = n / SPARSE_DIVISOR;
        int[] scratch = null;
        int[][] support = new int[k][];
        for (int j = 0; j < k; j++) {
            if (known[j] != null) {
                support[j] = known[j].length <= limit ? known[j] : null;
                continue;
            }
            if (scratch == null) {
                scratch = new int[limit + 1];
            }
            int c = countSupport(cols[j], n, limit, scratch);
            if (c >= 0) {
                support[j] = java.util.Arrays.copyOf(scratch, c);
            }
        }
        return build(cols, n, support);
    }

    /**
     * Writes the rows where x is nonzero into rows and returns their number, or -1 as soon as
     * there are more than limit of them (a dense column is abandoned early).
     */
    private static int countSupport(double[] x, int n, int limit, int[] rows) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] != 0) {
                if (c == limit) {
                    return -1;
                }
                rows[c++] = i;
            }
        }
        return c;
    }

    /**
     * The columns idx (in that order), keeping each column's dense or sparse storage. The row
     * storage is shared; only its column numbers are mapped (-1 for a column not selected, which
     * every product skips), so a selection costs one pass over the nonzeros.
     */
    public ColumnMatrix select(int[] idx) {
        double[][] sub = new double[idx.length][];
        int[] newIndex = new int[cols.length];
        java.util.Arrays.fill(newIndex, -1);
        for (int a = 0; a < idx.length; a++) {
            sub[a] = cols[idx[a]];
            newIndex[idx[a]] = a;
        }
        boolean[] isSparse = new boolean[cols.length];
        for (int s : sparse) {
            isSparse[s] = true;
        }
        int nd = 0;
        for (int j : idx) {
            if (!isSparse[j]) {
                nd++;
            }
        }
        int[] newDense = new int[nd];
        int[] newSparse = new int[idx.length - nd];
        int dc = 0;
        int sc = 0;
        for (int a = 0; a < idx.length; a++) {
            if (isSparse[idx[a]]) {
                newSparse[sc++] = a;
            } else {
                newDense[dc++] = a;
            }
        }
        int nnz = rowStart[n];
        int[] newCol = new int[nnz];
        for (int e = 0; e < nnz; e++) {
            int c = entryCol[e];
            newCol[e] = c < 0 ? -1 : newIndex[c];
        }
        return new ColumnMatrix(sub, n, newDense, newSparse, rowStart, newCol, entryVal);
    }

    /** This matrix with one more column appended, stored dense. */
    public ColumnMatrix withDenseColumn(double[] col) {
        double[][] more = java.util.Arrays.copyOf(cols, cols.length + 1);
        more[cols.length] = col;
        int[] moreDense = java.util.Arrays.copyOf(dense, dense.length + 1);
        moreDense[dense.length] = cols.length;
        return new ColumnMatrix(more, n, moreDense, sparse, rowStart, entryCol, entryVal);
    }

    /** Assembles the row-wise storage from each sparse column's nonzero rows (null = dense). */
    private static ColumnMatrix build(double[][] cols, int n, int[][] support) {
        int k = cols.length;
        int nSparse = 0;
        for (int[] s : support) {
            if (s != null) {
                nSparse++;
            }
        }
        int[] dense = new int[k - nSparse];
        int[] sparse = new int[nSparse];
        int dc = 0;
        int sc = 0;
        for (int j = 0; j < k; j++) {
            if (support[j] == null) {
                dense[dc++] = j;
            } else {
                sparse[sc++] = j;
            }
        }
        int[] rowStart = new int[n + 1];
        for (int s : sparse) {
            for (int i : support[s]) {
                rowStart[i + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int nnz = rowStart[n];
        int[] entryCol = new int[nnz];
        double[] entryVal = new double[nnz];
        int[] next = java.util.Arrays.copyOf(rowStart, n);
        // columns in increasing order, so each row's entries come out sorted by column
        for (int s : sparse) {
            double[] x = cols[s];
            for (int i : support[s]) {
                int e = next[i]++;
                entryCol[e] = s;
                entryVal[e] = x[i];
            }
        }
        return new ColumnMatrix(cols, n, dense, sparse, rowStart, entryCol, entryVal);
    }

    public int n() {
        return n;
    }

    public int k() {
        return cols.length;
    }

    public double[] column(int j) {
        return cols[j];
    }

    /** Number of columns stored sparsely (for tests and diagnostics). */
    public int sparseColumns() {
        return sparse.length;
    }

    /** out = X * beta. */
    public void times(double[] beta, double[] out) {
        RowChunks.forEach(n, (lo, hi) -> {
            java.util.Arrays.fill(out, lo, hi, 0);
            for (int j : dense) {
                double bj = beta[j];
                if (bj == 0) {
                    continue;
                }
                double[] x = cols[j];
                for (int i = lo; i < hi; i++) {
                    out[i] += bj * x[i];
                }
            }
            for (int i = lo; i < hi; i++) {
                double s = 0;
                for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                    int c = entryCol[e];
                    if (c >= 0) {
                        s += beta[c] * entryVal[e];
                    }
                }
                out[i] += s;
            }
        });
    }

    /** out[j] = sum_i v[i] x_j[i]. */
    public void transposeTimes(double[] v, double[] out) {
        double[] sum = RowChunks.reduce(n, (lo, hi) -> {
            double[] part = new double[cols.length];
            for (int j : dense) {
                part[j] = Dot.product(v, cols[j], lo, hi);
            }
            for (int i = lo; i < hi; i++) {
                double vi = v[i];
                for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                    int c = entryCol[e];
                    if (c >= 0) {
                        part[c] += vi * entryVal[e];
                    }
                }
            }
            return part;
        }, RowChunks::add);
        System.arraycopy(sum, 0, out, 0, cols.length);
    }

    /** out[j] = sum_i d[i] x_j[i] (d null: plain column sums). */
    public void weightedSums(double[] d, double[] out) {
        if (d != null) {
            transposeTimes(d, out);
            return;
        }
        double[] sum = RowChunks.reduce(n, (lo, hi) -> {
            double[] part = new double[cols.length];
            for (int j : dense) {
                double[] x = cols[j];
                double s = 0;
                for (int i = lo; i < hi; i++) {
                    s += x[i];
                }
                part[j] = s;
            }
            for (int e = rowStart[lo], end = rowStart[hi]; e < end; e++) {
                int c = entryCol[e];
                if (c >= 0) {
                    part[c] += entryVal[e];
                }
            }
            return part;
        }, RowChunks::add);
        System.arraycopy(sum, 0, out, 0, cols.length);
    }

    /** Above this many partial cells per range, grouped sums run as one sequential pass. */
    private static final long GROUPED_PARTIAL_LIMIT = 1 << 20;

    /**
     * out[g][j] = sum over rows i with group[i] = g of v[i] x_j[i]; rows with a negative group are
     * skipped. Cluster score sums and the cutpoint blocks of ordered-model Hessians are this.
     */
    public void groupedTransposeTimes(double[] v, int[] group, double[][] out) {
        int groups = out.length;
        int k = cols.length;
        RowChunks.Task<double[]> task = (lo, hi) -> groupedRange(v, group, groups, lo, hi);
        // many clusters: per-range partials would cost more memory than the pass saves
        double[] flat = (long) groups * k > GROUPED_PARTIAL_LIMIT ? task.run(0, n)
            : RowChunks.reduce(n, task, RowChunks::add);
        for (int g = 0; g < groups; g++) {
            System.arraycopy(flat, g * k, out[g], 0, k);
        }
    }

    /** Grouped sums over rows [lo, hi) into a flat groups-by-k array, column by column. */
    private double[] groupedRange(double[] v, int[] group, int groups, int lo, int hi) {
        int k = cols.length;
        double[] acc = new double[groups * k];
        for (int j : dense) {
            double[] x = cols[j];
            for (int i = lo; i < hi; i++) {
                int g = group[i];
                if (g >= 0) {
                    acc[g * k + j] += v[i] * x[i];
                }
            }
        }
        for (int i = lo; i < hi; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            double vi = v[i];
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                int c = entryCol[e];
                if (c >= 0) {
                    acc[g * k + c] += vi * entryVal[e];
                }
            }
        }
        return acc;
    }

    /**
     * out[a][b] = sum_i d[i] (x_a[i] - shift[a]) (x_b[i] - shift[b]) for all column pairs (d null
     * means weight 1, shift null no centring). Dense pairs come from blocked dot products; a
     * sparse column s contributes through its nonzeros only, using
     * sum d (x_s - m_s)(x_b - m_b) = sum_{x_s != 0} d x_s (x_b - m_b) - m_s sum d (x_b - m_b),
     * and for two sparse columns the same expansion once more.
     */
    public void crossProduct(double[] d, double[] shift, double[][] out) {
        CrossSums t = RowChunks.reduce(n, (lo, hi) -> new CrossSums(this, d, shift, lo, hi), CrossSums::add);
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        int nd = dense.length;
        for (int a = 0; a < nd; a++) {
            for (int b = 0; b <= a; b++) {
                out[dense[a]][dense[b]] = t.denseDense[a][b];
                out[dense[b]][dense[a]] = t.denseDense[a][b];
            }
        }
        for (int s : sparse) {
            double ms = shift == null ? 0 : shift[s];
            for (int q = 0; q < nd; q++) {
                int b = dense[q];
                double c = t.sparseDense[s][q] - ms * t.denseSums[q];
                out[s][b] = c;
                out[b][s] = c;
            }
            for (int u : sparse) {
                if (u > s) {
                    continue;
                }
                double mu = shift == null ? 0 : shift[u];
                // a row's entries are in storage order, which a selection may have permuted: each
                // pair sits in one of the two triangles
                double raw = u == s ? t.sparseSparse[s][s] : t.sparseSparse[s][u] + t.sparseSparse[u][s];
                double c = raw - mu * t.sparseSums[s] - ms * t.sparseSums[u] + ms * mu * t.sumD;
                out[s][u] = c;
                out[u][s] = c;
            }
        }
    }

    /**
     * The raw sums crossProduct combines, over one range of rows: centred dense-dense products
     * (lower triangle), sum d (x_b - m_b) per dense column, sum d, and for sparse columns the sums
     * over their nonzeros of d x_s, d x_s (x_b - m_b) and d x_s x_t.
     */
    private static final class CrossSums {
        /** Rows per block: the block of all dense columns stays in the L2 cache. */
        private static final int BLOCK = 2048;

        final double[][] denseDense;
        final double[] denseSums;
        double sumD;
        final double[][] sparseDense;
        final double[][] sparseSparse;
        final double[] sparseSums;

        CrossSums(ColumnMatrix m, double[] d, double[] shift, int lo, int hi) {
            int nd = m.dense.length;
            int k = m.cols.length;
            denseDense = new double[nd][nd];
            denseSums = new double[nd];
            boolean anySparse = m.sparse.length > 0;
            sparseDense = anySparse ? new double[k][nd] : null;
            sparseSparse = anySparse ? new double[k][k] : null;
            sparseSums = anySparse ? new double[k] : null;
            denseBlock(m, d, shift, lo, hi);
            if (anySparse) {
                sparsePart(m, d, shift, lo, hi);
            }
        }

        private void denseBlock(ColumnMatrix m, double[] d, double[] shift, int lo, int hi) {
            int nd = m.dense.length;
            double[][] blk = new double[nd][BLOCK];
            double[] wa = new double[BLOCK];
            for (int start = lo; start < hi; start += BLOCK) {
                int len = Math.min(BLOCK, hi - start);
                for (int a = 0; a < nd; a++) {
                    int j = m.dense[a];
                    double sh = shift == null ? 0 : shift[j];
                    double[] src = m.cols[j];
                    double[] dst = blk[a];
                    for (int i = 0; i < len; i++) {
                        dst[i] = src[start + i] - sh;
                    }
                }
                if (d == null) {
                    sumD += len;
                } else {
                    for (int i = 0; i < len; i++) {
                        sumD += d[start + i];
                    }
                }
                for (int a = 0; a < nd; a++) {
                    double[] xa = blk[a];
                    if (d == null) {
                        System.arraycopy(xa, 0, wa, 0, len);
                    } else {
                        for (int i = 0; i < len; i++) {
                            wa[i] = d[start + i] * xa[i];
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < len; i++) {
                        s += wa[i];
                    }
                    denseSums[a] += s;
                    for (int b = 0; b <= a; b++) {
                        denseDense[a][b] += Dot.product(wa, blk[b], 0, len);
                    }
                }
            }
        }

        private void sparsePart(ColumnMatrix m, double[] d, double[] shift, int lo, int hi) {
            int nd = m.dense.length;
            double[] shiftedDense = new double[nd];
            int[] rowStart = m.rowStart;
            int[] entryCol = m.entryCol;
            double[] entryVal = m.entryVal;
            for (int i = lo; i < hi; i++) {
                int start = rowStart[i];
                int end = rowStart[i + 1];
                if (start == end) {
                    continue;
                }
                double di = d == null ? 1 : d[i];
                for (int q = 0; q < nd; q++) {
                    int b = m.dense[q];
                    shiftedDense[q] = m.cols[b][i] - (shift == null ? 0 : shift[b]);
                }
                for (int e = start; e < end; e++) {
                    int s = entryCol[e];
                    if (s < 0) {
                        continue;
                    }
                    double v = di * entryVal[e];
                    sparseSums[s] += v;
                    double[] sd = sparseDense[s];
                    for (int q = 0; q < nd; q++) {
                        sd[q] += v * shiftedDense[q];
                    }
                    double[] ss = sparseSparse[s];
                    for (int f = start; f <= e; f++) {
                        int t = entryCol[f];
                        if (t >= 0) {
                            ss[t] += v * entryVal[f];
                        }
                    }
                }
            }
        }

        void add(CrossSums o) {
            RowChunks.add(denseDense, o.denseDense);
            RowChunks.add(denseSums, o.denseSums);
            sumD += o.sumD;
            if (sparseDense != null) {
                RowChunks.add(sparseDense, o.sparseDense);
                RowChunks.add(sparseSparse, o.sparseSparse);
                RowChunks.add(sparseSums, o.sparseSums);
            }
        }
    }
}
