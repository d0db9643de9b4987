# case: quechua_11
# title: Yanet y las marcas en las piernas
# summary: Su profesora la trae tras ver marcas en sus piernas; Yanet habla quechua y poco castellano.
# persona: yanet
# age: 11
# type: physical_punishment
# requires: register_report, gather_facts_from_adult, request_interpreter, leave_exam_to_professionals, request_forensic_exam, assess_risk, request_protective_measures, notify_family_prosecutor, notify_criminal_prosecutor, arrange_single_interview, contact_child_protection, release_to_safe_carer, refer_to_cem, explain_next_steps
# key: REC-02, ENV-04, COM-01, COM-02, COM-04, DIS-01, DIS-03, DIS-08, PRO-01, PRO-02, PRO-08, REF-02, REF-04, REF-05, CLO-01
# trust: 2
# distress: 5
# content_note: Una niña de once años, quechuahablante, llega con su profesora, que vio marcas de castigo físico en sus piernas. El castigo se conoce solo por lo que cuenta la profesora; no se muestra ni se describe con detalle.
# lang: es

INCLUDE ../_shared/es/family_court.ink
INCLUDE ../_shared/es/call_family_prosecutor.ink
INCLUDE ../_shared/es/call_criminal_prosecutor.ink
INCLUDE ../_shared/es/single_interview.ink

VAR trust = 2
VAR distress = 5
VAR distress_streak = 0
VAR interp = false
VAR no_measures = false
VAR station_statement = false
VAR report_incomplete = false

-> arrival

=== arrival ===
Martes, 10:30. Comisaría de Llaqtapampa, a tres mil ochocientos metros. Afuera, el viento levanta polvo en la plaza. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Una profesora entra con una niña de trenzas negras atadas con cintas rojas. Lleva una chompa guinda con una franja amarilla, una pollera fucsia con ribetes turquesa y una lliclla naranja anudada al pecho. Se queda un paso detrás, con la mirada en el piso. # speaker:narrator # sfx:door
—Buenos días, jefe. Soy Elena Huillca, profesora de quinto grado de la escuela de Qollpa. Ella es mi alumna, Yanet. Tiene once años. # speaker:teacher
—Esta mañana, cuando se cambiaba para educación física, le vi marcas en las piernas, como de correa. Ya había faltado dos días. No quiso decirme nada. # speaker:teacher
Yanet aprieta las puntas de su lliclla con las dos manos. # speaker:narrator # mood:anxious
+ [«Pase nomás, profesora, ahorita mismo la atiendo. Hizo bien en traerla; para registrar esto no hace falta que vengan los papás.» #do:attend_immediately #do:accept_without_formalities]
    —Pase nomás, profesora, ahorita mismo la atiendo. Hizo bien en traerla; para registrar esto no hace falta que vengan los papás. # speaker:officer
    La profesora suelta el aire, aliviada. # speaker:narrator # mood:anxious
+ [Pedirle a la profesora que vuelva con el papá o la mamá y su DNI: la denuncia de una menor sin firma de los padres la observa la Fiscalía. #do:demand_formalities]
    —Profesora, la denuncia por una menor la tiene que firmar el papá o la mamá, con su DNI. Sin eso, la Fiscalía me la observa. # speaker:officer
    —Pero, jefe, el problema es justamente en la casa... # speaker:teacher
    -> sent_back
+ [«El castigo físico está prohibido por la Ley 30403, profesora, pero eso lo ve la DEMUNA de la municipalidad. Allá la atienden.» #do:defer_or_redirect]
    —El castigo físico está prohibido por la Ley 30403, profesora, pero eso lo ve la DEMUNA de la municipalidad. Allá la atienden. # speaker:officer
    —La DEMUNA abre los jueves, jefe. Y la niña no puede volver a su casa así. # speaker:teacher
    -> sent_back
- -> teacher_account

=== teacher_account ===
La sala de espera tiene un rincón con una alfombra, cuadernos para colorear y una ventana a la plaza. El pasillo de la derecha lleva a la celda de tránsito. # speaker:narrator # phase:environment
—¿Dónde le cuento, jefe? —pregunta la profesora—. Delante de ella no quisiera. # speaker:teacher
+ [Pedir a la suboficial Huamán que acompañe a Yanet en el rincón de niños y escuchar a la profesora en la oficina, con la puerta cerrada. #do:keep_child_out_of_earshot #do:gather_facts_from_adult]
    Huamán le ofrece a Yanet los colores. Yanet no los toca, pero se sienta en la alfombra. # speaker:narrator # mood:anxious # arrives:colleague_f
    En la oficina, la profesora cuenta lo que vio y lo que sabe: Yanet vive con su papá, don Félix, presidente de la comunidad, y con su abuela paterna; su mamá trabaja en la costa desde hace un año. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door
+ [«Que Yanet se quede aquí con nosotras, para que no se sienta sola. Usted cuénteme lo que vio; ella ya lo sabe, no la va a asustar.» #do:let_child_hear_account #do:gather_facts_from_adult]
    —Que Yanet se quede aquí con nosotras, para que no se sienta sola. Usted cuénteme lo que vio; ella ya lo sabe, no la va a asustar. # speaker:officer
    La profesora cuenta lo de las marcas con Yanet sentada a su lado. Cada vez que dice «correa», Yanet se encoge un poco más. # speaker:narrator # scene:office # ambient:quiet_room # mood:scared
    Así te enteras de que Yanet vive con su papá, don Félix, presidente de la comunidad, y con su abuela paterna; su mamá trabaja en la costa. # speaker:narrator
+ [Dejar a Yanet en la banca del pasillo, donde la ve el guardia de turno, y pasar con la profesora a la oficina a llenar la ficha. #do:place_child_near_detainees #do:gather_facts_from_adult]
    La banca está junto a la celda de tránsito. Un detenido golpea la reja y grita algo. Yanet se encoge y se tapa los oídos. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    En la oficina, la profesora cuenta que Yanet vive con su papá, don Félix, presidente de la comunidad, y con su abuela paterna; su mamá trabaja en la costa desde hace un año. # speaker:narrator # scene:office # ambient:quiet_room
- -> photo

=== photo ===
—¿No le va a tomar una foto a las marcas, jefe? —pregunta la profesora—. Para que haya prueba, antes de que se borren. # speaker:teacher
+ [«No, profesora. Aquí nadie la revisa ni le toma fotos. La verá una médica de Medicina Legal, solo si ella quiere y explicándole.» #do:leave_exam_to_professionals]
    —No, profesora. Aquí nadie la revisa ni le toma fotos. La verá una médica de Medicina Legal, solo si ella quiere y explicándole. # speaker:officer
    —Tiene razón, jefe. Ella ya tiene bastante vergüenza. # speaker:teacher
+ [Ir con la suboficial Huamán y con Yanet al baño de mujeres a fotografiar las marcas para el atestado, antes de que se borren. #do:examine_or_photograph_child]
    -> photo_attempt
+ [«Sin certificado médico legal la fiscalía no abre caso. Llévela primero al legista, profesora, y regresan con el resultado.» #do:demand_formalities]
    —Sin certificado médico legal la fiscalía no abre caso. Llévela primero al legista, profesora, y regresan con el resultado. # speaker:officer
    —El legista está en la provincia, jefe, a tres horas... # speaker:teacher
    -> sent_back
+ [«Mejor hágalo usted, profesora, que ella le tiene confianza: una foto rapidita con su celular en el baño, y me la pasa por WhatsApp.» #do:examine_or_photograph_child]
    -> photo_attempt
- -> meet_yanet

= photo_attempt
En el baño, Yanet entiende para qué la han llevado. Se sujeta la pollera con las dos manos y se pone a llorar. # speaker:narrator # mood:crying
La profesora se interpone: «Así no, jefe. Así no». No se toma ninguna foto. # speaker:narrator
—Me la llevo a la escuela. Yo buscaré a la DEMUNA. # speaker:teacher
La profesora sale con Yanet de la mano. # speaker:narrator # sfx:door # mood:withdrawn
-> photographed_end

=== meet_yanet ===
{ distress_streak >= 2:
    -> shut_down
}
Vuelves con la profesora al rincón de niños. Yanet está sentada en la alfombra, con la pollera cubriéndole las rodillas. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:communication
—En su casa hablan quechua, jefe. Castellano entiende poquito, y habla menos. # speaker:teacher # event:language_barrier
+ [Agacharte a su altura: «Allillanchu, Yanet. Me llamo Castro, soy policía.» Le ofreces agua y esperas, sin preguntarle nada. #do:introduce_self_simply #do:pause_for_child]
    Te agachas a un paso de ella. # speaker:narrator
    —Allillanchu, Yanet. Me llamo Castro, soy policía. # speaker:officer
    Le dejas un vaso de agua al lado y esperas. Yanet levanta los ojos un segundo. # speaker:narrator # mood:anxious
    —Arí... # speaker:yanet # mood:anxious
+ [De pie, a la profesora: «¿La menor agraviada cuenta con DNI? Necesito el domicilio del presunto agresor para la Fiscalía.» #do:use_jargon]
    —¿La menor agraviada cuenta con DNI? Necesito el domicilio del presunto agresor para la Fiscalía. # speaker:officer
    Yanet mira de la profesora a ti y de ti a la profesora. No entiende de quién hablan, pero entiende «agresor». # speaker:narrator # mood:anxious
+ [Agacharte a su lado: «Yanet, mamita, aquí nadie te va a hacer nada. ¿Tu papá te ha pegado? Puedes decirme nomás, no pasa nada.» #do:ask_leading_question]
    —Yanet, mamita, aquí nadie te va a hacer nada. ¿Tu papá te ha pegado? Puedes decirme nomás, no pasa nada. # speaker:officer
    —Arí... manam... arí. # speaker:yanet # mood:scared
    —Dice sí y no a la vez, jefe. No le está entendiendo. # speaker:teacher
- -> interpreter

=== interpreter ===
{ distress_streak >= 2:
    -> shut_down
}
Nadie en la comisaría habla quechua. La profesora sí: enseña en la escuela bilingüe de Qollpa. # speaker:narrator
+ [Llamar a la Central de Interpretación del Ministerio de Cultura: una intérprete de quechua se conecta por videollamada en minutos. #do:request_interpreter]
    ~ interp = true
    Llamas a la central gratuita del Ministerio de Cultura. En diez minutos, una intérprete de quechua, la señora Hilaria, aparece en la tablet de la comisaría. # speaker:narrator # sfx:phone
    —Mientras tanto no le pregunto nada de lo que pasó —le dices a la profesora. # speaker:officer
+ [«Huamán, pida al Ministerio de Cultura una intérprete de su registro que venga en persona. Aunque tarde una hora, la esperamos nomás.» #do:request_interpreter]
    —Huamán, pida al Ministerio de Cultura una intérprete de su registro que venga en persona. Aunque tarde una hora, la esperamos nomás. # speaker:officer
    ~ interp = true
    La Central del Ministerio de Cultura te da el contacto de una intérprete inscrita en el registro nacional que vive en el pueblo. Puede llegar en una hora. # speaker:narrator # sfx:phone
    Huamán se sienta en la alfombra con Yanet y le enseña los cuadernos para colorear. Nadie le pregunta nada. # speaker:narrator # mood:anxious # arrives:colleague_f
+ [«Profesora, usted que habla quechua, tradúzcale mientras tanto, por favor; la intérprete oficial demora y no la vamos a tener esperando.» #do:use_interested_interpreter]
    —Profesora, usted que habla quechua, tradúzcale mientras tanto, por favor; la intérprete oficial demora y no la vamos a tener esperando. # speaker:officer
    La profesora traduce lo que puede. Yanet le contesta «arí» a todo y mira a su profesora como si la estuviera traicionando. # speaker:narrator # mood:withdrawn
    —Jefe, yo soy su profesora... Mañana la tengo en clase. No sé si me cuenta a mí. # speaker:teacher
- -> aunt_arrives

=== aunt_arrives ===
{ distress_streak >= 2:
    -> shut_down
}
Se abre la puerta de la comisaría. Una mujer de pollera y sombrero se acerca al mostrador, agitada. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # sfx:door
—Soy la tía de Yanet, hermana de don Félix. En la plaza me dijeron que la niña está aquí con la profesora. Yo le traduzco, jefe, yo hablo bien castellano. # speaker:aunt # event:suspect_arrives
Desde el rincón de niños, Yanet reconoce la voz. Se queda inmóvil y mira el piso. # speaker:narrator # mood:scared
+ [«Gracias, señora, pero para Yanet viene una intérprete calificada. Espere, por favor, con el suboficial Ramos en la oficina.» #do:separate_from_suspect #do:request_interpreter]
    —Gracias, señora, pero para Yanet viene una intérprete calificada. Espere, por favor, con el suboficial Ramos en la oficina. # speaker:officer
    { not interp:
        ~ interp = true
        Llamas a la Central del Ministerio de Cultura: una intérprete inscrita en el registro nacional puede llegar en una hora. # speaker:narrator # sfx:phone
    }
    Ramos acompaña a la tía al fondo del pasillo, lejos del rincón de niños. # speaker:narrator # sfx:footsteps # arrives:colleague_m
+ [Invitar a la tía a sentarse con Yanet en el rincón de niños: con alguien de su familia al lado se calmará mientras llega la intérprete. #do:allow_contact_with_suspect]
    —Pase, señora, siéntese con ella en el rincón. Con su tía al lado se va a calmar un poco, ¿ya? # speaker:officer
    -> aunt_translates
+ [«Ya que habla los dos idiomas, ayúdenos ahorita a traducir, señora; la intérprete demora mucho y la niña ya está cansada de esperar.» #do:use_interested_interpreter #do:allow_contact_with_suspect]
    —Ya que habla los dos idiomas, ayúdenos ahorita a traducir, señora; la intérprete demora mucho y la niña ya está cansada de esperar. # speaker:officer
    -> aunt_translates
+ [Anotar sus datos en el cuaderno de ocurrencias y pedirle que espere en la banca de la entrada, frente a la sala de espera. #do:neutral]
    La banca está frente a la puerta abierta de la sala de espera. La tía y Yanet quedan mirándose. La tía le dice algo en quechua, bajito. # speaker:narrator
    Yanet se tapa la cara con la lliclla. Un rato después, Ramos se lleva a la tía a la oficina del fondo. # speaker:narrator # mood:withdrawn # leaves:colleague_m
- -> aunt_pushes

= aunt_translates
La tía se sienta junto a Yanet y le habla en quechua, rápido y bajito. Después se vuelve hacia ti. # speaker:narrator # mood:scared
—Ya me contó, jefe: se cayó en el cerro, pasteando las ovejas. Nadie le ha pegado. # speaker:aunt
Yanet no levanta la vista. —Arí —dice, cuando la tía la mira. # speaker:yanet # mood:withdrawn
-> aunt_version

=== aunt_pushes ===
{ distress_streak >= 2:
    -> shut_down
}
En la oficina del fondo, la tía te espera de pie. # speaker:narrator # scene:office # ambient:quiet_room
—No haga denuncia, jefe. Mi hermano es presidente de la comunidad; qué va a decir la gente. En el campo así se corrige a los hijos. Esto lo arreglamos en familia. Que la niña venga conmigo. # speaker:aunt
+ [«Señora, la Ley 30403 prohíbe el castigo físico también en la casa, y esas marcas son delito. La denuncia va a la Fiscalía.» #do:register_report #do:notify_family_prosecutor]
    —Señora, la Ley 30403 prohíbe el castigo físico y humillante a los hijos, también en la casa y en la comunidad. Y unas marcas así son un delito. La denuncia queda registrada y va a la Fiscalía. Yanet no se va con usted ahora. # speaker:officer
    La tía aprieta los labios y se sienta. # speaker:narrator
    —Mi hermano no es mala persona, jefe. # speaker:aunt
    —Nadie ha dicho eso, señora. Lo que importa ahora es que Yanet esté bien. # speaker:officer
    -> shared_call_family_prosecutor("una niña de once años, quechuahablante, con marcas de castigo físico", "11:40") ->
+ [«Llame a su hermano, señora, que venga ahorita nomás. Lo conversamos con la niña delante y, si se compromete, lo arreglamos aquí mismo.» #do:arrange_confrontation]
    —Llame a su hermano, señora, que venga ahorita nomás. Lo conversamos con la niña delante y, si se compromete, lo arreglamos aquí mismo. # speaker:officer
    -> family_meeting
+ [«Está bien, señora. Dejo una constancia de castigo físico para la DEMUNA y usted se la lleva, bajo su responsabilidad, ¿ya?» #do:dissuade_report]
    —Está bien, señora. Dejo una constancia de castigo físico para la DEMUNA y usted se la lleva, bajo su responsabilidad, ¿ya? # speaker:officer
    -> handled_in_family
- -> who_stays

=== who_stays ===
{ distress_streak >= 2:
    -> shut_down
}
{ not interp:
    Huamán, por su cuenta, ha llamado a la Central de Interpretación del Ministerio de Cultura. # speaker:narrator # scene:waiting_area # ambient:quiet_room # sfx:phone # arrives:colleague_f
}
La intérprete de quechua, la señora Hilaria, inscrita en el registro nacional del Ministerio de Cultura, ya está con Yanet. # speaker:narrator # scene:waiting_area # ambient:quiet_room
—Allillanchu, Yanet —le dice. Yanet le contesta bajito, en quechua. # speaker:interpreter_quechua
Vas a pasar a la sala de entrevistas. En ese momento se acerca el comisario. # speaker:narrator # sfx:footsteps
—Yo conozco a don Félix, es gente respetable. Me quedo a escuchar. # speaker:commander
Yanet mira al comisario y se pega a la profesora. # speaker:narrator # mood:scared
+ [«Con su permiso, comisario: primero le preguntamos a ella.» Por la intérprete, le preguntas a Yanet a quién quiere a su lado en la sala. #do:ask_child_who_stays #do:move_to_private_room]
    —Con su permiso, comisario: primero le preguntamos a ella. # speaker:officer
    —Dice que quiere que se quede la profesora. Solo la profesora. # speaker:interpreter_quechua
    El comisario asiente y vuelve a su despacho. En la sala, Yanet afloja los hombros. # speaker:narrator # scene:private_room # mood:anxious # sfx:door
+ [«Pase, comisario, usted conoce a la familia y nos puede decir si la niña exagera.» Pasan todos juntos a la sala de entrevistas. #do:insist_adult_stays #do:move_to_private_room]
    —Pase, comisario, usted conoce a la familia y nos puede decir si la niña exagera. # speaker:officer
    En la sala, el comisario se sienta junto a la puerta, con los brazos cruzados. Yanet no le quita los ojos de encima. # speaker:narrator # scene:private_room # mood:withdrawn # arrives:commander
+ [Que entren a la sala todos los que la quieren cuidar: la profesora, la suboficial Huamán y el comisario, para que no se sienta sola. #do:insist_adult_stays #do:move_to_private_room]
    La sala se llena: la profesora, Huamán, el comisario junto a la puerta, con los brazos cruzados. Yanet los mira uno por uno y se encoge en la silla. # speaker:narrator # scene:private_room # mood:withdrawn # arrives:teacher,colleague_f,commander
- -> open_question

=== open_question ===
{ distress_streak >= 2:
    -> shut_down
}
La intérprete traduce cada frase tuya al quechua y cada frase de Yanet al castellano. # speaker:narrator # phase:disclosure # open # undisclosed: papá, correa, palo, pegar, golpear, castigar, domingo, ovejas # disclosed: profesora, piernas, doler
+ [Por la intérprete: «Puedes decir "no sé" o pedir que paremos. La profesora vio que te duelen las piernas; cuéntame lo que tú quieras.» #do:explain_child_can_stop #do:ask_open_question #q:invitation]
    —Puedes decir «no sé» o pedir que paremos. La profesora vio que te duelen las piernas; cuéntame lo que tú quieras. # speaker:officer
+ [Por la intérprete, para confirmar lo que la profesora vio esta mañana: «Tu papá te pegó con la correa el domingo, ¿no es cierto? Dime nomás.» #do:ask_leading_question #q:suggestive]
    —Tu papá te pegó con la correa el domingo, ¿no es cierto? Dime nomás. # speaker:officer
+ [Por la intérprete, para no cansarla más: «¿Te pegaron con correa o con palo? Si te cuesta hablar, solo dime sí o no con la cabeza, ¿ya?» #do:ask_option_question #q:option_posing]
    —¿Te pegaron con correa o con palo? Si te cuesta hablar, solo dime sí o no con la cabeza, ¿ya? # speaker:officer
    Yanet mira la correa del comisario colgada en la silla y asiente con la cabeza. No sabes a cuál de las dos dijo que sí. # speaker:narrator # mood:anxious
+ [Por la intérprete, despacio y mirándola a ella: «La profesora me contó que te duelen las piernas. ¿Dónde te duele ahora mismo, Yanet?» #do:ask_minimal_facts #q:directive]
    —La profesora me contó que te duelen las piernas. ¿Dónde te duele ahora mismo, Yanet? # speaker:officer
    —Dice que atrás de las piernas. Que le cuesta sentarse en la carpeta. # speaker:interpreter_quechua
+ [Por la intérprete, con voz firme para que aprenda: «¿Por qué no le avisaste a nadie antes, Yanet? Si te pasa algo así, tienes que contarlo.» #do:ask_why_or_blame #q:why_blame]
    —¿Por qué no le avisaste a nadie antes, Yanet? Si te pasa algo así, tienes que contarlo. # speaker:officer
    Yanet agacha la cabeza. La intérprete espera. —No contesta, jefe. # speaker:interpreter_quechua # mood:withdrawn
+ [Por la intérprete, todo de una vez para avanzar: «¿Qué pasó, dónde fue, quién estaba contigo y a qué hora volviste a tu casa ese día?» #do:press_child_to_continue #q:multiple]
    —¿Qué pasó, dónde fue, quién estaba contigo y a qué hora volviste a tu casa ese día? # speaker:officer
    —Dice que no entiende, jefe. Son muchas preguntas juntas. Solo contestó que volvió tarde. # speaker:interpreter_quechua # mood:anxious
+ [Por la intérprete, sin apuro: «Aquí estás segura, Yanet. La profesora y yo te vamos a cuidar. Tómate todo el tiempo que necesites.» #do:build_rapport #q:not_question]
    —Aquí estás segura, Yanet. La profesora y yo te vamos a cuidar. Tómate todo el tiempo que necesites. # speaker:officer
    Yanet mira a la profesora, que le sonríe. Respira hondo y empieza a hablar en quechua. # speaker:narrator # mood:anxious
-
{
- distress >= 8:
    —Manam... # speaker:yanet # mood:withdrawn
    Yanet no dice nada más. Se abraza las rodillas y empieza a llorar sin hacer ruido. # speaker:narrator # mood:crying # event:child_distressed
- else:
    Yanet habla un rato en quechua, muy bajito. La intérprete escucha hasta el final. # speaker:narrator # mood:anxious
    —Dice que su papá se molesta cuando ella llega tarde de pastear las ovejas. Que el domingo le pegó y le dolió mucho. Que no quiere que su papá sepa que vino. # speaker:interpreter_quechua # event:disclosure_started
    Yanet se tapa la cara con las manos y llora. # speaker:narrator # mood:crying # event:child_distressed
}
-> comfort

=== comfort ===
{ distress_streak >= 2:
    -> shut_down
}
+ [Esperar en silencio. Por la intérprete, preguntarle si quiere que la profesora se siente a su lado, y dejarle el agua a su alcance. #do:pause_for_child #do:ask_before_touch]
    Esperas. Nadie habla. La intérprete le pregunta en quechua; Yanet asiente, y la profesora se sienta junto a ella, sin tocarla. Poco a poco, Yanet deja de llorar. # speaker:narrator # mood:anxious
+ [Proponerle un descanso en el patio con la profesora, y antes preguntarle, por la intérprete, si quiere que alguien le dé la mano. #do:pause_for_child #do:ask_before_touch]
    Por la intérprete, le propones salir un rato al patio y le preguntas si quiere que alguien le dé la mano. Yanet dice que sí, la profesora. Al volver, ya no llora. # speaker:narrator # mood:anxious
+ [Abrazarla fuerte, como a una hija, y acariciarle las trenzas: «Ya, mamita, ya pasó. Aquí nadie te va a hacer daño; conmigo estás segura.» #do:touch_without_consent]
    —Ya, mamita, ya pasó. Aquí nadie te va a hacer daño; conmigo estás segura. # speaker:officer
    Yanet se pone rígida entre tus brazos. Cuando la sueltas, se arrima a la pared. # speaker:narrator # mood:scared
- -> minimal_facts

=== minimal_facts ===
{ distress_streak >= 2:
    -> shut_down
}
La profesora le alcanza un pañuelo. Afuera, la plaza se ha quedado en silencio. # speaker:narrator
+ [Por la intérprete: «Solo para cuidarte: ¿quiénes viven en tu casa, y tu papá está ahí ahora? Lo demás lo contarás una sola vez.» #do:ask_minimal_facts #do:defer_account_to_single_interview]
    —Solo para cuidarte: ¿quiénes viven en tu casa, y tu papá está ahí ahora? Lo demás lo contarás una sola vez. # speaker:officer
    —Dice que vive con su papá y su abuelita. Que su papá está en la casa. Que su mamá está en la costa y la llama los domingos. # speaker:interpreter_quechua
    Lo anotas con sus palabras. # speaker:narrator # sfx:paper
+ [Por la intérprete, para llenar la ficha de valoración de riesgo: desde cuándo le pega, cuántas veces, con qué y en qué partes del cuerpo. #do:ask_for_details]
    Yanet mira a la intérprete y no contesta. La intérprete baja la voz: «Jefe, así la va a lastimar más. Eso se lo preguntarán en la Cámara Gesell». # speaker:narrator # mood:withdrawn
+ [Como le cuesta hablar, pedirle que dibuje lo que pasó en su casa con los colores del rincón, y adjuntar el dibujo al parte. #do:record_interpretation]
    Yanet agarra un color y lo deja. Dibuja una oveja. No dibuja nada más. En el parte escribes «la menor grafica el maltrato». # speaker:narrator # mood:withdrawn
- -> medical

=== medical ===
{ distress_streak >= 2:
    -> shut_down
}
La profesora consigue el número de la mamá de Yanet. La mamá contesta desde la costa y, al entender, llora. Dice que viajará esta noche. # speaker:narrator # sfx:phone # phase:protection
+ [Pedir el examen a Medicina Legal con el permiso de la mamá por teléfono, y explicarle a Yanet que la doctora la verá solo si ella quiere. #do:request_forensic_exam #do:leave_exam_to_professionals]
    La mamá da su permiso por teléfono. Por la intérprete, le explicas a Yanet que una doctora podría ver sus piernas solo si ella quiere, que puede tener a la profesora al lado y pedir que paren. # speaker:narrator
    —Dice que sí, si la profesora entra con ella. # speaker:interpreter_quechua
    Yanet asiente, seria. # speaker:narrator # mood:calm
+ [Por la intérprete: «Ahorita vamos al médico legista. Es obligatorio para la denuncia, pero es rapidito, no te va a doler.» #do:force_forensic_exam]
    —Ahorita vamos al médico legista. Es obligatorio para la denuncia, pero es rapidito, no te va a doler. # speaker:officer
    La intérprete traduce. Yanet se pone a temblar y se agarra de la lliclla. # speaker:narrator # mood:scared
+ [Por la intérprete: «Mañana, con tu mamá, te puede ver una doctora de Medicina Legal, solo si tú quieres.» Y pedir el examen para mañana. #do:request_forensic_exam #do:leave_exam_to_professionals]
    Pides el examen para mañana. Por la intérprete, le explicas a Yanet que irá con su mamá, que una doctora podría ver sus piernas solo si ella quiere, y que puede pedir que paren. # speaker:narrator
    —Dice que sí, si va su mamá. # speaker:interpreter_quechua
    Yanet asiente, seria. # speaker:narrator # mood:calm
- -> risk


=== risk ===
{ distress_streak >= 2:
    -> shut_down
}
Mientras la intérprete y la profesora acompañan a Yanet, vuelves a la oficina. Son casi las tres. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Llenar la ficha de valoración de riesgo y mandarla con oficio al Juzgado de Familia, pidiendo medidas de protección para Yanet. #do:assess_risk #do:request_protective_measures]
    En la ficha marcas lo que sabes: el papá vive con ella, la tía presiona, la mamá está lejos. # speaker:narrator # sfx:paper
    -> shared_family_court("que don Félix no se acerque a su hija ni a la casa donde ella duerma") ->
+ [Llenar la ficha de riesgo y citar para mañana a don Félix, para que firme delante de su hija un acta de compromiso de buen trato. #do:assess_risk #do:arrange_confrontation]
    Llenas la ficha y llamas a la casa de don Félix. Queda en venir mañana a las nueve a firmar el acta. # speaker:narrator # sfx:phone
    -> family_meeting
+ [«Profesora, vuelva mañana con la mamá y llenamos con ella la ficha y el oficio al juzgado; así la mamá firma y nada sale observado.» #do:defer_or_redirect]
    ~ no_measures = true
    —Profesora, vuelva mañana con la mamá y llenamos con ella la ficha y el oficio al juzgado; así la mamá firma y nada sale observado. # speaker:officer
    La profesora asiente, sin mucha convicción. # speaker:narrator
- -> statement

=== statement ===
{ distress_streak >= 2:
    -> shut_down
}
El comisario se asoma a la oficina. # speaker:narrator # scene:office # ambient:quiet_room # sfx:footsteps
—¿Y la manifestación de la niña? Aprovechen que está la intérprete y tómensela ahorita, para el atestado. # speaker:commander
+ [«No pues, comisario. Esto es delito: lo comunico a la Fiscalía Penal y le pido que coordine su entrevista única en Cámara Gesell.» #do:notify_criminal_prosecutor #do:arrange_single_interview]
    —No pues, comisario. Esto es delito: lo comunico a la Fiscalía Penal y le pido que coordine su entrevista única en Cámara Gesell. # speaker:officer
    -> shared_call_criminal_prosecutor("agresiones contra una niña de once años por su padre, en el grupo familiar", "15:20") ->
    -> shared_single_interview ->
    Pides que la intérprete esté también en la Cámara Gesell. # speaker:narrator
+ [«Hoy ya está cansada, comisario. Aviso a la Fiscalía Penal y la cito el lunes, con la intérprete, para tomarle aquí su manifestación.» #do:notify_criminal_prosecutor #do:schedule_station_statement]
    ~ station_statement = true
    —Hoy ya está cansada, comisario. Aviso a la Fiscalía Penal y la cito el lunes, con la intérprete, para tomarle aquí su manifestación. # speaker:officer
    -> shared_call_criminal_prosecutor("agresiones contra una niña de once años por su padre, en el grupo familiar", "15:20") ->
    El comisario anota la cita en el cuaderno. # speaker:narrator # sfx:paper
+ [Darle la razón al comisario y pedirle a la intérprete que Yanet cuente todo de nuevo, desde el principio, para que conste en el acta. #do:ask_child_to_repeat]
    —Tiene razón, comisario. Que la intérprete le pida que cuente todo de nuevo, desde el principio, y lo escribimos completo en el acta. # speaker:officer
    La intérprete traduce. Yanet mira a la profesora y no dice nada. Al final dice, en pocas palabras, lo del domingo, y vuelve a llorar. # speaker:narrator # mood:crying
- -> closing

=== closing ===
Antes de que se decida dónde pasará la noche, Yanet se sienta otra vez en la alfombra, con la intérprete y la profesora. # speaker:narrator # scene:waiting_area # ambient:quiet_room # phase:closure
+ [Por la intérprete: decirle que mañana llega su mamá, que la verán una doctora y una psicóloga, y que una señorita del CEM la acompañará. #do:explain_next_steps #do:refer_to_cem]
    Por la intérprete, le explicas qué pasa ahora: que esta noche no la dejarán sola, que su mamá llega mañana, que una doctora y luego una psicóloga la verán una sola vez, y que una señorita del CEM, el Centro Emergencia Mujer, la va a acompañar. Al final le dices: «Sulpayki, Yanet». # speaker:narrator
    { trust >= 5:
        Yanet pregunta algo en quechua, muy bajito. # speaker:narrator # mood:anxious
        —Pregunta si su papá se va a molestar con ella. # speaker:interpreter_quechua
        Le dices la verdad: que de eso se van a encargar los adultos, y que ella no hizo nada malo. # speaker:narrator # mood:relieved
        —Arí —dice Yanet. # speaker:yanet # mood:calm
    - else:
        Yanet escucha sin mirarte. Cuando la intérprete termina, asiente una sola vez. # speaker:narrator # mood:withdrawn
    }
+ [«Listo, Yanet, ya terminamos. Anda nomás con la señorita, que ella te explica todo en el camino. Gracias por venir, ¿ya?» #do:end_abruptly]
    —Listo, Yanet, ya terminamos. Anda nomás con la señorita, que ella te explica todo en el camino. Gracias por venir, ¿ya? # speaker:officer
    La intérprete no alcanza a traducir. Yanet se queda en la alfombra sin saber qué va a pasar con ella. # speaker:narrator # mood:scared
+ [Por la intérprete, explicarle lo que sigue y prometerle: «Tu papá no te va a volver a pegar nunca más. Eso te lo aseguro yo.» #do:explain_next_steps #do:promise_outcome]
    —Tu papá no te va a volver a pegar nunca más. Eso te lo aseguro yo. # speaker:officer
    La intérprete duda, y traduce. Yanet abre mucho los ojos. —¿Chiqaqchu? —pregunta: ¿de verdad? # speaker:narrator # mood:anxious
- -> tonight

=== tonight ===
La tarde se acaba. La fiscal de familia ha avisado a la UPE, la Unidad de Protección Especial. Alguien tiene que decidir dónde dormirá Yanet esta noche; la tía sigue esperando en la oficina del fondo. # speaker:narrator # scene:office # ambient:quiet_room # phase:protection
+ [«Llamemos a la UPE: que la trabajadora social vea a la abuela materna, doña Felícitas, y que Yanet duerma con ella hasta que llegue su mamá.» #do:contact_child_protection #do:release_to_safe_carer]
    —Llamemos a la UPE: que la trabajadora social vea a la abuela materna, doña Felícitas, y que Yanet duerma con ella hasta que llegue su mamá. # speaker:officer
    La trabajadora social de la UPE llega a las seis. Conversa con la abuela materna de Yanet, doña Felícitas, que vive a dos cuadras de la plaza. Ramos revisa que la tía no espere en la puerta. # speaker:narrator # sfx:door # arrives:colleague_m
    -> court_report
+ [Dejar que la tía se la lleve esta noche, con un acta firmada en la que se compromete a cuidarla y a responder ante la Fiscalía. #do:release_to_suspect]
    —Firme aquí, señora: se compromete a cuidarla. Si a la niña le pasa algo, usted responde ante la Fiscalía. # speaker:officer
    La tía firma el papel sin leerlo y sale con Yanet de la mano. # speaker:narrator # sfx:door
    -> back_home
+ [«Profesora, déjela en su casa de camino, por favor. La denuncia ya está en la fiscalía y mañana temprano la visita la UPE.» #do:send_home_unassessed]
    —Profesora, déjela en su casa de camino, por favor. La denuncia ya está en la fiscalía y mañana temprano la visita la UPE. # speaker:officer
    La profesora te mira un momento, pero no dice nada. # speaker:narrator
    -> back_home
+ [Que duerma en su casa, pero en el cuarto de su abuelita, y que su mamá llame a don Félix desde la costa para que no la toque. #do:release_to_suspect]
    La mamá llama a don Félix. Él le dice que sí, que no le va a hacer nada, que no exagere. # speaker:narrator # sfx:phone
    -> back_home

=== court_report ===
Ya es de noche. Te sientas a terminar el informe policial para el Juzgado de Familia: las veinticuatro horas corren desde que llegó la profesora. # speaker:narrator # scene:office # ambient:night_shift # phase:documentation
La suboficial Huamán te pregunta si lo manda así: todavía no tiene la dirección de don Félix ni ha revisado si hay denuncias anteriores. # speaker:narrator # arrives:colleague_f
+ [Completar el informe: datos y direcciones de Yanet, de la profesora y de don Félix, los hechos, la ficha y las denuncias previas. #do:send_complete_court_report]
    Huamán consigue la dirección por la profesora y revisa el sistema. El informe sale completo al juzgado a las nueve de la noche. # speaker:narrator # sfx:paper # arrives:colleague_f
+ [«Mándelo así nomás, Huamán, con la ficha y el oficio; la dirección de don Félix y sus antecedentes los pide el juzgado si hacen falta.» #do:send_incomplete_court_report]
    ~ report_incomplete = true
    El informe sale sin la dirección de don Félix y sin revisar sus antecedentes. # speaker:narrator # sfx:paper
+ [Guardar el informe hasta que llegue la mamá desde la costa, para que dé las direcciones y firme; así el juzgado lo recibe completo. #do:send_incomplete_court_report]
    ~ report_incomplete = true
    Huamán guarda el informe en el cajón. La mamá llegará en el bus de la madrugada; para cuando lo firme, el plazo ya habrá vencido. # speaker:narrator # sfx:paper # arrives:colleague_f
- -> outcome

=== outcome ===
{ no_measures:
    -> measures_late
}
-> protected_end

=== protected_end ===
Yanet duerme esa noche en casa de su abuela Felícitas. Su mamá llega en el bus de la madrugada. # speaker:narrator # scene:front_desk # ambient:night_shift
{ report_incomplete:
    Sin el informe completo, el juzgado tarda dos días más en dictar medidas de protección. Desde entonces, don Félix no puede acercarse a su hija mientras dure el caso. # speaker:narrator
- else:
    Al día siguiente, el Juzgado de Familia dicta medidas de protección: don Félix no puede acercarse a su hija mientras dure el caso. La escuela y la DEMUNA quedan avisadas. # speaker:narrator
}
{ station_statement:
    El lunes, Yanet vuelve a la comisaría a contar todo otra vez. Después tendrá que contarlo de nuevo en la Cámara Gesell. # speaker:narrator
- else:
    Yanet va a Medicina Legal con su mamá y la profesora. Una psicóloga la escucha una sola vez, con la intérprete, en la Cámara Gesell. # speaker:narrator
}
Dos semanas después, la profesora Elena la ve jugar en el recreo. Todavía habla poco, pero ha vuelto a la escuela. # speaker:narrator # mood:calm # ending:protected_with_grandmother
-> END

=== measures_late ===
Yanet duerme esa noche en casa de su abuela. Su mamá llega en el bus de la madrugada. # speaker:narrator # scene:front_desk # ambient:night_shift
El oficio al juzgado sale de la comisaría tres días después. Nadie pidió medidas de protección a tiempo. # speaker:narrator
Cuando la mamá tiene que volver a trabajar, don Félix va a buscar a Yanet a la casa de la abuela. Ninguna orden se lo impide. # speaker:narrator # mood:scared # ending:at_risk_no_protective_measures
-> END

=== sent_back ===
La profesora se queda callada un momento. Luego toma a Yanet de la mano y salen. # speaker:narrator # sfx:door
Esa tarde, Yanet vuelve a su casa como todos los días. La profesora no sabe a quién más acudir. # speaker:narrator
Yanet falta a la escuela el resto de la semana. Cuando regresa, usa pantalón debajo de la pollera, aunque no haga frío. # speaker:narrator # ending:at_risk_sent_back
-> END

=== photographed_end ===
La noticia llega al pueblo antes que la niña: «en la comisaría la han hecho mostrar las piernas». # speaker:narrator
Desde ese momento, Yanet no deja que nadie la examine, ni en Medicina Legal ni en la posta. En la Cámara Gesell, con la intérprete, solo dice «manam». # speaker:narrator # mood:withdrawn # ending:harmed_exposed_to_exam
-> END

=== aunt_version ===
Con esa versión, el parte dice «lesiones por caída accidental». Esa tarde, la tía se lleva a Yanet a su casa. # speaker:narrator # sfx:door
En la Cámara Gesell, semanas después, Yanet repite lo mismo: se cayó en el cerro, pasteando. La fiscalía archiva el caso. # speaker:narrator # mood:withdrawn # ending:harmed_aunt_interpreted
-> END

=== family_meeting ===
Don Félix llega con su poncho de autoridad y saluda a todos por su nombre. Se sienta frente a su hija y promete, en voz alta, que no volverá a pasar. # speaker:narrator
Yanet escucha sin levantar la vista. Le preguntan si está de acuerdo. # speaker:narrator # mood:withdrawn
—Arí. # speaker:yanet # mood:withdrawn
Don Félix firma el acta de compromiso y se lleva a su hija a la casa. # speaker:narrator # sfx:door # ending:harmed_confronted_with_father
-> END

=== handled_in_family ===
La tía firma la constancia y se lleva a Yanet de la mano. La profesora las ve irse desde la puerta. # speaker:narrator # sfx:door
Ninguna fiscalía recibe el caso. En la escuela, Yanet ya no se cambia para educación física. # speaker:narrator # ending:at_risk_handled_in_family
-> END

=== back_home ===
Yanet sale de la comisaría cuando ya oscurece. Esa noche duerme en la casa de su papá. # speaker:narrator # sfx:door
Don Félix ya sabe que hubo denuncia: la tía se lo contó. Nadie se aseguró de que Yanet estuviera a salvo ahí. # speaker:narrator
Al día siguiente Yanet no va a la escuela. Ni al otro. # speaker:narrator # ending:at_risk_back_with_father
-> END

=== shut_down ===
Yanet esconde la cara entre las rodillas y deja de contestar, en quechua y en castellano. # speaker:narrator # mood:withdrawn
—Manam... manam. # speaker:yanet # mood:withdrawn
Ya no hay forma de seguir: cada pregunta la hunde más. El comisario da por terminada la atención y el parte sale como está, con dos líneas; nadie sabe si en su casa está segura. # speaker:narrator
Esa noche Yanet duerme en la casa de su papá. Cuando la citan a la Cámara Gesell, no dice nada. # speaker:narrator # ending:harmed_silenced
-> END
