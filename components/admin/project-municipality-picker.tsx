"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { fieldId, type TFormValues } from "@/lib/projects/form-fields";
import type { TCountyChoice } from "@/lib/places/queries";

type Props = { counties: TCountyChoice[]; values: TFormValues; errors?: string[]; ownCountiesOnly: boolean };

const normalize = (value: string) => value.toLocaleLowerCase("nb").trim();

/**
 * Municipalities as check boxes grouped by county (works without JavaScript). With JavaScript a
 * filter box narrows the list by name or number.
 */
export function ProjectMunicipalityPicker({ counties, values, errors, ownCountiesOnly }: Props) {
  const [filter, setFilter] = useState("");
  const t = useTranslations("admin");
  const [enhanced, setEnhanced] = useState(false);
  const [checked, setChecked] = useState<Set<string>>(
    () => new Set(Object.keys(values).filter((k) => k.startsWith("municipality:") && values[k] === "on").map((k) => k.slice("municipality:".length))),
  );
  // The filter box needs JavaScript; without it, it would only confuse.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- shows the box once hydrated
  useEffect(() => setEnhanced(true), []);

  const query = normalize(filter);
  const matches = (m: { number: string; name: string }) => !query || normalize(m.name).includes(query) || m.number.startsWith(query);
  const names = new Map(counties.flatMap((c) => c.municipalities.map((m) => [m.number, m.name] as const)));
  const selected = [...checked].sort();
  const errorId = `${fieldId("municipalities")}-feil`;
  const matchCount = counties.reduce((n, c) => n + c.municipalities.filter(matches).length, 0);

  return (
    <fieldset className="ds-fieldset flex flex-col gap-3" id={fieldId("municipalities")} tabIndex={-1} aria-describedby={[`${fieldId("municipalities")}-hint`, errors?.length ? errorId : ""].filter(Boolean).join(" ")}>
      <legend className="ds-heading" data-size="sm">
        {t("fields.municipalities")}
      </legend>
      <p className="ds-paragraph text-sm" id={`${fieldId("municipalities")}-hint`}>
        {t("picker.hint")}
        {ownCountiesOnly ? t("picker.ownOnly") : ""}
      </p>
      {errors?.length ? (
        <div className="ds-validation-message" data-color="danger" id={errorId}>
          {errors.join(" ")}
        </div>
      ) : null}
      <p className="ds-paragraph" aria-live="polite">
        {t("picker.chosen", { list: selected.length ? selected.map((n) => `${names.get(n) ?? n} (${n})`).join(", ") : t("picker.none") })}
      </p>
      {enhanced && (
        <div className="ds-field">
          <label className="ds-label" htmlFor="kommune-filter">
            {t("picker.find")}
          </label>
          <input
            className="ds-input"
            id="kommune-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
            aria-describedby="kommune-filter-treff"
            autoComplete="off"
          />
          <p className="ds-paragraph text-sm" id="kommune-filter-treff" aria-live="polite">
            {query ? t("picker.matches", { count: matchCount }) : ""}
          </p>
        </div>
      )}
      <div className="flex max-h-96 flex-col gap-2 overflow-y-auto rounded border p-2">
        {counties.map((county) => {
          const visible = county.municipalities.filter(matches);
          const hasSelected = county.municipalities.some((m) => checked.has(m.number));
          const open = county.own || hasSelected || (query !== "" && visible.length > 0) || !ownCountiesOnly;
          return (
            <details key={county.number} open={open} hidden={query !== "" && visible.length === 0}>
              <summary className="ds-paragraph cursor-pointer font-semibold">
                {county.name} ({county.number}){ownCountiesOnly && !county.own ? t("picker.notYourCounty") : ""}
              </summary>
              <div className="grid gap-1 pl-4 sm:grid-cols-2 lg:grid-cols-3">
                {county.municipalities.map((m) => {
                  const name = `municipality:${m.number}`;
                  return (
                    <div className="ds-field" key={m.number} hidden={!matches(m)}>
                      <input
                        className="ds-input"
                        type="checkbox"
                        id={fieldId(name)}
                        name={name}
                        defaultChecked={values[name] === "on"}
                        onChange={(e) =>
                          setChecked((previous) => {
                            const next = new Set(previous);
                            if (e.target.checked) next.add(m.number);
                            else next.delete(m.number);
                            return next;
                          })
                        }
                      />
                      <label className="ds-label" htmlFor={fieldId(name)}>
                        {m.name} ({m.number})
                      </label>
                    </div>
                  );
                })}
              </div>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
