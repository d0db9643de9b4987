import type { ActionId } from '../actions.ts';
import type { Localized } from '../localized.ts';

/**
 * What the officer does, for the actions on communication and disclosure.
 * `satisfies` rejects an unknown id; action-texts.ts rejects a missing one.
 */
export const conversationActionTexts = {
  // Communication
  introduce_self_simply: {
    es: 'Saludar al niño o niña y decirle su nombre y su función con palabras sencillas',
    en: 'Greet the child and give your name and role in simple words',
  },
  use_jargon: {
    es: 'Usar lenguaje legal o policial, o hablar solo con los adultos por encima del niño o niña',
    en: "Use legal or police language, or talk only to the adults over the child's head",
  },
  request_interpreter: {
    es: 'Solicitar un intérprete calificado (quechua, aimara, lengua amazónica o lengua de señas)',
    en: 'Request a qualified interpreter (Quechua, Aymara, an Amazonian language or sign language)',
  },
  use_interested_interpreter: {
    es: 'Dejar que un familiar, el presunto agresor u otro niño haga de intérprete',
    en: 'Let a relative, the alleged aggressor or another child interpret',
  },
  explain_child_can_stop: {
    es: 'Decirle al niño o niña que puede responder "no sé", corregirle, pedir una pausa o parar',
    en: 'Tell the child they may say "I don\'t know", correct you, take a break or stop',
  },
  pause_for_child: {
    es: 'Hacer una pausa, ofrecer agua y dejar descansar al niño o niña',
    en: 'Pause, offer water and let the child rest',
  },
  press_child_to_continue: {
    es: 'Insistir en seguir aunque el niño o niña pidió parar o está desbordado',
    en: 'Push on although the child asked to stop or is overwhelmed',
  },
  ask_before_touch: {
    es: 'Pedir permiso antes de tocar y consolar solo si el niño o niña lo busca',
    en: 'Ask before any touch and comfort only if the child seeks it',
  },
  touch_without_consent: {
    es: 'Abrazar, sujetar o levantarle la manga al niño o niña sin su consentimiento',
    en: "Hug, hold or lift the child's sleeve without consent",
  },
  pressure_or_bargain: {
    es: 'Amenazar, negociar o prometer premios para que el niño o niña hable',
    en: 'Threaten, bargain or promise rewards to make the child talk',
  },
  let_child_decide: {
    es: 'Decirle al niño o niña que decide si habla y cuánto cuenta, y respetarlo',
    en: 'Tell the child they decide whether and how much to say, and mean it',
  },
  build_rapport: {
    es: 'Conversar de temas neutros que interesan al niño o niña, según su edad',
    en: "Chat about neutral things the child likes, suited to the child's age",
  },
  neutral: {
    es: 'Continuar sin un paso relevante para el protocolo',
    en: 'Continue, with no step that matters for the protocol',
  },
  // Disclosure
  gather_facts_from_adult: {
    es: 'Obtener los hechos mínimos del adulto acompañante, lejos del niño o niña',
    en: 'Get the minimal facts from the accompanying adult, away from the child',
  },
  ask_minimal_facts: {
    es: 'Preguntar al niño o niña solo lo necesario para protegerlo: qué, quién, dónde, cuándo aproximadamente',
    en: 'Ask the child only what protection needs: what, who, where, roughly when',
  },
  ask_for_details: {
    es: 'Pedir al niño o niña detalles de los actos, el orden, la frecuencia o las partes del cuerpo',
    en: 'Ask the child for details of the acts, sequence, frequency or body parts',
  },
  ask_child_to_repeat: {
    es: 'Hacer que el niño o niña vuelva a contarlo a un colega, al comisario o para un formulario',
    en: 'Have the child tell it again to a colleague, the station chief or a form',
  },
  defer_account_to_single_interview: {
    es: 'Detener con suavidad el relato: una persona preparada le escuchará una sola vez',
    en: 'Gently stop the account: one trained person will listen, just once',
  },
  ask_open_question: {
    es: 'Hacer una invitación abierta ("cuéntame más de eso")',
    en: 'Use an open invitation ("tell me more about that")',
  },
  ask_leading_question: {
    es: 'Sugerir un nombre, un acto o un lugar que el niño o niña no mencionó',
    en: 'Suggest a name, act or place the child did not mention',
  },
  ask_option_question: {
    es: 'Hacer una pregunta de sí o no, o de alternativas, donde cabía una abierta',
    en: 'Ask a yes/no or either/or question where an open one was possible',
  },
  ask_why_or_blame: {
    es: 'Preguntar "¿por qué no contaste antes?" o juzgar al niño o niña',
    en: 'Ask "why didn\'t you tell before?" or judge the child',
  },
  counter_self_blame: {
    es: 'Decirle con claridad al niño o niña que no es su culpa cuando se culpa',
    en: 'Tell the child clearly it is not their fault when they blame themselves',
  },
  express_belief: {
    es: 'Agradecerle que haya contado, decirle que no es su culpa y mantener la calma',
    en: 'Thank the child for telling, say it is not their fault and stay calm',
  },
  express_doubt_or_shock: {
    es: 'Mostrar duda, asco o enojo ("¿estás segura?", amenazas contra el agresor)',
    en: 'Show doubt, disgust or anger ("are you sure?", threats against the aggressor)',
  },
  arrange_confrontation: {
    es: 'Juntar al niño o niña con el presunto agresor para "aclararlo" o conciliar',
    en: 'Bring the child and the alleged aggressor together to "clear it up" or conciliate',
  },
  refuse_confrontation: {
    es: 'Negarse a juntar al niño o niña con el presunto agresor o a arreglarlo en familia',
    en: 'Refuse to bring the child and the alleged aggressor together or settle it in the family',
  },
  promise_secrecy: {
    es: 'Prometer que no se lo dirá a nadie',
    en: 'Promise not to tell anyone',
  },
  promise_outcome: {
    es: 'Prometer un resultado ("irá a la cárcel", "nunca más lo verás")',
    en: 'Promise an outcome ("he will go to prison", "you will never see him again")',
  },
  explain_who_must_know: {
    es: 'Explicar con honestidad quiénes tendrán que saberlo y por qué',
    en: 'Explain honestly who will need to know and why',
  },
  examine_or_photograph_child: {
    es: 'Mirar, descubrir o fotografiar el cuerpo o las lesiones íntimas del niño o niña',
    en: "Look at, uncover or photograph the child's body or intimate injuries",
  },
  ask_to_describe_images: {
    es: 'Pedir al niño, niña o adolescente que describa las imágenes íntimas: cuántas son o qué se ve en ellas',
    en: 'Ask the child to describe the intimate images: how many there are or what they show',
  },
  view_intimate_images: {
    es: 'Pedir ver, recibir, copiar o reenviar imágenes íntimas',
    en: 'Ask to see, receive, copy or forward intimate images',
  },
  leave_exam_to_professionals: {
    es: 'Explicar que solo Medicina Legal examina, con consentimiento, y que nadie en la comisaría verá las imágenes',
    en: 'Explain that only medico-legal staff examine, with consent, and no one at the station will view the images',
  },
} satisfies Partial<Record<ActionId, Localized>>;
