-- Whose customs declared a trade_product row (UN Comtrade: the reporter; its imports are CIF, its exports FOB).
-- A flow between two reporters is declared twice, once by each side: the rows differ by reporter and value.
-- NULL for sources that publish one reconciled or exporter-side figure (BACI, OTS).
ALTER TABLE trade_product ADD COLUMN IF NOT EXISTS reporter VARCHAR;
