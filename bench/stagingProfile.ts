/**
 * Where a staging model's time goes, by DuckDB operator: runs the model's statements (its cleaning, then its index)
 * one by one under DuckDB's JSON profiler and returns the operators that took the most time, with their share of the
 * total. A benchmark figure (the report's "Recipe staging and item index, top operators"), never a test threshold.
 * Run with one thread, the times add up to the CPU time the statements took and do not depend on how the machine's
 * cores are shared.
 */
import {readFile, rm} from "node:fs/promises";

import type {DateWindow, StagingModel, StagingRunner} from "../pipeline/staging.js";
import {defaultDateWindow, runIndex, runStaging} from "../pipeline/staging.js";
import type {Warehouse} from "../pipeline/warehouse.js";
import {sqlString} from "../pipeline/warehouse.js";

export interface OperatorTime {
  /** Operator type and what it computes or reads, as the profiler names them (shortened). */
  operator: string;
  ms: number;
  /** Of the time of every operator of every statement. */
  share: number;
}

export interface StagingProfile {
  totalMs: number;
  operators: OperatorTime[];
}

interface ProfileNode {
  operator_type?: string;
  operator_timing?: number;
  extra_info?: Record<string, unknown>;
  children?: ProfileNode[];
}

/** The names an operator outputs or reads, as its profile lists them. */
function names(node: ProfileNode | undefined): string[] {
  const detail = node?.extra_info?.Projections;
  return Array.isArray(detail) ? detail.map(String) : typeof detail === "string" ? detail.split("\n") : [];
}

/**
 * An operator's label: its type and what it computes, reads or names. A projection is labelled by the columns it
 * adds to its input's (the ones it passes through would make every projection of a query look the same).
 */
function label(node: ProfileNode): string {
  const info = node.extra_info ?? {};
  const added = names(node).filter((name) => !names(node.children?.[0]).includes(name));
  const detail =
    node.operator_type === "PROJECTION" && added.length > 0
      ? added
      : (info.Projections ?? info.Aggregates ?? info.Function ?? info.Table ?? info.Conditions ?? "");
  const text = (Array.isArray(detail) ? detail.join(", ") : String(detail)).replace(/\s+/g, " ").trim();
  return text ? `${node.operator_type}: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}` : `${node.operator_type}`;
}

/**
 * The statements of a staging file: it is written one statement per `;` at the end of a line, which no string or
 * comment inside a statement has.
 */
export function statements(sql: string): string[] {
  return sql
    .split(/;[ \t]*\n/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/--[^\n]*/g, "").trim() !== "");
}

/**
 * Runs `model` on `warehouse` (its raw view loaded) with the build's own staging (runStaging, then runIndex), each
 * statement under DuckDB's profiler, and returns the `top` operators by time. The tables it creates are the model's,
 * as the build leaves them.
 */
export async function profileStaging(
  warehouse: Warehouse,
  root: string,
  model: StagingModel,
  profileFile: string,
  options: {window?: DateWindow; top?: number} = {}
): Promise<StagingProfile> {
  const found: Array<{operator: string; ms: number}> = [];
  const walk = (node: ProfileNode) => {
    if (node.operator_type) found.push({operator: label(node), ms: (node.operator_timing ?? 0) * 1000});
    for (const child of node.children ?? []) walk(child);
  };
  const profiled = async <T>(execute: () => Promise<T>): Promise<T> => {
    // A statement without a physical plan (a macro, a variable) writes no profile: nothing to count.
    await rm(profileFile, {force: true});
    await warehouse.run(`pragma enable_profiling = 'json'; pragma profiling_output = ${sqlString(profileFile)};`);
    try {
      return await execute();
    } finally {
      await warehouse.run("pragma disable_profiling;");
      const text = await readFile(profileFile, "utf8").catch(() => undefined);
      if (text) walk(JSON.parse(text) as ProfileNode);
    }
  };
  const runner: StagingRunner = {
    // The profiler writes one statement's profile: a file of several is run one statement at a time.
    run: async (sql) => {
      for (const statement of statements(`${sql}\n`)) await profiled(() => warehouse.run(statement));
    },
    rows: (sql) => profiled(() => warehouse.rows(sql))
  };
  try {
    await runStaging(runner, root, model, options.window ?? defaultDateWindow());
    await runIndex(runner, root, model);
  } finally {
    await rm(profileFile, {force: true});
  }
  const totalMs = found.reduce((sum, o) => sum + o.ms, 0);
  const operators = found
    .sort((a, b) => b.ms - a.ms)
    .slice(0, options.top ?? 8)
    .map((o) => ({operator: o.operator, ms: Math.round(o.ms), share: totalMs > 0 ? o.ms / totalMs : 0}));
  return {totalMs: Math.round(totalMs), operators};
}
