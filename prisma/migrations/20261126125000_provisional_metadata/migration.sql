-- AlterTable: what an import file says of a title the local IMDb data does not hold (an IMDb
-- ratings export carries genres, runtime, rating, votes and director names), so that the
-- diary, statistics and picks can use it until an ETL run brings the title itself.
ALTER TABLE "provisional_titles"
    ADD COLUMN "original_title" TEXT,
    ADD COLUMN "genres" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "runtime_minutes" INTEGER,
    ADD COLUMN "average_rating" DECIMAL(3,1),
    ADD COLUMN "num_votes" INTEGER,
    ADD COLUMN "directors" TEXT[] DEFAULT ARRAY[]::TEXT[];
