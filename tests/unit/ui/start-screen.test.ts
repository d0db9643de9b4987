import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringsFor } from '../../../src/i18n/translate.ts';
import type { SetAsideOffer } from '../../../src/ui/pause-menu.ts';
import { defaultSettings, type Settings } from '../../../src/session/settings.ts';
import { startScreen } from '../../../src/ui/start-screen.ts';
import type { Trainee } from '../../../src/session/trainee.ts';
import { axeViolations } from '../../support/axe.ts';

const strings = stringsFor('en');

function screen(trainee?: Trainee, setAside?: SetAsideOffer) {
  const onSubmit = vi.fn<(trainee: Trainee) => void>();
  const onSettings = vi.fn<(settings: Settings) => void>();
  const settings = { ...defaultSettings(false), lang: 'en' as const };
  const view = startScreen({ strings, settings, trainee, setAside, onSettings, onSubmit });
  document.body.append(view);
  const field = (id: string) => view.querySelector<HTMLInputElement>(`#${id}`)!;
  const submit = () => view.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return { view, onSubmit, onSettings, settings, field, submit };
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
    const { view, onSettings, settings } = screen();
    const [es, en] = view.querySelectorAll<HTMLButtonElement>('.lang-switch button');
    expect([es?.getAttribute('aria-pressed'), en?.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    es?.click();
    expect(onSettings).toHaveBeenCalledExactlyOnceWith({ ...settings, lang: 'es' });
  });

  it('offers text size and high contrast on the first screen, before anything is typed', () => {
    const { view, onSettings, settings, field } = screen();
    const size = field('start-size') as unknown as HTMLSelectElement;
    expect(size.value).toBe('100');
    expect([...size.options].map((o) => o.value)).toEqual(['100', '125', '150', '175', '200']);
    size.selectedIndex = 4;
    size.dispatchEvent(new Event('change'));
    expect(onSettings).toHaveBeenLastCalledWith({ ...settings, textSize: 200 });
    const contrast = field('start-contrast');
    expect(view.querySelector('label[for="start-contrast"]')?.textContent).toBe(strings.highContrast);
    contrast.click();
    expect(onSettings).toHaveBeenLastCalledWith({ ...settings, highContrast: true });
  });

  it('counts the characters of the name and the code against their limits', () => {
    const { view, field } = screen();
    const name = field('trainee-name');
    expect(name.maxLength).toBe(80);
    expect(field('trainee-code').maxLength).toBe(20);
    name.value = 'Rosa Quispe';
    name.dispatchEvent(new Event('input'));
    expect(view.querySelector('[data-counter="trainee-name"]')?.textContent).toBe('11 of 80 characters');
    expect(view.querySelector('[data-counter="trainee-code"]')?.textContent).toBe('0 of 20 characters');
    expect(name.getAttribute('aria-describedby')).toBe('trainee-name-count name-error');
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
