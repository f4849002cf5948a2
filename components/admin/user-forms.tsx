"use client";

import { useState } from "react";
import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleHasCounties, roleLabels, roles } from "@/lib/users/roles";
import { createUserAction, setUserDisabledAction, signOutUserEverywhereAction, updateUserAction } from "@/lib/users/actions";

type TCounty = { number: string; name: string };

/** County checkboxes, shown only for county contacts. */
function CountyFieldset({ id, counties, chosen, errors, role }: { id: string; counties: TCounty[]; chosen: string[]; errors?: string[]; role: string }) {
  if (!roleHasCounties(role)) return null;
  return (
    <fieldset className="ds-fieldset" id={id} aria-describedby={errors?.length ? `${id}-feil` : undefined}>
      <legend className="ds-label">Fylker (for fylkeskontakt)</legend>
      <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
        {counties.map((c) => (
          <label key={c.number} className="ds-paragraph flex items-center gap-2">
            <input type="checkbox" className="ds-input" name="counties" value={c.number} defaultChecked={chosen.includes(c.number)} />
            {c.name} ({c.number})
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="ds-validation-message" id={`${id}-feil`} data-color="danger">
          {errors.join(". ")}
        </p>
      ) : null}
    </fieldset>
  );
}

function RoleSelect({ props, value, onChange }: { props: object; value: string; onChange: (role: string) => void }) {
  return (
    <select {...props} className="ds-input" name="role" value={value} onChange={(e) => onChange(e.target.value)}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {roleLabels[r]}
        </option>
      ))}
    </select>
  );
}

const createLabels = { email: "E-postadresse", name: "Navn", role: "Rolle", password: "Startpassord", counties: "Fylker" };

export function UserCreateForm({ counties }: { counties: TCounty[] }) {
  const { state, pending, formProps } = useKeptForm(createUserAction);
  const [role, setRole] = useState<string>("county_contact");
  const ids = { email: "ny-epost", name: "ny-navn", role: "ny-rolle", password: "ny-passord", counties: "ny-fylker" };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="ny-bruker">
      <h2 id="ny-bruker" className="ds-heading" data-size="md">
        Opprett bruker
      </h2>
      <FormMessage state={state} labels={createLabels} fieldIds={ids} />
      <Field id={ids.email} label="E-postadresse" errors={errorsFor(state, "email")}>
        {(p) => <input {...p} className="ds-input" name="email" type="email" autoComplete="off" required />}
      </Field>
      <Field id={ids.name} label="Navn" errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" autoComplete="off" required maxLength={200} />}
      </Field>
      <Field id={ids.role} label="Rolle" errors={errorsFor(state, "role")}>
        {(p) => <RoleSelect props={p} value={role} onChange={setRole} />}
      </Field>
      <CountyFieldset id={ids.counties} counties={counties} chosen={[]} errors={errorsFor(state, "counties")} role={role} />
      <Field id={ids.password} label="Startpassord" hint="Minst 12 tegn. Gi det til brukeren på en trygg måte." errors={errorsFor(state, "password")}>
        {(p) => <input {...p} className="ds-input" name="password" type="password" autoComplete="new-password" required minLength={12} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          Opprett bruker
        </button>
      </div>
    </form>
  );
}

export function UserRoleForm({ user, counties }: { user: { id: number; email: string; role: Role; counties: TCounty[] }; counties: TCounty[] }) {
  const { state, pending, formProps } = useKeptForm(updateUserAction);
  const [role, setRole] = useState<string>(user.role);
  const ids = { role: `bruker-${user.id}-rolle`, counties: `bruker-${user.id}-fylker` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={user.id} />
      <FormMessage state={state} labels={{ role: "Rolle", counties: "Fylker" }} fieldIds={ids} />
      <Field id={ids.role} label={`Rolle for ${user.email}`} errors={errorsFor(state, "role")}>
        {(p) => <RoleSelect props={p} value={role} onChange={setRole} />}
      </Field>
      <CountyFieldset id={ids.counties} counties={counties} chosen={user.counties.map((c) => c.number)} errors={errorsFor(state, "counties")} role={role} />
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          Lagre rolle
        </button>
      </div>
    </form>
  );
}

/** Disable/enable and sign out everywhere: small buttons with the outcome announced. */
export function UserAccessButtons({ user }: { user: { id: number; email: string; disabled: boolean } }) {
  const disable = useKeptForm(setUserDisabledAction);
  const signOut = useKeptForm(signOutUserEverywhereAction);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <form {...disable.formProps}>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" disabled={disable.pending}>
            {user.disabled ? `Aktiver ${user.email}` : `Deaktiver ${user.email}`}
          </button>
        </form>
        {!user.disabled && (
          <form {...signOut.formProps}>
            <input type="hidden" name="id" value={user.id} />
            <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={signOut.pending}>
              Logg ut {user.email} på alle enheter
            </button>
          </form>
        )}
      </div>
      <FormMessage state={disable.state} />
      <FormMessage state={signOut.state} />
    </div>
  );
}
