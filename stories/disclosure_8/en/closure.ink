// Milagros (en): closing, departure and endings.

=== closing_child ===
It's dark outside now. Milagros shows her mother the drawing she did with Huamán: a house with a tree. # speaker:narrator # scene:private_room # phase:closure # arrives:colleague_f
—Are we going now? Where are we going to go? # speaker:milagros # mood:anxious
+ ["Nobody's going to hurt you now: the judge will put him in prison and you'll never see him again, I swear." #do:explain_next_steps #do:promise_outcome]
    —Nobody's going to hurt you now, Milagros. Tonight you sleep with your mum at your grandma's, the judge will put him in prison and you'll never see him again. I swear. # speaker:officer
    Milagros looks at you, very serious. —And what if the judge doesn't want to? # speaker:milagros # mood:anxious
+ [Crouch to her level, tell her where she'll sleep tonight and who will listen to her later, and hand her back to her mum. #do:explain_next_steps #do:release_to_safe_carer]
    —Milagros, thank you for being so brave today. Tonight you're going to sleep at your grandma Teodora's house, with your mum. Tomorrow a doctor will see you, if you want. And in a few days a lady will listen to you, just once, in a nice room. Do you want to ask me anything? # speaker:officer
    —Can I take my drawing? # speaker:milagros # mood:relieved
    —Of course you can. Now go to your mum. # speaker:officer
    Milagros runs to Carmen's lap, the drawing in her hand. # speaker:narrator # mood:relieved
+ [Tell her she's sleeping at her grandma's tonight and promise her that Wilber will never come back to her house. #do:explain_next_steps #do:promise_outcome]
    —Tonight you're sleeping at your grandma's, and Wilber is never coming back to your house. I promise, my love. # speaker:officer
    —Never ever? # speaker:milagros # mood:anxious
- -> rights_note

=== rights_note ===
While Milagros shows Huamán her drawing, Carmen signs the record. Her hand is shaking. # speaker:narrator # sfx:paper # arrives:colleague_f
—Sorry, officer... With all this, I won't remember half of what you've told me. # speaker:carmen # mood:anxious
+ [Write down for her, on a sheet, the report number, her rights and her daughter's, the next steps and the free services. #do:give_written_rights_note]
    You note the Medicina Legal appointment, the prosecutor's office that will call her for the Cámara Gesell, the CEM, Línea 100 and the Public Defence service. Carmen reads the sheet twice and puts it with the report. # speaker:narrator # sfx:paper
+ ["Don't worry, señora: it's all in the system. The prosecutor and the court will call you; just keep your phone switched on." #do:omit_written_rights_note]
    Carmen nods. She doesn't know which court will call her, or when, or whom to complain to if nobody does. # speaker:narrator
+ ["I'll explain it all now, slowly, and you type it into your phone as we go, señora; that way you'll always have it to hand." #do:omit_written_rights_note]
    Carmen types with her thumb, fast. Halfway through, a call from work comes in and she loses what she had written. # speaker:narrator # arrives:carmen
- -> departure

=== departure ===
It's nearly eight. Ramos looks in: Wilber's mototaxi is still on the corner. # speaker:narrator # sfx:footsteps # phase:closure # arrives:colleague_m
Carmen folds the copy of the report in four and puts it in her bag. # speaker:narrator # sfx:paper
—And what do I do now? What do I say to my daughter at my mother's house? # speaker:carmen # mood:anxious
+ [Give her the report number, the Medicina Legal appointment and the Línea 100 number, and say goodbye at the front door. #do:brief_carer #do:let_leave_unchecked]
    —This is your report number, señora. Tomorrow at eight is the appointment at Medicina Legal, and this is the Línea 100 number. Take care. # speaker:officer
    ~ fate = MAX(fate, 3)
+ ["Right, señora, that's all for today. Mototaxis go right past the door; just take one to El Progreso." #do:end_abruptly #do:let_leave_unchecked]
    —Right, señora, that's all for today. Mototaxis go right past the door; just take one to El Progreso. # speaker:officer
    Milagros is left with her question unasked. Carmen picks up her things. # speaker:narrator # mood:withdrawn # arrives:carmen
    ~ fate = MAX(fate, 3)
+ ["Ramos, check the corner, please." Go over the appointments and helplines with Carmen, and walk them to the taxi. #do:brief_carer #do:confirm_safe_departure]
    -> brief_lines ->
    —Ramos, check the corner, please. I'll walk them to the taxi. # speaker:officer
    Ramos comes back: the mototaxi has gone, and Wilber isn't on the block. You get into the taxi with them and wait until it sets off for El Progreso. # speaker:narrator # sfx:door # arrives:colleague_m
+ [Go over the appointments and helplines, and wait inside for grandmother Teodora so that Ramos can drive them. #do:brief_carer #do:confirm_safe_departure]
    -> brief_lines ->
    —We'll wait for your mother in here, señora. # speaker:officer
    Señora Teodora arrives in a taxi. You ask for her DNI and confirm she is the grandmother. Ramos takes the patrol car out the back and escorts them to El Progreso, away from the corner. # speaker:narrator # sfx:door # arrives:colleague_m
- -> final

=== brief_lines ===
—Señora, this is your report number. Tomorrow at eight is the appointment at Medicina Legal; the Fiscalía will call you about the Cámara Gesell. # speaker:officer
-> shared_helplines ->
-> shared_do_not_question ->
->->

=== final ===
// The ending shows the worst thing that happened to the girl along the way (VAR fate).
{
- fate >= 8:
    -> ending_retold
- fate == 7:
    -> ending_examined
- fate == 5:
    -> ending_exposed
- fate == 3:
    -> ending_followed
- fate == 1:
    -> ending_no_measures
- else:
    -> ending_protected
}

// ---------- Endings ----------

=== ending_protected ===
That night, Milagros sleeps at her grandmother Teodora's house, cuddled up to her mother. # speaker:narrator
On Saturday morning, the family court issues the measures: Wilber must leave the house and not come near them. That same afternoon, the police serve him the order and go with him while he collects his things. # speaker:narrator
The following week, in the Cámara Gesell, a psychologist listens to Milagros just once. # speaker:narrator
{ distress >= 7:
    Milagros still jumps when she hears a mototaxi. The CEM psychologist sees her every week. # speaker:narrator # mood:anxious
- else:
    At the CEM, Milagros draws another house with a tree. This time she gives it a door with a lock. # speaker:narrator # mood:relieved
}
A month later Carmen calls the station again, just to say that her daughter has started playing at break time again. # speaker:narrator # ending:protected_grandmother # arrives:carmen
-> END

=== ending_walked_out ===
Carmen doesn't answer. She crosses the corridor, takes Milagros out of the children's room and holds her hand. # speaker:narrator # mood:withdrawn
—I'll sort this out myself. # speaker:carmen
They leave without signing anything. That night they sleep at home. Wilber doesn't ask anything; he just watches Milagros during dinner. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # ending:at_risk_walked_out
-> END

=== ending_sent_away ===
Carmen leaves holding Milagros's hand. At the door, the phone rings again, and this time she answers. # speaker:narrator # scene:front_desk # sfx:phone # leaves:carmen
That night Carmen doesn't go to work. But the following week she does. # speaker:narrator
Milagros never tells her teacher anything again. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_away
-> END

=== ending_home_tonight ===
Carmen and Milagros go out into the street. Wilber is waiting for them on the corner, engine running. # speaker:narrator # scene:front_desk # sfx:door # leaves:carmen
—Get in, I'll take you. # speaker:stepfather
That night Milagros sleeps at home. Carmen has a shift at the workshop. The notice from the Fiscalía arrives three weeks later. # speaker:narrator # mood:withdrawn # ending:at_risk_home_tonight # arrives:carmen
-> END

=== ending_back_home ===
Carmen takes Milagros by the hand and they leave without waiting for the copy of the report. # speaker:narrator # sfx:door # leaves:carmen
Outside, Wilber puts them in the mototaxi. That week, at home, nobody mentions it again. # speaker:narrator
When the Fiscalía summons Carmen, she says her daughter got confused. # speaker:narrator # mood:withdrawn # ending:at_risk_back_home
-> END

=== ending_face_to_face ===
Wilber appears in the corridor. He crouches in front of Milagros, smiling. # speaker:narrator # scene:waiting_area # sfx:footsteps
—Come on, skinny, what have you been saying? We're going home and we'll talk there, OK? # speaker:stepfather
Milagros goes silent. She doesn't say another word all night. # speaker:narrator # mood:withdrawn
When the Fiscalía calls her in, weeks later, Milagros says she made it up. # speaker:narrator # ending:harmed_face_to_face
-> END

=== ending_released ===
Wilber comes in, takes Milagros by the hand and walks out with her towards the corner. Carmen stays behind signing papers. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # arrives:carmen
Milagros looks back just once. # speaker:narrator # ending:harmed_released
-> END

=== ending_retold ===
That night Milagros can't sleep. The next day she doesn't want to go to school. # speaker:narrator # mood:withdrawn
In the Cámara Gesell, the psychologist asks her calmly. Milagros has already told too many people; she says "I already told" and falls silent. # speaker:narrator # scene:private_room
The prosecutor has a station record full of questions, and a girl who no longer wants to talk. # speaker:narrator # ending:harmed_retold
-> END

=== ending_summoned ===
On Monday, Milagros sits in the station office in front of a computer. An officer she doesn't know asks her everything again. # speaker:narrator # scene:office # mood:withdrawn
Two weeks later, in the Cámara Gesell, she has to tell it once more. That night she tells her grandmother Teodora that nobody believes her any more. # speaker:narrator # ending:harmed_summoned
-> END

=== ending_forced_exam ===
That same night, at Medicina Legal, nobody explains anything to Milagros. When the doctor comes near, she screams and hides behind the examination couch. # speaker:narrator # scene:office # mood:crying
The examination can't be done. Since then, Milagros cries every time she has to see a doctor, even for a cold. # speaker:narrator # ending:harmed_forced_exam
-> END

=== ending_examined ===
The next day, at Medicina Legal, Milagros presses her sleeves against her body. An adult she didn't know has already looked her over, in an office with the door open. # speaker:narrator # mood:withdrawn
From that day on, she won't let anyone near her, not even the doctor. The examination can't be done. # speaker:narrator # ending:harmed_examined
-> END

=== ending_exposed ===
The photo goes from the station group to another group, and from there to another. Someone recognises the school uniform. # speaker:narrator # sfx:phone
A week later, at break time, a boy asks Milagros if the thing about her stepfather is true. Carmen moves her to another school. # speaker:narrator # mood:crying # ending:harmed_exposed
-> END

=== ending_drawer ===
Nobody calls the prosecutor that night. On Monday, the Family section has twenty other cases, and the report waits in a tray. # speaker:narrator # scene:front_desk
Carmen and Milagros stay a few days at the grandmother's. With no prosecutor looking into it, after two weeks Carmen goes back home: her things are there, her job, her life. So is Wilber. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer # arrives:carmen
-> END

=== ending_followed ===
Carmen and Milagros leave by the front door. On the corner, the mototaxi's engine starts. # speaker:narrator # scene:front_desk # sfx:door # leaves:carmen
Wilber follows them to grandmother Teodora's house and stays outside, knocking on the door until midnight. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_no_measures ===
Milagros sleeps at her grandmother's that night. But without protective measures, Wilber still has the key to the house. # speaker:narrator
After two weeks, Carmen goes back: the grandmother's room is small and the workshop is far away. Wilber says he's sorry. # speaker:narrator # mood:anxious # ending:at_risk_no_measures # arrives:carmen
-> END
