// Mailbox delegation has no Graph API: the tool writes the Exchange Online PowerShell for the admin.

/** Quotes a value for PowerShell (single quotes; a quote inside is doubled). */
export function psQuote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The Exchange Online PowerShell that gives (or takes back) full access to a mailbox.
 * @example delegationPowerShell('add', 'anna@kommun.se', 'kc@kommun.se')
 * // "Add-MailboxPermission -Identity 'anna@kommun.se' -User 'kc@kommun.se' -AccessRights FullAccess -InheritanceType All -AutoMapping $false"
 */
export function delegationPowerShell(
  action: 'add' | 'remove',
  mailbox: string,
  delegate: string,
): string {
  return action === 'add'
    ? `Add-MailboxPermission -Identity ${psQuote(mailbox)} -User ${psQuote(delegate)} -AccessRights FullAccess -InheritanceType All -AutoMapping $false`
    : `Remove-MailboxPermission -Identity ${psQuote(mailbox)} -User ${psQuote(delegate)} -AccessRights FullAccess -InheritanceType All -Confirm:$false`;
}
