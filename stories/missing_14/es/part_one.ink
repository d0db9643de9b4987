// Primera parte: lunes por la mañana. Rosa no está; quien llega es su mamá.

=== arrival ===
Lunes, 08:00. El turno de día recién empieza. Una mujer con uniforme de vendedora de mercado se acerca al mostrador con el celular en la mano. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
—Jefe, por favor... Mi hija Rosa no ha vuelto del colegio desde ayer en la tarde. Tiene catorce años. # speaker:gladys
—La he buscado toda la noche: donde sus amigas, en la posta, en el hospital. Su celular está apagado. # speaker:gladys
Detrás de ella, dos vecinos esperan para sacar una constancia. Desde el otro escritorio, el suboficial Ramos comenta en voz baja: «Catorce años... seguro se fue con el enamorado». # speaker:narrator
+ [«Señora, a esa edad se van con el enamorado y vuelven solitas. Si en 24 horas no aparece, regrese y le tomamos la denuncia.» #do:defer_or_redirect]
    -> sent_away
+ [«Señora, la atiendo ahora mismo; hizo bien en venir. Pase a la oficina y ahí hablamos con calma.» #do:attend_immediately #do:receive_carer_respectfully #do:discuss_in_private]
    Gladys asiente, se seca la cara con la manga y te sigue por el pasillo. # speaker:narrator # sfx:footsteps
+ [«¿Y recién viene? Si no llegó ayer en la tarde, ¿por qué no vino anoche? Ya, pase a la oficina.» #do:blame_carer #do:attend_immediately #do:discuss_in_private]
    —Vine a las once de la noche, jefe. Me dijeron que volviera en la mañana. # speaker:gladys
    Gladys baja la mirada y te sigue por el pasillo sin decir nada más. # speaker:narrator # sfx:footsteps
+ [«Para la denuncia necesito la partida de nacimiento de la menor y una foto tamaño carné. Tráigalas y le tomo la denuncia.» #do:demand_formalities]
    -> sent_away
- -> facts

=== facts ===
La oficina es pequeña: un escritorio, dos sillas, una ventana que da al patio. Cierras la puerta. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:disclosure
—Es mi culpa —dice Gladys—. Vendo en el mercado desde las cinco de la mañana; ella se queda sola toda la tarde. # speaker:gladys
+ [«Señora, seamos sinceros: seguro se fue por su voluntad con algún chico. Lo registro como retiro del hogar; eso no lleva alerta.» #do:express_doubt_or_shock #do:register_report #do:delay_missing_alert]
    -> alert_delayed
+ [«A esa edad hay que controlarlas más, señora. Bueno: foto reciente, ropa, dónde la vieron por última vez, amigas y redes sociales.» #do:blame_carer #do:gather_facts_from_adult #do:register_report]
    Gladys contesta en voz baja, sin mirarte. # speaker:narrator # sfx:paper
+ [«Usted no tiene la culpa; está haciendo lo que hay que hacer. Necesito una foto reciente, la ropa que llevaba, dónde la vieron por última vez, sus amigas y sus cuentas de redes sociales.» #do:receive_carer_respectfully #do:gather_facts_from_adult #do:register_report]
    Gladys respira hondo y empieza a contestar, ordenando las cosas una por una. # speaker:narrator # sfx:paper
- -> alert

=== alert ===
Gladys te muestra en el celular una foto de Rosa con el uniforme del colegio, de hace un mes. Ayer salió a la 1:30 con buzo azul y una mochila negra. Su amiga Milena dice que en el paradero Rosa «esperaba a alguien». # speaker:narrator # phase:protection
+ [Registrar la desaparición ahora, emitir la Nota de Alerta con la foto, pedir la Alerta de Emergencia y avisar a la División de Búsqueda de Personas Desaparecidas. #do:issue_missing_alert #do:involve_specialized_unit]
    En veinte minutos la foto de Rosa circula por la red policial y por el portal de personas desaparecidas. # speaker:narrator # sfx:radio
+ [«Ya quedó registrada, señora. Esperemos hasta mañana; casi siempre regresan solas. Si no, sacamos la alerta.» #do:delay_missing_alert]
    Gladys mira el reloj de la pared, pero no discute. # speaker:narrator
    -> alert_delayed
+ [«Mientras tanto, publique usted la foto en Facebook con su nombre, su colegio y su barrio. Eso corre más rápido que cualquier alerta.» #do:delay_missing_alert #do:expose_identity]
    Gladys publica la foto desde la oficina. En una hora la comparten cientos de personas, con el nombre del colegio y el de la calle. # speaker:narrator
    -> alert_delayed
- -> online

=== online ===
—Hay algo más —dice Gladys—. Rosa se pasaba las noches chateando con un amigo de un juego en línea. Un tal Jhair. Decía que era de su edad. # speaker:gladys
—Tengo su tablet en la casa. ¿Entro a sus mensajes? ¿Le escribo a ese chico? # speaker:gladys
+ [«Bloquéelo y borre esas conversaciones, señora. Así ese tipo ya no la puede buscar.» #do:advise_deleting_evidence]
    Esa misma tarde, Gladys borra el chat. Con él se van el usuario, las fechas y las fotos de perfil de Jhair. # speaker:narrator
+ [«No borre nada ni le escriba. Traiga la tablet tal como está y anote el usuario de Jhair y las fechas que recuerde. Aviso ahora a la DIVINDAT, la unidad de delitos informáticos.» #do:advise_evidence_preservation #do:involve_specialized_unit]
    —Ahorita se la traigo, jefe. # speaker:gladys
    Gladys apunta el usuario en un papel, con letra temblorosa. # speaker:narrator
+ [«Entre usted a sus mensajes y vea con quién hablaba. Después bórrelos, para que esas cosas no las vea nadie más.» #do:advise_deleting_evidence]
    Gladys lee los mensajes toda la noche. Al amanecer, avergonzada, los borra uno por uno. # speaker:narrator
- Le das el número de la denuncia y tu anexo. Gladys sale a seguir buscando. # speaker:narrator # sfx:door
-> found

=== sent_away ===
Gladys se queda quieta un momento. Luego guarda el celular y sale sin decir nada. # speaker:narrator # sfx:door
Vuelve al día siguiente a las nueve. Esta vez sí le toman la denuncia, un día entero después de la primera vez. # speaker:narrator
Cuando la alerta por fin circula, nadie en el paradero recuerda con quién subió Rosa a la combi, y su celular ya no marca en ninguna antena. # speaker:narrator
Tres semanas después, Rosa sigue sin aparecer. Gladys pega su foto en los postes del mercado cada mañana. # speaker:narrator
Rosa no ha vuelto a casa. # speaker:narrator # ending:at_risk_sent_away
-> END

=== alert_delayed ===
Gladys sale con el número de la denuncia en un papelito. # speaker:narrator # sfx:door
La alerta sale recién al día siguiente por la tarde. Para entonces, Rosa lleva más de cuarenta horas fuera de casa y su celular ya no marca en ninguna antena. # speaker:narrator
Rosa aparece doce días después, en otra región, en un local donde «la señora de la tienda» la tenía trabajando sin paga y sin dejarla salir. # speaker:narrator
Vuelve a casa muy delgada, y no quiere hablar con ningún policía. # speaker:narrator # ending:harmed_alert_delayed
-> END
