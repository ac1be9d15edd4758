import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';

interface Problem {
  label: string;
  target: HTMLElement | null;
}

/** The paths of a react-hook-form errors object (`subject`, `contact.name`), to know when it changed. */
function errorPaths(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) => {
    if (!value || typeof value !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return 'message' in value || 'type' in value ? [path] : errorPaths(value, path);
  });
}

/** The name of the group a field is in ("Local contact", "Contact 2"), where it has one. */
function groupName(control: Element): string | undefined {
  const group = control.closest('fieldset, [role="group"][aria-labelledby]');
  if (!group) return undefined;
  const heading =
    group.tagName === 'FIELDSET'
      ? group.querySelector('legend')
      : document.getElementById(group.getAttribute('aria-labelledby') ?? '');
  return heading?.textContent.trim() || undefined;
}

/*
 * The form's fields that need attention, read off the form as drawn (the labels its fields show
 * in their error state), so the summary names them as the user sees them, in the form's order;
 * a label that stands in more than one group ("Name" of both contacts) with its group's name.
 */
function readProblems(form: HTMLFormElement | null): Problem[] {
  if (!form) return [];
  const found = [...form.querySelectorAll<HTMLLabelElement>('label.Mui-error')].flatMap((label) => {
    const text = label.textContent.replace(/[\s*\u2009]+$/u, '').trim();
    if (!text) return [];
    const target = label.htmlFor
      ? document.getElementById(label.htmlFor)
      : (label
          .closest('.MuiFormControl-root')
          ?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [role=combobox]') ??
        null);
    return [{ label: text, target, group: groupName(target ?? label) }];
  });
  const repeated = (text: string) => found.filter((f) => f.label === text).length > 1;
  return found.map(({ label, target, group }) => ({
    label: group && repeated(label) ? `${group}: ${label}` : label,
    target,
  }));
}

/**
 * After a submit the form refused: how many fields need attention and which, each a link to its
 * field (WCAG 3.3.1); the messages themselves stand by the fields.
 */
export function FieldProblems({ errors }: { errors: object }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const signature = errorPaths(errors).join('|');
  useLayoutEffect(() => {
    setProblems(readProblems(ref.current?.closest('form') ?? null));
  }, [signature]);
  return (
    <Alert severity="error" role="alert" ref={ref}>
      {problems.length === 0 ? (
        t('create.fixErrors')
      ) : (
        <>
          {t('create.fixErrorsCount', { count: problems.length })}{' '}
          {problems.map((p, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <Link
                component="button"
                type="button"
                sx={{ verticalAlign: 'baseline', font: 'inherit' }}
                onClick={() => p.target?.focus()}
              >
                {p.label}
              </Link>
            </span>
          ))}
        </>
      )}
    </Alert>
  );
}
