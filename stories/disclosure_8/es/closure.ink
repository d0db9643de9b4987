// Milagros (es): cierre, salida y finales.

=== closing_child ===
Afuera ya oscureció. Milagros le enseña a su mamá el dibujo que hizo con Huamán: una casa con un árbol. # speaker:narrator # scene:private_room # phase:closure # arrives:colleague_f
—¿Ya nos vamos? ¿A dónde vamos a ir? # speaker:milagros # mood:anxious
+ [«Ya nadie te va a hacer daño: el juez lo va a meter preso y no lo vas a volver a ver, te lo juro.» #do:explain_next_steps #do:promise_outcome]
    —Ya nadie te va a hacer daño, Milagros. Esta noche duermes con tu mamá donde tu abuela, el juez lo va a meter preso y no lo vas a volver a ver. Te lo juro. # speaker:officer
    Milagros te mira, muy seria. —¿Y si el juez no quiere? # speaker:milagros # mood:anxious
+ [Agacharte a su altura, contarle dónde dormirá hoy y quién la escuchará después, y devolverla a su mamá. #do:explain_next_steps #do:release_to_safe_carer]
    —Milagros, gracias por ser tan valiente hoy. Esta noche vas a dormir en la casa de tu abuela Teodora, con tu mamá. Mañana una doctora te va a ver, si tú quieres. Y en unos días una señorita te va a escuchar, una sola vez, en un cuarto bonito. ¿Quieres preguntarme algo? # speaker:officer
    —¿Puedo llevar mi dibujo? # speaker:milagros # mood:relieved
    —Claro que sí. Ahora ve con tu mamá. # speaker:officer
    Milagros corre a la falda de Carmen, con el dibujo en la mano. # speaker:narrator # mood:relieved
+ [Contarle que hoy duerme donde su abuelita y prometerle que Wilber no volverá nunca más a su casa. #do:explain_next_steps #do:promise_outcome]
    —Hoy duermes donde tu abuelita, y Wilber ya no vuelve a tu casa nunca más. Te lo prometo, mi amor. # speaker:officer
    —¿Nunca nunca? # speaker:milagros # mood:anxious
- -> rights_note

=== rights_note ===
Mientras Milagros le enseña el dibujo a Huamán, Carmen firma el acta. Le tiembla la mano. # speaker:narrator # sfx:paper # arrives:colleague_f
—Disculpe, jefe... Con todo esto, no me voy a acordar ni de la mitad de lo que me ha dicho. # speaker:carmen # mood:anxious
+ [Escribirle en una hoja el número de denuncia, sus derechos y los de la niña, lo que sigue y los servicios gratuitos. #do:give_written_rights_note]
    Anotas la cita en Medicina Legal, la fiscalía que la llamará para la Cámara Gesell, el CEM, la Línea 100 y la Defensa Pública. Carmen lee la hoja dos veces y la guarda con la denuncia. # speaker:narrator # sfx:paper
+ [«No se preocupe, señora: todo queda en el sistema. La fiscalía y el juzgado la llaman; usted solo tenga el celular prendido.» #do:omit_written_rights_note]
    Carmen asiente. No sabe qué juzgado la llamará, ni cuándo, ni a quién reclamar si nadie llama. # speaker:narrator
+ [«Le explico todo ahorita, despacito, y usted lo va anotando en su celular, señora; así lo tiene siempre a la mano, ¿ya?» #do:omit_written_rights_note]
    Carmen teclea con el pulgar, rápido. A la mitad le entra una llamada de su trabajo y pierde lo que llevaba escrito. # speaker:narrator # arrives:carmen
- -> departure

=== departure ===
Son casi las ocho. Ramos se asoma: el mototaxi de Wilber sigue en la esquina. # speaker:narrator # sfx:footsteps # phase:closure # arrives:colleague_m
Carmen dobla la copia de la denuncia en cuatro y la guarda en la cartera. # speaker:narrator # sfx:paper
—¿Y ahora qué hago yo? ¿Qué le digo a mi hija en la casa de mi mamá? # speaker:carmen # mood:anxious
+ [Darle el número de denuncia, la cita en Medicina Legal y la Línea 100, y despedirlas en la misma puerta de la calle. #do:brief_carer #do:let_leave_unchecked]
    —Este es su número de denuncia, señora. Mañana a las ocho es la cita en Medicina Legal, y este es el número de la Línea 100. Cuídense. # speaker:officer
    ~ fate = MAX(fate, 3)
+ [«Ya está, señora, eso es todo por hoy. Ahí en la puerta pasan mototaxis; tomen uno nomás a El Progreso.» #do:end_abruptly #do:let_leave_unchecked]
    —Ya está, señora, eso es todo por hoy. Ahí en la puerta pasan mototaxis; tomen uno nomás hasta El Progreso. # speaker:officer
    Milagros se queda con la pregunta en la boca. Carmen recoge sus cosas. # speaker:narrator # mood:withdrawn # arrives:carmen
    ~ fate = MAX(fate, 3)
+ [«Ramos, revisa la esquina, por favor.» Explicarle a Carmen las citas y las líneas, y acompañarlas tú al taxi. #do:brief_carer #do:confirm_safe_departure]
    -> brief_lines ->
    —Ramos, revisa la esquina, por favor. Yo las acompaño hasta el taxi. # speaker:officer
    Ramos vuelve: el mototaxi se ha ido, y Wilber no está en la cuadra. Subes con ellas al taxi y esperas a que arranque hacia El Progreso. # speaker:narrator # sfx:door # arrives:colleague_m
+ [Explicarle las citas y las líneas de ayuda, y esperar adentro a la abuela Teodora para que Ramos las lleve. #do:brief_carer #do:confirm_safe_departure]
    -> brief_lines ->
    —Esperamos a su mamá aquí adentro, señora. # speaker:officer
    La señora Teodora llega en taxi. Le pides su DNI y confirmas que es la abuela. Ramos saca el patrullero por la puerta de atrás y las acompaña hasta El Progreso, lejos de la esquina. # speaker:narrator # sfx:door # arrives:colleague_m
- -> final

=== brief_lines ===
—Señora, este es su número de denuncia. Mañana a las ocho es la cita en Medicina Legal; la Fiscalía la va a llamar para la Cámara Gesell. # speaker:officer
-> shared_helplines ->
-> shared_do_not_question ->
->->

=== final ===
// El final muestra lo peor que le pasó a la niña en el camino (VAR fate).
{
- fate >= 8:
    -> ending_retold
- fate == 7:
    -> ending_examined
- fate == 5:
    -> ending_exposed
- fate == 3:
    -> ending_followed
- fate == 1:
    -> ending_no_measures
- else:
    -> ending_protected
}

// ---------- Finales ----------

=== ending_protected ===
Esa noche, Milagros duerme en la casa de su abuela Teodora, abrazada a su mamá. # speaker:narrator
El sábado por la mañana, el juzgado de familia dicta las medidas: Wilber tiene que salir de la casa y no acercarse a ellas. Esa misma tarde, la policía se lo notifica y lo acompaña a sacar sus cosas. # speaker:narrator
La semana siguiente, en la Cámara Gesell, una psicóloga escucha a Milagros una sola vez. # speaker:narrator
{ distress >= 7:
    Milagros todavía se asusta cuando oye un mototaxi. La psicóloga del CEM la ve cada semana. # speaker:narrator # mood:anxious
- else:
    En el CEM, Milagros dibuja otra casa con un árbol. Esta vez le pone una puerta con llave. # speaker:narrator # mood:relieved
}
Carmen vuelve a llamar a la comisaría un mes después, solo para contar que su hija ha vuelto a jugar en el recreo. # speaker:narrator # ending:protected_grandmother # arrives:carmen
-> END

=== ending_walked_out ===
Carmen no contesta. Cruza el pasillo, saca a Milagros de la sala de atención y la toma de la mano. # speaker:narrator # mood:withdrawn
—Esto lo arreglo yo. # speaker:carmen
Se van sin firmar nada. Esa noche duermen en la casa. Wilber no pregunta nada; solo mira a Milagros durante la cena. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # ending:at_risk_walked_out
-> END

=== ending_sent_away ===
Carmen sale con Milagros de la mano. En la puerta, el celular vuelve a sonar, y esta vez contesta. # speaker:narrator # scene:front_desk # sfx:phone # leaves:carmen
Esa noche Carmen no va a trabajar. Pero la semana siguiente sí. # speaker:narrator
Milagros no le vuelve a contar nada a su profesora. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_away
-> END

=== ending_home_tonight ===
Carmen y Milagros salen a la calle. Wilber las espera en la esquina, con el motor encendido. # speaker:narrator # scene:front_desk # sfx:door # leaves:carmen
—Súbanse, yo las llevo. # speaker:stepfather
Esa noche Milagros duerme en su casa. Carmen tiene turno en el taller. La notificación de la Fiscalía llega tres semanas después. # speaker:narrator # mood:withdrawn # ending:at_risk_home_tonight # arrives:carmen
-> END

=== ending_back_home ===
Carmen le da la mano a Milagros y se van sin esperar la copia de la denuncia. # speaker:narrator # sfx:door # leaves:carmen
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
Wilber entra, le da la mano a Milagros y sale con ella hacia la esquina. Carmen se queda firmando papeles. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # arrives:carmen
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
Esa misma noche, en Medicina Legal, nadie le explica nada a Milagros. Cuando la doctora se acerca, grita y se esconde detrás de la camilla. # speaker:narrator # scene:office # mood:crying
El examen no se puede hacer. Desde entonces, Milagros llora cada vez que tiene que ir a un médico, aunque sea por una gripe. # speaker:narrator # ending:harmed_forced_exam
-> END

=== ending_examined ===
Al día siguiente, en Medicina Legal, Milagros se aprieta las mangas contra el cuerpo. Ya la revisó un adulto que no conocía, en una oficina con la puerta abierta. # speaker:narrator # mood:withdrawn
Desde ese día, no deja que nadie se le acerque, ni la doctora. El examen no se puede hacer. # speaker:narrator # ending:harmed_examined
-> END

=== ending_exposed ===
La foto pasa del grupo de la comisaría a otro grupo, y de ahí a otro. Alguien reconoce el uniforme del colegio. # speaker:narrator # sfx:phone
Una semana después, en el recreo, un niño le pregunta a Milagros si es verdad lo del padrastro. Carmen la cambia de colegio. # speaker:narrator # mood:crying # ending:harmed_exposed
-> END

=== ending_drawer ===
Nadie llama a la fiscalía esa noche. El lunes, la sección de Familia tiene otros veinte casos, y la denuncia espera en una bandeja. # speaker:narrator # scene:front_desk
Carmen y Milagros se quedan unos días donde la abuela. Sin un fiscal que investigue, a las dos semanas Carmen vuelve a la casa: ahí están sus cosas, su trabajo, su vida. Wilber también. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer # arrives:carmen
-> END

=== ending_followed ===
Carmen y Milagros salen por la puerta principal. En la esquina, el motor del mototaxi se enciende. # speaker:narrator # scene:front_desk # sfx:door # leaves:carmen
Wilber las sigue hasta la casa de la abuela Teodora y se queda afuera, tocando la puerta hasta la medianoche. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_no_measures ===
Milagros duerme esa noche donde su abuela. Pero sin medidas de protección, Wilber sigue teniendo la llave de la casa. # speaker:narrator
A las dos semanas, Carmen vuelve: el cuarto de la abuela es chico y el taller queda lejos. Wilber le pide perdón. # speaker:narrator # mood:anxious # ending:at_risk_no_measures # arrives:carmen
-> END
