import type { Source } from '../standard.ts';

/**
 * Cited sources of STANDARDS.md: international standards, research and
 * comparative police guidance.
 */
export const internationalSources: readonly Source[] = [
  {
    key: 'S38',
    title: 'SAMHSA six principles',
    urls: [
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC7894645/figure/F1',
      'https://opentextbc.ca/peersupport/chapter/samhsas-six-principles-of-trauma-informed-care/',
    ],
  },
  {
    key: 'S39',
    title: 'NICHD protocol',
    urls: [
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC2180422/',
      'https://crimesolutions.ojp.gov/ratedprograms/nichd-investigative-interview-protocol',
      'https://in-mind.org/article/asking-children-to-talk-about-abuse-can-research-help-improve-police-interviewer-skills?page=3',
    ],
  },
  {
    key: 'S40',
    title: 'First-responder minimal facts',
    urls: [
      'https://www.dailyamerican.com/story/news/local/2019/11/04/experts-explain-the-role-of-first-responders-in-child-abuse-investigations/43939003/',
      'https://prezi.com/_3d_dupfilc7/minimal-facts-interview/',
    ],
  },
  {
    key: 'S41',
    title: 'Responding to disclosure',
    urls: [
      'https://southenotahcac.org/what-to-do-if-a-child-discloses-to-you',
      'https://www.cacnd.org/the-issue-of-child-abuse/how-to-respond-to-a-child-who-discloses/',
    ],
  },
  {
    key: 'S42',
    title: 'IACP victim-centred, trauma-informed response',
    urls: [
      'https://lettac.org/Clearinghouse/Resource/0a9626b6-91fb-4d1e-dac7-08dce167bdaa',
      'https://policechiefmagazine.org/iacpwork-law-enforcement-response-to-victims',
    ],
  },
  {
    key: 'S43',
    title:
      'UN Guidelines on Justice for Child Victims and Witnesses (ECOSOC 2005/20)',
    urls: [
      'https://archive.crin.org/en/library/legal-database/un-guidelines-justice-matters-involving-child-victims-and-witnesses-crimeeba0.html',
    ],
  },
  {
    key: 'S44',
    title: 'Trauma-informed touch',
    urls: [
      'https://www.multiplyingconnections.org/become-trauma-informed/create-safety',
      'http://oohctoolbox.org.au/safe-touch-and-personal-safety',
    ],
  },
  {
    key: 'S45',
    title: 'Comparative Spanish police guidance',
    urls: [
      'https://deploy.studylib.es/doc/5260032/situaci%C3%B3n-de-riesgo-o-desamparo',
      'https://elpais.com/diario/2003/08/21/sociedad/1061416805_850215.html',
      'https://policia.es/iep_web/revista_ciencia_policial/2023/181/files/assets/basic-html/page-186.php',
    ],
  },
  {
    key: 'S49',
    title:
      "UN CRC General Comment 10 (children's rights in juvenile justice), Spanish excerpt",
    urls: [
      'https://psicolog.org/1-observacin-general-n-10-del-comit-de-los-derechos-del-nio-on.html?page=4',
    ],
  },
  {
    key: 'S51',
    title: 'Repeated interviews and suggestibility (Kenniston)',
    urls: ['https://paperzz.com/doc/9309997/'],
  },
];
