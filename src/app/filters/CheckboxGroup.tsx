/** A fieldset of checkboxes over a closed vocabulary: the shape of the relation and actor type filters. */
export interface CheckboxOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

export function CheckboxGroup<T extends string>({ legend, options, checked, onChange }: { legend: string; options: readonly CheckboxOption<T>[]; checked: readonly T[]; onChange: (value: T, on: boolean) => void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="checks">
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" checked={checked.includes(o.value)} onChange={(e) => onChange(o.value, e.target.checked)} /> {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
