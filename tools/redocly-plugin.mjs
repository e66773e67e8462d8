// graphport's own lint rules for spec/openapi.yaml (docs/spec-conventions.md), loaded by
// redocly.yaml. The built-in rules cover the rest (operationId, tags, summaries, 4xx, examples).

const COMPONENT_SCHEMA = /^#\/components\/schemas\/[^/]+$/;

/** The JSON pointer of the node being visited, decoded for messages. */
function pointerOf(ctx) {
  return ctx.location.pointer;
}

/**
 * An object with `properties` must be a named schema (`components/schemas/<Name>`): generated
 * clients name anonymous objects after where they stand, names nobody chose. Free-form maps
 * (`type: object` without `properties`) may stay inline.
 */
function NoInlineObjectSchema() {
  const reported = new Set();
  return {
    Schema: {
      enter(schema, ctx) {
        const pointer = pointerOf(ctx);
        if (!schema.properties || Object.keys(schema.properties).length === 0) return;
        if (COMPONENT_SCHEMA.test(pointer) || reported.has(pointer)) return;
        reported.add(pointer);
        ctx.report({
          message:
            'Anonymous object schema with properties: give it a name under components/schemas and $ref it.',
          location: ctx.location.child('properties').key(),
        });
      },
    },
  };
}

/** The same inline enum in two places must be one named schema (one generated type). */
function NoRepeatedInlineEnum() {
  const places = new Map(); // sorted values (JSON) -> [{pointer, location}]
  return {
    Schema: {
      enter(schema, ctx) {
        const pointer = pointerOf(ctx);
        if (!Array.isArray(schema.enum) || schema.enum.length < 2) return;
        if (COMPONENT_SCHEMA.test(pointer)) return;
        const key = JSON.stringify([...schema.enum].map((v) => JSON.stringify(v)).sort());
        const seen = places.get(key) ?? [];
        if (seen.some((place) => place.pointer === pointer)) return;
        seen.push({ pointer, location: ctx.location.child('enum').key() });
        places.set(key, seen);
      },
    },
    Root: {
      leave(_root, ctx) {
        for (const [key, seen] of places) {
          if (seen.length < 2) continue;
          const values = JSON.parse(key).join(', ');
          for (const place of seen) {
            ctx.report({
              message: `Inline enum [${values}] is repeated in ${seen.length} places: name it under components/schemas.`,
              location: place.location,
            });
          }
        }
      },
    },
  };
}

export default function graphportPlugin() {
  return {
    id: 'graphport',
    rules: {
      oas3: {
        'no-inline-object-schema': NoInlineObjectSchema,
        'no-repeated-inline-enum': NoRepeatedInlineEnum,
      },
    },
  };
}
