import { useTranslation } from "react-i18next";
import { dismissError } from "../store.ts";
import { useTable } from "../useTable.ts";

/** The last refusal, in the reader's language; the server's own sentence when the code is new to us. */
export function ErrorBanner() {
  const { t, i18n } = useTranslation();
  const error = useTable((s) => s.error);
  if (!error) return null;
  const key = `errors.${error.code}`;
  const text = i18n.exists(key) ? t(key) : t("errors.generic", { message: error.message });
  return (
    <div className="error" role="alert">
      <p>{text}</p>
      <button type="button" onClick={dismissError} aria-label={t("common.dismiss")}>
        ×
      </button>
    </div>
  );
}
