// Primera parte: lunes por la mañana. Rosa no está; quien llega es su mamá.

=== arrival ===
Lunes, 08:00. El turno de día recién empieza. Una mujer con mandil de vendedora de mercado se acerca al mostrador con el celular en la mano. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
—Jefe, por favor... Mi hija Rosa no ha vuelto del colegio desde ayer en la tarde. Tiene catorce años. # speaker:gladys
—La he buscado toda la noche: donde sus amigas, en la posta, en el hospital. Anoche vine y me dijeron que regresara en la mañana. # speaker:gladys
Detrás de ella, dos vecinos esperan para sacar una constancia. Desde el otro escritorio, el suboficial Ramos comenta en voz baja: «Catorce años... seguro se fue con el enamorado». # speaker:narrator # arrives:colleague_m
+ [«Pase, señora, la atiendo ya mismo. Hizo bien en venir: una denuncia por desaparición se recibe en el acto.» #do:attend_immediately #do:receive_carer_respectfully]
    Gladys asiente, se seca la cara con la manga y te sigue por el pasillo. # speaker:narrator # sfx:footsteps
+ [«Señora, a los catorce casi siempre aparecen en el día. Si a las 24 horas no vuelve, venga y se la registramos.» #do:defer_or_redirect]
    -> sent_away
+ [«Pase, señora. Pero dígame: si no llegó ayer a la una, ¿por qué recién viene ahora? Se han perdido horas.» #do:attend_immediately #do:blame_carer]
    —Vine a las once de la noche, jefe. Me dijeron que volviera en la mañana. # speaker:gladys
    Gladys baja la mirada y te sigue por el pasillo sin decir nada más. # speaker:narrator # sfx:footsteps
+ [Pedirle su DNI, la partida de nacimiento de Rosa y una foto tamaño carné antes de abrir la denuncia en el sistema. #do:demand_formalities]
    —La partida está en la casa, jefe... Vivo en la parte alta, a una hora. # speaker:gladys
    Gladys sale a buscarla. Vuelve a las 10:20, sin aliento, con el papel doblado en cuatro. Recién entonces pasa a la oficina. # speaker:narrator # sfx:door # leaves:gladys
- -> facts

=== facts ===
La oficina es pequeña: un escritorio, dos sillas, una ventana que da al patio. Cierras la puerta. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:disclosure
—Es mi culpa —dice Gladys—. Vendo en el mercado desde las cinco de la mañana; ella se queda sola toda la tarde. # speaker:gladys
+ [Abrir la denuncia por desaparición en el sistema y pedirle una foto reciente, la ropa que llevaba, sus amigas y sus redes. #do:register_report #do:gather_facts_from_adult]
    Gladys respira hondo y empieza a contestar, ordenando las cosas una por una. # speaker:narrator # sfx:paper
+ [«Señora, a esa edad casi siempre es cosa del enamorado. La registro igual, no se preocupe tanto: deme foto y datos, nomás.» #do:register_report #do:express_doubt_or_shock]
    —Ella no tiene enamorado, jefe. Ella no es así. # speaker:gladys
    Gladys contesta en voz baja, sin mirarte. # speaker:narrator # sfx:paper
+ [«La consigno como retiro voluntario del hogar, ¿ya? A los catorce casi siempre es eso. Deme una foto y sus datos.» #do:register_report #do:express_doubt_or_shock]
    —Ella no se iría así nomás, jefe. Ella no es así. # speaker:gladys
    Escribes «retiro voluntario» en el casillero del motivo. Gladys lo lee al revés, desde su silla. # speaker:narrator # sfx:paper
- -> alert

=== alert ===
Gladys te muestra en el celular una foto de Rosa con el uniforme del colegio, de hace un mes. Ayer salió a la 1:30 con buzo azul y una mochila negra. Su amiga Milena dice que en el paradero Rosa «esperaba a alguien». # speaker:narrator # phase:protection
Ramos se asoma a la puerta: —¿Saco la nota ahorita o esperamos a mañana, como siempre? # speaker:colleague_m
+ [Emitir ahora la Nota de Alerta con la foto y pedir a la División de Búsqueda de Personas Desaparecidas la Alerta de Emergencia. #do:issue_missing_alert #do:involve_specialized_unit]
    En veinte minutos la foto de Rosa circula por la red policial, por los terminales y por el portal de personas desaparecidas. # speaker:narrator # sfx:radio
+ [«Ya quedó registrada, señora. La Nota de Alerta sale mañana temprano si no aparece; casi siempre regresan solas a dormir.» #do:delay_missing_alert]
    ~ alert_late = true
    Gladys mira el reloj de la pared, pero no discute. # speaker:narrator
+ [«Primero que la familia la busque en el colegio y donde sus amigas, señora. Si a la noche no aparece, sacamos la Nota de Alerta.» #do:delay_missing_alert]
    ~ alert_late = true
    Gladys sale a recorrer otra vez las casas de las amigas. La foto de Rosa se queda en el escritorio. # speaker:narrator # leaves:gladys
- -> online

=== online ===
—Hay algo más —dice Gladys—. Rosa se pasaba las noches chateando con un amigo de un juego en línea. Un tal Jhair. Decía que era de su edad. # speaker:gladys
—Tengo su tablet en la casa. ¿Entro a sus mensajes? ¿Le escribo a ese chico? # speaker:gladys
+ [«No borre nada ni le escriba, señora. Tráigame la tablet tal como está y anote su usuario; aviso ahorita a la DIVINDAT.» #do:advise_evidence_preservation #do:involve_specialized_unit]
    Gladys apunta el usuario en un papel, con letra temblorosa. Al mediodía, la tablet está en una bolsa cerrada, con su acta. # speaker:narrator # sfx:paper
+ [«Bloquéelo hoy mismo desde la tablet y borre ese chat, señora, para que ese hombre ya no pueda volver a escribirle a su hija.» #do:advise_deleting_evidence]
    Esa misma tarde, Gladys borra el chat. Con él se van el usuario, las fechas y las fotos de perfil de Jhair. # speaker:narrator
+ [«Entre usted esta noche a sus mensajes y vea con quién hablaba. Después bórrelos, para que esas cosas no las vea nadie más.» #do:advise_deleting_evidence]
    Gladys lee los mensajes toda la noche. Al amanecer, avergonzada, los borra uno por uno. # speaker:narrator
+ [Pedirle que nadie toque la tablet, ni ella ni los hermanos, y que la traiga apagada para recogerla con acta. #do:advise_evidence_preservation]
    Gladys asiente. Al mediodía, la tablet está en una bolsa cerrada, con su acta de recojo. # speaker:narrator # sfx:paper
- Le das el número de la denuncia y tu anexo. Gladys sale a seguir buscando. # speaker:narrator # sfx:door # leaves:gladys
-> found

=== sent_away ===
Gladys se queda quieta un momento. Luego guarda el celular y sale sin decir nada. # speaker:narrator # sfx:door # arrives:gladys
Vuelve al día siguiente a las nueve. Esta vez sí le toman la denuncia, un día entero después de la primera vez. # speaker:narrator
Cuando la alerta por fin circula, nadie en el paradero recuerda con quién subió Rosa a la combi, y su celular ya no marca en ninguna antena. # speaker:narrator
Tres semanas después, Rosa sigue sin aparecer. Gladys pega su foto en los postes del mercado cada mañana. # speaker:narrator
Rosa no ha vuelto a casa. # speaker:narrator # ending:at_risk_sent_away
-> END
