import type { Order } from './order.ts';

/** What a step leaves to the journal. */
export interface StepResult {
  readonly powershell?: string;
  readonly note?: string;
}

/** How one provider carries out orders. Every method is idempotent: run twice, it changes nothing more. */
export interface OrderSteps {
  /** Reads what the start will change, to restore it on revert. */
  capture(order: Order): Promise<unknown>;
  start(order: Order, previous: unknown): Promise<StepResult>;
  revert(order: Order, previous: unknown): Promise<StepResult>;
}
