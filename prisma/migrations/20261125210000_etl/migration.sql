-- CreateEnum
CREATE TYPE "etl_status" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "etl_runs" (
    "id" SERIAL NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ,
    "status" "etl_status" NOT NULL DEFAULT 'running',
    "source" TEXT NOT NULL,
    "datasets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "files" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "pid" INTEGER,

    CONSTRAINT "etl_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "etl_file_states" (
    "dataset" TEXT NOT NULL,
    "etag" TEXT,
    "last_modified" TEXT,
    "bytes" BIGINT,
    "rows" BIGINT,
    "loaded_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "etl_file_states_pkey" PRIMARY KEY ("dataset")
);

-- CreateIndex
CREATE INDEX "etl_runs_started_at_idx" ON "etl_runs"("started_at" DESC);

-- The IMDb tables live in their own schema, written only by the ETL (etl/); the app reads them.
CREATE SCHEMA IF NOT EXISTS "imdb";
