/** The header row of the Account page's tables (history, sub-accounts): one muted label a column. */
export function LedgerTableHead({ headers }: { headers: readonly string[] }) {
  return (
    <thead>
      <tr className="text-left text-xs text-muted">
        {headers.map((h) => (
          <th key={h} scope="col" className="pb-2 font-normal">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  )
}
