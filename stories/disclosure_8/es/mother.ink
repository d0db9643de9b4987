// Milagros (es): lo que cuenta la madre, la denuncia, la llegada de Wilber.

=== mother_account ===
-> carer_gate ->
En la oficina de al lado, con la puerta entreabierta, Carmen se sienta en el borde de la silla. # speaker:narrator # scene:office # phase:disclosure
—La profesora Elena me llamó a las dos. Dice que en el recreo Milagros estaba llorando y le dijo: «El Wilber me hace doler cuando mi mamá se va a trabajar». Y que era un secreto. # speaker:carmen
—Yo trabajo de noche en un taller de costura, tres noches por semana. Él la cuida. Vive con nosotras desde hace dos años. # speaker:carmen
+ [Escuchar y preguntar solo lo necesario: quién, dónde, desde cuándo más o menos, si vive con ellas. Anotar el teléfono de la profesora. #do:gather_facts_from_adult #do:receive_carer_respectfully]
    —Gracias por contármelo, señora. Solo le voy a preguntar lo necesario. ¿Desde cuándo, más o menos, la cuida él solo? ¿Y me da el número de la profesora Elena? # speaker:officer
    —Desde el año pasado, cuando entré al turno de noche. Aquí está el número. # speaker:carmen
    Llamas a la profesora Elena, que confirma lo que dijo Milagros, palabra por palabra. Lo anotas entre comillas. # speaker:narrator # sfx:phone
+ [«¿Y usted nunca se dio cuenta de nada? Vive con él, señora.» #do:blame_carer #do:gather_facts_from_adult]
    —¿Y usted nunca se dio cuenta de nada, señora? Vive con él. # speaker:officer
    Carmen se pone roja. Se le llenan los ojos de lágrimas. # speaker:narrator
    —¿Ahora la culpa es mía? Yo trabajo toda la noche para darle de comer... # speaker:carmen
    Te contesta lo demás con monosílabos: desde el año pasado, él la cuida las noches que ella trabaja. # speaker:narrator
+ [«¿La niña es de inventar cosas? A veces las profesoras exageran.» #do:express_doubt_or_shock #do:gather_facts_from_adult]
    —¿Milagros es de inventar cosas? A veces las profesoras exageran, señora. # speaker:officer
    —No... no es mentirosa. Pero ya no sé qué pensar. # speaker:carmen
    Desde la otra sala, por la puerta abierta, Milagros ha oído tu pregunta. Deja de dibujar. # speaker:narrator # mood:withdrawn
- -> carer_gate -> report_decision

=== report_decision ===
Carmen se frota las manos. El celular vuelve a vibrar: «Wilber». # speaker:narrator # sfx:phone
—¿Y si la profesora entendió mal? Él es bueno con nosotras... ¿No será mejor que yo converse primero con él, en la casa? # speaker:carmen
+ [«No tiene que estar segura. Registro la denuncia ahora y llenamos la ficha de valoración de riesgo.» #do:register_report #do:assess_risk]
    —Entiendo que es muy duro, señora. Usted no tiene que estar segura de nada: eso lo investiga la Fiscalía. Registro la denuncia ahora, y vamos a llenar la ficha de valoración de riesgo para ver dónde va a dormir Milagros esta noche. # speaker:officer
    Llenan la ficha juntos. Él vive en la casa; Carmen trabaja hoy en la noche; él le dijo a la niña que era «un secreto»; a veces toma. # speaker:narrator # sfx:paper
    —Mi mamá, la señora Teodora, vive en El Progreso. Podemos ir donde ella. # speaker:carmen
    El resultado de la ficha es riesgo severo. Esta noche, Milagros no vuelve a una casa donde está él. # speaker:narrator
    -> suspect_arrives
+ [«Piénselo bien. Una denuncia así le arruina la vida a un hombre. Converse en su casa primero.» #do:dissuade_report]
    —Piénselo bien, señora. Una denuncia así le arruina la vida a un hombre. Converse primero en su casa y, si quiere, regresa. # speaker:officer
    Carmen asiente despacio, como si alguien le hubiera dado permiso para no creer. # speaker:narrator
    -> ending_sent_away
+ [«Sin certificado de Medicina Legal no procede. Vaya primero allá y vuelva con el resultado.» #do:demand_formalities]
    —Sin el certificado de Medicina Legal esto no procede, señora. Vaya primero allá y regrese con el resultado. # speaker:officer
    —¿Y dónde queda eso? ¿Y ahorita está abierto? # speaker:carmen
    No sabe a dónde ir. Recoge a Milagros de la sala de al lado. # speaker:narrator
    -> ending_sent_away
+ [«Ya quedó registrada. Pasa a la Fiscalía; usted vaya a su casa y espere la notificación.» #do:register_report #do:send_home_unassessed]
    —Ya quedó registrada su denuncia, señora. Pasa a la Fiscalía. Vaya a su casa tranquila y espere la notificación. # speaker:officer
    —¿A la casa? Ya... # speaker:carmen
    Nadie le pregunta quién va a estar en esa casa esta noche. # speaker:narrator
    -> ending_home_tonight

=== suspect_arrives ===
Se oye la puerta de la comisaría y una voz de hombre en el mostrador. El suboficial Ramos se asoma a la oficina. # speaker:narrator # sfx:door
—Afuera hay un señor Wilber. Dice que es el padrastro, que viene a recoger a la señora y a la niña, y que quiere hablar con ellas para aclarar todo. # speaker:colleague_m # event:suspect_arrives
En la sala de al lado, Milagros ha levantado la cabeza: conoce esa voz. # speaker:narrator # mood:scared
+ [«Que no pase de la recepción. Atiéndelo tú, lejos de aquí; Huamán cierra la puerta. No le digas dónde están.» #do:separate_from_suspect]
    —Que no pase de la recepción, Ramos. Atiéndelo tú en el mostrador, lejos de este pasillo, y no le digas dónde están. Huamán, cierra la puerta y quédate con Milagros. # speaker:officer
    Huamán cierra la puerta y pone música bajita en su celular. Milagros se acurruca en un cojín. # speaker:narrator # sfx:door # mood:anxious
    -> suspect_request
+ [«Que pase un ratito. Si conversan los tres, a lo mejor se aclara todo.» #do:allow_contact_with_suspect #do:arrange_confrontation]
    —Que pase un ratito, Ramos. Si conversan los tres, a lo mejor se aclara todo. # speaker:officer
    -> ending_face_to_face
+ [«Que espere en la sala de espera; ya terminamos y salen.» #do:allow_contact_with_suspect]
    —Dile que espere en la sala de espera, que ya terminamos y salen. # speaker:officer
    Diez minutos después, Milagros pide ir al baño. Huamán la acompaña por el pasillo, que pasa por la sala de espera. # speaker:narrator # scene:waiting_area # ambient:front_desk_busy # sfx:footsteps
    —Milagritos, ¿qué andas contando a la gente? # speaker:stepfather
    -> ending_face_to_face

=== suspect_request ===
Ramos vuelve a los pocos minutos. # speaker:narrator # sfx:footsteps
—Dice que él se lleva a la niña a la casa, que la señora lo alcanza cuando termine. Está alterado. # speaker:colleague_m
Carmen se levanta. # speaker:narrator
—Déjeme salir a hablar con él. Si no, va a ser peor en la casa. # speaker:carmen
+ [«No, Carmen. Usted no tiene que hablar con él hoy, y la niña no se va con él. Ramos le dirá que el caso está con la Fiscalía.» #do:refuse_confrontation #do:separate_from_suspect]
    —No, Carmen. Hoy usted no tiene que hablar con él, y Milagros no se va con él. Ramos, dile que el caso ya está en manos de la Fiscalía, que lo van a citar, y que se retire. # speaker:officer
    Desde el mostrador llegan gritos. Luego, la puerta de la calle. # speaker:narrator # sfx:door
    —Ya se fue. Pero dejó su mototaxi estacionado en la esquina. # speaker:colleague_m # event:suspect_leaves
    Carmen se vuelve a sentar. Le tiemblan las manos, pero asiente. # speaker:narrator
    -> gate -> open_invitation
+ [«Vaya usted un ratito a calmarlo, pero no le diga nada de la denuncia.» #do:arrange_confrontation]
    —Vaya usted un ratito a calmarlo, señora, pero no le diga nada de la denuncia. # speaker:officer
    Carmen sale. Vuelve veinte minutos después, con los ojos secos y la voz distinta. # speaker:narrator # sfx:door
    —Dice que todo es mentira, que la profesora lo odia. Nos vamos a la casa. Yo misma voy a hablar con la niña. # speaker:carmen
    -> ending_back_home
+ [«Si él es quien la cuida, que se la lleve. Usted termina aquí el trámite.» #do:release_to_suspect]
    —Si él es quien la cuida, que se la lleve a la casa, señora. Usted termina aquí el trámite y los alcanza. # speaker:officer
    -> ending_released
