-- CreateTable: the statistics' pre-aggregated facts per user (each viewing with its title's
-- facts, and each viewing once per person credited on its title), rebuilt from the journal and the
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
    "watch_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "nconst" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "tconst" TEXT NOT NULL,
    "watched_on" DATE,
    "period_end" DATE,
    "grade" DOUBLE PRECISION,
    "type" TEXT,

    CONSTRAINT "stats_credits_pkey" PRIMARY KEY ("watch_id","role","nconst")
);

-- CreateTable
CREATE TABLE "stats_states" (
    "user_id" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "refreshed_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stats_states_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable: how many films each person has in each role, per generation of the imdb.*
-- tables (a fingerprint of their identity), filled on demand for the people the statistics show.
CREATE TABLE "stats_person_films" (
    "generation" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "nconst" TEXT NOT NULL,
    "films" INTEGER NOT NULL,

    CONSTRAINT "stats_person_films_pkey" PRIMARY KEY ("generation","role","nconst")
);

-- CreateIndex
CREATE INDEX "stats_viewings_user_id_watched_on_idx" ON "stats_viewings"("user_id", "watched_on");

-- CreateIndex
CREATE INDEX "stats_credits_user_id_role_nconst_idx" ON "stats_credits"("user_id", "role", "nconst");

-- AddForeignKey
ALTER TABLE "stats_viewings" ADD CONSTRAINT "stats_viewings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stats_credits" ADD CONSTRAINT "stats_credits_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stats_states" ADD CONSTRAINT "stats_states_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
