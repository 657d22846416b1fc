-- CreateTable: a media server (Plex, Jellyfin, Emby, or anything that can POST) allowed to log
-- viewings for an account. The webhook URL holds a random secret; only its SHA-256 is stored.
CREATE TABLE "media_connections" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "server_user" TEXT,
    "include_episodes" BOOLEAN NOT NULL DEFAULT false,
    "time_zone" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ,

    CONSTRAINT "media_connections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "media_connections_secret_hash_key" ON "media_connections"("secret_hash");

-- CreateIndex
CREATE INDEX "media_connections_user_id_idx" ON "media_connections"("user_id");

-- AddForeignKey
ALTER TABLE "media_connections" ADD CONSTRAINT "media_connections_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable: one play already logged, so that a delivery sent twice adds nothing.
CREATE TABLE "media_plays" (
    "connection_id" INTEGER NOT NULL,
    "play_key" TEXT NOT NULL,
    "watch_id" INTEGER,
    "created_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_plays_pkey" PRIMARY KEY ("connection_id","play_key")
);

-- AddForeignKey
ALTER TABLE "media_plays" ADD CONSTRAINT "media_plays_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "media_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable: the delivery log (the last 100 per connection are kept) and the Home inbox
-- (logged viewings to grade, deliveries that matched no title) until dismissed.
CREATE TABLE "media_deliveries" (
    "id" SERIAL NOT NULL,
    "connection_id" INTEGER NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "event" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "title" TEXT,
    "year" INTEGER,
    "imdb_id" TEXT,
    "player" TEXT,
    "watched_at" TIMESTAMPTZ,
    "watch_id" INTEGER,
    "inbox" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "media_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "media_deliveries_connection_id_received_at_idx" ON "media_deliveries"("connection_id", "received_at" DESC);

-- AddForeignKey
ALTER TABLE "media_deliveries" ADD CONSTRAINT "media_deliveries_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "media_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;
