/** The ratings page: its analyses in reading order (see pipeline/catalogue.ts). */
import type {PageCatalogue} from "../../pipeline/catalogue.js";

export const page = {
  page: "ratings",
  analyses: [
    {
      name: "ratings_distribution",
      sql: "ratings_distribution.sql",
      schema: "ratings_distribution.schema.ts",
      step: "ratings_distribution.step.ts",
      text: "ratings_distribution.text.ts"
    },
    {
      name: "ratings_trend",
      sql: "ratings_trend.sql",
      schema: "ratings_trend.schema.ts",
      step: "ratings_trend.step.ts",
      text: "ratings_trend.text.ts"
    },
    {
      name: "ratings_seasonal",
      sql: "ratings_seasonal.sql",
      schema: "ratings_seasonal.schema.ts",
      step: "ratings_seasonal.step.ts",
      text: "ratings_seasonal.text.ts"
    },
    {
      name: "ratings_seasonal_volume",
      sql: "ratings_seasonal_volume.sql",
      schema: "ratings_seasonal_volume.schema.ts",
      step: "ratings_seasonal_volume.step.ts",
      text: "ratings_seasonal_volume.text.ts"
    },
    {
      name: "ratings_validation",
      sql: "ratings_validation.sql",
      schema: "ratings_validation.schema.ts",
      step: "ratings_validation.step.ts",
      text: "ratings_validation.text.ts"
    }
  ]
} as const satisfies PageCatalogue;
