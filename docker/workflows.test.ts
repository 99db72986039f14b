/**
 * The GitHub workflows: valid for GitHub's schema (@action-validator/core), and shaped as decided: triggers, the
 * DEPLOY guard, deploys through docker/deploy.ts, secrets kept out of shell text, no multi-line deploy logic.
 */
import {readFile} from "node:fs/promises";
import path from "node:path";

import {validateWorkflow} from "@action-validator/core";
import {describe, expect, it} from "vitest";
import {parse} from "yaml";

const DIR = path.join(process.cwd(), ".github", "workflows");
const FILES = ["ci.yml", "cd-preprod.yml", "cd-prod.yml"];

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Job {
  name?: string;
  if?: string;
  "runs-on": string | string[];
  container?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  concurrency?: {group: string; "cancel-in-progress": boolean};
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

async function load(file: string): Promise<{text: string; workflow: Workflow}> {
  const text = await readFile(path.join(DIR, file), "utf8");
  return {text, workflow: parse(text) as Workflow};
}

const runs = (job: Job) => job.steps.map((s) => s.run ?? "").filter(Boolean);

describe("GitHub workflows", () => {
  it.each(FILES)("%s is a valid workflow", async (file) => {
    const {text} = await load(file);
    const state = validateWorkflow(text);
    expect(state.errors, JSON.stringify(state.errors, null, 2)).toEqual([]);
  });

  it("the validator does catch a broken workflow", async () => {
    const {text} = await load("ci.yml");
    expect(validateWorkflow(text.replace("runs-on:", "runz-on:")).errors.length).toBeGreaterThan(0);
  });

  it("CI runs on pushes and pull requests: install, lint, typecheck, tests, build, budgets, image, artifacts", async () => {
    const {workflow} = await load("ci.yml");
    expect(workflow.name).toBe("CI");
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push", "workflow_dispatch"]);
    const test = workflow.jobs.test!;
    const commands = runs(test).join("\n");
    for (const expected of [
      "nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static",
      "ceph-mon ceph-osd radosgw",
      "npm ci",
      "npm run lint",
      "npm run typecheck",
      "npm run test:unit",
      "npm run build",
      "site/build/postbuild.ts",
      "npm run budgets"
    ]) {
      expect(commands).toContain(expected);
    }
    expect(test.container).toMatch(/^node:22-bookworm/);
    const uploads = test.steps.filter((s) => s.uses?.startsWith("actions/upload-artifact@")).map((s) => s.with?.name);
    expect(uploads).toEqual(["coverage", "golden-figures", "screenshots", "site"]);
    const image = workflow.jobs.image!;
    expect(image.needs).toBe("test");
    expect(runs(image).join("\n")).toMatch(/docker buildx build .*--file docker\/Dockerfile/);
    expect(runs(image).join("\n")).toMatch(/docker\/healthcheck\.ts http:\/\/127\.0\.0\.1:8080/);
  });

  it("preprod deploys after a successful CI run on main, through the deploy script", async () => {
    const {workflow} = await load("cd-preprod.yml");
    expect(workflow.on).toEqual({workflow_run: {workflows: ["CI"], types: ["completed"], branches: ["main"]}});
    expect(workflow.concurrency).toEqual({group: "deploy-preprod", "cancel-in-progress": false});
    const job = workflow.jobs.deploy!;
    expect(job.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(job["runs-on"]).toContain("self-hosted");
    const checkout = job.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
    expect(checkout?.with?.ref).toBe("${{ github.event.workflow_run.head_sha }}");

    const build = job.steps.find((s) => s.run?.includes("docker build"))!;
    expect(build.run).toContain("--secret id=aws_access_key_id,env=AWS_ACCESS_KEY_ID");
    expect(build.env?.AWS_ACCESS_KEY_ID).toBe("${{ secrets.S3_ACCESS_KEY_ID }}");
    expect(build.env?.S3_BUCKET).toBe("${{ secrets.S3_BUCKET }}");
    expect(job.steps.find((s) => s.id === "deploy")?.run).toMatch(
      /^npx tsx docker\/deploy\.ts deploy --env preprod --driver docker --release "\$\{RELEASE\}" --image "btk-site:\$\{RELEASE\}"$/
    );
    const notify = job.steps.find((s) => s.run?.includes("docker/notify.ts"))!;
    expect(notify.if).toBe("always() && env.NOTIFY_WEBHOOK != ''");
    expect(job.env?.NOTIFY_WEBHOOK).toBe("${{ secrets.NOTIFY_WEBHOOK }}");
  });

  it("prod is manual, guarded by DEPLOY, with a cancelled path, and promotes through the deploy script", async () => {
    const {workflow} = await load("cd-prod.yml");
    expect(Object.keys(workflow.on)).toEqual(["workflow_dispatch"]);
    const inputs = (workflow.on.workflow_dispatch as {inputs: Record<string, {required: boolean}>}).inputs;
    expect(inputs.confirm?.required).toBe(true);
    expect(workflow.jobs.promote?.if).toBe("inputs.confirm == 'DEPLOY'");
    expect(workflow.jobs.cancelled?.if).toBe("inputs.confirm != 'DEPLOY'");
    expect(runs(workflow.jobs.cancelled!).join("\n")).toMatch(/exit 1/);
    const promote = workflow.jobs.promote!;
    expect(promote["runs-on"]).toContain("self-hosted");
    expect(promote.steps.find((s) => s.id === "promote")?.run).toMatch(
      /^npx tsx docker\/deploy\.ts promote --from preprod --to prod --driver docker/
    );
    expect(workflow.concurrency?.group).toBe("deploy-prod");
  });

  it.each(["cd-preprod.yml", "cd-prod.yml"])(
    "%s keeps deploy logic in scripts and secrets out of shell text",
    async (file) => {
      const {workflow} = await load(file);
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (!step.run) continue;
          // One command per step (a folded command is one line); nothing like a deploy program in YAML.
          expect(step.run.trim().split("\n").length, `${step.name}: ${step.run}`).toBeLessThanOrEqual(2);
          expect(step.run, step.name).not.toMatch(/docker compose|docker-compose|docker tag|curl /);
          // Secrets and user input reach commands through env, never pasted into the script text.
          expect(step.run, step.name).not.toMatch(/\$\{\{\s*(secrets|inputs|github\.event)\./);
        }
      }
    }
  );
});
