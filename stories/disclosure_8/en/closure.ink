// Milagros (en): referrals, record, closing, departure and endings.

=== notifications ===
Huamán stays with Milagros and her crayons again. You go into the office with Carmen and close the door. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:referral
It's 18:30. The right people still have to be informed. # speaker:narrator
+ [Call the family prosecutor and the criminal prosecutor on duty, and arrange the single interview in the Cámara Gesell. #do:notify_family_prosecutor #do:notify_criminal_prosecutor #do:arrange_single_interview]
    -> shared_call_family_prosecutor("an eight-year-old girl, Milagros", "18:35") ->
    -> shared_call_criminal_prosecutor("an alleged sexual offence against an eight-year-old girl", "18:42") ->
    -> shared_single_interview ->
    —Señora, Milagros will tell what happened just once, to a psychologist, in a room made for children. Nobody else will ask her to repeat it. # speaker:officer
    -> measures_step
+ [Inform the family prosecutor and summon Milagros on Monday to give her statement here. #do:notify_family_prosecutor #do:schedule_station_statement]
    -> shared_call_family_prosecutor("an eight-year-old girl, Milagros", "18:35") ->
    —Señora, on Monday at nine, bring Milagros so she can give her statement here, at the station. # speaker:officer
    Carmen writes it down. She doesn't know there will be another interview after that. # speaker:narrator
    -> ending_summoned
+ [Ask Huamán to have Milagros repeat to her what she told you, so it goes in the record in her own words. #do:ask_child_to_repeat]
    —Huamán, have Milagros tell you again what she told me, so we can put it in the record in her own words. # speaker:officer
    -> ending_retold
+ [Log it as an incident; on Monday the Family section will look at it with the prosecutor. #do:neutral]
    —I'll leave it logged, señora. On Monday the Family section will look at it with the prosecutor. # speaker:officer
    -> ending_drawer

=== measures_step ===
The risk assessment form says severe risk: Wilber lives in the house and has a key. # speaker:narrator # sfx:paper # phase:protection
+ [Send the letter to the family court today with the form, asking for protective measures, and refer the case to the CEM. #do:request_protective_measures #do:refer_to_cem]
    -> shared_family_court("Wilber's removal from the home and an order not to come near Milagros or her mother") ->
    You also call the Centro Emergencia Mujer (CEM) at the station: a psychologist and a lawyer will support them from tomorrow. # speaker:narrator # sfx:phone
+ [Refer to the CEM: "They'll see about the measures there, señora." #do:refer_to_cem]
    —I'm referring you to the CEM, señora. They'll see about the protective measures there. # speaker:officer
    Carmen writes the address on a scrap of paper. Nobody explains to her that the court can order Wilber out of the house. # speaker:narrator
    -> ending_no_measures
+ [Ask for nothing more: "If the girl goes to her grandmother's, there's no need." #do:neutral]
    —If the girl goes to her grandmother's, there's no need to ask for measures, señora. # speaker:officer
    Carmen nods. She doesn't know she could have asked for something else. # speaker:narrator
    -> ending_no_measures
- -> record

=== record ===
Officer Ramos comes in with his phone in his hand. # speaker:narrator # sfx:door # phase:documentation
—I'll take a photo of the girl for the report, OK? The commander wants everything in the station group chat. # speaker:colleague_m
+ ["No, no photos of the girl." In the record you write her words exactly, and who said what. #do:protect_identity #do:record_child_words]
    —No, Ramos. No photos of Milagros, not in the report and not in any group. Her name doesn't leave this office either. # speaker:officer
    In the record you write: "The girl states: 'He hurts me when my mum goes to work'". You note that Teacher Elena heard it first, and the time of each call. # speaker:narrator # sfx:paper
+ ["OK, just one photo for the report, as long as it doesn't go on social media." #do:expose_identity #do:record_child_words]
    —OK, just one photo for the report. It mustn't go on social media, all right? # speaker:officer
    Ramos takes the photo of Milagros, in her school uniform, while she draws. # speaker:narrator # mood:anxious
    -> ending_exposed
+ ["No photos." In the record you put: "The minor states she was a victim of sexual abuse by her stepfather." #do:protect_identity #do:record_interpretation]
    —No photos, Ramos. # speaker:officer
    In the record you write: "The minor states she was a victim of sexual abuse by her stepfather." Milagros never said those words. # speaker:narrator # sfx:paper
- -> closing_child

=== closing_child ===
You go back to the children's room. Milagros has made a drawing for Huamán: a house with a tree. # speaker:narrator # scene:private_room # phase:closure
—Are we going now? Where are we going to go? # speaker:milagros # mood:anxious
+ [Crouch to her level, thank her and tell her what will happen: where she'll sleep tonight, who will listen to her and when. #do:explain_next_steps]
    —Milagros, thank you for being so brave today. Tonight you're going to sleep at your grandma Teodora's house, with your mum. Tomorrow a doctor will see you, if you want. And in a few days a lady will listen to you, just once, in a nice room. Do you want to ask me anything? # speaker:officer
    —Can I take my drawing? # speaker:milagros # mood:relieved
    —Of course you can. # speaker:officer
+ ["Right, that's all. You can go now." #do:end_abruptly]
    —Right, that's all. You can go now. # speaker:officer
    Milagros is left with her question unasked. Carmen picks up her things and they leave without anyone going with them. # speaker:narrator # mood:withdrawn
    -> ending_followed
+ ["You're going to sleep at your grandma's, and Wilber will never come back to your house, I promise." #do:explain_next_steps #do:promise_outcome]
    —You're going to sleep at your grandma's, and Wilber will never come back to your house, I promise. # speaker:officer
    —Never ever? # speaker:milagros # mood:anxious
- -> departure

=== departure ===
It's nearly eight. Ramos looks in: Wilber's mototaxi is still on the corner. # speaker:narrator # sfx:footsteps
+ [Give Carmen the report number, the appointments and the helplines; and before they go, check who they leave with and that he isn't outside. #do:brief_carer #do:confirm_safe_departure #do:release_to_safe_carer]
    —Señora, this is your report number. Tomorrow at eight is the appointment at Medicina Legal; the Fiscalía will call you about the Cámara Gesell. And the court already has the request for measures. # speaker:officer
    -> shared_helplines ->
    -> shared_do_not_question ->
    Señora Teodora arrives in a taxi. You ask for her DNI and confirm she is the grandmother. Ramos takes the patrol car out the back and escorts them to El Progreso, away from the corner. # speaker:narrator # sfx:door
    -> ending_protected
+ [Hand her the copy of the report and say goodbye at the door. #do:let_leave_unchecked]
    —Here's your copy, señora. Take care. # speaker:officer
    -> ending_followed
+ [Give her the report number and Línea 100, and let them take a mototaxi at the door. #do:brief_carer #do:let_leave_unchecked]
    —This is your report number, señora, and this is the Línea 100 number. Mototaxis go past right at the door. # speaker:officer
    -> ending_followed

// ---------- Endings ----------

=== ending_protected ===
That night, Milagros sleeps at her grandmother Teodora's house, cuddled up to her mother. # speaker:narrator
On Monday, the family court orders Wilber to leave the house and not come near them; the police serve him the order. The following week, in the Cámara Gesell, a psychologist listens to Milagros just once. # speaker:narrator
{ distress >= 7:
    Milagros still jumps when she hears a mototaxi. The CEM psychologist sees her every week. # speaker:narrator # mood:anxious
- else:
    At the CEM, Milagros draws another house with a tree. This time she gives it a door with a lock. # speaker:narrator # mood:relieved
}
A month later Carmen calls the station again, just to say that her daughter has started playing at break time again. # speaker:narrator # ending:protected_grandmother
-> END

=== ending_walked_out ===
Carmen looks at her daughter, standing very still in the office doorway, and then at you. # speaker:narrator # mood:withdrawn
—We'd better go. I'll sort this out myself. # speaker:carmen
They leave without signing anything. That night they sleep at home. Wilber doesn't ask anything; he just watches Milagros during dinner. # speaker:narrator # scene:front_desk # sfx:door # mood:scared # ending:at_risk_walked_out
-> END

=== ending_sent_away ===
Carmen leaves holding Milagros's hand. At the door, the phone rings again, and this time she answers. # speaker:narrator # scene:front_desk # sfx:phone
That night Carmen doesn't go to work. But the following week she does. # speaker:narrator
Milagros never tells her teacher anything again. # speaker:narrator # mood:withdrawn # ending:at_risk_sent_away
-> END

=== ending_home_tonight ===
Carmen and Milagros go out into the street. Wilber is waiting for them on the corner, engine running. # speaker:narrator # scene:front_desk # sfx:door
—Get in, I'll take you. # speaker:stepfather
That night Milagros sleeps at home. Carmen has a shift at the workshop. The notice from the Fiscalía arrives three weeks later. # speaker:narrator # mood:withdrawn # ending:at_risk_home_tonight
-> END

=== ending_back_home ===
Carmen takes Milagros by the hand and they leave without waiting for the copy of the report. # speaker:narrator # sfx:door
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
Wilber comes in, takes Milagros by the hand and walks out with her towards the corner. Carmen stays behind signing papers. # speaker:narrator # scene:front_desk # sfx:door # mood:scared
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
The next day, at Medicina Legal, nobody explains anything to Milagros. When the doctor comes near, she screams and hides behind the examination couch. # speaker:narrator # scene:office # mood:crying
The examination can't be done. Since then, Milagros cries every time she has to see a doctor, even for a cold. # speaker:narrator # ending:harmed_forced_exam
-> END

=== ending_examined ===
Carmen hesitates, but rolls up her daughter's sleeve. Milagros stays still, staring at the ceiling, while an adult she doesn't know looks her over. # speaker:narrator # mood:withdrawn
From that day on, Milagros won't let anyone near her, not even the Medicina Legal doctor. The examination can't be done. # speaker:narrator # ending:harmed_examined
-> END

=== ending_exposed ===
The photo goes from the station group to another group, and from there to another. Someone recognises the school uniform. # speaker:narrator # sfx:phone
A week later, at break time, a boy asks Milagros if the thing about her stepfather is true. Carmen moves her to another school. # speaker:narrator # mood:crying # ending:harmed_exposed
-> END

=== ending_drawer ===
The report stays in the incident log. On Monday, the Family section has twenty other cases. # speaker:narrator # scene:front_desk
Carmen and Milagros stay a few days at the grandmother's. With no measures and no prosecutor, after two weeks Carmen goes back home: her things are there, her job, her life. So is Wilber. # speaker:narrator # mood:withdrawn # ending:at_risk_drawer
-> END

=== ending_followed ===
Carmen and Milagros leave by the front door. On the corner, the mototaxi's engine starts. # speaker:narrator # scene:front_desk # sfx:door
Wilber follows them to grandmother Teodora's house and stays outside, knocking on the door until midnight. # speaker:narrator # mood:scared # ending:at_risk_followed
-> END

=== ending_no_measures ===
Milagros sleeps at her grandmother's that night. But without protective measures, Wilber still has the key to the house. # speaker:narrator
After two weeks, Carmen goes back: the grandmother's room is small and the workshop is far away. Wilber says he's sorry. # speaker:narrator # mood:anxious # ending:at_risk_no_measures
-> END
