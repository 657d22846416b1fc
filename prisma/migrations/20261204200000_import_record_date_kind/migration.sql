-- AlterTable: an import record keeps what its date is, so that the journal's own JSON export,
-- imported back, restores rating dates as rating dates.
ALTER TABLE "import_records" ADD COLUMN "date_kind" "date_kind" NOT NULL DEFAULT 'watched';
