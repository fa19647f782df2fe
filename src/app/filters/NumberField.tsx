import { useState } from 'react';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max?: number;
  /** Whether the text typed so far is a value to commit (e.g. a whole four-digit year). */
  readonly accept?: (text: string) => boolean;
  readonly onCommit: (value: number) => void;
}

/**
 * A number input that keeps what the user is typing and commits only acceptable values, so clearing the
 * field or typing "2" on the way to "2019" neither filters nor snaps back. On blur it shows the store's value.
 */
export function NumberField({ label, value, min, max, accept = (t) => /^\d+$/.test(t), onCommit }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // The store moved the value (playback, reset, URL): show it (React's "adjust state on prop change" pattern).
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (accept(e.target.value) && n >= min && (max === undefined || n <= max)) onCommit(n);
        }}
        onBlur={() => setText(String(value))}
      />
    </label>
  );
}
