-- AlterTable: each fact row remembers the version of the watch (and provisional title) it was
-- derived from, so that a journal change re-derives only the viewings it touched; the state's
-- revision counts those changes (cached figures are keyed by it).
ALTER TABLE "stats_viewings" ADD COLUMN     "version" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "stats_states" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- CreateTable: the all-time figures per person and role, split by films vs. series, kept up to
-- date with stats_credits (titles seen, titles graded, the sum of the titles' average grades,
-- and the titles of type movie).
CREATE TABLE "stats_people" (
    "user_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "nconst" TEXT NOT NULL,
    "series" BOOLEAN NOT NULL,
    "titles" INTEGER NOT NULL,
    "graded" INTEGER NOT NULL,
    "grade_sum" DOUBLE PRECISION NOT NULL,
    "films" INTEGER NOT NULL,

    CONSTRAINT "stats_people_pkey" PRIMARY KEY ("user_id","role","nconst","series")
);

-- AddForeignKey
ALTER TABLE "stats_people" ADD CONSTRAINT "stats_people_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
