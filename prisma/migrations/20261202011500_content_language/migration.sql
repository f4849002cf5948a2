-- Projects and reports say which language their text is written in (issue 12: nynorsk).
-- CreateEnum
CREATE TYPE "content_language" AS ENUM ('nb', 'nn');

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "language" "content_language" NOT NULL DEFAULT 'nb';

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "language" "content_language" NOT NULL DEFAULT 'nb';
