"use client";

/**
 * The filter form's options, drawn from compact tuples. Everything a server component renders is
 * sent twice: in the HTML and again, as an element tree, in the React payload. As a client
 * component the payload carries only these props (`[value, label, count, selected]` per option),
 * a fifth of the element tree; the server still renders the full HTML, so the form works
 * without JavaScript. The labels and "Alle" come translated from the server form.
 */
export type TChoice = [value: string, label: string, count: number, selected: 0 | 1];

/** Checkboxes or radio buttons with their counts in the labels; `all` puts a clearing "Alle" radio first. */
export function FacetChoices({ type, name, choices, all, allChecked }: { type: "checkbox" | "radio"; name: string; choices: TChoice[]; all?: string; allChecked?: boolean }) {
  return (
    <>
      {all !== undefined && (
        <div className="ds-field">
          <input className="ds-input" type="radio" id={`${name}-alle`} name={name} value="" defaultChecked={allChecked ?? !choices.some((c) => c[3] === 1)} />
          <label htmlFor={`${name}-alle`}>{all}</label>
        </div>
      )}
      {choices.map(([value, label, count, selected]) => (
        <div className="ds-field" key={value}>
          <input className="ds-input" type={type} id={`${name}-${value}`} name={name} value={value} defaultChecked={selected === 1} />
          <label htmlFor={`${name}-${value}`}>{`${label} (${count})`}</label>
        </div>
      ))}
    </>
  );
}

/** A select with "Alle" first and the counts in the options. */
export function FacetSelect({ id, name, choices, value, all }: { id: string; name: string; choices: TChoice[]; value: string; all: string }) {
  return (
    <select className="ds-input" id={id} name={name} defaultValue={value}>
      <option value="">{all}</option>
      {choices.map(([optionValue, label, count]) => (
        <option key={optionValue} value={optionValue}>{`${label} (${count})`}</option>
      ))}
    </select>
  );
}
