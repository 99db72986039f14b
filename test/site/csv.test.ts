import {describe, expect, it} from "vitest";

import {csvField, toCsv} from "../../site/src/lib/csv.js";

describe("RFC 4180 CSV", () => {
  it("quotes only the fields that need it and doubles inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("confectioners' sugar")).toBe("confectioners' sugar");
    expect(csvField(" padded ")).toBe(" padded ");
  });

  it("neutralises text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe(`"'+1"`);
    expect(csvField("-cmd")).toBe(`"'-cmd"`);
    expect(csvField("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvField("\tx")).toBe(`"'\tx"`);
    expect(csvField("\rx")).toBe(`"'\rx"`);
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(-3)).toBe("-3");
  });

  it("writes numbers machine-readably and empty fields for missing values", () => {
    expect(csvField(-0.4641)).toBe("-0.4641");
    expect(csvField(200066)).toBe("200066");
    expect(csvField(1e-7)).toBe("1e-7");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  it("ends every record, the header included, with CRLF", () => {
    expect(
      toCsv(
        ["year", "name"],
        [
          [2007, "peak, busiest"],
          [2008, null]
        ]
      )
    ).toBe('year,name\r\n2007,"peak, busiest"\r\n2008,\r\n');
    expect(toCsv(["only"], [])).toBe("only\r\n");
  });

  it("refuses a row whose width differs from the header's", () => {
    expect(() => toCsv(["a", "b"], [[1]])).toThrow("csv row 0 has 1 fields, header has 2");
  });
});
