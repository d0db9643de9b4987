// Jhon (es): finales.

=== resolution ===
// Después de una salida segura, el final muestra lo que quedó hecho y lo que no.
{
- father_seen:
    -> ending_saw_arrest
- father_free:
    -> ending_father_came
- not measures_asked:
    -> ending_no_measures
- not family_informed:
    -> ending_drawer
- not exam_done || not arm_cared:
    -> ending_unexamined
- else:
    -> ending_protected
}

=== ending_protected ===
Esa noche Jhon duerme en un colchón en el piso de su tía Marleni, con la linterna de Huamán bajo la almohada. # speaker:narrator # arrives:colleague_f
El juzgado de familia dicta las medidas al día siguiente: Richard no puede acercarse a Lucy ni a los niños. La policía se lo notifica. # speaker:narrator
{ distress >= 6:
    Jhon sigue mirando la puerta cada vez que alguien toca. La psicóloga del CEM lo ve cada semana. # speaker:narrator # mood:anxious
- else:
    En el CEM, la psicóloga le pregunta qué le gusta. Jhon dice que el fútbol. Por primera vez en mucho tiempo, juega con la pelota sin mirar la puerta. # speaker:narrator # mood:relieved
}
Un mes después, Lucy alquila un cuarto cerca de la casa de su hermana. Jhon ya no dice que fue su culpa. # speaker:narrator # ending:protected_aunt
-> END

=== child_shutdown ===
Jhon se sienta en el piso, en la esquina, abrazado a su hermana dormida. Ya no contesta a nadie con uniforme; cuando le hablas, se tapa los oídos. # speaker:narrator # mood:withdrawn
—Que me atienda otra persona, por favor —le pide Lucy al comisario. # speaker:lucy
El comisario te releva del caso. Huamán sigue con la familia el resto de la noche. Desde entonces, Jhon decide que los policías no ayudan; la próxima vez no dejará que su mamá llame. # speaker:narrator # sfx:door # ending:harmed_shutdown # arrives:colleague_f
-> END

=== ending_turned_away ===
Lucy sale con los dos niños a la calle. Son casi las doce. # speaker:narrator # sfx:door # leaves:lucy
No tienen a dónde ir. A la una de la mañana vuelven a la casa, donde Richard duerme en el sillón. Jhon se queda despierto toda la noche, sentado junto a la puerta del cuarto de su hermana. # speaker:narrator # mood:scared # ending:at_risk_turned_away
-> END

=== ending_withdrawn ===
—Tiene razón. Mañana se le pasa. # speaker:lucy
Lucy no firma nada. Pasa la noche en casa de una vecina y al día siguiente vuelve con Richard, que le pide perdón. # speaker:narrator # sfx:door # arrives:lucy
Jhon guarda la pelota en el fondo del ropero. Ya no juega en la casa. # speaker:narrator # mood:withdrawn # ending:at_risk_withdrawn
-> END

=== ending_home ===
Lucy y los niños vuelven a la casa a la una de la mañana. # speaker:narrator # sfx:door # arrives:lucy
A los dos días, Richard sale libre. Nadie le ha dicho que no puede volver. Toca la puerta con una bolsa de pan, como si nada. # speaker:narrator # mood:scared # ending:at_risk_home
-> END

=== ending_followed ===
Lucy sale con los niños por la puerta principal. El mototaxi del hermano de Richard arranca detrás de ellos. # speaker:narrator # sfx:door # leaves:lucy
Los sigue hasta la casa de Marleni. Al día siguiente, toda la familia de Richard sabe dónde están. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_saw_arrest ===
Esa noche Jhon duerme donde su tía Marleni, pero se despierta cada hora. # speaker:narrator
Lo que su papá le gritó en el hall lo dijo una sola vez. Jhon se lo repite a sí mismo durante meses. # speaker:narrator # mood:withdrawn # ending:harmed_saw_arrest
-> END

=== ending_father_came ===
Esa noche Jhon duerme donde su tía Marleni. # speaker:narrator
Nadie fue a buscar a Richard a tiempo: fue él quien llegó a la comisaría, gritando el nombre de Lucy, mientras Jhon lo oía desde la sala. Desde esa noche, Jhon se despierta con cualquier ruido en la puerta. # speaker:narrator # mood:scared # ending:harmed_father_came
-> END

=== ending_no_measures ===
Lucy y los niños duermen donde Marleni. # speaker:narrator
Nadie envió la ficha al juzgado esa noche. Sin medidas de protección, cuando Richard sale, nada le impide ir a buscarlos. Lo hace al tercer día, a la salida del colegio de Jhon. # speaker:narrator # mood:scared # ending:at_risk_no_measures
-> END

=== ending_drawer ===
Lucy y los niños duermen donde Marleni. # speaker:narrator
La Fiscalía de Familia no sabe que hay dos niños en el caso. Nadie evalúa cómo están Jhon y Yuliana, nadie los cita a la entrevista única; en el expediente solo figura Lucy. Cuando Richard sale, pide ver a sus hijos, y nadie tiene con qué decirle que no. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_unexamined ===
Lucy y los niños duermen donde Marleni. # speaker:narrator
{ arm_cared:
    Sin el reconocimiento médico legal de Jhon, en el expediente su brazo no existe: figura solo como testigo, y la fiscal no pide nada para él. # speaker:narrator # mood:withdrawn
- else:
    Nadie le vio el brazo esa noche. Una semana después, en el colegio, la profesora nota que no puede escribir: tiene una fisura. En el expediente, Jhon figura solo como testigo. # speaker:narrator # mood:withdrawn
}
Cuando Richard sale, vuelve a llamar a Lucy todas las noches. # speaker:narrator # ending:at_risk_unexamined # leaves:lucy
-> END
