-- Intake (issue 13): suggested projects, their triage record, the suggester's personal data
-- (a table of its own, deleted as one row), submission records for the per-address limit and
-- the daily cap (a keyed hash of the address only), and county contacts' notice preference.

-- CreateEnum
CREATE TYPE "intake_status" AS ENUM ('new', 'rejected', 'merged', 'accepted');

-- CreateEnum
CREATE TYPE "intake_notice_mode" AS ENUM ('immediate', 'daily');

-- CreateTable
CREATE TABLE "intake_suggestion" (
    "project_id" INTEGER NOT NULL,
    "status" "intake_status" NOT NULL DEFAULT 'new',
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "decided_at" TIMESTAMP(3),
    "decided_by_id" INTEGER,
    "merged_into_id" INTEGER,

    CONSTRAINT "intake_suggestion_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "intake_contact" (
    "project_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "intake_contact_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "intake_submission" (
    "id" BIGSERIAL NOT NULL,
    "address_hash" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "intake_submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intake_notice_preference" (
    "user_id" INTEGER NOT NULL,
    "mode" "intake_notice_mode" NOT NULL DEFAULT 'immediate',
    "last_digest_at" TIMESTAMP(3),

    CONSTRAINT "intake_notice_preference_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "intake_suggestion_status_submitted_at_idx" ON "intake_suggestion"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "intake_contact_created_at_idx" ON "intake_contact"("created_at");

-- CreateIndex
CREATE INDEX "intake_submission_address_hash_at_idx" ON "intake_submission"("address_hash", "at");

-- CreateIndex
CREATE INDEX "intake_submission_at_idx" ON "intake_submission"("at");

-- AddForeignKey
ALTER TABLE "intake_suggestion" ADD CONSTRAINT "intake_suggestion_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake_suggestion" ADD CONSTRAINT "intake_suggestion_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake_suggestion" ADD CONSTRAINT "intake_suggestion_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake_contact" ADD CONSTRAINT "intake_contact_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "intake_suggestion"("project_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intake_notice_preference" ADD CONSTRAINT "intake_notice_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


