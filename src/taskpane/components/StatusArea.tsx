import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Notice } from "../../excel/notices";
import type { Language, StringKey } from "../i18n";

const INTENT = { info: "info", success: "success", error: "error" } as const;

interface Props {
  readonly busy: StringKey | null;
  readonly notice: Notice | null;
  readonly language: Language;
  readonly t: (key: StringKey) => string;
}

/** Progress and results, announced to screen readers as they change. */
export function StatusArea({ busy, notice, language, t }: Props) {
  return (
    <div role="status" aria-live="polite">
      {busy && <Spinner size="tiny" label={t(busy)} labelPosition="after" />}
      {!busy && notice && (
        <MessageBar intent={INTENT[notice.tone]} data-testid="notice">
          <MessageBarBody>{notice[language]}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
