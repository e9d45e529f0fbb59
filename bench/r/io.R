# R counterpart of bench/io.sdl on the files it wrote.
# usage: Rscript bench/r/io.R <folder holding wide.dta and wide.csv>
suppressMessages({library(haven); library(data.table)})
dir <- commandArgs(TRUE)[1]
t <- function(label, expr) { g <- system.time(expr)[["elapsed"]]; cat(sprintf("%-28s %6.2f s\n", label, g)) }
t("haven::read_dta", d <- read_dta(file.path(dir, "wide.dta")))
t("haven::write_dta", write_dta(d, file.path(dir, "wide_r.dta")))
t("data.table::fread csv", x <- fread(file.path(dir, "wide.csv")))
t("utils::read.csv", y <- read.csv(file.path(dir, "wide.csv")))
