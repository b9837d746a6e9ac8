/**
 * The marks every member of a functional mailbox sees, kept as Outlook categories on the message
 * (categories are stored on the item, so they show in every member's Outlook, no pane needed).
 */

/** Prefix of the handler's category: "Svarsplikt: Anna Berg" means Anna Berg has taken it. */
export const HANDLER_PREFIX = 'Svarsplikt: ';

/** The category that says the message has been registered in the diary. */
export const REGISTERED_CATEGORY = 'Diarieförd';

/** Longest category name Exchange keeps (255); a longer handler name is cut, never rejected. */
const MAX_CATEGORY = 255;

/**
 * The handler's category for a display name.
 *
 * @example handlerCategory(' Anna Berg ') // 'Svarsplikt: Anna Berg'
 */
export function handlerCategory(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new RangeError('handlerCategory: the name must not be empty');
  return `${HANDLER_PREFIX}${clean}`.slice(0, MAX_CATEGORY);
}

/** The handler named by the categories, or null when nobody has taken it. */
export function handlerOf(categories: readonly string[]): string | null {
  const found = categories.find((c) => c.startsWith(HANDLER_PREFIX));
  const name = found?.slice(HANDLER_PREFIX.length).trim();
  return name ? name : null;
}

/** Whether the categories carry the registered mark. */
export function isRegistered(categories: readonly string[]): boolean {
  return categories.includes(REGISTERED_CATEGORY);
}

/**
 * The categories with `name` as the only handler; other categories (the members' own) stay.
 *
 * @example withHandler(['Röd', 'Svarsplikt: Bo'], 'Anna') // ['Röd', 'Svarsplikt: Anna']
 */
export function withHandler(categories: readonly string[], name: string): string[] {
  return [...categories.filter((c) => !c.startsWith(HANDLER_PREFIX)), handlerCategory(name)];
}

/** The categories with the registered mark added (once). */
export function withRegistered(categories: readonly string[]): string[] {
  return isRegistered(categories) ? [...categories] : [...categories, REGISTERED_CATEGORY];
}

/** GDPR: a message may go once it is both registered and answered, never before. */
export function mayDelete(message: { registered: boolean; answered: boolean }): boolean {
  return message.registered && message.answered;
}
