/** Office's DelegatePermissions bits (Office.MailboxEnums.DelegatePermissions). */
export const DELEGATE_PERMISSIONS = {
  read: 1,
  write: 2,
  deleteOwn: 4,
  deleteAll: 8,
  editOwn: 16,
  editAll: 32,
} as const;

/** The mailbox a message in a shared folder or shared mailbox lives in, and what the user may do there. */
export interface SharedFolderAccess {
  /** The mailbox's owner address: Graph reaches it at `/users/{owner}/…`. */
  readonly owner: string;
  /** The mailbox Outlook opened (for a delegated folder the owner's; for a shared mailbox itself). */
  readonly targetMailbox: string;
  /** Office's delegatePermissions bit mask, as given. */
  readonly delegatePermissions: number;
  /** Write: may mark messages (categories for "Jag tar den" and "Diarieförd"). */
  readonly canWrite: boolean;
  /** Write and DeleteAll: may delete messages the user did not create. */
  readonly canDelete: boolean;
}

const ADDRESS = /^[^\s@/]+@[^\s@/]+$/;

/**
 * Office's SharedProperties as the pane uses them; null when the owner is not a mailbox address or
 * the permissions are not a bit mask (the pane then falls back to its mailbox chooser).
 *
 * @example
 * sharedFolderAccess({ owner: 'kontaktcenter@vaxjo.se', targetMailbox: 'kontaktcenter@vaxjo.se', delegatePermissions: 3 })
 * // { owner: 'kontaktcenter@vaxjo.se', …, canWrite: true, canDelete: false }
 */
export function sharedFolderAccess(props: {
  readonly owner?: unknown;
  readonly targetMailbox?: unknown;
  readonly delegatePermissions?: unknown;
}): SharedFolderAccess | null {
  const owner = typeof props.owner === 'string' ? props.owner.trim().toLowerCase() : '';
  const permissions = props.delegatePermissions;
  if (!ADDRESS.test(owner)) return null;
  if (typeof permissions !== 'number' || !Number.isInteger(permissions) || permissions < 0)
    return null;
  const target =
    typeof props.targetMailbox === 'string' && ADDRESS.test(props.targetMailbox.trim())
      ? props.targetMailbox.trim().toLowerCase()
      : owner;
  const has = (bit: number) => (permissions & bit) === bit;
  const canWrite = has(DELEGATE_PERMISSIONS.write);
  return {
    owner,
    targetMailbox: target,
    delegatePermissions: permissions,
    canWrite,
    canDelete: canWrite && has(DELEGATE_PERMISSIONS.deleteAll),
  };
}
