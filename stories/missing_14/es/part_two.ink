// Segunda parte: Rosa es encontrada y llega a la comisaría.

=== found ===
{ alert_late:
    Jueves, 21:10. La Nota de Alerta salió recién el martes por la tarde, cuando Rosa ya llevaba más de un día fuera de casa. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
    Un vigilante del terminal de buses de San Gabriel la reconoce por la foto. Está con un hombre de unos veintiocho años que acaba de comprar dos pasajes a otra región. # speaker:narrator
- else:
    Miércoles, 16:40. Dos días después de la denuncia. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
    Gracias a la alerta, un vigilante del terminal de buses de San Gabriel reconoció a Rosa. Estaba con un hombre de unos veintiocho años que había comprado dos pasajes a otra región. # speaker:narrator
}
Cuando llegó la patrulla, el hombre se alejó entre la gente. A Rosa la traen dos policías. Entra con la capucha puesta y los brazos cruzados. # speaker:narrator # sfx:door
Ramos comunica el hallazgo a la División de Búsqueda para que se levante la alerta, y llama a Gladys, que viene en camino. # speaker:narrator # sfx:phone # arrives:colleague_m
—¡Suéltenme! ¡Yo no he hecho nada! ¡Jhair es mi enamorado, no un delincuente! # speaker:rosa # mood:angry
+ [«Rosa, soy Castro, policía de esta comisaría. No estás detenida ni en problemas. Vamos a una sala tranquila, sin gente.» #do:introduce_self_simply #do:move_to_private_room]
    Rosa te mira de reojo, desconfiada. Pero te sigue. # speaker:narrator # mood:angry # sfx:footsteps
+ [«¿Tú sabes todo lo que ha sufrido tu mamá estos días, Rosa? A ver, dime aquí nomás por qué te fuiste así.» #do:talk_in_public_area #do:ask_why_or_blame]
    Los vecinos de la fila se voltean a mirar. Rosa se sube más la capucha. # speaker:narrator # mood:withdrawn
    —Porque nadie me entiende. Como ahorita. # speaker:rosa # mood:angry
    La suboficial Huamán la lleva a la sala de entrevistas. Tú las sigues. # speaker:narrator # sfx:footsteps # arrives:colleague_f
+ [Preguntarle ahí mismo, en el mostrador, antes de que llegue la mamá: «¿Con quién estabas, Rosa, y por qué apagaste el celular?» #do:talk_in_public_area #do:ask_why_or_blame]
    Un vecino de la fila levanta la vista del celular. Rosa se sube más la capucha y no contesta. # speaker:narrator # mood:withdrawn
    La suboficial Huamán la lleva a la sala de entrevistas. Tú las sigues. # speaker:narrator # sfx:footsteps # arrives:colleague_f
- -> suspect

=== suspect ===
La sala tiene un sofá, una mesa baja y una caja de pañuelos. Rosa se sienta en la punta del sofá. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment
Alguien toca la puerta. Es el suboficial Ramos. # speaker:narrator # sfx:door # arrives:colleague_m
—Hay un joven en el mostrador. Dice que es el enamorado de la chica y que viene a recogerla. Se llama Jhair; tiene su DNI. # speaker:colleague_m
—¡Rosa! ¡Rosita, soy yo! ¡Vine por ti! # speaker:online_man # leaves:online_man
—¿Jhair está aquí? ¡Quiero verlo! ¡Déjenme salir! # speaker:rosa # mood:anxious # event:suspect_arrives
+ [«Ramos, llévelo ya a la oficina del fondo y quédese con él. Que no la vea ni la escuche, y que no salga de aquí.» #do:separate_from_suspect]
    Ramos cierra la puerta. Se oyen pasos que se alejan por el pasillo. # speaker:narrator # sfx:footsteps # leaves:colleague_m
    —¡No le hagan nada! ¡Él no ha hecho nada malo! # speaker:rosa # mood:angry
+ [«Que pase un momento a despedirse, con nosotros delante. Si la ve tranquila, ella se calma y después conversamos mejor.» #do:allow_contact_with_suspect]
    -> contact_with_man
+ [«Que espere en la banca del mostrador, Ramos. Termino con la chica y salgo a tomarle sus datos completos.» #do:neutral]
    Desde la puerta de vidrio de la sala se ve el mostrador. Jhair se sienta en la banca, busca a Rosa con la mirada y se lleva un dedo a los labios. # speaker:narrator
    Rosa lo ve. Deja de gritar. Se queda muy quieta. # speaker:narrator # mood:scared
    ~ contact = true
    Diez minutos después, Ramos se da cuenta y se lo lleva a la oficina del fondo. # speaker:narrator # sfx:footsteps # leaves:colleague_m
+ [«Si es mayor de edad y trae DNI, que firme el acta de entrega y se la lleve. La mamá igual ya está en camino.» #do:release_to_suspect]
    -> released_to_man
- -> flagrancy

=== contact_with_man ===
~ contact = true
Jhair entra a la sala. Saluda con educación y se sienta junto a Rosa. Le habla bajito, al oído. # speaker:narrator
Rosa deja de llorar. Asiente a todo lo que él le dice. # speaker:narrator # mood:withdrawn
Al rato Ramos lo hace salir y se lo lleva a la oficina del fondo. Rosa se queda mirando la puerta. # speaker:narrator # sfx:door # leaves:colleague_m
-> flagrancy

=== flagrancy ===
-> check ->
Ramos te hace una seña desde el pasillo. # speaker:narrator # sfx:footsteps
—Tiene veintiocho años. Dice que la chica se fue solita, que él solo la iba a ayudar. El vigilante del terminal dice que compró dos pasajes y que corrió cuando vio a la patrulla. # speaker:colleague_m
—Pregunta si ya se puede ir. ¿Le doy una citación? # speaker:colleague_m
+ [«Lo informo ya a la Fiscalía Penal de turno. Ramos, es flagrancia: deténgalo y léale sus derechos allá atrás, lejos de Rosa.» #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ man_held = true
    Ramos le lee sus derechos en la oficina del fondo. Rosa no lo ve ni lo oye. # speaker:narrator # sfx:door # arrives:colleague_m
    Llamas a la Fiscalía Penal de turno: un adulto de veintiocho años, intervenido en flagrancia con una adolescente de catorce reportada como desaparecida, con dos pasajes a otra región. # speaker:narrator # sfx:phone
    El fiscal penal asume la detención y pide el acta de intervención y los pasajes. # speaker:narrator # sfx:paper
+ [«Ramos, deténgalo ya en flagrancia, allá atrás, lejos de Rosa. Apenas esté asegurado, yo doy cuenta a la Fiscalía Penal.» #do:inform_criminal_prosecutor_flagrancy #do:notify_criminal_prosecutor]
    ~ man_held = true
    Ramos lo detiene en la oficina del fondo y le lee sus derechos. Rosa no lo ve ni lo oye. # speaker:narrator # sfx:door # arrives:colleague_m
    Cinco minutos después llamas a la Fiscalía Penal de turno. El fiscal asume la detención y pide el acta de intervención y los pasajes. # speaker:narrator # sfx:phone
+ [«Tómele bien sus datos y déjelo ir con citación para el lunes. Mientras la chica no lo denuncie, no tenemos flagrancia.» #do:delay_intervention]
    Ramos le entrega la citación. Jhair la dobla, se la guarda en el bolsillo y sale a la avenida. # speaker:narrator # sfx:door # arrives:colleague_m
+ [«Tome sus datos y que se vaya, Ramos; no tenemos orden. Mañana le pido a la Fiscalía Penal que lo cite con su abogado.» #do:delay_intervention]
    Jhair firma la hoja de datos y sale a la avenida sin mirar atrás. # speaker:narrator # sfx:door
- -> defends

=== defends ===
-> check ->
La puerta de la comisaría se abre de golpe. Es Gladys, sin aliento. Al ver a Rosa por el vidrio, se le quiebra la voz. # speaker:narrator # sfx:door
—No quiero que entre todavía. Me va a gritar. # speaker:rosa # mood:angry
La suboficial Huamán acompaña a Gladys a la sala de espera y le ofrece un vaso de agua. # speaker:narrator # arrives:colleague_f,gladys
Rosa se quita la capucha. Habla rápido, como si lo hubiera ensayado. # speaker:narrator # phase:communication
—Ustedes no entienden. Jhair es el único que me escucha. Me iba a llevar a la ciudad; una amiga suya tiene una tienda y me iba a dar trabajo y cuarto. # speaker:rosa # mood:angry # event:exploitation_sign
—Yo me fui porque quise. Y ahora por mi culpa mi mamá está así... # speaker:rosa # mood:crying # event:child_distressed
+ [«Te creo, Rosa. Pero irte no te hace culpable: si un adulto busca así a una chica de catorce años, el responsable es él.» #do:express_belief #do:counter_self_blame]
    Rosa se limpia la nariz con la manga. No contesta, pero descruza los brazos. # speaker:narrator # mood:anxious
+ [«¡Ese tipo es un delincuente, Rosa! Pero ya estás a salvo aquí conmigo: te prometo que va a pagar por todo lo que te hizo.» #do:express_doubt_or_shock #do:promise_outcome]
    —¡No le pueden hacer nada! ¡Yo lo voy a defender! # speaker:rosa # mood:angry
+ [«¿Enamorado? Rosa, eso no es amor, es un delito. Quédate tranquila: te aseguro que ese hombre no se te vuelve a acercar.» #do:express_doubt_or_shock #do:promise_outcome]
    —¡Tú no lo conoces! ¡No sabes nada de él! # speaker:rosa # mood:angry
- -> minimal_facts

=== minimal_facts ===
-> check ->
{ distress >= 8:
    Rosa se ha encogido en el sofá. Mira el piso y se muerde la uña del pulgar. # speaker:narrator # mood:withdrawn
- else:
    Rosa se sirve un poco de agua. Te mira por primera vez a los ojos. # speaker:narrator # mood:anxious
}
+ [«Solo lo que hace falta para cuidarte: dónde pasaste estas noches, si alguien te hizo daño y con quién era ese trabajo. Puedes decir "no sé".» #do:ask_minimal_facts #do:screen_for_exploitation]
    { trust >= 5:
        —Que la señora de la tienda me iba a pagar el pasaje y que yo se lo devolvía con mi sueldo. Y que no le dijera a nadie dónde iba a estar. # speaker:rosa # mood:anxious
    - else:
        —Lo del trabajo no sé. Una señora. # speaker:rosa # mood:withdrawn
    }
+ [«Para el parte necesito todo en orden, pues: cómo lo conociste, qué te escribía, dónde dormían y qué pasaba cada noche.» #do:ask_for_details]
+ [«Cuéntame todo desde el principio, Rosa, con confianza. Mientras más detalles me des, más rápido lo vamos a poder agarrar.» #do:ask_for_details]
-
{ contact:
    —Me escapé yo solita. Él no tiene nada que ver. No voy a decir nada más. # speaker:rosa # mood:withdrawn
    Rosa se pone la capucha y se queda mirando la puerta por donde salió Jhair. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    { distress >= 8:
        Rosa no contesta. Se tapa la cara con la capucha y empieza a temblar. # speaker:narrator # mood:withdrawn # event:child_distressed
    - else:
        —Dormía en un cuarto que él alquiló, por el terminal. No me pegó ni nada. Me dijo que apagara el celular para que mi mamá no me rastreara... # speaker:rosa # mood:anxious # event:disclosure_started
        Se detiene. Aprieta el vaso con las dos manos. # speaker:narrator # mood:crying
        —Ya no quiero hablar de eso. # speaker:rosa # mood:crying # event:child_asks_to_stop
    }
}
+ [«Está bien, paramos aquí. No tienes que contármelo a mí: lo contarás una vez, en la Cámara Gesell, y nadie más te lo pedirá.» #do:pause_for_child #do:defer_account_to_single_interview]
    Rosa suelta el aire despacio. Huamán le deja una galleta y un jugo sobre la mesa. # speaker:narrator # mood:relieved # arrives:colleague_f
+ [«Bueno, descansa un rato. Después se lo cuentas igualito a la suboficial Huamán, que ella es la que hace el parte.» #do:pause_for_child #do:ask_child_to_repeat]
    ~ hurt = true
    Media hora después, Huamán le pide que empiece otra vez desde el principio. Rosa lo cuenta mirando la pared, con la voz apagada. # speaker:narrator # mood:withdrawn # arrives:colleague_f
+ [Sentarte a su lado y abrazarla fuerte. «Ya está, mamita, ya pasó todo. Aquí conmigo estás segura y nadie te va a hacer nada más.» #do:pause_for_child #do:touch_without_consent]
    Rosa se pone rígida bajo tu brazo. Se escurre hacia la otra punta del sofá y se abraza las rodillas. # speaker:narrator # mood:scared
- -> notify

=== check ===
{ distress_streak >= 2:
    -> shut_down
}
->->

=== shut_down ===
Rosa se pone la capucha, se abraza las rodillas y deja de contestar. Ni a ti, ni a Huamán, ni a su mamá. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn # arrives:colleague_f
—Ya no voy a decir nada. Quiero irme a mi casa. # speaker:rosa # mood:withdrawn
Gladys se la lleva esa noche. Lo que Rosa dijo en la comisaría cabe en pocas líneas, con muchas preguntas sin respuesta. # speaker:narrator # scene:front_desk # ambient:night_shift # arrives:gladys
Cuando la citan a la Cámara Gesell, Rosa no va. Dos meses después, vuelve a chatear con Jhair desde el celular de una amiga. # speaker:narrator # mood:withdrawn # ending:harmed_shut_down
-> END
