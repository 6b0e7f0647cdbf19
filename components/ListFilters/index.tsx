export interface FilterChoice {
  /** The query parameter. */
  name: string
  label: string
  /** The first option, which sets no filter ("all topics"). */
  anyLabel: string
  options: { value: string; label: string }[]
  value?: string
  /** Takes the row's free width (long option names); otherwise as wide as a year. */
  wide?: boolean
}

interface Props {
  /** The list's address in the page's language. */
  action: string
  label: string
  applyLabel: string
  choices: FilterChoice[]
  /** Parameters the form keeps as they are (a search's query). */
  kept?: Record<string, string | undefined>
}

/** A plain GET form: filters work without JavaScript, and a filtered list has its own address. */
export function ListFilters({ action, label, applyLabel, choices, kept = {} }: Props) {
  const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base'
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className="mt-6 flex flex-wrap items-end gap-4 rounded-lg bg-slate-50 p-4 print:hidden"
    >
      {Object.entries(kept).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {choices.map((choice) => (
        <label
          key={choice.name}
          className={`text-sm font-medium text-slate-800 ${choice.wide ? 'min-w-[min(14rem,100%)] flex-1' : 'min-w-[min(8rem,100%)]'}`}
        >
          {choice.label}
          <select name={choice.name} defaultValue={choice.value ?? ''} className={field}>
            <option value="">{choice.anyLabel}</option>
            {choice.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button
        type="submit"
        className="rounded bg-ministry-700 px-5 py-2 font-semibold text-white hover:bg-ministry-800"
      >
        {applyLabel}
      </button>
    </form>
  )
}

/** The year filter every dated list has, its years newest first. */
export function yearChoice(
  years: number[],
  year: number | undefined,
  texts: { label: string; anyLabel: string },
): FilterChoice {
  return {
    name: 'year',
    ...texts,
    options: years.map((option) => ({ value: String(option), label: String(option) })),
    value: year === undefined ? undefined : String(year),
  }
}
