/** The pages that show analyses, in navigation order; each lists its analyses in queries/<page>/page.ts. */
export const pages = ["overview", "trends", "seasonality", "weekend", "ratings"] as const;
