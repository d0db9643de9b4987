# case: disclosure_8
# title: Milagros, lo que le contó a su profesora
# summary: Su mamá la trae después de que la profesora llamara: la niña dijo que la pareja de su madre «le hace daño».
# persona: milagros
# age: 8
# type: sexual_violence
# requires: attend_immediately, gather_facts_from_adult, register_report, assess_risk, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, request_forensic_exam, request_protective_measures, refer_to_cem, protect_identity, record_child_words, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-01, REC-04, ENV-01, ENV-03, ENV-04, COM-01, COM-04, DIS-01, DIS-02, DIS-03, DIS-05, DIS-06, DIS-07, PRO-01, PRO-02, PRO-03, PRO-08, REF-02, REF-03, REF-04, DOC-01, DOC-02, CLO-01, CLO-02, CLO-03
# trust: 2
# distress: 5
# content_note: Una niña de ocho años ha contado a su profesora, con palabras vagas, que la pareja de su madre le hace daño. No se describe ningún acto. El presunto agresor vive con ellas y aparece en la comisaría.
# lang: es

VAR trust = 2
VAR distress = 5

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
Una mujer con uniforme de operaria se acerca al mostrador. Una niña de trenzas va pegada a su costado, con la cara escondida en su casaca. # speaker:narrator
—Buenas tardes... Me llamo Carmen. La profesora de mi hija me llamó al trabajo. Dice que Milagros le contó que mi pareja... que él le hace daño. No sé qué hacer. # speaker:carmen # mood:anxious
Su celular vibra en su mano. En la pantalla dice «Wilber». Carmen no contesta. # speaker:narrator # sfx:phone
+ [«Señora, la atiendo yo ahora mismo. Hizo bien en venir.» #do:attend_immediately #do:receive_carer_respectfully]
    —Señora Carmen, la atiendo yo ahora mismo. Hizo bien en venir de frente. # speaker:officer
    Carmen suelta el aire, como si lo hubiera tenido guardado todo el camino. # speaker:narrator # mood:anxious
    -> where_to_talk
+ [«Eso lo ve la sección de Familia. Venga el lunes, que hoy ya no hay personal.» #do:defer_or_redirect]
    —Mire, señora, eso lo ve la sección de Familia y hoy ya se fueron. Venga el lunes temprano y la atienden. # speaker:officer
    Carmen mira a su hija, luego al celular que vuelve a vibrar. # speaker:narrator # sfx:phone
    —El lunes... Ya. Gracias. # speaker:carmen # mood:withdrawn
    -> ending_sent_away
+ [«Primero necesito su DNI y la partida de nacimiento de la niña.» #do:demand_formalities]
    —Para empezar necesito su DNI y la partida de nacimiento de la menor, señora. # speaker:officer
    —No traje la partida... salí corriendo del trabajo. Aquí está mi DNI nomás. # speaker:carmen # mood:anxious
    Milagros aprieta más fuerte la casaca de su mamá. Te das cuenta de que la partida puede esperar; la niña no. # speaker:narrator
    —Está bien, con eso basta. La atiendo ahora. # speaker:officer
    -> where_to_talk

=== where_to_talk ===
Carmen empieza a hablar ahí mismo, en voz baja, mientras el señor del choque se acerca al mostrador a escuchar. # speaker:narrator # phase:environment
—La profesora dice que Milagros le contó que él... # speaker:carmen
+ [Detenerla con amabilidad y llevarlas a la sala de atención de niñas, niños y adolescentes. #do:move_to_private_room]
    —Un momentito, señora. Mejor conversamos en una sala tranquila, donde nadie nos escuche. Acompáñenme. # speaker:officer
    -> greeting
+ [Dejar que siga: «Cuénteme nomás aquí, señora, rapidito.» #do:talk_in_public_area #do:let_child_hear_account]
    —Cuénteme nomás aquí, señora, rapidito. ¿Qué dice la profesora? # speaker:officer
    Carmen baja la voz, pero el señor del choque escucha todo. Milagros se tapa las orejas con las manos. # speaker:narrator # mood:scared
    Cuando el señor se le queda mirando a la niña, por fin reaccionas y las llevas a la sala de atención. # speaker:narrator
    -> greeting
+ [Sentar a Milagros en la banca del pasillo, para que la mamá hable tranquila en el mostrador. #do:place_child_near_detainees #do:leave_child_unsupervised]
    —Mamita, siéntate ahí en la banca un ratito mientras tu mamá conversa conmigo. # speaker:officer
    La banca está junto a la reja de la carceleta. Un detenido grita algo desde adentro y Milagros corre de vuelta a las piernas de su mamá. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:scared
    Las llevas a las dos a la sala de atención. # speaker:narrator
    -> greeting

=== greeting ===
La sala de atención tiene una mesita baja, colores, unos cojines y una ventana con cortina. Cierras la puerta. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # phase:communication
Milagros se sienta en la falda de su mamá y te mira de reojo. # speaker:narrator # mood:anxious
+ [Agacharte a su altura: «Hola, Milagros. Soy policía y mi trabajo es cuidar a los niños.» #do:introduce_self_simply]
    Te agachas para quedar a su altura. # speaker:narrator
    —Hola, Milagros. Me llamo Cruz. Soy policía, y mi trabajo es cuidar a las niñas y a los niños. Aquí puedes estar tranquila. # speaker:officer
    —Hola. # speaker:milagros # mood:anxious
    -> who_stays
+ [A la mamá: «Procederemos a recabar la información respecto a la menor agraviada.» #do:use_jargon]
    —Señora, procederemos a recabar la información respecto a la menor agraviada para la denuncia correspondiente. # speaker:officer
    Milagros mira a su mamá, sin entender, y esconde otra vez la cara. # speaker:narrator # mood:withdrawn
    -> who_stays
+ [Cargarla para sentarla en la silla grande, frente a ti. #do:touch_without_consent]
    La levantas de las axilas para sentarla en la silla frente a ti. # speaker:narrator
    Milagros se pone rígida y se baja de un salto, de vuelta a la falda de su mamá. # speaker:narrator # mood:scared
    —No... # speaker:milagros # mood:scared
    -> who_stays

=== who_stays ===
-> gate ->
Necesitas que Carmen te cuente lo que sabe, pero no delante de Milagros. La suboficial Huamán se asoma a la puerta: está libre. # speaker:narrator # sfx:door
+ [Preguntarle a Milagros con quién quiere estar mientras tú hablas con su mamá al lado. #do:ask_child_who_stays #do:keep_child_out_of_earshot]
    —Milagros, voy a conversar un ratito con tu mamá en la oficina de al lado. ¿Quieres quedarte aquí dibujando con la señorita Huamán, o prefieres a otra persona? # speaker:officer
    Milagros mira a Huamán, luego a su mamá. # speaker:narrator # mood:anxious
    —Con ella... Pero que mi mamá deje la puerta abierta. # speaker:milagros # mood:anxious
    —Trato hecho. La puerta se queda abierta y tu mamá está ahí nomás. # speaker:officer
    Huamán se sienta en el suelo con los colores. Milagros, despacio, se sienta a su lado. # speaker:narrator # mood:calm
    -> mother_account
+ [Que se quede el suboficial Ramos con la niña, aunque ella se encoge al verlo. #do:insist_adult_stays #do:keep_child_out_of_earshot]
    —Ramos, quédate con la niña mientras converso con la señora. # speaker:officer
    Ramos, alto y con el chaleco puesto, entra. Milagros se encoge y busca a su mamá con la mirada. # speaker:narrator # mood:scared
    —Quiero a mi mamá... # speaker:milagros # mood:scared
    —Ya vuelve, ya vuelve. # speaker:officer
    -> mother_account
+ [Que Carmen cuente todo ahí mismo, con la niña en la falda: «Así no se asusta.» #do:let_child_hear_account]
    —Cuénteme aquí nomás, señora, con la niña. Así no se asusta. # speaker:officer
    Carmen empieza a contar lo que le dijo la profesora. Milagros escucha cada palabra, con los ojos muy abiertos. # speaker:narrator # mood:withdrawn
    A media historia, Carmen se da cuenta y se calla. Le pides a Huamán que lleve a la niña a dibujar a la sala de al lado. # speaker:narrator
    -> mother_account

=== gate ===
// Si la niña ya no puede más, el caso termina aquí.
{ distress >= 8:
    -> child_shutdown
}
->->

=== carer_gate ===
// Si la madre ha visto demasiado, se va con su hija.
{ distress >= 8:
    -> ending_walked_out
}
->->
