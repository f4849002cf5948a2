-- CreateIndex
CREATE INDEX "project_state_updated_at_id_idx" ON "project"("state", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "project_updated_at_idx" ON "project"("updated_at" DESC);

-- CreateIndex
CREATE INDEX "revision_entity_type_created_at_id_idx" ON "revision"("entity_type", "created_at" DESC, "id" DESC);


