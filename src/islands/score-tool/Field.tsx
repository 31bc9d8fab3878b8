/** A labelled text input with its hint and its error messages (role="alert"), wired with aria-describedby. */
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Messages for this field; shown beside it, each in a role="alert" element. */
  errors: string[];
  hint?: string | undefined;
  /** `decimal` for scores, `numeric` for counts (mobile keyboards). */
  inputMode?: 'decimal' | 'numeric';
  placeholder?: string | undefined;
  testId?: string | undefined;
  className?: string | undefined;
}

export function Field({ id, label, value, onChange, errors, hint, inputMode = 'decimal', placeholder, testId, className }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`st-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="st-hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <div id={`${id}-error`} className="st-error" role="alert">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/** Errors of a group (a fieldset as a whole), in one role="alert" element. */
export function GroupErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="st-error" role="alert">
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
