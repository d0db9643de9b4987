// Jhon (es): finales.

=== ending_protected ===
Esa noche Jhon duerme en un colchón en el piso de su tía Marleni, con la linterna de Huamán bajo la almohada. # speaker:narrator
El juzgado de familia dicta las medidas al día siguiente: Richard no puede acercarse a Lucy ni a los niños. La policía se lo notifica. # speaker:narrator
{ distress >= 6:
    Jhon sigue mirando la puerta cada vez que alguien toca. La psicóloga del CEM lo ve cada semana. # speaker:narrator # mood:anxious
- else:
    En el CEM, la psicóloga le pregunta qué le gusta. Jhon dice que el fútbol. Por primera vez en mucho tiempo, juega con la pelota sin mirar la puerta. # speaker:narrator # mood:relieved
}
Un mes después, Lucy alquila un cuarto cerca de la casa de su hermana. Jhon ya no dice que fue su culpa. # speaker:narrator # ending:protected_aunt
-> END

=== child_shutdown ===
Jhon se levanta, agarra a su hermana dormida como puede y se va a la puerta. # speaker:narrator # mood:angry
—Nos vamos, mamá. Aquí no nos ayudan. # speaker:jhon # mood:angry
Lucy lo sigue. Se van sin terminar la denuncia. Desde esa noche, Jhon decide que los policías no sirven para nada; la próxima vez no dejará que su mamá llame. # speaker:narrator # sfx:door # ending:harmed_shutdown
-> END

=== ending_walked_out ===
Lucy se levanta y carga a Yuliana. # speaker:narrator # mood:withdrawn
—Mejor me voy. Ya veré cómo hago. # speaker:lucy
Esa noche duermen en la casa de una vecina. Al día siguiente, Richard va a buscarlos. Lucy vuelve con él. # speaker:narrator # sfx:door # ending:at_risk_walked_out
-> END

=== ending_turned_away ===
Lucy sale con los dos niños a la calle. Son casi las doce. # speaker:narrator # sfx:door
No tienen a dónde ir. A la una de la mañana vuelven a la casa, donde Richard duerme en el sillón. Jhon se queda despierto toda la noche, sentado junto a la puerta del cuarto de su hermana. # speaker:narrator # mood:scared # ending:at_risk_turned_away
-> END

=== ending_father_came ===
A las doce y media se abre la puerta de la comisaría. Es Richard, borracho, gritando el nombre de Lucy. # speaker:narrator # scene:front_desk # sfx:door
Jhon lo ve desde la banca. Se pone delante de su mamá y de su hermana. Entre tres policías lo sujetan, delante de los niños. # speaker:narrator # mood:scared
Desde esa noche, Jhon se despierta con cualquier ruido. # speaker:narrator # ending:harmed_father_came
-> END

=== ending_saw_arrest ===
Jhon ve a su papá esposado, con la camisa rota, entre dos policías. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # sfx:footsteps # mood:crying
Al verlo, Richard le grita que todo es culpa de él. # speaker:narrator
Lo grita una sola vez. Jhon se lo repite a sí mismo durante meses. # speaker:narrator # mood:withdrawn # ending:harmed_saw_arrest
-> END

=== ending_withdrawn ===
—Tiene razón. Mañana se le pasa. # speaker:lucy
Lucy no firma nada. Pasa la noche en casa de una vecina y al día siguiente vuelve con Richard, que le pide perdón. # speaker:narrator # sfx:door
Jhon guarda la pelota en el fondo del ropero. Ya no juega en la casa. # speaker:narrator # mood:withdrawn # ending:at_risk_withdrawn
-> END

=== ending_home ===
Lucy y los niños vuelven a la casa a la una de la mañana. # speaker:narrator # sfx:door
A los dos días, Richard sale libre. Nadie le ha dicho que no puede volver. Toca la puerta con una bolsa de pan, como si nada. # speaker:narrator # mood:scared # ending:at_risk_home
-> END

=== ending_drawer ===
El parte pasa la noche en la bandeja. Richard sale al día siguiente: el fiscal de familia no sabe que hay niños en el caso. # speaker:narrator # scene:front_desk
Lucy y los niños se quedan donde Marleni una semana. Después, sin medidas ni nadie que la llame, Lucy vuelve a la casa. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_no_measures ===
Lucy y los niños duermen donde Marleni. # speaker:narrator
Sin medidas de protección, cuando Richard sale, nada le impide ir a buscarlos. Lo hace al tercer día, a la salida del colegio de Jhon. # speaker:narrator # mood:scared # ending:at_risk_no_measures
-> END

=== ending_left_alone ===
En la calle, Lucy llama a su hermana; no contesta. Se sientan en la banca del parque, frente a la comisaría, con Yuliana dormida. # speaker:narrator # scene:front_desk # sfx:phone
Un mototaxi se detiene delante de ellos. Es el hermano de Richard. # speaker:narrator # mood:scared # ending:at_risk_left_alone
-> END

=== ending_followed ===
Lucy sale con los niños por la puerta principal. El mototaxi del hermano de Richard arranca detrás de ellos. # speaker:narrator # sfx:door
Los sigue hasta la casa de Marleni. Al día siguiente, toda la familia de Richard sabe dónde están. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END
