-- DropTable
DROP TABLE "sign_in_failure";

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "address" VARCHAR(45),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_created_at_idx" ON "sign_in_attempt"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempt_address_created_at_idx" ON "sign_in_attempt"("address", "created_at");


