-- A focus-area page names its own sources (issue 14), like success factors do.
-- AlterTable
ALTER TABLE "focus_area" ADD COLUMN     "sources" JSONB NOT NULL DEFAULT '[]';


