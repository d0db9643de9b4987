# case: family_violence_10
# title: Jhon, la noche en que defendió a su mamá
# summary: Turno de noche: llega con su madre herida y su hermanita; el padre, ebrio, sigue en casa.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, check_urgent_needs, dispatch_patrol, gather_facts_from_adult, register_report, assess_risk, counter_self_blame, request_forensic_exam, notify_family_prosecutor, request_protective_measures, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-03, REC-04, ENV-01, ENV-02, COM-04, DIS-04, DIS-05, PRO-01, PRO-03, PRO-04, PRO-08, REF-02, REF-04, CLO-01, CLO-02, CLO-03
# trust: 3
# distress: 6
# content_note: Un niño de diez años llega de noche con su madre, que tiene el labio partido, y su hermana pequeña. El padre, ebrio, los ha agredido en casa. Hay lesiones visibles y alcohol; no se muestra la violencia.
# lang: es

VAR trust = 3
VAR distress = 6

INCLUDE es/night.ink
INCLUDE es/endings.ink
INCLUDE ../_shared/es/call_family_prosecutor.ink
INCLUDE ../_shared/es/call_criminal_prosecutor.ink
INCLUDE ../_shared/es/family_court.ink
INCLUDE ../_shared/es/helplines.ink
INCLUDE ../_shared/es/do_not_question.ink

-> arrival

=== arrival ===
Comisaría Villa Esperanza, 23:05. Turno de noche. La sala de espera está vacía; en la radio se oyen las unidades del serenazgo. # speaker:narrator # scene:front_desk # ambient:night_shift # phase:reception
Entra una mujer con una niña dormida en brazos y un niño agarrado de su chompa. Tiene el labio partido y sangra un poco. El niño se sostiene el antebrazo contra el pecho. # speaker:narrator # event:urgent_need
—Buenas noches. Vengo a denunciar a mi pareja. Me llamo Lucy. Él es Jhon, y ella es Yuliana. # speaker:lucy
Jhon mira la puerta de la calle cada pocos segundos. # speaker:narrator # mood:anxious
+ [«¿Están heridos? ¿Dónde está él ahora? ¿Hay alguien más en peligro?» #do:check_urgent_needs #do:attend_immediately]
    —Señora, la atiendo ahora mismo. ¿Están heridos? ¿Dónde está él ahora? ¿Queda alguien más en la casa? # speaker:officer
    —Yo estoy bien, es el labio nomás. A Jhon le agarró el brazo. Él está en la casa, a dos cuadras, tomado. No hay nadie más. # speaker:lucy
    Le alcanzas a Lucy una gasa del botiquín. # speaker:narrator
    -> patrol
+ [«Siéntese, señora. Primero sus datos: nombre completo, DNI y dirección.» #do:paperwork_first #do:attend_immediately]
    —Siéntese, señora. Primero sus datos: nombre completo, DNI y dirección. # speaker:officer
    Lucy intenta dictar su DNI; una gota de sangre cae sobre el formulario. Jhon jala la chompa de su mamá. # speaker:narrator # sfx:paper
    —Mi papá está en la casa. A dos cuadras. # speaker:jhon # mood:scared
    -> patrol
+ [«A esta hora solo atendemos emergencias. Mañana venga a la sección de Familia.» #do:defer_or_redirect]
    —A esta hora solo atendemos emergencias, señora. Mañana temprano venga a la sección de Familia. # speaker:officer
    Lucy mira a sus hijos. Jhon ya está jalándola hacia la puerta. # speaker:narrator # mood:scared
    -> ending_turned_away

=== patrol ===
—Rompió la tele —dice Lucy—. Y dijo que si lo denunciaba, iba a ser peor. # speaker:lucy
+ [Confirmar que nadie más corre peligro y, por radio, mandar la unidad al domicilio a intervenir al agresor en flagrancia. Los niños se quedan aquí. #do:check_urgent_needs #do:dispatch_patrol]
    —¿Alguien más necesita un médico ahora? ¿Él tiene armas en la casa? # speaker:officer
    —No, nadie más. Armas no. # speaker:lucy
    —Central, aquí Villa Esperanza. Unidad doce al jirón Los Geranios 245: agresor en flagrancia, en estado de ebriedad. La víctima y los niños están en la comisaría. # speaker:officer # sfx:radio
    —Copiado. En camino. # speaker:narrator # sfx:radio
    Jhon escucha la radio sin moverse. # speaker:narrator # mood:anxious
    -> children_place
+ [«Sin la denuncia formal y el certificado de Medicina Legal no podemos ir a su casa.» #do:delay_intervention]
    —Señora, sin la denuncia formal y el certificado de Medicina Legal no podemos ir a su casa. Primero terminamos aquí. # speaker:officer
    -> ending_father_came
+ [«Vamos todos en el patrullero, así usted nos señala la casa.» #do:place_child_near_detainees]
    —Vamos todos en el patrullero, señora, así usted nos señala la casa. # speaker:officer
    -> ending_saw_arrest

=== children_place ===
-> gate ->
Lucy tiene que contar lo que pasó. Jhon no se despega de ella. # speaker:narrator # phase:environment
—Yo me quedo con mi mamá. # speaker:jhon # mood:angry
+ [Llevarlos a la sala de atención: los niños en la salita de juegos con la suboficial Huamán, viendo a su mamá por el vidrio; ustedes en la oficina. #do:move_to_private_room #do:keep_child_out_of_earshot #do:keep_child_in_safe_area]
    —Jhon, tu mamá va a estar aquí al lado, en esa oficina. La vas a poder ver por el vidrio todo el tiempo. Tú y tu hermana se quedan en la salita con la suboficial Huamán. ¿Está bien? # speaker:officer
    Jhon mira el vidrio. Mira a Huamán. Asiente, sin soltar del todo la chompa. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious
    Huamán acomoda a Yuliana, dormida, en un colchoncito. Pone un rompecabezas en la mesa. # speaker:narrator
+ [«Cuénteme aquí nomás, señora. Los chicos están cansados, ni escuchan.» #do:talk_in_public_area #do:let_child_hear_account]
    —Cuénteme aquí nomás, señora. Los chicos están cansados, ni escuchan. # speaker:officer
    Lucy cuenta lo de los golpes en el mostrador. Jhon escucha todo, con la mandíbula apretada. # speaker:narrator # mood:angry
    Al terminar, por fin los llevas a la sala de atención. # speaker:narrator # scene:private_room # ambient:quiet_room
+ [«Que los chicos esperen en la banca del pasillo mientras usted declara.» #do:place_child_near_detainees #do:leave_child_unsupervised]
    —Que los chicos esperen en la banca del pasillo mientras usted declara, señora. # speaker:officer
    La banca está frente a la carceleta. Un detenido golpea la reja. Jhon se pone delante de su hermana dormida, con los puños cerrados. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Huamán los ve al pasar y los lleva a la sala de atención. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:footsteps
- -> arm

=== arm ===
-> gate ->
Antes de ir a la oficina, ves que Jhon sigue sosteniéndose el antebrazo. Hace una mueca cuando lo mueve. # speaker:narrator
+ [«¿Te duele el brazo? Yo no te voy a tocar. ¿Quieres que te vea una enfermera?» #do:ask_before_touch #do:arrange_medical_care]
    —¿Te duele el brazo, Jhon? Yo no te voy a tocar. ¿Quieres que te vea una enfermera? Hay un centro de salud aquí cerca que atiende toda la noche. # speaker:officer
    —Un poquito... Ya. Pero que vea a mi mamá primero. # speaker:jhon # mood:anxious
    Huamán llama al centro de salud. En quince minutos llega una enfermera que los revisa a los dos y le pone hielo a Jhon. # speaker:narrator # sfx:phone
+ [Subirle la manga para ver el moretón. #do:touch_without_consent]
    Le subes la manga para ver. Jhon retira el brazo de golpe. # speaker:narrator # mood:angry
    —¡No me toques! # speaker:jhon # mood:angry
+ [«Eso no es nada, campeón. Ya se te pasa.» #do:express_doubt_or_shock]
    —Eso no es nada, campeón. Ya se te pasa. # speaker:officer
    Jhon baja el brazo y no vuelve a quejarse en toda la noche. # speaker:narrator # mood:withdrawn
- -> lucy_account

=== gate ===
// Si el niño ya no puede más, el caso termina aquí.
{ distress >= 9:
    -> child_shutdown
}
->->

=== carer_gate ===
// Si la madre ya no confía, se va con sus hijos.
{ distress >= 9:
    -> ending_walked_out
}
->->
