-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'county_contact', 'adviser');

-- CreateEnum
CREATE TYPE "editorial_state" AS ENUM ('kandidat', 'under_kartlegging', 'publisert', 'arkivert');

-- CreateEnum
CREATE TYPE "project_status" AS ENUM ('planlagt', 'pagar', 'avsluttet');

-- CreateEnum
CREATE TYPE "report_kind" AS ENUM ('veileder', 'analyse', 'evaluering', 'bok', 'studie', 'rapport');

-- CreateEnum
CREATE TYPE "audit_outcome" AS ENUM ('success', 'failure', 'refused');

-- CreateEnum
CREATE TYPE "revision_entity" AS ENUM ('project', 'report');

-- CreateTable
CREATE TABLE "county" (
    "number" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "other_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contact_role" TEXT,
    "body" TEXT,
    "sources" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "county_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "former_county" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "valid_from" INTEGER,
    "valid_to" INTEGER NOT NULL,
    "successor_numbers" TEXT[],

    CONSTRAINT "former_county_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "municipality" (
    "number" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "other_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "county_number" VARCHAR(2) NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "former_municipality" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "county_number" VARCHAR(2) NOT NULL,
    "valid_to" INTEGER NOT NULL,

    CONSTRAINT "former_municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "former_municipality_successor" (
    "former_id" INTEGER NOT NULL,
    "municipality_number" VARCHAR(4) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "former_municipality_successor_pkey" PRIMARY KEY ("former_id","municipality_number")
);

-- CreateTable
CREATE TABLE "pillar" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "success_factor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "questions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "pillar_id" INTEGER NOT NULL,

    CONSTRAINT "success_factor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_area" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "position" INTEGER,

    CONSTRAINT "focus_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "start_year" INTEGER,
    "end_year" INTEGER,
    "status" "project_status" NOT NULL,
    "owner" TEXT,
    "contact" TEXT,
    "funding" JSONB NOT NULL DEFAULT '[]',
    "methods" TEXT,
    "results" TEXT,
    "lessons" TEXT,
    "transferability" TEXT,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "state" "editorial_state" NOT NULL DEFAULT 'kandidat',
    "last_checked_at" DATE,
    "published_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "adviser_id" INTEGER,
    "search_vector" tsvector,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_municipality" (
    "project_id" INTEGER NOT NULL,
    "municipality_number" VARCHAR(4) NOT NULL,

    CONSTRAINT "project_municipality_pkey" PRIMARY KEY ("project_id","municipality_number")
);

-- CreateTable
CREATE TABLE "project_focus_area" (
    "project_id" INTEGER NOT NULL,
    "focus_area_id" INTEGER NOT NULL,

    CONSTRAINT "project_focus_area_pkey" PRIMARY KEY ("project_id","focus_area_id")
);

-- CreateTable
CREATE TABLE "project_success_factor" (
    "project_id" INTEGER NOT NULL,
    "success_factor_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "project_success_factor_pkey" PRIMARY KEY ("project_id","success_factor_id")
);

-- CreateTable
CREATE TABLE "project_report" (
    "project_id" INTEGER NOT NULL,
    "report_id" INTEGER NOT NULL,

    CONSTRAINT "project_report_pkey" PRIMARY KEY ("project_id","report_id")
);

-- CreateTable
CREATE TABLE "project_tag" (
    "project_id" INTEGER NOT NULL,
    "tag_id" INTEGER NOT NULL,

    CONSTRAINT "project_tag_pkey" PRIMARY KEY ("project_id","tag_id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "year" INTEGER NOT NULL,
    "series" TEXT,
    "number" TEXT,
    "kind" "report_kind" NOT NULL,
    "isbn" TEXT,
    "url" TEXT,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "sources" JSONB NOT NULL DEFAULT '[]',
    "state" "editorial_state" NOT NULL DEFAULT 'publisert',
    "last_checked_at" DATE,
    "published_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "created_by_id" INTEGER,
    "updated_by_id" INTEGER,
    "search_vector" tsvector,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_focus_area" (
    "report_id" INTEGER NOT NULL,
    "focus_area_id" INTEGER NOT NULL,

    CONSTRAINT "report_focus_area_pkey" PRIMARY KEY ("report_id","focus_area_id")
);

-- CreateTable
CREATE TABLE "report_success_factor" (
    "report_id" INTEGER NOT NULL,
    "success_factor_id" INTEGER NOT NULL,

    CONSTRAINT "report_success_factor_pkey" PRIMARY KEY ("report_id","success_factor_id")
);

-- CreateTable
CREATE TABLE "page" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "page_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "app_meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_meta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "search_synonym" (
    "id" SERIAL NOT NULL,
    "term" TEXT NOT NULL,
    "equivalent" TEXT NOT NULL,

    CONSTRAINT "search_synonym_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "disabled_at" TIMESTAMP(3),
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_county" (
    "user_id" INTEGER NOT NULL,
    "county_number" VARCHAR(2) NOT NULL,

    CONSTRAINT "user_county_pkey" PRIMARY KEY ("user_id","county_number")
);

-- CreateTable
CREATE TABLE "sign_in_failure" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" SERIAL NOT NULL,
    "entity_type" "revision_entity" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "user_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,
    "changed" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comment" TEXT,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "outcome" "audit_outcome" NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "ip" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "county_slug_key" ON "county"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "former_county_number_valid_to_key" ON "former_county"("number", "valid_to");

-- CreateIndex
CREATE INDEX "municipality_county_number_idx" ON "municipality"("county_number");

-- CreateIndex
CREATE INDEX "municipality_name_trgm_idx" ON "municipality" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "former_municipality_number_idx" ON "former_municipality"("number");

-- CreateIndex
CREATE UNIQUE INDEX "former_municipality_number_valid_to_key" ON "former_municipality"("number", "valid_to");

-- CreateIndex
CREATE INDEX "former_municipality_successor_municipality_number_idx" ON "former_municipality_successor"("municipality_number");

-- CreateIndex
CREATE UNIQUE INDEX "pillar_slug_key" ON "pillar"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "success_factor_slug_key" ON "success_factor"("slug");

-- CreateIndex
CREATE INDEX "success_factor_pillar_id_idx" ON "success_factor"("pillar_id");

-- CreateIndex
CREATE UNIQUE INDEX "focus_area_slug_key" ON "focus_area"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "tag_slug_key" ON "tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "project_slug_key" ON "project"("slug");

-- CreateIndex
CREATE INDEX "project_state_published_at_idx" ON "project"("state", "published_at" DESC);

-- CreateIndex
CREATE INDEX "project_adviser_id_idx" ON "project"("adviser_id");

-- CreateIndex
CREATE INDEX "project_search_vector_idx" ON "project" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "project_title_trgm_idx" ON "project" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "project_municipality_municipality_number_idx" ON "project_municipality"("municipality_number");

-- CreateIndex
CREATE INDEX "project_focus_area_focus_area_id_idx" ON "project_focus_area"("focus_area_id");

-- CreateIndex
CREATE INDEX "project_success_factor_success_factor_id_idx" ON "project_success_factor"("success_factor_id");

-- CreateIndex
CREATE INDEX "project_report_report_id_idx" ON "project_report"("report_id");

-- CreateIndex
CREATE INDEX "project_tag_tag_id_idx" ON "project_tag"("tag_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_slug_key" ON "report"("slug");

-- CreateIndex
CREATE INDEX "report_state_year_idx" ON "report"("state", "year" DESC);

-- CreateIndex
CREATE INDEX "report_search_vector_idx" ON "report" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "report_title_trgm_idx" ON "report" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "report_focus_area_focus_area_id_idx" ON "report_focus_area"("focus_area_id");

-- CreateIndex
CREATE INDEX "report_success_factor_success_factor_id_idx" ON "report_success_factor"("success_factor_id");

-- CreateIndex
CREATE INDEX "search_synonym_term_idx" ON "search_synonym"("term");

-- CreateIndex
CREATE UNIQUE INDEX "search_synonym_term_equivalent_key" ON "search_synonym"("term", "equivalent");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "sign_in_failure_key_created_at_idx" ON "sign_in_failure"("key", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "revision_entity_type_entity_id_version_key" ON "revision"("entity_type", "entity_id", "version");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "audit_log"("user_id", "at");

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_county_number_fkey" FOREIGN KEY ("county_number") REFERENCES "county"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "former_municipality_successor" ADD CONSTRAINT "former_municipality_successor_former_id_fkey" FOREIGN KEY ("former_id") REFERENCES "former_municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "former_municipality_successor" ADD CONSTRAINT "former_municipality_successor_municipality_number_fkey" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "success_factor" ADD CONSTRAINT "success_factor_pillar_id_fkey" FOREIGN KEY ("pillar_id") REFERENCES "pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_adviser_id_fkey" FOREIGN KEY ("adviser_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_municipality" ADD CONSTRAINT "project_municipality_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_municipality" ADD CONSTRAINT "project_municipality_municipality_number_fkey" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_focus_area" ADD CONSTRAINT "project_focus_area_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_focus_area" ADD CONSTRAINT "project_focus_area_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_success_factor" ADD CONSTRAINT "project_success_factor_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_success_factor" ADD CONSTRAINT "project_success_factor_success_factor_id_fkey" FOREIGN KEY ("success_factor_id") REFERENCES "success_factor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_tag" ADD CONSTRAINT "project_tag_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_tag" ADD CONSTRAINT "project_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_focus_area" ADD CONSTRAINT "report_focus_area_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_focus_area" ADD CONSTRAINT "report_focus_area_focus_area_id_fkey" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_success_factor" ADD CONSTRAINT "report_success_factor_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_success_factor" ADD CONSTRAINT "report_success_factor_success_factor_id_fkey" FOREIGN KEY ("success_factor_id") REFERENCES "success_factor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_county" ADD CONSTRAINT "user_county_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_county" ADD CONSTRAINT "user_county_county_number_fkey" FOREIGN KEY ("county_number") REFERENCES "county"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


