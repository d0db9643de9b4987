# case: lost_child_5
# title: Ana Lucía, perdida en el mercado
# summary: Un sereno la encontró llorando sola en el mercado; después llega un hombre que dice ser su tío.
# persona: ana_lucia
# age: 5
# type: lost_child
# requires: keep_child_in_safe_area, check_missing_reports, record_child_words, verify_carer_identity, notify_family_prosecutor, contact_child_protection, release_to_safe_carer, confirm_safe_departure
# key: ENV-02, COM-01, COM-04, PRO-02, PRO-06, REF-05, DOC-01, CLO-03
# trust: 2
# distress: 4
# content_note: Una niña de unos cinco años perdida en un mercado, y un hombre que dice ser su tío sin poder probarlo. Sin violencia explícita.
# lang: es

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR said_details = false
VAR man_saw_her = false
VAR grabbed = false
VAR photo_posted = false
VAR asked_child = false
VAR unchecked_departure = false

-> llegada

=== llegada ===
Sábado, once de la mañana. El mostrador de la comisaría de Villa San Gabriel está lleno: una señora denuncia un robo, dos muchachos piden una constancia. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Se abre la puerta. Un sereno de la municipalidad entra con una niña pequeña de la mano. # speaker:narrator # sfx:door
—Buenos días. Sereno Quispe, de la base del mercado Las Flores. Esta niñita estaba llorando solita entre los puestos de fruta. Nadie la reclamó en media hora. # speaker:serenazgo # mood:crying
La niña tiene unos cinco años, un vestido amarillo y una chompa rosada. Se chupa el dedo y mira el piso. Cuando el suboficial Ramos pasa a su lado, se encoge. # speaker:narrator # mood:scared # arrives:colleague_m
-> saludo

= saludo
+ [«Hola, mamita. Me llamo Sánchez, soy policía y aquí ayudamos a los niños que se pierden. ¿Tú cómo te llamas?» #do:introduce_self_simply]
    Te agachas a su altura, a un paso de ella. # speaker:narrator
    —Hola, mamita. Me llamo Sánchez, soy policía y aquí ayudamos a los niños que se pierden. ¿Tú cómo te llamas? # speaker:officer
    La niña se saca el dedo de la boca un momento. # speaker:narrator # mood:anxious
    —Ana Lucía. # speaker:ana_lucia # mood:anxious
+ [Preguntarle al sereno, delante de ella, si la menor es NN, si porta documento de identidad y en qué circunstancias fue hallada. #do:use_jargon]
    —¿La menor es NN? ¿Porta algún documento de identidad? ¿En qué circunstancias fue hallada? # speaker:officer
    La niña se esconde detrás de la pierna del sereno. # speaker:narrator # mood:scared
    —No trae nada, jefe. Dice que se llama Ana Lucía, nomás. # speaker:serenazgo
+ [Alzarla en brazos para que deje de llorar, como harías con tu sobrina, y decirle bajito que ya pasó, que aquí está segura. #do:touch_without_consent]
    Apenas la levantas, la niña se pone rígida y grita. Patalea hasta que la bajas al piso. # speaker:narrator # mood:crying
    —Se llama Ana Lucía, jefe. Es lo único que me ha dicho. # speaker:serenazgo
- -> recepcion

= recepcion
—Yo se la dejo aquí, ¿ya? Tengo que volver a la ronda. # speaker:serenazgo
+ [Agradecerle al sereno y pedirle cinco minutos más: dónde y a qué hora la encontró, qué le dijo ella y si la vio con alguien. #do:attend_immediately #do:gather_facts_from_adult]
    —Gracias por traerla. Antes de irse, cuénteme: ¿dónde y a qué hora la encontró, qué le dijo ella, la vio con alguien? # speaker:officer
    —A las diez y cuarto, en el pasillo de frutas, por la puerta tres. Estaba sola. Solo dijo «mamá Rosa» y algo de una calle, Los Pinos, creo. Nadie se le acercó. # speaker:serenazgo
    Anotas la hora, el lugar y las palabras tal como el sereno las repite. # speaker:narrator # sfx:paper
+ [«Gracias, jefe, pero llévela mejor a la DEMUNA de la municipalidad; los niños perdidos del mercado les tocan a ustedes.» #do:defer_or_redirect]
    —Gracias, jefe, pero llévela mejor a la DEMUNA de la municipalidad. Los niños perdidos del mercado les tocan a ustedes. # speaker:officer
    —La DEMUNA no atiende sábados, jefe. Mi supervisor me dijo que la trajera a la comisaría. # speaker:serenazgo
    El sereno deja a la niña junto al mostrador y sale antes de que le preguntes nada más. Ana Lucía se queda mirando la puerta por donde se fue. # speaker:narrator # sfx:door # mood:crying
+ [«El mercado es jurisdicción de la comisaría de Las Flores; llévela allá, que si alguien la busca, ahí va a ir primero.» #do:defer_or_redirect]
    —El mercado es jurisdicción de la comisaría de Las Flores. Llévela allá, que si alguien la busca, ahí va a ir primero. # speaker:officer
    —Me queda a media hora a pie, jefe, y la niña ya no quiere caminar. Mi supervisor dijo que la trajera a la más cercana. # speaker:serenazgo
    El sereno deja a la niña junto al mostrador y sale. Ana Lucía se queda mirando la puerta por donde se fue. # speaker:narrator # sfx:door # mood:crying
- -> donde_espera

= donde_espera
Ana Lucía sigue de pie junto al mostrador. La gente de la fila pasa a su lado. Tienes que hacer llamadas y atender. # speaker:narrator # phase:environment
La banca del pasillo interior, la que da a la carceleta, está vacía. La suboficial Huamán está libre. # speaker:narrator # arrives:colleague_f
+ [«Ven, mamita, vamos a la sala de los cuentos.» Llevarla allí y pedirle a la suboficial Huamán que se quede con ella. #do:keep_child_in_safe_area]
    —Ven, mamita, vamos a la sala de los cuentos. —Y a Huamán—: ¿Te puedes quedar con ella mientras hago las llamadas? # speaker:officer
    —Claro. Ven, Ana Lucía, ahí hay cuentos. # speaker:colleague_f
    -> sala
+ [Sentarla en la banca del pasillo interior, lejos del gentío del mostrador, donde la puedes ver mientras llamas. #do:place_child_near_detainees]
    —Siéntate aquí, mamita. Ahorita vengo. # speaker:officer
    -> banca_pasillo
+ [«Siéntate aquí a mi lado, mamita, ¿ya?» Ponerle una silla junto a ti en el mostrador para no perderla de vista mientras atiendes. #do:place_child_near_detainees]
    —Siéntate aquí a mi lado, mamita, ¿ya? # speaker:officer
    -> silla_mostrador

= banca_pasillo
Desde la carceleta, un detenido golpea las rejas y grita que quiere su llamada. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells
Ana Lucía se tapa los oídos y llora a gritos. Huamán sale corriendo, le tiende la mano y se la lleva a la sala de niños. # speaker:narrator # mood:crying # event:child_distressed # leaves:colleague_f
-> sala

= silla_mostrador
Al rato, dos agentes entran con un detenido esposado que insulta a todo el mundo. Pasan a un metro de la silla de Ana Lucía. # speaker:narrator # sfx:door
Ana Lucía se tapa la cara y llora a gritos. Huamán la toma de la mano y se la lleva a la sala de niños. # speaker:narrator # mood:crying # event:child_distressed # arrives:colleague_f
-> sala

= sala
La sala de niños tiene una colchoneta, cuentos y una ventana con cortina. Huamán le alcanza un vaso de agua a Ana Lucía. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication # arrives:colleague_f
El suboficial Ramos asoma con un paquete de galletas; Ana Lucía se encoge y se tapa la cara. Ramos deja las galletas y sale. # speaker:narrator # sfx:door # mood:scared # arrives:colleague_m
Cuando te sientas cerca, Ana Lucía te estira los brazos. Luego los baja y se queda mirándote. # speaker:narrator # mood:anxious
+ [Te estiró los brazos: preguntarle «¿Quieres que te cargue?» y, si asiente, alzarla y sentarte con ella en la colchoneta. #do:ask_before_touch #do:pause_for_child]
    —¿Quieres que te cargue? # speaker:officer
    Ana Lucía asiente. La alzas despacio y te sientas con ella en la colchoneta. Se acomoda contra tu hombro y deja de temblar. # speaker:narrator # mood:anxious
+ [Darle su espacio: sentarte en el piso a su altura, esperar un rato en silencio y ofrecerle la mano: «¿Me das la mano?» #do:ask_before_touch #do:pause_for_child]
    Te sientas en el piso, a su altura, y esperas. Al rato le ofreces la mano. —¿Me das la mano? # speaker:officer
    Ana Lucía se arrima y te agarra un dedo. # speaker:narrator # mood:anxious
+ [Te pidió brazos hace un momento: alzarla de una vez y sentarla en tus piernas; a esa edad un abrazo calma más que mil palabras. #do:touch_without_consent]
    La levantas y la sientas en tus piernas. Ana Lucía se queda tiesa, con los brazos pegados al cuerpo, y mira la puerta sin pestañear. # speaker:narrator # mood:withdrawn
- -> reglas

= reglas
{ distress_streak >= 2: -> derrumbe }
En la mano, Ana Lucía aprieta un llavero con un perrito de peluche. # speaker:narrator
+ [«Te voy a preguntar unas cositas. Si no sabes, me dices "no sé", y si quieres parar, paramos. ¿Cómo se llama tu perrito?» #do:explain_child_can_stop #do:build_rapport]
    —Te voy a preguntar unas cositas. Si no sabes, me dices «no sé», y si quieres parar, paramos. ¿Cómo se llama tu perrito? # speaker:officer
    —Boby. Como mi perro de verdad. # speaker:ana_lucia # mood:calm
+ [«Tranquila, mamita, te prometo que en un ratito viene tu mamá a recogerte. Ahora dime, ¿cómo se llama tu perrito?» #do:promise_outcome]
    —Tranquila, mamita, te prometo que en un ratito viene tu mamá a recogerte. Ahora dime, ¿cómo se llama tu perrito? # speaker:officer
    —Boby. —Ana Lucía mira la puerta—. ¿Ya viene mi mamá? # speaker:ana_lucia # mood:anxious
+ [«No llores, ¿ya? Te prometo que hoy mismo vas a dormir en tu casa, con tu mamá y con tu perrito de peluche.» #do:promise_outcome]
    —No llores, ¿ya? Te prometo que hoy mismo vas a dormir en tu casa, con tu mamá y con tu perrito. # speaker:officer
    Ana Lucía deja de llorar y se queda mirando la puerta, esperando. # speaker:narrator # mood:anxious
- -> preguntar

= preguntar
{ distress_streak >= 2: -> derrumbe }
{ distress >= 7:
    Ana Lucía se mete el dedo a la boca y se voltea hacia la pared. # speaker:narrator # mood:withdrawn # event:child_distressed # open # undisclosed: juguetes, soltar, dejar, tía, señor, hombre, robar # disclosed: ana lucía, boby, perrito, llavero
- else:
    Ana Lucía te mira, esperando. # speaker:narrator # mood:anxious # open # undisclosed: juguetes, soltar, dejar, tía, señor, hombre, robar # disclosed: ana lucía, boby, perrito, llavero
}
+ [«Cuéntame qué hiciste hoy en la mañana, desde que saliste de tu casa hasta que llegaste al mercado.» #do:ask_open_question #q:invitation]
    —Cuéntame qué hiciste hoy en la mañana, desde que saliste de tu casa hasta que llegaste al mercado. # speaker:officer
    { trust >= 5:
        —Vine con mi mamá Rosa en la mototaxi. Ella vende papas. Yo vivo en la calle Los Pinos, al lado de la tienda. Mi perro Boby se queda en la casa. # speaker:ana_lucia # mood:calm
        ~ said_details = true
    - else:
        —Con mi mamá Rosa... # speaker:ana_lucia # mood:anxious
        No dice nada más. # speaker:narrator # mood:withdrawn
    }
+ [«Viniste con tu mamá al mercado, ¿no? ¿Y ella te dejó un ratito solita para irse a comprar sus cosas?» #do:ask_leading_question #q:suggestive]
    —Viniste con tu mamá al mercado, ¿no? ¿Y ella te dejó un ratito solita para irse a comprar sus cosas? # speaker:officer
    —Sí... ¿Mi mamá me dejó? ¿Ya no viene? # speaker:ana_lucia # mood:crying
+ [«Te soltaste de la mano de tu mamá para ir a mirar los juguetes, ¿verdad? A ver, cuéntame cómo fue eso.» #do:ask_leading_question]
    —Te soltaste de la mano de tu mamá para ir a mirar los juguetes, ¿verdad? # speaker:officer
    —Sí... —Ana Lucía baja la cabeza—. Mi mamá va a estar molesta conmigo. # speaker:ana_lucia # mood:crying
    No sabes si fue así o si solo te dio la razón. # speaker:narrator
+ {distress >= 7} [No preguntarle nada por ahora: alcanzarle el agua y quedarte a su lado hasta que ella quiera hablar. #do:pause_for_child]
    Te quedas a su lado, sin apuro. Le alcanzas el vaso de agua. # speaker:narrator
    Al rato, sin que le preguntes, Ana Lucía dice bajito: # speaker:narrator
    —Mi mamá Rosa vende papas. Mi perro se llama Boby. # speaker:ana_lucia # mood:calm
    ~ said_details = true
+ [«Le dijiste al sereno "mamá Rosa". ¿Dónde estaba tu mamá Rosa la última vez que la viste en el mercado?» #do:ask_minimal_facts #q:directive]
    —Le dijiste al sereno «mamá Rosa». ¿Dónde estaba tu mamá Rosa la última vez que la viste? # speaker:officer
    —En su puesto. Ella vende papas, al lado de las frutas. # speaker:ana_lucia # mood:anxious
    ~ said_details = true
+ [«Ana Lucía, hijita, a ver, piensa un ratito con calma: ¿viniste al mercado con tu mamá o viniste con tu papá?» #do:ask_option_question #q:option_posing]
    —¿Viniste al mercado con tu mamá o con tu papá? # speaker:officer
    —Con mi papá... # speaker:ana_lucia # mood:anxious
    Es la última palabra que oyó. No sabes si es verdad o si solo la repitió. # speaker:narrator
+ [«¿Por qué te fuiste solita de donde estaba tu mamá? Los niños no se alejan de su mamá en el mercado.» #do:ask_why_or_blame #q:why_blame]
    —¿Por qué te fuiste solita de donde estaba tu mamá? Los niños no se alejan de su mamá en el mercado. # speaker:officer
    Ana Lucía se encoge, baja la cabeza y aprieta el llavero. Ya no dice nada. # speaker:narrator # mood:withdrawn
+ [«¿Cómo se llama tu mamá, dónde vive, en qué puesto trabaja y a qué hora la perdiste de vista, mamita?» #do:press_child_to_continue #q:multiple]
    —¿Cómo se llama tu mamá, dónde vive, en qué puesto trabaja y a qué hora la perdiste de vista? # speaker:officer
    —Mi mamá... —Ana Lucía abre la boca, la cierra y se queda mirando el piso. # speaker:ana_lucia # mood:anxious
+ [«Aquí estás segura, Ana Lucía. Yo me quedo contigo y entre todos vamos a buscar a tu mamá, con calma.» #do:build_rapport #q:not_question]
    —Aquí estás segura, Ana Lucía. Yo me quedo contigo y entre todos vamos a buscar a tu mamá. # speaker:officer
    Ana Lucía suelta un poco el llavero. Al rato dice, bajito: —Mi mamá vende papas. Se llama Rosa. # speaker:ana_lucia # mood:calm
    ~ said_details = true
- -> acta

= acta
{ distress_streak >= 2: -> derrumbe }
Huamán te alcanza el acta de hallazgo para que la llenes. # speaker:narrator # sfx:paper # phase:documentation # arrives:colleague_f
+ [Escribir entre comillas lo que dijo ella y, aparte, lo que contó el sereno, señalando quién dijo cada cosa y a qué hora. #do:record_child_words]
    Escribes que la niña dice llamarse «Ana Lucía» y menciona a su «mamá Rosa»{ said_details: , que «vende papas», y a un perro «Boby»}. Aparte, lo que contó el sereno. Anotas la hora y quién dijo cada cosa. # speaker:narrator # sfx:paper
+ [Resumir el hecho en el acta de hallazgo: «Menor en presunto abandono por descuido de la progenitora, hallada en el mercado Las Flores». #do:record_interpretation]
    Escribes: «Menor en presunto abandono por descuido de la progenitora». Nadie ha dicho eso. # speaker:narrator # sfx:paper
+ [Pedirle que dibuje su casa y a su mamá, y engrapar el dibujo al acta como su manifestación, para no hacerla hablar. #do:record_interpretation]
    Ana Lucía dibuja una casa y tres palitos. Lo engrapas al acta como «manifestación de la menor». Sus palabras no quedan escritas en ninguna parte. # speaker:narrator # sfx:paper
- -> buscar

=== buscar ===
{ distress_streak >= 2: -> derrumbe }
Son las once y media. Nadie ha llamado a la comisaría preguntando por una niña. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ [Pasar por radio su descripción a patrulleros y serenazgo, cruzarla con las denuncias del día y avisar a la Fiscalía de Familia de turno. #do:check_missing_reports #do:notify_family_prosecutor]
    —A todas las unidades: niña de unos cinco años, vestido amarillo, chompa rosada, hallada en el mercado Las Flores. Se encuentra en esta comisaría. Cualquier denuncia por una niña perdida, comunicar. # speaker:officer # sfx:radio
    Revisas el sistema: todavía no hay denuncia. Llamas a la Fiscalía Provincial de Familia de turno; la fiscal toma nota y pide que la niña no sea entregada a nadie sin verificar su identidad y su vínculo. # speaker:narrator # sfx:phone
    Anotas en el acta la hora de cada comunicación. # speaker:narrator # sfx:paper
+ [Publicar su foto en el Facebook de la comisaría: «¿Reconoces a esta niña?»; en el mercado todos lo ven y la mamá aparece en un ratito. #do:expose_identity]
    Le tomas una foto a Ana Lucía, que se tapa la cara con el llavero, y la subes a la página de la comisaría con su nombre y el del mercado. En minutos tiene cientos de compartidos. # speaker:narrator # mood:anxious
    ~ photo_posted = true
+ [«Jefe, mandemos su foto y su nombre al grupo de WhatsApp de los mototaxistas; ellos conocen a todas las vendedoras del mercado.» #do:expose_identity]
    —Jefe, mandemos su foto y su nombre al grupo de WhatsApp de los mototaxistas. Ellos conocen a todas las vendedoras del mercado. # speaker:officer
    —Ya, mándala —dice el comisario, sin levantar la vista. # speaker:commander
    Le tomas una foto a Ana Lucía y la mandas con su nombre al grupo de los mototaxistas. En media hora la foto ya está en otros diez grupos del distrito. # speaker:narrator # mood:anxious
    ~ photo_posted = true
- -> el_hombre

=== el_hombre ===
{ distress_streak >= 2: -> derrumbe }
Pasa casi una hora. Acompañas a Ana Lucía y a Huamán de regreso del baño por el hall cuando la puerta de la calle se abre de golpe. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door # arrives:colleague_f
—¡Ahí está! ¡Ana Lucía! Vengo por mi sobrina, jefe. # speaker:uncle # event:unverified_claimant_arrives
Es un hombre de unos cuarenta años. Huele a alcohol. Ana Lucía se suelta de la mano de Huamán y se esconde detrás de tus piernas, apretándote el pantalón. # speaker:narrator # mood:scared # arrives:colleague_f
+ [Ponerte entre los dos y pedirle a Huamán que lleve a la niña a la sala; al hombre: «Señor, acompáñeme al mostrador.» #do:separate_from_suspect]
    —Huamán, llévala a la sala y cierra la puerta, por favor. —Y al hombre—: Señor, acompáñeme al mostrador, por favor. # speaker:officer
    Huamán se lleva a la niña. El hombre intenta seguirla con la mirada, pero la puerta ya se cerró. # speaker:narrator # sfx:door # leaves:colleague_f
    -> verificar
+ [«A ver, acérquese, señor. Si de verdad es su tío, la niña lo va a reconocer y se va a calmar al toque, ¿no?» #do:allow_contact_with_suspect]
    —A ver, acérquese, señor. Si de verdad es su tío, la niña lo va a reconocer. # speaker:officer
    El hombre se agacha y agarra a Ana Lucía de la muñeca. —¡Ya, vamos! Ella grita y se suelta. Huamán la levanta y se la lleva a la sala. # speaker:narrator # mood:crying # arrives:colleague_f
    El hombre mira a su alrededor, dice que ya vuelve con la Rosa y sale antes de que alguien le pida su nombre. # speaker:narrator # sfx:door # leaves:mama_rosa
    ~ grabbed = true
    -> despues
+ [Decirle con calma que espere sentado en la banca del hall mientras terminas con la niña, sin perderlo de vista ni un segundo. #do:neutral]
    —Espere ahí sentado, señor. Ya lo atiendo. # speaker:officer
    El hombre se sienta a dos metros. No le quita los ojos de encima a la niña, que tiembla agarrada de tu pantalón, hasta que Huamán se la lleva a la sala. # speaker:narrator # mood:scared # arrives:colleague_f
    ~ man_saw_her = true
    -> verificar

= verificar
{ distress_streak >= 2: -> derrumbe }
El hombre se apoya en el mostrador. # speaker:narrator
—Soy su tío, pues. Hermano de la Rosa. El DNI lo dejé en la casa. Deme a la chiquita, que su mamá está preocupada. # speaker:uncle
+ [«Sin documento no se la puedo entregar, señor. Deme el nombre completo de la niña y el celular de la mamá; la llamamos ya.» #do:verify_carer_identity]
    —Sin documento no se la puedo entregar, señor. Deme el nombre completo de la niña y el celular de la mamá; la llamamos ya. # speaker:officer
    —La niña es Ana Lucía... Condori. No, Mamani. El celular de la Rosa no me lo sé. —Mira la puerta—. ¡Ustedes qué se meten! Ya, ya, ahorita vuelvo con ella. # speaker:uncle
    El hombre sale sin dejar su nombre. # speaker:narrator # sfx:door
    -> despues
+ [«Ya, señor, fírmeme el acta con su nombre, dirección y celular, y llévesela nomás; con usted la niña se va a calmar.» #do:release_to_unverified_adult]
    —Ya, señor, fírmeme el acta con su nombre, dirección y celular, y llévesela. Con usted la niña se va a calmar. # speaker:officer
    -> final_tio
+ [Pedirle una foto suya con la niña en el celular y, si la tiene, entregársela con acta firmada, huella y copia a la Fiscalía de Familia. #do:release_to_unverified_adult]
    —¿Tiene alguna foto con ella en su celular? # speaker:officer
    El hombre te muestra una foto borrosa de varias niñas en una fiesta. Una podría ser ella. Firma y pone su huella. # speaker:narrator
    -> final_tio

= despues
{ distress_streak >= 2: -> derrumbe }
Anotas la descripción del hombre y la hora en que se fue. La mamá todavía no aparece. La DEMUNA de la municipalidad no atiende los sábados. # speaker:narrator # sfx:paper # phase:referral
+ [Llamar a la UPE de turno: niña sin familiar ubicado y un adulto que la reclamó sin identificarse; y contárselo también a la fiscal. #do:contact_child_protection #do:notify_family_prosecutor]
    Llamas a la Unidad de Protección Especial de turno. La profesional toma los datos: una niña de cinco años sin familiar ubicado, un adulto que la reclamó sin poder identificarse. Queda en evaluar el caso si la mamá no aparece hoy. # speaker:narrator # sfx:phone
    Llamas también a la fiscal de familia de turno y le cuentas lo del hombre. Te pide que lo dejes por escrito. # speaker:narrator # sfx:phone
+ [Dejar el oficio para la DEMUNA del lunes y esperar: si la mamá no aparece antes de la noche, recién se llama a la UPE. #do:delay_protection_referral]
    Dejas el oficio listo para el lunes. Nadie fuera de la comisaría sabe que un hombre intentó llevarse a la niña. # speaker:narrator # sfx:paper
+ [«Esperemos a la mamá, colega: si aparece en la tarde, no hace falta molestar a nadie un sábado por una niña perdida.» #do:delay_protection_referral]
    —Esperemos a la mamá, colega. Si aparece en la tarde, no hace falta molestar a nadie un sábado. # speaker:officer
    Huamán te mira y no dice nada. Nadie fuera de la comisaría sabe que un hombre intentó llevarse a la niña. # speaker:narrator # arrives:colleague_f
- Suena la radio. La comisaría de Las Flores informa que una señora, Rosa Mamani, acaba de denunciar que perdió a su hija de cinco años en el mercado. El patrullero la trae. # speaker:narrator # sfx:radio # arrives:mama_rosa
-> llega_mama

=== llega_mama ===
{ distress_streak >= 2: -> derrumbe }
Una mujer entra corriendo, con el mandil de vendedora todavía puesto. # speaker:narrator # scene:front_desk # sfx:door
—¡Mi hija! ¿Dónde está mi hija? Solté su mano un ratito para pagar y ya no estaba. La he buscado por todo el mercado. ¿Puedo verla? # speaker:mama_rosa # event:unverified_claimant_arrives
Desde la sala se oye la voz de Ana Lucía: —¡Mamá! # speaker:narrator
+ [«Tranquila, señora, su hija está bien.» Antes de que la vea, pedirle su DNI y algo que pruebe el vínculo, y cruzarlo con la denuncia. #do:receive_carer_respectfully #do:verify_carer_identity]
    —Tranquila, señora, su hija está bien; está con una colega en la sala de niños. Antes de que la vea, por seguridad de la niña, ¿me muestra su DNI y algo que confirme que es su hija? # speaker:officer
    Rosa saca su DNI y, del monedero, la partida de nacimiento doblada en cuatro. Dice que viven en la calle Los Pinos y que el perro se llama Boby. Todo coincide con la denuncia{ said_details: y con lo que dijo Ana Lucía}. # speaker:narrator # sfx:paper
    Le preguntas si tiene un hermano. —¿Hermano? No, jefe. Yo no tengo familia aquí en Lima. # speaker:mama_rosa
+ [«Ahorita la ve, señora; ¿me presta su DNI?» Y, con la niña todavía en la sala, llamar a Las Flores para confirmar la denuncia. #do:receive_carer_respectfully #do:verify_carer_identity]
    —Ahorita la ve, señora; su hija está bien. ¿Me presta su DNI? # speaker:officer
    Llamas a la comisaría de Las Flores. El nombre, el DNI, la dirección de la calle Los Pinos y la descripción de la niña coinciden con la denuncia. Tarda diez minutos; Rosa espera retorciendo el mandil. # speaker:narrator # sfx:phone
    Le preguntas si tiene un hermano. —¿Hermano? No, jefe. Yo no tengo familia aquí en Lima. # speaker:mama_rosa
+ [La niña la oye y grita «¡mamá!» desde la sala: no hacerlas esperar ni un minuto más y dejar que Rosa entre, la abrace y se la lleve a casa. #do:release_to_unverified_adult]
    —Pase, señora. Llévesela nomás. # speaker:officer
    -> final_sin_verificar
+ [Traer a la niña al mostrador, preguntarle delante de todos «¿Esta es tu mamá, sí o no?» y, si dice que sí, hacer el acta de entrega. #do:ask_option_question #do:release_to_safe_carer]
    Huamán trae a Ana Lucía al mostrador. —¿Esta es tu mamá, sí o no? # speaker:officer
    Ana Lucía corre hacia la mujer y se le prende del mandil. —Sí. # speaker:ana_lucia # mood:relieved
    Rosa firma el acta de entrega. Nadie le ha pedido un documento. # speaker:narrator # sfx:paper
    ~ asked_child = true
    -> salida
- -> entrega

= entrega
Ana Lucía se abraza a su mamá. Por primera vez en toda la mañana, sonríe. # speaker:narrator # scene:waiting_area # ambient:quiet_room # mood:relieved # phase:closure
+ [Hacer el acta de entrega con su firma y la hora, y contarle a Rosa, aparte y con calma, lo del hombre que dijo ser su tío. #do:release_to_safe_carer #do:brief_carer]
    Rosa firma el acta. Anotas la hora de la entrega. # speaker:narrator # sfx:paper
    —Señora, antes vino un hombre diciendo que era tío de la niña. No pudo identificarse. Si lo ve cerca, llámenos a este número. Y es posible que la llamen de la UPE para saber cómo están. # speaker:officer
    Rosa aprieta a su hija. —No tengo ningún hermano, jefe. # speaker:mama_rosa
+ [«Ya, señora, fírmeme aquí nomás y llévesela; la verdad, con su descuido nos ha hecho perder toda la santa mañana.» #do:release_to_safe_carer #do:blame_carer]
    —Ya, señora, fírmeme aquí nomás y llévesela. Con su descuido nos ha hecho perder toda la mañana. # speaker:officer
    Rosa firma sin leer. Ana Lucía esconde la cara en el cuello de su mamá. # speaker:narrator # mood:withdrawn
+ [Entregársela con el acta firmada y advertirle: «Cuídela mejor, señora; hoy, por un descuido suyo, casi se la lleva un desconocido.» #do:release_to_safe_carer #do:blame_carer]
    Rosa firma el acta. —Cuídela mejor, señora. Hoy, por un descuido suyo, casi se la lleva un desconocido. # speaker:officer
    Rosa baja la cabeza y no pregunta nada más. Ana Lucía esconde la cara en el cuello de su mamá. # speaker:narrator # mood:withdrawn
- -> salida

= salida
Rosa se acomoda a Ana Lucía en la cadera. Por la ventana se ve la esquina del mercado. # speaker:narrator # scene:front_desk # arrives:mama_rosa
+ [Salir con ellas a la puerta, mirar la esquina y pedirle a un sereno que las acompañe hasta el paradero de mototaxis. #do:confirm_safe_departure]
    Sales a la puerta con ellas y miras la esquina. Un sereno las acompaña hasta el paradero de mototaxis. # speaker:narrator # sfx:footsteps
+ [«Señora, ahorita las llevo yo en el patrullero hasta su puesto, por si ese señor anda todavía por el mercado.» #do:confirm_safe_departure]
    Las llevas en el patrullero hasta el puesto de papas. Rosa le pide a la vecina del puesto de al lado que no deje que nadie se acerque a la niña. # speaker:narrator # sfx:footsteps
+ [Dejarlas irse tranquilas, sin más trámite ni compañía: ya pasaron bastante por hoy y Rosa conoce el mercado como nadie. #do:let_leave_unchecked]
    —Que les vaya bien. # speaker:officer
    ~ unchecked_departure = true
+ [Pedirle a Rosa que se quede a sentar la denuncia contra el hombre, y que la niña la espere en la banca del pasillo. #do:place_child_near_detainees]
    Ana Lucía espera media hora en la banca frente a la carceleta mientras su mamá firma. Luego salen solas. # speaker:narrator # scene:corridor_cells # mood:scared
    ~ unchecked_departure = true
- -> cierre

=== cierre ===
{ grabbed: -> final_miedo }
{ asked_child: -> final_sin_verificar }
{ photo_posted: -> final_foto }
{ unchecked_departure or man_saw_her: -> final_esquina }
-> final_protegida

=== derrumbe ===
Ana Lucía se hace un ovillo en la colchoneta, se tapa la cara y ya no deja que nadie se le acerque. No responde ni a su nombre. # speaker:narrator # scene:waiting_area # mood:withdrawn
El comisario, que lo ha visto desde la puerta, te pide que le pases el caso a la suboficial Huamán. # speaker:narrator # sfx:door # arrives:colleague_f
Huamán se queda con ella el resto del día. Cuando por fin llega su mamá, Ana Lucía tarda en reconocerla y en soltarse de la colchoneta. # speaker:narrator # mood:withdrawn # arrives:colleague_f
En el acta, casi nada de lo que ella dijo quedó escrito. # speaker:narrator # ending:harmed_shut_down
-> END

=== final_protegida ===
Esa tarde, la profesional de la UPE llama a Rosa; como la niña ya está con su mamá, deriva el seguimiento a la DEMUNA, que la cita para el lunes. Ana Lucía se queda dormida en la mototaxi, con el llavero de Boby en la mano. # speaker:narrator # mood:relieved # ending:protected_mama_rosa # arrives:mama_rosa
-> END

=== final_sin_verificar ===
{ asked_child:
    Rosa firma y se va con su hija. Esta vez era su mamá. Pero en el acta nadie anotó cómo se comprobó quién era: la única prueba fue el «sí» de una niña de cinco años asustada delante de la fila, y al mediodía otro adulto ya había dicho ser su familia. # speaker:narrator # scene:front_desk # ending:at_risk_unverified # leaves:mama_rosa
- else:
    Rosa entra a la sala. Ana Lucía corre hacia ella y se le prende del mandil. Nadie pide un documento ni firma un acta. # speaker:narrator # scene:waiting_area # mood:relieved # arrives:mama_rosa
    Esta vez era su mamá. En el cuaderno de la comisaría no hay un nombre, ni un DNI, ni una hora de entrega: cualquiera que hubiera entrado primero por esa puerta se la habría podido llevar igual. # speaker:narrator # ending:at_risk_unverified
}
-> END

=== final_esquina ===
{ unchecked_departure:
    En la esquina, el hombre del mediodía está parado junto a una carretilla. Ve a la niña y empieza a caminar detrás de ellas. Rosa aprieta a su hija y apura el paso entre los puestos. Nadie de la comisaría lo ve. # speaker:narrator # mood:scared
- else:
    Rosa y Ana Lucía llegan bien al puesto. Pero el hombre que se quedó mirando a Ana Lucía en el hall ya sabe cómo es y cómo se llama. Esa misma tarde pasa por el puesto de papas preguntando por «la chiquita». # speaker:narrator # mood:scared # arrives:mama_rosa
}
Rosa no sabe quién es. # speaker:narrator # ending:at_risk_followed
-> END

=== final_foto ===
Rosa llega a su puesto con el celular de una vecina en la mano. La foto sigue circulando, con el nombre de la niña, el mercado y cientos de comentarios sobre «la madre irresponsable». # speaker:narrator # scene:front_desk # mood:anxious # arrives:mama_rosa
Cualquiera que vea a Ana Lucía en el puesto de papas sabe ahora quién es, y dónde encontrarla. # speaker:narrator # mood:anxious # ending:at_risk_exposed
-> END

=== final_miedo ===
Rosa se lleva a su hija a casa. Ana Lucía no suelta su mandil en todo el camino. # speaker:narrator # mood:scared # leaves:mama_rosa
Durante semanas, cada vez que un hombre se acerca al puesto, se esconde debajo de la mesa. Nadie sabe quién era el hombre que la agarró de la muñeca en la comisaría. # speaker:narrator # mood:scared # ending:harmed_grabbed
-> END

=== final_tio ===
El hombre garabatea un nombre y se lleva a Ana Lucía en brazos. Ella llora hasta que la puerta se cierra. # speaker:narrator # sfx:door # mood:crying
Dos horas después, Rosa Mamani entra a la comisaría con la denuncia de otra dependencia en la mano. No tiene ningún hermano. El nombre del acta no existe. Empieza una búsqueda de verdad. # speaker:narrator # ending:harmed_handed_to_stranger # arrives:mama_rosa
-> END
