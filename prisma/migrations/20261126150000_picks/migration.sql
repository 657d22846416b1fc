-- CreateTable: the weekly picks (one list per user and week), the titles a user dismissed, and
-- each user's trained grade model.
CREATE TABLE "pick_lists" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "week_start" DATE NOT NULL,
    "generated_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grade_count" INTEGER NOT NULL,
    "model" TEXT NOT NULL,

    CONSTRAINT "pick_lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "picks" (
    "id" SERIAL NOT NULL,
    "list_id" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "tconst" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER,
    "title_type" TEXT,
    "predicted_grade" DECIMAL(3,1) NOT NULL,
    "imdb_rating" DECIMAL(3,1),
    "num_votes" INTEGER,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "picks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pick_dismissals" (
    "user_id" INTEGER NOT NULL,
    "tconst" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pick_dismissals_pkey" PRIMARY KEY ("user_id","tconst")
);

-- CreateTable
CREATE TABLE "grade_models" (
    "user_id" INTEGER NOT NULL,
    "trained_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fingerprint" TEXT NOT NULL,
    "model" JSONB NOT NULL,

    CONSTRAINT "grade_models_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pick_lists_user_id_week_start_key" ON "pick_lists"("user_id", "week_start");

-- CreateIndex
CREATE INDEX "picks_list_id_section_rank_idx" ON "picks"("list_id", "section", "rank");

-- AddForeignKey
ALTER TABLE "pick_lists" ADD CONSTRAINT "pick_lists_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "picks" ADD CONSTRAINT "picks_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "pick_lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pick_dismissals" ADD CONSTRAINT "pick_dismissals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grade_models" ADD CONSTRAINT "grade_models_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
