// Validates Camunda Modeler element templates against Camunda's published JSON schema.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync(new URL('./node_modules/@camunda/element-templates-json-schema/resources/schema.json', import.meta.url)));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const folder = process.argv[2];
let failed = false;
for (const file of readdirSync(folder).filter(f => f.endsWith('.json'))) {
  const templates = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  if (!validate(templates)) {
    failed = true;
    console.log(file + ': ' + ajv.errorsText(validate.errors, { separator: '\n  ' }));
  }
}
process.exit(failed ? 1 : 0);
