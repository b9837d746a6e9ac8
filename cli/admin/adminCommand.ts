// `svarsplikt admin <command>`: the organisation's side, for IT.
import type { Io } from '../cliIo.ts';
import { UsageError } from '../usageError.ts';
import { auditCommand } from './auditCommand.ts';
import { orderCommand, ordersCommand, runCommand } from './orders/ordersCommands.ts';
import { watchCommand } from './watchCommand.ts';
import { adminReportCommand } from './adminReportCommand.ts';

/** Dispatches `admin audit|order|orders|run`. */
export async function admin(args: string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'audit':
      return await auditCommand(rest, io);
    case 'order':
      return orderCommand(rest, io);
    case 'orders':
      return ordersCommand(rest, io);
    case 'run':
      return await runCommand(rest, io);
    case 'watch':
      return await watchCommand(rest, io);
    case 'report':
      return await adminReportCommand(rest, io);
    default:
      throw new UsageError(
        `admin takes audit, order, orders, run, watch or report${command === undefined ? '' : `, got "${command}"`} (try: svarsplikt admin --help)`,
      );
  }
}
