/** The weekend page: its analyses in reading order (see pipeline/catalogue.ts). */
import type {PageCatalogue} from "../../pipeline/catalogue.js";

export const page = {
  page: "weekend",
  analyses: [
    {
      name: "weekend_volume",
      sql: "weekend_volume.sql",
      schema: "weekend_volume.schema.ts",
      step: "weekend_volume.step.ts",
      text: "weekend_volume.text.ts"
    },
    {
      name: "weekend_duration",
      sql: "weekend_duration.sql",
      schema: "weekend_duration.schema.ts",
      step: "weekend_duration.step.ts",
      text: "weekend_duration.text.ts"
    },
    {
      name: "weekend_complexity",
      sql: "weekend_complexity.sql",
      schema: "weekend_complexity.schema.ts",
      step: "weekend_complexity.step.ts",
      text: "weekend_complexity.text.ts"
    },
    {
      name: "weekend_nutrition",
      sql: "weekend_nutrition.sql",
      schema: "weekend_nutrition.schema.ts",
      step: "weekend_nutrition.step.ts",
      text: "weekend_nutrition.text.ts"
    },
    {
      name: "weekend_ingredients",
      sql: "_items.sql",
      params: {items: "ingredients"},
      schema: "weekend_ingredients.schema.ts",
      step: "_items.step.ts",
      text: "weekend_ingredients.text.ts"
    },
    {
      name: "weekend_tags",
      sql: "_items.sql",
      params: {items: "tags"},
      schema: "weekend_tags.schema.ts",
      step: "_items.step.ts",
      text: "weekend_tags.text.ts"
    }
  ]
} as const satisfies PageCatalogue;
