-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "population" INTEGER,
ADD COLUMN     "population_band" TEXT,
ADD COLUMN     "population_change_10y" DOUBLE PRECISION,
ADD COLUMN     "population_trend" TEXT;

-- CreateTable
CREATE TABLE "municipality_population" (
    "municipality_number" VARCHAR(4) NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER NOT NULL,

    CONSTRAINT "municipality_population_pkey" PRIMARY KEY ("municipality_number","year")
);

-- CreateIndex
CREATE INDEX "municipality_population_band_population_trend_idx" ON "municipality"("population_band", "population_trend");

-- AddForeignKey
ALTER TABLE "municipality_population" ADD CONSTRAINT "municipality_population_municipality_number_fkey" FOREIGN KEY ("municipality_number") REFERENCES "municipality"("number") ON DELETE CASCADE ON UPDATE CASCADE;


