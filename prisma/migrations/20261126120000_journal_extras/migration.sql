-- AlterTable: soft delete, so that Delete can offer Undo. Every read leaves deleted rows out.
ALTER TABLE "watches" ADD COLUMN "deleted_at" TIMESTAMPTZ;

-- CreateTable: titles logged from IMDb's website before the datasets have them. Reads prefer
-- imdb.title_basics when it has the tconst, so the next ETL run supersedes these rows.
CREATE TABLE "provisional_titles" (
    "tconst" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER,
    "title_type" TEXT,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provisional_titles_pkey" PRIMARY KEY ("tconst")
);
