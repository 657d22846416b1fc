-- CreateEnum: what a viewing's date says. `rated` is the day the title was rated (an IMDb
-- ratings export's "Date Rated"): the viewing was on that day or before it.
CREATE TYPE "date_kind" AS ENUM ('watched', 'rated');

-- AlterTable
ALTER TABLE "watches" ADD COLUMN "date_kind" "date_kind" NOT NULL DEFAULT 'watched';

-- The viewings imported from IMDb ratings exports before this migration carry their rating date.
UPDATE "watches" w SET "date_kind" = 'rated'
  FROM "import_batches" b
 WHERE b.id = w.import_batch_id AND b.format IN ('imdb-ratings', 'imdb-list') AND w.watched_on IS NOT NULL;

-- AlterTable: the statistics' facts keep it too (weekdays, the calendar and streaks leave rating dates out).
ALTER TABLE "stats_viewings" ADD COLUMN "date_kind" TEXT NOT NULL DEFAULT 'watched';

-- CreateTable: statistics and picks to bring up to date in the background, one row per account
-- (an import commit, an undo or review work asks; the server's refresher runs it and deletes it).
CREATE TABLE "journal_refreshes" (
    "user_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_refreshes_pkey" PRIMARY KEY ("user_id")
);

-- AddForeignKey
ALTER TABLE "journal_refreshes" ADD CONSTRAINT "journal_refreshes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
