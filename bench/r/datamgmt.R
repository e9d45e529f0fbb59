# R counterpart of bench/datamgmt.sdl: same sizes and distributions (R's own RNG).
# usage: Rscript bench/r/datamgmt.R
suppressMessages(library(data.table))
set.seed(12345)
n <- 1e7
d <- data.frame(g = 1L + as.integer(floor(runif(n) * 1000)), k = 1L + as.integer(floor(runif(n) * 1000)),
                x = rnorm(n), y = rnorm(n))
lookup <- data.frame(k = 1:1000, v = (1:1000) / 7)
t <- function(label, expr) { g <- system.time(expr)[["elapsed"]]; cat(sprintf("%-34s %6.2f s\n", label, g)) }
t("base order(x)", s1 <- d[order(d$x), ])
t("base order(g, x)", s2 <- d[order(d$g, d$x), ])
t("base merge m:1", m <- merge(d, lookup, by = "k"))
t("base aggregate mean by g", a <- aggregate(cbind(x, y) ~ g, data = d, FUN = mean))
t("base ave (egen mean by g)", mx <- ave(d$x, d$g))
t("base order(-g, x) (gsort)", s3 <- d[order(-d$g, d$x), ])
dt <- as.data.table(d); lk <- as.data.table(lookup)
t("data.table setorder(x)", setorder(copy(dt), x))
t("data.table setorder(g, x)", setorder(copy(dt), g, x))
t("data.table merge m:1", m2 <- merge(dt, lk, by = "k"))
t("data.table mean by g", a2 <- dt[, .(x = mean(x), y = mean(y)), by = g])
t("data.table := mean by g", dt[, mx := mean(x), by = g])
t("data.table setorder(-g, x)", setorder(copy(dt), -g, x))
