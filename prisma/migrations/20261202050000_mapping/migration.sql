-- CreateEnum
CREATE TYPE "factor_evidence" AS ENUM ('shown', 'not_shown', 'unclear');

-- CreateTable
CREATE TABLE "adviser_focus_area" (
    "user_id" INTEGER NOT NULL,
    "focus_area_id" INTEGER NOT NULL,

    CONSTRAINT "adviser_focus_area_pkey" PRIMARY KEY ("user_id","focus_area_id")
);

-- CreateTable
CREATE TABLE "project_mapping" (
    "project_id" INTEGER NOT NULL,
    "assigned_at" TIMESTAMP(3),
    "assigned_by_id" INTEGER,
    "mapped_factors" INTEGER NOT NULL DEFAULT 0,
    "completed_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "project_mapping_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "project_factor_mapping" (
    "project_id" INTEGER NOT NULL,
    "success_factor_id" INTEGER NOT NULL,
    "evidence" "factor_evidence",
    "note" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMP(3) NOT NULL,
    "updated_by_id" INTEGER,

    CONSTRAINT "project_factor_mapping_pkey" PRIMARY KEY ("project_id","success_factor_id")
);

-- CreateIndex
CREATE INDEX "adviser_focus_area_focus_area_id_idx" ON "adviser_focus_area"("focus_area_id");

-- CreateIndex
CREATE INDEX "project_mapping_completed_at_idx" ON "project_mapping"("completed_at");

-- CreateIndex
CREATE INDEX "project_factor_mapping_success_factor_id_idx" ON "project_factor_mapping"("success_factor_id");

-- AddForeignKey
ALTER TABLE "adviser_focus_area" ADD CONSTRAINT "adviser_focus_area_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adviser_focus_area" ADD CONSTRAINT "adviser_focus_area_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_mapping" ADD CONSTRAINT "project_mapping_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_mapping" ADD CONSTRAINT "project_mapping_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_factor_mapping" ADD CONSTRAINT "project_factor_mapping_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_factor_mapping" ADD CONSTRAINT "project_factor_mapping_success_factor_id_fkey" FOREIGN KEY ("success_factor_id") REFERENCES "success_factor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_factor_mapping" ADD CONSTRAINT "project_factor_mapping_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


