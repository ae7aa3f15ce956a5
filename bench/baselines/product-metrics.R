# Baseline for bench/product.bench.ts: the ten product metrics of interdep (src/metrics/families/product.ts) in
# R data.table, on one BACI-like year (one dataset, HS6 codes, one reconciled figure per flow, no exports-to-world
# rows), so the SQL's dataset choice, code-length and declaration rules have nothing to choose and are not repeated.
# Same rules otherwise: value > 0, HS chapter 99 and self-flows left out; HHI = sum(v^2) / (sum(v) * sum(v)); a code's
# end-use class is the one all its HS 2017 subheadings share, else unallocated; the screen: supplier HHI > 0.4,
# world-export HHI > 0.4, imports > 1 x exports.
# Usage: Rscript bench/baselines/product-metrics.R <trade.csv> <hs_bec.csv> <bec_class.csv> <out.csv> <threads>
# Prints one JSON line: read_seconds (CSV parse), compute_seconds (all ten metrics), rows.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
setDTthreads(as.integer(args[[5]]))

t_read <- system.time({
  tp <- fread(args[[1]], na.strings = "",
              colClasses = list(integer = "year", character = c("exporter", "importer", "product"), double = "value_usd"))
  hb <- fread(args[[2]], colClasses = "character")
  bc <- fread(args[[3]], colClasses = "character")
})[["elapsed"]]

hhi <- function(v) sum(v * v) / (sum(v) * sum(v))
classes <- c("primary", "intermediate", "capital", "consumption")

t_compute <- system.time({
  f <- tp[!is.na(value_usd) & value_usd > 0 & substr(product, 1, 2) != "99" & !is.na(importer) & exporter != importer,
          .(value = sum(value_usd)), by = .(year, exporter, importer, product)]
  dyad <- c("year", "importer", "exporter")
  out <- list()
  emit <- function(id, d, subject, counterpart) {
    out[[id]] <<- d[, .(metric = id, subject = get(subject), counterpart = if (is.null(counterpart)) NA_character_ else get(counterpart), year, value)]
  }
  # product concentration of a dyad's imports (HS chapters, headings) and of an exporter's exports (chapters)
  for (digits in c(2L, 4L)) {
    h <- f[, .(v = sum(value)), by = .(year, importer, exporter, g = substr(product, 1, digits))][, .(value = hhi(v)), by = dyad]
    emit(sprintf("product.import_hhi_hs%d", digits), h, "importer", "exporter")
  }
  x <- f[, .(v = sum(value)), by = .(year, exporter, g = substr(product, 1, 2))][, .(value = hhi(v)), by = .(year, exporter)]
  emit("product.export_hhi_hs2", x, "exporter", NULL)

  # end-use shares: class of every chapter, heading and subheading of the correspondence
  hb[, cls := bc$cls[match(bec, bc$bec)]]
  hb[is.na(cls), cls := "unallocated"]
  cm <- rbind(hb[, .(code = substr(hs6, 1, 2), cls)], hb[, .(code = substr(hs6, 1, 4), cls)], hb[, .(code = hs6, cls)])
  cm <- cm[, .(cls = if (min(cls) == max(cls)) cls[[1]] else "unallocated"), by = code]
  f[cm, cls := i.cls, on = .(product = code)]
  s <- f[, .(total = sum(value),
             primary = sum(value[cls %chin% "primary"]), intermediate = sum(value[cls %chin% "intermediate"]),
             capital = sum(value[cls %chin% "capital"]), consumption = sum(value[cls %chin% "consumption"]),
             unallocated = sum(value[!(cls %chin% classes)])), by = dyad]
  for (c in c(classes, "unallocated")) emit(paste0("product.import_share_", c), s[, .(year, importer, exporter, value = get(c) / total)], "importer", "exporter")

  # criticality-weighted import share and the strategic-dependency screen
  w <- f[, .(v = sum(value)), by = .(year, exporter, product)][, .(world_hhi = hhi(v)), by = .(year, product)]
  ti <- f[, .(total = sum(value)), by = .(year, importer)]
  g <- f[, .(m = sum(value), sq = sum(value * value)), by = .(year, importer, product)]
  xs <- f[, .(x = sum(value)), by = .(year, exporter, product)]
  g[xs, x := i.x, on = .(year, importer = exporter, product)]
  g[is.na(x), x := 0]
  g[w, world_hhi := i.world_hhi, on = .(year, product)]
  g[, dependent := sq / (m * m) > 0.4 & world_hhi > 0.4 & m > 1 * x]
  f[w, world_hhi := i.world_hhi, on = .(year, product)]
  f[g, dependent := i.dependent, on = .(year, importer, product)]
  f[ti, total := i.total, on = .(year, importer)]
  cd <- f[, .(critical = sum(value * world_hhi) / max(total), dep = sum(fifelse(dependent, value, 0)) / max(total)), by = dyad]
  emit("product.critical_import_share", cd[, .(year, importer, exporter, value = critical)], "importer", "exporter")
  emit("product.dependent_import_share", cd[, .(year, importer, exporter, value = dep)], "importer", "exporter")
  res <- rbindlist(out)
})[["elapsed"]]

fwrite(res, args[[4]], na = "")
cat(sprintf('{"read_seconds": %.3f, "compute_seconds": %.3f, "rows": %d, "input_rows": %d}\n', t_read, t_compute, nrow(res), nrow(tp)))
