/** The trends page: its analyses in reading order (see pipeline/catalogue.ts). */
import type {PageCatalogue} from "../../pipeline/catalogue.js";

export const page = {
  page: "trends",
  analyses: [
    {
      name: "trends_volume",
      sql: "trends_volume.sql",
      schema: "trends_volume.schema.ts",
      step: "trends_volume.step.ts",
      text: "trends_volume.text.ts"
    },
    {
      name: "trends_duration",
      sql: "trends_duration.sql",
      schema: "trends_duration.schema.ts",
      step: "trends_duration.step.ts",
      text: "trends_duration.text.ts"
    },
    {
      name: "trends_complexity",
      sql: "trends_complexity.sql",
      schema: "trends_complexity.schema.ts",
      step: "trends_complexity.step.ts",
      text: "trends_complexity.text.ts"
    },
    {
      name: "trends_nutrition",
      sql: "trends_nutrition.sql",
      schema: "trends_nutrition.schema.ts",
      step: "trends_nutrition.step.ts",
      text: "trends_nutrition.text.ts"
    },
    {
      name: "trends_ingredients",
      sql: "_items.sql",
      params: {items: "ingredients"},
      schema: "trends_ingredients.schema.ts",
      step: "_items.step.ts",
      text: "trends_ingredients.text.ts"
    },
    {
      name: "trends_tags",
      sql: "_items.sql",
      params: {items: "tags"},
      schema: "trends_tags.schema.ts",
      step: "_items.step.ts",
      text: "trends_tags.text.ts"
    }
  ]
} as const satisfies PageCatalogue;
