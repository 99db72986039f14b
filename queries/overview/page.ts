/** The home page: its analyses in reading order (see pipeline/catalogue.ts). */
import type {PageCatalogue} from "../../pipeline/catalogue.js";

export const page = {
  page: "overview",
  analyses: [
    {
      name: "overview",
      sql: "overview.sql",
      schema: "overview.schema.ts",
      step: "overview.step.ts",
      text: "overview.text.ts"
    }
  ]
} as const satisfies PageCatalogue;
