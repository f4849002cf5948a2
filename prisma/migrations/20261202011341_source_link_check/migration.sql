-- CreateTable
CREATE TABLE "source_link_check" (
    "id" BIGSERIAL NOT NULL,
    "entity_type" "revision_entity" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status" INTEGER,
    "error" TEXT,
    "method" VARCHAR(4) NOT NULL,
    "final_url" TEXT,
    "redirects" INTEGER NOT NULL DEFAULT 0,
    "duration_ms" INTEGER NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_link_check_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "source_link_check_ok_entity_type_entity_id_idx" ON "source_link_check"("ok", "entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_link_check_entity_type_entity_id_url_key" ON "source_link_check"("entity_type", "entity_id", "url");
