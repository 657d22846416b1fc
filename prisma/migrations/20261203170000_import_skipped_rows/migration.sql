-- AlterTable: the rows of a file set aside as no viewing (blank rows, title rows, totals and
-- averages of a spreadsheet), kept with the batch so the preview and the report can list them.
ALTER TABLE "import_batches" ADD COLUMN "skipped_rows" JSONB NOT NULL DEFAULT '[]';
