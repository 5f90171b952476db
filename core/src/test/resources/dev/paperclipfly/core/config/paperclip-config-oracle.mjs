// Asks Paperclip's own zod schema for its verdicts.
//   node paperclip-config-oracle.mjs <config-schema.js> cases <cases.jsonl>
//     reads lines {"id": "...", "json": "<config.json text>"} and prints, one line per case,
//     {"id": "...", "success": true|false, "issues": [{"path": [...], "message": "..."}]}
//   node paperclip-config-oracle.mjs <config-schema.js> shape
//     prints the schema's shape: every key with its type, whether it is required, enum values and checks.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [schemaPath, command, casesPath] = process.argv.slice(2);
const { paperclipConfigSchema } = await import(pathToFileURL(schemaPath).href);

if (command === "cases") {
  const out = [];
  for (const line of readFileSync(casesPath, "utf8").split("\n")) {
    if (!line) continue;
    const c = JSON.parse(line);
    const result = paperclipConfigSchema.safeParse(JSON.parse(c.json));
    out.push(JSON.stringify({
      id: c.id,
      success: result.success,
      issues: result.success ? [] : result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    }));
  }
  process.stdout.write(out.join("\n") + "\n");
} else if (command === "shape") {
  process.stdout.write(JSON.stringify(describe(paperclipConfigSchema, true)) + "\n");
} else {
  console.error("usage: paperclip-config-oracle.mjs <config-schema.js> cases <file> | shape");
  process.exit(2);
}

function describe(schema, required) {
  let s = schema;
  while (["optional", "default", "prefault"].includes(s._zod.def.type)) {
    required = false;
    s = s._zod.def.innerType;
  }
  const def = s._zod.def;
  const d = { type: def.type, required };
  if (def.type === "object") {
    d.children = Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, describe(v, true)]));
  } else if (def.type === "enum") {
    d.values = Object.values(def.entries);
  } else if (def.type === "literal") {
    d.values = def.values;
  } else if (def.type === "array") {
    d.element = describe(def.element, true);
  }
  const checks = (def.checks ?? []).map((c) => {
    const { check, format, value, inclusive, minimum } = c._zod.def;
    return { check, format, value, inclusive, minimum };
  });
  if (checks.length > 0) d.checks = checks;
  return d;
}
