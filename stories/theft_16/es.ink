# case: theft_16
# title: Kevin, detenido por un celular
# summary: Una patrulla lo trae detenido por llevarse un celular; tiene un corte en la mano y pide a su abuela.
# persona: kevin
# age: 16
# type: conflict_with_law
# requires: explain_rights_to_adolescent, notify_parents, request_defense_counsel, notify_family_prosecutor, keep_child_in_safe_area, screen_for_exploitation, contact_child_protection, record_child_words, release_to_safe_carer, brief_carer, confirm_safe_departure
# key: REC-03, ENV-02, COM-01, COM-05, REF-06, REF-07, DOC-01, DOC-02, CLO-02
# trust: 2
# distress: 4
# content_note: Un adolescente de dieciséis años detenido en flagrancia por llevarse un celular; tiene un corte en la mano y, más tarde, menciona a un adulto que lo obliga a robar y lo golpea. Sin violencia explícita.
# lang: es

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR counsel_called = false
VAR exposed = false
VAR grandmother_hurt = false
VAR jefe_unaddressed = false

-> llegada

=== llegada ===
Jueves, seis de la tarde. En el mostrador de la comisaría de Los Álamos hay cola para denuncias y un televisor prendido sin volumen. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
El suboficial Ramos entra con un muchacho flaco, de buzo azul, tomándolo del codo. No está esposado. # speaker:narrator # sfx:door # arrives:colleague_m
—Se llevó el celular de una señora de una mesa de la juguería de Las Lomas. Un señor lo alcanzó en la esquina. El celular ya se le devolvió a la dueña; es uno viejito. Se cortó la mano con la reja al caerse. # speaker:colleague_m
El muchacho aprieta la mano contra el buzo. La tela se está manchando de sangre. Mira al techo, con la mandíbula apretada. # speaker:narrator # mood:angry # event:urgent_need
-> herida

= herida
+ [«A ver, muéstrame esa mano, sin apuro. ¿Te duele mucho? ¿Te golpeaste en otro sitio cuando te caíste?» #do:check_urgent_needs]
    —A ver, muéstrame esa mano, sin apuro. ¿Te duele mucho? ¿Te golpeaste en otro sitio cuando te caíste? # speaker:officer
    Kevin abre la mano despacio. Es un corte en la palma, no muy hondo, que sigue sangrando. # speaker:narrator # mood:angry
    —En la mano nomás. No es nada. # speaker:kevin
    Ramos trae el botiquín y le vendan la mano entre los dos. # speaker:narrator # arrives:colleague_m
+ [Alcanzarle el botiquín para que se limpie él mismo y, mientras, preguntarle si le duele y si tiene otro golpe. #do:check_urgent_needs]
    —Toma, límpiate tú, que tú sabes dónde te duele. ¿Tienes otro golpe, en la cabeza, en las costillas? # speaker:officer
    Kevin se limpia con la gasa, sin mirarte. Niega con la cabeza. Es un corte en la palma, no muy hondo. # speaker:narrator # mood:angry
    —Solo la mano. # speaker:kevin
+ [«Siéntate ahí. Primero tus datos para el acta de intervención: nombre, edad, dirección; la mano la vemos después.» #do:paperwork_first]
    —Siéntate ahí. Primero tus datos para el acta de intervención: nombre, edad, dirección. La mano la vemos después. # speaker:officer
    —Kevin... Kevin Huarcaya. Dieciséis. # speaker:kevin # mood:angry
    Mientras escribes, la sangre gotea sobre el mostrador. Al rato, Ramos va por el botiquín sin que se lo pidas. # speaker:narrator # arrives:colleague_m
+ [Pedir primero el oficio para Medicina Legal, para que el médico legista certifique la herida antes de tocarla. #do:paperwork_first]
    Redactas el oficio para Medicina Legal. Kevin espera de pie, con la mano apretada contra el buzo. # speaker:narrator # sfx:paper # mood:angry
    Veinte minutos después, la sangre ha empapado la manga. Ramos le pone una gasa sin preguntarte. # speaker:narrator # arrives:colleague_m
- -> donde

= donde
El comisario sale de su oficina y mira al muchacho. # speaker:narrator # sfx:door # phase:environment
—¿Y este? Mételo a la carceleta un rato, que se le quite lo malcriado. # speaker:commander
+ [«Comisario, es menor, pues: no puede estar con detenidos. Va a la oficina de familia y que la posta le vea la mano.» #do:keep_child_in_safe_area #do:arrange_medical_care]
    —Comisario, es menor, pues: no puede estar con detenidos. Va a la oficina de familia y que la posta le vea la mano. # speaker:officer
    El comisario se encoge de hombros y vuelve a su oficina. Al rato, una técnica de la posta de salud limpia el corte y le pone una venda limpia. # speaker:narrator
+ [Sentarlo en la banca del pasillo de la carceleta, donde el guardia lo tiene a la vista, sin meterlo a la celda. #do:place_child_near_detainees]
    Kevin se sienta en la banca. Desde la celda, un detenido le silba y le pregunta por qué cayó. Él mira el piso. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Media hora después, la suboficial Huamán se lo lleva a la oficina de familia. # speaker:narrator # sfx:footsteps # arrives:colleague_f
+ [Dejarlo en la banca del hall, con la gente de la cola, para que no se sienta encerrado como un preso más mientras esperan. #do:place_child_near_detainees]
    Kevin se sienta entre la gente que espera. Una señora lo reconoce y lo graba con su celular. Él se tapa la cara con el brazo. # speaker:narrator # mood:scared
    Media hora después, la suboficial Huamán se lo lleva a la oficina de familia. # speaker:narrator # sfx:footsteps # arrives:colleague_f
- -> oficina

= oficina
Kevin se sienta en la oficina de familia, con la mano vendada. Mueve la pierna sin parar. # speaker:narrator # scene:office # ambient:quiet_room # phase:communication
—¿Me van a meter preso? # speaker:kevin # mood:anxious
-> derechos

= derechos
+ [«Ya, soy Sánchez, policía. Estás detenido por el celular. Puedes no hablar, avisamos a tu familia y tendrás abogado.» #do:introduce_self_simply #do:explain_rights_to_adolescent]
    —Ya, Kevin: soy Sánchez, policía. Estás detenido por lo del celular. No vas a estar con adultos. Tienes derecho a que avisemos a tu familia, a un abogado gratis desde ahora y a no decir nada si no quieres. ¿Qué me preguntarías? # speaker:officer
    —¿O sea que no tengo que hablar? # speaker:kevin # mood:anxious
    —No. Y nadie te va a preguntar del hecho sin tu abogado. # speaker:officer
+ [Leerle en voz alta el acta de derechos del Código de Responsabilidad Penal de Adolescentes, completa y sin saltarse nada. #do:use_jargon #do:explain_rights_to_adolescent]
    —Se le informa que se encuentra en calidad de detenido por la presunta comisión de una infracción a la ley penal contra el patrimonio, y que le asisten los derechos consagrados en el Código de Responsabilidad Penal de Adolescentes... # speaker:officer
    Kevin firma donde le señalas. Después mira al suelo. No ha entendido nada. # speaker:narrator # mood:withdrawn
+ [Darle la cartilla impresa de derechos para que la lea él solo con calma y firme que quedó enterado. #do:use_jargon #do:explain_rights_to_adolescent]
    Kevin mira la hoja un rato largo: «garantías», «flagrancia», «diligencias». Firma abajo, sin preguntar nada. # speaker:narrator # sfx:paper # mood:withdrawn
+ [«Tienes derecho a quedarte callado, ya sé. Pero si me cuentas ahorita quién más estaba, sales más rápido.» #do:explain_rights_to_adolescent #do:pressure_or_bargain]
    —Tienes derecho a quedarte callado, ya sé. Pero si me cuentas ahorita quién más estaba, sales más rápido. # speaker:officer
    —Yo no digo nada. # speaker:kevin # mood:angry
- -> abuela

= abuela
{ distress_streak >= 2: -> derrumbe }
—Llamen a mi abuela. Ella es la que me cría. # speaker:kevin # mood:anxious
+ [Servirle un vaso de agua y llamar ahorita a su abuela delante de él, en altavoz, para que escuche cada palabra que le dices. #do:notify_parents #do:pause_for_child]
    Kevin toma el agua de un trago. Marcas el número que te dicta. # speaker:narrator # sfx:phone
    —Buenas tardes, señora Juana. Le llamo de la comisaría de Los Álamos. Kevin está aquí, detenido por un celular; está bien, tiene un corte en la mano que ya le curaron. Necesitamos que venga. # speaker:officer
    Kevin escucha sin mirarte. Los hombros se le bajan un poco. # speaker:narrator # mood:anxious
+ [«Toma, tómate esta agua. Llámala tú desde mi celular, en altavoz; después yo le explico a tu abuela lo que falta.» #do:notify_parents #do:pause_for_child]
    Kevin toma el agua y marca el número de memoria. # speaker:narrator # sfx:phone
    —Abuelita, soy yo. Estoy en la comisaría de Los Álamos... No, estoy bien. —Te pasa el teléfono. # speaker:kevin # mood:anxious
    Le explicas a Doña Juana dónde está su nieto, por qué, y que necesitan que venga. Kevin respira más despacio. # speaker:narrator
+ [«Primero terminamos el acta tú y yo, tranquilos. A tu abuela la llamamos cuando me digas bien cómo fue.» #do:pressure_or_bargain]
    —Primero terminamos el acta tú y yo, tranquilos. A tu abuela la llamamos cuando me digas bien cómo fue. # speaker:officer
    —Entonces no hablo. # speaker:kevin # mood:angry
    Más tarde, Ramos se entera de que una vecina ya le avisó a la abuela. Nadie de la comisaría la ha llamado. # speaker:narrator # arrives:colleague_m
- -> defensa

= defensa
{ distress_streak >= 2: -> derrumbe }
Son las siete menos cuarto. Kevin lleva casi una hora detenido. # speaker:narrator # phase:referral
+ [Llamar a la Defensa Pública para que manden un defensor ahora y a la Fiscalía de Familia de turno; anotar ambas horas. #do:request_defense_counsel #do:notify_family_prosecutor]
    ~ counsel_called = true
    La Defensa Pública te dice que la doctora Villena llega en una hora. La fiscal de familia de turno, la doctora Paredes, toma nota y dice que pasará a las ocho y media. Anotas las dos horas. # speaker:narrator # sfx:phone
+ [«Aviso a la Fiscalía de Familia. Le tomo su manifestación ahorita, con Ramos de testigo, y el defensor la firma después.» #do:notify_family_prosecutor #do:ask_open_question]
    La fiscal de familia de turno toma nota y dice que pasará a las ocho y media. # speaker:narrator # sfx:phone
    —A ver, Kevin, mientras llega el abogado, cuéntame cómo fue lo del celular. # speaker:officer
    —¿Ahorita? ¿Sin nadie? # speaker:kevin # mood:scared
    Kevin se encoge en la silla. Al final dice algo, bajito, que anotas como su manifestación. # speaker:narrator # mood:scared
+ [«Ya avisé a la fiscal. Entre nosotros, sin abogado, cuéntame cómo fue, y así yo te ayudo con ella, ¿ya?» #do:notify_family_prosecutor #do:question_without_counsel]
    Llamas a la fiscal de familia de turno, que toma nota. Después te sientas frente a Kevin. # speaker:narrator # sfx:phone
    —Ya avisé a la fiscal. Entre nosotros, sin abogado, cuéntame cómo fue, y así yo te ayudo con ella, ¿ya? # speaker:officer
    Kevin duda. Al final cuenta algo, a medias, que anotas como su manifestación. # speaker:narrator # mood:anxious
- -> prensa

= prensa
{ distress_streak >= 2: -> derrumbe }
Ramos se asoma a la puerta. # speaker:narrator # sfx:door # arrives:colleague_m
—Colega, hay un reportero de un canal local en el mostrador. Quiere grabar «al ratero del celular». Dice que la señora ya le dio entrevista. # speaker:colleague_m # event:media_present
+ [Salir tú al mostrador a decirle: «Es menor de edad. No se le graba, ni se dice su nombre ni su barrio.» #do:protect_identity]
    —Señor, es menor de edad. No se le graba, no se da su nombre ni su barrio, y el parte no es público. # speaker:officer
    El reportero protesta un rato y se va a grabar la fachada. Al volver, cierras la puerta de la oficina. # speaker:narrator # sfx:door
+ [Cerrar la puerta, bajar la persiana y pedirle a Ramos que despida al reportero: aquí no se graba a nadie. #do:protect_identity]
    —Nadie te va a grabar, Kevin. Aquí no entra nadie. # speaker:officer
    Ramos despide al reportero en el mostrador. Kevin se baja un poco el cuello del buzo. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_m
+ [«Que lo graben de espaldas, sin la cara ni el nombre, y se van contentos. Así ya no lo fastidian más en la noche.» #do:expose_identity]
    ~ exposed = true
    El camarógrafo graba a Kevin de espaldas, por la puerta entreabierta: el buzo azul, la mano vendada. # speaker:narrator # sfx:door # mood:scared
+ [Dejar que Kevin cuente su lado ante la cámara, con la capucha puesta, para que no lo pinten de ratero. #do:expose_identity]
    ~ exposed = true
    Kevin dice dos frases a la cámara, con la capucha puesta: que no es ratero, que vive con su abuela en la parte alta. # speaker:narrator # mood:scared
- -> llega_abuela

= llega_abuela
{ distress_streak >= 2: -> derrumbe }
Una señora mayor llega a la oficina con una bolsa de emoliente y el mandil puesto. Tiene la respiración agitada. # speaker:narrator # sfx:footsteps
—¿Dónde está mi Kevin? ¿Qué ha hecho este muchacho? # speaker:grandmother
+ [Hacerla pasar, servirle agua y dejarla unos minutos junto a Kevin antes de explicarle, con calma, lo que sigue. #do:receive_carer_respectfully #do:pause_for_child]
    Doña Juana se sienta junto a su nieto. Le arregla el cuello del buzo sin decir nada. Tú esperas en la puerta. # speaker:narrator # mood:anxious # arrives:grandmother
    Después de un rato, le explicas lo que pasó y lo que viene. # speaker:narrator
+ [«Pase, señora Juana, siéntese con él. Kevin está bien y ya tiene la mano curada; tómese su tiempo.» #do:receive_carer_respectfully #do:pause_for_child]
    —Pase, señora Juana, siéntese con él. Kevin está bien y ya tiene la mano curada; tómese su tiempo. # speaker:officer
    Doña Juana se sienta al lado de su nieto y le toma la mano buena. Kevin no la suelta. # speaker:narrator # mood:anxious # arrives:grandmother
+ [Explicarle que un chico solo en la calle hasta tarde termina así, y preguntarle quién lo vigila en su casa. #do:blame_carer]
    ~ grandmother_hurt = true
    —Señora, un chico que anda solo en la calle hasta esta hora termina así. ¿Quién lo vigila cuando usted sale a vender? # speaker:officer
    —Yo trabajo todo el día, jefe... —Doña Juana deja la bolsa en el suelo y sale al pasillo. Desde ahí no vuelve a entrar; se sienta en la banca, junto a la puerta. # speaker:grandmother
    Kevin se queda solo contigo. Mira la puerta por donde salió su abuela. # speaker:narrator # mood:angry
+ [«Señora, ¿usted sabe en qué anda su nieto a estas horas? ¿Quién lo controla a él en la casa?» #do:blame_carer]
    ~ grandmother_hurt = true
    —Señora, ¿usted sabe en qué anda su nieto a estas horas? ¿Quién lo controla a él en la casa? # speaker:officer
    —Yo trabajo todo el día, jefe. —Doña Juana deja la bolsa en el suelo y sale al pasillo. Desde ahí no vuelve a entrar; se sienta en la banca, junto a la puerta. # speaker:grandmother
    Kevin se queda solo contigo. Mira la puerta por donde salió su abuela. # speaker:narrator # mood:angry
- -> version

= version
{ distress_streak >= 2: -> derrumbe }
{ counsel_called:
    Llega la defensora pública, la doctora Villena, y habla un rato a solas con Kevin. Después te hace una seña para que entres. # speaker:narrator # sfx:door
    —Kevin ya sabe que puede quedarse callado. Si quiere dar su versión, que sea ahora, conmigo presente. # speaker:defender
- else:
    Nadie ha llamado a la Defensa Pública. En el acta ya está lo que Kevin dijo, sin abogado. # speaker:narrator
}
+ [«Kevin, tú decides si cuentas algo o no. Si prefieres no hablar, está bien, y así lo anoto.» #do:let_child_decide]
    —Kevin, tú decides si cuentas algo o no. Si prefieres no hablar, está bien, y así lo anoto. # speaker:officer
    —Prefiero no hablar. # speaker:kevin # mood:anxious
    Lo anotas así. Kevin suelta el aire, como si se quitara un peso. # speaker:narrator
+ [Preguntarle si prefiere dar su versión hoy o más adelante, ante la fiscal, y respetar lo que decida. #do:let_child_decide]
    —Puedes dar tu versión hoy o más adelante, ante la fiscal y con abogado. O no darla. Lo que tú decidas. # speaker:officer
    { counsel_called && trust >= 6:
        Kevin mira a la doctora Villena, que asiente. —Estaba el celular en la mesa de la juguería. Lo agarré y corrí. El señor me alcanzó en la reja y me caí. Eso nomás. # speaker:kevin # mood:anxious
    - else:
        —Más adelante. # speaker:kevin # mood:withdrawn
        Lo anotas así. # speaker:narrator
    }
+ [«Si aceptas lo del celular, la fiscal te da algo leve. Si te haces el loco, de frente te mandan a Maranguita.» #do:pressure_or_bargain]
    —Si aceptas lo del celular, la fiscal te da algo leve. Si te haces el loco, de frente te mandan a Maranguita. # speaker:officer
    Kevin ya no levanta la vista. # speaker:narrator # mood:scared
+ [«Dime la verdad y yo hablo bien de ti con la fiscal. Eso te conviene, hijo, hazme caso, ¿ya?» #do:pressure_or_bargain]
    —Dime la verdad y yo hablo bien de ti con la fiscal. Eso te conviene, hijo, hazme caso, ¿ya? # speaker:officer
    Kevin te mira un momento, calculando. Después mira la puerta. No dice nada. # speaker:narrator # mood:anxious
- -> registro

= registro
{ distress_streak >= 2: -> derrumbe }
Tienes que dejar todo por escrito para la fiscal. # speaker:narrator # sfx:paper # phase:documentation
+ [Anotar sus palabras tal cual, entre comillas, también si dijo que no quería hablar; quién estaba presente y a qué hora. #do:record_child_words]
    Escribes sus palabras tal cual, quién estaba presente y las horas de cada llamada. # speaker:narrator # sfx:paper
+ [Resumirlo con la fórmula de siempre, «el menor reconoce los hechos», para que el acta salga rápido. #do:record_interpretation]
    Escribes: «El menor reconoce los hechos». Kevin nunca dijo eso. # speaker:narrator # sfx:paper
+ [Poner que se le ve arrepentido y colaborador, aunque no lo dijo, para que la fiscal sea más suave con él. #do:record_interpretation]
    Escribes: «El menor se muestra arrepentido y colaborador». Kevin no dijo nada parecido. # speaker:narrator # sfx:paper
- -> casa

= casa
{ distress_streak >= 2: -> derrumbe }
Mientras esperan a la fiscal, Doña Juana sale a llamar a su vecina para que le traiga el DNI de Kevin. Kevin se queda contigo en la oficina. # speaker:narrator # phase:protection # leaves:grandmother
+ [«No te voy a preguntar del celular. ¿Cómo están las cosas en tu casa y en la calle? ¿Le debes algo a alguien?» #do:screen_for_exploitation]
    —No te voy a preguntar del celular. Quería saber cómo estás tú. ¿Cómo están las cosas en tu casa, y en la calle? ¿Alguien te pide cosas, o le debes algo a alguien? # speaker:officer
    { trust >= 4:
        Kevin se mira la venda un buen rato. # speaker:narrator # mood:anxious
        —Hay un jefe... Él se queda con los celulares. Si vuelvo sin nada, me pega. Mi abuela no sabe. No le digas a nadie. # speaker:kevin # mood:scared # event:exploitation_sign
        -> jefe
    - else:
        —Normal nomás. # speaker:kevin # mood:withdrawn
        No dice nada más. # speaker:narrator
        ~ jefe_unaddressed = true
        -> soltar
    }
+ [Conversar de fútbol para que se relaje: «¿De qué equipo eres? ¿Viste el partido del domingo en la noche?» #do:build_rapport]
    —¿De qué equipo eres? ¿Viste el partido del domingo? # speaker:officer
    —Del Cristal. # speaker:kevin # mood:calm
    Hablan del partido hasta que vuelve Doña Juana. # speaker:narrator # arrives:grandmother
    ~ jefe_unaddressed = true
    -> soltar
+ [«Aquí entre nos: ¿quién te manda a robar? Si me das su nombre, yo le digo a la fiscal que colaboraste y te ayudo.» #do:pressure_or_bargain]
    —Aquí entre nos: ¿quién te manda a robar? Si me das su nombre, yo le digo a la fiscal que colaboraste y te ayudo. # speaker:officer
    —Nadie me manda. —Kevin se cruza de brazos y no vuelve a hablar. # speaker:kevin # mood:scared
    ~ jefe_unaddressed = true
    -> soltar

= jefe
+ [«Gracias por contármelo. Que un adulto te obligue y te pegue no es tu culpa. La fiscal y tu abogada tienen que saberlo.» #do:express_belief #do:explain_who_must_know]
    —Gracias por contármelo. Que un adulto te obligue a robar y te pegue no es tu culpa. La fiscal y tu abogada tienen que saberlo, para protegerte; no lo voy a andar contando a nadie más. # speaker:officer
    Kevin asiente. Por primera vez en toda la tarde, te mira a la cara. # speaker:narrator # mood:relieved
+ [«Gracias por confiar en mí, Kevin. Tranquilo, ¿ya? Esto queda entre tú y yo; no se lo voy a contar a nadie, te lo prometo.» #do:express_belief #do:promise_secrecy]
    —Gracias por confiar en mí, Kevin. Tranquilo, ¿ya? Esto queda entre tú y yo; no se lo voy a contar a nadie, te lo prometo. # speaker:officer
    Kevin asiente, aliviado. Todavía no sabe que esa promesa no la vas a poder cumplir. # speaker:narrator # mood:relieved
+ [«Dame el nombre del jefe y dónde para. Si colaboras, se lo digo a la fiscal, y eso te conviene bastante.» #do:pressure_or_bargain]
    —Dame el nombre del jefe y dónde para. Si colaboras, se lo digo a la fiscal, y eso te conviene bastante. # speaker:officer
    —No... Si se entera, me mata. —Kevin se queda callado. # speaker:kevin # mood:scared
- -> derivar

= derivar
Lo que Kevin contó no puede quedarse en esta oficina. # speaker:narrator
+ [Llamar a la DEMUNA por el riesgo que corre Kevin y contarle a la fiscal de familia lo del jefe, con las palabras de él. #do:contact_child_protection #do:notify_family_prosecutor]
    La DEMUNA de turno toma los datos y cita a Kevin y a su abuela para el lunes. La fiscal Paredes anota lo del adulto con las palabras de Kevin. # speaker:narrator # sfx:phone
+ [Contárselo a la fiscal apenas llegue y pedirle que active ella a la DEMUNA, para que Kevin no lo repita. #do:notify_family_prosecutor #do:contact_child_protection]
    Cuando llega la fiscal Paredes, le cuentas lo del adulto con las palabras de Kevin. Ella llama ahí mismo a la DEMUNA, que cita a la familia para el lunes. # speaker:narrator # sfx:phone
+ [«Eso ya es otro caso, señora: vaya mañana a la DEMUNA y denúncielo usted misma, si quiere, ¿ya?» #do:defer_or_redirect]
    —Eso ya es otro caso, señora: vaya mañana a la DEMUNA y denúncielo usted misma, si quiere, ¿ya? # speaker:officer
    Doña Juana, que acaba de volver, asiente sin entender de qué le hablas. Kevin baja la cabeza. # speaker:narrator # mood:withdrawn
    ~ jefe_unaddressed = true
- -> soltar

= soltar
A las ocho y media, la fiscal de familia, la doctora Paredes, ya está en la comisaría. Revisa el acta y habla con Kevin{ counsel_called:, con su defensora} y con su abuela. # speaker:narrator # sfx:door # phase:closure
Lo dice claro: el celular es viejo, vale menos de una remuneración mínima y ya está con su dueña; es una falta. Identificado Kevin y hechas las diligencias urgentes, la ley manda entregarlo a su abuela. La investigación sigue con él en libertad. # speaker:narrator
El comisario, desde la puerta, refunfuña: —Que duerma aquí hoy, para que escarmiente. # speaker:commander
+ [Entregarlo a su abuela con el acta de entrega y darle a ella la cita, los teléfonos y el consejo de no interrogarlo. #do:release_to_safe_carer #do:brief_carer]
    Doña Juana muestra su DNI y el de Kevin, que trajo la vecina. Firman el acta de entrega. Anotas la hora: dos horas y media desde la detención, muy lejos del límite de veinticuatro. # speaker:narrator # sfx:paper
    —Aquí tiene el número del acta, la cita con la fiscal y los teléfonos de la Defensa Pública y de la DEMUNA. En casa no le pregunte por lo que pasó; de eso se encargan la fiscal y la defensa. # speaker:officer
    Doña Juana guarda el papel en el monedero, doblado con cuidado. # speaker:narrator # mood:calm
+ [«Tiene razón, comisario: una noche en la carceleta y mañana temprano se lo entrego a su abuela, con el acta.» #do:hold_with_adults]
    -> final_calabozo
+ [«Ya, señora, lléveselo nomás, que la fiscal ya firmó todo. Y tú, que no te vuelva a ver por acá, ¿me oíste bien, Kevin?» #do:release_to_safe_carer #do:end_abruptly]
    —Ya, señora, lléveselo nomás, que la fiscal ya firmó todo. Y tú, que no te vuelva a ver por acá, ¿me oíste bien, Kevin? # speaker:officer
    Doña Juana firma el acta de entrega sin levantar la vista. Nadie le explica qué viene después. Kevin sale detrás de ella, sin que nadie mire quién espera afuera. # speaker:narrator # mood:angry
    -> final_puerta
- -> salida

= salida
{ distress_streak >= 2: -> derrumbe }
{ grandmother_hurt:
    Doña Juana no te dirige la palabra. Espera en la puerta, con la bolsa apretada contra el pecho. # speaker:narrator
}
Por la ventana se ve al reportero, que sigue esperando en la vereda con su camarógrafo. # speaker:narrator # scene:front_desk
+ [Salir tú primero a mirar la calle, sacarlos por la puerta lateral y preguntarle a Kevin si alguien podría esperarlo. #do:confirm_safe_departure #do:protect_identity]
    Sales primero a la calle lateral. No hay nadie. # speaker:narrator # sfx:footsteps
    { jefe_unaddressed:
        —¿Alguien podría estar esperándote? —Kevin se encoge de hombros. —No sé. # speaker:kevin # mood:withdrawn
    - else:
        —El jefe no sabe dónde vive mi abuela —dice Kevin. # speaker:kevin # mood:anxious
    }
    Doña Juana para un mototaxi. # speaker:narrator
    -> desenlace
+ [Pedir a Ramos que los lleve a su casa en el patrullero, por la cochera, y que vea si alguien los sigue. #do:confirm_safe_departure #do:protect_identity]
    Ramos saca el patrullero por la cochera. Kevin le pide que lo deje una cuadra antes de su casa, para que no lo vean bajar de un patrullero. Ramos lo deja y espera hasta que entran. # speaker:narrator # sfx:door # arrives:colleague_m
    -> desenlace
+ [Despedirlos en la puerta de la oficina y atender al siguiente de la cola; ya tienen el acta y saben el camino. #do:let_leave_unchecked]
    -> final_puerta
+ [«No tienen nada que esconder»: acompañarlos por la puerta principal, aunque el reportero los esté esperando con la cámara. #do:let_leave_unchecked #do:expose_identity]
    -> final_prensa

= desenlace
{ exposed: -> final_prensa }
{ jefe_unaddressed: -> final_jefe }
-> final_protegido

=== derrumbe ===
Kevin se encierra en sí mismo. Deja de contestar, incluso a su abuela; solo mira la pared. # speaker:narrator # scene:office # mood:withdrawn
El comisario, que lo ha visto todo desde la puerta, te pide que le pases el caso a la suboficial Huamán. # speaker:narrator # sfx:door # arrives:colleague_f
Kevin sale esa noche con su abuela. No vuelve a decir una palabra a ningún policía: ni del celular, ni de nada más. # speaker:narrator # mood:withdrawn # ending:harmed_shut_down
-> END

=== final_calabozo ===
Kevin pasa la noche en la carceleta, con tres detenidos adultos. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:door
En la mañana tiene un moretón en el pómulo y no dice quién fue. Cuando llega la defensora, Kevin ya no quiere hablar con nadie, tampoco con su abuela. # speaker:narrator # mood:withdrawn # ending:harmed_night_in_cell
-> END

=== final_prensa ===
Esa noche, el noticiero local pasa diez segundos: el buzo azul de Kevin, la venda en la mano, la esquina de su barrio. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:scared
El lunes, en el colegio, todos lo saben. Y el hombre al que Kevin le entregaba los celulares también lo ha visto. # speaker:narrator # ending:harmed_exposed
-> END

=== final_puerta ===
En la puerta, un muchacho en moto espera con el motor prendido. —El jefe te está buscando —le dice a Kevin. # speaker:narrator # scene:front_desk # mood:scared
Doña Juana lo jala del brazo y se lo lleva caminando. Desde la comisaría, nadie los ve. # speaker:narrator # ending:at_risk_waiting_outside
-> END

=== final_jefe ===
Kevin se va con su abuela. Tres semanas después, Ramos lo ve otra vez en el paradero de la avenida Las Lomas, mirando los celulares de la gente. Del jefe, en la comisaría, no quedó nada escrito. # speaker:narrator # mood:withdrawn # ending:at_risk_jefe # arrives:colleague_m
-> END

=== final_protegido ===
La DEMUNA recibe a Doña Juana y a Kevin el lunes, y la Fiscalía abre una investigación sobre el adulto que usa a muchachos para robar. Antes de irse, Kevin levanta la mano vendada para despedirse. # speaker:narrator # mood:relieved # ending:protected_grandmother
-> END
