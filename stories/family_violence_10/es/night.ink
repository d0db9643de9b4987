// Jhon (es): la denuncia de Lucy, el padre detenido, la conversación con Jhon, derivaciones y cierre.

=== lucy_account ===
-> carer_gate ->
En la oficina, Lucy se sienta frente a ti. Por el vidrio ve a Jhon, que no le quita los ojos de encima. # speaker:narrator # scene:office # phase:disclosure
—Llegó tomado a las diez. Jhon estaba jugando con la pelota en el cuarto. Richard empezó a gritar, me pegó... Jhon se metió para separarlo y lo agarró del brazo. Agarré a los chicos y salí corriendo. # speaker:lucy
+ [«Hizo bien en venir, señora.» Preguntar solo lo necesario: si hubo antes, si hay armas, si amenazó a los niños. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Hizo muy bien en venir, señora, y en traer a los chicos. Le voy a preguntar solo lo necesario. ¿Esto ha pasado antes? ¿Tiene armas en la casa? ¿Ha amenazado a los niños? # speaker:officer
    —Antes también, pero nunca así. Armas no. A Jhon le dice que es un inútil. # speaker:lucy
+ [«¿Y por qué sigue con él, señora, si ya le había pegado antes?» #do:blame_carer #do:gather_facts_from_adult]
    —¿Y por qué sigue con él, señora, si ya le había pegado antes? # speaker:officer
    Lucy se queda callada un momento. # speaker:narrator
    —¿Y a dónde me voy con dos hijos? —dice al fin, sin mirarte. # speaker:lucy
+ [«¿Segura que quiere denunciar? Mañana se le pasa la borrachera y usted lo perdona.» #do:dissuade_report]
    —¿Segura que quiere denunciar, señora? Mañana se le pasa la borrachera y usted lo va a perdonar. # speaker:officer
    Lucy se levanta despacio. # speaker:narrator
    -> ending_withdrawn
- -> carer_gate -> risk

=== risk ===
—¿Y ahora qué hago? No puedo volver a la casa. # speaker:lucy # phase:protection
+ [Registrar la denuncia y llenar con ella la ficha de valoración de riesgo, con Jhon y Yuliana también como víctimas. #do:register_report #do:assess_risk]
    —Registro su denuncia ahora, señora. Y vamos a llenar la ficha de valoración de riesgo. Jhon y Yuliana también son víctimas: Jhon porque lo lastimó, y Yuliana porque lo vivió. Los dos entran en la denuncia. # speaker:officer
    Lucy responde las preguntas de la ficha. Violencia anterior, amenazas, alcohol, el brazo de Jhon. Riesgo severo. # speaker:narrator # sfx:paper
    —Mi hermana Marleni vive en Las Lomas. Podemos ir donde ella. # speaker:lucy
    -> father_brought
+ [«Ya está su denuncia. Váyanse a descansar a su casa; él ya no está.» #do:register_report #do:send_home_unassessed]
    —Ya está su denuncia, señora. Váyanse a descansar a su casa. # speaker:officer
    -> ending_home
+ [«Primero vaya a Medicina Legal con el niño. Cuando tenga el certificado, completamos la denuncia.» #do:demand_formalities]
    —Primero vaya a Medicina Legal con el niño, señora. Cuando tenga el certificado, completamos la denuncia. # speaker:officer
    -> ending_turned_away

=== father_brought ===
La radio suena. # speaker:narrator # sfx:radio
—Villa Esperanza, unidad doce. Intervenido el ciudadano Richard, en estado de ebriedad. Lo trasladamos a la comisaría. Cinco minutos. # speaker:colleague_m # event:suspect_arrives
Jhon ha oído el nombre de su papá por la radio. Se levanta de la mesita. # speaker:narrator # mood:scared
+ [Que lo ingresen por la puerta lateral, directo a la carceleta. Huamán lleva a los niños a la sala del segundo piso y cierra la puerta. #do:separate_from_suspect #do:keep_child_in_safe_area]
    —Ramos, que lo ingresen por la puerta lateral, directo a la carceleta. Huamán, sube con los chicos a la sala del segundo piso y cierra la puerta. # speaker:officer
    Desde arriba no se oye nada de la planta baja. Huamán le presta a Jhon su linterna para que juegue a hacer sombras. # speaker:narrator # sfx:door # mood:anxious
    -> jhon_talk
+ [«Que esperen nomás en el pasillo. Total, es su papá.» #do:allow_contact_with_suspect #do:place_child_near_detainees]
    —Que esperen nomás en el pasillo. Total, es su papá. # speaker:officer
    -> ending_saw_arrest
+ [«Jhon, ¿quieres despedirte de tu papá antes de que lo pasen adentro?» #do:allow_contact_with_suspect]
    —Jhon, ¿quieres despedirte de tu papá antes de que lo pasen adentro? # speaker:officer
    -> ending_saw_arrest

=== jhon_talk ===
-> gate ->
Subes a la sala. Jhon está sentado en el borde del sillón, con el hielo en el brazo. Yuliana duerme. # speaker:narrator # scene:private_room # phase:communication
{ trust >= 6:
    —¿Mi mamá está bien? —pregunta—. Fue mi culpa. Yo estaba jugando con la pelota, hice bulla y mi papá se despertó molesto. # speaker:jhon # mood:anxious
- else:
    —Fue mi culpa —dice, sin mirarte. # speaker:jhon # mood:withdrawn
}
+ [«No es tu culpa, Jhon. Ningún niño tiene la culpa de que un adulto pegue. Hiciste bien en venir.» #do:counter_self_blame #do:express_belief]
    —Tu mamá está bien, abajo, con la enfermera. Y escúchame, Jhon: no es tu culpa. Ningún niño tiene la culpa de que un adulto pegue. Jugar con la pelota no es malo. Hiciste bien en venir con tu mamá. # speaker:officer
    Jhon te mira por primera vez a los ojos. # speaker:narrator # mood:relieved
    —Él dice que yo lo hago renegar. # speaker:jhon # mood:anxious
    —Lo que él hace es responsabilidad de él. No tuya. # speaker:officer
+ [«¿Y por qué te metiste en la pelea? Te pudo pasar algo peor.» #do:ask_why_or_blame]
    —¿Y por qué te metiste en la pelea, Jhon? Te pudo pasar algo peor. # speaker:officer
    —Porque le estaba pegando a mi mamá... # speaker:jhon # mood:angry
    Se le quiebra la voz y se calla. # speaker:narrator # mood:withdrawn
+ [«Tu papá es un salvaje. Tranquilo, lo vamos a meter preso y ya no lo vas a ver más.» #do:express_doubt_or_shock #do:promise_outcome]
    —Tu papá es un salvaje. Tranquilo, lo vamos a meter preso y ya no lo vas a ver más. # speaker:officer
    Jhon aprieta los labios. Es su papá. # speaker:narrator # mood:angry
    —No le digas así. # speaker:jhon # mood:angry
- -> jhon_stop

=== jhon_stop ===
-> gate ->
—¿Ya puedo ir con mi mamá? Quiero ver si está bien. # speaker:jhon # mood:anxious # event:child_asks_to_stop
+ [«Claro. Vamos a verla ahora.» #do:pause_for_child]
    —Claro, Jhon. Vamos a verla ahora. # speaker:officer
    Bajan juntos. Jhon abraza a su mamá por la cintura y no la suelta en un buen rato. # speaker:narrator # scene:office # mood:relieved
+ [«Un ratito más. Cuéntame bien cómo te agarró el brazo.» #do:press_child_to_continue #do:ask_for_details]
    —Un ratito más, Jhon. Cuéntame bien cómo te agarró el brazo. # speaker:officer
    Jhon se queda mirando la puerta. Contesta con una sola palabra, y después con ninguna. # speaker:narrator # mood:withdrawn
    Al final lo llevas con su mamá. # speaker:narrator # scene:office
+ [«Si me cuentas todo, te llevo con ella.» #do:pressure_or_bargain]
    —Si me cuentas todo, te llevo con ella. # speaker:officer
    —Ya te conté. # speaker:jhon # mood:angry
    Lo llevas con su mamá. Jhon no te vuelve a hablar. # speaker:narrator # scene:office
- -> exam

=== exam ===
-> gate ->
Falta el examen de Medicina Legal. La enfermera dijo que el brazo de Jhon no está roto, pero el moretón es grande. # speaker:narrator
+ [Explicar a Lucy y a Jhon qué es el examen; pedirlo para los dos, solo con el acuerdo de ella y si Jhon quiere. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Señora, voy a pedir el examen de Medicina Legal para usted y para Jhon. Es para que quede registrado lo que les hicieron. Solo si usted está de acuerdo. # speaker:officer
    —Jhon, mañana un doctor te va a mirar el brazo y va a escribir lo que ve. Nadie te va a hacer doler. Tu mamá va a estar contigo, y si algo no te gusta, lo dices. ¿Está bien? # speaker:officer
    —Si mi mamá va... ya. # speaker:jhon # mood:calm
    Lucy firma el consentimiento. # speaker:narrator # sfx:paper
+ [«Mañana a las ocho los dos a Medicina Legal. Es obligatorio.» #do:force_forensic_exam]
    —Mañana a las ocho los dos a Medicina Legal. Es obligatorio. # speaker:officer
    Jhon mira su brazo como si fuera un problema. # speaker:narrator # mood:anxious
+ [«Para el niño no hace falta, es un moretón nomás. Solo usted, señora.» #do:neutral]
    —Para el niño no hace falta, señora, es un moretón nomás. Solo usted va a Medicina Legal. # speaker:officer
    Lucy mira el brazo de su hijo, pero no dice nada. # speaker:narrator
- -> notifications

=== notifications ===
Son las 23:50. Lucy espera en la oficina con los niños y Huamán. Tú pasas a la oficina del comisario para llamar. # speaker:narrator # sfx:door # phase:referral
+ [Llamar a la Fiscalía de Familia por los niños y a la Fiscalía Penal por el detenido en flagrancia. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("un niño de diez años, Jhon, con una lesión en el brazo, y su hermana de cuatro años, que presenciaron la agresión a su madre", "23:55") ->
    -> shared_call_criminal_prosecutor("la detención en flagrancia de un hombre por agresiones contra su pareja y su hijo", "00:03") ->
    -> measures
+ [Dar cuenta solo a la Fiscalía Penal por el detenido. «Lo de los chicos es aparte.» #do:notify_criminal_prosecutor]
    -> shared_call_criminal_prosecutor("la detención en flagrancia de un hombre por agresiones contra su pareja", "00:03") ->
    Nadie le avisa a la Fiscalía de Familia que hay dos niños en el caso. # speaker:narrator
    -> measures
+ [Dejarlo para mañana: «La sección de Familia lo ve en el turno de día.» #do:neutral]
    Dejas el parte en la bandeja del turno de día. # speaker:narrator # sfx:paper
    -> ending_drawer

=== measures ===
La ficha dice riesgo severo. Si el juez no dicta medidas, Richard puede salir y volver a la casa. # speaker:narrator # phase:protection
+ [Oficio al Juzgado de Familia con la ficha, pidiendo medidas que protejan a Lucy y a los dos niños; y derivar al CEM. #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("que Richard salga del domicilio y no se acerque a Lucy, a Jhon ni a Yuliana, y que no se comunique con ellos") ->
    Llamas al Centro Emergencia Mujer: mañana una psicóloga verá a Lucy y a Jhon, y una abogada la acompañará en el juzgado. # speaker:narrator # sfx:phone
    -> closing
+ [Derivar al CEM: «Allá le ayudan a pedir las medidas, señora.» #do:refer_to_cem]
    —La derivo al CEM, señora. Allá le ayudan a pedir las medidas. # speaker:officer
    -> ending_no_measures
+ [No pedir medidas: «Él ya está detenido, con eso basta.» #do:neutral]
    —Él ya está detenido, señora. Con eso basta. # speaker:officer
    -> ending_no_measures

=== closing ===
-> gate ->
Ya es más de medianoche. Jhon está sentado junto a su mamá, con Yuliana dormida encima de los dos. # speaker:narrator # scene:office # phase:closure
—¿Y ahora a dónde vamos? ¿Mi papá va a volver a la casa? # speaker:jhon # mood:anxious
+ [Agacharte a su altura: contarle dónde dormirán hoy, qué pasa mañana, y recordarle que no fue su culpa. #do:explain_next_steps #do:counter_self_blame]
    —Jhon, hoy van a dormir en la casa de tu tía Marleni. Tu papá se queda aquí esta noche. Mañana, con tu mamá, van al doctor y a conversar con una psicóloga. Un juez va a decidir que tu papá no se acerque a ustedes. Y acuérdate: nada de esto es tu culpa. ¿Quieres preguntarme algo? # speaker:officer
    —¿Puedo llevarme la linterna? # speaker:jhon # mood:relieved
    Huamán se la regala. # speaker:narrator
    -> departure
+ [«Ya, campeón, eso es todo. Ya se pueden ir.» #do:end_abruptly]
    —Ya, campeón, eso es todo. Ya se pueden ir. # speaker:officer
    Jhon se queda con sus preguntas. Lucy recoge a Yuliana y salen a la calle sin saber a dónde ir. # speaker:narrator # mood:withdrawn
    -> ending_left_alone
+ [«Tranquilo: tu papá se va a quedar preso mucho tiempo. Ya no va a volver.» #do:explain_next_steps #do:promise_outcome]
    —Tranquilo, Jhon: tu papá se va a quedar preso mucho tiempo. Ya no va a volver. # speaker:officer
    —¿Preso? ¿Por mi culpa? # speaker:jhon # mood:scared
    -> departure

=== departure ===
Afuera, un mototaxi pasa despacio frente a la puerta. Es el hermano de Richard. # speaker:narrator # scene:front_desk # ambient:night_shift # sfx:footsteps
+ [Darle a Lucy el número de denuncia, las citas y las líneas de ayuda; comprobar con quién y a dónde se van, y llevarlos en patrullero donde Marleni. #do:brief_carer #do:confirm_safe_departure #do:release_to_safe_carer]
    —Señora, este es su número de denuncia. Mañana a las ocho es Medicina Legal, para usted y para Jhon. El juzgado ya tiene el pedido de medidas. # speaker:officer
    -> shared_helplines ->
    -> shared_do_not_question ->
    Llamas a Marleni, que confirma que los espera. Ramos ve al mototaxi y saca el patrullero por el portón de atrás. Los deja en la puerta de Marleni y espera a que entren. # speaker:narrator # sfx:phone
    -> ending_protected
+ [«Cuídense, señora. Ya tiene su copia.» Despedirlos en la puerta. #do:let_leave_unchecked]
    —Cuídense, señora. Ya tiene su copia. # speaker:officer
    -> ending_followed
+ [Darle el número de denuncia y la Línea 100, y que tomen un mototaxi en la puerta. #do:brief_carer #do:let_leave_unchecked]
    —Aquí tiene su número de denuncia y la Línea 100, señora. En la puerta pasan mototaxis. # speaker:officer
    -> ending_followed
