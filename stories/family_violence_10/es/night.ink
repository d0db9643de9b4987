// Jhon (es): la denuncia de Lucy, el padre detenido, la conversación con Jhon, derivaciones y cierre.

=== lucy_account ===
Lucy se sienta frente a ti, en la oficina. # speaker:narrator # scene:office # phase:disclosure # arrives:lucy
—Llegó tomado a las diez. Jhon estaba jugando con la pelota. Richard empezó a gritar, me pegó... Jhon se metió para separarlo y lo agarró del brazo. Agarré a los chicos y salí corriendo. # speaker:lucy
+ [«¿Y por qué sigue con él, señora, si ya le había pegado antes? A ver, cuénteme desde cuándo pasa todo esto.» #do:blame_carer #do:gather_facts_from_adult]
    —¿Y por qué sigue con él, señora, si ya le había pegado antes? A ver, cuénteme desde cuándo pasa todo esto. # speaker:officer
    Lucy se queda callada un momento. # speaker:narrator # arrives:lucy
    —¿Y a dónde me voy con dos hijos? —dice al fin, sin mirarte—. Desde que nació Yuliana. # speaker:lucy
+ [«Hizo bien en venir, señora.» Preguntarle solo lo necesario: si pasó antes, si él tiene armas, si amenazó a los niños. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Hizo muy bien en venir, señora, y en traer a los chicos. Le voy a preguntar solo lo necesario. ¿Esto ha pasado antes? ¿Tiene armas? ¿Ha amenazado a los niños? # speaker:officer
    —Antes también, pero nunca así. Armas no. A Jhon le dice que es un inútil. # speaker:lucy
+ [«Piénselo bien, mamita: mañana se le pasa la borrachera y usted va a ir a la Fiscalía a retirar la denuncia.» #do:dissuade_report]
    —Piénselo bien, mamita. Mañana se le pasa la borrachera y usted va a ir a la Fiscalía a retirar la denuncia. # speaker:officer
    Lucy se levanta despacio y carga a Yuliana. # speaker:narrator
    -> ending_withdrawn
+ [Llamar a Jhon un momento para que confirme lo que pasó en la casa; así el parte para la Fiscalía queda completo y firmado. #do:ask_child_to_repeat]
    —Jhon, ven un ratito. ¿Así pasó, como dice tu mamá? ¿Qué hizo tu papá? # speaker:officer
    Jhon mira a su mamá antes de contestar. Repite lo de los gritos, lo del brazo, con la voz cada vez más baja. # speaker:narrator # mood:scared
    Huamán se lo lleva de vuelta a la sala. # speaker:narrator # arrives:colleague_f
- -> risk

=== risk ===
—¿Y ahora qué hago? No puedo volver a la casa. # speaker:lucy # phase:protection
+ [«Registro ahora su denuncia, señora, y llenamos con usted la ficha de valoración de riesgo; Jhon y Yuliana también van como víctimas.» #do:register_report #do:assess_risk]
    —Registro ahora su denuncia, señora, y llenamos con usted la ficha de valoración de riesgo. Jhon y Yuliana también son víctimas: Jhon porque lo lastimó, y Yuliana porque lo vivió. # speaker:officer
    Lucy responde las preguntas de la ficha. Violencia anterior, amenazas, alcohol, el brazo de Jhon. Riesgo severo. # speaker:narrator # sfx:paper
    —Mi hermana Marleni vive en Las Lomas. Podemos ir donde ella. # speaker:lucy
    -> father_brought
+ [«Ya está registrada su denuncia, señora. Vaya a descansar a su casa; la unidad ya lo está buscando por la zona.» #do:register_report #do:send_home_unassessed]
    —Ya está registrada su denuncia, señora. Vaya a descansar a su casa. # speaker:officer
    -> ending_home
+ [«Para registrarla necesito el certificado de Medicina Legal, señora. Vaya mañana temprano y con eso la completamos.» #do:demand_formalities]
    —Para registrarla necesito el certificado de Medicina Legal, señora. Vaya mañana temprano y con eso la completamos. # speaker:officer
    -> ending_turned_away

=== father_brought ===
-> gate ->
{ father_free:
    Se oyen golpes en la puerta principal. Es Richard, borracho, gritando el nombre de Lucy. Ramos lo sujeta en el hall. # speaker:narrator # scene:front_desk # sfx:door # event:suspect_arrives # arrives:lucy,colleague_m
    Desde la sala, Jhon reconoce la voz de su papá. Se levanta de la mesita. # speaker:narrator # mood:scared
- else:
    La radio suena. # speaker:narrator # sfx:radio
    —Villa Esperanza, unidad doce. Intervenido el ciudadano Richard en la casa de su hermano, en estado de ebriedad. Lo trasladamos a la comisaría. Cinco minutos. # speaker:colleague_m # event:suspect_arrives
    Jhon ha oído el nombre de su papá por la radio. Se levanta de la mesita. # speaker:narrator # mood:scared
}
+ [«Jhon, ¿quieres ver a tu papá un ratito antes de que lo pasen adentro? Es tu papá, y tienes todo el derecho a despedirte.» #do:allow_contact_with_suspect]
    —Jhon, ¿quieres ver a tu papá un ratito antes de que lo pasen adentro? # speaker:officer
    ~ father_seen = true
    Jhon lo ve en el hall, esposado entre dos policías, con la camisa rota. Richard le grita que todo es culpa de él. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:crying
    Huamán se lleva a Jhon de vuelta a la sala. No llora más. No habla. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn # leaves:colleague_f
+ [Que lo lleven por el pasillo lateral directo a la carceleta, y que Huamán suba con los niños a la sala del segundo piso. #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, por el pasillo lateral, directo a la carceleta. Huamán, sube con los chicos a la sala del segundo piso y cierra la puerta. # speaker:officer
    Desde arriba no se oye nada de la planta baja. Huamán le presta a Jhon su linterna para que juegue a hacer sombras. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
+ [«Ramos, por el pasillo lateral nomás, directo a la carceleta. Los chicos se quedan en la sala con Huamán, puerta cerrada.» #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, por el pasillo lateral nomás, directo a la carceleta. Huamán, tú te quedas con los chicos en la sala, con la puerta cerrada. # speaker:officer
    A lo lejos se oye un portazo. Jhon se sobresalta; Huamán le pregunta qué pieza del rompecabezas falta, y él vuelve a buscarla. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
+ [Que lo ingresen por el hall, que es más rápido: los chicos están en la sala con Huamán y no se van a enterar de nada. #do:neutral]
    —Que lo ingresen por el hall, que es más rápido. # speaker:officer
    ~ father_seen = true
    Richard pasa frente al vidrio de la sala. Ve a Jhon y le grita que todo es culpa de él. Jhon se tapa los oídos. # speaker:narrator # sfx:footsteps # mood:crying
- -> jhon_talk

=== jhon_talk ===
-> gate ->
Vas a la sala. Jhon está sentado en el borde del sillón, con el brazo pegado al pecho. Yuliana duerme. # speaker:narrator # scene:private_room # phase:communication
{ father_seen:
    —Mi papá dijo que es mi culpa —dice, sin mirarte—. Y es verdad. # speaker:jhon # mood:withdrawn
- else:
    { trust >= 6:
        —¿Mi mamá está bien? —pregunta—. Fue mi culpa. Yo estaba jugando con la pelota, hice bulla y mi papá se despertó molesto. # speaker:jhon # mood:anxious
    - else:
        —Yo tuve la culpa. Yo hice bulla —dice, sin mirarte. # speaker:jhon # mood:withdrawn
    }
}
+ [«Gracias por contármelo, campeón; te creo. Pero escúchame bien: no es tu culpa. Cuando un adulto pega, el responsable es él.» #do:counter_self_blame #do:express_belief]
    —Gracias por contármelo, campeón; te creo. Pero escúchame bien: no es tu culpa. Cuando un adulto pega, el responsable es él, nunca tú. Jugar con la pelota no es malo. Hiciste bien en venir con tu mamá. # speaker:officer
    Jhon te mira por primera vez a los ojos. # speaker:narrator # mood:relieved
    —Él dice que yo lo hago renegar. # speaker:jhon # mood:anxious
    —Lo que él hace es responsabilidad de él. No tuya. # speaker:officer
+ [«¿Y por qué te metiste, campeón? Te pudo pasar algo peor. La próxima vez sales corriendo a avisarle al serenazgo.» #do:ask_why_or_blame]
    —¿Y por qué te metiste, campeón? Te pudo pasar algo peor. # speaker:officer
    —Porque le estaba pegando a mi mamá... # speaker:jhon # mood:angry
    Se le quiebra la voz y se calla. # speaker:narrator # mood:withdrawn
+ [«No es tu culpa, Jhon. Y tranquilo: a tu papá lo mandan al penal y ya no les va a poder hacer nada nunca más.» #do:counter_self_blame #do:promise_outcome]
    —No es tu culpa, Jhon. Y tranquilo: a tu papá lo mandan al penal y ya no les va a poder hacer nada nunca más. # speaker:officer
    Jhon aprieta los labios. Es su papá. # speaker:narrator # mood:angry
    —¿Al penal? ¿Por mí? # speaker:jhon # mood:scared
- -> exam

=== exam ===
-> gate ->
Falta el examen de Medicina Legal, que deja constancia de las lesiones para la Fiscalía. # speaker:narrator
+ [Explicar a Lucy y a Jhon qué es el examen de Medicina Legal y pedirlo para los dos, solo si ella acepta y Jhon quiere. #do:request_forensic_exam #do:explain_next_steps]
    —Señora, voy a pedir el reconocimiento médico legal para usted y para Jhon. Es para que quede registrado lo que les hicieron. Solo si usted está de acuerdo. # speaker:officer
    —Jhon, mañana un doctor te va a mirar el brazo y va a escribir lo que ve. Nadie te va a hacer doler. Tu mamá va a estar contigo, y si algo no te gusta, lo dices. # speaker:officer
    —Si mi mamá va... ya. # speaker:jhon # mood:calm
    ~ exam_done = true
    Lucy firma el consentimiento. # speaker:narrator # sfx:paper
+ [«Mañana a las ocho los dos a Medicina Legal, señora. Es obligatorio; si el niño no pasa el examen, la denuncia no avanza.» #do:force_forensic_exam]
    —Mañana a las ocho los dos a Medicina Legal, señora. Es obligatorio. # speaker:officer
    ~ exam_done = true
    Jhon mira su brazo como si fuera un problema. # speaker:narrator # mood:anxious
+ [«Para Jhon no hace falta, señora, es un golpe nomás. Solo usted pasa mañana temprano por Medicina Legal.» #do:neutral]
    —Para Jhon no hace falta, señora, es un golpe nomás. Solo usted pasa por Medicina Legal. # speaker:officer
    Lucy mira el brazo de su hijo, pero no dice nada. # speaker:narrator
- -> notifications

=== notifications ===
-> gate ->
Ya es más de medianoche. Lucy espera con los niños y Huamán. Tú pasas a la oficina del comisario para llamar. # speaker:narrator # sfx:door # phase:referral # arrives:colleague_f
+ [Llamar a la Fiscalía de Familia de turno por los dos niños, y a la Fiscalía Penal por el detenido en flagrancia. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("un niño de diez años, Jhon, con una lesión en el brazo, y su hermana de cuatro años, que presenciaron la agresión a su madre", "00:50") ->
    -> shared_call_criminal_prosecutor("la detención en flagrancia de un hombre por agresiones contra su pareja y su hijo", "00:58") ->
    ~ family_informed = true
+ [Llamar a la Fiscalía Penal por el detenido y citar a Jhon mañana a la comisaría para tomarle su manifestación. #do:notify_criminal_prosecutor #do:schedule_station_statement]
    -> shared_call_criminal_prosecutor("la detención en flagrancia de un hombre por agresiones contra su pareja y su hijo", "00:50") ->
    Anotas en el cuaderno: «Citar al menor Jhon, 10 años, mañana 10:00, para su manifestación». Nadie le avisa a la Fiscalía de Familia. # speaker:narrator # sfx:paper
+ [Dejar el parte en la bandeja del turno de día: «A esta hora no contestan; el oficio sale a primera hora.» #do:neutral]
    Dejas el parte en la bandeja del turno de día. # speaker:narrator # sfx:paper
- -> measures

=== measures ===
-> gate ->
La ficha dice riesgo severo. Si el juez no dicta medidas, Richard puede salir y volver a la casa. # speaker:narrator # phase:protection
+ [«Ahorita mando la ficha al Juzgado de Familia pidiendo medidas para usted y los chicos, señora; y la derivo al CEM.» #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("que Richard salga del domicilio y no se acerque a Lucy, a Jhon ni a Yuliana, y que no se comunique con ellos") ->
    Dejas la derivación al Centro Emergencia Mujer: desde mañana su psicóloga verá a Lucy y a Jhon. # speaker:narrator # sfx:paper
    ~ measures_asked = true
+ [«La derivo al CEM, señora: mañana temprano la abogada de allá le pide las medidas al juzgado, que es lo que corresponde.» #do:refer_to_cem]
    —La derivo al CEM, señora. Mañana la abogada de allá le pide las medidas al juzgado. # speaker:officer
    Dejas la derivación al CEM para la mañana. Nadie envía hoy la ficha al Juzgado de Familia. # speaker:narrator # sfx:phone
+ [Pedir hoy mismo las medidas al Juzgado de Familia y asegurarle a Lucy que, con eso, él ya no se les va a volver a acercar. #do:request_protective_measures #do:promise_outcome]
    -> shared_family_court("que Richard salga del domicilio y no se acerque a Lucy, a Jhon ni a Yuliana") ->
    —Con eso él ya no se les acerca, señora. Se lo aseguro. # speaker:officer
    ~ measures_asked = true
    Lucy asiente. Jhon, desde la puerta, lo ha oído. # speaker:narrator # mood:anxious
- -> departure

=== departure ===
-> gate ->
Es hora de irse. Lucy se pone la chompa. —¿Y qué le digo a Jhon cuando me pregunte? ¿Y si él me llama? # speaker:lucy # scene:front_desk # ambient:night_shift # phase:closure
Afuera, un mototaxi pasa despacio frente a la puerta. Es el hermano de Richard. # speaker:narrator # sfx:footsteps
+ [Darle a Lucy su número de denuncia y la Línea 100, y llevarlos en patrullero por el portón de atrás hasta donde Marleni. #do:brief_carer #do:confirm_safe_departure]
    -> departure_briefing ->
    Llamas a Marleni, que confirma que los espera. Ramos ve al mototaxi y saca el patrullero al portón de atrás. # speaker:narrator # sfx:phone # arrives:colleague_m
    -> closing
+ [«Aquí tiene su número de denuncia y la Línea 100, señora. En la esquina pasan mototaxis a toda hora; avíseme cuando lleguen, ¿ya?» #do:brief_carer #do:let_leave_unchecked]
    —Aquí tiene su número de denuncia y la Línea 100, señora. En la esquina pasan mototaxis a toda hora. # speaker:officer
    -> ending_followed
+ [«Vaya tranquila, señora, que ese mototaxi no les va a hacer nada; le aviso al serenazgo y me quedo mirando desde la puerta.» #do:let_leave_unchecked #do:promise_outcome]
    —Vaya tranquila, señora, que ese mototaxi no les va a hacer nada. Yo le aviso al serenazgo. # speaker:officer
    -> ending_followed

=== departure_briefing ===
—Señora, este es su número de denuncia. # speaker:officer
{ exam_done:
    —Mañana a las ocho es Medicina Legal, para usted y para Jhon. # speaker:officer
}
{ measures_asked:
    —El juzgado ya tiene el pedido de medidas de protección. # speaker:officer
}
-> shared_helplines ->
-> shared_do_not_question ->
->->

=== closing ===
-> gate ->
Mientras esperan, Jhon se sienta junto a su mamá, con Yuliana dormida encima de los dos. # speaker:narrator
—¿Y ahora a dónde vamos? ¿Mi papá va a volver a la casa? # speaker:jhon # mood:anxious
+ [«Hoy duermen donde tu tía Marleni, campeón; mañana vas con tu mamá al doctor. Y acuérdate: nada de esto es culpa tuya.» #do:explain_next_steps #do:counter_self_blame]
    —Jhon, hoy van a dormir en la casa de tu tía Marleni. Tu papá se queda aquí esta noche. Mañana, con tu mamá, van al doctor y a conversar con una psicóloga. Un juez va a decidir cómo cuidarlos. Y acuérdate: nada de esto es tu culpa. ¿Quieres preguntarme algo? # speaker:officer
    —¿Puedo llevarme la linterna? # speaker:jhon # mood:relieved
    Huamán se la regala. # speaker:narrator # arrives:colleague_f
+ [«Ya es tarde, Jhon; mañana la psicóloga del CEM te explica todo con calma. Ahora vayan alistándose, que ya los despachamos.» #do:end_abruptly]
    —Ya es tarde, Jhon. Mañana la psicóloga del CEM te explica todo con calma. Vayan alistándose. # speaker:officer
    Jhon se queda con sus preguntas. Recoge su chompa sin mirarte. # speaker:narrator # mood:withdrawn
+ [«Hoy duermen donde tu tía, Jhon. Y tranquilo, que el juez no va a dejar que tu papá vuelva a la casa; te lo prometo.» #do:explain_next_steps #do:promise_outcome]
    —Hoy duermen donde tu tía, Jhon. Y tranquilo, que el juez no va a dejar que tu papá vuelva a la casa. Te lo prometo. # speaker:officer
    —¿Nunca? —pregunta Jhon. No sabes qué contestarle. # speaker:jhon # mood:anxious
- -> rights_note

=== rights_note ===
Antes de subir al patrullero, Lucy se vuelve hacia ti con el papelito del número de denuncia en la mano. # speaker:narrator # arrives:lucy
—Jefe, ¿y mañana a dónde voy primero? Con todo esto ya no me acuerdo de nada. # speaker:lucy
+ [Escribirle en una hoja el número de denuncia, sus derechos y los de los niños, lo que sigue y los servicios gratuitos. #do:give_written_rights_note]
    Anotas Medicina Legal a las ocho, el juzgado, la fiscalía, el CEM, la Línea 100 y la Defensa Pública. Lucy dobla la hoja y la guarda en el bolsillo de la chompa. # speaker:narrator # sfx:paper
+ [«Todo queda registrado en el sistema, señora. Mañana la llaman del juzgado y de la fiscalía; tenga el celular prendido.» #do:omit_written_rights_note]
    Lucy asiente. Su celular se quedó en la casa, donde vive Richard. # speaker:narrator
+ [«Le explico otra vez, despacito: Medicina Legal, después el CEM y el juzgado. Repítamelo, a ver si ya se acordó.» #do:omit_written_rights_note]
    Lucy lo repite. A la mitad, Yuliana se despierta llorando, y ella pierde el hilo. # speaker:narrator
- Salen sin que el mototaxi los vea. # speaker:narrator # sfx:door
-> court_report

=== court_report ===
Es la una y cuarto. Te sientas a escribir. El CEM de la comisaría cerró a las ocho de la noche y en la provincia no hay otro de turno: ahí nadie contesta hasta mañana. # speaker:narrator # scene:office # ambient:night_shift # phase:documentation
—Colega, ¿qué le mando al juzgado de familia? Las veinticuatro horas corren desde que llegó la señora. ¿Y quién la asesora a ella, con el CEM cerrado? # speaker:colleague_m
+ [Mandar el informe completo, con datos y direcciones de los tres, los hechos y las denuncias previas, y avisar a la Defensa Pública. #do:send_complete_court_report #do:refer_to_public_defense]
    Ramos completa el informe: los datos y direcciones de Lucy, de los niños y de Richard, los hechos, la ficha y lo que figura de él en el sistema. Sale al juzgado de turno a la una y media. # speaker:narrator # sfx:paper # arrives:colleague_m
    La defensora pública de turno contesta al tercer timbre: llamará a Lucy a primera hora y la verá antes de la audiencia. Lo anotas en el parte. # speaker:narrator # sfx:phone
+ [«Mande ya la ficha con el acta, Ramos; las direcciones y los antecedentes de él los agregamos mañana.» Y avisar a la Defensa Pública. #do:send_incomplete_court_report #do:refer_to_public_defense]
    El oficio sale con la ficha y el acta. Sin la dirección de Marleni ni los antecedentes de Richard, el juzgado tendrá que pedir que lo completen. # speaker:narrator # sfx:paper
    La defensora pública de turno anota el caso: llamará a Lucy a primera hora. # speaker:narrator # sfx:phone
+ [Completar el informe con los datos, las direcciones y los antecedentes, y dejar que el CEM le busque abogada a Lucy cuando abra. #do:send_complete_court_report #do:leave_without_legal_aid]
    El informe sale completo al juzgado de turno. # speaker:narrator # sfx:paper
    Nadie avisa a la Defensa Pública. Lucy esperará a que abra el CEM, sin saber que esta misma noche podía tener una abogada gratuita. # speaker:narrator
+ [«Solo la ficha y el acta, Ramos, que el juzgado ya tiene el caso. Y abogado no le hace falta: las medidas las dicta el juez.» #do:send_incomplete_court_report #do:leave_without_legal_aid]
    El oficio sale con la ficha y el acta, sin direcciones ni antecedentes. # speaker:narrator # sfx:paper
    Mañana Lucy irá sola al juzgado, con Yuliana en brazos. # speaker:narrator
- -> resolution
