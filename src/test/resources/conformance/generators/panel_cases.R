# Generates the x-* panel conformance cases (areg, reghdfe with three absorbed factors, xtreg re/be)
# from one synthetic unbalanced panel, with reference values computed independently in R:
# lm() with dummy sets, sandwich-style meats written out here, plm (between, random swar).
# Run from this folder: Rscript panel_cases.R   (writes ../x-*/data.csv and case.json)
suppressPackageStartupMessages({library(plm); library(jsonlite)})
set.seed(20251207)
units <- 300; years <- 6
d <- expand.grid(year = 2001:(2000 + years), id = 1:units)[, c("id", "year")]
d <- d[runif(nrow(d)) > 0.12, ]
d$grp <- sample(1:15, nrow(d), replace = TRUE)
a <- rnorm(units, 0, 1)[d$id]
d$x1 <- rnorm(nrow(d)) + 0.5 * a
d$x2 <- rnorm(nrow(d))
d$y <- 1 + 0.8 * d$x1 - 0.5 * d$x2 + a + 0.3 * (d$year - 2003) + 0.2 * (d$grp %% 4) + rnorm(nrow(d), 0, 1.2)
d <- d[order(d$id, d$year), ]
rownames(d) <- NULL

write_case <- function(id, desc, command, expect, notes, tol_extra = list()) {
  dir.create(file.path("..", id), showWarnings = FALSE)
  write.csv(d[, c("id", "year", "grp", "y", "x1", "x2")], file.path("..", id, "data.csv"), row.names = FALSE)
  tol <- c(list(default = 1e-6, b = 1e-6, se = 1e-5, N = 0, abs = 1e-12, df_r = 0, df_m = 0), tol_extra)
  cs <- list(id = id, description = desc,
             source = "synthetic unbalanced panel, R set.seed(20251207): 300 units x 6 years, 12% of unit-years dropped, grp = 15 random levels; generators/panel_cases.R",
             command = command, expect = expect, tol = tol, notes = notes)
  writeLines(toJSON(cs, auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path("..", id, "case.json"))
}
named <- function(v, nm) { v <- as.list(unname(v)); names(v) <- nm; v }
N <- nrow(d)

## areg y x1 x2, absorb(id): lm with unit dummies
m <- lm(y ~ x1 + x2 + factor(id), data = d)
X <- model.matrix(m); e <- resid(m); K <- m$rank; G <- length(unique(d$id))
s2 <- sum(e^2) / (N - K)
bx <- coef(m)[c("x1", "x2")]
# _cons at the means: ybar - xbar'b
cons <- mean(d$y) - sum(colMeans(d[, c("x1", "x2")]) * bx)
# bread of [x~ + xbar, 1] from the within-demeaned data
dm <- function(v) v - ave(v, d$id)
Xa <- cbind(dm(d$x1) + mean(d$x1), dm(d$x2) + mean(d$x2), 1)
bread <- solve(crossprod(Xa))
se_un <- sqrt(diag(s2 * bread))
stopifnot(max(abs(se_un[1:2] / sqrt(diag(vcov(m)))[c("x1", "x2")] - 1)) < 1e-10)
tss <- sum((d$y - mean(d$y))^2); rss <- sum(e^2)
write_case("x-areg", "areg absorbing the unit: absorbed levels counted in df_r = N - k - G, _cons at the means, F_absorb",
  "areg y x1 x2, absorb(id)",
  list(N = N, b = named(c(bx, cons), c("x1", "x2", "_cons")), se = named(se_un, c("x1", "x2", "_cons")),
       names = c("x1", "x2", "_cons"), vce = "ols", df_r = N - K, df_m = 2, df_a = G - 1,
       rss = rss, r2 = 1 - rss / tss, r2_a = 1 - (1 - (1 - rss / tss)) * (N - 1) / (N - K), rmse = sqrt(s2),
       F_absorb = anova(lm(y ~ x1 + x2, data = d), m)$F[2]),
  "Reference: lm(y ~ x1 + x2 + factor(id)) in R (slopes, their SEs checked against vcov(lm) to 1e-10), _cons = ybar - xbar'b, V = s2 (Xa'Xa)^-1 with Xa = [x - xbar_i + xbar, 1] and s2 = rss/(N - K), K = rank of the dummy regression (k + G); r2 = dummy-regression R2, r2_a = 1 - (1-r2)(N-1)/df_r; F_absorb = anova(pooled lm, dummy lm) F. Convention checked: areg counts the absorbed levels in the degrees of freedom.")

## areg, vce(cluster id): CR1 with (N-1)/(N-K) G/(G-1), df_r = G - 1
ea <- d$y - Xa %*% c(bx, cons)
ew <- dm(d$y) - cbind(dm(d$x1), dm(d$x2)) %*% bx
sc <- Xa * as.vector(ew)
meat <- crossprod(rowsum(sc, d$id))
Vc <- bread %*% meat %*% bread * G / (G - 1) * (N - 1) / (N - K)
write_case("x-areg-cluster", "areg absorbing the unit with vce(cluster id): q = G/(G-1) (N-1)/(N-K) with K counting the absorbed levels (areg's rule, unlike xtreg fe)",
  "areg y x1 x2, absorb(id) vce(cluster id)",
  list(N = N, b = named(c(bx, cons), c("x1", "x2", "_cons")), se = named(sqrt(diag(Vc)), c("x1", "x2", "_cons")),
       names = c("x1", "x2", "_cons"), vce = "cluster", df_r = G - 1, N_clust = G),
  "Reference: scores e_i [x_i - xbar_id + xbar, 1] (e = within residual) summed by cluster with rowsum(), meat = S'S, V = bread meat bread x G/(G-1) (N-1)/(N-K), K = rank of lm(y ~ x1 + x2 + factor(id)). Convention checked: areg's cluster factor counts the absorbed levels (xtreg fe would use N-k-1).",
  list(N_clust = 0))

## reghdfe y x1 x2, absorb(id year grp): singletons, 3 absorbed factors, unadjusted VCE
keep <- rep(TRUE, N)
repeat {
  drop <- rep(FALSE, N)
  for (f in c("id", "year", "grp")) { cnt <- ave(rep(1, sum(keep)), d[[f]][keep], FUN = length); drop[which(keep)[cnt == 1]] <- TRUE }
  if (!any(drop)) break
  keep <- keep & !drop
}
dd <- d[keep, ]; n3 <- nrow(dd)
m3 <- lm(y ~ x1 + x2 + factor(id) + factor(year) + factor(grp), data = dd)
b3 <- coef(m3)[c("x1", "x2")]
# degrees of freedom by reghdfe's pairwise rule: first factor exact, later ones lose max(1, mobility groups)
comps <- function(a, b) { # connected components of the bipartite graph of two factors
  la <- paste0("a", a); lb <- paste0("b", b); nodes <- unique(c(la, lb)); par <- setNames(nodes, nodes)
  find <- function(x) { while (par[[x]] != x) x <- par[[x]]; x }
  for (i in seq_along(la)) { ra <- find(la[i]); rb <- find(lb[i]); if (ra != rb) par[[ra]] <- rb }
  sum(sapply(nodes, function(x) find(x) == x)) }
L <- sapply(c("id", "year", "grp"), function(f) length(unique(dd[[f]])))
M <- c(0, max(1, comps(dd$id, dd$year)), max(1, comps(dd$id, dd$grp), comps(dd$year, dd$grp)))
df_a <- sum(L - M)
stopifnot(df_a + 2 + 1 == m3$rank + 1) # the rule equals the dummy regression's rank here (connected design)
rss3 <- sum(resid(m3)^2)
pa <- function(v) resid(lm(v ~ factor(id) + factor(year) + factor(grp), data = dd))
Xb <- cbind(pa(dd$x1) + mean(dd$x1), pa(dd$x2) + mean(dd$x2), 1)
br3 <- solve(crossprod(Xb))
V3 <- rss3 / (n3 - 2 - df_a) * br3
cons3 <- mean(dd$y) - sum(colMeans(dd[, c("x1", "x2")]) * b3)
tssw <- sum(pa(dd$y)^2); tss3 <- sum((dd$y - mean(dd$y))^2)
write_case("x-reghdfe-3way", "reghdfe with three absorbed factors (id, year, grp), unadjusted VCE: iterative singletons, df_a by the pairwise mobility-group rule, _cons at the means",
  "reghdfe y x1 x2, absorb(id year grp)",
  list(N = n3, b = named(c(b3, cons3), c("x1", "x2", "_cons")), se = named(sqrt(diag(V3)), c("x1", "x2", "_cons")),
       names = c("x1", "x2", "_cons"), vce = "unadjusted", num_singletons = N - n3, N_full = N,
       df_a = df_a, df_r = n3 - 2 - df_a, df_m = 2, N_hdfe = 3, rss = rss3, r2 = 1 - rss3 / tss3,
       r2_within = 1 - rss3 / tssw, rmse = sqrt(rss3 / (n3 - 2 - df_a))),
  "Reference: singletons removed by an independent loop over the three factors; lm with all three dummy sets gives b and rss; df_a = sum(levels) - redundant with redundant = 0 for id, max(1, mobility groups) for year and grp (pairwise), checked equal to the dummy regression's rank; V = rss/(N - df_m - df_a) (Xb'Xb)^-1 with Xb = [x partialled out by lm on the dummies + xbar, 1]; r2_within uses the partialled-out y. Convention checked: reghdfe's three-way DoF rule and singleton dropping.",
  list(num_singletons = 0, N_full = 0, df_a = 0, N_hdfe = 0))

## xtreg be and re (plm)
p <- pdata.frame(d, index = c("id", "year"))
be <- plm(y ~ x1 + x2, data = p, model = "between")
write_case("x-xtreg-be", "between estimator: OLS on panel means (one unweighted row per panel), df_r = n - k - 1",
  "xtset id year\nxtreg y x1 x2, be",
  list(N = N, b = named(coef(be)[c("x1", "x2", "(Intercept)")], c("x1", "x2", "_cons")),
       se = named(sqrt(diag(vcov(be)))[c("x1", "x2", "(Intercept)")], c("x1", "x2", "_cons")),
       names = c("x1", "x2", "_cons"), df_r = G - 3, df_m = 2, N_g = G,
       r2 = summary(be)$r.squared[["rsq"]]),
  "Reference: plm(model = 'between') (unweighted means, its vcov = s2 (X'X)^-1 with s2 = rss/(n - k - 1)); e(r2) = R2 between of the means regression. Convention checked: xtreg be's unweighted between regression.",
  list(N_g = 0))
# xtreg re: Stata's Swamy-Arora for unbalanced panels (harmonic-mean Tbar), written out with lm()
fe <- lm(y ~ x1 + x2 + factor(id), data = d)
s2e <- sum(resid(fe)^2) / (N - G - 2)
mb <- aggregate(cbind(y, x1, x2) ~ id, data = d, FUN = mean)
bl <- lm(y ~ x1 + x2, data = mb)
Ti <- as.vector(table(d$id)); Tbar <- G / sum(1 / Ti)
s2u <- max(0, sum(resid(bl)^2) / (G - 3) - s2e / Tbar)
theta <- (1 - sqrt(s2e / (Ti * s2u + s2e)))[match(d$id, sort(unique(d$id)))]
qd <- function(v) v - theta * ave(v, d$id)
gls <- lm(qd(d$y) ~ 0 + qd(d$x1) + qd(d$x2) + I(1 - theta))
re <- plm(y ~ x1 + x2, data = p, model = "random", random.method = "swar")
write_case("x-xtreg-re", "random effects GLS, Swamy-Arora components on an unbalanced panel with Tbar the harmonic mean of T_i (theta_i per panel), z statistics, Wald chi2",
  "xtset id year\nxtreg y x1 x2, re",
  list(N = N, b = named(coef(gls), c("x1", "x2", "_cons")), se = named(sqrt(diag(vcov(gls))), c("x1", "x2", "_cons")),
       names = c("x1", "x2", "_cons"), N_g = G, sigma_e = sqrt(s2e), sigma_u = sqrt(s2u)),
  paste0("Reference written out in R with lm(): sigma_e^2 = rss of lm with unit dummies/(N - n - k); sigma_u^2 = rss of the between lm on the panel means/(n - k - 1) - sigma_e^2/Tbar, Tbar = n / sum(1/T_i) (the harmonic mean, as xtreg's Methods and Formulas describe for unbalanced panels); theta_i = 1 - sqrt(sigma_e^2/(T_i sigma_u^2 + sigma_e^2)); b and V = s2 (X*'X*)^-1 (s2 = rss*/(N - k - 1)) from lm on the quasi-demeaned data with the column 1 - theta_i as constant. Cross-check: plm(random.method = 'swar') uses another unbalanced-panel sigma_u^2 formula and differs here by ",
         signif(max(abs(coef(re)[c("x1","x2")] / coef(gls)[1:2] - 1)), 2), " relative in b (it agrees on balanced panels). Convention checked: the harmonic-mean Swamy-Arora components. Caveat: Stata's own xtreg re output on unbalanced data was not available here to confirm the V scale."),
  list(N_g = 0))
cat("written\n")
