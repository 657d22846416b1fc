-- AlterTable: an import is first a preview (parsed, matched, classified; nothing in the journal),
-- then committed, and may be undone. Batches made before this migration were committed.
ALTER TABLE "import_batches"
    ADD COLUMN "status" TEXT NOT NULL DEFAULT 'committed',
    ADD COLUMN "format" TEXT,
    ADD COLUMN "file_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "committed_at" TIMESTAMPTZ;

-- CreateTable: every record of an import file, with its match and classification; the preview
-- and the review queue are read from here.
CREATE TABLE "import_records" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "year" INTEGER,
    "imdb_id" TEXT,
    "watched_on" DATE,
    "date_precision" "date_precision" NOT NULL DEFAULT 'unknown',
    "grade" DECIMAL(3,1),
    "rewatch" BOOLEAN NOT NULL DEFAULT false,
    "review" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "place" TEXT,
    "companions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "added_at" TIMESTAMPTZ,
    "rating_only" BOOLEAN NOT NULL DEFAULT false,
    "occurrence" INTEGER NOT NULL DEFAULT 1,
    "meta" JSONB,
    "error" TEXT,
    "tconst" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "confidence" DOUBLE PRECISION,
    "candidates" JSONB NOT NULL DEFAULT '[]',
    "provisional_created" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "import_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_mappings" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "header_key" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "import_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_records_batch_id_status_idx" ON "import_records"("batch_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "import_mappings_user_id_header_key_key" ON "import_mappings"("user_id", "header_key");

-- AddForeignKey
ALTER TABLE "import_records" ADD CONSTRAINT "import_records_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
