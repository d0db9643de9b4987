# case: family_violence_10
# title: Jhon, la noche en que defendió a su mamá
# summary: Turno de noche: llega con su madre herida y su hermanita; el padre, ebrio, sigue suelto.
# persona: jhon
# age: 10
# type: domestic_violence
# requires: attend_immediately, check_urgent_needs, dispatch_patrol, gather_facts_from_adult, register_report, assess_risk, counter_self_blame, request_forensic_exam, notify_family_prosecutor, request_protective_measures, refer_to_cem, explain_next_steps, brief_carer, release_to_safe_carer, confirm_safe_departure
# key: REC-03, REC-04, ENV-01, ENV-02, COM-04, DIS-04, DIS-05, PRO-01, PRO-03, PRO-04, PRO-08, REF-02, REF-04, CLO-01, CLO-02, CLO-03
# trust: 3
# distress: 5
# content_note: Un niño de diez años llega de noche con su madre, que tiene el labio partido, y su hermana pequeña. El padre, ebrio, los ha agredido en casa. Hay lesiones visibles y alcohol; no se muestra la violencia.
# lang: es

VAR trust = 3
VAR distress = 5
VAR distress_streak = 0
// Lo que el oficial hizo y que la historia recuerda hasta el final.
VAR arm_cared = false
VAR father_free = false
VAR father_seen = false
VAR exam_done = false
VAR family_informed = false
VAR measures_asked = false

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
Entra una mujer con una niña dormida en brazos y un niño agarrado de su chompa. Tiene el labio partido y sangra un poco. El niño se sostiene el antebrazo contra el pecho. # speaker:narrator # event:urgent_need # arrives:lucy
—Buenas noches. Vengo a denunciar a mi pareja. Me llamo Lucy. Él es Jhon, y ella es Yuliana. # speaker:lucy
Jhon mira la puerta de la calle cada pocos segundos. # speaker:narrator # mood:anxious
+ [«Siéntese, señora, ahorita la atiendo. Deme su DNI y su dirección para abrir la denuncia, así avanzamos rápido.» #do:paperwork_first #do:attend_immediately]
    —Siéntese, señora, ahorita la atiendo. Deme su DNI y su dirección para abrir la denuncia. # speaker:officer
    Lucy intenta dictar su DNI; una gota de sangre cae sobre el formulario. Jhon jala la chompa de su mamá. # speaker:narrator # sfx:paper
    —Mi papá está en la casa. A dos cuadras. # speaker:jhon # mood:scared
    -> patrol
+ [«La atiendo ya mismo, señora. ¿Quién está herido? ¿Dónde está él ahorita? ¿Queda alguien más en la casa?» #do:check_urgent_needs #do:attend_immediately]
    —La atiendo ya mismo, señora. ¿Quién está herido? ¿Dónde está él ahorita? ¿Queda alguien más en la casa? # speaker:officer
    —Yo estoy bien, es el labio nomás. A Jhon le agarró el brazo. Él está en la casa, a dos cuadras, tomado. No hay nadie más. # speaker:lucy
    Le alcanzas a Lucy una gasa del botiquín. # speaker:narrator
    -> patrol
+ [«A esta hora no hay personal de la sección Familia, señora. Vuelva mañana a las ocho y la atiende la especialista.» #do:defer_or_redirect]
    —A esta hora no hay personal de la sección Familia, señora. Vuelva mañana a las ocho y la atiende la especialista. # speaker:officer
    Lucy mira a sus hijos. Jhon ya está jalándola hacia la puerta. # speaker:narrator # mood:scared
    -> ending_turned_away

=== patrol ===
—Rompió la tele —dice Lucy—. Y dijo que si lo denunciaba, iba a ser peor. # speaker:lucy
+ [Preguntar si él tiene armas o si queda alguien en la casa, y mandar por radio a la unidad del sector al domicilio. #do:check_urgent_needs #do:dispatch_patrol]
    —¿Tiene armas en la casa? ¿Alguien más necesita un médico ahora? # speaker:officer
    —Armas no. Nadie más. # speaker:lucy
    —Central, aquí Villa Esperanza. Unidad doce al jirón Los Geranios 245: agresor en flagrancia, en estado de ebriedad. La víctima y los niños están aquí. # speaker:officer # sfx:radio
    —Copiado. En camino. # speaker:colleague_m # sfx:radio
    Jhon escucha la radio sin moverse. # speaker:narrator # mood:anxious
+ [«Central, unidad doce al jirón Los Geranios 245: agresor en flagrancia, ebrio. La víctima y los niños se quedan aquí.» #do:dispatch_patrol]
    —Central, aquí Villa Esperanza. Unidad doce al jirón Los Geranios 245: agresor en flagrancia, en estado de ebriedad. La víctima y los niños se quedan aquí. # speaker:officer # sfx:radio
    —Copiado. En camino. # speaker:colleague_m # sfx:radio
    Jhon escucha la radio sin moverse. # speaker:narrator # mood:anxious
+ [«Primero le tomo bien la denuncia, señora; ya con la denuncia firmada, la unidad va a la casa con respaldo de la Fiscalía.» #do:delay_intervention]
    —Primero le tomo bien la denuncia, señora. Ya con la denuncia firmada, la unidad va a la casa con respaldo de la Fiscalía. # speaker:officer
    ~ father_free = true
    Lucy mira la puerta. Jhon también. Nadie sale hacia el jirón Los Geranios. # speaker:narrator # mood:scared
+ [Llevar a Lucy y a los niños en la unidad para que ella señale la casa; así los chicos no se quedan solos en la comisaría. #do:place_child_near_detainees #do:dispatch_patrol]
    —Vamos todos en el patrullero, señora. Usted nos señala la casa. # speaker:officer
    En el jirón Los Geranios la puerta está abierta. Desde la ventanilla, Jhon ve el televisor roto en el piso y a los vecinos mirando. Richard no está. # speaker:narrator # sfx:footsteps # mood:scared
    Vuelven a la comisaría. En todo el camino, Jhon no dice una palabra. # speaker:narrator # mood:withdrawn
- -> arm

=== arm ===
-> gate ->
Jhon sigue sosteniéndose el antebrazo. Hace una mueca cada vez que lo mueve. En la comisaría no hay médico. # speaker:narrator
+ [Arrodillarte a su lado y subirle la manga con cuidado para ver el golpe; después, pedir la camioneta para la emergencia. #do:touch_without_consent #do:arrange_medical_care]
    Te arrodillas junto a él y le subes la manga con cuidado. Jhon retira el brazo de golpe. # speaker:narrator # mood:angry
    —¡No me toques! # speaker:jhon # mood:angry
    -> hospital
+ [«¿Te duele, Jhon? Yo no te voy a tocar. Ahorita te llevamos con tu mamá a la emergencia del hospital, ¿ya?» #do:ask_before_touch #do:arrange_medical_care]
    —¿Te duele, Jhon? Yo no te voy a tocar. Ahorita te llevamos con tu mamá a la emergencia del hospital, para que un doctor te vea. ¿Ya? # speaker:officer
    —Un poquito... Ya. Pero que vean a mi mamá también. # speaker:jhon # mood:anxious
    -> hospital
+ [«Eso no es nada, campeón; un golpecito nomás. Ni el médico legista te va a encontrar algo, mañana ya ni te acuerdas.» #do:express_doubt_or_shock]
    —Eso no es nada, campeón. Un golpecito nomás. Ni el médico legista te va a encontrar algo. # speaker:officer
    Jhon baja el brazo y no vuelve a quejarse en toda la noche. Lucy mira el brazo de su hijo, pero no dice nada. # speaker:narrator # mood:withdrawn # arrives:lucy
    -> children_place

=== hospital ===
~ arm_cared = true
El chofer de guardia y la suboficial Huamán los llevan a la emergencia del hospital, a diez minutos. # speaker:narrator # sfx:door # arrives:colleague_f
Pasada la medianoche vuelven. El médico de guardia le tomó una radiografía a Jhon: no hay fractura, es una contusión fuerte, y le inmovilizó el brazo. A Lucy le curaron el labio. Traen el informe de atención. # speaker:narrator # arrives:lucy
-> children_place

=== children_place ===
-> gate ->
{ not father_free:
    La unidad doce llama por radio: en la casa no había nadie. Buscan a Richard por la zona. # speaker:narrator # sfx:radio
}
Lucy tiene que contar lo que pasó. Jhon no se despega de ella. # speaker:narrator # phase:environment
—Yo me quedo con mi mamá. # speaker:jhon # mood:angry
+ [Pasar todos a la sala de atención: los niños, en el rincón de juegos con Huamán, viendo a su mamá por el vidrio; ella, contigo. #do:move_to_private_room #do:keep_child_in_safe_area]
    —Jhon, tu mamá va a estar aquí al lado, detrás de ese vidrio. La vas a poder ver todo el tiempo. Tú y tu hermana se quedan con la suboficial Huamán. ¿Está bien? # speaker:officer
    Jhon mira el vidrio. Mira a Huamán. Asiente, sin soltar del todo la chompa. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious # arrives:colleague_f
    Huamán acomoda a Yuliana, dormida, en un colchoncito. Pone un rompecabezas en la mesa. # speaker:narrator # arrives:colleague_f
+ [«Jhon, ahorita tu mamá va a estar en la oficina de al lado; si la llamas, sale al toque. Tú y tu hermana se quedan con Huamán.» #do:move_to_private_room #do:keep_child_in_safe_area]
    —Jhon, ahorita tu mamá va a estar en la oficina de al lado. Si la llamas, sale al toque. Tú y tu hermana se quedan aquí con la suboficial Huamán. # speaker:officer
    Jhon se asoma a la oficina, mira la silla donde se va a sentar su mamá y vuelve. Huamán pone un rompecabezas en la mesa. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:door # mood:anxious # arrives:colleague_f
+ [«Que Jhon se quede a su lado, señora, si así está más tranquilo. Esta noche ya pasó bastante; no lo separemos de usted.» #do:let_child_hear_account]
    —Que Jhon se quede a su lado, señora, si así está más tranquilo. No lo separemos de usted. # speaker:officer
    Lucy cuenta lo de los golpes con Jhon pegado a su brazo. Él lo escucha todo otra vez, con la mandíbula apretada. # speaker:narrator # mood:angry
    Al terminar, Huamán se lleva a los niños a la sala de atención. # speaker:narrator # scene:private_room # ambient:quiet_room # leaves:colleague_f
+ [Dejar a los chicos en la banca del pasillo mientras Lucy declara; así ella habla tranquila y terminan más rápido. #do:place_child_near_detainees #do:leave_child_unsupervised]
    —Que los chicos esperen en la banca del pasillo, señora. Así usted declara tranquila. # speaker:officer
    La banca está frente a la carceleta. Un detenido golpea la reja. Jhon se pone delante de su hermana dormida, con los puños cerrados. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Huamán los ve al pasar y los lleva a la sala de atención. # speaker:narrator # scene:private_room # ambient:quiet_room # sfx:footsteps # arrives:colleague_f
- -> lucy_account

=== gate ===
// Solo el daño sostenido termina el caso: dos decisiones seguidas con Jhon en angustia 9 o más.
{ distress_streak >= 2:
    -> child_shutdown
}
->->
