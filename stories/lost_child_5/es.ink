# case: lost_child_5
# title: Ana Lucía, perdida en el mercado
# summary: Un sereno la encontró llorando sola en el mercado; después llega un hombre que dice ser su tío.
# persona: ana_lucia
# age: 5
# type: lost_child
# requires: keep_child_in_safe_area, check_missing_reports, record_child_words, verify_carer_identity, notify_family_prosecutor, contact_child_protection, release_to_safe_carer, confirm_safe_departure
# key: ENV-02, COM-01, COM-04, PRO-02, PRO-06, REF-05, DOC-01, CLO-03
# trust: 2
# distress: 6
# content_note: Una niña de unos cinco años perdida en un mercado, y un hombre que dice ser su tío sin poder probarlo. Sin violencia explícita.
# lang: es

VAR trust = 2
VAR distress = 6
VAR said_details = false
VAR man_saw_her = false
VAR unchecked_departure = false
VAR mama_here = false

-> llegada

=== llegada ===
Sábado, once de la mañana. El mostrador de la comisaría de Villa San Gabriel está lleno: una señora denuncia un robo, dos muchachos piden una constancia. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Se abre la puerta. Un sereno de la municipalidad entra con una niña pequeña de la mano. # speaker:narrator # sfx:door
—Buenos días. Sereno Quispe, de la base del mercado Las Flores. Esta niñita estaba llorando solita entre los puestos de fruta. Nadie la reclamó en media hora. # speaker:serenazgo # mood:crying
La niña tiene unos cinco años, un vestido amarillo y una chompa rosada. Se chupa el dedo y mira el piso. Cuando el suboficial Ramos pasa a su lado, se encoge. # speaker:narrator # mood:scared
-> saludo

= saludo
+ [Agacharte a su altura, a un paso de distancia, y decirle tu nombre y que eres policía y ayudas a los niños que se pierden. #do:introduce_self_simply]
    —Hola. Me llamo Sánchez y soy policía. Aquí ayudamos a los niños que se pierden de su mamá. ¿Cómo te llamas tú? # speaker:officer
    La niña se saca el dedo de la boca un momento. # speaker:narrator # mood:anxious
    —Ana Lucía. # speaker:ana_lucia # mood:anxious
+ [Hablarle al sereno por encima de la niña: «¿La menor es NN? ¿Porta documento? ¿En qué circunstancias fue hallada?» #do:use_jargon]
    —¿La menor es NN? ¿Porta algún documento de identidad? ¿En qué circunstancias fue hallada? # speaker:officer
    La niña se esconde detrás de la pierna del sereno. # speaker:narrator # mood:scared
    —No trae nada, jefe. Dice que se llama Ana Lucía, nomás. # speaker:serenazgo
+ [Cargarla en brazos para que deje de llorar, como harías con tu sobrina. #do:touch_without_consent]
    Apenas la levantas, la niña se pone rígida y grita. Patalea hasta que la bajas al piso. # speaker:narrator # mood:crying
    —Se llama Ana Lucía, jefe. Es lo único que me ha dicho. # speaker:serenazgo
- -> recepcion

= recepcion
—Yo se la dejo aquí, ¿ya? Tengo que volver a la ronda. # speaker:serenazgo
+ [Recibir el caso ahora y pedirle al sereno cinco minutos: dónde y a qué hora la encontró, qué dijo la niña, si la vio con alguien. #do:attend_immediately #do:gather_facts_from_adult]
    —Gracias por traerla. Antes de irse, cuénteme: ¿dónde y a qué hora la encontró, qué le dijo ella, la vio con alguien? # speaker:officer
    —A las diez y cuarto, en el pasillo de frutas, por la puerta tres. Estaba sola. Solo dijo «mamá Rosa» y algo de una calle, Los Pinos, creo. Nadie se le acercó. # speaker:serenazgo
    Anotas la hora, el lugar y las palabras tal como el sereno las repite. # speaker:narrator # sfx:paper
+ [«Mejor llévela a la DEMUNA de la municipalidad; los niños perdidos del mercado les tocan a ustedes.» #do:defer_or_redirect]
    —Mejor llévela a la DEMUNA de la municipalidad. Los niños perdidos del mercado les tocan a ustedes. # speaker:officer
    —La DEMUNA no atiende sábados, jefe. Mi supervisor me dijo que la trajera a la comisaría. # speaker:serenazgo
    El sereno deja a la niña junto al mostrador y sale antes de que le preguntes nada más. Ana Lucía se queda mirando la puerta por donde se fue. # speaker:narrator # sfx:door # mood:crying
+ [«Antes de recibirla, tráigame su DNI y algún documento de la niña; sin eso no puedo hacer el acta.» #do:demand_formalities]
    —Antes de recibirla necesito su DNI y algún documento de la niña. Sin eso no puedo hacer el acta. # speaker:officer
    —¿Documento de la niña? Si la encontré llorando, jefe. # speaker:serenazgo
    El sereno te deja su DNI en el mostrador y se queda mirando el reloj. Ana Lucía se ha sentado en el piso, junto a la puerta. # speaker:narrator # mood:withdrawn
- -> donde_espera

= donde_espera
Ana Lucía sigue de pie junto al mostrador. La gente de la fila pasa a su lado. Tú tienes que hacer llamadas y atender. La suboficial Huamán está libre. # speaker:narrator # phase:environment
+ [Llevarla a la sala de espera infantil, la de las colchonetas y los cuentos, y pedirle a la suboficial Huamán que se quede con ella. #do:keep_child_in_safe_area]
    —Huamán, ¿te puedes quedar con ella en la sala de niños mientras hago las llamadas? # speaker:officer
    —Claro. Ven, Ana Lucía, ahí hay cuentos. # speaker:colleague_f
    -> sala
+ [«Siéntate en la banca del pasillo, mamita; ahorita vengo.» #do:place_child_near_detainees]
    —Siéntate en la banca del pasillo, mamita. Ahorita vengo. # speaker:officer
    -> banca_pasillo
+ [Dejarla en la oficina del fondo con unas hojas para pintar y cerrar la puerta para que no se salga. #do:leave_child_unsupervised]
    —Quédate aquí pintando, ¿ya? Cierro la puerta para que nadie te moleste. # speaker:officer
    -> oficina_sola

= banca_pasillo
La banca del pasillo está frente a la carceleta. Desde adentro, un detenido golpea las rejas y grita que quiere su llamada. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells
Ana Lucía se tapa los oídos y llora a gritos. Huamán sale corriendo, le tiende la mano y se la lleva a la sala de niños. # speaker:narrator # mood:crying # event:child_distressed
-> sala

= oficina_sola
Diez minutos después, Huamán abre la puerta de la oficina. Ana Lucía está debajo del escritorio, llorando, al lado del cajón donde Ramos guarda su arma de reglamento. Huamán se la lleva a la sala de niños. # speaker:narrator # scene:office # mood:crying # event:child_distressed
-> sala

= sala
La sala de niños tiene una colchoneta, cuentos y una ventana con cortina. Huamán le alcanza un vaso de agua a Ana Lucía. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
Entra el suboficial Ramos con un paquete de galletas. Ana Lucía se encoge y se tapa la cara. Luego te estira los brazos, pero los baja enseguida. # speaker:narrator # sfx:door # mood:scared
+ [Pedirle a Ramos que deje las galletas y salga; sentarte a su altura, sin apuro, y preguntarle: «¿Quieres que me siente a tu lado? ¿Quieres darme la mano?» #do:pause_for_child #do:ask_before_touch]
    —Ramos, déjalas ahí nomás, gracias. —Y a ella, después de un rato—: ¿Quieres que me siente a tu lado? ¿Quieres darme la mano? # speaker:officer
    Ana Lucía mira la puerta cerrarse. Después se arrima y te agarra un dedo. # speaker:narrator # mood:anxious
+ [Alzarla y sentarla en tus piernas; a esa edad lo que necesitan es un abrazo. #do:touch_without_consent]
    La levantas y la sientas en tus piernas. Ana Lucía se queda tiesa, con los brazos pegados al cuerpo, y mira a Ramos sin pestañear. # speaker:narrator # mood:withdrawn
+ [Ofrecerle un chupetín de la tienda si deja de llorar y te dice su apellido. #do:pressure_or_bargain]
    —Si dejas de llorar y me dices tu apellido, te compro un chupetín. ¿Ya? # speaker:officer
    Ana Lucía intenta no llorar. Se le escapa un sollozo y se tapa la boca, asustada. # speaker:narrator # mood:scared
- -> reglas

= reglas
{ distress >= 9: -> derrumbe }
En la mano, Ana Lucía aprieta un llavero con un perrito de peluche. # speaker:narrator
+ [Decirle que si no sabe algo puede decir «no sé», y preguntarle cómo se llama su perrito de peluche. #do:explain_child_can_stop #do:build_rapport]
    —Te voy a preguntar unas cositas. Si no sabes, me dices «no sé», y está bien. Si quieres parar, también. ¿Cómo se llama tu perrito? # speaker:officer
    —Boby. Como mi perro de verdad. # speaker:ana_lucia # mood:calm
+ [«Tienes que ayudarme, ¿ya? Si no me dices dónde vives, no vamos a encontrar a tu mamá.» #do:pressure_or_bargain]
    —Tienes que ayudarme, ¿ya? Si no me dices dónde vives, no vamos a encontrar a tu mamá. # speaker:officer
    Ana Lucía abre mucho los ojos y empieza a llorar otra vez, más fuerte. # speaker:narrator # mood:crying
+ [«¿Y por qué te soltaste de la mano de tu mamá? Eso no se hace.» #do:ask_why_or_blame]
    —¿Y por qué te soltaste de la mano de tu mamá? Eso no se hace. # speaker:officer
    —Yo me perdí... Mi mamá va a estar molesta conmigo. # speaker:ana_lucia # mood:crying
- -> preguntar

= preguntar
{ distress >= 9: -> derrumbe }
{ distress >= 7:
    Ana Lucía se mete el dedo a la boca y se voltea hacia la pared. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    Ana Lucía te mira, esperando. # speaker:narrator # mood:anxious
}
+ [«Cuéntame, ¿con quién viniste hoy al mercado?» #do:ask_open_question]
    —Cuéntame, ¿con quién viniste hoy al mercado? # speaker:officer
    { trust >= 5:
        —Con mi mamá Rosa. Ella vende papas. Yo vivo en la calle Los Pinos, al lado de la tienda. Mi perro Boby se queda en la casa. # speaker:ana_lucia # mood:calm
        ~ said_details = true
    - else:
        —Con mi mamá Rosa... # speaker:ana_lucia # mood:anxious
        No dice nada más. # speaker:narrator # mood:withdrawn
    }
+ [«¿Viniste con tu mamá o con tu papá?» #do:ask_option_question]
    —¿Viniste con tu mamá o con tu papá? # speaker:officer
    —Con mi mamá. # speaker:ana_lucia # mood:anxious
    Se queda callada. No sabes si hay algo más que quería decir. # speaker:narrator
+ [«Tu mamá te dejó solita, ¿no?» #do:ask_leading_question]
    —Tu mamá te dejó solita, ¿no? # speaker:officer
    —No... ¿Sí me dejó? ¿Mi mamá ya no viene? # speaker:ana_lucia # mood:crying
+ {distress >= 7} [No preguntar nada por ahora: ofrecerle agua y quedarte a su lado hasta que ella quiera hablar. #do:pause_for_child]
    Te quedas a su lado, sin apuro. Le alcanzas el vaso de agua. # speaker:narrator
    Al rato, sin que le preguntes, Ana Lucía dice bajito: # speaker:narrator
    —Mi mamá Rosa vende papas. Mi perro se llama Boby. # speaker:ana_lucia # mood:calm
    ~ said_details = true
- -> acta

= acta
{ distress >= 9: -> derrumbe }
Huamán te alcanza el acta de hallazgo para que la llenes. # speaker:narrator # sfx:paper # phase:documentation
+ [Anotar sus palabras tal cual, entre comillas, y quién dijo cada cosa: lo que contó el sereno y lo que dijo ella. #do:record_child_words]
    Escribes que la niña dice llamarse «Ana Lucía» y menciona a su «mamá Rosa»{ said_details: , que «vende papas», y a un perro «Boby»}. Anotas la hora y quién dijo cada cosa. # speaker:narrator # sfx:paper
+ [Escribir: «Menor abandonada por su progenitora en el mercado Las Flores». #do:record_interpretation]
    Escribes: «Menor abandonada por su progenitora en el mercado Las Flores». Nadie ha dicho eso. # speaker:narrator # sfx:paper
+ [Darle una hoja a Ana Lucía para que dibuje su casa y a su mamá, y adjuntar el dibujo al acta como su declaración. #do:record_interpretation]
    Ana Lucía dibuja una casa y tres palitos. Lo engrapas al acta como «manifestación de la menor». # speaker:narrator # sfx:paper
- -> buscar

=== buscar ===
{ distress >= 9: -> derrumbe }
Son las once y media. Nadie ha llamado a la comisaría preguntando por una niña. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ [Revisar en el sistema las denuncias por desaparición y las notas de alerta del día, y llamar a las comisarías vecinas por si una mamá ya está buscando a una niña. #do:check_missing_reports]
    Revisas el sistema y llamas a dos comisarías vecinas. Todavía no hay denuncia. Dejas los datos de Ana Lucía en las dos. # speaker:narrator # sfx:phone
    -> circular
+ [Esperar: seguro la mamá está buscándola en el mercado y va a aparecer sola. #do:delay_missing_alert]
    Decides esperar. En la sala, Ana Lucía pregunta cada rato si ya viene su mamá. # speaker:narrator
    -> final_noche
+ [Llevarla a la oficina del comisario para que le cuente a él también todo lo que te dijo. #do:ask_child_to_repeat]
    —Cuéntale al comisario lo que me contaste a mí, ¿ya? # speaker:officer
    Ana Lucía mira al hombre uniformado detrás del escritorio y se esconde detrás de ti. No dice nada. # speaker:narrator # mood:scared
    -> circular

= circular
{ distress >= 9: -> derrumbe }
Tienes los datos en el acta. Falta que alguien, afuera, sepa que Ana Lucía está aquí. # speaker:narrator
+ [Circular por radio a patrulleros y serenazgo su nombre, edad, ropa y lo que dijo, y avisar a la División de Búsqueda de Personas Desaparecidas. #do:issue_missing_alert #do:involve_specialized_unit]
    —A todas las unidades: niña de unos cinco años, Ana Lucía, vestido amarillo, chompa rosada, hallada en el mercado Las Flores. Menciona a su mamá Rosa. Se encuentra en esta comisaría. # speaker:officer # sfx:radio
    -> el_hombre
+ [Tomarle una foto con tu celular y subirla al Facebook de la comisaría: «¿Reconoces a esta niña?» #do:expose_identity]
    Le tomas una foto a Ana Lucía, que se tapa la cara con el llavero, y la subes a la página de la comisaría. En minutos tiene cientos de compartidos y comentarios. # speaker:narrator # mood:anxious
    -> final_foto
+ [No circular nada todavía: si la mamá denuncia, recién se cruza la información. #do:delay_missing_alert]
    No circulas nada. Si la mamá denuncia en alguna comisaría, ya se cruzará la información. # speaker:narrator
    -> final_noche

=== el_hombre ===
{ distress >= 9: -> derrumbe }
Pasa casi una hora. Acompañas a Ana Lucía y a Huamán de regreso del baño por el hall cuando la puerta de la calle se abre de golpe. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—¡Ahí está! ¡Ana Lucía! Vengo por mi sobrina, jefe. # speaker:uncle # event:unverified_claimant_arrives
Es un hombre de unos cuarenta años. Huele a alcohol. Ana Lucía se suelta de la mano de Huamán y se esconde detrás de tus piernas, apretándote el pantalón. # speaker:narrator # mood:scared
+ [Ponerte entre los dos; pedirle a Huamán que lleve a Ana Lucía a la sala de niños y cierre la puerta, y al hombre, con calma: «Señor, acompáñeme al mostrador.» #do:separate_from_suspect]
    —Huamán, llévala a la sala y cierra la puerta, por favor. —Y al hombre—: Señor, acompáñeme al mostrador. # speaker:officer
    Huamán se lleva a la niña. El hombre intenta seguirla con la mirada, pero la puerta ya se cerró. # speaker:narrator # sfx:door
    -> verificar
+ [«A ver, acérquese. Si es su tío, la niña lo va a reconocer.» #do:allow_contact_with_suspect]
    —A ver, acérquese. Si es su tío, la niña lo va a reconocer. # speaker:officer
    -> final_miedo
+ [Decirle que espere sentado ahí en el hall mientras terminas con la niña. #do:neutral]
    —Espere ahí sentado, señor. Ya lo atiendo. # speaker:officer
    El hombre se sienta a dos metros. No le quita los ojos de encima a la niña, que tiembla agarrada de tu pantalón, hasta que Huamán se la lleva a la sala. # speaker:narrator # mood:scared
    ~ man_saw_her = true
    -> verificar

= verificar
{ distress >= 9: -> derrumbe }
El hombre se apoya en el mostrador. # speaker:narrator
—Soy su tío, pues. Hermano de la Rosa. Deme a la chiquita, que su mamá está preocupada. # speaker:uncle
+ [Explicarle con respeto que solo se entrega a la niña a quien se verifique: pedirle su DNI, el nombre completo de la niña y de la mamá, y un teléfono para llamar a la mamá. #do:verify_carer_identity]
    —Señor, a los niños solo los entregamos cuando verificamos quién los recoge. Necesito su DNI, el nombre completo de la niña y de su mamá, y un teléfono para llamarla. # speaker:officer
    —El DNI lo dejé en la casa. La niña es... Ana Lucía Condori. No, Mamani. El teléfono de la Rosa no me lo sé. # speaker:uncle
    —Entonces llamamos a la mamá nosotros y, cuando la ubiquemos, viene ella. # speaker:officer
    —¡Ustedes qué se meten! Ya, ya, ahorita vuelvo con la Rosa. # speaker:uncle
    El hombre sale sin dejar su nombre. # speaker:narrator # sfx:door # event:suspect_leaves
    -> despues
+ [«Ya, señor, fírmeme aquí nombre y teléfono y llévesela; la niña está asustada nomás.» #do:release_to_unverified_adult]
    —Ya, señor, fírmeme aquí su nombre y teléfono y llévesela. La niña está asustada nomás. # speaker:officer
    -> final_tio
+ [Pedirle que te enseñe alguna foto con la niña en su celular y, si tiene, entregársela. #do:release_to_unverified_adult]
    —¿Tiene alguna foto con ella en su celular? # speaker:officer
    El hombre te muestra una foto borrosa de varias niñas en una fiesta. Una podría ser ella. # speaker:narrator
    -> final_tio

= despues
{ distress >= 9: -> derrumbe }
Anotas la descripción del hombre y la hora en que se fue. La mamá todavía no aparece. # speaker:narrator # sfx:paper # phase:referral
+ [Llamar a la Fiscalía de Familia de turno y a la DEMUNA: una niña sin familiar ubicado y un adulto que intentó llevársela sin poder identificarse. #do:notify_family_prosecutor #do:contact_child_protection]
    La fiscal de familia de turno toma nota y pide que la niña no sea entregada sin verificación. La DEMUNA enviará a una trabajadora social. # speaker:narrator # sfx:phone
+ [No darle importancia: «Era un borrachito nomás; ya volverá con la mamá.» #do:neutral]
    —Era un borrachito nomás. Ya volverá con la mamá. # speaker:officer
+ [Comentarlo en voz alta en el mostrador: «¡Casi se la lleva un borracho que decía ser el tío!» #do:discuss_case_in_public]
    —¡Casi se la lleva un borracho que decía ser el tío! # speaker:officer
    Dos personas de la fila se voltean a mirar hacia la sala de niños. # speaker:narrator
- Suena la radio. La comisaría de Las Flores informa que una señora, Rosa Mamani, acaba de denunciar que perdió a su hija de cinco años en el mercado. El patrullero la trae. # speaker:narrator # sfx:radio
-> llega_mama

=== llega_mama ===
{ distress >= 9: -> derrumbe }
~ mama_here = true
Una mujer entra corriendo, con el mandil de vendedora todavía puesto. # speaker:narrator # scene:front_desk # sfx:door
—¡Mi hija! ¿Dónde está mi hija? Solté su mano un ratito para pagar y ya no estaba. La he buscado por todo el mercado. # speaker:mama_rosa
+ [Recibirla con calma y sin reproches: «Señora, tranquila. La niña está bien, está con una colega en la sala de niños.» #do:receive_carer_respectfully]
    —Señora, tranquila. La niña está bien; está con una colega en la sala de niños. # speaker:officer
    La mujer se tapa la cara y respira hondo. # speaker:narrator
+ [«¿Cómo se le va a perder su hija, señora? Eso es descuido.» #do:blame_carer]
    —¿Cómo se le va a perder su hija, señora? Eso es descuido. # speaker:officer
    La mujer baja la cabeza. —Yo trabajo sola, jefe... —No termina la frase. # speaker:mama_rosa
+ [«Primero tiene que sentar la denuncia en la comisaría de su sector; ahí le dan la constancia.» #do:defer_or_redirect]
    —Primero tiene que sentar la denuncia en la comisaría de su sector; ahí le dan la constancia. # speaker:officer
    —¿Cómo? ¡Si mi hija está aquí! # speaker:mama_rosa
    Huamán se asoma desde la sala: —Colega, la niña la está escuchando. Es su mamá. # speaker:colleague_f
- -> verificar_mama

= verificar_mama
{ distress >= 9: -> derrumbe }
—¿Puedo verla? ¿Dónde está? # speaker:mama_rosa # event:unverified_claimant_arrives
+ [Antes de llevarla con la niña, pedirle con amabilidad su DNI y algo que confirme el vínculo, y cruzarlo con lo que dijo Ana Lucía y con la denuncia. #do:verify_carer_identity]
    —Ya la va a ver. Antes, por seguridad de la niña, ¿me muestra su DNI y algo que confirme que es su hija? # speaker:officer
    Rosa saca su DNI y, del monedero, la partida de nacimiento doblada en cuatro. Dice que viven en la calle Los Pinos y que el perro se llama Boby. Todo coincide con la denuncia{ said_details: y con lo que dijo Ana Lucía}. # speaker:narrator # sfx:paper
    Le preguntas si tiene un hermano. —¿Hermano? No, jefe. Yo no tengo familia aquí en Lima. # speaker:mama_rosa
    -> entrega
+ [Se nota que es la mamá: llevarla de frente a la sala y que se lleve a la niña. #do:release_to_unverified_adult]
    —Pase, señora. Llévesela nomás. # speaker:officer
    -> final_sin_verificar
+ [Traer a la niña al mostrador y preguntarle delante de todos: «¿Esta es tu mamá, sí o no?» #do:ask_option_question]
    Huamán trae a Ana Lucía al mostrador. —¿Esta es tu mamá, sí o no? # speaker:officer
    Ana Lucía corre hacia la mujer y se le prende del mandil. # speaker:narrator # mood:relieved
    -> entrega

= entrega
{ distress >= 9: -> derrumbe }
Ana Lucía se abraza a su mamá. Por primera vez en toda la mañana, sonríe. # speaker:narrator # scene:waiting_area # ambient:quiet_room # mood:relieved # phase:closure
+ [Hacer el acta de entrega con DNI, firma y hora; explicarle a Ana Lucía que ya se va con su mamá, y darle a Rosa el número del acta, el contacto de la DEMUNA y contarle lo del hombre. #do:release_to_safe_carer #do:explain_next_steps #do:brief_carer]
    —Ana Lucía, ya te vas con tu mamá. Fuiste muy valiente. —Y a Rosa—: Aquí está el número del acta. La DEMUNA la va a llamar para ver cómo están. Y vino un hombre diciendo que era su tío; si lo ve, llámenos. # speaker:officer
    Rosa firma el acta. Anotas la hora de la entrega. # speaker:narrator # sfx:paper
+ [Entregarla rápido: «Ya, señora, llévesela; ya nos hizo perder toda la mañana.» #do:release_to_safe_carer #do:end_abruptly]
    —Ya, señora, llévesela. Ya nos hizo perder toda la mañana. # speaker:officer
    Rosa firma sin leer. Ana Lucía esconde la cara en el cuello de su mamá. # speaker:narrator # mood:withdrawn
+ [Entregarla y decirle a la niña: «Y tú no te vuelvas a soltar, ¿ya? Casi te llevan por andar sola.» #do:release_to_safe_carer #do:pressure_or_bargain]
    —Y tú no te vuelvas a soltar, ¿ya? Casi te llevan por andar sola. # speaker:officer
    Ana Lucía se pone a llorar otra vez, agarrada del cuello de su mamá. # speaker:narrator # mood:crying
- -> salida

= salida
Rosa carga a Ana Lucía. Por la ventana se ve la esquina del mercado. # speaker:narrator # scene:front_desk
+ [Antes de que salgan, mirar afuera y pedirle a un sereno que las acompañe hasta el paradero, por si el hombre sigue cerca. #do:confirm_safe_departure]
    Sales a la puerta con ellas. Un sereno las acompaña hasta el paradero de mototaxis. # speaker:narrator # sfx:footsteps
    { man_saw_her: -> final_esquina | -> final_protegida }
+ [Despedirlas en el mostrador y atender al siguiente de la fila. #do:let_leave_unchecked]
    —Que les vaya bien. ¡Siguiente! # speaker:officer
    ~ unchecked_departure = true
    -> final_esquina
+ [Pedirle a Rosa que se quede a firmar la denuncia contra el hombre mientras la niña espera en la banca del pasillo. #do:place_child_near_detainees #do:let_leave_unchecked]
    Ana Lucía espera media hora en la banca frente a la carceleta mientras su mamá firma. Luego salen solas. # speaker:narrator # scene:corridor_cells # mood:scared
    ~ unchecked_departure = true
    -> final_esquina

=== derrumbe ===
{ mama_here:
    Ana Lucía esconde la cara en el mandil de su mamá, llora sin parar y ya no mira a nadie. # speaker:narrator # scene:waiting_area # mood:crying
- else:
    Ana Lucía se hace un ovillo en la colchoneta, se tapa la cara y ya no deja que nadie se le acerque. No responde ni a su nombre. # speaker:narrator # scene:waiting_area # mood:withdrawn
}
El comisario, que lo ha visto desde la puerta, te pide que le pases el caso a la suboficial Huamán. # speaker:narrator # sfx:door
{ mama_here:
    Huamán termina el trámite. Ana Lucía sale de la comisaría llorando, sin que nadie le haya explicado qué pasó. # speaker:narrator # mood:crying
- else:
    Huamán se queda con ella el resto del día. Cuando por fin llega su mamá, Ana Lucía tarda en reconocerla y en soltarse de la colchoneta. # speaker:narrator # mood:withdrawn
}
En el acta, casi nada de lo que ella dijo quedó escrito. # speaker:narrator # ending:harmed_shut_down
-> END

=== final_protegida ===
Esa tarde, la trabajadora social de la DEMUNA llama a Rosa y quedan en visitarla el lunes. Ana Lucía se queda dormida en la mototaxi, con el llavero de Boby en la mano. # speaker:narrator # mood:relieved # ending:protected_mama_rosa
-> END

=== final_sin_verificar ===
Rosa entra a la sala. Ana Lucía corre hacia ella y se le prende del mandil. Nadie pide un documento ni firma un acta. # speaker:narrator # scene:waiting_area # mood:relieved
Esta vez era su mamá. En el cuaderno de la comisaría no hay un nombre, ni un DNI, ni una hora de entrega: cualquiera que hubiera entrado primero por esa puerta se la habría podido llevar igual. # speaker:narrator # ending:at_risk_unverified
-> END

=== final_esquina ===
{ unchecked_departure:
    En la esquina, el hombre del mediodía está parado junto a una carretilla. Ve a la niña y empieza a caminar detrás de ellas. Rosa aprieta a su hija y apura el paso entre los puestos. Nadie de la comisaría lo ve. # speaker:narrator # mood:scared
- else:
    El sereno las deja en el paradero. Pero el hombre que se quedó mirando a Ana Lucía en el hall ya sabe cómo es y cómo se llama. Esa misma tarde pasa por el puesto de papas preguntando por «la chiquita». # speaker:narrator # mood:scared
}
Rosa no sabe quién es. # speaker:narrator # ending:at_risk_followed
-> END

=== final_foto ===
En una hora, la mamá de Ana Lucía llega corriendo con el celular de una vecina en la mano. La foto sigue circulando, con el nombre de la niña, el mercado y cientos de comentarios sobre «la madre irresponsable». # speaker:narrator # scene:front_desk # sfx:door
Cualquiera que vea a Ana Lucía en el puesto de papas sabe ahora quién es, y dónde encontrarla. # speaker:narrator # mood:anxious # ending:at_risk_exposed
-> END

=== final_miedo ===
El hombre se agacha y agarra a Ana Lucía de la muñeca. —¡Ya, vamos! Ella grita y se suelta. Huamán la levanta y se la lleva a la sala. # speaker:narrator # mood:crying
El hombre se va antes de que alguien le pida su nombre. Cuando su mamá llega, Ana Lucía no suelta su mandil. Durante semanas, cada vez que un hombre se acerca al puesto, se esconde debajo de la mesa. # speaker:narrator # mood:scared # ending:harmed_grabbed
-> END

=== final_tio ===
El hombre garabatea un nombre y se lleva a Ana Lucía en brazos. Ella llora hasta que la puerta se cierra. # speaker:narrator # sfx:door # mood:crying
Dos horas después, Rosa Mamani entra a la comisaría con la denuncia de otra dependencia en la mano. No tiene ningún hermano. El nombre del acta no existe. Empieza una búsqueda de verdad. # speaker:narrator # ending:harmed_handed_to_stranger
-> END

=== final_noche ===
Nadie pregunta por Ana Lucía en toda la tarde. A las siete de la noche la trasladan a un centro de acogida, donde duerme abrazada a su llavero. # speaker:narrator # scene:office # ambient:night_shift # mood:withdrawn
Su mamá la buscó toda la tarde en otra comisaría, donde nadie sabía de una niña encontrada. Se reencuentran al día siguiente, en una oficina de la UPE. # speaker:narrator # ending:harmed_night_away
-> END
