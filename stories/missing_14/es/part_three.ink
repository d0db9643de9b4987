// Tercera parte: derivación, cierre y salida.

=== notify ===
-> check ->
Sales un momento al pasillo. Tienes a Rosa en la sala con Huamán y a Gladys en la sala de espera. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral # arrives:colleague_f,gladys
{ man_held:
    Jhair sigue en la oficina del fondo, a disposición de la Fiscalía Penal. # speaker:narrator
- else:
    Jhair ya no está en la comisaría. # speaker:narrator
}
+ [Llamar a la Fiscalía de Familia de turno, informar que Rosa fue hallada y pedir que coordine la entrevista única en Cámara Gesell. #do:notify_family_prosecutor #do:arrange_single_interview]
    -> shared_call_family_prosecutor("una adolescente de catorce años, hallada tras una denuncia por desaparición", "17:50") ->
    -> shared_single_interview ->
+ [Cerrar la denuncia por desaparición con un acta de entrega y citar a Rosa el lunes, aquí, para que dé su manifestación completa. #do:schedule_station_statement]
    ~ no_investigation = true
    Redactas el acta. Ninguna fiscalía de familia sabe, por ahora, de la «amiga de la tienda». # speaker:narrator # sfx:paper
+ [«Señora, si la chica dice que es su enamorado, la fiscalía no va a hacer mucho. ¿Está segura de querer seguir con esto?» #do:dissuade_report]
    -> case_dropped
+ [«Hoy ya es tarde para la chica. Que la mamá firme el acta de entrega y que el lunes venga a declarar con el instructor del caso.» #do:schedule_station_statement]
    ~ no_investigation = true
    Ramos prepara el acta de entrega. Tú anotas la citación para el lunes en el cuaderno de la guardia. # speaker:narrator # sfx:paper # arrives:colleague_m
- -> medical

=== medical ===
-> check ->
Vuelves a la sala. Gladys está ahora en la puerta, con Huamán; Rosa le ha pedido que entre. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:protection # sfx:door # arrives:colleague_f,gladys
+ [«Rosa, la fiscal puede pedir que te vea una médica de Medicina Legal, solo si tú y tu mamá aceptan. Aquí nadie te va a revisar.» #do:request_forensic_exam #do:leave_exam_to_professionals]
    —¿Tengo que ir? # speaker:rosa # mood:anxious
    Le dices que no es obligatorio, que ella decide y que puede pedir que paren cuando quiera. Gladys le toma la mano. Después de pensarlo, Rosa dice que sí, si su mamá entra con ella. # speaker:narrator # mood:calm # arrives:gladys
+ [«Ahora te llevamos a Medicina Legal, Rosa. Lo pide la Fiscalía, es parte del procedimiento y no hay nada que discutir.» #do:force_forensic_exam]
    —¡No quiero! ¡No me pueden obligar! # speaker:rosa # mood:angry
    Gladys trata de calmarla. Rosa llora todo el camino al patrullero. # speaker:narrator # mood:crying
+ [Pedir el patrullero para llevarla de frente a Medicina Legal con el oficio, antes de que cierren, aunque ella diga que no quiere. #do:force_forensic_exam]
    —¡No quiero! ¡Mamá, diles que no! # speaker:rosa # mood:angry
    Gladys duda. Al final la convencen entre todos. Rosa sube al patrullero con la capucha hasta los ojos. # speaker:narrator # mood:crying
- -> risk

=== risk ===
Mientras Huamán acompaña a Rosa en la sala, Gladys se acerca a ti en el pasillo. # speaker:narrator # scene:office # ambient:quiet_room # arrives:colleague_f,gladys
—¿Ya nos podemos ir, jefe? Está cansadita. # speaker:gladys
+ [Pasar con Gladys a la oficina, sin Rosa, llenar la ficha de valoración de riesgo y pedirle al CEM que las llame mañana. #do:assess_risk #do:refer_to_cem]
    —Él conoce la casa; la recogía a veces en la esquina —dice Gladys—. Mi hermana puede quedarse con nosotras esta semana. # speaker:gladys
    Lo anotas todo en la ficha, con la hora. # speaker:narrator # sfx:paper
+ [«Ya está, señora, ya la tiene de vuelta. Llévesela a descansar; la ficha de riesgo la llenamos otro día, con más calma.» #do:send_home_unassessed]
    Gladys te da las gracias dos veces y va a buscar a Rosa a la sala. # speaker:narrator
    -> no_plan_end
+ [«Llenemos la ficha de riesgo aquí mismo, en la sala, con Rosa delante, para que ella nos corrija si algo no es así.» #do:assess_risk #do:let_child_hear_account]
    Gladys cuenta las noches de búsqueda, el chat, la esquina donde él la esperaba. Rosa escucha todo con la cara contra el respaldo del sofá. # speaker:narrator # mood:withdrawn
- -> closing

=== closing ===
Vuelves a la sala. Rosa está sentada junto a su mamá, con la capucha sobre los hombros. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:closure
+ [Sentarte con las dos: a Rosa, explicarle qué sigue y quién se va a enterar; a Gladys, que en casa no la interrogue y la escuche. #do:explain_next_steps #do:brief_carer]
    —Hoy te vas a casa, Rosa. En unos días la fiscal te citará a una sola entrevista. Esto lo sabrán tu mamá, la fiscalía y quienes te ayuden; nadie del colegio. # speaker:officer
    { trust >= 5:
        —¿Y a Jhair qué le va a pasar? # speaker:rosa # mood:anxious
        Le dices la verdad: que eso lo decidirá la fiscalía, no tú. Rosa asiente despacio. # speaker:narrator # mood:relieved
    - else:
        Rosa asiente sin mirarte. # speaker:narrator # mood:withdrawn
    }
    -> shared_do_not_question ->
    -> shared_helplines ->
    -> note
+ [«Listo, ya terminamos por hoy. Cualquier cosa, llamen al 105; el número de la denuncia está en el papelito que les di.» #do:end_abruptly]
    Rosa se levanta sin saber qué viene después. Gladys guarda el papelito en el monedero: no sabe qué hacer si Rosa no quiere hablar, ni a quién llamar si alguien las busca. # speaker:narrator # mood:withdrawn
+ [«Señora, en casa no la interrogue. Y tú, Rosa, prométeme que no lo vas a buscar, ¿ya? Si te vuelves a ir, te mandan a un albergue.» #do:brief_carer #do:pressure_or_bargain]
    —Ya, ya, lo prometo —dice Rosa, mirando la puerta. # speaker:rosa # mood:angry
- -> departure

=== note ===
Gladys se pone de pie con la casaca de Rosa doblada sobre el brazo. # speaker:narrator
—Jefe, disculpe: con los nervios, de todo lo que me ha dicho no me acuerdo ni la mitad. # speaker:gladys
+ [Escribirle en una hoja el número de denuncia, sus derechos y los de Rosa, lo que sigue y los servicios gratuitos. #do:give_written_rights_note]
    Anotas también la fiscalía que coordinará la entrevista única, el CEM, la Línea 100 y la Defensa Pública, con sus horarios. Gladys dobla la hoja y la guarda en el monedero. # speaker:narrator # sfx:paper
+ [«Todo queda registrado en el sistema, señora. Con el número de denuncia la fiscalía la ubica; no necesita cargar más papeles.» #do:omit_written_rights_note]
    Gladys asiente. En la puerta ya no recuerda si la cita es con la fiscalía o con el CEM, ni a quién llamar primero. # speaker:narrator
+ [«Anote mi celular, señora, y llámeme a cualquier hora: yo le voy explicando cada paso para que no se enrede con tanto papel.» #do:omit_written_rights_note]
    Gladys guarda tu número. Esa semana te llama tres veces; dos de ellas estás de franco y no contestas. # speaker:narrator
- -> departure

=== departure ===
{ man_held:
    Ramos se acerca: —Afuera hay un auto estacionado desde hace rato, frente a la puerta. No sé de quién es. # speaker:colleague_m
- else:
    Ramos se acerca: —Jhair salió con su citación hace veinte minutos. No sé para dónde agarró. # speaker:colleague_m
}
+ [Pedirle a Ramos que revise la calle antes de que salgan y que las acompañe hasta la esquina, hasta que suban a un taxi. #do:confirm_safe_departure #do:release_to_safe_carer]
    Ramos sale primero, mira a los dos lados de la avenida y les para un taxi. Las ve subir y anota la placa. # speaker:narrator # sfx:door # leaves:colleague_m
    -> ending_choice
+ [Salir tú mismo con ellas: revisar la avenida, esperar a su lado en el paradero y verlas subir al taxi antes de volver a tu puesto. #do:confirm_safe_departure #do:release_to_safe_carer]
    Sales primero, miras a los dos lados de la avenida y esperas con ellas hasta que pasa un taxi. Anotas la placa. # speaker:narrator # sfx:door
    -> ending_choice
+ [«Listo, señora, ya pueden irse. Si ven algo raro en el camino, nos llaman al 105 y les mandamos un patrullero.» #do:release_to_safe_carer #do:let_leave_unchecked]
    -> unchecked
+ [«Ramos las acompaña al taxi. Y usted, señora, desde hoy no la deja salir sola; si vuelve a pasar, es su responsabilidad.» #do:confirm_safe_departure #do:blame_carer]
    Ramos sale primero, revisa la calle y les para un taxi. Gladys sube sin despedirse. # speaker:narrator # sfx:door # leaves:colleague_m
    -> ending_choice

=== ending_choice ===
{
- contact:
    -> contact_end
- hurt:
    -> hurt_by_process
- alert_late:
    -> alert_delayed
- no_investigation:
    -> no_investigation_end
- not man_held:
    -> suspect_free
- else:
    -> home
}

=== home ===
Rosa vuelve a su casa esa noche. La tía se queda con ellas toda la semana. # speaker:narrator # scene:front_desk # ambient:night_shift
El viernes, en la Cámara Gesell, una psicóloga la escucha una sola vez, con su mamá esperando al otro lado de la puerta. # speaker:narrator
El fiscal penal formaliza la investigación contra Jhair, que sigue detenido, y la policía busca a la «amiga de la tienda». # speaker:narrator
Rosa sigue diciendo, a veces, que Jhair la quería. Pero ha vuelto a escribir en el Chat 100, y la psicóloga del CEM la ve cada martes. # speaker:narrator # mood:calm # ending:protected_home_with_mother
-> END

=== hurt_by_process ===
Rosa vuelve a su casa esa noche, con su mamá y su tía. # speaker:narrator # scene:front_desk # ambient:night_shift
Cuando la citan a la Cámara Gesell, no quiere ir: «Ya lo conté mil veces», le dice a su mamá. En la entrevista única contesta con monosílabos. # speaker:narrator # mood:withdrawn
La investigación contra Jhair avanza despacio, sin su relato. Rosa deja de contestar las llamadas del CEM. # speaker:narrator # ending:harmed_by_process
-> END

=== alert_delayed ===
Rosa vuelve a su casa esa noche. Pasó dos noches más fuera que si la alerta hubiera salido el lunes. # speaker:narrator # scene:front_desk # ambient:night_shift
De esas noches no le ha contado nada a su mamá. Duerme con la luz prendida y no quiere volver al colegio. # speaker:narrator # mood:withdrawn
La psicóloga del CEM dice que va a tomar tiempo. Gladys guarda en el monedero el papel con la hora en que le dijeron que esperara. # speaker:narrator # ending:harmed_alert_delayed
-> END

=== no_investigation_end ===
Esa noche, Rosa duerme en su casa. # speaker:narrator # scene:front_desk # ambient:night_shift
El lunes va con su mamá a la comisaría a dar su manifestación. Se la toma otro policía, que le hace las mismas preguntas desde el principio. # speaker:narrator # mood:withdrawn
Nadie busca a la «amiga de la tienda». Jhair cambia de usuario en el juego y sigue escribiendo a otras chicas. # speaker:narrator # ending:at_risk_no_investigation
-> END

=== suspect_free ===
Rosa vuelve a su casa esa noche, con su mamá y su tía. # speaker:narrator # scene:front_desk # ambient:night_shift
Jhair no se presenta a la citación del lunes. El DNI que mostró en el mostrador tiene una dirección donde nadie lo conoce. # speaker:narrator
Tres días después, Rosa recibe un mensaje desde un número nuevo: «No les creas. Yo te voy a esperar». # speaker:narrator # ending:at_risk_suspect_free
-> END

=== contact_end ===
Rosa vuelve a su casa esa noche. En la Cámara Gesell repite, palabra por palabra, lo que le dijeron al oído: que se escapó sola, que él no tiene nada que ver. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:withdrawn
Sin su relato, la investigación se queda sin base. Dos semanas después, Rosa vuelve a desaparecer, esta vez sin celular. # speaker:narrator # ending:harmed_contact_with_man
-> END

=== released_to_man ===
Jhair firma el acta con buena letra. Rosa sale con él, tomada de la mano, diez minutos antes de que llegue Gladys. # speaker:narrator # sfx:door # leaves:gladys
Cuando Gladys llega, en el mostrador solo queda la firma de un hombre con un DNI que nadie fotocopió. # speaker:narrator # arrives:gladys
Esa noche, el celular de Rosa vuelve a estar apagado. # speaker:narrator # ending:harmed_released_to_man
-> END

=== case_dropped ===
Gladys duda, mira hacia la sala donde está su hija, y al final dice que mejor no, que solo quiere llevarla a casa. # speaker:narrator
Firma un papel que dice que no desea continuar, toma a Rosa del brazo y sale sin esperar a nadie. Nadie avisa a la Fiscalía de Familia. # speaker:narrator # sfx:door
Un mes después, Rosa tiene una cuenta nueva en el juego. Jhair también. # speaker:narrator # ending:at_risk_case_dropped
-> END

=== no_plan_end ===
Gladys y Rosa llegan a su casa ya de noche. Nadie preguntó si Jhair conoce la casa. # speaker:narrator # scene:front_desk # ambient:night_shift # arrives:gladys
{ man_held:
    La «amiga de la tienda» la conoce. A las once, Rosa recibe un mensaje en el celular de una prima: «Jhair me manda. Estoy en la esquina». # speaker:narrator
- else:
    Él la conoce. A las once, Rosa recibe un mensaje en el celular de una prima: «Estoy en la esquina». # speaker:narrator
}
Gladys se da cuenta a tiempo esta vez. La próxima, quizá no. # speaker:narrator # ending:at_risk_no_safety_plan
-> END

=== unchecked ===
Gladys y Rosa salen a la avenida a buscar un taxi. # speaker:narrator # sfx:door # leaves:gladys
{ man_held:
    En la esquina las espera una mujer que Rosa conoce de las fotos del chat: la «amiga de la tienda». Rosa se suelta de la mano de su mamá. # speaker:narrator
- else:
    En la esquina, apoyado en un poste, las espera Jhair. Rosa lo ve y se suelta de la mano de su mamá. # speaker:narrator
}
Gladys la alcanza a media cuadra. Esa noche, Rosa no duerme en su cama: se encierra en el baño con el celular de su hermano. # speaker:narrator # ending:at_risk_left_unchecked
-> END

