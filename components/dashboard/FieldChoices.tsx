import type { ComponentChildren } from 'preact';

export interface FieldChoice {
  /** The value the button puts in the field; also its key and `data-choice`. */
  value: string;
  /** What the button shows (the value itself where omitted). */
  content?: ComponentChildren;
  /** The button's accessible name where the shown value alone does not say what it does. */
  label?: string;
  disabled?: boolean;
}

export interface FieldChoicesProps {
  /** Names the group (`data-choices`) and its id. */
  id: string;
  /** What the choices are and when to use one. */
  intro: string;
  /** `data-action` of each button. */
  action: string;
  choices: readonly FieldChoice[];
  onPick: (value: string) => void;
}

/** Values read from an e-mail beside a form's field, none prefilled: one click puts one in the field. */
export function FieldChoices({ id, intro, action, choices, onPick }: FieldChoicesProps) {
  if (!choices.length) return null;
  return (
    <div class="field-choices" role="group" aria-labelledby={`${id}-intro`} data-choices={id}>
      <span id={`${id}-intro`}>{intro}</span>{' '}
      {choices.map((choice) => (
        <button key={choice.value} type="button" data-action={action} data-choice={choice.value} aria-label={choice.label} disabled={choice.disabled} onClick={() => onPick(choice.value)}>
          {choice.content ?? choice.value}
        </button>
      ))}
    </div>
  );
}
