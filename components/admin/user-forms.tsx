"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, errorsFor, useKeptForm } from "@/components/admin/report-form-parts";
import type { Role } from "@/lib/generated/prisma/enums";
import { roleHasCounties, roles } from "@/lib/users/roles";
import { createUserAction, setUserDisabledAction, signOutUserEverywhereAction, updateUserAction } from "@/lib/users/actions";

type TCounty = { number: string; name: string };

/** County checkboxes, shown only for county contacts. */
function CountyFieldset({ id, counties, chosen, errors, role }: { id: string; counties: TCounty[]; chosen: string[]; errors?: string[]; role: string }) {
  const t = useTranslations("admin.users");
  if (!roleHasCounties(role)) return null;
  return (
    <fieldset className="ds-fieldset" id={id} aria-describedby={errors?.length ? `${id}-feil` : undefined}>
      <legend className="ds-label">{t("countiesLegend")}</legend>
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
  const t = useTranslations("admin.roles");
  return (
    <select {...props} className="ds-input" name="role" value={value} onChange={(e) => onChange(e.target.value)}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {t(r)}
        </option>
      ))}
    </select>
  );
}

export function UserCreateForm({ counties }: { counties: TCounty[] }) {
  const { state, pending, formProps } = useKeptForm(createUserAction);
  const t = useTranslations("admin.users");
  const createLabels = { email: t("emailAddress"), name: t("name"), role: t("role"), password: t("password"), counties: t("counties") };
  const [role, setRole] = useState<string>("county_contact");
  const ids = { email: "ny-epost", name: "ny-navn", role: "ny-rolle", password: "ny-passord", counties: "ny-fylker" };
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-4" aria-labelledby="ny-bruker">
      <h2 id="ny-bruker" className="ds-heading" data-size="md">
        {t("create")}
      </h2>
      <FormMessage state={state} labels={createLabels} fieldIds={ids} />
      <Field id={ids.email} label={t("emailAddress")} errors={errorsFor(state, "email")}>
        {(p) => <input {...p} className="ds-input" name="email" type="email" autoComplete="off" required />}
      </Field>
      <Field id={ids.name} label={t("name")} errors={errorsFor(state, "name")}>
        {(p) => <input {...p} className="ds-input" name="name" autoComplete="off" required maxLength={200} />}
      </Field>
      <Field id={ids.role} label={t("role")} errors={errorsFor(state, "role")}>
        {(p) => <RoleSelect props={p} value={role} onChange={setRole} />}
      </Field>
      <CountyFieldset id={ids.counties} counties={counties} chosen={[]} errors={errorsFor(state, "counties")} role={role} />
      <Field id={ids.password} label={t("password")} hint={t("passwordHint")} errors={errorsFor(state, "password")}>
        {(p) => <input {...p} className="ds-input" name="password" type="password" autoComplete="new-password" required minLength={12} />}
      </Field>
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={pending}>
          {t("create")}
        </button>
      </div>
    </form>
  );
}

export function UserRoleForm({ user, counties }: { user: { id: number; email: string; role: Role; counties: TCounty[] }; counties: TCounty[] }) {
  const { state, pending, formProps } = useKeptForm(updateUserAction);
  const t = useTranslations("admin.users");
  const [role, setRole] = useState<string>(user.role);
  const ids = { role: `bruker-${user.id}-rolle`, counties: `bruker-${user.id}-fylker` };
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={user.id} />
      <FormMessage state={state} labels={{ role: t("role"), counties: t("counties") }} fieldIds={ids} />
      <Field id={ids.role} label={t("roleFor", { email: user.email })} errors={errorsFor(state, "role")}>
        {(p) => <RoleSelect props={p} value={role} onChange={setRole} />}
      </Field>
      <CountyFieldset id={ids.counties} counties={counties} chosen={user.counties.map((c) => c.number)} errors={errorsFor(state, "counties")} role={role} />
      <div>
        <button type="submit" className="ds-button" data-variant="secondary" disabled={pending}>
          {t("saveRole")}
        </button>
      </div>
    </form>
  );
}

/** Disable/enable and sign out everywhere: small buttons with the outcome announced. */
export function UserAccessButtons({ user }: { user: { id: number; email: string; disabled: boolean } }) {
  const disable = useKeptForm(setUserDisabledAction);
  const signOut = useKeptForm(signOutUserEverywhereAction);
  const t = useTranslations("admin.users");
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <form {...disable.formProps}>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button type="submit" className="ds-button" data-variant="secondary" data-size="sm" disabled={disable.pending}>
            {user.disabled ? t("enable", { email: user.email }) : t("disable", { email: user.email })}
          </button>
        </form>
        {!user.disabled && (
          <form {...signOut.formProps}>
            <input type="hidden" name="id" value={user.id} />
            <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={signOut.pending}>
              {t("signOutUser", { email: user.email })}
            </button>
          </form>
        )}
      </div>
      <FormMessage state={disable.state} />
      <FormMessage state={signOut.state} />
    </div>
  );
}
