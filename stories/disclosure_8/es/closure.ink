// Milagros (es): derivaciones, registro, cierre, salida y finales.

=== notifications ===
Huamán vuelve a quedarse con Milagros y sus colores. Tú pasas a la oficina con Carmen, con la puerta cerrada. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:referral
Son las 18:30. Falta avisar a quien corresponde. # speaker:narrator
+ [Llamar a la Fiscalía de Familia y a la Fiscalía Penal de turno, y coordinar la entrevista única en Cámara Gesell. #do:notify_family_prosecutor #do:notify_criminal_prosecutor #do:arrange_single_interview]
    -> shared_call_family_prosecutor("una niña de ocho años, Milagros", "18:35") ->
    -> shared_call_criminal_prosecutor("un presunto delito contra la libertad sexual de una niña de ocho años", "18:42") ->
    -> shared_single_interview ->
    —Señora, Milagros va a contar lo que pasó una sola vez, a una psicóloga, en un cuarto preparado para niños. Nadie más le va a pedir que lo repita. # speaker:officer
    -> measures_step
+ [Avisar a la Fiscalía de Familia y citar a Milagros el lunes para que dé su manifestación aquí. #do:notify_family_prosecutor #do:schedule_station_statement]
    -> shared_call_family_prosecutor("una niña de ocho años, Milagros", "18:35") ->
    —Señora, el lunes a las nueve trae a Milagros para que dé su manifestación aquí, en la comisaría. # speaker:officer
    Carmen lo anota. No sabe que después habrá otra entrevista más. # speaker:narrator
    -> ending_summoned
+ [Pedirle a Huamán que Milagros le repita lo que te dijo, para que quede en el acta con sus palabras. #do:ask_child_to_repeat]
    —Huamán, que Milagros te cuente otra vez lo que me dijo, para ponerlo en el acta con sus palabras. # speaker:officer
    -> ending_retold
+ [Registrarlo como ocurrencia; el lunes lo ve la sección de Familia con el fiscal. #do:neutral]
    —Lo dejo registrado, señora. El lunes la sección de Familia lo ve con el fiscal. # speaker:officer
    -> ending_drawer

=== measures_step ===
La ficha de valoración de riesgo dice riesgo severo: Wilber vive en la casa y tiene llave. # speaker:narrator # sfx:paper # phase:protection
+ [Enviar hoy el oficio al Juzgado de Familia con la ficha, pidiendo medidas de protección, y derivar el caso al CEM. #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("que Wilber salga de la casa y que no se acerque a Milagros ni a su mamá") ->
    Llamas también al Centro Emergencia Mujer de la comisaría: una psicóloga y una abogada las van a acompañar desde mañana. # speaker:narrator # sfx:phone
+ [Derivar al CEM: «Allá le ven lo de las medidas, señora.» #do:refer_to_cem]
    —La derivo al CEM, señora. Allá le ven lo de las medidas de protección. # speaker:officer
    Carmen anota la dirección en un papelito. Nadie le explica que el juzgado puede sacar a Wilber de la casa. # speaker:narrator
    -> ending_no_measures
+ [No pedir nada más: «Si la niña se va donde la abuela, ya no hace falta.» #do:neutral]
    —Si la niña se va donde la abuela, ya no hace falta pedir medidas, señora. # speaker:officer
    Carmen asiente. No sabe que podía pedir otra cosa. # speaker:narrator
    -> ending_no_measures
- -> record

=== record ===
El suboficial Ramos entra con su celular en la mano. # speaker:narrator # sfx:door # phase:documentation
—Le tomo una foto a la niña para el parte, ¿ya? El comisario quiere todo en el grupo de la comisaría. # speaker:colleague_m
+ [«No, ninguna foto de la niña.» En el acta escribes sus palabras tal cual, y quién dijo qué. #do:protect_identity #do:record_child_words]
    —No, Ramos. Ninguna foto de Milagros, ni en el parte ni en ningún grupo. Su nombre tampoco sale de esta oficina. # speaker:officer
    En el acta escribes: «La niña refiere: "Él me hace doler cuando mi mamá se va a trabajar"». Anotas que la profesora Elena lo escuchó primero, y la hora de cada llamada. # speaker:narrator # sfx:paper
+ [«Ya, una foto nomás para el parte, que no salga en redes.» #do:expose_identity #do:record_child_words]
    —Ya, una foto nomás para el parte. Que no salga en redes, ¿ya? # speaker:officer
    Ramos le toma la foto a Milagros, con su uniforme del colegio, mientras dibuja. # speaker:narrator # mood:anxious
    -> ending_exposed
+ [«Sin fotos.» En el acta pones: «La menor refiere haber sido víctima de abuso sexual por parte de su padrastro». #do:protect_identity #do:record_interpretation]
    —Sin fotos, Ramos. # speaker:officer
    En el acta escribes: «La menor refiere haber sido víctima de abuso sexual por parte de su padrastro». Milagros nunca dijo esas palabras. # speaker:narrator # sfx:paper
- -> closing_child

=== closing_child ===
Vuelves a la sala de atención. Milagros le ha hecho un dibujo a Huamán: una casa con un árbol. # speaker:narrator # scene:private_room # phase:closure
—¿Ya nos vamos? ¿A dónde vamos a ir? # speaker:milagros # mood:anxious
+ [Agacharte a su altura, agradecerle y contarle qué va a pasar: dónde dormirá hoy, quién la va a escuchar y cuándo. #do:explain_next_steps]
    —Milagros, gracias por ser tan valiente hoy. Esta noche vas a dormir en la casa de tu abuela Teodora, con tu mamá. Mañana una doctora te va a ver, si tú quieres. Y en unos días una señorita te va a escuchar, una sola vez, en un cuarto bonito. ¿Quieres preguntarme algo? # speaker:officer
    —¿Puedo llevar mi dibujo? # speaker:milagros # mood:relieved
    —Claro que sí. # speaker:officer
+ [«Ya, eso es todo. Ya pueden irse.» #do:end_abruptly]
    —Ya, eso es todo. Ya pueden irse. # speaker:officer
    Milagros se queda con la pregunta en la boca. Carmen recoge sus cosas y salen sin que nadie las acompañe. # speaker:narrator # mood:withdrawn
    -> ending_followed
+ [«Vas a dormir donde tu abuelita, y Wilber ya nunca va a volver a tu casa, te lo prometo.» #do:explain_next_steps #do:promise_outcome]
    —Vas a dormir donde tu abuelita, y Wilber ya nunca va a volver a tu casa, te lo prometo. # speaker:officer
    —¿Nunca nunca? # speaker:milagros # mood:anxious
- -> departure

=== departure ===
Son casi las ocho. Ramos se asoma: el mototaxi de Wilber sigue en la esquina. # speaker:narrator # sfx:footsteps
+ [Darle a Carmen el número de denuncia, las citas y las líneas de ayuda; y antes de salir, verificar con quién se van y que él no esté afuera. #do:brief_carer #do:confirm_safe_departure #do:release_to_safe_carer]
    —Señora, este es su número de denuncia. Mañana a las ocho es la cita en Medicina Legal; la Fiscalía la va a llamar para la Cámara Gesell. Y el juzgado tiene ya el pedido de medidas. # speaker:officer
    -> shared_helplines ->
    -> shared_do_not_question ->
    La señora Teodora llega en taxi. Le pides su DNI y confirmas que es la abuela. Ramos saca el patrullero por la puerta de atrás y las acompaña hasta El Progreso, lejos de la esquina. # speaker:narrator # sfx:door
    -> ending_protected
+ [Entregarle la copia de la denuncia y despedirlas en la puerta. #do:let_leave_unchecked]
    —Aquí tiene su copia, señora. Cuídense. # speaker:officer
    -> ending_followed
+ [Darle el número de denuncia y la Línea 100, y que tomen un mototaxi en la puerta. #do:brief_carer #do:let_leave_unchecked]
    —Este es su número de denuncia, señora, y este es el número de la Línea 100. Ahí en la puerta pasan mototaxis. # speaker:officer
    -> ending_followed

// ---------- Finales ----------

=== ending_protected ===
Esa noche, Milagros duerme en la casa de su abuela Teodora, abrazada a su mamá. # speaker:narrator
El lunes, el Juzgado de Familia ordena que Wilber salga de la casa y no se acerque a ellas; la policía se lo notifica. La semana siguiente, en la Cámara Gesell, una psicóloga escucha a Milagros una sola vez. # speaker:narrator
{ distress >= 7:
    Milagros todavía se asusta cuando oye un mototaxi. La psicóloga del CEM la ve cada semana. # speaker:narrator # mood:anxious
- else:
    En el CEM, Milagros dibuja otra casa con un árbol. Esta vez le pone una puerta con llave. # speaker:narrator # mood:relieved
}
Carmen vuelve a llamar a la comisaría un mes después, solo para contar que su hija ha vuelto a jugar en el recreo. # speaker:narrator # ending:protected_grandmother
-> END

=== ending_walked_out ===
Carmen mira a su hija, que se ha quedado quieta en la puerta de la oficina, y luego te mira a ti. # speaker:narrator # mood:withdrawn
—Mejor nos vamos. Esto lo arreglo yo. # speaker:carmen
Se van sin firmar nada. Esa noche duermen en la casa. Wilber no pregunta nada; solo mira a Milagros durante la cena. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # ending:at_risk_walked_out
-> END

=== ending_sent_away ===
Carmen sale con Milagros de la mano. En la puerta, el celular vuelve a sonar, y esta vez contesta. # speaker:narrator # scene:front_desk # sfx:phone
Esa noche Carmen no va a trabajar. Pero la semana siguiente sí. # speaker:narrator
Milagros no le vuelve a contar nada a su profesora. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_away
-> END

=== ending_home_tonight ===
Carmen y Milagros salen a la calle. Wilber las espera en la esquina, con el motor encendido. # speaker:narrator # scene:front_desk # sfx:door
—Súbanse, yo las llevo. # speaker:stepfather
Esa noche Milagros duerme en su casa. Carmen tiene turno en el taller. La notificación de la Fiscalía llega tres semanas después. # speaker:narrator # mood:withdrawn # ending:at_risk_home_tonight
-> END

=== ending_back_home ===
Carmen le da la mano a Milagros y se van sin esperar la copia de la denuncia. # speaker:narrator # sfx:door
Afuera, Wilber las sube al mototaxi. Esa semana, en la casa, nadie vuelve a hablar del tema. # speaker:narrator
Cuando la Fiscalía cita a Carmen, ella dice que su hija se confundió. # speaker:narrator # mood:withdrawn # ending:at_risk_back_home
-> END

=== ending_face_to_face ===
Wilber aparece en el pasillo. Se pone en cuclillas delante de Milagros, con una sonrisa. # speaker:narrator # scene:waiting_area # sfx:footsteps
—Ya, flaquita, ¿qué has andado diciendo? Nos vamos a la casa y ahí conversamos, ¿ya? # speaker:stepfather
Milagros se queda muda. Ya no dice una palabra más en toda la noche. # speaker:narrator # mood:withdrawn
Cuando la Fiscalía la cita, semanas después, Milagros dice que se lo inventó. # speaker:narrator # ending:harmed_face_to_face
-> END

=== ending_released ===
Wilber entra, le da la mano a Milagros y sale con ella hacia la esquina. Carmen se queda firmando papeles. # speaker:narrator # scene:front_desk # sfx:door # mood:scared
Milagros mira hacia atrás una sola vez. # speaker:narrator # ending:harmed_released
-> END

=== ending_retold ===
Esa noche Milagros no puede dormir. Al día siguiente no quiere ir al colegio. # speaker:narrator # mood:withdrawn
En la Cámara Gesell, la psicóloga le pregunta con calma. Milagros ya lo ha contado a demasiadas personas; dice «ya lo conté» y se queda callada. # speaker:narrator # scene:private_room
El fiscal tiene un acta de la comisaría llena de preguntas, y una niña que ya no quiere hablar. # speaker:narrator # ending:harmed_retold
-> END

=== ending_summoned ===
El lunes, Milagros se sienta en la oficina de la comisaría frente a una computadora. Un policía que no conoce le pregunta todo otra vez. # speaker:narrator # scene:office # mood:withdrawn
Dos semanas después, en la Cámara Gesell, tiene que contarlo una vez más. Esa noche le dice a su abuela Teodora que ya nadie le cree. # speaker:narrator # ending:harmed_summoned
-> END

=== ending_forced_exam ===
Al día siguiente, en Medicina Legal, nadie le explica nada a Milagros. Cuando la doctora se acerca, grita y se esconde detrás de la camilla. # speaker:narrator # scene:office # mood:crying
El examen no se puede hacer. Desde entonces, Milagros llora cada vez que tiene que ir a un médico, aunque sea por una gripe. # speaker:narrator # ending:harmed_forced_exam
-> END

=== ending_examined ===
Carmen duda, pero le sube la manga a su hija. Milagros se queda quieta, mirando el techo, mientras un adulto que no conoce la revisa. # speaker:narrator # mood:withdrawn
Desde ese día, Milagros no deja que nadie se le acerque, ni la doctora de Medicina Legal. El examen no se puede hacer. # speaker:narrator # ending:harmed_examined
-> END

=== ending_exposed ===
La foto pasa del grupo de la comisaría a otro grupo, y de ahí a otro. Alguien reconoce el uniforme del colegio. # speaker:narrator # sfx:phone
Una semana después, en el recreo, un niño le pregunta a Milagros si es verdad lo del padrastro. Carmen la cambia de colegio. # speaker:narrator # mood:crying # ending:harmed_exposed
-> END

=== ending_drawer ===
La denuncia queda en el cuaderno de ocurrencias. El lunes, la sección de Familia tiene otros veinte casos. # speaker:narrator # scene:front_desk
Carmen y Milagros se quedan unos días donde la abuela. Sin medidas ni fiscal, a las dos semanas Carmen vuelve a la casa: ahí están sus cosas, su trabajo, su vida. Wilber también. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_followed ===
Carmen y Milagros salen por la puerta principal. En la esquina, el motor del mototaxi se enciende. # speaker:narrator # scene:front_desk # sfx:door
Wilber las sigue hasta la casa de la abuela Teodora y se queda afuera, tocando la puerta hasta la medianoche. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_no_measures ===
Milagros duerme esa noche donde su abuela. Pero sin medidas de protección, Wilber sigue teniendo la llave de la casa. # speaker:narrator
A las dos semanas, Carmen vuelve: el cuarto de la abuela es chico y el taller queda lejos. Wilber le pide perdón. # speaker:narrator # mood:anxious # ending:at_risk_no_measures
-> END
