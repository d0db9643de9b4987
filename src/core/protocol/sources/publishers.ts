/**
 * Stable landing pages of the publishers the catalogue cites, and the hosts a
 * source shown to a trainee may point to. A deep link is used only where it was
 * confirmed; otherwise a source points to its publisher's landing page and its
 * note names the norm, article and publication to look for.
 */
export const publisher = {
  /** El Peruano, official gazette: search of legal norms. */
  elPeruano: 'https://busquedas.elperuano.pe/',
  /** SPIJ, the state's legal database (Ministerio de Justicia y Derechos Humanos). */
  spij: 'https://spij.minjus.gob.pe/',
  mimpNorms: 'https://www.gob.pe/institucion/mimp/normas-legales',
  mimpPublications: 'https://www.gob.pe/institucion/mimp/informes-publicaciones',
  mimp: 'https://www.gob.pe/institucion/mimp',
  mininterNorms: 'https://www.gob.pe/institucion/mininter/normas-legales',
  pnpNorms: 'https://www.gob.pe/institucion/pnp/normas-legales',
  mpfnNorms: 'https://www.gob.pe/institucion/mpfn/normas-legales',
  mpfnPublications: 'https://www.gob.pe/institucion/mpfn/informes-publicaciones',
  minsaNorms: 'https://www.gob.pe/institucion/minsa/normas-legales',
  defensoria: 'https://www.defensoria.gob.pe/',
} as const;

/** A law's text in the Congress's digital archive of Peruvian legislation. */
export const congressLaw = (n: number) => `https://www.leyes.congreso.gob.pe/Documentos/Leyes/${n}.pdf`;

/** Hosts of primary sources: Peruvian state publishers, the UN system, named institutional guides. */
export const primaryHosts: readonly string[] = [
  // Peru: official gazette, legal database, Congress archive, state portal and institutions
  'busquedas.elperuano.pe',
  'diariooficial.elperuano.pe',
  'spij.minjus.gob.pe',
  'www.leyes.congreso.gob.pe',
  'www.gob.pe',
  'portal.mpfn.gob.pe',
  'www.mimp.gob.pe',
  'www.policia.gob.pe',
  'www.defensoria.gob.pe',
  // UN system
  'www.unicef.org',
  'www.ohchr.org',
  'tbinternet.ohchr.org',
  'www.un.org',
  'digitallibrary.un.org',
  'www.unodc.org',
  'www.who.int',
  // Named institutional guides and the research they rest on
  'www.gov.uk',
  'library.samhsa.gov',
  'pmc.ncbi.nlm.nih.gov',
  'crimesolutions.ojp.gov',
  'policechiefmagazine.org',
  'policia.es',
  'www.policia.es',
];
