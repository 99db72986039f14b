// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {ignores: ["node_modules", "dist", "coverage", ".cache", "data", "snapshots*", ".astro", "test-artifacts"]},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly"
      }
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_"}],
      "object-shorthand": "error"
    }
  },
  {
    files: ["site/src/scripts/**"],
    languageOptions: {
      globals: {window: "readonly", document: "readonly", navigator: "readonly", localStorage: "readonly"}
    }
  }
);
