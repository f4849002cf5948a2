-- What the sources do not say about a project or report (issue 14): a list of { topic, note? },
-- moved out of the prose so the public page can say it in one consistent sentence.
-- AlterTable
ALTER TABLE "project" ADD COLUMN     "gaps" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "gaps" JSONB NOT NULL DEFAULT '[]';


