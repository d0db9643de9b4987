// Plantilla de un caso nuevo (npm run new-case -- CASE_ID). Guía completa: stories/README.md.
// Referencia de acciones, situaciones y estándares: docs/reference/es.md.
// Un comentario empieza con // y el simulador no lo muestra: bórrelos cuando ya no los necesite.
//
// ETIQUETAS GLOBALES: arriba del todo, antes de cualquier texto.
//   case:         el nombre de la carpeta (snake_case, no cambia nunca)
//   title:        el título de la tarjeta del caso, en el idioma del archivo
//   summary:      (opcional) la situación en una línea, en la tarjeta del caso
//   persona:      el niño, niña o adolescente del caso (id de un personaje)
//   age:          su edad en años
//   type:         sexual_violence, domestic_violence, physical_punishment, lost_child,
//                 missing_child, trafficking, online_abuse o conflict_with_law
//   requires:     las acciones que el caso debe incluir antes de terminar
//   key:          los estándares que el caso entrena (p. ej. ENV-02, PRO-06)
//   trust, distress: confianza y malestar del niño o niña al empezar, de 0 a 10
//   content_note: la advertencia que se lee antes de empezar
//   lang:         es o en
//
// Para declarar una persona nueva (un niño, una abuela...), con su id, tipo, género y nombre:
// # cast: tomas, child, boy, Tomás
// # cast: abuela, adult, woman, Abuela de Tomás
// (quite las // para usarlas; este ejemplo usa un personaje ya existente, jhon).
// Sin dibujos propios, una persona declarada se dibuja como una figura genérica. Para darle
// los suyos, ponga archivos SVG junto a esta historia, sin tocar código:
//   stories/CASE_ID/people/tomas/<ánimo>.svg   un niño o adolescente, uno por ánimo:
//                                              calm, anxious, scared, crying, withdrawn, angry, relieved
//   stories/CASE_ID/people/abuela.svg          un adulto, de pie
// npm run check:stories avisa qué ánimo falta y rechaza un SVG mal formado.
# case: CASE_ID
# title: Jhon llega solo a la comisaría
# summary: Un niño de diez años entra solo a la comisaría, asustado, y pide ayuda.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, move_to_private_room, explain_next_steps
# key: REC-01, ENV-01, CLO-01
# trust: 3
# distress: 6
# content_note: Un niño de diez años llega solo y asustado a la comisaría. No se describe ninguna violencia.
# lang: es

// Las dos variables obligatorias: el motor escribe en ellas la confianza y el malestar
// del niño o niña después de cada elección. No las cambie usted.
VAR trust = 3
VAR distress = 6
// Cuántas elecciones seguidas dejaron el malestar en 9 o más (daño sostenido):
// { distress_streak >= 2: -> un_final_temprano }
VAR distress_streak = 0

// INCLUDE ../_shared/es/helplines.ink   (piezas compartidas: vea stories/README.md)

-> reception

// ETIQUETAS DE LÍNEA, al final de la línea:
//   speaker:  quién habla: narrator, officer (quien juega) o el id de un personaje
//   mood:     la expresión del niño o niña: calm, anxious, scared, crying, withdrawn, angry, relieved
//   scene:    el lugar: front_desk, waiting_area, private_room, corridor_cells, office
//   ambient:  el sonido de fondo: front_desk_busy, quiet_room, corridor_cells, night_shift
//   sfx:      un sonido: door, phone, radio, footsteps, chair, paper
//   phase:    reception, environment, communication, disclosure, protection, referral, documentation, closure
//   event:    una situación (p. ej. child_distressed): la máquina la convierte en obligaciones
//   ending:   la última línea de cada final: protected…, at_risk… o harmed…
=== reception ===
Comisaría de Santa Rosa, un martes a las cuatro de la tarde. Se abre la puerta de la calle. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception # sfx:door
Un niño de mochila azul se acerca al mostrador y se queda mirando el piso. # speaker:narrator
—Señor policía... ¿me puede ayudar? # speaker:jhon # mood:scared
// OPCIONES: cada opción lleva una o dos etiquetas do: DENTRO de los corchetes.
// Use + (opción fija) cuando la historia no vuelve a esta decisión; * solo en un bucle.
+ [Atenderlo ya y llevarlo a la sala de atención, donde nadie los escucha. #do:attend_immediately #do:move_to_private_room]
    —Claro que sí. Ven conmigo a una salita más tranquila, ahí conversamos. # speaker:officer
    -> talk
+ [Decirle que espere en la banca hasta que llegue alguien de la sección de Familia. #do:defer_or_redirect]
    —Siéntate en esa banca y espera; ya vendrá alguien de Familia. # speaker:officer
    -> ending_sent_away
+ [Preguntarle ahí mismo, en el mostrador lleno de gente, qué le ha pasado. #do:talk_in_public_area]
    —A ver, dime aquí nomás qué te pasó. # speaker:officer
    Dos señores que esperan su turno se voltean a mirarlo. # speaker:narrator # mood:anxious
    -> talk

=== talk ===
La sala de atención tiene una mesa baja y unos cojines. Cierras la puerta. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication
Jhon aprieta las correas de su mochila y empieza a llorar sin hacer ruido. # speaker:narrator # mood:crying # event:child_distressed
+ [Esperar a su lado, en silencio, y decirle que puede tomarse su tiempo. #do:pause_for_child]
    —Aquí estás seguro. Tómate tu tiempo, yo te espero. # speaker:officer
    Jhon respira más despacio. # speaker:narrator # mood:calm
    -> closing
+ [Decirle que tiene que contarlo todo ya, porque así avanzamos más rápido. #do:press_child_to_continue]
    —Tienes que contarme todo ahorita, así terminamos más rápido. # speaker:officer
    Jhon se encoge en el cojín y ya no dice nada. # speaker:narrator # mood:withdrawn
    -> ending_pressed
+ [Decirle: «Hiciste muy bien en venir. Te creo y te voy a ayudar.» #do:express_belief]
    —Hiciste muy bien en venir. Te creo, y te voy a ayudar. # speaker:officer
    Jhon se seca la cara con la manga. # speaker:narrator # mood:relieved
    -> closing

=== closing ===
Jhon te mira, esperando saber qué va a pasar ahora. # speaker:narrator # phase:closure # mood:anxious
+ [Explicarle, con palabras sencillas, qué va a pasar y quién lo va a cuidar. #do:explain_next_steps]
    —Ahora voy a llamar a una persona que cuida a los niños, y me quedo contigo hasta que llegue. # speaker:officer
    -> ending_protected
+ [Darle un papel con un teléfono y decirle que ya se puede ir a su casa. #do:end_abruptly]
    —Toma, aquí hay un número. Ya puedes irte a tu casa. # speaker:officer
    -> ending_sent_home
+ [Pedirle que te cuente todo otra vez desde el principio, para el acta. #do:ask_child_to_repeat]
    —Ahora cuéntame todo otra vez desde el principio, para el acta. # speaker:officer
    -> ending_pressed

// FINALES: cada camino termina en una línea con ending: y luego -> END.
// Un caso tiene al menos un final de cada tipo: protected…, at_risk… y harmed….
=== ending_protected ===
Jhon espera contigo, con un vaso de agua entre las manos, a la persona que lo va a cuidar. # speaker:narrator # ending:protected_cared_for
-> END

=== ending_sent_away ===
Al rato, la banca está vacía: Jhon se fue sin que nadie lo escuchara. # speaker:narrator # ending:at_risk_sent_away
-> END

=== ending_sent_home ===
Jhon sale a la calle con el papel en la mano, de vuelta a la casa de la que vino. # speaker:narrator # ending:at_risk_sent_home
-> END

=== ending_pressed ===
Jhon ya no habla. Cuando llega su tía, se va sin mirar atrás. # speaker:narrator # mood:withdrawn # ending:harmed_pressed
-> END
