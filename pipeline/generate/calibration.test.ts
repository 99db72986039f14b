/**
 * The generated data tells the reference's stories (reference-app.md): checked at a small scale on the rows that
 * survive the reference's cleaning (§7.3, §7.4), with tolerances wide enough for that scale's sampling noise.
 */
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import path from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";

import {generateDataset} from "./generate.js";
import {query} from "./testing.js";

const SCALE = 0.05;
let root: string;
let recipes: string;
let interactions: string;

/** The reference's recipe cleaning with its published bounds; the first test checks the bounds themselves. */
const cleaned = () => `(select *, isodow(submitted) as weekday,
    case when month(submitted) in (12, 1, 2) then 'Winter' when month(submitted) <= 5 then 'Spring'
        when month(submitted) <= 8 then 'Summer' else 'Autumn' end as season
  from ${recipes}
  where minutes between 1 and 180 and n_steps between 2 and 24 and n_ingredients between 3 and 17 and name is not null)`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "generate-calibration-"));
  const result = await generateDataset({outDir: root, seed: 20191103, scale: SCALE});
  recipes = `read_parquet('${result.files[0].path}')`;
  interactions = `read_parquet('${result.files[1].path}')`;
});

afterAll(async () => {
  await rm(root, {recursive: true, force: true});
});

describe("calibration at scale 0.05", () => {
  it("cleans like the real data: bounds [2, 24] and [3, 17], ~86 % of recipes kept", async () => {
    const [b] = await query(`with m as (select * from ${recipes} where minutes between 1 and 180),
      s as (select list_sort(list(n_steps)) as st, list_sort(list(n_ingredients)) as ig from m)
      select st[round((len(st) - 1) * 0.025)::bigint + 1] as steps_low, st[round((len(st) - 1) * 0.975)::bigint + 1] as steps_high,
          ig[round((len(ig) - 1) * 0.025)::bigint + 1] as ingredients_low, ig[round((len(ig) - 1) * 0.975)::bigint + 1] as ingredients_high
      from s`);
    expect(b).toEqual({steps_low: 2, steps_high: 24, ingredients_low: 3, ingredients_high: 17});
    const [c] = await query(
      `select (select count(*) from ${cleaned()}) as kept, (select count(*) from ${recipes}) as raw`
    );
    expect((c.kept as number) / (c.raw as number)).toBeCloseTo(200_066 / 231_637, 2);
  });

  it("peaks in 2007, spans 1999-08-06 to 2018-12-04", async () => {
    const rows = await query(
      `select year(submitted) as year, count(*) as n from ${cleaned()} group by year order by n desc`
    );
    expect(rows[0].year).toBe(2007);
    expect(rows).toHaveLength(20);
    const [span] = await query(
      `select min(submitted)::varchar as first_day, max(submitted)::varchar as last_day from ${recipes}`
    );
    expect(span).toEqual({first_day: "1999-08-06", last_day: "2018-12-04"});
  });

  it("posts most on Monday, least on Saturday, with the published day deviations", async () => {
    const rows = await query(
      `select weekday, count(*) / avg(count(*)) over () - 1 as deviation from ${cleaned()} group by weekday order by weekday`
    );
    const deviation = rows.map((r) => r.deviation as number);
    expect(deviation.indexOf(Math.max(...deviation))).toBe(0);
    expect(deviation.indexOf(Math.min(...deviation))).toBe(5);
    expect(deviation[0]).toBeCloseTo(0.45, 1);
    expect(deviation[5]).toBeCloseTo(-0.49, 1);
    expect(deviation[6]).toBeCloseTo(-0.36, 1);
  });

  it("posts most in Spring (+8.7 %)", async () => {
    const rows = await query(
      `select season, count(*) / avg(count(*)) over () - 1 as deviation from ${cleaned()} group by season order by deviation desc`
    );
    expect(rows[0].season).toBe("Spring");
    expect(rows[0].deviation).toBeGreaterThan(0.05);
    expect(rows[0].deviation).toBeLessThan(0.12);
  });

  it("has the cleaned minutes, steps and ingredients of §7.3", async () => {
    const [m] = await query(`select median(minutes) as median_minutes, avg(minutes) as mean_minutes,
        avg(n_steps) as mean_steps, median(n_ingredients) as median_ingredients, avg(n_ingredients) as mean_ingredients
      from ${cleaned()}`);
    expect(m.median_minutes).toBe(35);
    expect(m.mean_minutes).toBeGreaterThan(41);
    expect(m.mean_minutes).toBeLessThan(44);
    expect(m.mean_steps).toBeCloseTo(9.2, 0);
    expect(m.median_ingredients).toBe(9);
    expect(m.mean_ingredients).toBeCloseTo(8.8, 0);
  });

  it("gets lighter and quicker over the years", async () => {
    const [t] = await query(`with y as (select year(submitted) as year, count(*) as n, avg(minutes) as minutes,
          avg((nutrition::double[])[1]) as calories from ${cleaned()} group by year)
      select regr_slope(minutes, year) as minutes_slope, regr_slope(calories, year) as calories_slope from y where n >= 100`);
    expect(t.minutes_slope).toBeLessThan(-0.2);
    expect(t.calories_slope).toBeLessThan(-6);
  });

  it("has the most frequent ingredients and tags of §2.6-§2.7", async () => {
    const top = async (column: string) =>
      (
        await query(`select item, count(*) as n from (select unnest(regexp_extract_all(${column}, '''([^'']*)''', 1)) as item from ${cleaned()})
        group by item order by n desc limit 3`)
      ).map((r) => r.item);
    expect(await top("ingredients")).toEqual(["salt", "butter", "sugar"]);
    expect((await top("tags")).slice(0, 2).sort()).toEqual(["preparation", "time-to-make"]);
  });

  it("rates like RAW_interactions: 72 % five stars, 5.4 % unrated", async () => {
    const [r] =
      await query(`select avg((rating = 5)::int) as five, avg((rating = 0)::int) as unrated, count(distinct user_id) as users
      from ${interactions}`);
    expect(r.five).toBeCloseTo(816_364 / 1_132_367, 2);
    expect(r.unrated).toBeCloseTo(60_847 / 1_132_367, 3);
    expect(r.users).toBe(Math.round(226_570 * SCALE));
  });

  it("rates a little higher in summer than in winter, with the most ratings in January", async () => {
    const rows = await query(`select month(date) as month, count(*) as n, avg(rating) as mean from ${interactions}
      where rating between 1 and 5 group by month order by month`);
    const counts = rows.map((r) => r.n as number);
    expect(counts.indexOf(Math.max(...counts))).toBe(0);
    const mean = (months: number[]) => months.reduce((s, m) => s + (rows[m - 1].mean as number), 0) / months.length;
    expect(mean([6, 7, 8])).toBeGreaterThan(mean([12, 1, 2]));
  });
});
