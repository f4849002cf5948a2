-- ("project_state_updated_at_id_idx", newest change first per state, serves the dashboard too:
-- it came with the feeds, 20261202013000_feed_updated_at_index.)

-- CreateIndex
CREATE INDEX "project_updated_at_idx" ON "project"("updated_at" DESC);

-- CreateIndex
CREATE INDEX "revision_entity_type_created_at_id_idx" ON "revision"("entity_type", "created_at" DESC, "id" DESC);


