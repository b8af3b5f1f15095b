import {
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import { categoryOfField, DataCategory, holdsPersonalData, mutationCategories } from './field-categories';
import { enumValueCategories, inputFieldCategories } from './argument-categories';
import type { Grant } from './policy';

/**
 * The schema one audience sees: the full schema without the types and fields its grant does not reach.
 * A field the audience may not read is not in its schema at all, so no path (nested edges, fragments on
 * `node(id:)`, introspection) can ask for it; asking fails validation like any unknown field.
 * Arguments follow the grant as well: a filter field or a sort key (enum value) over data the audience
 * may not read is not in its schema (argument-categories.ts), so it cannot classify rows by that data.
 */
export function audienceSchema(full: GraphQLSchema, grant: Grant): GraphQLSchema {
  const uncategorised = personalFieldsWithoutCategory(full);
  if (uncategorised.length > 0) {
    throw new Error(
      `Fields of personal data without a data category (src/auth/personal-field-categories.ts): ${uncategorised.join(', ')}`,
    );
  }
  const read = new Set<DataCategory>([DataCategory.STRUCTURE, ...grant.read]);
  const write = new Set<DataCategory>(grant.write);

  const fieldAllowed = (typeName: string, fieldName: string): boolean => {
    if (typeName === full.getMutationType()?.name) {
      const category = mutationCategories[fieldName];
      return category !== undefined && write.has(category);
    }
    const category = categoryOfField(typeName, fieldName);
    return category !== undefined && read.has(category);
  };

  // Types keep the fields the grant reaches whose result type is kept too; repeat until nothing changes,
  // because removing a type can empty another (a connection of hidden nodes, a payload of a hidden type).
  const composite = Object.values(full.getTypeMap()).filter(
    (t): t is GraphQLObjectType | GraphQLInterfaceType =>
      (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'),
  );
  const kept = new Set(composite.map((t) => t.name));
  const visibleFields = new Map<string, Set<string>>();
  for (let changed = true; changed;) {
    changed = false;
    for (const type of composite) {
      if (!kept.has(type.name)) continue;
      const fields = Object.values(type.getFields())
        .filter((field) => fieldAllowed(type.name, field.name))
        .filter((field) => {
          const target = getNamedType(field.type);
          return !(isObjectType(target) || isInterfaceType(target)) || kept.has(target.name);
        })
        .map((field) => field.name);
      visibleFields.set(type.name, new Set(fields));
      if (fields.length === 0) {
        kept.delete(type.name);
        changed = true;
      }
    }
  }

  // Input fields and enum values the grant does not reach go first; mapSchema then drops every field,
  // argument and input field whose type lost all its values or fields.
  const readable = (category: DataCategory | undefined) => category === undefined || read.has(category);
  const argumentsPruned = mapSchema(full, {
    [MapperKind.INPUT_OBJECT_FIELD]: (fieldConfig, fieldName, typeName) =>
      readable(inputFieldCategories[`${typeName}.${fieldName}`]) ? fieldConfig : null,
    [MapperKind.ENUM_VALUE]: (valueConfig, typeName, _schema, externalValue) =>
      readable(enumValueCategories[`${typeName}.${externalValue}`]) ? valueConfig : null,
  });
  const mapped = mapSchema(argumentsPruned, {
    [MapperKind.ENUM_TYPE]: (type) => (type.getValues().length === 0 ? null : type),
    [MapperKind.INPUT_OBJECT_TYPE]: (type) => (Object.keys(type.getFields()).length === 0 ? null : type),
    [MapperKind.COMPOSITE_TYPE]: (type) =>
      (isObjectType(type) || isInterfaceType(type)) && !kept.has(type.name) ? null : type,
    [MapperKind.COMPOSITE_FIELD]: (fieldConfig, fieldName, typeName) =>
      visibleFields.get(typeName)?.has(fieldName) ? fieldConfig : null,
  });
  return pruneSchema(mapped);
}

/** Fields of types holding personal data that name no category of their own (they would be visible to nobody). */
export function personalFieldsWithoutCategory(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(
      (t): t is GraphQLObjectType | GraphQLInterfaceType =>
        (isObjectType(t) || isInterfaceType(t)) && holdsPersonalData(t.name),
    )
    .flatMap((t) =>
      Object.keys(t.getFields())
        .filter((field) => !categoryOfField(t.name, field))
        .map((field) => `${t.name}.${field}`),
    );
}
