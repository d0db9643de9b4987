# case: trafficking_15
# title: Yesenia, el DNI que no es suyo
# summary: Llega tras un operativo en un bar cerca de una zona minera, con un DNI que dice que tiene 19 años.
# persona: yesenia
# age: 15
# type: trafficking
# requires: treat_as_victim, request_interpreter, offer_officer_choice, register_report, notify_criminal_prosecutor, notify_family_prosecutor, inform_criminal_prosecutor_flagrancy, arrange_single_interview, arrange_medical_care, contact_child_protection, refer_to_victim_assistance, release_to_safe_carer, confirm_safe_departure
# key: REC-03, ENV-03, ENV-04, ENV-05, COM-02, COM-05, DIS-01, DIS-02, DIS-04, PRO-02, PRO-04, PRO-07, REF-02, REF-03, REF-05, DOC-02, CLO-03
# trust: 1
# distress: 4
# content_note: Una adolescente de quince años llega de noche tras un operativo en un bar cerca de una zona minera, con un DNI que no es suyo, señales de trata y un hombre que dice ser su primo. La explotación se insinúa, nunca se describe.
# lang: es

VAR trust = 1
VAR distress = 4
VAR distress_streak = 0
VAR disclosed = false
VAR arrested = false
VAR exposed = false

-> arrival

=== arrival ===
Son las once y media de la noche en la comisaría de Puerto Aurora. Afuera llueve sobre la carretera que sube a las zonas mineras. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
Se abre la puerta. # speaker:narrator # sfx:door
El suboficial Ramos entra con una adolescente de chompa demasiado grande y sandalias mojadas. Aprieta contra el pecho una bolsa de plástico. # speaker:narrator # mood:withdrawn # arrives:colleague_m
—Colega, te la dejo. Operativo en el bar La Palmera, en Quebrada Honda. Tenía este DNI: diecinueve años. # speaker:colleague_m # sfx:paper
—Yo le calculo quince, dieciséis a lo mucho. La dueña dice que es mesera y que le debe el pasaje desde su pueblo, que por eso trabaja. # speaker:colleague_m # event:exploitation_sign
Le preguntas su nombre. # speaker:narrator
—Yesenia. Diecinueve. Mesera. # speaker:yesenia # mood:withdrawn
Le preguntas si está bien. Asiente a todo, sin levantar la vista. # speaker:narrator # mood:anxious
—Castellano entiende poquito, colega. Habla asháninka; es de una comunidad de la selva central. # speaker:colleague_m # event:language_barrier
Por la ventana se ve una mototaxi estacionada frente a la puerta. El hombre que la maneja llegó detrás del patrullero y no se ha ido. # speaker:narrator
—El DNI no es de ella, seguro. ¿Qué hacemos? ¿La paso a la carceleta por falsedad mientras verificamos en RENIEC? # speaker:colleague_m
+ [«Nada de carceleta: mientras no se pruebe lo contrario, es menor y es víctima. Llévala ahorita a la sala de atención.» #do:treat_as_victim #do:move_to_private_room]
    —Nada de carceleta. Para nosotros es menor de edad hasta que se pruebe lo contrario, y aquí viene como víctima. # speaker:officer
    —Como digas. Yo igual dejo constancia del DNI en el acta del operativo. # speaker:colleague_m
    -> interpreter
+ [«Levanta el acta por falsedad, da cuenta a la Fiscalía Penal y que pase a la carceleta mientras consultamos en RENIEC.» #do:treat_as_offender #do:notify_criminal_prosecutor]
    -> booked
+ [Dejarla en la banca del pasillo mientras se consulta en RENIEC: primero hay que saber quién es, colega. #do:place_child_near_detainees]
    -> reniec
+ [«Si el DNI dice diecinueve y ella dice que trabaja porque quiere, es mayor de edad. Que firme y que se retire.» #do:defer_or_redirect #do:let_leave_unchecked]
    -> let_go

=== reniec ===
La banca del pasillo queda frente a la carceleta. Un detenido golpea la reja y le grita algo. Yesenia se encoge y se tapa los oídos. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
Veinte minutos después vuelve Ramos con el teléfono en la mano. # speaker:narrator # sfx:footsteps # arrives:colleague_m
—RENIEC dice que ese número es de una mujer de diecinueve años, de otra región. La foto no es ella. Le han dado un documento ajeno. # speaker:colleague_m
+ [«Entonces es menor, con un documento que otros le dieron. Sácala de este pasillo y llévala a la sala de atención.» #do:treat_as_victim #do:move_to_private_room]
    Ramos la lleva a la sala de atención, lejos de la reja. # speaker:narrator # mood:anxious # arrives:colleague_m
    -> interpreter
+ [«Igual usó un DNI ajeno, colega. Levanta el acta por falsedad documental y que la Fiscalía Penal decida mañana temprano.» #do:treat_as_offender]
    -> booked
+ [Pedirle que explique de dónde sacó ese DNI y que firme un compromiso de no volver a usarlo; después, que se retire. #do:demand_formalities #do:let_leave_unchecked]
    -> let_go

=== booked ===
Ramos empieza a escribir el acta por falsedad. Yesenia firma donde le señalan, sin leer, y Ramos la lleva hacia la carceleta de mujeres. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:withdrawn # arrives:colleague_m
La suboficial Huamán lee el parte del operativo y te alcanza en el pasillo. # speaker:narrator # sfx:footsteps # arrives:colleague_f
—Colega, bar al lado de la mina, deuda del pasaje, DNI ajeno, una chica que no habla castellano. Esto es trata. ¿Seguro que la metemos a la carceleta? # speaker:colleague_f
+ [«Tienes razón, colega. Sácala de ahí: es menor y es víctima, no detenida. Llévala a la sala de atención.» #do:treat_as_victim #do:move_to_private_room]
    Huamán abre la reja y lleva a Yesenia a la sala de atención. # speaker:narrator # mood:scared # arrives:colleague_f
    -> interpreter
+ [Sacarla a la sala, pero que sepa que si sigue mintiendo con su edad, el acta por falsedad se queda y va a la Fiscalía. #do:threaten_with_charge #do:move_to_private_room]
    Huamán lleva a Yesenia a la sala de atención. Lo que le vas a decir ya está decidido. # speaker:narrator # mood:scared # arrives:colleague_f
    -> interpreter
+ [«El acta ya está firmada, colega. Que pase la noche ahí y mañana la Fiscalía ve si es trata o si no lo es.» #do:treat_as_offender]
    -> booked_end

=== booked_end ===
Yesenia pasa la noche en la carceleta de mujeres, con la bolsa de plástico en el regazo. # speaker:narrator # mood:withdrawn
En la mañana llega un abogado que nadie llamó, junto con el hombre de la mototaxi. Pagan lo que hay que pagar. # speaker:narrator
—Tengo diecinueve. Soy mesera. # speaker:yesenia # mood:withdrawn
Nadie le pregunta nada más. Tres semanas después, en otro operativo, Ramos la vuelve a ver en La Palmera. Esta vez ella no lo mira. # speaker:narrator # ending:harmed_booked # arrives:colleague_m
-> END

=== let_go ===
Yesenia firma un papel que no puede leer. Al rato, el hombre de la mototaxi entra a preguntar por ella. Nadie le pide nada. # speaker:narrator # scene:front_desk # ambient:night_shift
Yesenia sale a la lluvia detrás de él y sube a la mototaxi sin mirar atrás. # speaker:narrator # mood:withdrawn
La comisaría anota «intervenida, mayor de edad, se retiró». En La Palmera, la deuda del pasaje sigue creciendo. # speaker:narrator # ending:at_risk_back_to_bar
-> END

=== check ===
{ distress_streak >= 2:
    -> breakdown
}
->->

=== breakdown ===
Yesenia se encoge y deja de responder, a ti y a todos. Ni la intérprete consigue que levante la cabeza. # speaker:narrator # mood:withdrawn
Al rato pide, con gestos, ir al baño. Huamán la acompaña hasta la puerta y espera afuera. Cuando toca, nadie contesta. # speaker:narrator # sfx:door # arrives:colleague_f
La ventanita del baño está abierta. Afuera, la mototaxi ya no está. # speaker:narrator # ending:at_risk_ran_away
-> END

=== interpreter ===
La sala de atención tiene una mesa baja, cojines y dibujos pegados en la pared. Yesenia mira la puerta cada vez que alguien pasa. Le hablas despacio, pero solo repite «sí» y «mesera». Tose y se agarra el estómago. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication # event:urgent_need
—El de la mototaxi dice que es su primo, colega. Habla su idioma. ¿Lo hago pasar para que traduzca? Así avanzamos. # speaker:colleague_m
-> ask

= ask
-> check ->
+ [Llamar al registro de intérpretes del Ministerio de Cultura y, mientras llega la del pueblo, dejarla descansar sin preguntas. #do:request_interpreter]
    Haces dos llamadas. Hay una intérprete inscrita que vive en el pueblo; la municipalidad puede traerla en cuarenta minutos. # speaker:narrator # sfx:phone
    -> needs
+ [«Consigue ahorita una intérprete por videollamada con el Ministerio de Cultura; hasta entonces, nadie le pregunta nada.» #do:request_interpreter]
    Ramos consigue a una intérprete por videollamada para lo urgente. La del pueblo llegará en cuarenta minutos. # speaker:narrator # sfx:phone # arrives:colleague_m
    -> needs
+ [«Que pase el primo, colega: habla su idioma, y con alguien de su familia al lado la chica se va a sentir más tranquila.» #do:use_interested_interpreter #do:allow_contact_with_suspect]
    -> cousin_interprets
* [Seguir en castellano, despacio y con gestos: «A ver, hijita, ¿cuántos años tienes de verdad? ¿Quién te trajo?» #do:ask_minimal_facts]
    —Diecinueve. Mesera. Sí. # speaker:yesenia # mood:withdrawn
    —No te entiende, colega. Dice que sí a todo. # speaker:colleague_m
    -> ask

= cousin_interprets
El hombre entra sacudiéndose la lluvia. Se inclina hacia Yesenia y le habla bajito, en su idioma. Ella baja la mirada. # speaker:narrator # mood:scared
—Dice que está bien, jefe. Que es mayor y que quiere volver a su trabajo. Yo me la llevo, no se preocupe. # speaker:cousin
La suboficial Huamán se asoma desde el fondo y te hace una seña: ese hombre es el que cobra la entrada en La Palmera. # speaker:narrator # arrives:colleague_f
+ [«Ramos, sácalo de la comisaría y que no vuelva a acercarse a ella; yo pido ahorita una intérprete de verdad.» #do:separate_from_suspect #do:request_interpreter]
    Ramos lo acompaña hasta la puerta. Llamas al registro de intérpretes: hay una en el pueblo, llegará en cuarenta minutos. # speaker:narrator # sfx:door # leaves:colleague_m
    Yesenia tiembla. Ya no levanta la cabeza. # speaker:narrator # mood:withdrawn
    -> needs
+ [«Que se quede con ella en la sala, jefe, mientras llega la intérprete del Ministerio de Cultura.» #do:request_interpreter #do:allow_contact_with_suspect]
    El hombre se sienta junto a Yesenia y le habla sin parar, bajito. Cuando llega la intérprete, Huamán lo hace salir. # speaker:narrator # mood:scared # arrives:colleague_f
    -> needs
+ [Dejar que se la lleve: dice que es su primo, muestra su DNI y ella misma dice que se quiere ir. #do:release_to_unverified_adult]
    -> with_cousin

=== needs ===
-> check ->
Con la luz de la sala ves mejor que Yesenia tiembla y tiene los labios partidos. # speaker:narrator # mood:anxious # phase:environment
—Mientras llega la intérprete, ¿avanzamos el parte con los datos del DNI? # speaker:colleague_m
+ [Lo urgente primero: un caldo, la frazada a su lado para que ella decida, y que la enfermera del centro de salud la vea. #do:check_urgent_needs #do:arrange_medical_care]
    Dejas la frazada en el cojín de al lado. Ella la mira, te mira, y se la pone sola sobre los hombros. Huamán trae un caldo y pan; Yesenia come rápido, sin hablar. # speaker:narrator # mood:anxious # arrives:colleague_f
    Al rato llega la enfermera de turno del centro de salud. Tiene fiebre y la garganta inflamada; le da un jarabe y dice que mañana la vean otra vez. # speaker:narrator # mood:calm
+ [Ponerle tú misma la frazada sobre los hombros y frotarle los brazos para que entre en calor, mamita; después, un caldito. #do:check_urgent_needs #do:touch_without_consent]
    Al sentir tus manos, Yesenia se aparta de golpe y se pega a la pared. La frazada cae al piso. # speaker:narrator # mood:scared
    Huamán la recoge y la deja sobre el cojín. Después de un rato, Yesenia se la pone sola y acepta el caldo. # speaker:narrator # arrives:colleague_f
+ [«Sí, avancemos el parte con los datos del DNI mientras llega la intérprete; la comida la pide Huamán después.» #do:paperwork_first]
    Llenas casillas: nombre, número de DNI, «ocupación: mesera». Yesenia tose cada vez más fuerte y se dobla sobre el estómago. # speaker:narrator # mood:withdrawn
- -> officer_choice

=== officer_choice ===
-> check ->
Llega la intérprete, una señora menuda con el pelo todavía mojado. Se sienta frente a Yesenia, no a su lado. # speaker:narrator # sfx:door
—Buenas noches. Soy intérprete de asháninka. Traduzco lo que ella dice y lo que ustedes dicen; nada más, nada menos. # speaker:interpreter_ashaninka
Al oír su idioma, Yesenia levanta la vista por primera vez. Dice algo bajito, mirando a Ramos y luego a Huamán. # speaker:narrator # mood:anxious # arrives:colleague_f,colleague_m
—Dice que quiere hablar con una señorita. Que con hombres, no. # speaker:interpreter_ashaninka # event:child_requests_other_officer
+ [«¿Quieres que te atienda la suboficial Huamán? Tú dices quién se queda aquí contigo.» Ramos sale de la sala. #do:offer_officer_choice #do:ask_child_who_stays]
    —Yesenia, ¿quieres que te atienda la suboficial Huamán? Tú dices quién se queda aquí contigo. # speaker:officer
    Yesenia mira a Huamán y asiente. Ramos sale sin hacer ruido. Luego ella dice algo más. # speaker:narrator # sfx:door # mood:calm # arrives:colleague_f # leaves:colleague_m
    —Dice que usted puede quedarse, si la señorita se queda. # speaker:interpreter_ashaninka
+ [Que Ramos se quede: él hizo la intervención en La Palmera y su firma tiene que ir en el parte de la entrevista. #do:ignore_officer_preference #do:insist_adult_stays]
    Ramos se sienta junto a la puerta. Yesenia se corre hasta el borde del cojín, lo más lejos posible de él. # speaker:narrator # mood:withdrawn # arrives:colleague_m
+ [Sentarte a su lado: «Tranquila, mamita, yo me quedo aquí contigo todo el rato; no te voy a dejar sola con nadie.» #do:ignore_officer_preference #do:insist_adult_stays]
    La intérprete traduce. Yesenia mira a Huamán, que se ha quedado de pie junto a la puerta, y no contesta. Ramos se queda en su silla. # speaker:narrator # mood:withdrawn # arrives:colleague_f,colleague_m
- -> ground_rules

=== ground_rules ===
-> check ->
La intérprete espera a que empieces. # speaker:narrator
+ [«Soy policía y mi nombre está aquí, en mi placa. Aquí nadie te va a castigar ni encerrar; tú decides qué cuentas, ¿ya?» #do:introduce_self_simply #do:let_child_decide]
    —Soy policía de esta comisaría; mi nombre está aquí, en mi placa. Mi trabajo es cuidar que estés segura. Aquí nadie te va a castigar ni encerrar. Tú decides qué cuentas y qué no. # speaker:officer
+ [Que la intérprete le explique en su idioma quién eres y que ella decide qué cuenta; luego, esperar a que pregunte. #do:introduce_self_simply #do:let_child_decide]
    La intérprete habla un buen rato con Yesenia, despacio. Yesenia pregunta algo; la intérprete te mira. # speaker:narrator
    —Pregunta si la van a encerrar. Le dije que usted me dijo que no, que aquí nadie la castiga. # speaker:interpreter_ashaninka
+ [«Señorita, usted ha sido intervenida por presunta falsedad documental; se le informa que puede declarar o guardar silencio.» #do:use_jargon]
    La intérprete se detiene, busca palabras, y al final traduce algo más corto. Yesenia solo reconoce «policía» y «documento». # speaker:narrator # mood:scared
+ [«Hagamos un trato, hijita: si nos dices tu edad de verdad, no te denunciamos por el DNI falso y no te pasa nada.» #do:pressure_or_bargain #do:threaten_with_charge]
    La intérprete traduce. Yesenia aprieta la bolsa de plástico contra el pecho. # speaker:narrator # mood:scared
- La intérprete termina de traducir. # speaker:narrator # phase:disclosure
{
- trust >= 5 && distress < 9:
    ~ disclosed = true
    Yesenia suelta un poco la bolsa. Habla un rato largo, en voz baja. La intérprete espera a que termine. # speaker:narrator # mood:anxious
    —Dice que una señora llegó a su comunidad buscando chicas para cocinar en un restaurante de la ciudad, y que pagaba el pasaje. Que aquí no era restaurante. Que tiene quince años. Que la señora guarda su DNI de verdad y le dio ese otro. # speaker:interpreter_ashaninka # event:disclosure_started
- else:
    Yesenia no suelta la bolsa. Mira la puerta. # speaker:narrator # mood:withdrawn
    —Dice que tiene diecinueve. Que es mesera. Que está bien, y que la señora se va a molestar si no vuelve. # speaker:interpreter_ashaninka
    La intérprete añade, por su cuenta, que lo repite como aprendido. # speaker:narrator
}
-> minimal_facts

=== minimal_facts ===
-> check ->
La intérprete espera tu pregunta para traducirla. # speaker:narrator # open # undisclosed: novio, enamorado, droga, trago, robar, escapar # disclosed: señora, restaurante, comunidad, dni, mesera, bar
+ [Preguntar nomás lo necesario para protegerla: si puede salir sola, quién tiene su DNI y si hay otras chicas allá. #do:ask_minimal_facts #do:screen_for_exploitation]
    Haces las preguntas de una en una, esperando cada traducción. # speaker:narrator
    {
    - disclosed:
        —Dice que no la dejan salir sola. Que no le pagan: todo va a la deuda. Que hay dos chicas más, de su edad. Que el de la mototaxi es el que las cuida para que no se vayan. # speaker:interpreter_ashaninka # mood:anxious
    - else:
        —Dice que no sabe. Solo dice que hay otras chicas, y que el de la mototaxi las cuida. # speaker:interpreter_ashaninka # mood:withdrawn
    }
    -> self_blame
+ [Por la intérprete: «Cuéntame lo que tú quieras de cómo llegaste hasta aquí, desde que saliste de tu comunidad.» #do:ask_open_question #q:invitation]
    —Cuéntame lo que tú quieras de cómo llegaste hasta aquí, desde que saliste de tu comunidad. # speaker:officer
    —Dice que vino en bus, de noche, con la señora y otras dos chicas. Que la señora le dijo que iba a ganar para mandarle a su mamá. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Por la intérprete: «Dijiste que la señora se va a molestar. ¿Dónde está esa señora ahora, Yesenia? Despacio nomás.» #do:ask_minimal_facts #q:directive]
    —Dijiste que la señora se va a molestar. ¿Dónde está esa señora ahora? # speaker:officer
    —Dice que en el bar. Que ahí guarda su DNI de verdad, en una cartera. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Por la intérprete: «Para el parte necesito saber una sola cosa, Yesenia: ¿la señora te trajo en bus o en camioneta?» #do:ask_option_question #q:option_posing]
    —¿La señora te trajo en bus o en camioneta? # speaker:officer
    —Dice que en camioneta. # speaker:interpreter_ashaninka # mood:withdrawn
    La intérprete duda. Yesenia contestó con la última palabra que oyó. # speaker:narrator
    -> self_blame
+ [Por la intérprete: «Tu enamorado te trajo aquí y te prometió plata, ¿no es cierto? Dime nomás, que ya sabemos todo.» #do:ask_leading_question #q:suggestive]
    —Tu enamorado te trajo aquí y te prometió plata, ¿no es cierto? # speaker:officer
    —Dice que sí... que su enamorado. # speaker:interpreter_ashaninka # mood:anxious
    La intérprete frunce el ceño: hasta ahora Yesenia no ha hablado de ningún enamorado. # speaker:narrator
    -> self_blame
+ [Por la intérprete: «¿Por qué te viniste con una señora que no conocías, hija? Esas ofertas de trabajo son engaño.» #do:ask_why_or_blame #q:why_blame]
    —¿Por qué te viniste con una señora que no conocías? Esas ofertas de trabajo son engaño. # speaker:officer
    Yesenia baja la mirada y aprieta la bolsa contra el pecho. —Dice que es su culpa —traduce la intérprete. # speaker:interpreter_ashaninka # mood:withdrawn
    -> self_blame
+ [Por la intérprete: «¿Cuántos años tienes, quién te trajo, dónde está tu DNI y quiénes más están allá contigo?» #do:press_child_to_continue #q:multiple]
    —¿Cuántos años tienes, quién te trajo, dónde está tu DNI y quiénes más están allá contigo? # speaker:officer
    —Dice que quince. Es lo único que alcanzó a contestar. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Por la intérprete: «Aquí estás a salvo, Yesenia. Nadie te va a llevar de vuelta al bar. Tómate tu tiempo.» #do:build_rapport #q:not_question]
    —Aquí estás a salvo, Yesenia. Nadie te va a llevar de vuelta al bar. Tómate tu tiempo. # speaker:officer
    Yesenia suelta un poco la bolsa. —Dice que hay dos chicas más, de su edad. Que el de la mototaxi las cuida para que no se vayan. # speaker:interpreter_ashaninka # mood:anxious
    -> self_blame
+ [Pedirle que cuente todo lo que le hacían hacer ahí cada noche, para que la fiscal de trata los pueda meter presos. #do:ask_for_details]
    -> asks_to_stop
+ [«¿Tú aceptaste ese trabajo por tu voluntad, sí o no? Dime la verdad nomás, que aquí nadie te va a juzgar.» #do:ask_option_question #do:ask_why_or_blame]
    —Dice que sí. Que ella aceptó. # speaker:interpreter_ashaninka # mood:withdrawn
    La intérprete agrega en voz baja que lo dice como si fuera su culpa. Y que mencionó a otras chicas, y al de la mototaxi. # speaker:narrator
    -> self_blame

= asks_to_stop
La intérprete traduce la pregunta despacio. Yesenia se queda quieta, con los ojos fijos en la mesa. Luego se tapa la cara. # speaker:narrator # mood:crying
—Dice que ya no quiere hablar. # speaker:interpreter_ashaninka # event:child_asks_to_stop
+ [Parar: «Está bien, hoy no cuentas nada más; otro día te escuchará una sola persona, en la Cámara Gesell.» Y esperar. #do:pause_for_child #do:defer_account_to_single_interview]
    Huamán le alcanza un vaso de agua. Nadie habla por un rato. Yesenia se seca la cara con la manga. # speaker:narrator # mood:withdrawn # arrives:colleague_f
    -> self_blame
+ [«Un poquito más y terminamos, mamita; la Fiscalía necesita el relato completo para el parte de esta noche, ¿ya?» #do:press_child_to_continue]
    La intérprete traduce. Yesenia no contesta. Se abraza las rodillas. # speaker:narrator # mood:withdrawn
    -> self_blame

=== self_blame ===
-> check ->
{
- disclosed:
    —Dice que es su culpa. Que ella quiso venir. Que debe la plata del pasaje, y que la señora dijo que si se va, le cobra a su familia. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
- else:
    —Dice que debe plata. Que tiene que volver a pagar, si no su familia paga. # speaker:interpreter_ashaninka # mood:crying # event:child_distressed
}
+ [«Gracias por contarme, Yesenia. Nada de esto es tu culpa, y esa deuda no existe: tú no le debes nada a nadie, ¿ya?» #do:counter_self_blame #do:express_belief]
    La intérprete traduce. Yesenia te mira un largo rato. Luego asiente y se seca la cara. # speaker:narrator # mood:relieved
+ [«Bueno, si aceptaste venir, algo de responsabilidad tienes tú también. Pero igual te vamos a ayudar, hija.» #do:ask_why_or_blame]
    La intérprete duda antes de traducir. Yesenia escucha y se queda callada. # speaker:narrator # mood:withdrawn
+ [«Ya no llores, mamita. Tú no sabías, pero para la próxima no le creas a cualquier señora que te ofrece trabajo, ¿ya?» #do:ask_why_or_blame]
    La intérprete traduce. Yesenia asiente, como si le hubieran confirmado lo que ya pensaba. # speaker:narrator # mood:withdrawn
- -> commander

=== commander ===
-> check ->
Suena tu celular. Es el comisario. Es casi la una de la mañana. # speaker:narrator # scene:office # sfx:phone # phase:referral
—¿Ya tienen a la chica del operativo? Tómele la manifestación esta noche, con la intérprete, que mañana temprano quiero el parte completo. Y que le cuente a Ramos lo mismo, para el acta. # speaker:commander
+ [«No le tomamos manifestación, comisario: registro la denuncia y la fiscal fija una sola entrevista en Cámara Gesell.» #do:register_report #do:arrange_single_interview]
    —Comisario, es una adolescente víctima de trata. Registro la denuncia ahora y la fiscalía fija una sola entrevista en Cámara Gesell, con intérprete. Lo que ya sabemos va al parte, con sus palabras. # speaker:officer
    —Ya. Proceda. Pero quiero todo por escrito. # speaker:commander
+ [«Registro la denuncia, comisario, y su manifestación se la tomamos aquí mañana a las nueve, con intérprete y la fiscal.» #do:register_report #do:schedule_station_statement]
    —Mañana a las nueve le tomamos la manifestación aquí, comisario, con la fiscal presente. # speaker:officer
    Cuando la intérprete le explica que mañana tendrá que contarlo todo otra vez, aquí, Yesenia se cubre la cara con la frazada. # speaker:narrator # mood:withdrawn
+ [Llamar a la UPE para que la reciba, y hacer pasar a Ramos para que Yesenia le repita lo que te contó, para el acta. #do:contact_child_protection #do:ask_child_to_repeat]
    Llamas a la UPE; la funcionaria de turno dice que llega en una hora. Ramos entra con el cuaderno. La intérprete traduce la pregunta. Yesenia dice dos palabras y se calla. # speaker:narrator # mood:withdrawn # arrives:colleague_m
- -> cousin

=== media ===
-> check ->
Se abre la puerta de la comisaría. Entra un hombre con el celular en la mano, ya grabando. # speaker:narrator # scene:front_desk # sfx:door
—Buenas noches, jefe. Radio Amanecer. Me dijeron que rescataron a una menor en La Palmera. ¿Una fotito del rescate? Sin nombre, nomás. # speaker:reporter
—El comisario también quiere una foto para el Facebook de la comisaría, colega: «PNP rescata a menor». Con la cara pixeleada. # speaker:colleague_m # event:media_present
+ [«Ni foto ni nombre, ni para la radio ni para el Facebook de la comisaría.» Y cerrar con llave la sala de atención. #do:protect_identity]
    —No hay fotos ni declaraciones sobre la menor. Ni aquí ni en la página. # speaker:officer
    El reportero guarda el celular, de mala gana. Huamán cierra la puerta de la sala con llave. # speaker:narrator # sfx:door # arrives:colleague_f
+ [Atender al reportero en la oficina, sin foto ni nombre: decirle nomás que es una chica asháninka de quince años, de La Palmera. #do:expose_identity]
    ~ exposed = true
    El reportero anota: asháninka, quince años, La Palmera. En Quebrada Honda, con eso basta para saber quién es. # speaker:narrator # scene:office # sfx:door
+ [Una foto de espaldas para la página de la comisaría, con la cara pixeleada; sin su nombre nadie la va a reconocer, colega. #do:expose_identity]
    ~ exposed = true
    Ramos saca la foto en el pasillo: de espaldas, con la chompa grande y la bolsa de plástico. El reportero aprovecha y saca la suya. # speaker:narrator # mood:scared # arrives:colleague_m
+ [Que Radio Amanecer pase el aviso con su nombre y el de su pueblo, pues: así su familia sabe que está bien y la viene a buscar. #do:expose_identity]
    ~ exposed = true
    El reportero graba el aviso en la puerta: nombre, comunidad, «rescatada en La Palmera». # speaker:narrator # mood:scared
- -> shelter

=== cousin ===
-> check ->
Vuelves a la sala. Al rato, pasos fuertes en el mostrador y una voz de hombre, alta. # speaker:narrator # scene:private_room # sfx:footsteps # phase:protection
—¡Vengo por mi prima! ¡Yesenia! Su mamá me ha mandado a recogerla. # speaker:cousin # event:suspect_arrives
En la sala, Yesenia reconoce la voz. Se queda inmóvil. # speaker:narrator # mood:scared
+ [«Huamán, quédate con ella y con la intérprete, puerta cerrada; yo atiendo al señor en el mostrador nomás.» #do:separate_from_suspect #do:pause_for_child]
    —Señor, la menor está bajo protección. Espere aquí. # speaker:officer # scene:front_desk
+ [«Que pase un ratito a saludarla, con Huamán al lado; si es su primo, verlo la va a tranquilizar, colega.» #do:allow_contact_with_suspect]
    El hombre entra a la sala y le habla a Yesenia en su idioma, rápido y bajito. Ella se pone de pie como si le hubieran dado una orden. # speaker:narrator # mood:scared
    —Le ha dicho que la señora la está esperando, y que si ella habla, su familia paga. # speaker:interpreter_ashaninka
    Huamán lo saca de la sala. Yesenia se queda de pie, temblando. # speaker:narrator # sfx:door # scene:front_desk # arrives:colleague_f
+ [Entregársela, jefe: muestra su DNI, dice que la mamá lo mandó, y ella ya está más calmada. Que firme el cuaderno. #do:release_to_unverified_adult]
    -> with_cousin
- -> flagrancy

=== flagrancy ===
-> check ->
En el mostrador, el hombre levanta la voz. Quiere irse con ella o irse solo, ya. # speaker:narrator # scene:front_desk
—Colega, es el que las cuidaba para que no se vayan, y ha venido a llevársela. ¿Le tomamos los datos y que se vaya? No tenemos orden del juez. # speaker:colleague_m
+ [Llamar ya a la fiscal de trata y detenerlo en flagrancia (art. 259 del CPP): la tenía retenida y vino por ella. #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ arrested = true
    —Doctora, el hombre que vigilaba a las chicas en La Palmera está aquí, reclamando a la menor. Lo detenemos en flagrancia y queda a su disposición. # speaker:officer # sfx:phone
    Ramos y otro suboficial lo intervienen en el mostrador, lejos de la sala. La fiscal de la Fiscalía Especializada en Trata de Personas dispone las diligencias, manda a la unidad especializada de la PNP a La Palmera por las otras dos chicas. # speaker:narrator # sfx:door # arrives:colleague_m
+ [Anotar sus datos en el cuaderno y dejarlo ir: sin orden judicial no se le puede retener, y todo va al parte de mañana. #do:register_report #do:delay_intervention]
    Anotas su nombre y su DNI. El hombre firma el cuaderno y sale a la lluvia. Arranca la mototaxi. # speaker:narrator # sfx:door # event:suspect_leaves
+ [«Que Yesenia lo reconozca desde la puerta de la sala, nomás; con su señalamiento, la flagrancia queda firme.» #do:arrange_confrontation]
    ~ arrested = true
    Huamán abre la puerta de la sala. Yesenia lo ve, él la ve. Ella se tapa la cara con la frazada y empieza a temblar. Ramos lo interviene y llama a la fiscal de trata. # speaker:narrator # mood:crying # arrives:colleague_f,colleague_m
- -> media

=== shelter ===
-> check ->
—¿Y dónde duerme hoy, colega? Su comunidad está a doce horas, y no sabemos quién de allá sabía de la señora. # speaker:colleague_f # scene:private_room # ambient:quiet_room
+ [Llamar a la UPE para que la reciba esta noche en un lugar seguro, y dar cuenta a la Fiscalía de Familia de turno. #do:contact_child_protection #do:notify_family_prosecutor]
    Llamas a la Unidad de Protección Especial. La funcionaria de turno pregunta lo necesario y dice que llega en una hora. La fiscal de familia toma nota. # speaker:narrator # sfx:phone
+ [Llamar al teniente gobernador de su pueblo para que la familia venga por ella: con su mamá va a estar mejor. #do:send_home_unassessed]
    El teléfono de la comunidad lo contesta un vecino. Al rato, quien vuelve a llamar es una señora que dice ser su tía: «Ya hablé con la familia, jefe. Voy para allá». # speaker:narrator # sfx:phone
    -> sent_home
+ [Que la UPE la reciba, pero antes llevarla a Medicina Legal: en trata el certificado es obligatorio, y ahí le ven la fiebre. #do:contact_child_protection #do:force_forensic_exam]
    Llamas a la UPE; la funcionaria dice que llega en una hora. Cuando la intérprete le dice a Yesenia «examen» y «obligatorio», ella se abraza a sí misma y niega con la cabeza una y otra vez. # speaker:narrator # mood:scared
+ [«Que la funcionaria de la UPE se la lleve apenas llegue, por la puerta principal; no hay nada más que hacer aquí.» #do:release_to_safe_carer #do:let_leave_unchecked]
    -> rushed
- -> handover

=== handover ===
-> check ->
Más tarde llega la funcionaria de la UPE, con una credencial colgada al cuello y el oficio de la fiscalía en una carpeta. # speaker:narrator # scene:front_desk # sfx:door
—Y hay una señora en el mostrador que dice ser la tía de Yesenia, colega. Trae una carta notarial de la mamá para llevársela. Afuera la espera un auto con lunas polarizadas. # speaker:colleague_f
+ [Revisar la credencial y el oficio, entregarla a la funcionaria de la UPE, y que salgan por atrás en el patrullero con Huamán. #do:release_to_safe_carer #do:confirm_safe_departure]
    La credencial y el oficio están en regla. A la señora le pides su DNI y su teléfono para la fiscal; dice que vuelve mañana. Huamán acerca el patrullero a la puerta de atrás y anotas la hora y la dirección del centro de acogida. # speaker:narrator # sfx:door # arrives:colleague_f
    -> closing
+ [Entregársela a la tía, que trae carta notarial de la mamá: con alguien de su familia va a estar más tranquila, ya. #do:release_to_unverified_adult]
    -> with_aunt
+ [Revisar el DNI y la carta de la tía; si coinciden, que la UPE se la entregue a ella esta noche para volver a casa. #do:verify_carer_identity #do:send_home_unassessed]
    La carta y el DNI coinciden. La funcionaria de la UPE duda, pero insistes: firmas el acta de entrega a la tía. # speaker:narrator # sfx:paper
    -> with_aunt
+ [Entregarla a la funcionaria de la UPE y que salgan nomás por la puerta principal; el patrullero se necesita para La Palmera. #do:release_to_safe_carer #do:let_leave_unchecked]
    -> followed

=== closing ===
Antes de arrancar, Yesenia te mira, con la frazada sobre los hombros. # speaker:narrator # phase:closure
+ [Contarle con la intérprete qué viene: dónde dormirá, que nadie la denunciará y que pedirás a la fiscal que la acompañe la UDAVIT. #do:explain_next_steps #do:refer_to_victim_assistance]
    —Esta noche vas a dormir en un lugar seguro, con personas que cuidan a chicas como tú. Nadie te va a denunciar. Le voy a pedir a la fiscal que la UDAVIT, la unidad de la fiscalía que apoya a las víctimas, te acompañe en todo, con una intérprete. Gracias por confiar en nosotros. # speaker:officer
    Llamas a la fiscal de trata. Dispone que la UDAVIT la visite mañana en el centro de acogida, con la intérprete. # speaker:narrator # sfx:phone
    {
    - trust >= 6:
        Yesenia le dice algo a la intérprete. # speaker:narrator # mood:relieved
        —Dice gracias. Que si viene la señora de la psicología, que venga con la intérprete. # speaker:interpreter_ashaninka
    - else:
        Yesenia asiente sin mirar. # speaker:narrator # mood:withdrawn
    }
+ [Decirle en dos frases adónde va y que nadie la denunciará; lo demás se lo explicará mañana la psicóloga de la UDAVIT. #do:explain_next_steps #do:refer_to_victim_assistance]
    —Ahora vas a un lugar seguro, a dormir. Nadie te va a denunciar. Mañana va a ir a verte una psicóloga de la UDAVIT, la unidad de la fiscalía que apoya a las víctimas, con la intérprete, y te va a explicar todo con calma. # speaker:officer
    Yesenia asiente. Se acomoda la frazada y sube al patrullero. # speaker:narrator # mood:calm
+ [Abrazarla antes de que suba: «Te prometo, mamita, que la señora va a ir presa y que ese hombre nunca más se te va a acercar.» #do:touch_without_consent #do:promise_outcome]
    Yesenia se pone rígida entre tus brazos. Cuando la sueltas, sube al patrullero sin mirar atrás. # speaker:narrator # mood:anxious
+ [Darle una tarjeta con el Chat 100 y la Línea 100, y despedirte: «Ahí te ayudan a cualquier hora, ¿ya, hijita?» #do:end_abruptly]
    Yesenia mira la tarjeta, escrita en castellano. La guarda en la bolsa de plástico sin decir nada. # speaker:narrator # mood:withdrawn
- -> final

=== with_cousin ===
Yesenia sale detrás del hombre, con la bolsa de plástico en la mano. # speaker:narrator # scene:front_desk # mood:withdrawn
La mototaxi no toma la carretera hacia su comunidad. Toma la de Quebrada Honda. # speaker:narrator # ending:at_risk_with_cousin
-> END

=== with_aunt ===
Yesenia sale detrás de la señora, con la bolsa de plástico en la mano. Afuera la espera un auto con lunas polarizadas. # speaker:narrator # scene:front_desk # mood:withdrawn
El auto no toma la carretera hacia su comunidad. Toma la de Quebrada Honda. # speaker:narrator # ending:at_risk_with_aunt
-> END

=== rushed ===
Una hora después llega la funcionaria de la UPE. Firmas el acta de entrega en el mostrador, sin mirar su credencial. # speaker:narrator # scene:front_desk # sfx:door
Afuera, un auto con lunas polarizadas se ha estacionado frente a la puerta principal. # speaker:narrator
-> followed

=== sent_home ===
La señora llega de madrugada, con una carta de la mamá y un DNI. Firmas el acta de entrega: es la familia. # speaker:narrator # scene:front_desk # sfx:door
Yesenia sale detrás de ella con la bolsa de plástico. Afuera las espera un auto con lunas polarizadas, que no toma la carretera hacia su comunidad. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_home
-> END

=== followed ===
Yesenia sale por la puerta principal con la funcionaria de la UPE. Al pasar junto al auto de lunas polarizadas, la ventana baja un poco. Ella se detiene un segundo. # speaker:narrator # mood:scared
El auto sigue al de la UPE hasta el centro de acogida. Dos días después, Yesenia ya no está en su cama. # speaker:narrator # ending:at_risk_followed
-> END

=== final ===
{ exposed:
    -> exposed_end
}
{ not arrested:
    -> free_end
}
{ not disclosed && trust < 6:
    -> quiet
}
-> safe

=== exposed_end ===
Yesenia llega al centro de acogida esa noche. # speaker:narrator # scene:waiting_area
Al día siguiente, lo que salió de la comisaría circula en los grupos de Quebrada Honda. En La Palmera la reconocen. Alguien llama a su comunidad. # speaker:narrator # mood:anxious
Cuando llega el día de la Cámara Gesell, Yesenia dice que se equivocó, que tiene diecinueve y que quiere volver a su trabajo. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== free_end ===
Yesenia llega al centro de acogida esa noche. # speaker:narrator # scene:waiting_area # mood:anxious
A la semana, el hombre de la mototaxi aparece en la puerta del centro de acogida. Dice que es su primo. La dueña de La Palmera ya cerró y abrió en otro pueblo. # speaker:narrator
En la Cámara Gesell, Yesenia no quiere hablar. La fiscal no tiene a quién acusar. # speaker:narrator # mood:withdrawn # ending:at_risk_suspect_free
-> END

=== quiet ===
Yesenia llega al centro de acogida esa noche, con fiebre. # speaker:narrator # scene:waiting_area # mood:withdrawn
En la Cámara Gesell dice muy poco: que tiene diecinueve, que es mesera. La fiscal sigue adelante con lo que la unidad especializada encontró en La Palmera. # speaker:narrator
Una psicóloga de la UDAVIT la visita cada semana, con la intérprete. Meses después, Yesenia le pide a la fiscal volver a hablar. # speaker:narrator # mood:calm # ending:protected_quiet
-> END

=== safe ===
Yesenia llega al centro de acogida esa noche. Al día siguiente la llevan al centro de salud, como pidió la enfermera, y la fiebre baja. # speaker:narrator # scene:waiting_area # mood:calm
La unidad especializada saca a las otras dos chicas de La Palmera antes del amanecer. La dueña queda detenida; el hombre de la mototaxi sigue a disposición de la fiscal. # speaker:narrator
Semanas después, en la Cámara Gesell, Yesenia habla una sola vez, con una intérprete a su lado. La UPE y la fiscalía buscan con cuidado a su familia. Una psicóloga de la UDAVIT la visita cada semana, con la intérprete. # speaker:narrator # mood:relieved # ending:protected_upe
-> END
