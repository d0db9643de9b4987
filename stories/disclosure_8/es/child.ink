// Milagros (es): la conversación con la niña.

=== am_i_in_trouble ===
-> gate ->
Vuelves con Carmen adonde está Milagros. Carmen se sienta en los cojines y Milagros se acomoda en su falda. Huamán se queda en un rincón, ordenando los colores. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:communication # arrives:carmen,colleague_f
{ distress >= 7:
    Milagros no te mira. Tiene los puños cerrados sobre la falda. # speaker:narrator # mood:withdrawn
- else:
    Milagros te mira de reojo, con el dibujo que hizo en la mano. # speaker:narrator # mood:anxious
}
—¿Estoy en problemas? ¿Por eso vinimos a la policía? # speaker:milagros # mood:anxious
+ [«No estás en problemas, mamita; hiciste bien en contarle a tu profe. Aquí no tienes que contarme nada, ¿ya?» #do:counter_self_blame #do:defer_account_to_single_interview]
    —No, Milagros, no estás en problemas. Hiciste muy bien en contarle a tu profesora. Aquí no tienes que contarme nada, ¿ya? Después, una sola persona que sabe escuchar a los niños va a conversar contigo, una sola vez. # speaker:officer
    Milagros se queda pensando. Mira a su mamá, que le dice que sí con la cabeza. # speaker:narrator # mood:calm
+ [«Para nada, Milagros. Cuéntame con tus propias palabras qué pasó, despacito, así te puedo ayudar mejor.» #do:ask_open_question]
    —Para nada, Milagros. Cuéntame con tus propias palabras qué pasó, despacito, así te puedo ayudar mejor. # speaker:officer
    Milagros mira a su mamá, y luego al piso, buscando por dónde empezar. # speaker:narrator # mood:anxious
+ [«Tu profe dice que Wilber te toca cuando tu mamá se va a trabajar. ¿Es verdad eso, Milagros? Dime nomás.» #do:ask_leading_question]
    —Tu profe dice que Wilber te toca cuando tu mamá se va a trabajar. ¿Es verdad eso, Milagros? Dime nomás. # speaker:officer
    Milagros nunca dijo esa palabra. Se queda quieta, y al final asiente, porque le parece que eso es lo que tiene que hacer. # speaker:narrator # mood:anxious
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
-> gate ->
—¿Le vas a contar a alguien? ¿A él le vas a decir? # speaker:milagros # mood:scared
+ [Prometerle, para calmarla, que ahorita mismo lo meten preso, que no vuelve a su casa y que nunca más la va a tocar. #do:promise_outcome]
    —Tranquila, mi amor, que ahorita mismo lo metemos preso y no vuelve a tu casa. Nunca más te va a tocar. # speaker:officer
    —¿Preso? Pero... él tiene su ropa en mi casa. ¿Y mi mamá? # speaker:milagros # mood:scared
    -> tears
+ [«¿Y qué te hace exactamente, Milagros? ¿Dónde te duele? Dímelo despacito, que aquí estás segura.» #do:ask_for_details]
    —¿Y qué te hace exactamente, Milagros? ¿Dónde te duele? Dímelo despacito, que aquí estás segura. # speaker:officer
    ~ fate = MAX(fate, 8)
    -> details_consequence
+ [Prometerle que no le vas a contar a nadie: que esto queda entre ustedes dos, como un secretito. #do:promise_secrecy]
    —No, mi amor, no le voy a contar a nadie. Esto queda entre tú y yo; es nuestro secretito. # speaker:officer
    Milagros te mira un largo rato. «Secreto» es la palabra de él. # speaker:narrator # mood:withdrawn
    -> tears
+ [«Gracias por decírmelo; no es tu culpa. Lo van a saber una fiscal y una psicóloga, que cuidan a los niños.» #do:express_belief #do:explain_who_must_know]
    —Gracias por decírmelo, Milagros. Fuiste muy valiente. Lo que pasó no es tu culpa. Con lo que me dijiste es suficiente: no tienes que contarme nada más. # speaker:officer
    —Y te voy a decir la verdad: se lo voy a contar a unas personas cuyo trabajo es cuidar a los niños, una fiscal y una psicóloga. No a tus compañeros del colegio. Y tu mamá ya lo sabe, y está aquí contigo. # speaker:officer
    —¿Y mi mamá no se va a ir? # speaker:milagros # mood:anxious
    —No me voy a ningún lado, hijita. # speaker:carmen
    Milagros suelta un poco los puños. # speaker:narrator # mood:relieved
    -> tears

=== silent_child ===
-> gate ->
Milagros esconde la cara en el pecho de su mamá. No dice nada. # speaker:narrator # mood:withdrawn
+ [«Solo una cosita y ya no te pregunto más, Milagros: ¿te hace doler en la casa o en otro sitio?» #do:ask_option_question]
    —Solo una cosita y ya no te pregunto más, Milagros: ¿te hace doler en la casa o en otro sitio? # speaker:officer
    Milagros aprieta los ojos. Dice «en la casa», muy bajito, como quien elige la respuesta menos mala. # speaker:narrator # mood:withdrawn
+ [Decirle que está bien, que no tiene que decir nada, y que su mamá y su profe ya te contaron lo importante. #do:let_child_decide #do:defer_account_to_single_interview]
    —Está bien, Milagros. No tienes que decirme nada. Tu mamá y tu profe ya me contaron todo lo importante. # speaker:officer
    Milagros asoma un ojo. # speaker:narrator # mood:anxious
+ [Decirle que no tiene que explicar nada, que solo diga sí o no: si Wilber la toca cuando su mamá no está. #do:ask_leading_question]
    —No tienes que explicarme nada, Milagros, solo dime sí o no: ¿Wilber te toca cuando tu mamá no está en casa? # speaker:officer
    Milagros no contesta. Empieza a temblar. # speaker:narrator # mood:scared
- -> tears

=== details_consequence ===
-> gate ->
Milagros no contesta. Se baja de la falda de su mamá y se mete debajo de la mesita, con las rodillas contra el pecho. Empieza a llorar. # speaker:narrator # mood:crying # event:child_distressed
—Ya no quiero... # speaker:milagros # mood:crying
+ [«Ya casi terminamos, mamita: solo dime dónde y nos vamos. Tu mamá está aquí contigo.» #do:press_child_to_continue #do:ask_for_details]
    —Ya casi terminamos, mamita: solo dime dónde y nos vamos. Tu mamá está aquí contigo. # speaker:officer
    Milagros se tapa las orejas. Carmen se levanta y la saca de debajo de la mesa. # speaker:narrator # mood:crying
+ [Sacarla de debajo de la mesa con mucho cariño y abrazarla fuerte, bien fuerte, hasta que se calme. #do:touch_without_consent]
    Te agachas, la sacas de debajo de la mesa y la abrazas. Milagros se pone rígida y grita. # speaker:narrator # mood:scared
+ [Parar: «Perdóname, Milagros. Ya no tienes que contarme nada más. Vamos a descansar un ratito.» #do:pause_for_child #do:defer_account_to_single_interview]
    —Perdóname, Milagros. Ya no tienes que contarme nada más. Vamos a descansar un ratito. # speaker:officer
    Carmen se sienta en el suelo, junto a la mesita. Milagros no sale de ahí en un buen rato. # speaker:narrator # mood:crying # arrives:carmen
- -> tears

=== tears ===
-> gate ->
Milagros empieza a llorar bajito. Se frota los ojos con el puño. # speaker:narrator # mood:crying # event:child_distressed
+ [Hacer una pausa: ofrecerle agua y preguntarle si quiere que su mamá la abrace un ratito. #do:pause_for_child #do:ask_before_touch]
    —Vamos a descansar un ratito, Milagros. ¿Quieres agua? ¿Quieres que tu mamá te abrace? # speaker:officer
    Milagros dice que sí con la cabeza. Carmen la abraza. Al rato, Milagros toma un poquito de agua. # speaker:narrator # sfx:chair # mood:calm
+ [Abrazarla tú, bien fuerte: «Ya, ya, mi amor, no llores, que aquí nadie te va a hacer nada malo.» #do:touch_without_consent]
    La abrazas. —Ya, ya, mi amor, no llores, que aquí nadie te va a hacer nada malo. # speaker:officer
    Milagros se pone rígida entre tus brazos y se suelta para volver con su mamá. # speaker:narrator # mood:scared
+ [«Ya no hablamos más de eso, mamita. ¿Quieres dibujar con Huamán, o que tu mamá te abrace?» #do:pause_for_child #do:ask_before_touch]
    —Ya no hablamos más de eso, mamita. ¿Quieres dibujar un rato con la señorita Huamán, o prefieres que tu mamá te abrace? # speaker:officer
    Milagros se limpia la nariz con la manga y señala los colores. Huamán se los alcanza sin tocarla; la niña se acomoda a su lado, cerca de su mamá. # speaker:narrator # sfx:chair # mood:calm # arrives:colleague_f
- -> closing_child

=== child_shutdown ===
Milagros ya no contesta a nadie. Se ha hecho un ovillo en un cojín y se tapa la cara con las manos. # speaker:narrator # mood:withdrawn
Huamán le habla bajito; Carmen se arrodilla a su lado. Nada. Esta noche ya nadie va a poder hablar con ella. # speaker:narrator # arrives:colleague_f
La denuncia queda a medio hacer y Carmen se la lleva en brazos donde su abuela. Esa noche, Milagros no quiere hablar con nadie. # speaker:narrator # sfx:door
Cuando, semanas después, la citan a la Cámara Gesell, se queda callada mirando la mesa. Dice que ya no se acuerda. # speaker:narrator # ending:harmed_shutdown
-> END
