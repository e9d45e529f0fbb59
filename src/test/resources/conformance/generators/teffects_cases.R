# Reference values for the te-* conformance cases (teffects psmatch / ipw / ra / aipw).
# Run from this folder: Rscript teffects_cases.R   (writes ../te-*/data.csv and case.json)
# Independent of sdl's code: the M-estimation Jacobians here are ANALYTIC (sdl differentiates its
# moment conditions numerically), the matching is written from the formulas in
# docs/commands/teffects.md, and the unadjusted Abadie-Imbens SE is cross-checked with the
# Matching package (Sekhon), Match(estimand="ATT", M=1, ties=TRUE, Var.calc=2).
suppressMessages(library(jsonlite))
set.seed(20260713)
N <- 800
x1 <- round(rnorm(N), 4); x2 <- round(rnorm(N), 4)
p_true <- plogis(0.3 + 0.6 * x1 - 0.5 * x2)
t <- as.numeric(runif(N) < p_true)
y <- round(1 + x1 + 0.5 * x2 + 1.5 * t + 0.5 * t * x1 + rnorm(N), 4)
d <- data.frame(y = y, t = t, x1 = x1, x2 = x2)
Z <- cbind(x1, x2, 1)                      # treatment-model columns, constant last (sdl's order)
ps <- glm(t ~ x1 + x2, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100))
gam <- coef(ps)[c("x1", "x2", "(Intercept)")]
p <- as.vector(plogis(Z %*% gam))
W <- t

sandwich <- function(psi, A) {             # psi: n x k moments, A: k x k mean Jacobian
  B <- crossprod(psi) / N
  Ai <- solve(A)
  Ai %*% B %*% t(Ai) / N
}

## ---- ipw ATE: tau, mu0, gamma ----
mu1 <- sum(W * y / p) / sum(W / p); mu0 <- sum((1 - W) * y / (1 - p)) / sum((1 - W) / (1 - p))
tau <- mu1 - mu0
psi <- cbind(W * (y - mu0 - tau) / p, (1 - W) * (y - mu0) / (1 - p), (W - p) * Z)
k <- 2 + ncol(Z); A <- matrix(0, k, k)
A[1, 1] <- -mean(W / p); A[1, 2] <- -mean(W / p)
A[1, 3:k] <- colMeans(-W * (y - mu0 - tau) * (1 - p) / p * Z)
A[2, 2] <- -mean((1 - W) / (1 - p))
A[2, 3:k] <- colMeans((1 - W) * (y - mu0) * p / (1 - p) * Z)
A[3:k, 3:k] <- -crossprod(Z * sqrt(p * (1 - p))) / N
V <- sandwich(psi, A)
ipw <- list(tau = tau, mu0 = mu0, se = sqrt(diag(V)), gamma = gam)

## ---- aipw ATE: tau, mu0, beta0, beta1, gamma (linear outcome model on x1 x2 by OLS per level) ----
X <- cbind(x1, x2, 1)
b0 <- solve(crossprod(X[W == 0, ]), crossprod(X[W == 0, ], y[W == 0]))
b1 <- solve(crossprod(X[W == 1, ]), crossprod(X[W == 1, ], y[W == 1]))
f0 <- as.vector(X %*% b0); f1 <- as.vector(X %*% b1)
m1 <- mean(f1 + W * (y - f1) / p); m0 <- mean(f0 + (1 - W) * (y - f0) / (1 - p))
tauA <- m1 - m0
ko <- ncol(X); kt <- ncol(Z); k <- 2 + 2 * ko + kt
i0 <- 3:(2 + ko); i1 <- (3 + ko):(2 + 2 * ko); ig <- (3 + 2 * ko):k
psi <- cbind(f1 + W * (y - f1) / p - m0 - tauA, f0 + (1 - W) * (y - f0) / (1 - p) - m0,
             (1 - W) * (y - f0) * X, W * (y - f1) * X, (W - p) * Z)
A <- matrix(0, k, k)
A[1, 1] <- -1; A[1, 2] <- -1; A[2, 2] <- -1
A[1, i1] <- colMeans((1 - W / p) * X)
A[1, ig] <- colMeans(-W * (y - f1) * (1 - p) / p * Z)
A[2, i0] <- colMeans((1 - (1 - W) / (1 - p)) * X)
A[2, ig] <- colMeans((1 - W) * (y - f0) * p / (1 - p) * Z)
A[i0, i0] <- -crossprod(X * (1 - W)) / N
A[i1, i1] <- -crossprod(X * W) / N
A[ig, ig] <- -crossprod(Z * sqrt(p * (1 - p))) / N
V <- sandwich(psi, A)
aipw <- list(tau = tauA, mu0 = m0, se = sqrt(diag(V)))

## ---- ra ATET ----
tauR <- mean(f1[W == 1] - f0[W == 1]); mu0R <- mean(f0[W == 1]); pt <- mean(W)
k <- 2 + 2 * ko
psi <- cbind(W * (f1 - mu0R - tauR), W * (f0 - mu0R), (1 - W) * (y - f0) * X, W * (y - f1) * X)
A <- matrix(0, k, k)
A[1, 1] <- -pt; A[1, 2] <- -pt; A[2, 2] <- -pt
A[1, i1] <- colMeans(W * X); A[2, i0] <- colMeans(W * X)   # psi1 has f1 only: mu1 = mu0 + tau
A[i0, i0] <- -crossprod(X * (1 - W)) / N; A[i1, i1] <- -crossprod(X * W) / N
V <- sandwich(psi, A)
ra <- list(tau = tauR, mu0 = mu0R, se = sqrt(diag(V)))

## ---- psmatch ATET, M = 1, ties kept, nn(2); Abadie-Imbens (2016) adjustment ----
nearest <- function(i, g, m, skip = 0) {       # rows of group g nearest to i on p, with ties at the m-th distance
  cand <- which(W == g); cand <- cand[cand != skip]
  dd <- abs(p[cand] - p[i]); o <- order(dd, cand)
  cut <- dd[o][m]; cand[dd <= cut]
}
M <- 1; L <- 2
K <- numeric(N); Kp <- numeric(N); yh0 <- ifelse(W == 0, y, NA); yh1 <- ifelse(W == 1, y, NA)
for (i in 1:N) {
  j <- nearest(i, 1 - W[i], M)
  if (W[i] == 1) { K[j] <- K[j] + 1 / length(j); Kp[j] <- Kp[j] + 1 / length(j)^2; yh0[i] <- mean(y[j]) }
  else yh1[i] <- mean(y[j])
}
tauM <- mean((y - yh0)[W == 1]); N1 <- sum(W)
s2 <- sapply(1:N, function(i) { h <- nearest(i, W[i], L, skip = i); length(h) / (length(h) + 1) * (y[i] - mean(y[h]))^2 })
Vu <- (sum(((y - yh0 - tauM)^2)[W == 1]) + sum(((K^2 - Kp) * s2)[W == 0])) / N1^2
f <- p * (1 - p)
I <- crossprod(Z * sqrt(f^2 / (p * (1 - p)))) / N
covw <- function(i, g) { h <- nearest(i, g, L); if (length(h) < 2) return(rep(0, kt)); as.vector(cov(Z[h, , drop = FALSE], y[h])) }
ct <- rep(0, kt); dv <- rep(0, kt)
for (i in 1:N) {
  ct <- ct + f[i] * (covw(i, 1) + p[i] / (1 - p[i]) * covw(i, 0))
  dv <- dv + Z[i, ] * f[i] * (yh1[i] - yh0[i] - tauM)
}
ct <- ct / N1; dv <- dv / N1
Va <- Vu - drop(t(ct) %*% solve(I, ct)) / N + drop(t(dv) %*% solve(I, dv)) / N
suppressMessages(library(Matching))
mm <- Match(Y = y, Tr = W, X = p, estimand = "ATT", M = 1, ties = TRUE, Var.calc = 2, distance.tolerance = 0)
# Matching estimates sigma2 as the sample variance of the unit and its Var.calc neighbours instead
# of ADHI (2004)/AI (2006)'s J/(J+1)(Y_i - mean)^2; with that one change the same K, K' formula
# reproduces Match()'s SE, which checks the matching and the K/K' bookkeeping.
s2m <- sapply(1:N, function(i) { h <- nearest(i, W[i], L, skip = i); var(y[c(i, h)]) })
Vm <- (sum(((y - yh0 - tauM)^2)[W == 1]) + sum(((K^2 - Kp) * s2m)[W == 0])) / N1^2
cat(sprintf("psmatch ATET %.10f (Matching %.10f); unadjusted AI SE %.10f; with Matching's sigma2 %.10f (Matching %.10f); adjusted %.10f\n",
            tauM, mm$est, sqrt(Vu), sqrt(Vm), mm$se, sqrt(Va)))

write_case <- function(id, desc, command, expect, notes) {
  dir.create(file.path("..", id), showWarnings = FALSE)
  write.csv(d, file.path("..", id, "data.csv"), row.names = FALSE)
  cs <- list(id = id, description = desc, source = "synthetic, generators/teffects_cases.R, seed 20260713, N=800",
             command = command, expect = expect, tol = list(b = 1e-6, se = 1e-5, default = 1e-6), notes = notes)
  writeLines(toJSON(cs, auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path("..", id, "case.json"))
}
write_case("te-ipw-ate", "teffects ipw ATE, logit treatment model, stacked M-estimation robust SE",
  "teffects ipw (y) (t x1 x2)",
  list(N = N, b = setNames(list(ipw$tau, ipw$mu0), c("ATE:r1vs0.t", "POmean:0.t")),
       se = setNames(list(ipw$se[1], ipw$se[2]), c("ATE:r1vs0.t", "POmean:0.t"))),
  "Normalised IPW (weights 1/p, 1/(1-p)); robust V = A^-1 B A^-T / N over the stacked moments (tau, mu0, logit score), A analytic in R, no small-sample factor (Stata's teffects convention).")
write_case("te-aipw-ate", "teffects aipw ATE, linear outcome model by OLS per level, logit treatment model",
  "teffects aipw (y x1 x2) (t x1 x2)",
  list(N = N, b = setNames(list(aipw$tau, aipw$mu0), c("ATE:r1vs0.t", "POmean:0.t")),
       se = setNames(list(aipw$se[1], aipw$se[2]), c("ATE:r1vs0.t", "POmean:0.t"))),
  "AIPW mu_w = mean[x'b_w + 1{W=w}(y - x'b_w)/Pr(W=w)]; b_w OLS on level w; robust V from stacked moments (tau, mu0, OME0, OME1, TME1) with an analytic Jacobian.")
write_case("te-ra-atet", "teffects ra ATET, linear outcome model per level",
  "teffects ra (y x1 x2) (t), atet",
  list(N = N, b = setNames(list(ra$tau, ra$mu0), c("ATET:r1vs0.t", "POmean:0.t")),
       se = setNames(list(ra$se[1], ra$se[2]), c("ATET:r1vs0.t", "POmean:0.t"))),
  "RA: predictions of both level-specific OLS fits averaged over the treated; robust V from stacked moments with an analytic Jacobian.")
write_case("te-psmatch-atet", "teffects psmatch ATET, 1 neighbour, logit score, AI SE adjusted for the estimated score (AI 2016)",
  "teffects psmatch (y) (t x1 x2), atet",
  list(N = N, b = setNames(list(tauM), "ATET:r1vs0.t"), se = setNames(list(sqrt(Va)), "ATET:r1vs0.t"),
       se_unadjusted = sqrt(Vu), n_treated = N1),
  sprintf("Matching on the logit score with replacement, ties kept; sigma2 from nn(2) same-level neighbours; population AI (2006) variance, then the AI (2016) ATET correction -c_t'I^-1 c_t/N + d'I^-1 d/N with cov(X,Y|p,W=w) over the 2 nearest level-w units (the unit itself included when in w). Cross-check: the ATET equals R Matching::Match(estimand='ATT', M=1, ties=TRUE, Var.calc=2, distance.tolerance=0); Match() estimates sigma2 as the sample variance of the unit and its 2 neighbours, and with that sigma2 this script's formula gives %.10f = Match()'s SE %.10f (the case uses ADHI/AI's J/(J+1)(Y-mean)^2, unadjusted SE in se_unadjusted). The adjustment convention follows the paper as documented in docs/commands/teffects.md; it was not checked against Stata output.", sqrt(Vm), mm$se))
