import type { Source } from '../standard.ts';

/**
 * Cited sources of STANDARDS.md: Peruvian laws and regulations, and the
 * commentaries through which some of them are known.
 */
export const peruvianLawSources: readonly Source[] = [
  {
    key: 'S10',
    title: 'Ley 31156 amending art. 15 Ley 30364 (El Peruano)',
    urls: ['https://busquedas.elperuano.pe/api/visor_html/1941276-3'],
  },
  {
    key: 'S11',
    title:
      'Regulation of Ley 30364 as amended by DS 004-2019-MIMP, art. 14 (El Peruano 7 Mar 2019 p. 12)',
    urls: [
      'https://www.datosperu.org/directorio-de-normas-legales-del-peru-2019-marzo-07-03-2019-pagina-12.php',
      'https://ambitolegalperu.blogspot.com/2023/04/medidas-de-proteccion-para-prevenir-y.html',
    ],
  },
  {
    key: 'S12',
    title: 'Ley 30364 as published 23 Nov 2015 (principles)',
    urls: [
      'https://es.scribd.com/document/406258420/00-Violencia-Familiar-Ley-30364-y-Reglamento-009-2016-MIMP-pdf',
    ],
  },
  {
    key: 'S13',
    title: 'Regulation of Ley 30364 (2016), risk-form instructions',
    urls: ['https://xdocs.net/documents/reglamentoley-30364-5cd092632939f'],
  },
  {
    key: 'S14',
    title:
      'Ley 31715 changes: Ojo Público/Ama Llulla fact-check; Diario La Región',
    urls: [
      'http://ojopublico.jerre-dev.xyz/ojobionico/es-impreciso-que-plazo-para-otorgar-medidas-proteccion-es-3-dias',
      'https://diariolaregion.com/endurecen-sanciones-para-quienes-cometan-violencia-familiar',
    ],
  },
  {
    key: 'S15',
    title: 'gob.pe, protective measures',
    urls: [
      'https://www.gob.pe/32126-medidas-de-proteccion-hacia-las-victimas-de-violencia',
    ],
  },
  {
    key: 'S16',
    title: 'Commentary on Ley 31715 (PUCP; Juris)',
    urls: [
      'https://facultad-derecho.pucp.edu.pe/ventana-juridica/cambios-a-la-ley-30364-se-fortalecen-las-medidas-de-proteccion',
      'https://juris.pe/?p=41456',
    ],
  },
  {
    key: 'S17',
    title: 'DL 1386 summaries',
    urls: [
      'https://vi.scribd.com/document/398718805/',
      'https://huaralenlinea.com/2018/09/06/policia-ingresara-en-domicilios-para-detener-a-agresores-de-mujeres',
    ],
  },
  {
    key: 'S19',
    title: 'Single interview / Cámara Gesell',
    urls: [
      'https://tesis.pucp.edu.pe/bitstreams/94c12624-95a3-4959-ae2e-f04a65b00dfe/download',
      'https://lpderecho.pe/recibir-declaracion-ninos-adolescentes-problematica-protocolo-entrevista-unica-camara-gesell',
      'https://derechoreflexivo.blogspot.com/2021/05/1.html',
      'https://ru.scribd.com/document/430819864/PROCEDIMIENTO-PARA-CAMARA-GESSEL-pdf',
    ],
  },
  {
    key: 'S20',
    title: 'Paredes Sivirichi on Leyes 27055 and 27115',
    urls: [
      'https://zh.scribd.com/document/181397714/Defensa-de-Victimas-de-Violacion-Sexual',
    ],
  },
  {
    key: 'S22',
    title:
      'DL 1377 on identity and image of children (Diario Voces); CONCORTV statement; media and data-protection duties',
    urls: [
      'https://www.diariovoces.com.pe/144927/fortalecen-proteccion-integral-ninas-ninos-adolescentes',
      'https://radiorsd.pe/index.php/noticias/concortv-cuestiona-difusion-de-imagenes-del-intento-de-violacion-una-menor-en-moro',
      'https://lanoticia.com.pe/la-prensa-debe-proteger-derechos-de-los-ninos-y-adolescentes-en-sus-noticias/',
    ],
  },
  {
    key: 'S23',
    title: 'CRPA (DL 1348), El Peruano 7 Jan 2017 pp. 32, 34',
    urls: [
      'https://www.datosperu.org/directorio-de-normas-legales-del-peru-2017-enero-07-01-2017-pagina-32.php',
      'https://www.datosperu.org/directorio-de-normas-legales-del-peru-2017-enero-07-01-2017-pagina-34.php',
    ],
  },
  {
    key: 'S24',
    title: 'CRPA detention summaries',
    urls: [
      'https://valdezcuadros.com/?p=3135',
      'https://es.scribd.com/document/418367135/PANDILLAJE',
    ],
  },
  {
    key: 'S25',
    title: 'Ley 30466 and regulation art. 12.1',
    urls: [
      'https://www.datosperu.org/directorio-de-normas-legales-del-peru-2018-junio-01-06-2018-pagina-30.php',
      'https://lpderecho.pe/aprueban-reglamento-ley-30466-fija-parametros-garantizar-interes-superior-nino',
    ],
  },
  {
    key: 'S26',
    title: 'Código de los Niños y Adolescentes (Ley 27337)',
    urls: [
      'https://es.slideshare.net/slideshow/cdigodelosniosyadolescenteslppdf/265566926',
    ],
  },
  {
    key: 'S27',
    title: 'DL 1297, DEMUNA/UPE',
    urls: [
      'https://trome.com/actualidad/cercado-de-lima-realizan-intervencion-en-la-avenida-abancay-para-identificar-ninos-en-situacion-de-riesgo-nnpp-noticia',
      'https://rcrperu.com/?p=258841',
    ],
  },
  {
    key: 'S28',
    title: 'DL 1428 missing persons, alerts',
    urls: [
      'https://pradpi.es/peru-demandamos-inmediata-reglamentacion-de-decreto-legislativo-que-agiliza-busqueda-de-personas-desaparecidas',
      'http://www.americatv.com.pe/noticias/actualidad/denuncias-desaparicion-ninos-inmediata-n332768',
      'https://ciudadaldia.pe/nacional/pnp-atendera-denuncias-de-desaparicion-de-forma-inmediata/',
      'https://www.infobae.com/peru/2025/09/24/alerta-amber-como-reportar-la-desaparicion-de-un-menor-de-edad-y-quienes-se-encargan-de-activarla',
    ],
  },
  {
    key: 'S29',
    title: 'Código Penal art. 153 (trafficking)',
    urls: [
      'http://idehpucp.pucp.edu.pe/opinion/la-modificacion-del-tipo-penal-en-el-delito-de-trata-de-personas/',
    ],
  },
  {
    key: 'S33',
    title: 'Constitution art. 2(19) interpreters',
    urls: [
      'http://archivo.peru21.pe/politica/dia-idioma-nativo-como-son-juicios-quienes-no-hablan-castellano-2219675',
    ],
  },
  {
    key: 'S34',
    title: 'Sign-language interpreters at comisarías',
    urls: [
      'https://m.panamericana.pe/politica/439431-aprueban-ley-incorpora-interpretes-lengua-senas-comisarias-formacion-policial',
    ],
  },
  {
    key: 'S47',
    title: 'PNP regulation DS 012-2025-IN art. 288',
    urls: [
      'https://jurispol.pe/articulo-288-division-de-investigacion-y-proteccion-de-ninas-ninos-y-adolescentes-reglamento-de-la-ley-de-la-pnp-ds-012-2025-in',
    ],
  },
];
