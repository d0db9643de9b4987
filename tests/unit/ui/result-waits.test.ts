import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { resultWaits } from '../../../src/ui/result-waits.ts';

function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
}

describe('the result that waits for the connection', () => {
  it('reloads once when the connection returns, not before', () => {
    setOnline(false);
    const reload = vi.fn();
    const view = resultWaits(es, 'r-1', window, reload);
    expect(view.querySelector('h1')?.textContent).toBe(es.resultWaitsTitle);
    expect(view.getAttribute('data-record-id')).toBe('r-1');
    expect(view.textContent).toContain(es.resultWaitsText);
    view.querySelector('button')!.click();
    expect(reload).not.toHaveBeenCalled();
    expect(view.querySelector('[role="status"]')?.textContent).toBe(es.resultWaitsOffline);
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once from the button when online, in English too', () => {
    setOnline(true);
    const reload = vi.fn();
    const view = resultWaits(en, 'r-2', window, reload);
    expect(view.textContent).toContain(en.resultWaitsText);
    view.querySelector('button')!.click();
    expect(reload).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
