# case: quechua_11
# title: Yanet y las marcas en las piernas
# summary: Su profesora la trae tras ver marcas en sus piernas; Yanet habla quechua y poco castellano.
# persona: yanet
# age: 11
# type: physical_punishment
# requires: register_report, gather_facts_from_adult, request_interpreter, leave_exam_to_professionals, request_forensic_exam, assess_risk, notify_family_prosecutor, request_protective_measures, contact_child_protection, release_to_safe_carer, refer_to_cem, explain_next_steps
# key: REC-02, ENV-04, COM-01, COM-02, COM-04, DIS-01, DIS-03, DIS-08, PRO-01, PRO-02, PRO-08, REF-02, REF-04, REF-05, CLO-01
# trust: 2
# distress: 5
# content_note: Una niña de once años, quechuahablante, llega con su profesora, que vio marcas de castigo físico en sus piernas. El castigo se conoce solo por lo que cuenta la profesora; no se muestra ni se describe con detalle.
# lang: es

VAR trust = 2
VAR distress = 5
VAR delayed = false

-> arrival

=== arrival ===
Martes, 10:30. Comisaría de Llaqtapampa, a tres mil ochocientos metros. Afuera, el viento levanta polvo en la plaza. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Una profesora entra con una niña de uniforme escolar y chompa de lana. La niña se queda un paso detrás, con la mirada en el piso. # speaker:narrator # sfx:door
—Buenos días, jefe. Soy Elena Huillca, profesora de quinto grado de la escuela de Qollpa. Ella es mi alumna, Yanet. Tiene once años. # speaker:teacher
—Esta mañana, cuando se cambiaba para educación física, le vi marcas en las piernas, como de correa. Ya había faltado dos días. No quiso decirme nada. # speaker:teacher
Yanet aprieta la correa de su mochila con las dos manos. # speaker:narrator # mood:anxious
+ [«Profesora, sin los padres no puedo recibir nada de una menor. Que venga el papá o la mamá con su DNI.» #do:demand_formalities]
    —Pero, jefe, el problema es justamente en la casa... # speaker:teacher
    -> sent_back
+ [«Profesora, en el campo los papás corrigen así a los hijos. Es cosa de la familia; mejor no se meta.» #do:dissuade_report]
    —En la comunidad tampoco está bien pegar así, jefe. Usted no ha visto las marcas. # speaker:teacher
    -> sent_back
+ [«Buenos días, profesora. Las atiendo ahora mismo. Hizo muy bien en traerla; no hace falta que vengan los padres para registrar esto.» #do:attend_immediately #do:accept_without_formalities #do:receive_carer_respectfully]
    La profesora suelta el aire, aliviada. # speaker:narrator # mood:anxious
- -> teacher_account

=== teacher_account ===
La sala de espera tiene un rincón con una alfombra, cuadernos para colorear y una ventana a la plaza. El pasillo de la derecha lleva a la celda de tránsito. # speaker:narrator # phase:environment
+ [«Aquí nomás, profesora, que es rápido. Cuénteme todo lo que vio.» #do:talk_in_public_area #do:let_child_hear_account #do:gather_facts_from_adult #do:register_report]
    La profesora habla de las marcas delante del mostrador, con Yanet a su lado. Dos señores que esperan una constancia escuchan todo. # speaker:narrator
    Yanet se esconde detrás de la profesora y se tapa la cara con la chompa. # speaker:narrator # mood:scared
+ [Pedir a la suboficial Huamán que se quede con Yanet en el rincón de niños, y escuchar a la profesora en la oficina, donde Yanet no la oiga. #do:keep_child_in_safe_area #do:keep_child_out_of_earshot #do:gather_facts_from_adult #do:register_report]
    Huamán le ofrece a Yanet los colores. Yanet no los toca, pero se sienta en la alfombra. # speaker:narrator # mood:anxious
    En la oficina, la profesora cuenta lo que vio y lo que sabe: Yanet vive con su papá, don Félix, presidente de la comunidad; su mamá trabaja en la costa desde hace un año. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door
+ [«Que la niña espere en la banca del pasillo mientras usted me cuenta en la oficina.» #do:place_child_near_detainees #do:gather_facts_from_adult #do:register_report]
    La banca está junto a la celda de tránsito. Un detenido golpea la reja y grita algo. Yanet se encoge y se tapa los oídos. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    En la oficina, la profesora cuenta que Yanet vive con su papá, don Félix, presidente de la comunidad; su mamá trabaja en la costa desde hace un año. # speaker:narrator # scene:office # ambient:quiet_room
- -> photo

=== photo ===
—¿No le va a tomar una foto a las marcas, jefe? —pregunta la profesora—. Para que haya prueba. # speaker:teacher
+ [«No, profesora. Ni usted ni yo la revisamos ni le tomamos fotos. Eso lo hace una médica de Medicina Legal, explicándole y solo si ella está de acuerdo.» #do:leave_exam_to_professionals]
    —Tiene razón, jefe. Ella ya tiene bastante vergüenza. # speaker:teacher
+ [Ir al rincón de niños y pedirle a Yanet que muestre las marcas de las piernas para tomarles una foto con tu celular. #do:examine_or_photograph_child]
    -> photographed
+ [«Sin certificado médico legal no hay caso, profesora. Llévela primero al médico legista y regresan con el resultado.» #do:demand_formalities]
    -> sent_back
- -> meet_yanet

=== meet_yanet ===
{ distress >= 9:
    -> shut_down
}
Vuelves con la profesora al rincón de niños. Yanet está sentada en la alfombra, con las rodillas cubiertas por la falda. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
—En su casa hablan quechua, jefe. Castellano entiende poquito, y habla menos. # speaker:teacher # event:language_barrier
+ [Quedarte de pie y hablar con la profesora: «¿La menor agraviada tiene DNI? ¿Cuál es el domicilio del presunto agresor?» #do:use_jargon]
    Yanet mira de la profesora a ti y de ti a la profesora. No entiende de quién hablan. # speaker:narrator # mood:anxious
+ [Agacharte a su altura, despacio: «Allillanchu, Yanet. Me llamo Castro. Soy policía. Aquí estás segura.» Acompañas las palabras con gestos, le ofreces un vaso de agua y esperas a que se acomode. #do:introduce_self_simply #do:pause_for_child]
    Yanet levanta los ojos un segundo. # speaker:narrator # mood:anxious
    —Arí... # speaker:yanet # mood:anxious
+ [Preguntarle despacio, en castellano: «Yanet, ¿quién te ha pegado? ¿Tu papá?» #do:ask_leading_question]
    —Arí... manam... arí. # speaker:yanet # mood:scared
    —Dice sí y no a la vez, jefe. No le está entendiendo. # speaker:teacher
- -> interpreter

=== interpreter ===
{ distress >= 9:
    -> shut_down
}
No hay nadie en la comisaría que hable quechua. # speaker:narrator
+ [Llamar a la casa de Yanet para que venga algún familiar que hable castellano y traduzca. #do:use_interested_interpreter]
    Contesta una mujer. Dice que ya va para allá. # speaker:narrator # sfx:phone
    Yanet, al escuchar que llamas a su casa, deja de moverse. # speaker:narrator # mood:scared
+ [Seguir en castellano, más despacio: «¿Te pegaron? ¿Sí o no?» #do:ask_option_question]
    —Arí. # speaker:yanet # mood:withdrawn
    Dice «arí» a todo, hasta a lo que se contradice. La profesora te mira, incómoda. # speaker:narrator
+ [Pedir ahora una intérprete de quechua: llamar a la intérprete registrada de la municipalidad o, si no puede venir, conectarla por videollamada. Mientras tanto, no preguntar nada sobre lo que pasó. #do:request_interpreter]
    La intérprete, la señora Hilaria, puede llegar en media hora. # speaker:narrator # sfx:phone
- -> aunt_arrives

=== aunt_arrives ===
{ distress >= 9:
    -> shut_down
}
Se abre la puerta de la comisaría. Una mujer de pollera y sombrero se acerca al mostrador, agitada. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—Soy la tía de Yanet, hermana de don Félix. Me avisaron que la niña está aquí con la profesora. Yo le traduzco, jefe, yo hablo bien castellano. # speaker:aunt # event:suspect_arrives
Desde el rincón de niños, Yanet reconoce la voz. Se queda inmóvil y mira el piso. # speaker:narrator # mood:scared
+ [«Qué bueno, señora. Pase; así no tenemos que esperar al intérprete.» #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> aunt_translates
+ [«Gracias, señora, pero la niña tendrá una intérprete oficial. Le pido que espere en la otra oficina con el suboficial Ramos; ahora no puede estar con ella.» #do:separate_from_suspect #do:request_interpreter]
    Ramos acompaña a la tía al fondo del pasillo, lejos del rincón de niños. # speaker:narrator # sfx:footsteps
+ [«Siéntese ahí en la banca, señora, ya la llamamos.» #do:neutral]
    La banca está frente a la puerta abierta de la sala de espera. La tía y Yanet quedan mirándose. La tía le dice algo en quechua, bajito. # speaker:narrator
    Yanet se tapa la cara con la chompa. Un rato después, Ramos se lleva a la tía al fondo del pasillo. # speaker:narrator # mood:withdrawn
- -> aunt_pushes

=== aunt_pushes ===
{ distress >= 9:
    -> shut_down
}
En la oficina del fondo, la tía te espera de pie. # speaker:narrator # scene:office # ambient:quiet_room
—No haga denuncia, jefe. Mi hermano es presidente de la comunidad; qué va a decir la gente. Esto lo arreglamos en familia. Que la niña venga conmigo. # speaker:aunt
+ [«Entiendo que esté preocupada, señora, pero esto no se arregla en familia. La denuncia ya está registrada y va a la Fiscalía. La niña no se va con usted ahora.» #do:refuse_confrontation #do:register_report]
    La tía aprieta los labios y se sienta. # speaker:narrator
    —Mi hermano no es mala persona, jefe. # speaker:aunt
    —Nadie ha dicho eso, señora. Lo que importa ahora es que Yanet esté bien. # speaker:officer
+ [«Mire, que venga su hermano y conversamos todos juntos con la niña. Si se compromete a no volver a pegarle, lo arreglamos aquí mismo.» #do:arrange_confrontation]
    -> family_meeting
+ [«Si ustedes se comprometen a cuidarla, dejamos solo una constancia y usted se la lleva.» #do:dissuade_report]
    -> handled_in_family
- -> who_stays

=== who_stays ===
La intérprete llega. Es una mujer mayor, con una carpeta bajo el brazo y una credencial del registro de intérpretes de lenguas indígenas. # speaker:narrator # scene:waiting_area # ambient:quiet_room # sfx:door
—Allillanchu, Yanet —dice, y se sienta a su lado en la alfombra. Yanet le contesta bajito, en quechua. # speaker:interpreter_quechua
Vas a pasar a la sala de entrevistas. En ese momento se acerca el comisario. # speaker:narrator # sfx:footsteps
—Yo conozco a don Félix, es gente respetable. Me quedo a escuchar. # speaker:commander
Yanet mira al comisario y se pega a la profesora. # speaker:narrator # mood:scared
+ [«Claro, comisario, pase usted también a la sala.» #do:insist_adult_stays #do:move_to_private_room]
    En la sala, el comisario se sienta junto a la puerta, con los brazos cruzados. Yanet no le quita los ojos de encima. # speaker:narrator # scene:private_room # mood:withdrawn
+ [«Que pasen a la sala el comisario y la profesora. Mientras más gente la acompañe, mejor.» #do:insist_adult_stays #do:move_to_private_room]
    En la sala, el comisario se sienta junto a la puerta, con los brazos cruzados. Yanet no le quita los ojos de encima. # speaker:narrator # scene:private_room # mood:withdrawn
+ [«Comisario, con su permiso: primero le preguntamos a Yanet con quién quiere estar.» Por la intérprete, se lo preguntas a ella, y pasan a la sala de entrevistas solo con quien ella elija. #do:ask_child_who_stays #do:move_to_private_room]
    —Dice que quiere que se quede la profesora. Solo la profesora. # speaker:interpreter_quechua
    El comisario asiente y vuelve a su despacho. En la sala, Yanet afloja los hombros. # speaker:narrator # scene:private_room # mood:anxious # sfx:door
- -> open_question

=== open_question ===
{ distress >= 9:
    -> shut_down
}
La intérprete traduce cada frase tuya al quechua y cada frase de Yanet al castellano. # speaker:narrator # phase:disclosure
+ [Por la intérprete: «Tu papá te pegó con la correa, ¿no es cierto?» #do:ask_leading_question]
+ [Por la intérprete: «Puedes decir "no sé", puedes corregirme, y podemos parar cuando quieras.» Y luego: «La profesora vio que te duelen las piernas. Cuéntame lo que tú quieras sobre eso.» #do:explain_child_can_stop #do:ask_open_question]
+ [Por la intérprete: «¿Te pegaron con correa o con palo?» #do:ask_option_question]
-
{ distress >= 8:
    —Manam... # speaker:yanet # mood:withdrawn
    Yanet no dice nada más. Se abraza las rodillas y empieza a llorar sin hacer ruido. # speaker:narrator # mood:crying # event:child_distressed
- else:
    Yanet habla un rato en quechua, muy bajito. La intérprete escucha hasta el final. # speaker:narrator # mood:anxious
    —Dice que su papá se molesta cuando ella llega tarde de pastear las ovejas. Que el domingo le pegó y le dolió mucho. Que no quiere que su papá sepa que vino. # speaker:interpreter_quechua # event:disclosure_started
    Yanet se tapa la cara con las manos y llora. # speaker:narrator # mood:crying # event:child_distressed
}
+ [Esperar en silencio. Ofrecerle agua y, por la intérprete, preguntarle si quiere que la profesora se siente a su lado. Luego: «Gracias por contarme. No es tu culpa.» #do:pause_for_child #do:express_belief #do:ask_before_touch]
    Yanet asiente. La profesora se sienta junto a ella, sin tocarla. Poco a poco, Yanet deja de llorar. # speaker:narrator # mood:anxious
+ [Abrazarla para consolarla: «Ya, ya, no llores.» #do:touch_without_consent]
    Yanet se pone rígida entre tus brazos. Cuando la sueltas, se arrima a la pared. # speaker:narrator # mood:scared
+ [«Ya, no llores. Que te diga cuántas veces y con qué te pega.» #do:press_child_to_continue #do:ask_for_details]
    La intérprete duda antes de traducir. Yanet esconde la cabeza entre las rodillas. # speaker:narrator # mood:crying
- -> minimal_facts

=== minimal_facts ===
{ distress >= 9:
    -> shut_down
}
La profesora le alcanza un pañuelo. Afuera, la plaza se ha quedado en silencio. # speaker:narrator
+ [Por la intérprete: «Cuéntame desde cuándo te pega, cuántas veces, con qué y en qué partes del cuerpo.» #do:ask_for_details]
    Yanet mira a la intérprete y no contesta. La intérprete baja la voz: «Jefe, ya contó lo que pasó. Así la va a lastimar más.» # speaker:narrator # mood:withdrawn
+ [Pedirle a Yanet que haga un dibujo de lo que pasó en su casa, para adjuntarlo al parte. #do:record_interpretation]
    Yanet agarra un color y lo deja. Dibuja una oveja. No dibuja nada más. # speaker:narrator # mood:withdrawn
+ [Por la intérprete: «Solo necesito saber algo para cuidarte: ¿quiénes viven en tu casa, y tu papá está ahora en la casa? Lo demás se lo contarás una sola vez a una psicóloga.» Anotas sus respuestas con sus propias palabras. #do:ask_minimal_facts #do:defer_account_to_single_interview #do:record_child_words]
    —Dice que vive con su papá y su abuelita. Que su papá está en la casa. Que su mamá está en la costa y la llama los domingos. # speaker:interpreter_quechua
- -> medical

=== medical ===
{ distress >= 9:
    -> shut_down
}
La profesora consigue el número de la mamá de Yanet. La mamá contesta desde la costa y, al entender, llora. Dice que viajará esta noche. # speaker:narrator # sfx:phone # phase:protection
+ [Por la intérprete: «Dile que ahora tiene que ir al médico legista. Es obligatorio.» #do:force_forensic_exam]
    La intérprete traduce. Yanet se pone a temblar y se agarra de la chompa de la profesora. # speaker:narrator # mood:scared
+ [Pedir el examen de Medicina Legal con el consentimiento de la mamá por teléfono, y explicarle a Yanet, por la intérprete, que una doctora podría ver sus piernas solo si ella quiere, que puede tener a la profesora al lado y pedir que paren; nadie en la comisaría la va a revisar. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Dice que sí, si la profesora entra con ella. # speaker:interpreter_quechua
    Yanet asiente, seria. # speaker:narrator # mood:calm
+ [«Profesora, mejor tómele usted una foto a las piernas en el baño y me la manda al celular, para adjuntarla.» #do:examine_or_photograph_child]
    -> photographed
- -> risk

=== risk ===
{ distress >= 9:
    -> shut_down
}
Mientras la intérprete y la profesora acompañan a Yanet, vuelves a la oficina. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Llenar la ficha de valoración de riesgo (el papá vive con ella, la tía presiona, la mamá está lejos), llamar a la Fiscalía de Familia y enviar el caso al Juzgado de Familia para pedir medidas de protección. #do:assess_risk #do:notify_family_prosecutor #do:request_protective_measures]
    La fiscal de familia contesta al segundo timbre. Pide la ficha y dice que llamará a la UPE, la Unidad de Protección Especial, para ver dónde dormirá Yanet esta noche. # speaker:narrator # sfx:phone
+ [Dejar el parte para el turno de mañana: hoy ya es tarde para llamar a la fiscalía y al juzgado. #do:neutral]
    ~ delayed = true
    Guardas el parte en la carpeta de pendientes. # speaker:narrator # sfx:paper
+ [Citar a don Félix para mañana, para que firme un acta de compromiso de no volver a pegarle a su hija. #do:arrange_confrontation]
    -> family_meeting
- -> tonight

=== tonight ===
La tarde se acaba. Alguien tiene que decidir dónde dormirá Yanet esta noche. # speaker:narrator # phase:protection
+ [«Que la tía se la lleve. Ya saben que hay denuncia; no le van a hacer nada.» #do:release_to_suspect]
    -> back_home
+ [«Profesora, déjela en su casa de camino, por favor. Ya quedó la denuncia.» #do:send_home_unassessed]
    -> back_home
+ [Llamar a la UPE: que Yanet pase la noche con su abuela materna en el pueblo, después de que la trabajadora social de la UPE la visite, hasta que llegue su mamá. Verificar que la tía no esté esperando afuera. #do:contact_child_protection #do:release_to_safe_carer #do:confirm_safe_departure]
    La trabajadora social de la UPE llega a las seis. Conversa con la abuela materna de Yanet, doña Felícitas, que vive a dos cuadras de la plaza. # speaker:narrator # sfx:door
- -> closing

=== closing ===
Antes de salir, Yanet se sienta otra vez en la alfombra, con la intérprete y la profesora. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:closure
+ [«Ya, Yanet, eso es todo. Anda con la señorita.» #do:end_abruptly]
    La intérprete no alcanza a traducir. Yanet sale de la mano de la trabajadora social sin saber a dónde va. # speaker:narrator # mood:scared
+ [Por la intérprete, en quechua: explicarle qué pasa ahora (dormirá con su abuelita, mañana llega su mamá, una doctora y luego una psicóloga la verán una sola vez, y una señorita del CEM la va a acompañar), quiénes sabrán lo que contó, y agradecerle: «Sulpayki, Yanet.» #do:explain_next_steps #do:refer_to_cem #do:explain_who_must_know]
    { trust >= 5:
        Yanet pregunta algo en quechua, muy bajito. # speaker:narrator # mood:anxious
        —Pregunta si su papá se va a molestar con ella. # speaker:interpreter_quechua
        Le dices la verdad: que de eso se van a encargar los adultos, y que ella no hizo nada malo. # speaker:narrator # mood:relieved
        —Arí —dice Yanet. # speaker:yanet # mood:calm
    - else:
        Yanet escucha sin mirarte. Cuando la intérprete termina, asiente una sola vez. # speaker:narrator # mood:withdrawn
    }
+ [Por la intérprete: «Dile que su papá ya no le va a pegar nunca más, que va a ir preso.» #do:promise_outcome]
    La intérprete duda, y traduce. Yanet abre mucho los ojos. —Manam... —dice, asustada. # speaker:narrator # mood:scared
- -> protected_end

=== protected_end ===
{ delayed:
    -> measures_late
}
Yanet duerme esa noche en casa de su abuela Felícitas. Su mamá llega en el bus de la madrugada. # speaker:narrator # scene:front_desk # ambient:night_shift
Al día siguiente, el Juzgado de Familia dicta medidas de protección: don Félix no puede acercarse a su hija mientras dure el caso. La escuela y la DEMUNA quedan avisadas. # speaker:narrator
Yanet va a Medicina Legal con su mamá y la profesora. Una psicóloga la escucha una sola vez, con la intérprete, en la Cámara Gesell. # speaker:narrator
Dos semanas después, la profesora Elena la ve jugar en el recreo. Todavía habla poco, pero ha vuelto a la escuela. # speaker:narrator # mood:calm # ending:protected_with_grandmother
-> END

=== measures_late ===
Yanet duerme esa noche en casa de su abuela. Su mamá llega en el bus de la madrugada. # speaker:narrator # scene:front_desk # ambient:night_shift
El parte sale de la comisaría tres días después. Nadie pidió medidas de protección a tiempo. # speaker:narrator
Cuando la mamá tiene que volver a trabajar, don Félix va a buscar a Yanet a la casa de la abuela. Ninguna orden se lo impide. # speaker:narrator # mood:scared # ending:at_risk_no_protective_measures
-> END

=== sent_back ===
La profesora se queda callada un momento. Luego toma a Yanet de la mano y salen. # speaker:narrator # sfx:door
Esa tarde, Yanet vuelve a su casa como todos los días. La profesora no sabe a quién más acudir. # speaker:narrator
Yanet falta a la escuela el resto de la semana. Cuando regresa, usa pantalón debajo de la falda, aunque no haga frío. # speaker:narrator # ending:at_risk_sent_back
-> END

=== photographed ===
Yanet se tapa las piernas con la falda y se pone a llorar. La profesora se interpone. # speaker:narrator # mood:crying
La foto no se toma, pero la noticia llega al pueblo antes que la niña: «en la comisaría la han hecho mostrar las piernas». # speaker:narrator
Desde ese momento, Yanet no deja que nadie la examine, ni en Medicina Legal ni en la posta. En la Cámara Gesell, con la intérprete, solo dice «manam». # speaker:narrator # mood:withdrawn # ending:harmed_exposed_to_exam
-> END

=== aunt_translates ===
La tía se sienta junto a Yanet y le habla en quechua, rápido y bajito. Después se vuelve hacia ti. # speaker:narrator # mood:scared
—Dice que se cayó en el cerro, jefe, pasteando. Que nadie le ha pegado. # speaker:aunt
Yanet no levanta la vista. Le preguntas si es verdad. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
El parte dice «lesiones por caída accidental». Esa tarde, la tía se lleva a Yanet a su casa. # speaker:narrator # ending:harmed_aunt_interpreted
-> END

=== family_meeting ===
Don Félix llega con su poncho de autoridad y saluda a todos por su nombre. Se sienta frente a su hija y promete, en voz alta, que no volverá a pasar. # speaker:narrator
Yanet escucha sin levantar la vista. Le preguntan si está de acuerdo. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
Firma el acta de compromiso. Esa noche, Yanet vuelve a dormir en la casa de su papá. # speaker:narrator # ending:harmed_confronted_with_father
-> END

=== handled_in_family ===
La tía firma la constancia y se lleva a Yanet de la mano. La profesora las ve irse desde la puerta. # speaker:narrator # sfx:door
Ninguna fiscalía recibe el caso. En la escuela, Yanet ya no se cambia para educación física. # speaker:narrator # ending:at_risk_handled_in_family
-> END

=== back_home ===
Yanet sale de la comisaría cuando ya oscurece. Esa noche duerme en la casa de su papá. # speaker:narrator # sfx:door
Don Félix ya sabe que hubo denuncia: la tía se lo contó. Nadie preguntó si era seguro que Yanet volviera ahí. # speaker:narrator
Al día siguiente Yanet no va a la escuela. Ni al otro. # speaker:narrator # ending:at_risk_back_with_father
-> END

=== shut_down ===
Yanet esconde la cara entre las rodillas y deja de contestar, en quechua y en castellano. # speaker:narrator # mood:withdrawn
—Manam... manam. # speaker:yanet # mood:withdrawn
La profesora la lleva de vuelta a la escuela. El parte queda con dos líneas: nadie pudo saber si en su casa estaba segura. # speaker:narrator
Esa noche Yanet duerme en la casa de su papá. Cuando la citan a la Cámara Gesell, no dice nada. # speaker:narrator # ending:harmed_silenced
-> END
