import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { storyChunks, storyPreloadScript } from '../../../tools/lib/vite-plugin-story-preload.ts';

const bundle = {
  'assets/es-A.js': {
    type: 'chunk',
    fileName: 'assets/es-A.js',
    facadeModuleId: '/w/stories/lost_child_5/es.ink',
  },
  'assets/en-B.js': {
    type: 'chunk',
    fileName: 'assets/en-B.js',
    facadeModuleId: '/w/stories/lost_child_5/en.ink',
  },
  'assets/index-C.js': { type: 'chunk', fileName: 'assets/index-C.js', facadeModuleId: '/w/src/main.ts' },
  'index.html': { type: 'asset', fileName: 'index.html' },
};

/** Runs the generated script on a page at `search` with `saved` settings; returns the hrefs it preloaded. */
function preloaded(search: string, saved: string | null | Error, base = '/'): string[] {
  const links: { rel: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
  };
  const localStorage = {
    getItem: () => {
      if (saved instanceof Error) throw saved;
      return saved;
    },
  };
  const script = storyPreloadScript(storyChunks(bundle, base));
  runInNewContext(script, { location: { search }, document, localStorage, URLSearchParams, JSON });
  return links.map((l) => `${l.rel} ${l.href}`);
}

describe('story preload (the built page asks for a linked case’s story beside the app’s code)', () => {
  it('maps each story chunk by case and language, under the build’s base', () => {
    expect(storyChunks(bundle, '/')).toEqual({
      'lost_child_5/es': '/assets/es-A.js',
      'lost_child_5/en': '/assets/en-B.js',
    });
    expect(storyChunks(bundle, './')['lost_child_5/en']).toBe('./assets/en-B.js');
  });

  it('preloads the linked case in the link’s language, else the saved one, else Spanish', () => {
    expect(preloaded('?case=lost_child_5&lang=en', null)).toEqual(['modulepreload /assets/en-B.js']);
    expect(preloaded('?case=lost_child_5', JSON.stringify({ lang: 'en' }))).toEqual([
      'modulepreload /assets/en-B.js',
    ]);
    expect(preloaded('?case=lost_child_5&lang=xx', null)).toEqual(['modulepreload /assets/es-A.js']);
  });

  it('asks for nothing without a known case, and never throws (no storage, unreadable settings)', () => {
    expect(preloaded('', null)).toEqual([]);
    expect(preloaded('?case=nope&lang=es', null)).toEqual([]);
    expect(preloaded('?case=lost_child_5', new Error('denied'))).toEqual([]);
    expect(preloaded('?case=lost_child_5', '{not json')).toEqual([]);
  });
});
