# case: sextortion_13
# title: Diego, el chantaje del juego en línea
# summary: Su madre lo trae: un desconocido de un juego en línea lo chantajea con fotos.
# persona: diego
# age: 13
# type: online_abuse
# requires: register_report, leave_exam_to_professionals, advise_evidence_preservation, explain_who_must_know, protect_identity, notify_criminal_prosecutor, notify_family_prosecutor, involve_specialized_unit, refer_to_cem, brief_carer, explain_next_steps
# key: REC-03, REC-04, COM-05, DIS-04, DIS-05, DIS-07, DIS-08, REF-02, REF-04, DOC-02, DOC-04, CLO-01, CLO-02
# trust: 2
# distress: 4
# content_note: Un chico de trece años es chantajeado por un desconocido que, haciéndose pasar por una chica en un juego en línea, le pidió fotos íntimas. No se muestra ni se describe ninguna imagen. Se menciona una idea de hacerse daño. La vergüenza es frecuente en estos casos, también en los chicos.
# lang: es

VAR trust = 2
VAR distress = 4
VAR distress_streak = 0
VAR diego_out = false
VAR disclosed = false
VAR images_seen = false
VAR deleted = false
VAR exposed = false
VAR promised = false
VAR notified = false
VAR blamed = 0

-> arrival

=== arrival ===
Son las cinco de la tarde en la comisaría de San Gabriel. En el mostrador hay cola: un robo de celular, un choque, una vecina que reclama. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Una señora se abre paso hasta el mostrador. Detrás de ella, un chico con la capucha puesta mira el piso. # speaker:narrator # mood:withdrawn
—Buenas tardes. Soy Patricia. A mi hijo lo están chantajeando por internet. Con unas fotos. # speaker:patricia
Dos personas de la cola se voltean. Diego se hunde más en la capucha. # speaker:narrator # mood:anxious
+ [«Hizo bien en traerlo, señora. Pasemos a la sala de atención, que ahí nadie nos va a escuchar. Diego, tú también, ven nomás, ¿ya?» #do:receive_carer_respectfully #do:move_to_private_room]
    —Hizo bien en traerlo, señora. Pasemos a la sala de atención, que ahí nadie nos escucha. Diego, tú también, ven nomás. # speaker:officer
    Patricia suelta el aire. Diego los sigue, dos pasos atrás. # speaker:narrator # sfx:footsteps
+ [«Primero los datos aquí en el mostrador, señora: nombres, DNI y qué pasó con las fotos. Después pasamos a la sala más tranquilos.» #do:talk_in_public_area #do:move_to_private_room]
    —Primero los datos aquí, señora: nombres, DNI y qué pasó con las fotos. Después pasamos a la sala. # speaker:officer
    Patricia baja la voz, pero la palabra «fotos» se oye en toda la cola. Diego se da la vuelta hacia la puerta; su mamá lo agarra de la manga. # speaker:narrator # mood:scared
    —Colega, la sala está libre. # speaker:colleague_f
    Terminas de anotar y los llevas adentro. # speaker:narrator # sfx:footsteps
+ [«Esto es delito informático, señora: lo ve la DIVINDAT, que tiene peritos. Le anoto la dirección; vaya ahorita y la atienden.» #do:defer_or_redirect]
    -> redirected
+ [Llevarlos a la sala y, al cerrar la puerta, preguntarle a Patricia si no le revisaba el celular a su hijo, para ponerlo en el parte. #do:blame_carer #do:move_to_private_room]
    ~ blamed += 1
    —Pasen. Antes de empezar, señora: ¿usted no le revisaba el celular a su hijo? Tengo que ponerlo en el parte. # speaker:officer
    Patricia se pone roja. No contesta. Diego mira a su mamá y luego al piso. # speaker:narrator # mood:withdrawn
- -> who_stays

=== redirected ===
—¿Hasta allá? Nos dijeron que aquí... # speaker:patricia
Patricia mira la hora. Diego ya está en la puerta. Se van. # speaker:narrator # sfx:door
Esa noche, a las nueve, Diego saca plata de la cartera de su mamá y la manda al número que le dieron. A las diez le llega otro mensaje: ahora quiere el doble. # speaker:narrator # mood:scared # ending:at_risk_redirected
-> END

=== walked_out ===
{ diego_out:
    Huamán vuelve sola a la sala. # speaker:narrator # sfx:door # arrives:colleague_f
    —Colega, el chico se fue. Dijo que no quería seguir. # speaker:colleague_f
    Patricia sale corriendo detrás de él. # speaker:narrator # sfx:footsteps # leaves:patricia
- else:
    Diego se levanta de golpe. # speaker:narrator # sfx:chair # mood:angry
    —Ya fue. No quiero hablar más. Me voy. # speaker:diego # mood:angry
    Sale de la sala. Patricia lo sigue y se disculpa sin saber por qué. # speaker:narrator # sfx:door
}
Se van antes de terminar. Esa noche, Diego no le contesta a nadie. Le contesta solo a «vale_14». # speaker:narrator # mood:withdrawn # ending:at_risk_walked_out
-> END

=== who_stays ===
{ distress_streak >= 2:
    -> walked_out
}
La sala de atención tiene un sofá, una mesa baja y un estante con juegos de mesa. La suboficial Huamán trae agua. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment # sfx:door # arrives:colleague_f
Diego se sienta en la punta del sofá, lejos de su mamá. # speaker:narrator # mood:anxious
—¿Mi mamá tiene que estar? # speaker:diego # mood:anxious
—Claro que tengo que estar, soy su mamá. # speaker:patricia
+ [Proponer que Diego espere con la suboficial Huamán en la salita mientras Patricia te cuenta lo que sabe; luego él elige con quién habla. #do:keep_child_out_of_earshot #do:gather_facts_from_adult]
    ~ diego_out = true
    —Señora, ¿le parece si primero me cuenta usted lo que sabe, y Diego espera un rato con la suboficial Huamán? Diego, después tú eliges con quién hablas. # speaker:officer
    Diego asiente y sale con Huamán. # speaker:narrator # mood:relieved # sfx:door # leaves:colleague_f
+ [«Mejor quédense los dos, señora: así Diego está acompañado mientras usted cuenta, y no tiene que pasar por esto solo, ¿ya?» #do:let_child_hear_account]
    —Mejor quédense los dos, señora: así Diego está acompañado mientras usted cuenta. # speaker:officer
    Diego no contesta. Se jala los cordones de la capucha. # speaker:narrator # mood:withdrawn
+ [Dejar que Diego se quede mientras Patricia cuenta, para que no tenga que repetirlo y pueda corregir ahí mismo lo que no fue así. #do:let_child_hear_account]
    —Que Diego se quede mientras la señora cuenta; así no lo repite dos veces. # speaker:officer
    Diego se queda. Se tapa la cara con la capucha y no se mueve. # speaker:narrator # mood:withdrawn
- -> adult_account

=== adult_account ===
{ distress_streak >= 2:
    -> walked_out
}
—Anoche lo encontré llorando a las dos de la mañana. Me enseñó el celular. # speaker:patricia # phase:disclosure
—En un juego en línea conoció a una tal «vale_14». Decía que tenía trece años, que era de Arequipa. Hablaron tres semanas. Ella le pidió fotos. Y ahora otra cuenta le escribe que las va a mandar a todos sus compañeros del colegio si hoy, antes de las nueve, no le deposita quinientos soles o le manda más. # speaker:patricia
—Mi esposo no sabe nada. # speaker:patricia
Patricia saca el celular de Diego de la cartera, lo desbloquea y te lo extiende con la conversación abierta. # speaker:narrator # sfx:paper
—Mire usted mismo las fotos, para que vea lo que es. # speaker:patricia
+ [«No necesito verlas, señora, y aquí nadie las va a mirar. Guárdelo bloqueado, tal como está: ese celular lo revisa la DIVINDAT.» #do:leave_exam_to_professionals]
    —No necesito verlas, señora, y en esta comisaría nadie las va a mirar ni copiar. Guárdelo bloqueado, tal como está, sin tocar nada: ese celular lo revisa la DIVINDAT. # speaker:officer
    Patricia bloquea el celular y lo deja sobre la mesa, boca abajo. # speaker:narrator
+ [Tomar el celular un momento y revisar la conversación y las fotos, solo para dejar constancia en el parte de lo que amenaza publicar. #do:view_intimate_images]
    ~ images_seen = true
    Tomas el celular y deslizas la conversación hacia arriba. # speaker:narrator
+ [«Mándeme las capturas al WhatsApp de la comisaría, señora; así quedan en el expediente y usted ya no tiene que enseñarlas.» #do:view_intimate_images]
    ~ images_seen = true
    Patricia reenvía las capturas. Tu celular vibra una vez por cada una, y las abres. # speaker:narrator # sfx:phone
-
{ images_seen:
    { diego_out:
        Por la puerta entreabierta, desde el pasillo, Diego ve su conversación abierta en la pantalla, y a ti mirándola. # speaker:narrator # mood:scared
    - else:
        Diego, en la punta del sofá, ve su conversación abierta en la pantalla, y a ti mirándola. # speaker:narrator # mood:scared
    }
}
-> evidence

=== evidence ===
{ distress_streak >= 2:
    -> walked_out
}
El celular de Diego vibra. En la pantalla, un mensaje nuevo: «Te quedan cuatro horas». # speaker:narrator # sfx:phone
—¡Hay que borrar todo, bloquear a ese tipo! O le pagamos y que se acabe. # speaker:patricia
+ [Pedir que nadie toque el celular, ni para pagar ni para borrar, y llamar ahí mismo a la DIVINDAT para saber cómo hay que entregarlo. #do:advise_evidence_preservation #do:involve_specialized_unit]
    —No le paguen: si pagan, pide más. No le contesten. Y no borren nada, ni el chat ni la cuenta: eso es lo que sirve para encontrarlo. # speaker:officer
    Llamas a la DIVINDAT. Te piden que el celular se entregue apagado, tal como está, y que se anoten el usuario y la hora de cada mensaje. # speaker:narrator # sfx:phone
    Patricia apaga el celular y lo guarda. Por primera vez desde que llegó, no está gritando. # speaker:narrator # mood:calm
+ [«Tiene razón, señora: se borra todo y se bloquea, que Diego no siga leyendo esas amenazas. El usuario se lo paso yo a la DIVINDAT.» #do:advise_deleting_evidence #do:involve_specialized_unit]
    ~ deleted = true
    Patricia borra la conversación y bloquea la cuenta, rápido, con los dedos temblando. Llamas a la DIVINDAT y les dictas el nombre de usuario que anotaste. # speaker:narrator # sfx:phone
+ [Pedir que Diego desactive su cuenta del juego y cambie las contraseñas, para que no le escriba más, y llamar a la DIVINDAT con el usuario. #do:advise_deleting_evidence #do:involve_specialized_unit]
    ~ deleted = true
    Patricia desactiva la cuenta del juego. Con ella se va la conversación con «vale_14». Llamas a la DIVINDAT y les das el nombre de usuario. # speaker:narrator # sfx:phone
- -> school

=== school ===
{ distress_streak >= 2:
    -> walked_out
}
—¿Y el colegio? ¿Le aviso a la directora? ¿Al grupo de padres, para que nadie reenvíe nada? # speaker:patricia # phase:documentation
+ [«No lo cuente en ningún grupo, señora. Ahorita llamo a la fiscalía de familia, que decide cómo proteger a Diego, también en el colegio.» #do:protect_identity #do:notify_family_prosecutor]
    —Por ahora no lo comente en ningún grupo, señora. Nadie de esta comisaría va a dar el nombre de Diego. Si hay que hacer algo en el colegio, lo decide la fiscalía, sin exponerlo. # speaker:officer
    Marcas el número de la Fiscalía de Familia de turno. La fiscal anota los datos, dispone que no se interrogue a Diego en la comisaría y pide el oficio por correo. Anotas la hora. # speaker:narrator # sfx:phone
+ [«Yo mismo llamo ahorita a la directora y le explico lo de Diego, para que los profesores lo cuiden y frenen cualquier reenvío.» #do:expose_identity]
    ~ exposed = true
    Marcas el número del colegio y le cuentas a la directora lo que pasa con Diego. # speaker:narrator # sfx:phone
+ [«Escriba en el grupo de padres que a su hijo lo están chantajeando, señora; así todos están alertas y nadie reenvía nada.» #do:expose_identity]
    ~ exposed = true
    Patricia escribe el mensaje y lo manda. En un minuto, el grupo se llena de respuestas. # speaker:narrator # sfx:phone
- -> with_diego

=== with_diego ===
{ distress_streak >= 2:
    -> walked_out
}
{
- diego_out:
    Diego vuelve con Huamán. Elige quedarse contigo y con Huamán; su mamá espera afuera, con la puerta entreabierta. # speaker:narrator # sfx:door # phase:communication # arrives:colleague_f
- else:
    Patricia se sienta en una silla junto a la puerta. Diego sigue en la punta del sofá. # speaker:narrator # phase:communication # arrives:patricia
}
~ diego_out = false
{ images_seen:
    Diego no te mira. Sabe que viste su conversación. # speaker:narrator # mood:withdrawn
}
Se sienta con la capucha puesta y los brazos cruzados. # speaker:narrator # mood:withdrawn
+ [«Hola, Diego. Soy policía de esta comisaría y hoy estoy aquí para ayudarte a que esto pare. Tú decides cuánto me cuentas, ¿ya?» #do:introduce_self_simply #do:let_child_decide]
    —Hola, Diego. Soy policía de esta comisaría y hoy estoy para ayudarte a que esto pare. Tú decides cuánto me cuentas, ¿ya? Si no sabes algo, dices «no sé». # speaker:officer
    Diego levanta la vista un segundo. # speaker:narrator # mood:anxious
+ [«Diego, el plazo vence a las nueve: mientras más rápido me cuentes todo, más rápido lo paramos. Si te callas, no puedo ayudarte.» #do:pressure_or_bargain]
    —Diego, el plazo vence a las nueve: mientras más rápido me cuentes todo, más rápido lo paramos. Si te callas, no puedo ayudarte. # speaker:officer
    Diego aprieta los brazos contra el pecho. # speaker:narrator # mood:scared
+ [«Esto es chantaje sexual, Diego, artículo 176-C del Código Penal: si no me cuentas todo ya, la fiscalía no puede hacer nada.» #do:pressure_or_bargain]
    —Esto es chantaje sexual, Diego, artículo 176-C del Código Penal: si no me cuentas todo ahora, la fiscalía no puede hacer nada. # speaker:officer
    Diego te mira sin entender y mira a Huamán. # speaker:narrator # mood:scared # arrives:colleague_f
- -> shame

=== shame ===
{ distress_streak >= 2:
    -> walked_out
}
{ distress >= 7:
    Diego tarda en contestar. Se mira las zapatillas un buen rato. # speaker:narrator # mood:withdrawn
}
—No es nada. Ya fue. Yo lo arreglo. # speaker:diego # mood:withdrawn
Se le quiebra la voz. # speaker:narrator
—Fue mi culpa. Por idiota. ¿Cómo no me di cuenta? # speaker:diego # mood:crying # event:child_distressed
+ [«No eres ningún idiota, Diego. Esa persona engaña a chicos y a adultos; se hace pasar por otra. La culpa es suya, no tuya.» #do:counter_self_blame #do:express_belief]
    —No eres ningún idiota, Diego. Esa persona engaña a chicos y a adultos; para eso se hace pasar por otra. Lo que hace es un delito, y la culpa es suya, no tuya. Hiciste bien en venir. # speaker:officer
+ [Sentarte a su lado y abrazarlo fuerte por los hombros: «Ya, hijo, ya pasó. Aquí estás con nosotros, nadie te va a hacer nada.» #do:touch_without_consent]
    Te sientas a su lado y lo abrazas por los hombros. # speaker:narrator
    Diego se pone rígido y se aparta hacia el brazo del sofá. # speaker:narrator # mood:scared
+ [«Tómate tu tiempo, toma un poco de agua. Y cuando puedas, dime: ¿por qué le mandaste fotos a alguien que no conocías?» #do:pause_for_child #do:ask_why_or_blame]
    Le das un momento y un vaso de agua. Cuando se calma un poco, le preguntas por qué le mandó fotos a alguien que no conocía. # speaker:narrator
    —No sé. # speaker:diego # mood:withdrawn
-
{
- trust >= 5:
    ~ disclosed = true
    Diego respira hondo. # speaker:narrator # mood:anxious
    —Ella me caía bien. Me pidió fotos y yo le mandé. Después me escribió otra cuenta, con las fotos, y me dijo que si no pago las manda a todo mi salón. # speaker:diego # mood:anxious # event:disclosure_started
- else:
    Diego no dice nada más. Mira la puerta. # speaker:narrator # mood:withdrawn
}
-> father

=== father ===
{ distress_streak >= 2:
    -> walked_out
}
Suena el celular de Patricia. Se la oye contestar: «Sí, amor, estamos en la comisaría...». # speaker:narrator # sfx:phone
—Es mi papá. # speaker:diego # mood:scared
Diego te mira. # speaker:narrator
—Por favor, no le diga a mi papá. Prométame que no le va a decir. # speaker:diego # mood:crying
+ [«Te creo, Diego. Pero no te lo puedo prometer, pues: esto lo sabrán la fiscalía, la DIVINDAT y tu mamá, y con ella vemos lo de tu papá.» #do:explain_who_must_know #do:express_belief]
    —Te creo, Diego, y entiendo que tengas miedo. Pero no te lo puedo prometer, y no te voy a mentir. Esto lo sabrán la fiscalía, la DIVINDAT y tu mamá. Tu papá también te cuida: con tu mamá vemos cómo y cuándo contárselo, para que esté de tu lado. # speaker:officer
    Diego se queda callado un rato. Después asiente, apenas. # speaker:narrator # mood:anxious
+ [«Tranquilo, Diego: tu papá no se va a enterar por mí. Eso queda entre nosotros; hoy solo nos ocupamos de ti y de nadie más, ¿ya?» #do:promise_secrecy]
    ~ promised = true
    Diego suelta el aire. # speaker:narrator # mood:relieved
+ [«Te prometo que esas fotos no van a salir, Diego. La DIVINDAT ubica a ese tipo esta misma semana y a tu papá no le tiene que llegar nada.» #do:promise_outcome]
    ~ promised = true
    Diego te mira, con una esperanza enorme. # speaker:narrator # mood:relieved
- -> minimal_facts

=== minimal_facts ===
{ distress_streak >= 2:
    -> walked_out
}
Huamán deja un cuaderno sobre la mesa. Falta saber lo mínimo para la denuncia. # speaker:narrator # sfx:paper # arrives:colleague_f # open # undisclosed: viejo, hombre, adulto, señor, facebook, whatsapp, video, cámara # disclosed: fotos, cuenta, juego, pagar, salón, nueve
+ [«Necesito unos datos nomás, para que esto pare: el nombre de la cuenta, desde cuándo te escribe, qué te pide y hasta qué hora.» #do:ask_minimal_facts #q:directive]
    —Solo necesito unos datos para que esto pare, Diego. Nada más. # speaker:officer
    {
    - disclosed:
        —«vale_14» en el juego. La otra cuenta no tiene nombre, solo números. Hace tres semanas. Ahora quiere quinientos soles hasta las nueve, o más fotos. Sabe mi colegio: sale en mi perfil. # speaker:diego # mood:anxious
    - else:
        —Lo que dijo mi mamá. Hasta las nueve. # speaker:diego # mood:withdrawn
    }
+ [«Cuéntame con tus palabras lo que pasó con esa cuenta, desde que te empezó a escribir hasta hoy, Diego.» #do:ask_open_question #q:invitation]
    —Cuéntame con tus palabras lo que pasó con esa cuenta, desde que te empezó a escribir hasta hoy. # speaker:officer
    —Me escribía en el juego. Pensé que éramos amigos. Después me pidió fotos, y ahora la otra cuenta quiere quinientos soles hasta las nueve. # speaker:diego # mood:anxious
+ [«Seguro que esa chica en realidad era un viejo que te amenazó con subirlas al Facebook, ¿no es cierto, Diego?» #do:ask_leading_question #q:suggestive]
    —Seguro que esa chica era un viejo que te amenazó con subirlas al Facebook, ¿no es cierto? # speaker:officer
    —Sí... creo. Un viejo, sí. Al Facebook. # speaker:diego # mood:anxious
    Ahora repite tus palabras. Ya no sabes qué es suyo y qué es tuyo. # speaker:narrator
+ [«Para ubicarla rápido necesito saber una sola cosa: ¿esa cuenta te escribió por el juego o por Instagram?» #do:ask_option_question #q:option_posing]
    —¿Esa cuenta te escribió por el juego o por Instagram? # speaker:officer
    —Por... Instagram, creo. # speaker:diego # mood:anxious
    Huamán levanta la vista del cuaderno: la mamá dijo que fue en el juego. # speaker:narrator
+ [«¿Por qué no le contaste a tu mamá apenas te pidió fotos? Eso se avisa de frente, Diego, no se guarda nunca.» #do:ask_why_or_blame #q:why_blame]
    —¿Por qué no le contaste a tu mamá apenas te pidió fotos? Eso se avisa de frente, no se guarda. # speaker:officer
    Diego se encoge en el sofá. —No sé. Porque soy un idiota. # speaker:diego # mood:crying
+ [«¿Cómo se llama la cuenta, cuándo empezó, cuánto te pide, a qué hora vence y quién más lo sabe ya, Diego?» #do:press_child_to_continue #q:multiple]
    —¿Cómo se llama la cuenta, cuándo empezó, cuánto te pide, a qué hora vence y quién más lo sabe? # speaker:officer
    —Eh... hasta las nueve. # speaker:diego # mood:anxious
    Contesta solo lo último que oyó. # speaker:narrator
+ [«Hiciste muy bien en venir, Diego. Ya no estás solo con esto: desde ahora lo vemos juntos, con calma y sin apuro.» #do:express_belief #q:not_question]
    —Hiciste bien en venir, Diego. Ya no estás solo con esto: desde ahora lo vemos juntos, sin apuro. # speaker:officer
    Diego se seca la cara con la manga. —La cuenta se llama «vale_14». Quiere quinientos soles hasta las nueve. # speaker:diego # mood:anxious
+ [«Para la denuncia tengo que ser exacto, Diego. ¿Cuántas fotos le mandaste y qué se ve en cada una? Tranquilo, no te voy a juzgar.» #do:ask_to_describe_images]
    Diego se pone rojo hasta las orejas. Mira el piso y no contesta. # speaker:narrator # mood:crying
+ [«Una cosa nomás, para medir el riesgo: ¿en esas fotos se te ve la cara? Si no se te reconoce, el peligro es mucho menor.» #do:ask_to_describe_images]
    Diego se tapa la cara con las manos. No contesta. # speaker:narrator # mood:crying
-
~ disclosed = false
Diego se abraza las rodillas. # speaker:narrator # mood:scared
—Si eso sale, yo mejor desaparezco. # speaker:diego # mood:scared # event:self_harm_risk
-> urgent

=== urgent ===
{ distress_streak >= 2:
    -> walked_out
}
+ [«Ya, Diego. Gracias por decírmelo. Te lo voy a preguntar directo, sin rodeos: ¿has pensado en hacerte daño? Te escucho y te creo.» #do:check_urgent_needs #do:express_belief]
    —Gracias por decírmelo, Diego. Te lo pregunto directo, sin rodeos: ¿has pensado en hacerte daño? # speaker:officer
    —...Anoche. Un rato. # speaker:diego # mood:crying
    —Hiciste bien en contármelo. Te creo, y no estás solo en esto. Ahora lo hablamos con tu mamá. # speaker:officer
    Llamas a Patricia. Acuerdan que hoy mismo lo vea un psicólogo, y les das la Línea 113, opción 5, por si en la noche se siente peor. # speaker:narrator # mood:relieved
+ [Llamar a Patricia, explicarle cómo acompañarlo esta noche y acordar que hoy lo vea un psicólogo en la emergencia del hospital. #do:arrange_medical_care #do:brief_carer]
    Llamas a Patricia y le cuentas lo que dijo Diego, delante de él, con calma. # speaker:narrator
    —Hoy, al salir de aquí, lo llevan a la emergencia del hospital para que lo vea un psicólogo. Esta noche no lo deje solo ni le quite el celular de golpe; y si se siente peor, la Línea 113, opción 5. # speaker:officer
    Patricia agarra la mano de Diego. Él no la suelta. # speaker:narrator # mood:relieved
+ [«Oye, no digas eso, campeón. Por unas fotos no se acaba el mundo; eres hombre, aguanta, que tienes toda una vida por delante.» #do:express_doubt_or_shock]
    Diego se calla. Se pone la capucha hasta los ojos. # speaker:narrator # mood:withdrawn
+ [«Eso lo ve el psicólogo del CEM, Diego; ya te dejo la derivación. Por hoy terminamos, ¿ya? Espera afuera mientras hablo con tu mamá.» #do:end_abruptly #do:refer_to_cem]
    Diego sale al pasillo sin decir nada. Por la ventana se le ve sentado en la banca, con la capucha puesta. # speaker:narrator # mood:withdrawn # sfx:door
- -> referral

=== referral ===
{ distress_streak >= 2:
    -> walked_out
}
Huamán se asoma: el formulario de la denuncia está listo para registrar. # speaker:narrator # scene:office # phase:referral # arrives:colleague_f
+ [Registrar la denuncia por chantaje sexual y llamar en el acto a la fiscalía penal de turno, anotando la hora de la comunicación. #do:register_report #do:notify_criminal_prosecutor]
    ~ notified = true
    Registras la denuncia y llamas a la Fiscalía Penal de turno. # speaker:narrator # sfx:phone
    —Doctora, le informo de un chantaje sexual a un adolescente de trece años, a través de un juego en línea. Hay plazo hasta las nueve de esta noche. # speaker:officer
    La fiscal toma el caso, dispone que la DIVINDAT reciba el celular y pide el oficio por correo. Anotas la hora de la llamada. # speaker:narrator # sfx:paper
    Después se lo explicas a Patricia, sin rodeos: # speaker:narrator
    —Lo que le hacen a Diego tiene nombre en el Código Penal: chantaje sexual, artículo 176-C. Y como Diego es menor de edad, pedirle esas imágenes y guardarlas también es delito, por los artículos 183-A y 183-B. # speaker:officer
+ [Registrarlo como ocurrencia por acoso virtual y esperar a ver si de verdad publica algo, antes de molestar a la fiscalía de turno. #do:register_report #do:delay_intervention]
    Registras la ocurrencia. Nadie más la lee esa noche. # speaker:narrator # sfx:paper
+ [«Aquí tiene su constancia, señora. Mañana temprano lleve el celular a la DIVINDAT, allá le toman todo; ellos ven estos casos.» #do:register_report #do:defer_or_redirect]
    Imprimes la constancia y se la das a Patricia con la dirección de la DIVINDAT escrita a mano. # speaker:narrator # sfx:paper
    Patricia la dobla, despacio. Diego ya está en la puerta. Se van. # speaker:narrator # sfx:door
    -> no_follow_up
+ [«Piénselo bien, señora: si denuncia, Diego tendrá que declarar en fiscalía y hasta en un juicio. A veces bloquear ya basta.» #do:dissuade_report]
    -> dissuaded
- -> carer

=== dissuaded ===
Patricia te mira un largo rato. Luego mira a Diego. # speaker:narrator
—Entonces no. Vámonos, hijo. Yo veo cómo lo arreglo. # speaker:patricia
Se van sin firmar nada. En la cola, alguien les cede el paso. # speaker:narrator # sfx:door
A las nueve, Patricia deposita los quinientos soles. A las diez llega otro mensaje: ahora quiere el doble. # speaker:narrator # mood:scared # ending:at_risk_dissuaded # arrives:patricia
-> END

=== carer ===
{ distress_streak >= 2:
    -> walked_out
}
Patricia se pone de pie con la cartera apretada. # speaker:narrator # phase:closure
—¿Y ahora qué hago? ¿Qué le digo a su papá? # speaker:patricia
+ [«En el CEM les dan apoyo psicológico a los tres, señora, y la ayudan con su esposo. En casa no le pregunte más: ya lo contó.» #do:refer_to_cem #do:brief_carer]
    —En el CEM les darán apoyo psicológico a Diego y a ustedes; también pueden ayudarla a hablar con su esposo. La Línea 100 es para usted, y el Chat 100 para Diego. Y en casa, no le pregunte más por lo que pasó: ya lo contó. Lo que necesita es saber que están de su lado. # speaker:officer
    Patricia anota todo en el reverso de la constancia. # speaker:narrator # sfx:paper
+ [«Vaya al CEM, mamita, pero desde hoy revísele el celular cada noche: esto pasa cuando nadie controla a los chicos.» #do:blame_carer #do:refer_to_cem]
    ~ blamed += 1
    { blamed >= 2:
        -> carer_left
    }
    Patricia baja la cabeza. Diego, desde la puerta, lo ha escuchado todo. # speaker:narrator # mood:withdrawn
+ [«Quédese tranquila, señora: la DIVINDAT lo va a ubicar y esas fotos no van a salir. Si necesita algo, llame a la Línea 100, ¿ya?» #do:brief_carer #do:promise_outcome]
    ~ promised = true
    Patricia asiente, más tranquila. Diego, desde la puerta, escucha la promesa. # speaker:narrator
+ [Pedir cita en el CEM para mañana y explicarle a Patricia qué hacer en casa: no interrogarlo, no castigarlo, estar a su lado. #do:refer_to_cem #do:brief_carer]
    Llamas al CEM: hay cita mañana a las diez con la psicóloga. # speaker:narrator # sfx:phone
    —En casa no le pregunte más por lo que pasó: ya lo contó. No le quite el celular como castigo; lo que necesita es saber que están de su lado. La Línea 100 es para usted, y el Chat 100 para Diego. # speaker:officer
    Patricia anota la hora de la cita en el reverso de la constancia. # speaker:narrator # sfx:paper
- -> closing

=== carer_left ===
Patricia se queda callada un momento. Luego guarda la constancia en la cartera. # speaker:narrator # arrives:patricia
—Ya me dijo dos veces que es mi culpa. No necesito escucharlo otra vez. Vámonos, Diego. # speaker:patricia
Se van sin esperar los datos del CEM. # speaker:narrator # sfx:door
Esa noche, en casa, nadie habla. Diego se encierra en su cuarto. # speaker:narrator # mood:withdrawn # ending:at_risk_carer_left
-> END

=== closing ===
{ distress_streak >= 2:
    -> walked_out
}
Diego está de pie junto a la puerta, con la capucha puesta. # speaker:narrator
+ [«Diego, esto sigue así: la DIVINDAT se encarga del celular, tú vas al CEM con tu mamá y nadie aquí te va a preguntar más, ¿ya?» #do:explain_next_steps]
    —Diego, esto es lo que sigue: la DIVINDAT se encarga del celular y de buscar a esa persona. Tú vas al CEM con tu mamá, donde hay gente que ayuda a chicos a los que les pasa esto. Y si alguien tiene que hacerte preguntas, será una sola persona, una sola vez. Hiciste algo muy valiente hoy. ¿Tienes alguna duda? # speaker:officer
    {
    - trust >= 5:
        —¿Y si igual las manda? # speaker:diego # mood:anxious
        —Si pasa algo, tu mamá llama a la fiscalía y a la DIVINDAT de inmediato, y tú no estás solo. Nada de esto cambia que la culpa es de él. # speaker:officer
        Diego se baja la capucha. # speaker:narrator # mood:relieved
    - else:
        Diego niega con la cabeza, sin mirarte. # speaker:narrator # mood:withdrawn
    }
+ [«Listo, campeón, ya puedes irte tranquilo. Lo que falta lo vemos con tu mamá, que ella ya tiene el número de la denuncia.» #do:end_abruptly]
    Diego sale sin despedirse. # speaker:narrator # mood:withdrawn
+ [Explicarle lo que sigue, DIVINDAT, CEM y fiscalía, y cerrar con un consejo: que nunca más le mande fotos a nadie, para que aprenda. #do:explain_next_steps #do:ask_why_or_blame]
    Diego asiente sin mirarte. Se va con la capucha puesta. # speaker:narrator # mood:withdrawn
+ [Explicarle lo que sigue y acompañarlos hasta la puerta de la comisaría, comprobando que tienen cómo volver juntos a casa esta noche. #do:explain_next_steps #do:confirm_safe_departure]
    —Diego, la DIVINDAT se encarga del celular y de buscar a esa persona; tú vas al CEM con tu mamá. Nadie aquí te va a preguntar más. # speaker:officer
    Los acompañas hasta la puerta. Patricia ya pidió un taxi; Diego sube primero. # speaker:narrator # sfx:footsteps
    { trust >= 5:
        Antes de cerrar la puerta, Diego se baja la capucha y levanta la mano. # speaker:narrator # mood:relieved
    }
- -> final

=== final ===
{
- exposed:
    -> exposed_end
- images_seen:
    -> images_seen_end
- not notified:
    -> no_follow_up
- deleted:
    -> evidence_lost
- trust < 5:
    -> alone
- else:
    -> supported
}

=== exposed_end ===
Al día siguiente, en el colegio, todos saben que «a Diego lo chantajean con fotos». Nadie ha visto ninguna, pero todos hablan de ellas. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego deja de ir a clases. Cuando la fiscalía lo cita, no quiere salir de su cuarto. # speaker:narrator # mood:withdrawn # ending:harmed_exposed
-> END

=== images_seen_end ===
La denuncia sigue su curso, pero Diego no quiere volver a la comisaría. # speaker:narrator # scene:waiting_area # mood:withdrawn
Sabe que un policía vio su conversación. Cuando lo citan, le dice a su mamá que no va a hablar con nadie de uniforme. # speaker:narrator # mood:withdrawn # ending:harmed_images_seen
-> END

=== no_follow_up ===
Pasan dos semanas. Nadie de la fiscalía penal llama. En la DIVINDAT les piden volver con una disposición fiscal que nadie tramitó. # speaker:narrator # scene:waiting_area # mood:anxious
Una noche, una cuenta nueva le escribe a Diego: «¿Creíste que se había acabado?». # speaker:narrator # mood:scared # ending:at_risk_no_follow_up
-> END

=== evidence_lost ===
La DIVINDAT recibe el celular, pero la conversación ya no está y la cuenta desapareció. No hay por dónde empezar. # speaker:narrator # scene:waiting_area # mood:anxious
Un mes después, con otro nombre, alguien vuelve a escribirle a Diego en otro juego. # speaker:narrator # mood:scared # ending:at_risk_evidence_lost
-> END

=== alone ===
La DIVINDAT recibe el celular y empieza a rastrear la cuenta. # speaker:narrator # scene:waiting_area # mood:withdrawn
Diego no va al CEM. Cuando una cuenta nueva le escribe, no se lo cuenta a nadie: ya aprendió que contarlo no le sirvió de mucho. # speaker:narrator # ending:at_risk_alone
-> END

=== supported ===
La DIVINDAT recibe el celular al día siguiente, tal como estaba. En tres semanas identifican la cuenta: un adulto que hacía lo mismo con otros chicos. # speaker:narrator # scene:waiting_area # mood:calm
{ promised:
    Lo que le prometieron en la comisaría no dependía de nadie allí. Cuando su papá se entera por la citación de la fiscalía, Diego siente que le mintieron. # speaker:narrator # mood:angry
}
Diego va al CEM con su mamá; en la segunda cita va también su papá. Las fotos nunca llegaron a su salón. # speaker:narrator # mood:relieved # ending:protected_supported
-> END
