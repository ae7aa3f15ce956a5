# Reference for src/analysis/fixed-effects.ts: OLS with state and year dummies (base R lm with factor()) and a
# hand-coded CR1 cluster-robust covariance (clusters = unit), because CRAN's sandwich/fixest are not installed here.
#   V = c (X'X)^-1 [sum_g X_g' u_g u_g' X_g] (X'X)^-1,  c = G/(G-1) * (N-1)/(N-K),  K = rank of the full model matrix
# Usage: Rscript bench/baselines/fe-ols.R panel.csv [y x1 x2 ...]   (CSV columns: unit, time, y, x1, ...)
# Prints one line per slope: term estimate se_classical se_cr1 (17 significant digits), then n, k, G.
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
yname <- if (length(args) > 1) args[2] else "y"
xnames <- if (length(args) > 2) args[3:length(args)] else setdiff(names(d), c("unit", "time", yname))
d <- d[complete.cases(d[, c("unit", "time", yname, xnames)]), ]
f <- as.formula(paste(yname, "~", paste(c(xnames, "factor(unit)", "factor(time)"), collapse = " + ")))
m <- lm(f, data = d)
X <- model.matrix(m)
keep <- !is.na(coef(m))
X <- X[, keep, drop = FALSE]
u <- residuals(m)
n <- nrow(X); k <- ncol(X)
bread <- solve(crossprod(X))
G <- length(unique(d$unit))
meat <- matrix(0, k, k)
for (g in unique(d$unit)) {
  s <- colSums(X[d$unit == g, , drop = FALSE] * u[d$unit == g])
  meat <- meat + tcrossprod(s)
}
cr1 <- (G / (G - 1)) * ((n - 1) / (n - k)) * bread %*% meat %*% bread
classical <- vcov(m)
for (x in xnames) {
  cat(x, format(coef(m)[[x]], digits = 17), format(sqrt(classical[x, x]), digits = 17), format(sqrt(cr1[x, x]), digits = 17), "\n")
}
cat("n", n, "\nk", k, "\nG", G, "\n")
