/** A one-field search form (GET), labelled, keyboard-usable. */
export function SearchBox({
  action,
  label,
  name = 'q',
  value,
}: {
  action: string
  label: string
  name?: string
  value: string
}) {
  return (
    <form role="search" action={action} className="flex items-end gap-2">
      <div className="flex-1">
        <label htmlFor={`search-${name}`} className="block text-sm font-medium">
          {label}
        </label>
        <input id={`search-${name}`} name={name} defaultValue={value} className="input mt-1" />
      </div>
      <button type="submit" className="btn btn-secondary">
        Tìm
      </button>
    </form>
  )
}
