/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('the generated API schema', () => {
  it('describes exactly the schemas of the committed OpenAPI document', () => {
    const document = JSON.parse(read('../../../openapi.json')) as { components: { schemas: Record<string, unknown> } };
    const generated = read('./schema.d.ts');
    const section = generated.slice(generated.indexOf('\n    schemas: {'), generated.indexOf('\n    responses:'));
    const names = [...section.matchAll(/^ {8}(\w+): /gm)].map((m) => m[1]);

    expect(names.sort()).toEqual(Object.keys(document.components.schemas).sort());
  });
});
