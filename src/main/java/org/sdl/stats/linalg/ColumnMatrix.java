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
    /** Entries of row i are rowStart[i] .. rowStart[i+1]-1, in increasing column order. */
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
        int k = cols.length;
        int limit = n / SPARSE_DIVISOR;
        int[] scratch = new int[limit + 1];
        int[][] support = new int[k][];
        for (int j = 0; j < k; j++) {
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

    /** The columns idx (in that order), keeping each column's dense or sparse storage. */
    public ColumnMatrix select(int[] idx) {
        double[][] sub = new double[idx.length][];
        int[] newIndex = new int[cols.length];
        java.util.Arrays.fill(newIndex, -1);
        boolean[] isSparse = new boolean[cols.length];
        for (int s : sparse) {
            isSparse[s] = true;
        }
        int[][] support = new int[idx.length][];
        int[] counts = new int[idx.length];
        for (int a = 0; a < idx.length; a++) {
            sub[a] = cols[idx[a]];
            if (isSparse[idx[a]]) {
                newIndex[idx[a]] = a;
            }
        }
        int nnz = rowStart[n];
        for (int e = 0; e < nnz; e++) {
            int a = newIndex[entryCol[e]];
            if (a >= 0) {
                counts[a]++;
            }
        }
        for (int a = 0; a < idx.length; a++) {
            if (isSparse[idx[a]]) {
                support[a] = new int[counts[a]];
            }
        }
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                int a = newIndex[entryCol[e]];
                if (a >= 0) {
                    support[a][counts[a]++] = i;
                }
            }
        }
        return build(sub, n, support);
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
        java.util.Arrays.fill(out, 0, n, 0);
        for (int j : dense) {
            double bj = beta[j];
            if (bj == 0) {
                continue;
            }
            double[] x = cols[j];
            for (int i = 0; i < n; i++) {
                out[i] += bj * x[i];
            }
        }
        if (sparse.length == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                s += beta[entryCol[e]] * entryVal[e];
            }
            out[i] += s;
        }
    }

    /** out[j] = sum_i v[i] x_j[i]. */
    public void transposeTimes(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0, cols.length, 0);
        for (int j : dense) {
            out[j] = Dot.product(v, cols[j], n);
        }
        if (sparse.length == 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            double vi = v[i];
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                out[entryCol[e]] += vi * entryVal[e];
            }
        }
    }

    /** out[j] = sum_i d[i] x_j[i] (d null: plain column sums). */
    public void weightedSums(double[] d, double[] out) {
        if (d != null) {
            transposeTimes(d, out);
            return;
        }
        java.util.Arrays.fill(out, 0, cols.length, 0);
        for (int j : dense) {
            double[] x = cols[j];
            double s0 = 0;
            double s1 = 0;
            int i = 0;
            for (; i + 1 < n; i += 2) {
                s0 += x[i];
                s1 += x[i + 1];
            }
            if (i < n) {
                s0 += x[i];
            }
            out[j] = s0 + s1;
        }
        int nnz = rowStart[n];
        for (int e = 0; e < nnz; e++) {
            out[entryCol[e]] += entryVal[e];
        }
    }

    /**
     * out[g][j] = sum over rows i with group[i] = g of v[i] x_j[i]; rows with a negative group are
     * skipped. Cluster score sums and the cutpoint blocks of ordered-model Hessians are this.
     */
    public void groupedTransposeTimes(double[] v, int[] group, double[][] out) {
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        int[] dn = dense;
        for (int i = 0; i < n; i++) {
            int g = group[i];
            double vi = v[i];
            if (g < 0 || vi == 0) {
                continue;
            }
            double[] o = out[g];
            for (int j : dn) {
                o[j] += vi * cols[j][i];
            }
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                o[entryCol[e]] += vi * entryVal[e];
            }
        }
    }

    /**
     * out[a][b] = sum_i d[i] (x_a[i] - shift[a]) (x_b[i] - shift[b]) for all column pairs (d null
     * means weight 1, shift null no centring). Dense pairs come from blocked dot products; a
     * sparse column s contributes through its nonzeros only, using
     * sum d (x_s - m_s)(x_b - m_b) = sum_{x_s != 0} d x_s (x_b - m_b) - m_s sum d (x_b - m_b),
     * and for two sparse columns the same expansion once more.
     */
    public void crossProduct(double[] d, double[] shift, double[][] out) {
        int k = cols.length;
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        int nd = dense.length;
        double[][] dd = new double[nd][nd];
        double[] denseSums = new double[nd];
        double sumD = denseBlock(d, shift, dd, denseSums);
        for (int a = 0; a < nd; a++) {
            for (int b = 0; b < nd; b++) {
                out[dense[a]][dense[b]] = dd[a][b];
            }
        }
        if (sparse.length == 0) {
            return;
        }
        // raw sums over the sparse columns' nonzeros
        double[][] sparseDense = new double[k][nd];
        double[][] sparseSparse = new double[k][k];
        double[] sparseSums = new double[k];
        double[] shiftedDense = new double[nd];
        for (int i = 0; i < n; i++) {
            int start = rowStart[i];
            int end = rowStart[i + 1];
            if (start == end) {
                continue;
            }
            double di = d == null ? 1 : d[i];
            for (int q = 0; q < nd; q++) {
                int b = dense[q];
                shiftedDense[q] = cols[b][i] - (shift == null ? 0 : shift[b]);
            }
            for (int e = start; e < end; e++) {
                int s = entryCol[e];
                double v = di * entryVal[e];
                sparseSums[s] += v;
                double[] sd = sparseDense[s];
                for (int q = 0; q < nd; q++) {
                    sd[q] += v * shiftedDense[q];
                }
                double[] ss = sparseSparse[s];
                for (int f = start; f <= e; f++) {
                    ss[entryCol[f]] += v * entryVal[f];
                }
            }
        }
        for (int s : sparse) {
            double ms = shift == null ? 0 : shift[s];
            for (int q = 0; q < nd; q++) {
                int b = dense[q];
                double c = sparseDense[s][q] - ms * denseSums[q];
                out[s][b] = c;
                out[b][s] = c;
            }
            for (int t : sparse) {
                if (t > s) {
                    continue;
                }
                double mt = shift == null ? 0 : shift[t];
                double c = sparseSparse[s][t] - mt * sparseSums[s] - ms * sparseSums[t] + ms * mt * sumD;
                out[s][t] = c;
                out[t][s] = c;
            }
        }
    }

    /** Rows per block: the block of all dense columns stays in the L2 cache across the products. */
    private static final int BLOCK = 2048;

    /**
     * The dense columns' centred cross products (into out), their weighted centred sums
     * sum d (x_b - m_b) (into sums), and sum d (returned), in one blocked pass over the rows.
     */
    private double denseBlock(double[] d, double[] shift, double[][] out, double[] sums) {
        int nd = dense.length;
        double[][] blk = new double[nd][BLOCK];
        double[] wa = new double[BLOCK];
        double sumD = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int len = Math.min(BLOCK, n - start);
            for (int a = 0; a < nd; a++) {
                int j = dense[a];
                double sh = shift == null ? 0 : shift[j];
                double[] src = cols[j];
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
                sums[a] += s;
                for (int b = 0; b <= a; b++) {
                    out[a][b] += Dot.product(wa, blk[b], len);
                }
            }
        }
        for (int a = 0; a < nd; a++) {
            for (int b = 0; b < a; b++) {
                out[b][a] = out[a][b];
            }
        }
        return sumD;
    }
}
