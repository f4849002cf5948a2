-- The Atom feeds list the newest changes first (ORDER BY updated_at DESC, id DESC LIMIT n):
-- with these the database reads the first n entries of an index instead of sorting every
-- published project or report.

-- CreateIndex
CREATE INDEX "project_state_updated_at_id_idx" ON "project"("state", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "report_state_updated_at_id_idx" ON "report"("state", "updated_at" DESC, "id" DESC);
