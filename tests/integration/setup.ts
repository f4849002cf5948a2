import { inject } from "vitest";

// The data layer reads DATABASE_URL; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
