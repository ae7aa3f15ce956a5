# Baseline for bench/compute.bench.ts: the same trade metrics as interdep (src/metrics/families/trade.ts),
# computed with R data.table from the same bundled files and the same source rule:
# the reporter's own DOTS report, else the partner's mirror DOTS report, else COW v4 (per component).
# Usage: Rscript bench/baselines/trade-metrics.R <data dir> <output csv for a check sample>
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
data_dir <- args[[1]]
out_file <- args[[2]]
setDTthreads(2)

t_read <- system.time({
  dots <- fread(cmd = paste("zcat", file.path(data_dir, "imf_dots_bilateral_trade/dots_bilateral_trade.csv.gz")),
                na.strings = "", colClasses = list(character = c("reporter_iso3", "partner_iso3")))
  cow <- fread(cmd = paste("zcat", file.path(data_dir, "cow_trade_v4/dyadic_trade_1870_2014.csv.gz")), na.strings = "")
  gdp <- fread(cmd = paste("zcat", file.path(data_dir, "worldbank_wdi/gdp_current_usd_1960_2025.csv.gz")), na.strings = "")
  codes <- fread(cmd = paste("zcat", file.path(data_dir, "country_codes/countrycode_codelist.csv.gz")), na.strings = "")
})[["elapsed"]]

t_compute <- system.time({
  # COW codes to the ISO3 codes interdep uses (SUN for 365 up to 1991, as the resolver does)
  cc <- codes[!is.na(cown) & !is.na(iso3c), .(cown, iso3 = iso3c)]
  cc <- cc[!duplicated(cown)]
  to_iso <- function(code, year) {
    iso <- cc$iso3[match(code, cc$cown)]
    iso[code == 365 & year <= 1991] <- "SUN"
    iso[code == 260] <- "DEU"
    iso
  }
  cow <- cow[, .(year, a = to_iso(ccode1, year), b = to_iso(ccode2, year), flow1, flow2)][!is.na(a) & !is.na(b)]
  cow_dir <- rbind(cow[, .(year, reporter = a, partner = b, c_exp = flow2, c_imp = flow1)],
                   cow[, .(year, reporter = b, partner = a, c_exp = flow1, c_imp = flow2)])
  cow_dir <- cow_dir[, .(c_exp = c_exp[1], c_imp = c_imp[1]), by = .(year, reporter, partner)]
  own <- dots[, .(year, reporter = reporter_iso3, partner = partner_iso3, o_exp = exports_fob_musd, o_imp = imports_cif_musd)]
  mirror <- dots[, .(year, reporter = partner_iso3, partner = reporter_iso3, m_exp = imports_cif_musd, m_imp = exports_fob_musd)]
  pairs <- unique(rbind(own[, .(year, reporter, partner)], mirror[, .(year, reporter, partner)], cow_dir[, .(year, reporter, partner)]))
  f <- merge(pairs, own, by = c("year", "reporter", "partner"), all.x = TRUE)
  f <- merge(f, mirror, by = c("year", "reporter", "partner"), all.x = TRUE)
  f <- merge(f, cow_dir, by = c("year", "reporter", "partner"), all.x = TRUE)
  f[, exports := fcoalesce(o_exp, m_exp, as.numeric(c_exp))]
  f[, imports := fcoalesce(o_imp, m_imp, as.numeric(c_imp))]
  f <- f[!is.na(exports) | !is.na(imports), .(year, reporter, partner, exports, imports)]

  tot <- f[, .(x = sum(exports, na.rm = TRUE), m = sum(imports, na.rm = TRUE),
               t = sum(exports, na.rm = TRUE) + sum(imports, na.rm = TRUE)), by = .(reporter, year)]
  f <- merge(f, tot, by = c("reporter", "year"))
  f[, share_turnover := fifelse(is.na(exports) | is.na(imports) | t == 0, NA_real_, (exports + imports) / t)]
  f[, share_exports := fifelse(is.na(exports) | x == 0, NA_real_, exports / x)]
  f[, share_imports := fifelse(is.na(imports) | m == 0, NA_real_, imports / m)]
  g <- gdp[, .(reporter = country_code, year, gdp = value)]
  f <- merge(f, g, by = c("reporter", "year"), all.x = TRUE)
  f[, dependence_gdp := fifelse(is.na(exports) | is.na(imports) | is.na(gdp), NA_real_, (exports + imports) * 1e6 / gdp)]
  f[, export_dependence_gdp := exports * 1e6 / gdp]
  f[, import_dependence_gdp := imports * 1e6 / gdp]
  s <- f[t > 0 & (fcoalesce(exports, 0) + fcoalesce(imports, 0)) > 0,
         .(s = (fcoalesce(exports, 0) + fcoalesce(imports, 0)) / t), by = .(reporter, year)]
  conc <- s[, .(hhi = sum(s^2), n = .N, shannon = -sum(s * log(s))), by = .(reporter, year)]
  conc[, hhi_normalized := fifelse(n == 1, 1, (hhi - 1 / n) / (1 - 1 / n))]
  conc[, hirschman := 100 * sqrt(hhi)]
  rev <- f[, .(reporter = partner, partner = reporter, year, rs = share_turnover, rd = dependence_gdp)]
  f <- merge(f, rev, by = c("reporter", "partner", "year"), all.x = TRUE)
  f[, `:=`(salience = sqrt(share_turnover * rs), symmetry = 1 - abs(share_turnover - rs),
           asymmetry = dependence_gdp - rd, weak_link = pmin(dependence_gdp, rd))]
  f[, interdependence := salience * symmetry]
  f[, dependence_ratio := fifelse(dependence_gdp > 0 & rd > 0, log2(dependence_gdp / rd), NA_real_)]
  xj <- f[, .(xj = sum(exports, na.rm = TRUE)), by = .(partner, year)]
  xw <- f[, .(xw = sum(exports, na.rm = TRUE)), by = year]
  f <- merge(merge(f, xj, by = c("partner", "year")), xw, by = "year")
  f[, intensity := fifelse(is.na(exports) | x == 0 | xj == 0 | xw == 0, NA_real_, (exports / x) / (xj / xw))]
})[["elapsed"]]

sample <- f[reporter == "BLR" & year %in% c(1995, 2005, 2013, 2020),
            .(reporter, partner, year, share_turnover, dependence_gdp, salience, intensity)]
fwrite(sample[order(year, partner)], out_file)
cat(sprintf('{"read_seconds": %.3f, "compute_seconds": %.3f, "directed_rows": %d, "monadic_rows": %d}\n',
            t_read, t_compute, nrow(f), nrow(conc)))
