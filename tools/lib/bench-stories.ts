/**
 * Generated stories for measuring how the story check grows with a story's size
 * (npm run bench:check): valid cases made of many decisions, written in Spanish.
 */
const header = (caseId: string, title: string) => `# case: ${caseId}
# title: ${title}
# summary: Una historia generada para medir el tiempo de la revisión.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: explain_next_steps
# trust: 5
# distress: 5
# content_note: Historia de prueba, sin contenido sensible.
# lang: es
VAR trust = 5
VAR distress = 5

Jhon espera en la comisaría. # speaker:narrator # scene:front_desk
-> d1
`;

const options = [
  '[Hablarle con calma y presentarse. #do:build_rapport]',
  '[Explicarle lo que va a pasar ahora. #do:explain_next_steps]',
];

/** `decisions` decisions one after another, each with two options that both lead to the next. */
export function sequentialStory(decisions: number): string {
  const knots: string[] = [];
  for (let i = 1; i <= decisions; i++) {
    const next = i === decisions ? 'fin' : `d${i + 1}`;
    knots.push(`=== d${i} ===
Jhon mira la puerta (${i}). # speaker:narrator
+ ${options[0]} -> ${next}
+ ${options[1]} -> ${next}
`);
  }
  return `${header('bench_sequential', `Revisión de ${decisions} decisiones`)}
${knots.join('\n')}
=== fin ===
Jhon se queda tranquilo. # speaker:narrator # ending:protected_home
-> END
`;
}

/** One decision with `width` options (each its own), then the ending. */
export function wideStory(width: number): string {
  const choices = Array.from({ length: width }, (_, i) =>
    i % 2 === 0
      ? `+ [Decirle algo amable (${i + 1}). #do:build_rapport] -> fin`
      : `+ [Explicarle un paso (${i + 1}). #do:explain_next_steps] -> fin`,
  );
  return `${header('bench_wide', `Revisión de ${width} opciones`)}
=== d1 ===
Jhon mira la puerta. # speaker:narrator
${choices.join('\n')}

=== fin ===
Jhon se queda tranquilo. # speaker:narrator # ending:protected_home
-> END
`;
}
