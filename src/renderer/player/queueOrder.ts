// New orders of the up-next queue, as the queue view asks for them: an episode moved one place up
// or down, or taken out. Pure: the core is sent the whole new order.

/** The order with `id` moved by `delta` places (kept within the list); unchanged when it is not there. */
export function movedInQueue(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const order = [...ids];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return order;
}

export function withoutInQueue(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
