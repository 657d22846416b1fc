import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from './request';
import type { UserRecord } from './users';

/** What every form action returns: field errors for the form, or a message. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** What a successful action hands the form to show (a QR code, recovery codes). */
  data?: Record<string, string | string[]>;
};

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === 'string') values[key] = value;
  return values;
}

/** Validates a form with `schema`, then runs `handler` with its data (and no user). */
export function formAction<S extends z.ZodType>(schema: S, handler: (data: z.infer<S>) => Promise<ActionState>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
      return { fieldErrors, values: withoutSecrets(values) };
    }
    const result = await handler(parsed.data);
    return { ...result, values: result.ok ? undefined : withoutSecrets(values) };
  };
}

/** Same, for signed-in users only: the user is checked first, then the form; the handler receives both. */
export function authedFormAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>, user: UserRecord) => Promise<ActionState>,
) {
  return async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await requireUser();
    return formAction(schema, (data) => handler(data, user))(prev, formData);
  };
}

/**
 * A server action called with an argument (or a form's FormData, see formObject), for signed-in
 * users only: the user is checked first, then the argument with `schema`; an invalid one gets
 * `fallback` back and reaches nothing.
 */
export function authedAction<S extends z.ZodType, R>(
  schema: S,
  fallback: R,
  handler: (data: z.infer<S>, user: UserRecord) => Promise<R>,
) {
  type Args = undefined extends z.input<S> ? [input?: z.input<S>] : [input: z.input<S>];
  return async (...[input]: Args): Promise<R> => {
    const user = await requireUser();
    const parsed = schema.safeParse(input);
    return parsed.success ? handler(parsed.data, user) : fallback;
  };
}

/**
 * A form of one hidden `id` posted straight to an action (revoke, dismiss): `run` gets the
 * user's id and the parsed id; then `path` is rendered again.
 */
export function authedIdFormAction<S extends z.ZodType>(
  idSchema: S,
  run: (userId: number, id: z.infer<S>) => Promise<unknown>,
  path: string,
) {
  return authedAction(formObject(z.object({ id: idSchema })), undefined, async (form, user) => {
    await run(user.id, (form as { id: z.infer<S> }).id);
    revalidatePath(path);
  });
}

/** A schema for the fields of a form posted straight to an action (`<form action={…}>`). */
export function formObject<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (value instanceof FormData ? Object.fromEntries(value) : value), schema);
}

function withoutSecrets(values: Record<string, string>): Record<string, string> {
  const { password: _p, confirm: _c, ...rest } = values;
  return rest;
}
