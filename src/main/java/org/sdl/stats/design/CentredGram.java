package org.sdl.stats.design;

/**
 * The weighted, mean-centred cross products of a design's non-omitted regressors (constant
 * excluded) and of y, as the collinearity check computed them. Least squares with a constant
 * needs exactly this matrix, so regress reuses it instead of a second pass over the data.
 *
 * @param columns design column indices, in order; row/column a of cross is columns[a], and the
 *     last row/column is y
 * @param means the weighted means of those columns, then of y
 * @param cross sum w (x_a - mean_a)(x_b - mean_b), including y last
 */
public record CentredGram(int[] columns, double[] means, double[][] cross) {

    /** Position of design column j in this matrix, or -1. */
    public int position(int j) {
        for (int a = 0; a < columns.length; a++) {
            if (columns[a] == j) {
                return a;
            }
        }
        return -1;
    }
}
