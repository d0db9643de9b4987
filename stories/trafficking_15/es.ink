# case: trafficking_15
# title: Yesenia, el DNI que no es suyo
# summary: Llega tras un operativo en un bar cerca de una zona minera, con un DNI que dice que tiene 19 años.
# persona: yesenia
# age: 15
# type: trafficking
# requires: treat_as_victim, request_interpreter, offer_officer_choice, register_report, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, arrange_single_interview, arrange_medical_care, contact_child_protection, refer_to_cem, release_to_safe_carer, confirm_safe_departure
# key: REC-03, ENV-03, ENV-04, ENV-05, COM-02, COM-05, DIS-01, DIS-02, DIS-04, PRO-02, PRO-07, REF-02, REF-03, REF-05, DOC-02, CLO-03
# trust: 1
# distress: 6
# content_note: Una adolescente de quince años llega de noche tras un operativo en un bar cerca de una zona minera, con un DNI que no es suyo, señales de trata y un hombre que dice ser su primo. La explotación se insinúa, nunca se describe.
# lang: es

VAR trust = 1
VAR distress = 6
VAR notified = false
VAR disclosed = false

-> arrival

=== arrival ===
Son las once y media de la noche en la comisaría de Puerto Aurora. Afuera llueve sobre la carretera que sube a las zonas mineras. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
Se abre la puerta. # speaker:narrator # sfx:door
El suboficial Ramos entra con una adolescente de chompa demasiado grande y sandalias mojadas. Aprieta contra el pecho una bolsa de plástico. # speaker:narrator # mood:withdrawn
—Colega, te la dejo. Operativo en el bar La Palmera, en Quebrada Honda. Tenía este DNI: diecinueve años. # speaker:colleague_m # sfx:paper
—Yo le calculo quince, dieciséis a lo mucho. La dueña dice que es mesera y que le debe el pasaje desde su pueblo, que por eso trabaja. # speaker:colleague_m # event:exploitation_sign
Le preguntas su nombre. # speaker:narrator
—Yesenia. Diecinueve. Mesera. # speaker:yesenia # mood:withdrawn
Le preguntas si está bien. Asiente a todo, sin levantar la vista. # speaker:narrator # mood:anxious
—Castellano entiende poquito, colega. Habla asháninka; es de una comunidad de la selva central. # speaker:colleague_m # event:language_barrier
Por la ventana se ve una mototaxi estacionada frente a la puerta. El hombre que la maneja llegó detrás del patrullero y no se ha ido. # speaker:narrator
—El DNI no es de ella, seguro. ¿Qué hacemos? ¿La paso a la carceleta por falsedad mientras verificamos en RENIEC? # speaker:colleague_m
+ [«Nada de carceleta. Mientras no se pruebe lo contrario, es menor de edad y la tratamos como víctima. La atendemos ya.» #do:treat_as_victim #do:attend_immediately]
    —Nada de carceleta. Para nosotros es menor de edad hasta que se pruebe lo contrario, y aquí viene como víctima. La atendemos ahorita. # speaker:officer
    —Como digas. Yo igual dejo constancia del DNI en el acta del operativo. # speaker:colleague_m
    -> interpreter
+ [«Si el DNI dice diecinueve, es mayor. Levanta el acta por falsedad documental y que pase a la carceleta.» #do:treat_as_offender]
    -> booked
+ [«Primero hay que saber quién es. Que espere en la banca del pasillo mientras verificamos en RENIEC.» #do:place_child_near_detainees]
    -> reniec
+ [«Si tiene DNI de mayor y dice que trabaja porque quiere, no es caso nuestro. Que se vaya y que no vuelva a usar ese documento.» #do:defer_or_redirect #do:let_leave_unchecked]
    -> let_go

=== reniec ===
La banca del pasillo queda frente a la carceleta. Un detenido golpea la reja y le grita algo. Yesenia se encoge y se tapa los oídos. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
Veinte minutos después vuelve Ramos con el teléfono en la mano. # speaker:narrator # sfx:footsteps
—RENIEC dice que ese número es de una mujer de diecinueve años, de otra región. La foto no es ella. Le han dado un documento ajeno. # speaker:colleague_m
+ [«Entonces es una menor con un documento que otros le dieron. Sácala de este pasillo: la atendemos como víctima.» #do:treat_as_victim #do:keep_child_in_safe_area]
    Ramos la lleva de vuelta al mostrador, lejos de la reja. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:anxious
    -> interpreter
+ [«Igual usó un DNI falso. Levanta el acta por falsedad documental.» #do:treat_as_offender]
    -> booked
+ [«Igual tiene que explicarnos de dónde sacó ese DNI. Que siga en la banca hasta que alguien venga por ella.» #do:demand_formalities]
    -> let_go

=== booked ===
Ramos escribe el acta. Yesenia firma donde le señalan, sin leer. Pasa la noche en la carceleta de mujeres, con la bolsa de plástico en el regazo. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:withdrawn
En la mañana llega un abogado que nadie llamó, junto con el hombre de la mototaxi. Pagan lo que hay que pagar. # speaker:narrator
—Tengo diecinueve. Soy mesera. # speaker:yesenia # mood:withdrawn
Nadie le pregunta nada más. Tres semanas después, en otro operativo, Ramos la vuelve a ver en La Palmera. Esta vez ella no lo mira. # speaker:narrator # ending:harmed_booked
-> END

=== let_go ===
Al rato, el hombre de la mototaxi entra a preguntar por ella. Nadie le pide nada. # speaker:narrator # scene:front_desk # ambient:night_shift
Yesenia sale a la lluvia detrás de él y sube a la mototaxi sin mirar atrás. # speaker:narrator # mood:withdrawn
La comisaría anota «intervenida, mayor de edad, se retiró». En La Palmera, la deuda del pasaje sigue creciendo. # speaker:narrator # ending:at_risk_back_to_bar
-> END

=== interpreter ===
Yesenia mira la puerta cada vez que alguien pasa. Le hablas despacio, pero solo repite «sí» y «mesera». # speaker:narrator # mood:anxious
—El de la mototaxi dice que es su primo, colega. Habla su idioma. ¿Lo hago pasar para que traduzca? Así avanzamos. # speaker:colleague_m
-> ask

= ask
+ [Pedir una intérprete de asháninka: llamar al registro de intérpretes del Ministerio de Cultura y, si no hay nadie cerca, coordinar una videollamada. #do:request_interpreter]
    Haces dos llamadas. Hay una intérprete inscrita que vive en el pueblo; la municipalidad puede traerla en cuarenta minutos. # speaker:narrator # sfx:phone
    -> waiting
+ [Hacer pasar al «primo» para que traduzca; así no se pierde tiempo. #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> cousin_interprets
* [Seguir en castellano, despacio: «A ver, hijita, ¿cuántos años tienes de verdad? ¿Quién te trajo al bar?» #do:ask_minimal_facts]
    —Diecinueve. Mesera. Sí. # speaker:yesenia # mood:withdrawn
    En el mostrador, dos personas que esperan para denunciar un robo se han quedado mirando. # speaker:narrator
    —No te entiende, colega. Dice que sí a todo. # speaker:colleague_m
    -> ask

= cousin_interprets
El hombre entra sacudiéndose la lluvia. Se inclina hacia Yesenia y le habla bajito, en su idioma. Ella baja la mirada. # speaker:narrator # mood:scared
—Dice que está bien, jefe. Que es mayor y que quiere volver a su trabajo. Yo me la llevo, no se preocupe. # speaker:cousin
La suboficial Huamán se asoma desde el fondo y te hace una seña: ese hombre es el que cobra la entrada en La Palmera. # speaker:narrator
+ [Sacarlo de la comisaría sin que vuelva a acercarse a ella, y pedir una intérprete de verdad. #do:separate_from_suspect #do:request_interpreter]
    Ramos lo acompaña hasta la puerta. Llamas al registro de intérpretes: hay una en el pueblo, llegará en cuarenta minutos. # speaker:narrator # sfx:door
    Yesenia tiembla. Ya no levanta la cabeza. # speaker:narrator # mood:withdrawn
    -> waiting
+ [Dejar que se la lleve: dice que es su primo y ella misma quiere irse. #do:release_to_unverified_adult]
    -> with_cousin

=== waiting ===
-> check ->
Mientras tanto, entra un patrullero con un detenido borracho que grita en el mostrador. Hay que atenderlo. # speaker:narrator # sfx:footsteps
-> choose

= choose
+ [Llevar a Yesenia a la sala de atención, lejos del mostrador y de la carceleta, con la suboficial Huamán. #do:move_to_private_room #do:keep_child_in_safe_area]
    -> needs
* [Que espere en la banca del pasillo, junto a la carceleta; ahí hay sitio y la tenemos a la vista. #do:place_child_near_detainees]
    La banca queda frente a la reja. El detenido borracho le grita algo. Yesenia se encoge contra la pared. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    —Colega, esta chica no puede estar aquí, frente a la reja. # speaker:colleague_f
    -> choose
+ [Dejarla sola en la oficina del fondo mientras atiendes al detenido. #do:leave_child_unsupervised]
    Atender al detenido te toma media hora. Cuando vuelves a la oficina, está vacía. # speaker:narrator # scene:office # sfx:door
    -> ran_away

=== ran_away ===
La ventanita del baño está abierta. Afuera, la mototaxi ya no está. # speaker:narrator # ending:at_risk_ran_away
-> END

=== breakdown ===
Yesenia se encoge y deja de responder, a ti y a todos. # speaker:narrator # mood:withdrawn
Al rato pide, con gestos, ir al baño. Huamán la acompaña hasta la puerta y espera afuera. Cuando toca, nadie contesta. # speaker:narrator # sfx:door
-> ran_away

=== check ===
{ distress >= 10:
    -> breakdown
}
->->

=== needs ===
-> check ->
La sala de atención tiene una mesa baja, cojines y dibujos pegados en la pared. Huamán cierra la puerta. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door
Con la luz ves que Yesenia tiembla. Tose, tiene los labios partidos y se agarra el estómago. # speaker:narrator # mood:anxious # event:urgent_need
—Mientras llega la intérprete, ¿avanzamos el acta con los datos del DNI? # speaker:colleague_m
+ [Lo urgente primero: dejar una frazada a su lado para que ella decida, pedir algo caliente de comer y preguntarle con gestos si le duele algo. #do:check_urgent_needs #do:ask_before_touch]
    Dejas la frazada en el cojín de al lado. Ella la mira, te mira, y se la pone sola sobre los hombros. # speaker:narrator # mood:anxious
    Huamán trae un caldo y pan. Yesenia come rápido, sin hablar. Cuando le señalas la frente, asiente: le duele la cabeza y tiene la garganta caliente. # speaker:narrator # mood:calm
+ [Ponerle tú mismo la frazada sobre los hombros y frotarle los brazos para que entre en calor; después, algo caliente de comer. #do:check_urgent_needs #do:touch_without_consent]
    Al sentir tus manos, Yesenia se aparta de golpe y se pega a la pared. La frazada cae al piso. # speaker:narrator # mood:scared
    Huamán la recoge y la deja sobre el cojín. Después de un rato, Yesenia se la pone sola y acepta el caldo. # speaker:narrator
+ [Avanzar el acta de intervención con los datos del DNI; la comida puede esperar. #do:paperwork_first]
    Llenas casillas: nombre, número de DNI, «ocupación: mesera». Yesenia tose cada vez más fuerte y se dobla sobre el estómago. # speaker:narrator # mood:withdrawn
- -> officer_choice

=== officer_choice ===
-> check ->
Llega la intérprete, una señora menuda con el pelo todavía mojado. Se sienta frente a Yesenia, no a su lado. # speaker:narrator # sfx:door # phase:communication
—Buenas noches. Soy intérprete de asháninka. Traduzco lo que ella dice y lo que ustedes dicen; nada más, nada menos. # speaker:interpreter_ashaninka
Al oír su idioma, Yesenia levanta la vista por primera vez. Dice algo bajito, mirando a Ramos y luego a Huamán. # speaker:narrator # mood:anxious
—Dice que quiere hablar con una señorita. Que con hombres, no. # speaker:interpreter_ashaninka # event:child_requests_other_officer
+ [Preguntarle si prefiere que la atienda la suboficial Huamán y quién quiere que se quede en la sala; Ramos sale. #do:offer_officer_choice #do:ask_child_who_stays]
    —Yesenia, ¿quieres que te atienda la suboficial Huamán? Tú dices quién se queda aquí contigo. # speaker:officer
    Yesenia mira a Huamán y asiente. Ramos sale sin hacer ruido. Luego ella dice algo más. # speaker:narrator # sfx:door # mood:calm
    —Dice que usted puede quedarse, si la señorita se queda. # speaker:interpreter_ashaninka
+ [«Ahorita no hay otra señorita libre; Huamán tiene que volver al mostrador. Seguimos nosotros nomás.» #do:ignore_officer_preference]
    Huamán sale al mostrador. Yesenia la sigue con la mirada hasta que la puerta se cierra. # speaker:narrator # sfx:door # mood:withdrawn
+ [«Ramos se queda: él hizo la intervención y tiene que estar en la entrevista.» #do:ignore_officer_preference #do:insist_adult_stays]
    Ramos se sienta junto a la puerta. Yesenia se corre hasta el borde del cojín, lo más lejos posible de él. # speaker:narrator # mood:withdrawn
- -> ground_rules

=== ground_rules ===
-> check ->
+ [Presentarte con palabras sencillas, con la intérprete: quién eres, que aquí nadie la va a castigar ni a encerrar, que puede no contestar, decir «no sé» o pedir parar. #do:introduce_self_simply #do:explain_child_can_stop #do:let_child_decide]
    —Soy policía de esta comisaría; mi nombre está aquí, en mi placa. Mi trabajo es cuidar que estés segura. Aquí nadie te va a castigar ni encerrar. Si no quieres contestar algo, no contestas. Si no sabes, dices «no sé». Si quieres parar, paramos. # speaker:officer
+ [«Señorita, usted ha sido intervenida en un operativo por presunta falsedad documental, y se le hace saber que...» #do:use_jargon]
    —Señorita, usted ha sido intervenida en un operativo por presunta falsedad documental... # speaker:officer
    La intérprete se detiene, busca palabras, y al final traduce algo más corto. Yesenia solo reconoce «policía» y «documento». # speaker:narrator # mood:scared
+ [«Si nos dices la verdad sobre tu edad, no te denunciamos por el DNI falso. Depende de ti.» #do:pressure_or_bargain #do:threaten_with_charge]
    —Si nos dices la verdad sobre tu edad, no te denunciamos por el DNI. Depende de ti. # speaker:officer
    Yesenia aprieta la bolsa de plástico contra el pecho. # speaker:narrator # mood:scared
- La intérprete termina de traducir. # speaker:narrator
{
- trust >= 5:
    Yesenia suelta un poco la bolsa. Se acomoda la frazada. # speaker:narrator # mood:calm
- else:
    Yesenia no responde. Mira la puerta. # speaker:narrator # mood:withdrawn
}
-> first_question

=== first_question ===
-> check ->
—Dice que trabaja de mesera. Que tiene que volver; la señora se va a molestar si no vuelve. # speaker:interpreter_ashaninka # phase:disclosure
+ [Invitarla a contar lo que ella quiera: «Cuéntame cómo llegaste a trabajar a ese lugar.» #do:ask_open_question]
    —Cuéntame cómo llegaste a trabajar a ese lugar. Lo que tú quieras contar. # speaker:officer
+ [«¿Por qué te metiste a trabajar a un bar, tan chiquita? ¿No sabías lo que pasa en esos sitios?» #do:ask_why_or_blame]
    —¿Por qué te metiste a trabajar a un bar, tan chiquita? # speaker:officer
    Yesenia baja la cabeza. # speaker:narrator # mood:withdrawn
+ [«La señora te obligaba, ¿no? Y te quitó tus papeles, ¿verdad?» #do:ask_leading_question]
    —La señora te obligaba, ¿no? ¿Te quitó tus papeles? # speaker:officer
    —Dice que sí. # speaker:interpreter_ashaninka
    La intérprete te mira: a todo lo que se le pregunta así, Yesenia dice que sí. # speaker:narrator # mood:anxious
-
{
- trust >= 5:
    ~ disclosed = true
    Yesenia habla un rato largo, en voz baja. La intérprete espera a que termine. # speaker:narrator # mood:anxious
    —Dice que una señora llegó a su comunidad buscando chicas para cocinar en un restaurante de la ciudad, y que pagaba el pasaje. Que aquí no era restaurante. Que tiene quince años. Que la señora guarda su DNI de verdad y le dio ese otro. # speaker:interpreter_ashaninka # event:disclosure_started
- else:
    —Dice que tiene diecinueve. Que es mesera. Que está bien. # speaker:interpreter_ashaninka # mood:withdrawn
    La intérprete añade, por su cuenta, que lo repite como aprendido. # speaker:narrator
}
-> minimal_facts

=== minimal_facts ===
-> check ->
+ [Preguntar solo lo necesario para protegerla: si puede salir cuando quiere, quién tiene su DNI, si le pagan, si hay otras chicas de su edad allá y si alguien de allá sabe que está aquí. #do:ask_minimal_facts #do:screen_for_exploitation]
    Haces las preguntas de una en una, esperando cada traducción. # speaker:narrator
    {
    - trust >= 5:
        —Dice que no la dejan salir sola. Que no le pagan: todo va a la deuda. Que hay dos chicas más, de su edad. Que el de la mototaxi es el que las cuida para que no se vayan. # speaker:interpreter_ashaninka # mood:anxious
    - else:
        —Dice que no sabe. Solo dice que hay otras chicas. # speaker:interpreter_ashaninka # mood:withdrawn
    }
    -> self_blame
+ [Pedirle que cuente todo lo que pasaba en el bar: con quiénes estaba, cuántas veces y qué le hacían hacer cada noche. #do:ask_for_details]
    -> asks_to_stop
+ [«¿Tú aceptaste ese trabajo por tu voluntad, sí o no?» #do:ask_option_question #do:ask_why_or_blame]
    —Dice que sí. Que ella aceptó. # speaker:interpreter_ashaninka # mood:withdrawn
    La intérprete agrega en voz baja que lo dice como si fuera su culpa. # speaker:narrator
    -> self_blame

= asks_to_stop
La intérprete traduce la pregunta despacio. Yesenia se queda quieta, con los ojos fijos en la mesa. Luego se tapa la cara. # speaker:narrator # mood:crying
—Dice que ya no quiere hablar. # speaker:interpreter_ashaninka # event:child_asks_to_stop
+ [Parar: «Está bien. No tienes que contar nada más.» Ofrecerle agua y esperar en silencio. #do:pause_for_child]
    Huamán le alcanza un vaso de agua. Nadie habla por un rato. Yesenia se seca la cara con la manga. # speaker:narrator # mood:withdrawn
    -> self_blame
+ [«Un poquito más y terminamos; necesito saber todo para el parte.» #do:press_child_to_continue]
    La intérprete traduce. Yesenia no contesta. Se abraza las rodillas. # speaker:narrator # mood:withdrawn
    -> breakdown

=== self_blame ===
-> check ->
{
- trust >= 5:
    —Dice que es su culpa. Que ella quiso venir. Que debe la plata del pasaje, y que la señora dijo que si se va, le cobra a su familia. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
- else:
    —Dice que debe plata. Que tiene que volver a pagar. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
}
+ [Decirle que no es su culpa y que no le debe nada a nadie; agradecerle; y explicarle que no tiene que contar más hoy: una sola persona preparada la escuchará una vez, con la intérprete. #do:counter_self_blame #do:express_belief #do:defer_account_to_single_interview]
    —Gracias por decirme. Nada de esto es tu culpa. Tú no le debes nada a nadie; esa deuda no existe. Hoy no tienes que contar más. Otro día, una sola persona que sabe escuchar te va a preguntar, una sola vez, con una intérprete a tu lado. # speaker:officer
    La intérprete traduce. Yesenia te mira un largo rato. Luego asiente. # speaker:narrator # mood:relieved
+ [«Bueno, si aceptaste venir, algo de responsabilidad tienes tú también. Pero te vamos a ayudar.» #do:ask_why_or_blame]
    La intérprete duda antes de traducir. Yesenia escucha y se queda callada. # speaker:narrator # mood:withdrawn
+ [«¿Segura que no viniste por la plata? A veces las chicas dicen eso después, cuando las intervienen.» #do:express_doubt_or_shock]
    La intérprete traduce. Yesenia aprieta los labios y mira al piso. # speaker:narrator # mood:angry
- -> commander

=== commander ===
-> check ->
Suena tu celular. Es el comisario. Son casi la una de la mañana. # speaker:narrator # sfx:phone # phase:referral
—¿Ya tienen a la chica del operativo? Tómele la manifestación esta noche, con la intérprete, que mañana temprano quiero el parte completo. Y que le cuente a Ramos lo mismo, para el acta. # speaker:commander
+ [Explicarle que no se le tomará manifestación: registrarás la denuncia, llamarás ya a la fiscalía especializada en trata y a la Fiscalía de Familia, avisarás a la unidad contra la trata, y la fiscalía fijará una sola declaración en Cámara Gesell. #do:register_report #do:notify_criminal_prosecutor #do:notify_family_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    ~ notified = true
    —Comisario, es una adolescente víctima de trata. No le tomamos manifestación: aviso ahora a las dos fiscalías y a la unidad especializada, y la fiscalía fija una sola declaración en Cámara Gesell, con intérprete. Lo que ya sabemos va al parte, con sus palabras. # speaker:officer
    —Ya. Proceda. Pero quiero todo por escrito. # speaker:commander
    La fiscal de trata contesta al segundo timbrazo. Dispone que la unidad especializada vaya a La Palmera por las otras dos chicas. La fiscal de familia toma nota. Anotas la hora de cada llamada. # speaker:narrator # scene:office # sfx:phone
+ [Registrar la ocurrencia, mandar el oficio a la fiscalía mañana temprano, y programar su manifestación aquí para mañana a las nueve, con la intérprete. #do:register_report #do:schedule_station_statement]
    —Mañana a las nueve le tomamos la manifestación aquí, comisario, y de ahí mandamos el oficio. # speaker:officer
    Cuando la intérprete le explica que mañana tendrá que contarlo todo otra vez, aquí, Yesenia se cubre la cara con la frazada. En La Palmera, las otras chicas siguen trabajando esta noche. # speaker:narrator # mood:withdrawn
+ [Hacer pasar a Ramos para que Yesenia le cuente otra vez lo que te dijo, así él redacta el acta, y avisar a la Fiscalía de Familia. #do:ask_child_to_repeat #do:register_report #do:notify_family_prosecutor]
    Ramos entra con el cuaderno. La intérprete traduce la pregunta. Yesenia dice dos palabras y se calla. # speaker:narrator # mood:withdrawn
    -> breakdown
- -> media

=== media ===
-> check ->
Se abre la puerta de la comisaría. Entra un hombre con el celular en la mano, ya grabando. # speaker:narrator # scene:front_desk # sfx:door
—Buenas noches, jefe. Radio Amanecer. Me dijeron que rescataron a una menor en La Palmera. ¿Una fotito del rescate? Sin nombre, nomás. # speaker:reporter
—El comisario también quiere una foto para el Facebook de la comisaría, colega: «PNP rescata a menor». Con la cara pixeleada. # speaker:colleague_m # event:media_present
+ [Ninguna foto ni entrevista: cerrar la puerta de la sala, mantener a Yesenia fuera de la vista y decir que no se dará ningún dato de la menor. #do:protect_identity]
    —No hay fotos ni declaraciones sobre la menor. Ni aquí ni en la página. # speaker:officer
    El reportero guarda el celular, de mala gana. Huamán cierra la puerta de la sala con llave. # speaker:narrator # sfx:door
    -> cousin
+ [Una foto de espaldas para la página de la comisaría, con la cara tapada; así nadie la reconoce. #do:expose_identity]
    Ramos saca la foto en el pasillo: de espaldas, con la chompa grande y la bolsa de plástico. El reportero aprovecha y saca la suya. # speaker:narrator # mood:scared
    -> exposed_photo
+ [Dejar que el reportero la vea un momento desde la puerta, sin decir su nombre; es bueno que se sepa lo de La Palmera. #do:expose_identity]
    El reportero se asoma a la sala y graba unos segundos. Yesenia se tapa la cara con la frazada, demasiado tarde. # speaker:narrator # mood:scared
    -> exposed_photo

=== exposed_photo ===
Esa misma noche, la UPE recibe a Yesenia en un centro de acogida. # speaker:narrator # scene:waiting_area
Al día siguiente, la imagen circula en los grupos de Quebrada Honda: la chompa grande, la bolsa de plástico. En La Palmera la reconocen. Alguien llama a su comunidad. # speaker:narrator # mood:anxious
Cuando llega el día de la Cámara Gesell, Yesenia dice que se equivocó, que tiene diecinueve y que quiere volver a su trabajo. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== cousin ===
-> check ->
Vuelves a la sala. Al rato, pasos fuertes en el mostrador y una voz de hombre, alta. # speaker:narrator # scene:private_room # sfx:footsteps # phase:protection
—¡Vengo por mi prima! ¡Yesenia! Su mamá me ha mandado a recogerla. # speaker:cousin # event:suspect_arrives
En la sala, Yesenia reconoce la voz. Se queda inmóvil. # speaker:narrator # mood:scared
+ [Que no la vea ni la oiga: Huamán y la intérprete se quedan con ella con la puerta cerrada; tú atiendes al hombre en el mostrador, le pides su DNI y anotas sus datos para la fiscalía. #do:separate_from_suspect #do:verify_carer_identity]
    —Señor, la menor está bajo protección y la fiscalía está al tanto. Muéstreme su DNI, por favor. # speaker:officer # scene:front_desk
    El hombre muestra su DNI. No tiene ningún papel que diga que es familia. Anotas sus datos. Deja de insistir. # speaker:narrator
    —Ella es mayor, jefe. Ustedes sabrán. # speaker:cousin # event:suspect_leaves
    Lo ves volver a la mototaxi. No se va. # speaker:narrator
    -> protection
+ [Dejarlo pasar un momento a la sala: si es su familia, la va a tranquilizar. #do:allow_contact_with_suspect]
    El hombre entra a la sala y le habla a Yesenia en su idioma, rápido y bajito. Ella se pone de pie como si le hubieran dado una orden. # speaker:narrator # mood:scared
    —Le ha dicho que la señora la está esperando, y que si ella habla, su familia paga. # speaker:interpreter_ashaninka
    Huamán lo saca de la sala. Yesenia se queda de pie, temblando. # speaker:narrator # sfx:door # event:suspect_leaves
    -> protection
+ [Entregársela: muestra su DNI, dice que es su primo y que la llevará con su mamá. #do:release_to_unverified_adult]
    -> with_cousin

=== with_cousin ===
Yesenia sale detrás del hombre, con la bolsa de plástico en la mano. # speaker:narrator # scene:front_desk # mood:withdrawn
La mototaxi no toma la carretera hacia su comunidad. Toma la de Quebrada Honda. # speaker:narrator # ending:at_risk_with_cousin
-> END

=== protection ===
-> check ->
—Tiene fiebre, colega. ¿Y dónde duerme hoy? Su comunidad está a doce horas, y no sabemos quién de allá sabía de la señora. # speaker:colleague_f # scene:private_room # ambient:quiet_room
+ [Llevarla esta noche al centro de salud con Huamán y llamar a la UPE para que la reciba en un lugar seguro; a la familia la contactarán la UPE y la fiscalía, con cuidado. #do:assess_risk #do:arrange_medical_care #do:contact_child_protection]
    Llamas a la Unidad de Protección Especial. La funcionaria de turno pregunta lo necesario y promete llegar en una hora. En el centro de salud la atenderán sin pedirle papeles. # speaker:narrator # sfx:phone
+ [Llamar a la comunidad para que su familia venga a recogerla o mande a alguien; con la familia está mejor. #do:send_home_unassessed]
    El teléfono de la comunidad lo contesta un vecino. Al rato, el que vuelve a llamar es el hombre de la mototaxi: «Ya hablé con la familia, jefe». # speaker:narrator # sfx:phone
    Horas después, la fiscal de turno se entera y pide que la UPE la reciba. # speaker:narrator
+ [Llevarla ahorita a Medicina Legal para el examen: en estos casos es obligatorio. #do:force_forensic_exam]
    Cuando la intérprete le dice «examen» y «obligatorio», Yesenia se abraza a sí misma y niega con la cabeza una y otra vez. # speaker:narrator # mood:scared
    Huamán decide llevarla primero al centro de salud por la fiebre. Horas después, la fiscal de turno pide que la UPE la reciba. # speaker:narrator
- -> closing

=== closing ===
-> check ->
Yesenia espera con la frazada sobre los hombros. Te mira. # speaker:narrator # phase:closure
+ [Explicarle con la intérprete lo que viene: el centro de salud, dónde dormirá, que una sola persona la escuchará una vez, que nadie la va a denunciar; darle el Chat 100 y la Línea 100, contarle que el CEM la acompañará, y agradecerle. #do:explain_next_steps #do:refer_to_cem]
    —Ahora vamos al centro de salud, por la fiebre. Después dormirás en un lugar seguro, con personas que cuidan a chicas como tú. Nadie te va a denunciar. Un día, una sola persona te va a escuchar, con una intérprete. Este número es el Chat 100: ahí te contestan siempre. Y las del CEM te van a acompañar. Gracias por confiar en nosotros. # speaker:officer
    {
    - trust >= 5:
        Yesenia dobla el papel con el número y lo guarda en la bolsa de plástico. Le dice algo a la intérprete. # speaker:narrator # mood:relieved
        —Dice gracias. Que no sabía que existía un número así. # speaker:interpreter_ashaninka
    - else:
        Yesenia guarda el papel sin mirarlo. # speaker:narrator # mood:withdrawn
    }
+ [«Ya está, hija. Ahora te vas con ellos.» #do:end_abruptly]
    La intérprete traduce. Yesenia no pregunta adónde. # speaker:narrator # mood:withdrawn
+ [Prometerle que la señora irá presa y que nunca más volverá a ver a ese hombre. #do:promise_outcome #do:explain_next_steps]
    —Vas a ir a un lugar seguro. Y te prometo que la señora va a ir presa y que ese hombre nunca más se te va a acercar. # speaker:officer
    La intérprete traduce. Yesenia mira hacia la ventana, hacia la mototaxi. No dice nada. # speaker:narrator # mood:anxious
- -> departure

=== departure ===
-> check ->
Más tarde llega la funcionaria de la UPE, con una credencial colgada al cuello y el oficio de la fiscalía en una carpeta. # speaker:narrator # scene:front_desk # sfx:door
—El de la mototaxi sigue afuera, colega. Y ahora dice que trae una carta de la mamá autorizándolo a llevársela. # speaker:colleague_f
+ [Revisar la credencial de la funcionaria y el oficio, confirmar adónde la llevan, y que salgan por la puerta de atrás en el patrullero, con Huamán, lejos de la mototaxi. #do:verify_carer_identity #do:release_to_safe_carer #do:confirm_safe_departure]
    Revisas la credencial y el oficio. Anotas la dirección del centro de acogida. Huamán acerca el patrullero a la puerta de atrás. # speaker:narrator # sfx:door
    -> final
+ [Que salgan nomás por la puerta principal; la UPE sabe lo que hace. #do:release_to_safe_carer #do:let_leave_unchecked]
    -> followed
+ [Entregársela al «primo»: trae una carta de la mamá, y la familia es la que decide. #do:release_to_unverified_adult]
    -> with_cousin

=== followed ===
Yesenia sale por la puerta principal con la funcionaria de la UPE. Al pasar junto a la mototaxi, el hombre la mira fijo. Ella se detiene un segundo. # speaker:narrator # mood:scared
La mototaxi sigue al auto de la UPE hasta el centro de acogida. Dos días después, Yesenia ya no está en su cama. # speaker:narrator # ending:at_risk_followed
-> END

=== final ===
{ not disclosed || trust < 5:
    -> silenced
}
-> safe

=== silenced ===
Yesenia llega al centro de acogida esa noche, con fiebre. # speaker:narrator # scene:waiting_area # mood:withdrawn
En la Cámara Gesell no dice casi nada: que tiene diecinueve, que es mesera. La fiscal no tiene otra declaración. Una semana después, Yesenia se va del centro de acogida sin avisar. # speaker:narrator # ending:at_risk_silenced
-> END

=== safe ===
Yesenia llega al centro de acogida esa noche. En el centro de salud le bajan la fiebre. # speaker:narrator # scene:waiting_area # mood:calm
{
- notified:
    La unidad especializada saca a las otras dos chicas de La Palmera antes del amanecer. La dueña y el hombre de la mototaxi quedan detenidos. # speaker:narrator
- else:
    Cuando la fiscalía de trata recibe el caso y la unidad especializada llega a La Palmera, las otras dos chicas ya no están. # speaker:narrator
}
Semanas después, en la Cámara Gesell, Yesenia habla una sola vez, con una intérprete a su lado. La UPE y la fiscalía buscan con cuidado a su familia. Una psicóloga del CEM la visita cada semana. # speaker:narrator # mood:relieved # ending:protected_upe
-> END
