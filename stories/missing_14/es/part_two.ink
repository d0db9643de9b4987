// Segunda parte: Rosa es encontrada y llega a la comisaría.

=== found ===
Miércoles, 16:40. Dos días después de la denuncia. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Gracias a la alerta, un vigilante del terminal de buses de San Gabriel reconoció a Rosa. Estaba con un hombre de unos veintiocho años que había comprado dos pasajes a otra región. # speaker:narrator
Cuando llegó la patrulla, el hombre se alejó entre la gente. A Rosa la traen dos policías. Entra con la capucha puesta y los brazos cruzados. # speaker:narrator # sfx:door
—¡Suéltenme! ¡Yo no he hecho nada! ¡Jhair es mi enamorado, no un delincuente! # speaker:rosa # mood:angry
Gladys ya fue avisada y viene en camino. # speaker:narrator
+ [«¿Tú sabes lo que has hecho sufrir a tu mamá? ¿Por qué te escapaste?» #do:talk_in_public_area #do:ask_why_or_blame #do:move_to_private_room]
    Los vecinos de la fila se voltean a mirar. Rosa se sube más la capucha. # speaker:narrator # mood:withdrawn
    —Porque nadie me entiende. Como ahorita. # speaker:rosa # mood:angry
    La suboficial Huamán la lleva a la sala de entrevistas. Tú las sigues. # speaker:narrator # sfx:footsteps
+ [«Ya, ya, cálmate. Siéntate en la banca del pasillo hasta que llegue tu mamá; después conversamos en la sala.» #do:place_child_near_detainees #do:move_to_private_room]
    La banca está frente a la celda de tránsito. Un detenido le silba. Rosa se encoge contra la pared. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Veinte minutos después, la suboficial Huamán la pasa a la sala de entrevistas. # speaker:narrator # sfx:footsteps
+ [«Hola, Rosa. Me llamo Castro y soy policía de esta comisaría. No estás detenida y nadie te va a castigar. Vamos a una sala más tranquila, lejos de esta gente; ahí puedes tomar agua y respirar un rato.» #do:introduce_self_simply #do:treat_as_victim #do:move_to_private_room #do:pause_for_child]
    Rosa te mira de reojo, desconfiada. Pero te sigue. # speaker:narrator # mood:angry # sfx:footsteps
- -> suspect

=== suspect ===
{ distress >= 9:
    -> shut_down
}
La sala tiene un sofá, una mesa baja y una caja de pañuelos. Rosa se sienta en la punta del sofá. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment
Alguien toca la puerta. Es el suboficial Ramos. # speaker:narrator # sfx:door
—Hay un joven en el mostrador. Dice que es el enamorado de la chica y que viene a recogerla. Se llama Jhair. # speaker:colleague_m
—¡Rosa! ¡Rosita, soy yo! ¡Vine por ti! # speaker:online_man
—¿Jhair está aquí? ¡Quiero verlo! ¡Déjenme salir! # speaker:rosa # mood:anxious # event:suspect_arrives
+ [«Que pase un ratito. Que él mismo le explique que tiene que volver con su mamá; a él sí le va a hacer caso.» #do:allow_contact_with_suspect #do:arrange_confrontation]
    -> contact_with_man
+ [«Ramos, llévelo a la oficina del fondo. Que no la vea ni le hable. Tome sus datos y no lo deje ir hasta que informe a la fiscal.» #do:separate_from_suspect]
    Ramos cierra la puerta. Se oyen pasos que se alejan por el pasillo. # speaker:narrator # sfx:footsteps
    —¡No le hagan nada! ¡Él no ha hecho nada malo! # speaker:rosa # mood:angry
+ [«Dígale que espere en la banca del mostrador; ahorita lo atiendo.» #do:neutral]
    Desde la puerta de vidrio de la sala se ve el mostrador. Jhair se sienta en la banca, busca a Rosa con la mirada y se lleva un dedo a los labios. # speaker:narrator
    Rosa lo ve. Deja de gritar. Se queda muy quieta. # speaker:narrator # mood:scared
    Diez minutos después, Ramos se da cuenta y se lo lleva a la oficina del fondo. # speaker:narrator # sfx:footsteps
+ [«Si es mayor de edad y se hace responsable, que firme el acta y la lleve a su casa. La mamá igual está en camino.» #do:release_to_suspect]
    -> released_to_man
- -> who_stays

=== who_stays ===
La puerta de la comisaría se abre de golpe. Es Gladys, sin aliento. Al ver a Rosa por el vidrio, se le quiebra la voz. # speaker:narrator # sfx:door
—¡Rosa! ¡Hija! ¿Cómo pudiste hacerme esto? # speaker:gladys
—No quiero que entre. Me va a gritar. # speaker:rosa # mood:angry
+ [«Rosa, tú decides: ¿quieres que tu mamá esté contigo ahora, o prefieres que espere afuera con mi colega mientras conversamos un rato? Después la ves.» #do:ask_child_who_stays]
    —Que espere afuera. Después. # speaker:rosa # mood:anxious
    La suboficial Huamán acompaña a Gladys a la sala de espera y le ofrece un vaso de agua. # speaker:narrator # sfx:door
+ [«Tu mamá entra contigo. Es tu mamá, y después de lo que ha pasado tiene derecho a estar.» #do:insist_adult_stays]
    Gladys entra. Abraza a Rosa y enseguida empieza el reproche: la noche sin dormir, los hermanos, el trabajo perdido. # speaker:narrator
    Rosa aparta la cara hacia la pared. # speaker:narrator # mood:withdrawn
    Al rato suena el celular de Gladys y sale a contestar. No vuelve a entrar. # speaker:narrator # sfx:phone
+ [«Señora, pase usted también; con usted al lado va a hablar más rápido.» #do:insist_adult_stays]
    Gladys entra y se sienta junto a su hija. A la primera respuesta de Rosa, la corrige; a la segunda, llora. # speaker:narrator
    Rosa aparta la cara hacia la pared. # speaker:narrator # mood:withdrawn
    Al rato Huamán se lleva a Gladys a tomar un poco de aire. # speaker:narrator # sfx:door
- -> defends

=== defends ===
{ distress >= 9:
    -> shut_down
}
Rosa se quita la capucha. Habla rápido, como si lo hubiera ensayado. # speaker:narrator # phase:communication
—Ustedes no entienden. Jhair es el único que me escucha. Me iba a llevar a la ciudad; una amiga suya tiene una tienda y me iba a dar trabajo y cuarto. # speaker:rosa # mood:angry # event:exploitation_sign
—Yo me fui porque quise. Y ahora por mi culpa mi mamá está así... # speaker:rosa # mood:crying # event:child_distressed
+ [«¿Enamorado? Rosa, ese hombre te dobla la edad. ¿Cómo se te ocurre irte con él? ¿No pensaste en tu mamá?» #do:ask_why_or_blame]
    —¡Ya sé que soy lo peor! ¡No tienes que decírmelo! # speaker:rosa # mood:crying
+ [«¡Ese tipo es un delincuente! Te juro que se va a pudrir en la cárcel.» #do:express_doubt_or_shock #do:promise_outcome]
    —¡No le pueden hacer nada! ¡Yo lo voy a defender! # speaker:rosa # mood:angry
+ [«Gracias por contarme, Rosa. No has hecho nada malo y aquí nadie te va a castigar. Cuando un adulto busca así a una chica de catorce años, el responsable es él, no tú.» #do:express_belief #do:counter_self_blame]
    Rosa se limpia la nariz con la manga. No contesta, pero descruza los brazos. # speaker:narrator # mood:anxious
- -> minimal_facts

=== minimal_facts ===
{ distress >= 9:
    -> shut_down
}
{ distress >= 8:
    Rosa se ha encogido en el sofá. Mira el piso y se muerde la uña del pulgar. # speaker:narrator # mood:withdrawn
- else:
    Rosa se sirve un poco de agua. Te mira por primera vez a los ojos. # speaker:narrator # mood:anxious
}
+ [«Cuéntame todo desde el principio: cómo lo conociste, qué te escribía, dónde dormían, qué pasó cada noche.» #do:ask_for_details]
+ [«No necesito que me cuentes todo. Solo lo que hace falta para cuidarte: dónde estuviste estas noches, si alguien te hizo daño o te obligó a algo, y si Jhair sabe dónde vives. Tú decides cuánto decir.» #do:ask_minimal_facts #do:let_child_decide]
+ [«Ese hombre te hizo algo, ¿verdad? Dímelo, no te va a pasar nada.» #do:ask_leading_question]
-
{ distress >= 8:
    Rosa no contesta. Se tapa la cara con la capucha y empieza a temblar. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    —En un cuarto que él alquiló, por el terminal. No me pegó ni nada. Me dijo que apagara el celular para que mi mamá no me rastreara... # speaker:rosa # mood:anxious # event:disclosure_started
    Se detiene. Aprieta el vaso con las dos manos. # speaker:narrator # mood:crying
    —Ya no quiero hablar de eso. # speaker:rosa # mood:crying # event:child_asks_to_stop
}
+ [«Ya falta poco, Rosa. Dime qué pasó esas noches y terminamos.» #do:press_child_to_continue #do:ask_for_details]
    ~ hurt = true
    Rosa se levanta de golpe y se va al rincón de la sala. De ahí no se mueve en un buen rato. # speaker:narrator # mood:crying
+ [«Bueno, descansa. Después se lo cuentas a la suboficial Huamán, que ella va a hacer el parte.» #do:pause_for_child #do:ask_child_to_repeat]
    ~ hurt = true
    Media hora después, Huamán le pide que empiece otra vez desde el principio. Rosa lo cuenta mirando la pared, con la voz apagada. # speaker:narrator # mood:withdrawn
+ [«Está bien, paramos aquí. No tienes que contármelo a mí. Una psicóloga te va a escuchar una sola vez, en una sala especial, y nadie más te lo va a volver a preguntar.» #do:pause_for_child #do:defer_account_to_single_interview]
    Rosa suelta el aire despacio. Huamán le deja una galleta y un jugo sobre la mesa. # speaker:narrator # mood:relieved
- -> screening

=== screening ===
{ distress >= 9:
    -> shut_down
}
Después de un rato, con el vaso de agua otra vez lleno, vuelves con cuidado a lo del trabajo que mencionó. # speaker:narrator
+ [«Una sola cosa más, y me puedes decir "no sé": ese trabajo en la ciudad, ¿te dijo con quién era? ¿Te pidió algo a cambio, o te dijo que le ibas a deber algo?» #do:screen_for_exploitation]
    { trust >= 5:
        —Que la señora de la tienda me iba a pagar el pasaje y que yo se lo devolvía con mi sueldo. Y que no le dijera a nadie dónde iba a estar. # speaker:rosa # mood:anxious
    - else:
        —No sé. Una señora. # speaker:rosa # mood:withdrawn
        Rosa se encoge de hombros y mira la ventana. # speaker:narrator # mood:withdrawn
    }
+ [«Eso del trabajo es puro cuento. Ya no importa; lo importante es que ya estás aquí.» #do:neutral]
    Rosa frunce el ceño, pero no dice nada. # speaker:narrator # mood:angry
+ [«¿Y tú creías que te iban a pagar así nomás? ¿Qué clase de trabajo pensabas que era?» #do:ask_why_or_blame]
    —Ya, sí, soy una tonta. ¿Eso quieres que diga? # speaker:rosa # mood:angry
- -> notify

=== notify ===
{ distress >= 9:
    -> shut_down
}
Sales un momento al pasillo. Tienes a Rosa a salvo, a su mamá en la sala de espera y a Jhair en la oficina del fondo. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Cerrar la denuncia por desaparición con un acta de entrega, y citar a Rosa para el lunes a dar su manifestación aquí en la comisaría. #do:schedule_station_statement]
    Redactas el acta. Nadie más sabe, por ahora, de Jhair ni de la «amiga de la tienda». # speaker:narrator # sfx:paper
    Gladys firma la entrega y se lleva a Rosa a casa. # speaker:narrator # sfx:door
    -> no_investigation
+ [Llamar a la Fiscalía de Familia y a la Fiscalía Penal de turno, avisar a la unidad de trata de personas, y pedir a la fiscal que coordine la entrevista única en Cámara Gesell. #do:notify_family_prosecutor #do:notify_criminal_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    La fiscal de familia pide la ficha de valoración de riesgo y confirma que la entrevista única se programará esta semana. La fiscal penal se hace cargo de lo de Jhair. # speaker:narrator # sfx:phone
+ [Preguntarle a Gladys si de verdad quiere denunciar: «Si la chica dice que es su enamorado, señora, la fiscalía no va a hacer mucho».  #do:dissuade_report]
    -> case_dropped
- -> medical

=== medical ===
Vuelves a la sala. Gladys está ahora en la puerta, con Huamán; Rosa le ha pedido que entre. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:protection # sfx:door
+ [«Ahora te llevan a Medicina Legal. Es obligatorio, no hay discusión.» #do:force_forensic_exam]
    —¡No quiero! ¡No me pueden obligar! # speaker:rosa # mood:angry
    Gladys trata de calmarla. Rosa llora todo el camino al patrullero. # speaker:narrator # mood:crying
+ [«Antes, que la suboficial Huamán te revise en el baño, a ver si tienes alguna marca, y le tomamos una foto para el parte.» #do:examine_or_photograph_child]
    ~ hurt = true
    Rosa se pone pálida. Gladys dice que no, que no la toquen. Huamán te mira y tampoco se mueve. # speaker:narrator # mood:scared
    La foto no se toma, pero Rosa ya no vuelve a mirarte. Esa tarde no contesta ninguna pregunta más. # speaker:narrator # mood:withdrawn
    -> hurt_by_process
+ [«Rosa, te vamos a ofrecer que te vea una doctora y, si tú y tu mamá están de acuerdo, el examen en Medicina Legal. Te explico cómo es; puedes ir con tu mamá y pedir que paren cuando quieras. Aquí nadie te va a revisar.» #do:request_forensic_exam #do:leave_exam_to_professionals]
    —¿Tengo que ir? # speaker:rosa # mood:anxious
    Le dices que no es obligatorio, que ella decide. Gladys le toma la mano. Después de pensarlo, Rosa dice que sí, si su mamá entra con ella. # speaker:narrator # mood:calm
- -> risk

=== risk ===
{ distress >= 9:
    -> shut_down
}
Mientras Huamán acompaña a Rosa en la sala, te sientas con Gladys en la oficina. # speaker:narrator # scene:office # ambient:quiet_room
+ [«Ya está, señora. Ya la tiene de vuelta; llévesela a su casa para que descanse.» #do:send_home_unassessed]
    -> no_plan
+ [Llenar con Gladys la ficha de valoración de riesgo: si Jhair sabe dónde viven, si Rosa tiene otro celular o cuentas, quién estará con ella estos días. #do:assess_risk #do:gather_facts_from_adult #do:keep_child_out_of_earshot]
    —Él conoce la casa; la recogía a veces en la esquina —dice Gladys—. Mi hermana puede quedarse con nosotras esta semana. # speaker:gladys
    Lo anotas todo en la ficha, con la hora. # speaker:narrator # sfx:paper
+ [Llenar la ficha con Gladys, empezando por un reproche: «Señora, ¿y usted dónde estaba cuando su hija chateaba hasta la madrugada? Hay que ponerle más control.» #do:blame_carer #do:assess_risk #do:gather_facts_from_adult #do:keep_child_out_of_earshot]
    —Trabajando, jefe. Siempre trabajando. # speaker:gladys
    Gladys se tapa la cara con las manos. Contesta lo demás con monosílabos; la ficha queda llena, pero sin mucho detalle. # speaker:narrator # sfx:paper
- -> closing

=== closing ===
{ distress >= 9:
    -> shut_down
}
Vuelves a la sala. Rosa está sentada junto a su mamá, con la capucha sobre los hombros. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:closure
+ [«Rosa, te cuento qué pasa ahora: hoy te vas a casa con tu mamá. En unos días la fiscal te citará para la entrevista única, una sola vez. El CEM te va a acompañar, y si quieres hablar con alguien, el Chat 100 atiende siempre. Esto lo sabrán tu mamá, la fiscalía y quienes te ayuden; nadie del colegio.» #do:explain_next_steps #do:refer_to_cem #do:explain_who_must_know]
    { trust >= 5:
        —¿Y a Jhair qué le va a pasar? # speaker:rosa # mood:anxious
        Le dices la verdad: que eso lo decidirá la fiscal, no tú. Rosa asiente despacio. # speaker:narrator # mood:relieved
    - else:
        Rosa asiente sin mirarte. Guarda el papel con el número del Chat 100 en el bolsillo del buzo. # speaker:narrator # mood:withdrawn
    }
+ [«Ya, Rosa, eso es todo. Puedes irte con tu mamá.» #do:end_abruptly]
    Rosa se levanta sin saber qué viene después. Nadie le ha dicho nada de la fiscal ni de la entrevista. # speaker:narrator # mood:withdrawn
    Gladys la toma del brazo y salen. Nadie les da un número de denuncia ni revisa la calle. # speaker:narrator # scene:front_desk # ambient:front_desk_busy
    -> unchecked
+ [«Prométeme que no lo vas a volver a buscar, ¿ya? Si te vuelves a escapar, te mandamos a un albergue.» #do:pressure_or_bargain]
    —Ya, ya, lo prometo —dice Rosa, mirando la puerta. # speaker:rosa # mood:angry
- -> departure

=== departure ===
Ramos te avisa que Jhair ya no está en la comisaría: se fue con una citación hace diez minutos. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:closure
+ [«Listo, señora, ya pueden irse. Cualquier cosa, nos llama.» #do:release_to_safe_carer #do:let_leave_unchecked]
    -> unchecked
+ [«Señora, llévesela y no la deje salir sola nunca más. Si vuelve a pasar, la responsable es usted.» #do:blame_carer #do:release_to_safe_carer #do:confirm_safe_departure]
    Ramos sale primero, mira la calle y les para un taxi. Gladys sube sin despedirse. # speaker:narrator # sfx:door
    -> home
+ [«Señora, este es el número de la denuncia y estas son las citas. Le dejo la Línea 100 y el Chat 100. No le haga preguntas sobre lo que pasó; escúchela. Antes de salir, Ramos revisa que ese hombre no esté afuera y las acompaña hasta el taxi.» #do:brief_carer #do:release_to_safe_carer #do:confirm_safe_departure]
    -> home

=== home ===
{ hurt:
    -> hurt_by_process
}
Rosa vuelve a su casa esa noche. La tía se queda con ellas toda la semana. # speaker:narrator # scene:front_desk # ambient:night_shift
El jueves, Rosa va con su mamá a Medicina Legal. El viernes, en la Cámara Gesell, una psicóloga la escucha una sola vez. # speaker:narrator
La fiscal penal abre investigación contra Jhair por captación en línea, y la unidad de trata busca a la «amiga de la tienda». # speaker:narrator
Rosa sigue diciendo, a veces, que Jhair la quería. Pero ha vuelto a escribir en el Chat 100, y la psicóloga del CEM la ve cada martes. # speaker:narrator # mood:calm # ending:protected_home_with_mother
-> END

=== hurt_by_process ===
Rosa vuelve a su casa esa noche, con su mamá y su tía. # speaker:narrator # scene:front_desk # ambient:night_shift
Cuando la citan a la Cámara Gesell, no quiere ir: «Ya lo conté mil veces», le dice a su mamá. En la entrevista única contesta con monosílabos. # speaker:narrator # mood:withdrawn
La investigación contra Jhair avanza despacio, sin su relato. Rosa deja de contestar las llamadas del CEM. # speaker:narrator # ending:harmed_by_process
-> END

=== no_investigation ===
Esa noche nadie pregunta si Jhair conoce la casa. # speaker:narrator # scene:front_desk # ambient:night_shift
El lunes, Rosa va con su mamá a la comisaría a dar su manifestación. Se la toma otro policía, que le hace las mismas preguntas desde el principio. # speaker:narrator # mood:withdrawn
Ninguna fiscalía recibe el caso. Nadie busca a la «amiga de la tienda». Jhair cambia de usuario en el juego y sigue escribiendo a otras chicas. # speaker:narrator # ending:at_risk_no_investigation
-> END

=== contact_with_man ===
Jhair entra a la sala. Saluda con educación y se sienta junto a Rosa. Le habla bajito, al oído. # speaker:narrator
Rosa deja de llorar. Cuando él se va, ella ya no quiere decir nada: ni dónde estuvo, ni con quién, ni de ninguna tienda. # speaker:narrator # mood:withdrawn
—Me escapé yo solita. Él no tiene nada que ver. # speaker:rosa # mood:withdrawn
La denuncia se cierra como una «retirada voluntaria del hogar». Dos semanas después, Rosa vuelve a desaparecer, esta vez sin celular. # speaker:narrator # ending:harmed_contact_with_man
-> END

=== released_to_man ===
Jhair firma el acta con buena letra. Rosa sale con él, tomada de la mano, diez minutos antes de que llegue Gladys. # speaker:narrator # sfx:door
Cuando Gladys llega, en el mostrador solo queda la firma de un hombre con un DNI que nadie fotocopió. # speaker:narrator
Esa noche, el celular de Rosa vuelve a estar apagado. # speaker:narrator # ending:harmed_released_to_man
-> END

=== case_dropped ===
Gladys duda, mira hacia la sala donde está su hija, y al final dice que mejor no, que solo quiere llevarla a casa. # speaker:narrator
Jhair sale de la comisaría sin citación. Nadie avisa a la fiscalía. # speaker:narrator # sfx:door
Un mes después, Rosa tiene una cuenta nueva en el juego. Jhair también. # speaker:narrator # ending:at_risk_case_dropped
-> END

=== no_plan ===
Gladys y Rosa salen a la calle ya de noche. Nadie preguntó si Jhair conoce la casa. # speaker:narrator # sfx:door
Él la conoce. A las once, Rosa recibe un mensaje en el celular de una prima: «Estoy en la esquina». # speaker:narrator
Gladys se da cuenta a tiempo esta vez. La próxima, quizá no. # speaker:narrator # ending:at_risk_no_safety_plan
-> END

=== unchecked ===
Gladys y Rosa salen a la avenida a buscar un taxi. # speaker:narrator # sfx:door
En la esquina, apoyado en un poste, las espera Jhair. Rosa lo ve y se suelta de la mano de su mamá. # speaker:narrator
Gladys la alcanza a media cuadra. Jhair se va caminando, sin apuro. Esa noche, Rosa no duerme en su cama: se encierra en el baño con el celular de su hermano. # speaker:narrator # ending:at_risk_left_unchecked
-> END

=== shut_down ===
Rosa se pone la capucha, se abraza las rodillas y deja de contestar. Ni a ti, ni a Huamán, ni a su mamá. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn
—Ya no voy a decir nada. Quiero irme a mi casa. # speaker:rosa # mood:withdrawn
Gladys se la lleva esa noche. La denuncia queda en una hoja con pocas líneas y muchas preguntas sin respuesta. # speaker:narrator
Cuando la citan a la Cámara Gesell, Rosa no va. Dos meses después, vuelve a chatear con Jhair desde el celular de una amiga. # speaker:narrator # ending:harmed_shut_down
-> END
