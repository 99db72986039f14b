/** The seasonality page: its analyses in reading order (see pipeline/catalogue.ts). */
import type {PageCatalogue} from "../../pipeline/catalogue.js";

export const page = {
  page: "seasonality",
  analyses: [
    {
      name: "seasonality_volume",
      sql: "seasonality_volume.sql",
      schema: "seasonality_volume.schema.ts",
      step: "seasonality_volume.step.ts",
      text: "seasonality_volume.text.ts"
    },
    {
      name: "seasonality_duration",
      sql: "seasonality_duration.sql",
      schema: "seasonality_duration.schema.ts",
      step: "seasonality_duration.step.ts",
      text: "seasonality_duration.text.ts"
    },
    {
      name: "seasonality_complexity",
      sql: "seasonality_complexity.sql",
      schema: "seasonality_complexity.schema.ts",
      step: "seasonality_complexity.step.ts",
      text: "seasonality_complexity.text.ts"
    },
    {
      name: "seasonality_nutrition",
      sql: "seasonality_nutrition.sql",
      schema: "seasonality_nutrition.schema.ts",
      step: "seasonality_nutrition.step.ts",
      text: "seasonality_nutrition.text.ts"
    },
    {
      name: "seasonality_ingredients",
      sql: "_items.sql",
      params: {items: "ingredients"},
      schema: "seasonality_ingredients.schema.ts",
      step: "_items.step.ts",
      text: "seasonality_ingredients.text.ts"
    },
    {
      name: "seasonality_tags",
      sql: "_items.sql",
      params: {items: "tags"},
      schema: "seasonality_tags.schema.ts",
      step: "_items.step.ts",
      text: "seasonality_tags.text.ts"
    }
  ]
} as const satisfies PageCatalogue;
