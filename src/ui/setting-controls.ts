import { h } from './dom.ts';

/** The text sizes offered, in percent. */
export const textSizes: readonly number[] = [100, 125, 150, 175, 200];

/** A labelled drop-down whose choices are `[value, text]` pairs. */
export function selectField<T extends string | number>(
  id: string,
  label: string,
  value: T,
  choices: readonly [T, string][],
  onInput: (v: T) => void,
): HTMLElement {
  const el = h(
    'select',
    {
      id,
      onchange: (e: Event) => onInput(choices[(e.target as HTMLSelectElement).selectedIndex]![0]),
    },
    ...choices.map(([v, text]) => h('option', { value: String(v), selected: v === value }, text)),
  );
  return h('div', { class: 'field' }, h('label', { for: id }, label), el);
}

/** A labelled slider from 0 to 100 %, reported as 0–1. */
export function rangeField(
  id: string,
  label: string,
  value: number,
  onInput: (v: number) => void,
): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      id,
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(value * 100),
      oninput: (e: Event) => onInput(Number((e.target as HTMLInputElement).value) / 100),
    }),
  );
}

/** A labelled check box. */
export function toggleField(
  id: string,
  label: string,
  checked: boolean,
  onInput: (v: boolean) => void,
): HTMLElement {
  return h(
    'div',
    { class: 'field check' },
    h('input', {
      id,
      type: 'checkbox',
      checked,
      onchange: (e: Event) => onInput((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, label),
  );
}

/** The text size drop-down (100–200 %). */
export function textSizeField(
  id: string,
  label: string,
  value: number,
  onInput: (v: number) => void,
): HTMLElement {
  return selectField(
    id,
    label,
    value,
    textSizes.map((s) => [s, `${s} %`] as [number, string]),
    onInput,
  );
}
