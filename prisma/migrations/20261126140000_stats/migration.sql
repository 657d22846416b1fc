-- CreateTable: the statistics' pre-aggregated facts per user, rebuilt from the journal and the
-- imdb.* tables by lib/stats/refresh.ts whenever either has changed (nothing here depends on
-- the imdb.* tables, which the ETL replaces).
CREATE TABLE "stats_viewings" (
    "id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "tconst" TEXT NOT NULL,
    "watched_on" DATE,
    "period_end" DATE,
    "date_precision" TEXT NOT NULL,
    "grade" DOUBLE PRECISION,
    "rewatch" BOOLEAN NOT NULL,
    "type" TEXT,
    "genres" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "runtime" INTEGER,
    "released" INTEGER,
    "rating" DOUBLE PRECISION,
    "title" TEXT,
    "region" TEXT,

    CONSTRAINT "stats_viewings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stats_credits" (
    "user_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "nconst" TEXT NOT NULL,
    "tconst" TEXT NOT NULL,

    CONSTRAINT "stats_credits_pkey" PRIMARY KEY ("user_id","role","nconst","tconst")
);

-- CreateTable
CREATE TABLE "stats_states" (
    "user_id" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "refreshed_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stats_states_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "stats_viewings_user_id_watched_on_idx" ON "stats_viewings"("user_id", "watched_on");

-- CreateIndex
CREATE INDEX "stats_credits_user_id_tconst_idx" ON "stats_credits"("user_id", "tconst");

-- AddForeignKey
ALTER TABLE "stats_viewings" ADD CONSTRAINT "stats_viewings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stats_credits" ADD CONSTRAINT "stats_credits_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stats_states" ADD CONSTRAINT "stats_states_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
