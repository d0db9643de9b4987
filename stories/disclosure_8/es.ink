# case: disclosure_8
# title: Milagros, lo que le contó a su profesora
# summary: Su mamá la trae después de que la profesora llamara: la niña dijo que la pareja de su madre «le hace daño».
# persona: milagros
# age: 8
# type: sexual_violence
# requires: attend_immediately, gather_facts_from_adult, register_report, assess_risk, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, request_protective_measures, refer_to_cem, protect_identity, record_child_words, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-01, REC-04, ENV-01, ENV-03, ENV-04, COM-01, COM-04, DIS-01, DIS-02, DIS-03, DIS-05, DIS-06, DIS-07, PRO-01, PRO-02, PRO-03, PRO-08, REF-02, REF-03, REF-04, DOC-01, DOC-02, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 4
# content_note: Una niña de ocho años ha contado a su profesora, con palabras vagas, que la pareja de su madre le hace daño. No se describe ningún acto. El presunto agresor vive con ellas y aparece en la comisaría.
# lang: es

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
// Lo peor que el paso por la comisaría le ha dejado a la niña hasta ahora; decide el final.
// 0 nada, 1 sin medidas de protección, 3 salida sin verificar, 5 foto difundida,
// 7 revisada en la comisaría, 8 interrogada otra vez.
VAR fate = 0

INCLUDE es/mother.ink
INCLUDE es/child.ink
INCLUDE es/closure.ink
INCLUDE ../_shared/es/call_family_prosecutor.ink
INCLUDE ../_shared/es/call_criminal_prosecutor.ink
INCLUDE ../_shared/es/single_interview.ink
INCLUDE ../_shared/es/family_court.ink
INCLUDE ../_shared/es/helplines.ink
INCLUDE ../_shared/es/do_not_question.ink

-> reception

=== reception ===
Comisaría Las Palmeras, Lima. Viernes, 17:40. En la sala de espera hay un señor con un parte de choque y dos jóvenes que vienen por un DNI perdido. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Una mujer con uniforme de operaria se acerca al mostrador. Una niña de trenzas va pegada a su costado, con la cara escondida en su casaca. # speaker:narrator # arrives:carmen
—Buenas tardes... Me llamo Carmen. La profesora de mi hija me llamó al trabajo. Dice que Milagros le contó que mi pareja... que él le hace daño. No sé qué hacer. # speaker:carmen # mood:anxious
Su celular vibra en su mano. En la pantalla dice «Wilber». Carmen no contesta. # speaker:narrator # sfx:phone
+ [«Pase, señora Carmen. La atiendo yo ahorita mismo, sin turno. Hizo bien en venir de frente.» #do:attend_immediately #do:receive_carer_respectfully]
    —Pase, señora Carmen. La atiendo yo ahorita mismo, sin turno. Hizo bien en venir de frente. # speaker:officer
    Carmen suelta el aire, como si lo hubiera tenido guardado todo el camino. # speaker:narrator # mood:anxious
    -> where_to_talk
+ [«Eso lo ve la sección de Familia, señora, y hoy se fueron temprano. Venga el lunes, por favor.» #do:defer_or_redirect]
    —Mire, señora, eso lo ve la sección de Familia, y hoy se fueron temprano. Venga el lunes, por favor, y la atienden. # speaker:officer
    Carmen mira a su hija, luego al celular que vuelve a vibrar. # speaker:narrator # sfx:phone # arrives:carmen
    —El lunes... Ya. Gracias. # speaker:carmen # mood:withdrawn
    -> ending_sent_away
+ [Pedirle su DNI y la partida de nacimiento de la niña, para abrir la denuncia con los datos completos. #do:demand_formalities]
    —Para registrar la denuncia necesito su DNI y la partida de nacimiento de la menor, señora. Sin la partida no puedo. # speaker:officer
    —No traje la partida... salí corriendo del trabajo. Está en la casa. # speaker:carmen # mood:anxious
    —Entonces vaya a traerla y regresa. Aquí la esperamos. # speaker:officer
    Carmen mira a su hija, luego al celular que vuelve a vibrar. # speaker:narrator # sfx:phone # arrives:carmen
    -> ending_sent_away

=== where_to_talk ===
-> gate ->
Carmen empieza a hablar ahí mismo, en voz baja, mientras el señor del choque se acerca al mostrador a escuchar. # speaker:narrator # phase:environment # arrives:carmen
—La profesora dice que Milagros le contó que él... # speaker:carmen
+ [«Hable bajito, señora, que aquí nadie la conoce. Así avanzamos más rápido con su denuncia.» #do:talk_in_public_area]
    —Hable bajito, señora, que aquí nadie la conoce. Así avanzamos más rápido con su denuncia. ¿Qué le dijo la profesora? # speaker:officer
    Carmen baja la voz, pero el señor del choque escucha todo. Milagros se tapa las orejas con las manos. # speaker:narrator # mood:scared
    Cuando el señor se le queda mirando a la niña, por fin reaccionas y las llevas a la sala de atención. # speaker:narrator
    -> greeting
+ [Detenerla con suavidad: «Un ratito, señora. Vamos a la sala de atención, ahí nomás, donde nadie nos escucha.» #do:move_to_private_room]
    —Un ratito, señora. Vamos a la sala de atención, ahí nomás, donde nadie nos escucha. Acompáñenme las dos. # speaker:officer
    -> greeting
+ [Pasarlas a la banca del pasillo, junto a la carceleta, y que Carmen te cuente ahí con la niña al lado. #do:talk_in_public_area #do:let_child_hear_account]
    —Vengan a la banca, señora, que ahí estamos más tranquilos. Cuénteme. # speaker:officer
    La banca está junto a la reja de la carceleta. Carmen empieza a contar; Milagros escucha cada palabra. Un detenido grita algo desde adentro y la niña se abraza a las piernas de su mamá. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:scared # arrives:carmen
    Las llevas a las dos a la sala de atención. # speaker:narrator
    -> greeting

=== greeting ===
-> gate ->
La sala de atención tiene una mesita baja, colores, unos cojines y una ventana con cortina. Cierras la puerta. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # phase:communication
Milagros se sienta en la falda de su mamá y te mira de reojo. La suboficial Huamán se asoma a la puerta: está libre. Necesitas que Carmen te cuente lo que sabe, pero no delante de la niña. # speaker:narrator # mood:anxious # arrives:colleague_f,carmen # held_by:carmen
+ [Preguntarle si quiere quedarse en la falda de su mamá y, si dice que sí, que Carmen te cuente ahí mismo. #do:ask_child_who_stays #do:let_child_hear_account]
    —Milagros, ¿quieres quedarte aquí, en la falda de tu mamá? # speaker:officer
    Milagros dice que sí con la cabeza. # speaker:narrator # mood:anxious
    —Entonces cuénteme aquí, señora. Así no se asusta ni se siente sola. # speaker:officer
    Carmen empieza a contar lo que le dijo la profesora. Milagros escucha cada palabra, con los ojos muy abiertos. # speaker:narrator # mood:withdrawn
    A media historia, Carmen se da cuenta y se calla. Le pides a Huamán que lleve a la niña a dibujar a la sala de al lado. # speaker:narrator # arrives:colleague_f
    -> mother_account
+ [A Carmen: «Procederemos a recabar su declaración, señora; la menor agraviada queda a cargo del efectivo policial.» #do:use_jargon #do:insist_adult_stays]
    —Señora, procederemos a recabar su declaración respecto a los hechos. La menor agraviada queda a cargo del efectivo policial. Ramos, por favor. # speaker:officer
    El suboficial Ramos, alto y con el chaleco puesto, entra. Milagros no ha entendido nada, salvo que su mamá se va. Se encoge y se agarra de su casaca. # speaker:narrator # mood:scared # arrives:colleague_m
    —Quiero a mi mamá... # speaker:milagros # mood:scared
    —Ya vuelve, ya vuelve. # speaker:officer
    -> mother_account
+ [Sentarte a su altura: «Hola, Milagros, soy Cruz, policía. Voy a hablar con tu mamá; ¿con quién te quedas tú?» #do:introduce_self_simply #do:ask_child_who_stays]
    Te sientas en un cojín, para quedar a su altura. # speaker:narrator
    —Hola, Milagros. Me llamo Cruz. Soy policía, y mi trabajo es cuidar a las niñas y a los niños. # speaker:officer
    —Voy a conversar un ratito con tu mamá en la oficina de al lado. ¿Con quién quieres quedarte mientras tanto? ¿Con la señorita Huamán, o prefieres a otra persona? # speaker:officer
    Milagros mira a Huamán, luego a su mamá. # speaker:narrator # mood:anxious # arrives:colleague_f
    —Con ella... Pero que mi mamá deje la puerta abierta. # speaker:milagros # mood:anxious
    —Trato hecho. La puerta se queda abierta y tu mamá está ahí nomás. # speaker:officer
    Huamán se sienta en el suelo con los colores. Milagros, despacio, se sienta a su lado. # speaker:narrator # mood:calm # arrives:colleague_f
    -> mother_account

=== gate ===
// Solo el daño sostenido termina el caso: dos decisiones seguidas con la niña desbordada.
{ distress_streak >= 2:
    -> child_shutdown
}
->->
