import {describe, expect, it} from "vitest";

import type {LargeBench} from "./large.js";
import {LARGE_HEADING, largeSection, replaceSection} from "./large.js";

const large: LargeBench = {
  scale: 22,
  memoryLimit: "1536MB",
  generateLimit: "8GB",
  rssBound: 2_048_000_000,
  generate: {
    wallMs: 600_000,
    maxRssBytes: 3_000_000_000,
    files: [{name: "RAW_x.parquet", rows: 25_000_000, bytes: 1e8}]
  },
  build: {wallMs: 120_000, cpuMs: 150_000, maxRssBytes: 1_900_000_000, stages: {"clean:recipes": 30_000}}
};

describe("the large-scale section of bench/report.md", () => {
  it("judges each part's peak RSS against DUCKDB_MEMORY_LIMIT + 512 MB and names the limit each ran under", () => {
    const section = largeSection(large, "2026-12-05");
    expect(section[0]).toBe(LARGE_HEADING);
    expect(section).toContainEqual(expect.stringMatching(/^\| generate \| 8GB \| 600\.0 s \| .* \| no \|$/));
    expect(section).toContainEqual(
      expect.stringMatching(/^\| forced local build:data \| 1536MB \| 120\.0 s \(CPU 150\.0 s\) \| .* \| yes \|$/)
    );
  });

  it("says a failed generation failed, and that the build did not run", () => {
    const section = largeSection({...large, generate: {error: "error: Out of Memory"}, build: undefined}, "2026-12-05");
    expect(section).toContain("| generate | 8GB | failed: error: Out of Memory | | |");
    expect(section).toContain("| forced local build:data | 1536MB | not run (generation failed) | | |");
  });

  it("replaces its own section and leaves the rest of the report as it was", () => {
    const report = `# Benchmark report\n\n## Cost curve\n\nx\n\n${LARGE_HEADING}\n\nold\n\n## Site\n\ny\n`;
    const once = replaceSection(report, [LARGE_HEADING, "", "new"]);
    expect(once).toBe(`# Benchmark report\n\n## Cost curve\n\nx\n\n${LARGE_HEADING}\n\nnew\n\n## Site\n\ny\n`);
    expect(replaceSection("# Benchmark report\n", [LARGE_HEADING, "", "new"])).toBe(
      `# Benchmark report\n\n${LARGE_HEADING}\n\nnew\n`
    );
  });
});
