import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/core/protocol/localized.ts';
import { stringsFor } from '../../../src/i18n/translate.ts';
import type { SetAsideOffer } from '../../../src/ui/pause-menu.ts';
import { startScreen } from '../../../src/ui/start-screen.ts';
import type { Trainee } from '../../../src/ui/trainee.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

function screen(trainee?: Trainee, setAside?: SetAsideOffer) {
  const onSubmit = vi.fn<(trainee: Trainee) => void>();
  const onLanguage = vi.fn<(lang: Language) => void>();
  const view = startScreen({ strings, lang: 'en', trainee, setAside, onLanguage, onSubmit });
  document.body.append(view);
  const field = (id: string) => view.querySelector<HTMLInputElement>(`#${id}`)!;
  const submit = () => view.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return { view, onSubmit, onLanguage, field, submit };
}

afterEach(() => document.body.replaceChildren());

describe('startScreen', () => {
  it('asks for a name, and moves focus to it, before it continues', () => {
    const { view, onSubmit, field, submit } = screen();
    field('trainee-name').value = '   ';
    submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(view.querySelector('[role="alert"]')?.textContent).toBe(strings.nameRequired);
    expect(field('trainee-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('trainee-name'));
  });

  it('continues with the trimmed name and code in practice mode by default', () => {
    const { onSubmit, field, submit } = screen();
    field('trainee-name').value = '  Rosa Quispe ';
    field('trainee-code').value = ' CAD-7 ';
    submit();
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      name: 'Rosa Quispe',
      code: 'CAD-7',
      mode: 'practice',
    });
  });

  it('continues in evaluation mode when it is chosen', () => {
    const { onSubmit, field, submit } = screen();
    field('trainee-name').value = 'Rosa Quispe';
    field('mode-evaluation').click();
    submit();
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ name: 'Rosa Quispe', code: '', mode: 'evaluation' });
  });

  it('fills in the trainee it remembers', () => {
    const { field, onSubmit, submit } = screen({ name: 'Luis Mamani', code: 'CIP-1', mode: 'evaluation' });
    expect(field('trainee-name').value).toBe('Luis Mamani');
    expect(field('trainee-code').value).toBe('CIP-1');
    expect(field('mode-evaluation').checked).toBe(true);
    submit();
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      name: 'Luis Mamani',
      code: 'CIP-1',
      mode: 'evaluation',
    });
  });

  it('marks the current language as pressed and switches on the other', () => {
    const { view, onLanguage } = screen();
    const [es, en] = view.querySelectorAll<HTMLButtonElement>('.lang-switch button');
    expect([es?.getAttribute('aria-pressed'), en?.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    es?.click();
    expect(onLanguage).toHaveBeenCalledExactlyOnceWith('es');
  });

  it('offers the data set aside in this browser for download, and says nothing of it when there is none', () => {
    expect(screen().view.querySelector('[data-download-set-aside]')).toBeNull();
    document.body.replaceChildren();
    const download = vi.fn();
    const { view } = screen(undefined, { count: 2, download });
    expect(view.querySelector('.set-aside')?.textContent).toContain(strings.setAsideText(2));
    const button = view.querySelector<HTMLButtonElement>('[data-download-set-aside]');
    expect(button?.textContent).toBe(strings.downloadSetAside);
    button?.click();
    expect(download).toHaveBeenCalledOnce();
  });

  it('is accessible', async () => {
    const { view, submit } = screen(undefined, { count: 1, download: vi.fn() });
    submit();
    expect(await axeViolations(view)).toEqual([]);
  });
});
