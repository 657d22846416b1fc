-- CreateTable: the poster cache (lib/posters), one row per title ever looked up. `state` is
-- pending (to look up), found (files on disk), none (IMDb has no image), failed (an error) or
-- evicted (files removed by the size cap; fetched again when the title is shown). `retry_at`
-- is when a pending, none or failed row is due; `bytes` is what its files take on disk.
CREATE TABLE "posters" (
    "tconst" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "image_url" TEXT,
    "bytes" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retry_at" TIMESTAMPTZ,
    "last_error" TEXT,
    "fetched_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posters_pkey" PRIMARY KEY ("tconst")
);

-- CreateIndex
CREATE INDEX "posters_state_retry_at_idx" ON "posters"("state", "retry_at");

-- CreateIndex
CREATE INDEX "posters_last_used_at_idx" ON "posters"("last_used_at");
