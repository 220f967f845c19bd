// Fails when the TypeScript client types generated from the combined OpenAPI document (openapi-typescript) leave any type
// `unknown`, except these, which are not a body's type:
//  - `[name: string]: unknown;` in a response's `headers`: openapi-typescript writes it for every response, whatever
//    headers are documented;
//  - the values of a map the API documents as free-form: plan_PlanChangeView's `before` and `after` (a changed field's
//    old and new values, each of its own field's type).
// Usage: node e2e-tests/src/test/openapi/check-no-unknown.mjs e2e-tests/target/openapi/earlyhelp.d.ts
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "e2e-tests/target/openapi/earlyhelp.d.ts";
const lines = readFileSync(file, "utf8").split("\n");
const freeForm = new Set(["before", "after"]);
const offending = [];
let openedBy = []; // the property that opened each { still open
lines.forEach((line, i) => {
  const opens = line.match(/^\s*"?([\w$-]+)"?\??: \{\s*$/);
  if (line.includes("unknown")) {
    const headerIndex = /^\s*\[name: string\]: unknown;\s*$/.test(line) && openedBy.at(-1) === "headers";
    const freeFormMap = /^\s*\[key: string\]: unknown;\s*$/.test(line) && freeForm.has(openedBy.at(-1));
    if (!headerIndex && !freeFormMap) {
      offending.push(`${file}:${i + 1}: ${line.trim()}`);
    }
  }
  if (opens) {
    openedBy.push(opens[1]);
  } else if (/\{\s*$/.test(line)) {
    openedBy.push("");
  }
  const closes = (line.match(/^\s*\}/) ? 1 : 0);
  if (closes && !/\{\s*$/.test(line)) {
    openedBy.pop();
  } else if (closes) {
    openedBy.pop();
    openedBy.push("");
  }
});
if (offending.length > 0) {
  console.error(`${offending.length} unknown type(s):\n` + offending.join("\n"));
  process.exit(1);
}
console.log(`${file}: no unknown type (besides response header index signatures and plan_PlanChangeView.before/after)`);
