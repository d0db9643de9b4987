// Milagros (es): lo que cuenta la madre, la denuncia, las medidas, las fiscalías, la llegada de Wilber y el acta.

=== mother_account ===
-> gate ->
En la oficina de al lado, con la puerta entreabierta, Carmen se sienta en el borde de la silla. # speaker:narrator # scene:office # phase:disclosure # arrives:carmen
—La profesora Elena me llamó a las dos. Dice que en el recreo Milagros estaba llorando y le dijo: «El Wilber me hace doler cuando mi mamá se va a trabajar». Y que era un secreto. # speaker:carmen
—Yo trabajo de noche en un taller de costura, tres noches por semana. Él la cuida. Vive con nosotras desde hace dos años. # speaker:carmen
+ [«¿Milagros es de inventar cosas, señora? A veces los chicos confunden, y las profesoras exageran bastante.» #do:express_doubt_or_shock #do:gather_facts_from_adult]
    —¿Milagros es de inventar cosas, señora? A veces los chicos confunden, y las profesoras exageran bastante. # speaker:officer
    —No... no es mentirosa. Pero ya no sé qué pensar. # speaker:carmen
    Te contesta lo demás en voz baja: desde el año pasado, él la cuida las noches que ella trabaja. # speaker:narrator
    Desde la otra sala, por la puerta abierta, Milagros ha oído tu pregunta. Deja de dibujar. # speaker:narrator # mood:withdrawn
    -> report_decision
+ [Preguntarle solo lo necesario: desde cuándo la cuida él, si vive con ellas y el número de la profesora. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Gracias por contármelo, señora. Solo le voy a preguntar lo necesario. ¿Desde cuándo, más o menos, la cuida él solo? ¿Y me da el número de la profesora Elena? # speaker:officer
    —Desde el año pasado, cuando entré al turno de noche. Aquí está el número. # speaker:carmen
    Llamas a la profesora Elena, que confirma lo que le dijo Milagros, palabra por palabra. # speaker:narrator # sfx:phone
    -> report_decision
+ [«¿Y usted nunca notó nada raro, señora? Dos años viviendo con él en la misma casa; algo ha tenido que ver.» #do:blame_carer #do:gather_facts_from_adult]
    —¿Y usted nunca notó nada raro, señora? Dos años viviendo con él en la misma casa; algo ha tenido que ver. # speaker:officer
    Carmen se pone roja. Se le llenan los ojos de lágrimas. # speaker:narrator
    —¿Ahora la culpa es mía? Yo trabajo toda la noche para darle de comer... # speaker:carmen
    -> carer_hurt

=== carer_hurt ===
Carmen se levanta y se cuelga la cartera al hombro. # speaker:narrator # sfx:chair
—Mejor me la llevo. Vine a pedir ayuda, no a que me traten de cómplice. # speaker:carmen
+ [«Cálmese, señora, es una pregunta de rutina. Si se va ahora, su denuncia queda sin efecto.» #do:blame_carer]
    —Cálmese, señora, es una pregunta de rutina. Si se va ahora, su denuncia queda sin efecto. # speaker:officer
    -> ending_walked_out
+ [Decirle que si no quiere colaborar es su decisión, pero que luego no diga que no la atendieron. #do:blame_carer]
    —Si no quiere colaborar, es su decisión, señora. Pero después no diga que en la comisaría no la atendimos. # speaker:officer
    -> ending_walked_out
+ [Pedirle disculpas: te expresaste mal, y ella hizo lo correcto al traerla hoy mismo. Que se siente, por favor. #do:receive_carer_respectfully]
    —Perdóneme, señora. Me expresé mal. Usted no tiene la culpa de nada, e hizo lo correcto al traerla hoy mismo. Siéntese, por favor. # speaker:officer
    Carmen se queda de pie un momento. Luego se vuelve a sentar, sin soltar la cartera. # speaker:narrator # sfx:chair # arrives:carmen
    —Desde el año pasado la cuida él, las noches que yo trabajo. # speaker:carmen
    -> report_decision

=== report_decision ===
-> gate ->
Carmen se frota las manos. El celular vuelve a vibrar: «Wilber». # speaker:narrator # sfx:phone # arrives:carmen
—¿Y si la profesora entendió mal? Él es bueno con nosotras... ¿No será mejor que yo converse primero con él, en la casa? # speaker:carmen
+ [«Piénselo bien, señora: una denuncia así ya no tiene vuelta atrás. Converse primero con él, en su casa, con calma.» #do:dissuade_report]
    —Piénselo bien, señora. Una denuncia así ya no tiene vuelta atrás. Converse primero con él, en su casa, con calma, y si quiere, regresa. # speaker:officer
    Carmen asiente despacio, como si alguien le hubiera dado permiso para no creer. # speaker:narrator
    -> ending_sent_away
+ [Registrar la denuncia y decirle que vaya tranquila a su casa, que la Fiscalía le hará llegar la notificación luego. #do:register_report #do:send_home_unassessed]
    —Ya quedó registrada su denuncia, señora. Pasa a la Fiscalía. Vaya a su casa tranquila y espere la notificación. # speaker:officer
    —¿A la casa? Ya... # speaker:carmen
    Nadie le pregunta quién va a estar en esa casa esta noche. # speaker:narrator
    -> ending_home_tonight
+ [«No tiene que estar segura, señora; eso lo ve la Fiscalía. Registro su denuncia y llenamos la ficha de riesgo.» #do:register_report #do:assess_risk]
    —Entiendo que es muy duro, señora. Usted no tiene que estar segura de nada: eso lo investiga la Fiscalía. Registro la denuncia ahora, y vamos a llenar la ficha de valoración de riesgo para ver dónde va a dormir Milagros esta noche. # speaker:officer
    Llenan la ficha juntos. Él vive en la casa; Carmen trabaja hoy en la noche; él le dijo a la niña que era «un secreto»; a veces toma. # speaker:narrator # sfx:paper
    —Mi mamá, la señora Teodora, vive en El Progreso. Podemos ir donde ella. # speaker:carmen
    Esta noche, Milagros no vuelve a una casa donde está él. # speaker:narrator
    -> measures_step
+ [«Sin el certificado de Medicina Legal esto no procede, señora. Vaya allá primero y me regresa con el resultado.» #do:demand_formalities]
    —Sin el certificado de Medicina Legal esto no procede, señora. Vaya allá primero y me regresa con el resultado. # speaker:officer
    —¿Y dónde queda eso? ¿Y ahorita está abierto? # speaker:carmen
    No sabe a dónde ir. Recoge a Milagros de la sala de al lado. # speaker:narrator
    -> ending_sent_away

=== measures_step ===
-> gate ->
El resultado de la ficha es riesgo severo: Wilber vive en la casa, tiene llave y sabe dónde vive la abuela. # speaker:narrator # sfx:paper # phase:protection
+ [«Ahorita mismo mando al juzgado de familia el pedido de medidas, con la ficha, y llamo a la psicóloga del CEM.» #do:request_protective_measures #do:refer_to_cem]
    —Ahorita mismo mando al juzgado de familia el pedido de medidas de protección, con la ficha, señora. # speaker:officer
    -> shared_family_court("que Wilber salga de la casa y que no se acerque a Milagros ni a su mamá") ->
    —Con riesgo severo, el juzgado tiene que resolver en horas, no en semanas. Cuando dicte las medidas, nosotros se las hacemos cumplir. # speaker:officer
    Llamas también al Centro Emergencia Mujer que funciona en la comisaría: una psicóloga y una abogada las van a acompañar desde mañana. # speaker:narrator # sfx:phone
+ [«Las medidas de protección se piden el lunes, señora, con la sección de Familia; el fin de semana no se tramitan.» #do:delay_protective_measures]
    —Las medidas de protección se piden el lunes, señora, con la sección de Familia. El fin de semana no se tramitan. # speaker:officer
    Carmen asiente. No sabe que el plazo corre desde hoy, ni que hay un juzgado de turno. # speaker:narrator
    ~ fate = MAX(fate, 1)
+ [Derivarla al CEM, para que allá la abogada le vea lo de las medidas de protección con calma, en estos días. #do:refer_to_cem #do:delay_protective_measures]
    —La derivo al CEM, señora. Allá la abogada le ve lo de las medidas de protección con calma, en estos días. # speaker:officer
    Carmen anota la dirección en un papelito. Nadie le explica que el juzgado puede sacar a Wilber de la casa desde mañana. # speaker:narrator
    ~ fate = MAX(fate, 1)
- -> notifications

=== notifications ===
-> gate ->
Son las 18:30. Falta avisar a quien corresponde. # speaker:narrator # phase:referral
+ [Llamar a la fiscal de Familia: «Doctora, la niña está aquí al lado; se la paso para que le cuente ella misma, ¿ya?» #do:notify_family_prosecutor #do:ask_child_to_repeat]
    -> shared_call_family_prosecutor("una niña de ocho años, Milagros", "18:35") ->
    —Doctora, la niña está aquí al lado. Se la paso para que le cuente ella misma, ¿ya? # speaker:officer
    La fiscal te dice que no. Pero Huamán ya le ha acercado el celular a Milagros, en la sala de al lado, y la niña se queda muda con el aparato en la mano. # speaker:narrator # mood:withdrawn # arrives:colleague_f
    ~ fate = MAX(fate, 8)
+ [«Por hoy ya es suficiente, señora. Vuelva el lunes temprano con la niña y con el fiscal vemos lo demás.» #do:defer_or_redirect]
    —Por hoy ya es suficiente, señora. Vuelva el lunes temprano con la niña y con el fiscal vemos todo lo demás. # speaker:officer
    Carmen recoge a Milagros de la sala de al lado. Nadie llama a ninguna fiscalía esa noche. # speaker:narrator # sfx:door
    -> ending_drawer
+ [Llamar a la Fiscalía de Familia de turno y luego a la Fiscalía Penal, y enviarles la ficha de valoración. #do:notify_family_prosecutor #do:notify_criminal_prosecutor]
    -> shared_call_family_prosecutor("una niña de ocho años, Milagros", "18:35") ->
    -> shared_call_criminal_prosecutor("un presunto delito contra la libertad sexual de una niña de ocho años", "18:42") ->
- -> exam

=== exam ===
-> gate ->
Carmen te mira con el lapicero en la mano. # speaker:narrator # phase:protection
—¿Y ahora? ¿La tienen que revisar? ¿Le van a preguntar todo de nuevo? # speaker:carmen # mood:anxious
+ [Citar a Milagros el lunes a las nueve para su manifestación en la comisaría, y de aquí mandarla a Medicina Legal. #do:schedule_station_statement #do:request_forensic_exam]
    —El lunes a las nueve me trae a Milagros para que dé su manifestación aquí, en la comisaría, señora. La toma la sección de Familia, y de aquí mismo la mandamos a Medicina Legal. Por hoy es todo. # speaker:officer
    Carmen lo anota y sale con Milagros de la mano. No sabe que después habrá otra entrevista más. # speaker:narrator # sfx:door # leaves:carmen
    -> ending_summoned
+ [«Aquí nadie la va a interrogar, señora: la Fiscalía coordina una sola entrevista y un examen que ella puede parar.» #do:arrange_single_interview #do:request_forensic_exam]
    —Aquí nadie la va a interrogar, señora. Le pido a la Fiscalía la entrevista única. # speaker:officer
    -> shared_single_interview ->
    —Y voy a pedir que una doctora de Medicina Legal revise a Milagros, para cuidar su salud, solo si usted está de acuerdo. Usted va a estar con ella, y si algo no le gusta, dice «para» y la doctora para. Aquí en la comisaría nadie la va a revisar. # speaker:officer
    Carmen firma el consentimiento. Cuando se lo explicas a Milagros, dice que bueno, si su mamá va. # speaker:narrator # sfx:paper # mood:calm
+ [«Súbale la manguita un momento, señora, para ver si tiene moretones. Si hay marcas, las pongo en el acta.» #do:examine_or_photograph_child]
    —Súbale la manguita un momento, señora, para ver si tiene moretones. Si hay marcas, las pongo en el acta. # speaker:officer
    Carmen duda, pero trae a Milagros y le sube la manga. La niña se queda quieta, mirando el techo, mientras tú la miras. No hay nada que anotar. # speaker:narrator # mood:withdrawn # arrives:carmen
    ~ fate = MAX(fate, 7)
+ [«Llévela ahorita mismo a Medicina Legal, señora; atienden las veinticuatro horas y es obligatorio.» #do:force_forensic_exam]
    —Llévela ahorita mismo a Medicina Legal, señora. Atienden las veinticuatro horas y es obligatorio para que proceda la denuncia. Con el resultado, regresa. # speaker:officer
    Milagros no sabe qué es Medicina Legal, pero entiende «obligatorio». Se aferra a su mamá. # speaker:narrator # mood:scared
    Carmen recoge la hoja y sale con su hija a buscar un taxi. # speaker:narrator # sfx:door # leaves:carmen
    -> ending_forced_exam
- -> suspect_arrives

=== suspect_arrives ===
-> gate ->
Se oye la puerta de la comisaría y una voz de hombre en el mostrador. El suboficial Ramos se asoma a la oficina. # speaker:narrator # sfx:door # arrives:colleague_m
—Afuera hay un señor Wilber. Dice que es el padrastro, que viene a llevarse a la niña a la casa, y que quiere hablar con la señora para aclarar todo. # speaker:colleague_m # event:suspect_arrives
En la sala de al lado, Milagros ha levantado la cabeza: conoce esa voz. # speaker:narrator # mood:scared
Carmen se levanta. # speaker:narrator
—Déjeme salir a hablar con él. Si no, va a ser peor en la casa. # speaker:carmen
+ [«Que pase un ratito, Ramos. Si conversan los tres con calma, delante de mí, de repente se aclara todo.» #do:allow_contact_with_suspect #do:arrange_confrontation]
    —Que pase un ratito, Ramos. Si conversan los tres con calma, delante de mí, de repente se aclara todo. # speaker:officer
    -> ending_face_to_face
+ [«Ramos, que no pase del mostrador ni sepa dónde están. Carmen, hoy usted no tiene que hablar con él.» #do:separate_from_suspect #do:refuse_confrontation]
    —Ramos, que no pase del mostrador, atiéndelo tú lejos de este pasillo y no le digas dónde están. Dile que el caso ya está en manos de la Fiscalía, que lo van a citar, y que se retire. # speaker:officer
    —Carmen, hoy usted no tiene que hablar con él. Huamán, cierra la puerta y quédate con Milagros. # speaker:officer
    Huamán cierra la puerta y pone música bajita en su celular. Milagros se acurruca en un cojín. # speaker:narrator # sfx:door # mood:anxious # arrives:colleague_f
    -> suspect_gone
+ [Si él es quien la cuida en las noches, que se lleve a la niña; Carmen termina aquí el trámite y los alcanza. #do:release_to_suspect]
    —Si él es quien la cuida en las noches, que se la lleve a la casa, señora. Usted termina aquí el trámite y los alcanza. # speaker:officer
    -> ending_released
+ [Dejar que Carmen salga un ratito a calmarlo, con tal de que no le cuente nada de la denuncia. #do:arrange_confrontation]
    —Vaya usted un ratito a calmarlo, señora, pero no le cuente nada de la denuncia. Así no se pone peor. # speaker:officer
    Carmen sale. Vuelve veinte minutos después, con los ojos secos y la voz distinta. # speaker:narrator # sfx:door # leaves:carmen
    —Dice que todo es mentira, que la profesora lo odia. Nos vamos a la casa. Yo misma voy a hablar con la niña. # speaker:carmen
    -> ending_back_home
+ [Pasar a Carmen y a Milagros por el patio a la oficina del fondo, y que Ramos le diga a él que se retire. #do:separate_from_suspect #do:refuse_confrontation]
    —Vengan conmigo, por el patio. Vamos a la oficina del fondo, lejos de la entrada. Carmen, hoy usted no tiene que hablar con él. Ramos, dile que el caso ya está en la Fiscalía y que se retire. # speaker:officer
    Cruzan el patio deprisa. Milagros deja sus colores a medio guardar y se agarra de la mano de Huamán; la voz del mostrador ya no se oye. # speaker:narrator # sfx:footsteps # mood:anxious # arrives:colleague_f
    -> suspect_gone

=== suspect_gone ===
Desde el mostrador llegan gritos. Luego, la puerta de la calle. # speaker:narrator # sfx:door
—Ya se fue. Pero dejó su mototaxi estacionado en la esquina. # speaker:colleague_m # event:suspect_leaves
Carmen se vuelve a sentar. Le tiemblan las manos, pero asiente. # speaker:narrator # arrives:carmen
-> record

=== record ===
-> gate ->
Ramos vuelve a la oficina con su celular en la mano. Tú empiezas a redactar el acta. # speaker:narrator # sfx:door # phase:documentation # arrives:colleague_m
—Le tomo una foto a la niña para el parte, ¿ya? El comisario quiere todo en el grupo de la comisaría, por si ese señor regresa. # speaker:colleague_m
+ [«Ya, una foto nomás para el parte, que no salga del grupo.» Y en el acta, lo que la profesora le oyó decir. #do:expose_identity #do:record_child_words]
    —Ya, una foto nomás para el parte. Que no salga del grupo, ¿ya? # speaker:officer
    Ramos le toma la foto a Milagros, con su uniforme del colegio, mientras dibuja. En el acta escribes, entre comillas, lo que la profesora le oyó decir. # speaker:narrator # mood:anxious # arrives:colleague_m
    ~ fate = MAX(fate, 5)
+ [Negarle la foto a Ramos y escribir en el acta: «La menor refiere haber sido víctima de abuso sexual por su padrastro». #do:protect_identity #do:record_interpretation]
    —Sin fotos, Ramos. # speaker:officer
    En el acta escribes: «La menor refiere haber sido víctima de abuso sexual por parte de su padrastro». Milagros nunca dijo esas palabras, y tampoco las dijo la profesora. # speaker:narrator # sfx:paper
+ [«Ninguna foto de la niña, Ramos, ni para el parte.» Y en el acta, entre comillas, lo que la profesora le oyó decir. #do:protect_identity #do:record_child_words]
    —No, Ramos. Ninguna foto de Milagros, ni en el parte ni en ningún grupo. Su nombre tampoco sale de esta oficina. # speaker:officer
    En el acta escribes lo que la profesora Elena le oyó decir a Milagros, tal cual: «El Wilber me hace doler cuando mi mamá se va a trabajar». Anotas quién lo escuchó, quién te lo contó, y a qué hora. # speaker:narrator # sfx:paper
- -> am_i_in_trouble
