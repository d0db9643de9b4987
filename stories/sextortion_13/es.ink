# case: sextortion_13
# title: Diego, el chantaje del juego en línea
# summary: Su madre lo trae: un desconocido de un juego en línea lo chantajea con fotos.
# persona: diego
# age: 13
# type: online_abuse
# requires: register_report, leave_exam_to_professionals, advise_evidence_preservation, explain_who_must_know, protect_identity, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, refer_to_cem, brief_carer, explain_next_steps
# key: REC-03, REC-04, COM-05, DIS-04, DIS-05, DIS-07, DIS-08, REF-02, REF-04, DOC-02, DOC-04, CLO-01, CLO-02
# trust: 2
# distress: 7
# content_note: Un chico de trece años es chantajeado por un desconocido que, haciéndose pasar por una chica en un juego en línea, le pidió fotos íntimas. No se muestra ni se describe ninguna imagen. Se menciona una idea de hacerse daño. La vergüenza es frecuente en estos casos, también en los chicos.
# lang: es

VAR trust = 2
VAR distress = 7
VAR notified = false
VAR deleted = false
VAR disclosed = false
VAR diego_out = false
VAR promised = false

-> arrival

=== check ===
{ distress >= 10:
    -> walked_out
}
->->

=== arrival ===
Son las cinco de la tarde en la comisaría de San Gabriel. En el mostrador hay cola: un robo de celular, un choque, una vecina que reclama. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Una señora se abre paso hasta el mostrador. Detrás de ella, un chico con la capucha puesta mira el piso. # speaker:narrator # mood:withdrawn
—Buenas tardes. Soy Patricia. A mi hijo lo están chantajeando por internet. Con unas fotos. # speaker:patricia
Dos personas de la cola se voltean. Diego se hunde más en la capucha. # speaker:narrator # mood:anxious
-> choose

= choose
+ [«Hizo bien en venir, señora. Pasemos a la sala de atención; ahí hablamos tranquilos.» #do:attend_immediately #do:receive_carer_respectfully #do:move_to_private_room]
    —Hizo bien en venir, señora. Pasemos a la sala de atención; ahí hablamos tranquilos. # speaker:officer
    -> who_stays
+ [Llevarlos a la sala, pero antes: «¿Y usted no le revisa el celular a su hijo, señora?» #do:attend_immediately #do:blame_carer #do:move_to_private_room]
    —Pasen a la sala. Pero dígame, señora, ¿usted no le revisa el celular a su hijo? # speaker:officer
    Patricia se pone roja. No contesta. Diego mira a su mamá y luego al piso. # speaker:narrator # mood:withdrawn
    -> who_stays
* [«A ver, cuénteme aquí nomás, señora, que hay cola. ¿Qué pasó con esas fotos?» #do:talk_in_public_area]
    —A ver, cuénteme aquí nomás, que hay cola. ¿Qué pasó con esas fotos? # speaker:officer
    Patricia baja la voz, pero en la cola todos escuchan. Diego se da la vuelta y camina hacia la puerta. Su mamá lo agarra del brazo. # speaker:narrator # mood:scared
    —Colega, ¿no prefieres la sala? # speaker:colleague_f
    -> choose
+ [«Eso lo ve la DIVINDAT, señora, la de delitos informáticos. Aquí no tenemos peritos; vaya para allá.» #do:defer_or_redirect]
    -> redirected

=== redirected ===
—¿Hasta allá? Nos dijeron que aquí... # speaker:patricia
Patricia mira la hora. Diego ya está en la puerta. Se van. # speaker:narrator # sfx:door
Esa noche, a las nueve, Diego saca plata de la cartera de su mamá y la manda al número que le dieron. A las diez le llega otro mensaje: ahora quiere el doble. # speaker:narrator # mood:scared # ending:at_risk_redirected
-> END

=== walked_out ===
Diego se levanta de golpe. # speaker:narrator # sfx:chair # mood:angry
—Ya fue. No quiero denunciar nada. Me voy. # speaker:diego # mood:angry
Sale de la sala. Patricia lo sigue, se disculpa sin saber por qué, y se van sin firmar nada. # speaker:narrator # sfx:door
Esa noche, Diego no le contesta a nadie. Le contesta solo a «vale_14». # speaker:narrator # mood:withdrawn # ending:at_risk_walked_out
-> END

=== who_stays ===
-> check ->
La sala de atención tiene un sofá, una mesa baja y un estante con juegos de mesa. La suboficial Huamán trae agua. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door
Diego se sienta en la punta del sofá, lejos de su mamá. # speaker:narrator # mood:anxious
—¿Mi mamá tiene que estar? # speaker:diego # mood:anxious
—Claro que tengo que estar, soy tu mamá. # speaker:patricia
+ [Acordar con los dos: Diego espera un rato con la suboficial Huamán en la salita de al lado mientras Patricia te cuenta lo que sabe; después, él decide si habla contigo a solas, con Huamán, o con su mamá. #do:keep_child_out_of_earshot #do:gather_facts_from_adult #do:ask_child_who_stays]
    ~ diego_out = true
    —Señora, ¿le parece si primero me cuenta usted lo que sabe, y Diego espera un rato con la suboficial Huamán? Diego, después tú decides con quién quieres hablar. # speaker:officer
    Diego asiente, aliviado, y sale con Huamán. # speaker:narrator # mood:relieved # sfx:door
+ [«Que Diego se quede mientras la señora cuenta; así no se pierde ningún detalle.» #do:let_child_hear_account]
    Diego se queda. Mientras su mamá habla, se tapa la cara con la capucha y no se mueve. # speaker:narrator # mood:withdrawn
+ [«La señora se queda, es la mamá. Diego, cuéntanos tú desde el principio: cómo la conociste, qué te pidió y qué le mandaste.» #do:insist_adult_stays #do:ask_for_details]
    Diego mira a su mamá, luego a ti. Se le llenan los ojos de lágrimas. No dice nada. # speaker:narrator # mood:crying
- -> adult_account

=== adult_account ===
-> check ->
—Anoche lo encontré llorando a las dos de la mañana. Me enseñó el celular. # speaker:patricia
—En un juego en línea conoció a una tal «vale_14». Decía que tenía trece años, que era de Arequipa. Hablaron tres semanas. Ella le pidió fotos. Y ahora otra cuenta le escribe que las va a mandar a todos sus compañeros del colegio si hoy, antes de las nueve, no le deposita quinientos soles o le manda más. # speaker:patricia # phase:disclosure
—Yo le dije que borre todo y lo bloquee. Pero me dio miedo. Mi esposo no sabe nada. # speaker:patricia
Patricia saca el celular de Diego de la cartera, lo desbloquea y te lo extiende con la conversación abierta. # speaker:narrator # sfx:paper
—Mire usted mismo las fotos, para que vea lo que es. # speaker:patricia
+ [No tomar ni mirar el celular: «Gracias, señora. No necesito verlas, y nadie aquí va a mirar ni copiar esas imágenes. El celular lo revisa la unidad especializada.» #do:leave_exam_to_professionals]
    —Gracias, señora. No necesito verlas, y nadie en esta comisaría va a mirar ni copiar esas imágenes. Guárdelo así, bloqueado, sin tocar nada. El celular lo revisa la unidad especializada. # speaker:officer
    Patricia bloquea el celular y lo guarda, despacio. # speaker:narrator
    -> with_diego
+ [Tomar el celular y revisar la conversación y las fotos, para evaluar qué tan grave es. #do:view_intimate_images]
    -> images_seen
+ [Reenviar las capturas a tu WhatsApp «para el expediente» y devolverle el celular. #do:view_intimate_images]
    -> images_seen

=== images_seen ===
{
- diego_out:
    Tomas el celular. En ese momento se abre la puerta: Diego vuelve a la sala con Huamán. Ve su celular en tus manos, abierto en esa conversación. # speaker:narrator # sfx:door # mood:scared
- else:
    Tomas el celular. Diego, en la punta del sofá, ve su celular en tus manos, abierto en esa conversación. # speaker:narrator # mood:scared
}
Se da media vuelta y sale corriendo de la comisaría. Patricia sale detrás de él. # speaker:narrator # sfx:footsteps
Días después, cuando su mamá vuelve para la denuncia, Diego no quiere entrar: sabe que un policía vio sus fotos, y no quiere hablar con nadie de uniforme. # speaker:narrator # mood:withdrawn # ending:harmed_images_seen
-> END

=== with_diego ===
-> check ->
{
- diego_out:
    Diego vuelve con Huamán. Elige quedarse contigo y con Huamán; su mamá espera afuera, con la puerta entreabierta. # speaker:narrator # sfx:door # phase:communication
- else:
    Patricia se sienta en una silla junto a la puerta. Diego sigue en la punta del sofá. # speaker:narrator # phase:communication
}
Se sienta con la capucha puesta y los brazos cruzados. # speaker:narrator # mood:withdrawn
+ [Saludarlo directamente: decirle quién eres y qué haces aquí, y que él decide cuánto contar; puede decir «no sé», corregirte o pedir parar. #do:introduce_self_simply #do:explain_child_can_stop #do:let_child_decide]
    —Hola, Diego. Soy policía de esta comisaría; mi trabajo hoy es ayudarte a que esto pare. Tú decides cuánto contar. Si no sabes algo, dices «no sé». Si me equivoco, me corriges. Y si quieres parar, paramos. # speaker:officer
+ [«Mira, hijo: si no me cuentas todo, no puedo hacer nada y esas fotos van a salir. Tú decides.» #do:pressure_or_bargain]
    —Mira, hijo: si no me cuentas todo, no puedo hacer nada, y esas fotos van a salir. Tú decides. # speaker:officer
    Diego aprieta los brazos contra el pecho. # speaker:narrator # mood:scared
+ [«Joven, usted se encuentra en calidad de agraviado en la presente denuncia por presunto delito informático...» #do:use_jargon]
    —Joven, usted se encuentra en calidad de agraviado en la presente denuncia por presunto delito... # speaker:officer
    Diego te mira sin entender y mira a Huamán. # speaker:narrator # mood:anxious
- -> shame

=== shame ===
-> check ->
—No es nada. Ya fue. Yo lo arreglo. # speaker:diego # mood:withdrawn
Se le quiebra la voz. # speaker:narrator
—Fue mi culpa. Por idiota. ¿Cómo no me di cuenta? # speaker:diego # mood:crying # event:child_distressed
+ [«No eres ningún idiota. Esa persona engaña a muchos chicos, y también a adultos. Lo que hace es un delito, y la culpa es suya, no tuya. Hiciste muy bien en venir.» #do:counter_self_blame #do:express_belief]
    —No eres ningún idiota. Esa persona engaña a muchos chicos, y también a adultos; para eso se hace pasar por otra persona. Lo que hace es un delito, y la culpa es suya, no tuya. Hiciste muy bien en venir. # speaker:officer
+ [Darle un momento y un vaso de agua, y luego preguntarle: «¿Pero por qué le mandaste fotos a alguien que no conocías?» #do:pause_for_child #do:ask_why_or_blame]
    Le das un momento. Cuando se calma un poco, le preguntas por qué mandó las fotos. # speaker:narrator
    —No sé. # speaker:diego # mood:withdrawn
+ [«¿Seguro que era una desconocida? ¿No será una broma de tus amigos del colegio?» #do:express_doubt_or_shock]
    —No. No sé. # speaker:diego # mood:angry
    Se seca la cara con la manga, con rabia. # speaker:narrator
-
{
- trust >= 5:
    ~ disclosed = true
    Diego respira hondo. # speaker:narrator # mood:anxious
    —Ella me caía bien. Me pidió fotos y yo le mandé. Después me escribió otra cuenta, con las fotos, y me dijo que si no pago las manda a todo mi salón. # speaker:diego # mood:anxious # event:disclosure_started
- else:
    Diego no dice nada más. Mira la puerta por donde salió su mamá. # speaker:narrator # mood:withdrawn
}
-> minimal_facts

=== minimal_facts ===
-> check ->
+ [Preguntar solo lo necesario: el nombre de la cuenta, desde cuándo le escribe, qué le pide ahora y hasta cuándo, y si sabe dónde vive o a qué colegio va. #do:ask_minimal_facts]
    —Solo necesito saber unas cosas, Diego, para que esto pare. # speaker:officer
    {
    - disclosed:
        —«vale_14» en el juego. La otra cuenta no tiene nombre, solo números. Hace tres semanas. Ahora quiere quinientos soles hasta las nueve, o más fotos. Sabe mi colegio: sale en mi perfil. Tiene la lista de mis seguidores. # speaker:diego # mood:anxious
    - else:
        —Lo que dijo mi mamá. Hasta las nueve. # speaker:diego # mood:withdrawn
    }
+ [«¿Cuántas fotos le mandaste, y qué se veía en cada una? Tengo que ser exacto para la denuncia.» #do:ask_to_describe_images]
    Diego se pone rojo hasta las orejas. Mira el piso y no contesta. # speaker:narrator # mood:crying
+ [«Fue alguien de tu salón, ¿no? Seguro ese que siempre te molesta.» #do:ask_leading_question]
    —No sé... Puede ser. # speaker:diego # mood:anxious
    Ahora Diego mira a todos lados, como buscando a alguien. # speaker:narrator
-
Diego se abraza las rodillas. # speaker:narrator # mood:scared
—Si eso sale, yo mejor desaparezco. # speaker:diego # mood:scared # event:self_harm_risk
-> urgent

=== urgent ===
-> check ->
+ [Tomarlo en serio, con calma: agradecerle que lo diga, preguntarle directamente si ha pensado en hacerse daño, y acordar con Patricia que hoy mismo lo vea un psicólogo. #do:check_urgent_needs #do:express_belief #do:arrange_medical_care]
    —Gracias por decírmelo, Diego. Te lo pregunto directo: ¿has pensado en hacerte daño? # speaker:officer
    —...Anoche. Un rato. # speaker:diego # mood:crying
    —Hiciste bien en contármelo. Vamos a buscar ayuda hoy mismo, con tu mamá. No estás solo en esto. # speaker:officer
    Llamas a Patricia. Acuerdan que hoy mismo lo vea un psicólogo, y les das la Línea 113, opción 5, y la emergencia del hospital más cercano, por si en la noche se siente peor. # speaker:narrator # mood:relieved
+ [«No digas eso. Por unas fotos no se acaba el mundo. Eres hombre: aguanta.» #do:express_doubt_or_shock]
    Diego se calla. Se pone la capucha hasta los ojos. # speaker:narrator # mood:withdrawn
+ [«Eso lo hablas después con un psicólogo. Ahora necesito los datos del tipo para el parte.» #do:paperwork_first]
    Sacas el formulario. Diego mira la ventana. # speaker:narrator # mood:withdrawn
- -> evidence

=== evidence ===
-> check ->
El celular de Diego vibra en la cartera de Patricia. Ella lo mira y se lo muestra a Diego: «Te quedan cuatro horas». # speaker:narrator # sfx:phone # mood:scared
—¡Bórralo todo, hijo! Bloquéalo y ya. O le pagamos y que se acabe. # speaker:patricia
+ [«No le paguen ni le respondan, y no borren nada: ni el chat ni la cuenta. Anoten el usuario, los enlaces, las fechas y las horas. El celular se entrega así, tal como está, a la fiscalía o a la DIVINDAT.» #do:advise_evidence_preservation]
    —No le paguen: si pagan, pide más. No le respondan. Y no borren nada, ni el chat ni la cuenta: eso es lo que necesita la unidad especializada para encontrarlo. Anoten el usuario, los enlaces, las fechas y las horas. El celular se entrega así, tal como está. # speaker:officer
    Patricia respira y guarda el celular. Diego la mira: por primera vez, su mamá no está gritando. # speaker:narrator # mood:calm
+ [«Su mamá tiene razón, Diego: borra todo y bloquéalo. Así se acaba.» #do:advise_deleting_evidence]
    ~ deleted = true
    Diego borra la conversación y bloquea la cuenta, rápido, con los dedos temblando. # speaker:narrator # mood:anxious
+ [«Bloquéalo y desinstala el juego, para que no te vuelva a escribir. El chat no importa.» #do:advise_deleting_evidence]
    ~ deleted = true
    Diego desinstala el juego. Con él se va la conversación con «vale_14». # speaker:narrator # mood:anxious
- -> father

=== father ===
-> check ->
Suena el celular de Patricia. Mira la pantalla. # speaker:narrator # sfx:phone
—Es tu papá. # speaker:patricia
—¡No le digas! # speaker:diego # mood:scared
Diego te mira. # speaker:narrator
—Por favor, no le diga a mi papá. Prométame que no le va a decir. # speaker:diego # mood:crying
+ [Ser honesto: «No te puedo prometer eso. Esto lo van a saber la fiscalía y la unidad especializada, y tu mamá, porque te cuidan. Tu papá también es responsable de ti; lo que sí podemos hacer es pensar con tu mamá cómo y cuándo contárselo, para que sea de tu lado.» #do:explain_who_must_know]
    —No te puedo prometer eso, y no te voy a mentir. Esto lo van a saber la fiscalía y la unidad especializada, y tu mamá. Tu papá también es responsable de ti. Lo que sí podemos hacer es pensar con tu mamá cómo y cuándo contárselo, para que esté de tu lado. # speaker:officer
    Diego se queda callado un rato. Después asiente, apenas. # speaker:narrator # mood:anxious
+ [«Tranquilo, tu papá no se va a enterar. Queda entre nosotros.» #do:promise_secrecy]
    ~ promised = true
    Diego suelta el aire. Patricia te mira, sorprendida. # speaker:narrator # mood:relieved
+ [«Tranquilo: a ese tipo lo agarramos esta semana y las fotos no van a salir, te lo prometo.» #do:promise_outcome]
    Diego te mira, con una esperanza enorme. # speaker:narrator # mood:relieved
- -> school

=== school ===
-> check ->
Patricia deja sonar el celular hasta que se corta. # speaker:narrator
—¿Y el colegio? ¿Le aviso a la directora? ¿Al grupo de padres, para que nadie reenvíe nada? # speaker:patricia # phase:documentation
+ [«Nadie de aquí va a dar el nombre de Diego. Si hay que avisar al colegio para frenar la difusión, lo coordina la fiscalía con la unidad especializada, sin exponerlo. Por ahora, no lo comente en ningún grupo.» #do:protect_identity]
    —Nadie de esta comisaría va a dar el nombre de Diego a nadie. Si hay que avisar al colegio para frenar la difusión, lo coordina la fiscalía, sin exponerlo. Por ahora, no lo comente en ningún grupo. # speaker:officer
    Patricia asiente. Diego levanta la vista, por primera vez. # speaker:narrator # mood:calm
    -> referral
+ [«Yo llamo ahorita a la directora y le explico lo de Diego, para que alerte a los profesores y a los padres.» #do:expose_identity]
    -> exposed
+ [«Escriba usted en el grupo de padres que a su hijo lo están chantajeando con fotos, para que estén atentos.» #do:expose_identity]
    -> exposed

=== exposed ===
Al día siguiente, en el colegio, todos saben que «a Diego lo chantajean con fotos». Nadie ha visto ninguna, pero todos hablan de ellas. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego deja de ir a clases. Cuando la fiscalía lo cita para la Cámara Gesell, no quiere salir de su cuarto. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== referral ===
-> check ->
Huamán se asoma: el formulario de la denuncia está listo para registrar. # speaker:narrator # scene:office # phase:referral
+ [Registrar la denuncia, informar a la Fiscalía Penal de turno y a la Fiscalía de Familia, y coordinar con la DIVINDAT la entrega del celular tal como está; que la fiscalía decida si Diego declara una sola vez, en Cámara Gesell. #do:register_report #do:notify_criminal_prosecutor #do:notify_family_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    ~ notified = true
    La fiscal penal de turno toma el caso y dispone que la DIVINDAT reciba el celular mañana a primera hora. La fiscal de familia anota los datos. Escribes la hora de cada llamada. # speaker:narrator # sfx:phone
+ [Darle la constancia: «Vaya mañana a la DIVINDAT con el celular, allá le dirán.» #do:register_report #do:defer_or_redirect]
    Imprimes la constancia y se la das a Patricia con la dirección de la DIVINDAT escrita a mano. # speaker:narrator # sfx:paper
    Patricia la dobla, despacio. Diego ya está en la puerta. Se van. # speaker:narrator # sfx:door
    -> no_follow_up
+ [Registrarlo como ocurrencia por «acoso virtual» y esperar a ver si de verdad publica algo antes de molestar a la fiscalía. #do:register_report]
    Registras la ocurrencia. Nadie más la lee esa noche. # speaker:narrator # sfx:paper
- -> carer

=== carer ===
-> check ->
Patricia se pone de pie con la cartera apretada. # speaker:narrator # phase:closure
—¿Y ahora qué hago? ¿Qué le digo a su papá? # speaker:patricia
+ [Derivar al CEM para apoyo psicológico de Diego y de la familia, y darle a Patricia el número de denuncia, la Línea 100 y el Chat 100 para Diego, los próximos pasos, cómo hablar con el papá, y un consejo: no interrogarlo en casa. #do:refer_to_cem #do:brief_carer]
    —Este es el número de la denuncia. Mañana la DIVINDAT recibe el celular. En el CEM les darán apoyo psicológico a Diego y a ustedes; también pueden ayudarla a hablar con su esposo. La Línea 100 es para usted, y el Chat 100 para Diego. Y en casa, no le pregunte más por lo que pasó: ya lo contó. Lo que necesita es saber que están de su lado. # speaker:officer
    Patricia anota todo en el reverso de la constancia. # speaker:narrator # sfx:paper
+ [«Y a partir de hoy, señora, revísele el celular todas las noches. Esto pasó porque nadie lo controlaba.» Darle la Línea 100. #do:blame_carer #do:refer_to_cem]
    Patricia baja la cabeza. Diego, desde la puerta, lo ha escuchado todo. # speaker:narrator # mood:withdrawn
+ [«Con la denuncia basta por ahora, señora. La fiscalía la va a llamar.» #do:neutral]
    Patricia espera algo más. No llega. # speaker:narrator
- -> closing

=== closing ===
-> check ->
Diego está de pie junto a la puerta, con la capucha puesta. # speaker:narrator
+ [Explicarle con palabras simples lo que sigue: la unidad especializada se encarga del celular, quizá una sola persona le haga preguntas una sola vez, irá al CEM; agradecerle su valor y preguntarle si tiene dudas. #do:explain_next_steps]
    —Diego, esto es lo que sigue: la unidad especializada se encarga del celular y de buscar a esa persona. Puede que una sola persona, preparada para esto, te haga unas preguntas, una sola vez. Y vas a ir al CEM, donde hay gente que ayuda a chicos a los que les pasa esto. Hiciste algo muy valiente hoy. ¿Tienes alguna pregunta? # speaker:officer
    {
    - trust >= 5:
        —¿Y si igual las manda? # speaker:diego # mood:anxious
        —Si pasa algo, tu mamá llama a la fiscalía y a la unidad especializada de inmediato, y tú no estás solo. Nada de esto cambia que la culpa es de él. # speaker:officer
        Diego se baja la capucha. # speaker:narrator # mood:relieved
    - else:
        Diego niega con la cabeza, sin mirarte. # speaker:narrator # mood:withdrawn
    }
+ [«Listo, campeón. Ya puedes irte; lo demás lo ve tu mamá.» #do:end_abruptly]
    Diego sale sin despedirse. # speaker:narrator # mood:withdrawn
+ [Explicarle lo que sigue y terminar con un consejo: «Y ya sabes: nunca más mandes fotos a nadie, para que aprendas.» #do:explain_next_steps #do:ask_why_or_blame]
    Diego asiente sin mirarte. Se va con la capucha puesta. # speaker:narrator # mood:withdrawn
- -> final

=== final ===
{
- not notified:
    -> no_follow_up
- deleted:
    -> evidence_lost
- trust < 5:
    -> alone
- else:
    -> supported
}

=== no_follow_up ===
Pasan dos semanas. Nadie de la fiscalía llama. En la DIVINDAT les piden volver con una orden que nadie tramitó. # speaker:narrator # scene:waiting_area # mood:anxious
Una noche, una cuenta nueva le escribe a Diego: «¿Creíste que se había acabado?». # speaker:narrator # mood:scared # ending:at_risk_no_follow_up
-> END

=== evidence_lost ===
La DIVINDAT recibe el celular, pero la conversación ya no está y la cuenta desapareció. No hay por dónde empezar. # speaker:narrator # scene:waiting_area # mood:anxious
Un mes después, con otro nombre, alguien vuelve a escribirle a Diego en otro juego. # speaker:narrator # mood:scared # ending:at_risk_evidence_lost
-> END

=== alone ===
La unidad especializada recibe el celular y empieza a rastrear la cuenta. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego no va al CEM. Cuando una cuenta nueva le escribe, no se lo cuenta a nadie: ya aprendió que contarlo no le sirvió de mucho. # speaker:narrator # ending:at_risk_alone
-> END

=== supported ===
La DIVINDAT recibe el celular al día siguiente, tal como estaba. En tres semanas identifican la cuenta: un adulto que hacía lo mismo con otros chicos. # speaker:narrator # scene:waiting_area # mood:calm
{ promised:
    Su papá se entera al día siguiente, por la citación de la fiscalía. Durante semanas, Diego no quiere saber nada de la policía. # speaker:narrator # mood:angry
}
Diego va al CEM con su mamá; en la segunda cita va también su papá. Las fotos nunca llegaron a su salón. # speaker:narrator # mood:relieved # ending:protected_supported
-> END
