# case: theft_16
# title: Kevin, detenido por un celular
# summary: Una patrulla lo trae detenido por quitar un celular; tiene un corte en la mano y pide a su abuela.
# persona: kevin
# age: 16
# type: conflict_with_law
# requires: explain_rights_to_adolescent, notify_parents, request_defense_counsel, notify_family_prosecutor, keep_child_in_safe_area, screen_for_exploitation, contact_child_protection, record_child_words, release_to_safe_carer, brief_carer, confirm_safe_departure
# key: REC-03, ENV-02, COM-01, COM-05, REF-06, REF-07, DOC-01, DOC-02, CLO-02
# trust: 2
# distress: 6
# content_note: Un adolescente de dieciséis años detenido en flagrancia por quitar un celular; tiene un corte en la mano y, más tarde, menciona a un adulto que lo obliga a robar y lo golpea. Sin violencia explícita.
# lang: es

VAR trust = 2
VAR distress = 6
VAR jefe_unaddressed = false
VAR counsel_called = false

-> llegada

=== llegada ===
Jueves, seis de la tarde. En el mostrador de la comisaría de Los Álamos hay cola para denuncias y un televisor prendido sin volumen. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
El suboficial Ramos entra con un muchacho flaco, de buzo azul, tomándolo del codo. No está esposado. # speaker:narrator # sfx:door
—Le quitó el celular a una señora en la juguería de la avenida Las Lomas. Un señor lo agarró en la esquina. El celular ya se le devolvió a la dueña. Se cortó la mano con la reja al caerse. # speaker:colleague_m
El muchacho aprieta la mano contra el buzo. La tela se está manchando de sangre. Mira al techo, con la mandíbula apretada. # speaker:narrator # mood:angry # event:urgent_need
-> herida

= herida
+ [Mirar primero la mano: preguntarle si le duele, si se golpeó en otro lado, y pedir el botiquín. #do:check_urgent_needs]
    —Déjame ver esa mano. ¿Te duele? ¿Te golpeaste en otro sitio al caer? # speaker:officer
    —En la mano nomás. No es nada. # speaker:kevin # mood:angry
    Es un corte en la palma, no muy hondo, que sigue sangrando. Ramos va por el botiquín. # speaker:narrator
+ [«Primero el acta de intervención: nombre, DNI, dirección. Después vemos la mano.» #do:paperwork_first]
    —Primero el acta de intervención: nombre, DNI, dirección. Después vemos la mano. # speaker:officer
    —Kevin... Kevin Huarcaya. No tengo DNI aquí. # speaker:kevin # mood:angry
    Mientras escribes, la sangre gotea sobre el mostrador. # speaker:narrator
+ [«A ver, ¿cuántos celulares llevas hoy? Habla de una vez.» #do:ask_why_or_blame]
    —A ver, ¿cuántos celulares llevas hoy? Habla de una vez. # speaker:officer
    —Ninguno, pues. Uno nomás. # speaker:kevin # mood:angry
    La gente de la cola se voltea a mirar. Alguien se ríe. # speaker:narrator
- -> donde

= donde
{ distress >= 9: -> derrumbe }
El comisario sale de su oficina y mira al muchacho. # speaker:narrator # sfx:door # phase:environment
—¿Y este? Mételo al calabozo un rato, que se le quite lo malcriado. # speaker:commander
+ [«Comisario, es menor de edad: lo llevo a la oficina de familia, lejos de la carceleta, y ahí le curamos la mano.» #do:keep_child_in_safe_area #do:move_to_private_room #do:arrange_medical_care]
    —Comisario, es menor de edad. Lo llevo a la oficina de familia, lejos de la carceleta, y ahí le curamos la mano. # speaker:officer
    El comisario se encoge de hombros y vuelve a su oficina. # speaker:narrator
    -> oficina
+ [Llevarlo al calabozo, como dice el comisario. #do:hold_with_adults #do:place_child_near_detainees]
    -> final_calabozo
+ [Dejarlo sentado en la banca del hall, a la vista de todos, mientras llega alguien de familia. #do:place_child_near_detainees]
    Kevin se sienta en la banca, entre la gente que espera. Una señora lo graba con su celular. Él se tapa la cara con el brazo. # speaker:narrator # mood:withdrawn
    Media hora después, Huamán se lo lleva a la oficina de familia y le limpia la mano. # speaker:narrator
    -> oficina

= oficina
Kevin se sienta en la oficina de familia, con la mano vendada. Mueve la pierna sin parar. # speaker:narrator # scene:office # ambient:quiet_room # phase:communication
-> derechos

= derechos
{ distress >= 9: -> derrumbe }
+ [Presentarte por tu nombre y explicarle con palabras sencillas por qué está aquí y sus derechos: avisar a su familia, un abogado gratis desde ahora, y que no tiene que hablar del hecho. #do:introduce_self_simply #do:explain_rights_to_adolescent]
    —Kevin, me llamo Sánchez, soy policía. Estás aquí porque dicen que quitaste un celular. Tienes derechos: vamos a avisar a tu familia, vas a tener un abogado gratis desde ahora, y no tienes que contarme nada del celular si no quieres. ¿Me entendiste? ¿Qué me preguntarías? # speaker:officer
    —¿O sea que no tengo que hablar? # speaker:kevin # mood:anxious
    —No. Y nadie te va a preguntar del hecho sin tu abogado. # speaker:officer
+ [Leerle el acta de derechos tal como está escrita. #do:use_jargon #do:explain_rights_to_adolescent]
    —Se le informa que se encuentra en calidad de intervenido por la presunta comisión de infracción a la ley penal contra el patrimonio, en la modalidad de hurto agravado en grado de tentativa, y que le asisten los derechos consagrados en el Código de Responsabilidad Penal de Adolescentes... # speaker:officer
    Kevin te mira sin entender. Después mira al suelo. # speaker:narrator # mood:withdrawn
+ [«Mira, si colaboras y me dices la verdad ahorita, te vas rápido a tu casa.» #do:pressure_or_bargain]
    —Mira, si colaboras y me dices la verdad ahorita, te vas rápido a tu casa. # speaker:officer
    —Yo no digo nada. # speaker:kevin # mood:angry
- -> abuela

= abuela
{ distress >= 9: -> derrumbe }
—Llamen a mi abuela. # speaker:kevin # mood:anxious
+ [«Sí. Dame su número; la llamo ahora, delante de ti.» #do:notify_parents]
    —Sí. Dame su número; la llamo ahora, delante de ti. # speaker:officer
    —Buenas tardes, señora Juana. Le llamo de la comisaría de Los Álamos. Su nieto Kevin está aquí, está bien; tiene un corte en la mano que ya le curamos. Necesitamos que venga. # speaker:officer # sfx:phone
    Kevin escucha sin mirarte. Los hombros se le bajan un poco. # speaker:narrator # mood:anxious
+ [«Primero hablamos tú y yo; a tu abuela la llamamos después.» #do:pressure_or_bargain]
    —Primero hablamos tú y yo. A tu abuela la llamamos después. # speaker:officer
    —Entonces no hablo. # speaker:kevin # mood:angry
+ [Llamarla y decirle lo que piensas: «Señora, su nieto anda robando; ¿así lo cría usted?» #do:notify_parents #do:blame_carer]
    —Señora Juana, su nieto está en la comisaría. Anda robando celulares. ¿Así lo cría usted? # speaker:officer # sfx:phone
    Kevin aprieta los puños. Se le llenan los ojos de lágrimas y voltea la cara. # speaker:narrator # mood:angry
- -> defensa

= defensa
{ distress >= 9: -> derrumbe }
Son las siete menos cuarto. Kevin lleva casi una hora detenido. # speaker:narrator # phase:referral
+ [Pedir un defensor público a la Defensa Pública de turno y comunicar la detención a la Fiscalía de Familia; anotar la hora de cada llamada. #do:request_defense_counsel #do:notify_family_prosecutor]
    La fiscal de familia de turno toma nota y dice que pasará en una hora. La Defensa Pública manda a una defensora. Anotas las horas. # speaker:narrator # sfx:phone
    ~ counsel_called = true
+ [«Por un celular no vale la pena molestar a la fiscal ni a la defensa. Le tomo su manifestación ahorita y listo.» #do:ask_open_question]
    —A ver, Kevin, cuéntame cómo fue lo del celular. # speaker:officer
    —¿Ahorita? ¿Sin nadie más? # speaker:kevin # mood:scared
    Kevin se encoge en la silla. Al final dice algo, bajito, que anotas como su manifestación. # speaker:narrator # mood:scared
+ [Comunicar el caso a la Fiscalía de Familia y dejar que la fiscal vea lo del abogado cuando llegue. #do:notify_family_prosecutor]
    La fiscal de familia de turno toma nota. Del abogado no dices nada. # speaker:narrator # sfx:phone
- -> prensa

= prensa
{ distress >= 9: -> derrumbe }
Ramos se asoma a la puerta. # speaker:narrator # sfx:door
—Colega, hay un reportero de un canal local en el mostrador. Quiere grabar «al ratero del celular». Dice que la señora ya le dio entrevista. # speaker:colleague_m # event:media_present
+ [Decirle al reportero que no: es un menor de edad, no se graba ni se da su nombre ni su barrio; cerrar la puerta de la oficina. #do:protect_identity]
    —No se puede, señor. Es menor de edad: no se graba, no se da nombre ni barrio. # speaker:officer
    El reportero protesta un rato en el mostrador y se va a grabar la fachada. Cierras la puerta de la oficina. # speaker:narrator # sfx:door
+ [Dejar que lo graben de espaldas, «sin la cara», para que no molesten más. #do:expose_identity]
    -> final_prensa
+ [Salir al mostrador y contestarle: «Es un menor de dieciséis, de la zona de arriba; lo agarraron con el celular.» #do:discuss_case_in_public #do:expose_identity]
    -> final_prensa
- -> llega_abuela

= llega_abuela
{ distress >= 9: -> derrumbe }
Una señora mayor llega a la oficina con una bolsa de emoliente y el mandil puesto. Tiene la respiración agitada. # speaker:narrator # sfx:footsteps
—¿Dónde está mi Kevin? ¿Qué ha hecho este muchacho? # speaker:grandmother
+ [Recibirla con respeto: «Señora Juana, siéntese. Kevin está bien; tiene la mano curada. Le explico lo que está pasando.» #do:receive_carer_respectfully]
    —Señora Juana, siéntese, por favor. Kevin está bien; la mano ya está curada. Le explico lo que está pasando y lo que sigue. # speaker:officer
    Doña Juana se sienta al lado de su nieto y le toma la mano buena. Kevin no la suelta. # speaker:narrator # mood:anxious
+ [«Señora, ¿usted sabe en qué anda su nieto? ¿Quién lo controla en su casa?» #do:blame_carer]
    —Señora, ¿usted sabe en qué anda su nieto? ¿Quién lo controla en su casa? # speaker:officer
    —Yo trabajo todo el día, jefe... —dice Doña Juana, y se le quiebra la voz. Kevin mira la pared. # speaker:grandmother # mood:angry
+ [«Para pasar necesito su DNI y la partida de nacimiento del menor; sin eso no puede entrar.» #do:demand_formalities]
    —Para pasar necesito su DNI y la partida de nacimiento del menor. Sin eso no puede entrar. # speaker:officer
    —La partida está en la casa... —Doña Juana se queda en la puerta, con la bolsa en la mano, hasta que Huamán la hace pasar. # speaker:grandmother # mood:anxious
- -> version

= version
{ distress >= 9: -> derrumbe }
{ counsel_called:
    Llega la defensora pública y habla un rato a solas con Kevin. Después te hace una seña para que entres. # speaker:narrator # sfx:door
    —Kevin ya sabe que puede quedarse callado. Si él quiere dar su versión, que sea ahora, conmigo presente. # speaker:defender
- else:
    Nadie ha llamado a la Defensa Pública. Kevin está solo contigo y con su abuela. # speaker:narrator
}
+ [«Kevin, tú decides si quieres contar lo que pasó o no. Si quieres, te escucho.» #do:let_child_decide #do:ask_open_question]
    —Kevin, tú decides si quieres contar lo que pasó o no. Si quieres, te escucho. # speaker:officer
    { trust >= 6:
        —Estaba el celular en la mesa de la juguería. Lo agarré y corrí. El señor me alcanzó en la reja y me caí. Eso nomás. # speaker:kevin # mood:anxious
    - else:
        —No quiero hablar. # speaker:kevin # mood:withdrawn
        Lo anotas así. # speaker:narrator
    }
+ [«Si confiesas, la fiscal te da algo leve. Si no, te mandan a Maranguita.» #do:pressure_or_bargain]
    —Si confiesas, la fiscal te da algo leve. Si no, te mandan a Maranguita. # speaker:officer
    Kevin ya no levanta la vista. Su abuela se tapa la boca. # speaker:narrator # mood:scared
+ [«¿Por qué robas, si eres joven y sano? ¿No te da vergüenza con tu abuela?» #do:ask_why_or_blame]
    —¿Por qué robas, si eres joven y sano? ¿No te da vergüenza con tu abuela? # speaker:officer
    Kevin se pone rojo y mira a su abuela, que llora en silencio. # speaker:narrator # mood:angry
- -> registro

= registro
{ distress >= 9: -> derrumbe }
Tienes que dejar todo por escrito para la fiscal. # speaker:narrator # sfx:paper # phase:documentation
+ [Anotar lo que Kevin dijo con sus palabras, entre comillas, quién estaba presente y la hora de cada aviso. #do:record_child_words]
    Escribes sus palabras tal cual, quién estaba presente y las horas de cada llamada. # speaker:narrator # sfx:paper
+ [Resumir en el acta: «El menor reconoce integrar una banda dedicada al robo de celulares». #do:record_interpretation]
    Escribes: «El menor reconoce integrar una banda dedicada al robo de celulares». Kevin nunca dijo eso. # speaker:narrator # sfx:paper
+ [Darle una hoja a Kevin para que él mismo escriba su declaración y la firme. #do:record_interpretation]
    Kevin escribe tres líneas con letra apretada y las firma, sin entender para qué. # speaker:narrator # sfx:paper
- -> casa

= casa
{ distress >= 9: -> derrumbe }
Mientras esperan a la fiscal, Doña Juana sale a llamar a su vecina. Kevin se queda contigo en la oficina. # speaker:narrator # phase:protection
+ [Preguntarle, sin apuro y sin hablar del celular, cómo están las cosas en su casa y fuera de ella, si alguien le pide cosas o si debe algo a alguien. #do:screen_for_exploitation]
    —No te voy a preguntar del celular. Quería saber cómo estás tú. ¿Cómo están las cosas en tu casa, y afuera? ¿Alguien te pide cosas, o le debes algo a alguien? # speaker:officer
    { trust >= 5:
        Kevin se mira la venda un buen rato. # speaker:narrator # mood:anxious
        —Hay un jefe... Él se queda con los celulares. Si vuelvo sin nada, me pega. Mi abuela no sabe. # speaker:kevin # mood:scared # event:exploitation_sign
        -> jefe
    - else:
        —Normal nomás. # speaker:kevin # mood:withdrawn
        No dice nada más. # speaker:narrator
        ~ jefe_unaddressed = true
        -> soltar
    }
+ [Hablar de fútbol para pasar el rato. #do:build_rapport]
    —¿De qué equipo eres? # speaker:officer
    —Del Cristal. # speaker:kevin # mood:calm
    Hablan del partido del domingo hasta que vuelve Doña Juana. # speaker:narrator
    ~ jefe_unaddressed = true
    -> soltar
+ [«Tú ya estás grande para andar en esto. Tu abuela no se merece esto.» #do:ask_why_or_blame]
    —Tú ya estás grande para andar en esto. Tu abuela no se merece esto. # speaker:officer
    Kevin se cruza de brazos y no vuelve a hablar. # speaker:narrator # mood:angry
    ~ jefe_unaddressed = true
    -> soltar

= jefe
{ distress >= 9: -> derrumbe }
+ [«Gracias por contármelo. Si un adulto te obliga y te pega, eso no es tu culpa. Se lo tengo que contar a la fiscal y a la DEMUNA, para que te protejan; tu abogada lo va a saber.» #do:express_belief #do:explain_who_must_know #do:screen_for_exploitation #do:contact_child_protection]
    —Gracias por contármelo. Si un adulto te obliga a robar y te pega, eso no es tu culpa. Esto se lo tengo que contar a la fiscal y a la DEMUNA, para que te protejan. Tu abogada también lo va a saber. # speaker:officer
    Kevin asiente. Por primera vez en toda la tarde, te mira a la cara. # speaker:narrator # mood:relieved
    Llamas a la DEMUNA y dejas constancia de lo que dijo Kevin, con sus palabras, y de la hora. # speaker:narrator # sfx:phone
+ [«Dame el nombre del jefe y dónde para, y le digo a la fiscal que colaboraste.» #do:pressure_or_bargain]
    —Dame el nombre del jefe y dónde para, y le digo a la fiscal que colaboraste. # speaker:officer
    —No... Si se entera, me mata. —Kevin se queda callado. # speaker:kevin # mood:scared
    ~ jefe_unaddressed = true
+ [«Eso es cuento. Todos dicen que hay un jefe.» #do:express_doubt_or_shock]
    —Eso es cuento. Todos dicen que hay un jefe. # speaker:officer
    Kevin se ríe sin ganas y mira la pared. # speaker:narrator # mood:withdrawn
    ~ jefe_unaddressed = true
- -> soltar

= soltar
{ distress >= 9: -> derrumbe }
A las ocho y media llega la fiscal de familia. Revisa el acta, habla con Kevin y con su abuela, y dispone que Kevin sea entregado a su abuela; la investigación seguirá con él en libertad. # speaker:narrator # sfx:door # phase:closure
+ [Verificar el DNI de Doña Juana y su parentesco, y hacer el acta de entrega con hora y firmas, dentro del plazo. #do:verify_carer_identity #do:release_to_safe_carer]
    Doña Juana muestra su DNI y el de Kevin, que trajo la vecina. Firman el acta de entrega. Anotas la hora: dos horas y media desde la detención. # speaker:narrator # sfx:paper
+ [«Que duerma hoy en el calabozo para que escarmiente; la abuela que vuelva mañana.» #do:hold_with_adults]
    -> final_calabozo
+ [«Ya, Kevin, lárgate con tu abuela, y que no te vuelva a ver por aquí.» #do:release_to_safe_carer #do:end_abruptly]
    —Ya, Kevin, lárgate con tu abuela. Y que no te vuelva a ver por aquí. # speaker:officer
    Kevin se levanta sin decir nada. # speaker:narrator # mood:angry
- -> explicar

= explicar
{ distress >= 9: -> derrumbe }
Doña Juana se pone la chompa. Kevin espera a su lado, con la mano vendada en el bolsillo. # speaker:narrator
+ [Explicarle a Kevin qué pasa ahora, y darle a Doña Juana el número del acta, la cita con la fiscal, el teléfono de la Defensa Pública y de la DEMUNA, y pedirle que no lo interrogue en la casa. #do:explain_next_steps #do:brief_carer]
    —Kevin, ahora te vas a tu casa con tu abuela. La fiscal te va a citar; tu abogada va contigo. La DEMUNA los va a llamar. —Y a Doña Juana—: Aquí está el número del acta y los teléfonos. No le pregunte en la casa por lo que pasó; de eso se encargan la fiscal y la defensa. # speaker:officer
    Doña Juana guarda el papel en el monedero, doblado con cuidado. # speaker:narrator # mood:calm
+ [«La fiscal la llamará. Ya se pueden ir.» #do:neutral]
    —La fiscal la llamará. Ya se pueden ir. # speaker:officer
    Doña Juana pregunta para cuándo. Nadie le contesta. # speaker:narrator
+ [Advertirle a la abuela delante de Kevin: «La próxima vez va preso de verdad, señora. Ajústelo.» #do:blame_carer]
    —La próxima vez va preso de verdad, señora. Ajústelo. # speaker:officer
    Doña Juana baja la cabeza. Kevin se adelanta hacia la puerta. # speaker:narrator # mood:angry
- -> salida

= salida
Por la ventana se ve al reportero, que sigue esperando en la vereda con su camarógrafo. # speaker:narrator # scene:front_desk
+ [Antes de que salgan, mirar afuera; sacarlos por la puerta lateral, lejos de la cámara, y preguntarles si alguien podría estar esperándolo. #do:confirm_safe_departure #do:protect_identity]
    Sales primero a la calle lateral. No hay nadie. Kevin dice que el jefe no sabe dónde vive su abuela. Doña Juana para un mototaxi. # speaker:narrator # sfx:footsteps
    { jefe_unaddressed: -> final_jefe | -> final_protegido }
+ [Despedirlos en el mostrador y atender al siguiente. #do:let_leave_unchecked]
    -> final_puerta
+ [Acompañarlos por la puerta principal, aunque esté el reportero: «No tienen nada que esconder.» #do:let_leave_unchecked #do:expose_identity]
    -> final_prensa

=== derrumbe ===
Kevin se encierra en sí mismo. Deja de contestar, incluso a su abuela; solo mira la pared. # speaker:narrator # scene:office # mood:withdrawn
El comisario, que lo ha visto todo desde la puerta, te pide que le pases el caso a la suboficial Huamán. # speaker:narrator # sfx:door
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
Kevin se va con su abuela. Tres semanas después, Ramos lo ve otra vez en el paradero de la avenida Las Lomas, mirando los celulares de la gente. Del jefe, en la comisaría, no quedó nada escrito. # speaker:narrator # mood:withdrawn # ending:at_risk_jefe
-> END

=== final_protegido ===
La DEMUNA cita a Doña Juana y a Kevin para la semana siguiente, y la fiscal abre una investigación sobre el adulto que usa a muchachos para robar. Kevin sube al mototaxi y, antes de que arranque, levanta la mano vendada para despedirse. # speaker:narrator # mood:relieved # ending:protected_grandmother
-> END
