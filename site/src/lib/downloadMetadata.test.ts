import {describe, expect, it} from "vitest";

import {schema} from "../../../queries/trends/trends_volume.schema.js";
import {fieldDescription, licenseLine, siteLicense, valueKind} from "./downloadMetadata.js";

describe("download metadata", () => {
  it("finds a field's description in the snapshot's schema, through arrays and objects", () => {
    expect(fieldDescription(schema, "recipes")).toBe("Recipes posted that year (0 for a year without any).");
    expect(fieldDescription(schema, "no_such_field")).toBeUndefined();
  });

  it("names the kind of value of a column from its format", () => {
    expect(valueKind("year", 2001)).toEqual({kind: "calendar year", datatype: "integer"});
    expect(valueKind("pct|1", 0.2).datatype).toBe("double");
    expect(valueKind("text:rule.", "raw").datatype).toBe("string");
    expect(valueKind(undefined, true)).toEqual({kind: "true or false", datatype: "boolean"});
  });

  it("states the licence of the build, and says so when none is declared", () => {
    expect(siteLicense({SITE_LICENSE: " CC BY 4.0 "})).toBe("CC BY 4.0");
    expect(siteLicense({})).toBeUndefined();
    expect(licenseLine("en", "CC BY 4.0")).toBe("Licence: CC BY 4.0");
    expect(licenseLine("fr", "CC BY 4.0")).toBe("Licence\u202f: CC BY 4.0");
    expect(licenseLine("en", undefined)).toBe("Licence: none declared for this build");
  });
});
