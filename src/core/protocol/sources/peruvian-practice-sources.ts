import type { Source } from '../standard.ts';

/**
 * Cited sources of STANDARDS.md: Peruvian guidelines, oversight reports,
 * services and reports on police practice.
 */
export const peruvianPracticeSources: readonly Source[] = [
  {
    key: 'S03',
    title: 'IJM Canada, new safe spaces in Peruvian police stations (2024)',
    urls: [
      'https://ijm.ca/news/new-safe-spaces-women-children-peruvian-police-stations',
    ],
  },
  {
    key: 'S04',
    title: 'IJM, "Caring for the User, Caring for the Caregiver" workshops',
    urls: [
      'https://ijm.org/news/47-peruvian-volunteers-police-officers-learn-provide-better-care-victims-violence',
    ],
  },
  {
    key: 'S06',
    title: 'PNP Guía de Procedimientos Ley 30364, RCG 170-2020',
    urls: [
      'https://jurispol.pe/guia-de-procedimientos-para-la-intervencion-de-la-pnp-en-el-marco-de-la-ley-n-30364',
      'https://es.scribd.com/document/622487133/Policia-Nacional-Del-Peru',
    ],
  },
  {
    key: 'S07',
    title: 'RPP on Res. 270-2018-COMGE (ex officio reporting)',
    urls: [
      'https://rpp.pe/lima/policiales-crimenes/directiva-ordena-a-la-policia-reportar-casos-de-violencia-a-la-mujer-aunque-las-victimas-no-denuncien-noticia-1177119',
    ],
  },
  {
    key: 'S08',
    title: 'Defensoría del Pueblo summary of police duties (La Mula, 2016)',
    urls: [
      'https://redaccion.lamula.pe/2016/07/19/esto-debe-hacer-la-policia-al-recibir-una-denuncia-por-violencia-contra-la-mujer/redaccionmulera',
    ],
  },
  {
    key: 'S09',
    title: 'Andina special report on family violence (2017)',
    urls: [
      'https://portal.andina.pe/edpespeciales/2017/violencia-familiar/index.html',
    ],
  },
  {
    key: 'S21',
    title:
      'IML Guía Médico Legal, Evaluación Física de la Integridad Sexual (2012) and summary',
    urls: [
      'https://es.slideshare.net/slideshow/guia-dcls-2012-minpu/250331451',
      'https://es.scribd.com/document/555604981/Tarea-Medicina-Legal-2',
    ],
  },
  {
    key: 'S30',
    title: 'PNP trafficking victims protocol, RM 1305-2013-IN',
    urls: [
      'https://www2.slideshare.net/SheylaKatherin/trata-personas-ministeriointerior',
    ],
  },
  {
    key: 'S31',
    title: 'Grooming / online abuse (Ley 30096 art. 5; evidence)',
    urls: [
      'https://noticiaspiura30.pe/?p=129079',
      'https://trome.com/actualidad/facebook-acoso-red-social-costarte-3-5-anos-carcel-fotos-136081/?foto=1&source=amp',
      'https://larepublica.pe/sociedad/2023/08/31/ministerio-de-la-mujer-no-te-enredes-mimp-lanza-guia-digital-para-combatir-el-acoso-o-chantaje-sexual-por-internet-violencia-de-genero-716317',
    ],
  },
  {
    key: 'S32',
    title: 'CEM, Línea 100, Chat 100, SAU, HRT',
    urls: [
      'https://andina.pe/agencia/noticia-mimp-servicios-para-victimas-violencia-estan-disponibles-semana-santa-979879.aspx',
      'https://eltiempo.pe/nacional/peru-reportan-mas-de-46-mil-llamadas-malintencionadas-en-linea-100/',
    ],
  },
  {
    key: 'S35',
    title: 'Defensoría Lima Norte supervision (2015)',
    urls: [
      'https://alpuebloconlaverdad.blogspot.com/2015/09/defensoria-del-pueblo-recomendo-mejorar.html?m=0',
    ],
  },
  {
    key: 'S36',
    title: "Defensoría on children's activities in comisarías (2018)",
    urls: [
      'http://andina.pe/agencia/noticia-defensoria-del-pueblo-pide-no-dictar-talleres-para-ninos-comisarias-698702.aspx',
    ],
  },
  {
    key: 'S37',
    title: 'Poliwawa child space, Comisaría Mirones',
    urls: [
      'https://www.rcrperu.com/poliwawa-el-primer-espacio-seguro-para-ninos-en-una-comisaria-de-lima/',
    ],
  },
  {
    key: 'S46',
    title: 'Acción por los Niños PNP interview training (2012)',
    urls: [
      'https://huaralenlinea.com/2012/06/24/policias-sabran-como-entrevistar-a-ninos-victimas-de-abuso-sexual',
    ],
  },
  {
    key: 'S48',
    title: 'Reporting by minors, Gesell request, emergency care',
    urls: ['https://wayka.pe/que-hacer-en-caso-de-violacion-sexual/'],
  },
  {
    key: 'S54',
    title: 'MIMP manual on gender violence and disability (2021)',
    urls: [
      'https://es.scribd.com/document/647675953/MANUAL-VIOLENCIA-DISCAPACIDAD-MIMP',
    ],
  },
];
