-- Provisional titles belong to an account: one account logging or importing a title the IMDb
-- data lacks must not change the title, year or type another account's diary shows.
ALTER TABLE "provisional_titles" ADD COLUMN "user_id" INTEGER;
ALTER TABLE "provisional_titles" DROP CONSTRAINT "provisional_titles_pkey";

-- Every account that uses a global row (viewings, deleted ones too so that Undo still finds the
-- title; watchlist; import records) gets its own copy; then the global rows go.
INSERT INTO "provisional_titles" ("user_id", "tconst", "title", "year", "title_type", "source", "created_at",
  "original_title", "genres", "runtime_minutes", "average_rating", "num_votes", "directors")
SELECT u."user_id", p."tconst", p."title", p."year", p."title_type", p."source", p."created_at",
       p."original_title", p."genres", p."runtime_minutes", p."average_rating", p."num_votes", p."directors"
  FROM "provisional_titles" p
  JOIN (SELECT "user_id", "tconst" FROM "watches"
        UNION SELECT "user_id", "tconst" FROM "watchlist"
        UNION SELECT b."user_id", r."tconst" FROM "import_records" r
                JOIN "import_batches" b ON b."id" = r."batch_id" WHERE r."tconst" IS NOT NULL) u
    ON u."tconst" = p."tconst"
 WHERE p."user_id" IS NULL;
DELETE FROM "provisional_titles" WHERE "user_id" IS NULL;

ALTER TABLE "provisional_titles" ALTER COLUMN "user_id" SET NOT NULL;
ALTER TABLE "provisional_titles" ADD CONSTRAINT "provisional_titles_pkey" PRIMARY KEY ("user_id", "tconst");

-- AddForeignKey
ALTER TABLE "provisional_titles" ADD CONSTRAINT "provisional_titles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
