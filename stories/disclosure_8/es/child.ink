// Milagros (es): la conversación con la niña y el examen.

=== open_invitation ===
Vuelven a la sala de atención. Carmen se sienta en los cojines y Milagros se acomoda en su falda. Huamán se despide con la mano y sale. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication
{ distress >= 7:
    Milagros no te mira. Tiene los puños cerrados sobre la falda. # speaker:narrator # mood:withdrawn
- else:
    Milagros te mira de reojo, con el dibujo que hizo en la mano. # speaker:narrator # mood:anxious
}
—¿Estoy en problemas? ¿Por eso vinimos a la policía? # speaker:milagros # mood:anxious
+ [«No estás en problemas. Hiciste bien en hablar con tu profe. Aquí no tienes que contarme nada: después, una sola persona te escuchará una vez.» #do:counter_self_blame #do:defer_account_to_single_interview #do:let_child_decide #do:explain_child_can_stop]
    —No, Milagros, no estás en problemas. Hiciste muy bien en hablar con tu profesora. Aquí no tienes que contarme nada. Después, una sola persona que sabe escuchar a los niños va a conversar contigo, una sola vez. Y si algo no quieres o no sabes, me dices «no sé» o «no quiero», o que paremos. # speaker:officer
    Milagros se queda pensando. Mira a su mamá, que le dice que sí con la cabeza. # speaker:narrator # mood:calm
+ [«No, pero tienes que contarme todo, ¿ya? Si me cuentas, te compro una galleta y te vas rapidito.» #do:pressure_or_bargain]
    —No, mamita, pero tienes que contarme todo, ¿ya? Si me cuentas, te compro una galleta y te vas rapidito. # speaker:officer
    Milagros mira la puerta. # speaker:narrator # mood:anxious
+ [«Tu profe dice que Wilber te toca cuando tu mamá no está. ¿Es verdad?» #do:ask_leading_question]
    —Tu profe dice que Wilber te toca cuando tu mamá no está. ¿Es verdad? # speaker:officer
    Milagros nunca dijo esa palabra. Se queda quieta, y al final asiente, porque le parece que eso es lo que tiene que hacer. # speaker:narrator # mood:anxious
+ [«¿Y por qué no le contaste primero a tu mamá?» #do:ask_why_or_blame]
    —¿Y por qué no le contaste primero a tu mamá, Milagros? # speaker:officer
    Milagros agacha la cabeza. Carmen la abraza más fuerte. # speaker:narrator # mood:withdrawn
- -> disclosure_reply

=== disclosure_reply ===
{ distress >= 8 || trust <= 2:
    -> silent_child
}
{ trust >= 7:
    —Él me hace doler cuando mi mamá se va a trabajar. Dice que es un secreto... que si cuento, mi mamá se va a ir. # speaker:milagros # mood:anxious # event:disclosure_started
- else:
    —Él... me hace doler. # speaker:milagros # mood:withdrawn # event:disclosure_started
}
Carmen cierra los ojos y le besa la cabeza, sin decir nada. # speaker:narrator # phase:disclosure
-> after_disclosure

=== after_disclosure ===
+ [«Gracias por contarme. No es tu culpa. Con eso es suficiente: después, una sola persona te va a escuchar, una sola vez.» #do:express_belief #do:defer_account_to_single_interview]
    —Gracias por contarme, Milagros. Fuiste muy valiente. Lo que pasó no es tu culpa. Con lo que me dijiste es suficiente: no tienes que contarme nada más. Después, una señorita que sabe escuchar a los niños va a conversar contigo, una sola vez. # speaker:officer
    Milagros suelta un poco los puños. # speaker:narrator # mood:relieved
    -> who_will_know
+ [«¿Qué te hace exactamente? ¿Dónde te hace doler?» #do:ask_for_details]
    —¿Qué te hace exactamente, Milagros? ¿Dónde te hace doler? # speaker:officer
    -> details_consequence
+ [«¿Segura, Milagros? Piensa bien, porque esto es algo muy serio.» #do:express_doubt_or_shock]
    —¿Segura, Milagros? Piensa bien, porque esto es algo muy serio. # speaker:officer
    Milagros mira a su mamá, asustada, como si hubiera hecho algo malo. # speaker:narrator # mood:scared
    -> who_will_know
+ [«¡Qué desgraciado! Ahorita mismo lo hacemos meter preso, ya vas a ver.» #do:express_doubt_or_shock #do:promise_outcome]
    —¡Qué desgraciado! Ahorita mismo lo hacemos meter preso, ya vas a ver. # speaker:officer
    Milagros se sobresalta con tu voz. Se tapa la cara. # speaker:narrator # mood:scared
    -> who_will_know

=== silent_child ===
Milagros esconde la cara en el pecho de su mamá. No dice nada. # speaker:narrator # mood:withdrawn
+ [«Está bien, no tienes que contarme nada. Tu mamá y tu profe ya me contaron lo importante.» #do:let_child_decide #do:defer_account_to_single_interview]
    —Está bien, Milagros. No tienes que contarme nada. Tu mamá y tu profesora ya me contaron lo importante. # speaker:officer
    Milagros asoma un ojo. # speaker:narrator # mood:anxious
+ [«Si no me cuentas, no te voy a poder ayudar, ¿ya?» #do:pressure_or_bargain]
    —Si no me cuentas, no te voy a poder ayudar, ¿ya? # speaker:officer
    Milagros aprieta los ojos. # speaker:narrator # mood:withdrawn
+ [«Solo dime sí o no: ¿Wilber te toca?» #do:ask_leading_question]
    —Solo dime sí o no, Milagros: ¿Wilber te toca? # speaker:officer
    Milagros no contesta. Empieza a temblar. # speaker:narrator # mood:scared
- -> who_will_know

=== details_consequence ===
Milagros no contesta. Se baja de la falda de su mamá y se mete debajo de la mesita, con las rodillas contra el pecho. Empieza a llorar. # speaker:narrator # mood:crying # event:child_distressed
—Ya no quiero... # speaker:milagros # mood:crying
+ [Parar: «Perdóname, Milagros. No tienes que contarme nada más. Vamos a descansar.» #do:pause_for_child #do:defer_account_to_single_interview]
    —Perdóname, Milagros. No tienes que contarme nada más. Vamos a descansar un ratito. # speaker:officer
    Carmen se sienta en el suelo, junto a la mesita. Milagros no sale de ahí en un buen rato. # speaker:narrator # mood:crying
+ [«Ya, ya, solo dime dónde y terminamos, ¿ya?» #do:press_child_to_continue #do:ask_for_details]
    —Ya, ya, mamita, solo dime dónde y terminamos, ¿ya? # speaker:officer
    Milagros se tapa las orejas. Carmen se levanta y la saca de debajo de la mesa. # speaker:narrator # mood:crying
+ [Sacarla de debajo de la mesa y abrazarla para que se calme. #do:touch_without_consent]
    Te agachas, la sacas de debajo de la mesa y la abrazas. Milagros se pone rígida y grita. # speaker:narrator # mood:scared
- -> ending_retold

=== who_will_know ===
-> gate ->
Milagros habla bajito, casi sin mover los labios. # speaker:narrator
—¿Le vas a contar a alguien? ¿A él le vas a decir? # speaker:milagros # mood:scared
+ [«Se lo voy a contar solo a personas cuyo trabajo es cuidar a los niños, como una fiscal. No a tus compañeros. Tu mamá ya lo sabe y está contigo.» #do:explain_who_must_know]
    —Te voy a decir la verdad, Milagros. Se lo voy a contar a unas personas cuyo trabajo es cuidar a los niños: una fiscal y una psicóloga. No se lo voy a contar a tus compañeros del colegio. Y tu mamá ya lo sabe, y está aquí contigo. # speaker:officer
    —¿Y mi mamá no se va a ir? # speaker:milagros # mood:anxious
    —No me voy a ningún lado, hijita. # speaker:carmen
+ [«No, Milagros. Esto queda entre tú y yo, es nuestro secreto.» #do:promise_secrecy]
    —No, Milagros. Esto queda entre tú y yo. Es nuestro secreto. # speaker:officer
    Milagros te mira un largo rato. «Secreto» es la palabra de él. # speaker:narrator # mood:withdrawn
+ [«Tranquila: él se va a ir preso y nunca más lo vas a ver.» #do:promise_outcome]
    —Tranquila, Milagros: él se va a ir preso y nunca más lo vas a ver. # speaker:officer
    —¿Nunca? Pero... él tiene su ropa en mi casa. # speaker:milagros # mood:anxious
- -> tears

=== tears ===
-> gate ->
Milagros empieza a llorar bajito. Se frota los ojos con el puño. # speaker:narrator # mood:crying # event:child_distressed
+ [Hacer una pausa: ofrecerle agua y preguntarle si quiere que su mamá la abrace. #do:pause_for_child #do:ask_before_touch]
    —Vamos a descansar un ratito, Milagros. ¿Quieres agua? ¿Quieres que tu mamá te abrace? # speaker:officer
    Milagros dice que sí con la cabeza. Carmen la abraza. Al rato, Milagros toma un poquito de agua. # speaker:narrator # sfx:chair # mood:calm
+ [Abrazarla tú: «Ya, ya, mamita, no llores.» #do:touch_without_consent]
    La abrazas. —Ya, ya, mamita, no llores. # speaker:officer
    Milagros se pone rígida entre tus brazos y se suelta para volver con su mamá. # speaker:narrator # mood:scared
+ [«Ya, sé valiente, ya casi terminamos.» #do:press_child_to_continue]
    —Ya, Milagros, sé valiente, ya casi terminamos. # speaker:officer
    Milagros se traga el llanto. Se queda mirando el piso. # speaker:narrator # mood:withdrawn
- -> exam

=== exam ===
-> gate ->
Falta hablar de la salud de Milagros y del examen de Medicina Legal. Carmen te mira, y Milagros también. # speaker:narrator # phase:protection
+ [Explicar a las dos, con palabras simples, que una doctora puede revisarla para cuidar su salud, solo si mamá está de acuerdo y ella quiere, y que puede decir «para». Nadie en la comisaría la va a revisar. #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Señora, voy a pedir que una doctora de Medicina Legal revise a Milagros, para cuidar su salud. Solo si usted está de acuerdo. # speaker:officer
    —Milagros, la doctora trabaja cuidando a los niños. Tu mamá va a estar contigo. Si algo no te gusta, dices «para» y ella para. Aquí en la comisaría nadie te va a revisar. # speaker:officer
    —¿Mi mamá va a estar? # speaker:milagros # mood:anxious
    —Sí. Y si quieres, podemos ir mañana temprano. # speaker:officer
    Carmen firma el consentimiento. Milagros dice que bueno, si su mamá va. # speaker:narrator # sfx:paper # mood:calm
    -> notifications
+ [«Señora, la niña tiene que pasar por Medicina Legal sí o sí. Es obligatorio.» #do:force_forensic_exam]
    —Señora, la niña tiene que pasar por Medicina Legal sí o sí. Es obligatorio para la denuncia. # speaker:officer
    Milagros no sabe qué es Medicina Legal, pero entiende «sí o sí». Se aferra a su mamá. # speaker:narrator # mood:scared
    -> ending_forced_exam
+ [«Déjeme ver si tiene alguna marca en los brazos o las piernas, para ponerlo en el acta.» #do:examine_or_photograph_child]
    —Déjeme ver si tiene alguna marca en los brazos o en las piernas, señora, para ponerlo en el acta. # speaker:officer
    -> ending_examined

=== child_shutdown ===
Milagros ya no contesta. Se ha metido debajo de la casaca de su mamá y no quiere salir. # speaker:narrator # mood:withdrawn
—Ya basta. Mi hija ya no puede más. Nos vamos. # speaker:carmen
Carmen la carga y sale de la comisaría sin esperar la copia de nada. # speaker:narrator # sfx:door
Esa noche, Milagros no quiere hablar con nadie. Cuando, semanas después, la citan a la Cámara Gesell, se queda callada mirando la mesa. Dice que ya no se acuerda. # speaker:narrator # ending:harmed_shutdown
-> END
