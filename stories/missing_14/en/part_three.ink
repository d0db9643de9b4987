// Part three: referral, closing and departure.

=== notify ===
-> check ->
You step out into the corridor for a moment. Rosa is in the room with Huamán and Gladys is in the waiting room. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral # arrives:colleague_f,gladys
{ man_held:
    Jhair is still in the back office, at the disposal of the Fiscalía Penal. # speaker:narrator
- else:
    Jhair is no longer at the station. # speaker:narrator
}
+ [Call the duty Fiscalía de Familia, report that Rosa has been found and ask them to arrange the single interview in the Cámara Gesell. #do:notify_family_prosecutor #do:arrange_single_interview]
    -> shared_call_family_prosecutor("a fourteen-year-old girl, found after a missing-person report", "17:50") ->
    -> shared_single_interview ->
+ [Close the missing-person report with a handover record and summon Rosa here on Monday to give her full statement to an officer. #do:schedule_station_statement]
    ~ no_investigation = true
    You write up the record. For now, no family prosecutor knows anything about the "friend with the shop". # speaker:narrator # sfx:paper
+ ["Madam, if the girl says he's her boyfriend, the prosecutor's office won't do much. Are you sure you want to go on with this?" #do:dissuade_report]
    -> case_dropped
+ ["It's too late for the girl today. Her mother signs the handover record, and on Monday she comes back to give a statement to the case officer." #do:schedule_station_statement]
    ~ no_investigation = true
    Ramos prepares the handover record. You write the Monday summons in the duty book. # speaker:narrator # sfx:paper # arrives:colleague_m
- -> medical

=== medical ===
-> check ->
You go back to the room. Gladys is at the door now, with Huamán; Rosa has asked for her to come in. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:protection # sfx:door # arrives:colleague_f,gladys
+ ["Rosa, the prosecutor can ask for a doctor from Medicina Legal to see you, only if you and your mum agree. Nobody here will examine you." #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Do I have to go? # speaker:rosa # mood:anxious
    You tell her it isn't compulsory, that it's her decision and that she can ask them to stop whenever she wants. Gladys takes her hand. After thinking about it, Rosa says yes, if her mum goes in with her. # speaker:narrator # mood:calm # arrives:gladys
+ ["Now we're taking you to Medicina Legal, Rosa. The Fiscalía asks for it, it's part of the procedure and there's nothing to discuss." #do:force_forensic_exam]
    —I don't want to! You can't make me! # speaker:rosa # mood:angry
    Gladys tries to calm her. Rosa cries all the way to the patrol car. # speaker:narrator # mood:crying
+ [Call for the patrol car to take her straight to Medicina Legal with the official letter, before they close, even if she says she doesn't want to. #do:force_forensic_exam]
    —I don't want to! Mum, tell them no! # speaker:rosa # mood:angry
    Gladys hesitates. In the end they all talk her round. Rosa gets into the patrol car with her hood pulled down to her eyes. # speaker:narrator # mood:crying
- -> risk

=== risk ===
While Huamán stays with Rosa in the room, Gladys comes up to you in the corridor. # speaker:narrator # scene:office # ambient:quiet_room # arrives:colleague_f,gladys
—Can we go now, officer? She's worn out. # speaker:gladys
+ [Take Gladys to the office, away from Rosa, fill in the ficha de valoración de riesgo with her and ask the CEM to call them tomorrow. #do:assess_risk #do:refer_to_cem]
    —He knows the house; sometimes he picked her up at the corner —says Gladys—. My sister can stay with us this week. # speaker:gladys
    You write it all down on the form, with the time. # speaker:narrator # sfx:paper
+ ["There, madam, you've got her back. Take her home to rest; we'll fill in the risk form another day, when things are calmer." #do:send_home_unassessed]
    Gladys thanks you twice and goes to fetch Rosa from the room. # speaker:narrator
    -> no_plan_end
+ ["Let's fill in the risk form right here, in the room, with Rosa in front of us, so she can correct us if anything isn't right." #do:assess_risk #do:let_child_hear_account]
    Gladys describes the nights of searching, the chat, the corner where he used to wait. Rosa listens to all of it with her face pressed into the back of the sofa. # speaker:narrator # mood:withdrawn
- -> closing

=== closing ===
You go back to the room. Rosa is sitting next to her mother, her hood down on her shoulders. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:closure
+ [Sit down with them both: explain to Rosa what comes next and who will know; tell Gladys not to question her at home, and to listen. #do:explain_next_steps #do:brief_carer]
    —Today you go home, Rosa. In a few days the prosecutor will call you to one single interview. Your mum, the prosecutor's office and the people helping you will know about this; nobody at school. # speaker:officer
    { trust >= 5:
        —And what's going to happen to Jhair? # speaker:rosa # mood:anxious
        You tell her the truth: that the prosecutor will decide that, not you. Rosa nods slowly. # speaker:narrator # mood:relieved
    - else:
        Rosa nods without looking at you. # speaker:narrator # mood:withdrawn
    }
    -> shared_do_not_question ->
    -> shared_helplines ->
    -> note
+ ["Right, we're all done for today. If anything comes up, just call 105; the report number is on the slip of paper I gave you." #do:end_abruptly]
    Rosa gets up without knowing what comes next. Gladys puts the slip in her purse: she doesn't know what to do if Rosa won't talk, or whom to call if someone comes looking for them. # speaker:narrator # mood:withdrawn
+ ["Madam, don't question her at home. And Rosa, promise me you won't look for him, OK? If you run off again, they'll send you to a shelter." #do:brief_carer #do:pressure_or_bargain]
    —Yeah, yeah, I promise —says Rosa, looking at the door. # speaker:rosa # mood:angry
- -> departure

=== note ===
Gladys stands up with Rosa's jacket folded over her arm. # speaker:narrator
—Sorry, officer: with my nerves, I can't remember half of what you've told me. # speaker:gladys
+ [Write down for her, on a sheet, the report number, her rights and Rosa's, the next steps and the free services she can use. #do:give_written_rights_note]
    You also note the prosecutor's office that will arrange the single interview, the CEM, Línea 100 and the Public Defence service, with their hours. Gladys folds the sheet and puts it in her purse. # speaker:narrator # sfx:paper
+ ["It's all recorded in the system, madam. With the report number the prosecutor's office will find you; no need for more papers." #do:omit_written_rights_note]
    Gladys nods. At the door she can no longer remember whether the appointment is with the prosecutor or with the CEM, or whom to call first. # speaker:narrator
+ ["Take my mobile number, madam, and call me any time: I'll explain each step as it comes, so you don't get lost in all that paper." #do:omit_written_rights_note]
    Gladys saves your number. That week she calls you three times; twice you are off duty and don't answer. # speaker:narrator
- -> departure

=== departure ===
{ man_held:
    Ramos comes over: —There's a car parked outside the door, has been for a while. I don't know whose it is. # speaker:colleague_m
- else:
    Ramos comes over: —Jhair left with his summons twenty minutes ago. No idea which way he went. # speaker:colleague_m
}
+ [Ask Ramos to check the street before they step out, and to walk them to the corner until they are safely inside a taxi. #do:confirm_safe_departure #do:release_to_safe_carer]
    Ramos goes out first, looks both ways along the avenue and stops a taxi for them. He watches them get in and notes the plate. # speaker:narrator # sfx:door # leaves:colleague_m
    -> ending_choice
+ [Go out with them yourself: check the avenue, wait beside them at the stop and see them into a taxi before going back to your post. #do:confirm_safe_departure #do:release_to_safe_carer]
    You go out first, look both ways along the avenue and wait with them until a taxi comes. You note the plate. # speaker:narrator # sfx:door
    -> ending_choice
+ ["Right, madam, you can go now. If you notice anything odd on the way home, just call us on 105 and we'll send a patrol car." #do:release_to_safe_carer #do:let_leave_unchecked]
    -> unchecked
+ ["Ramos will walk you to the taxi. And from today, madam, don't let her out alone; if this happens again, it's your responsibility." #do:confirm_safe_departure #do:blame_carer]
    Ramos goes out first, checks the street and stops a taxi for them. Gladys gets in without saying goodbye. # speaker:narrator # sfx:door # leaves:colleague_m
    -> ending_choice

=== ending_choice ===
{
- contact:
    -> contact_end
- hurt:
    -> hurt_by_process
- alert_late:
    -> alert_delayed
- no_investigation:
    -> no_investigation_end
- not man_held:
    -> suspect_free
- else:
    -> home
}

=== home ===
Rosa goes home that night. Her aunt stays with them all week. # speaker:narrator # scene:front_desk # ambient:night_shift
On Friday, in the Cámara Gesell, a psychologist listens to her once, with her mother waiting on the other side of the door. # speaker:narrator
The criminal prosecutor formally opens the investigation against Jhair, who is still in custody, and the police look for the "friend with the shop". # speaker:narrator
Rosa still says, sometimes, that Jhair loved her. But she has started writing to Chat 100 again, and the CEM psychologist sees her every Tuesday. # speaker:narrator # mood:calm # ending:protected_home_with_mother
-> END

=== hurt_by_process ===
Rosa goes home that night, with her mother and her aunt. # speaker:narrator # scene:front_desk # ambient:night_shift
When she is summoned to the Cámara Gesell, she doesn't want to go: "I've told it a thousand times," she says to her mother. In the single interview she answers in single words. # speaker:narrator # mood:withdrawn
The investigation against Jhair moves slowly, without her account. Rosa stops answering the CEM's calls. # speaker:narrator # ending:harmed_by_process
-> END

=== alert_delayed ===
Rosa goes home that night. She spent two more nights away than she would have if the alert had gone out on Monday. # speaker:narrator # scene:front_desk # ambient:night_shift
She has told her mother nothing about those nights. She sleeps with the light on and doesn't want to go back to school. # speaker:narrator # mood:withdrawn
The CEM psychologist says it will take time. Gladys keeps in her purse the slip with the time she was told to wait. # speaker:narrator # ending:harmed_alert_delayed
-> END

=== no_investigation_end ===
That night Rosa sleeps at home. # speaker:narrator # scene:front_desk # ambient:night_shift
On Monday she goes with her mother to the station to give her statement. Another officer takes it and asks her the same questions all over again. # speaker:narrator # mood:withdrawn
Nobody looks for the "friend with the shop". Jhair changes his username in the game and goes on writing to other girls. # speaker:narrator # ending:at_risk_no_investigation
-> END

=== suspect_free ===
Rosa goes home that night, with her mother and her aunt. # speaker:narrator # scene:front_desk # ambient:night_shift
Jhair doesn't turn up for Monday's summons. The ID he showed at the front desk gives an address where nobody knows him. # speaker:narrator
Three days later Rosa gets a message from a new number: "Don't believe them. I'll wait for you." # speaker:narrator # ending:at_risk_suspect_free
-> END

=== contact_end ===
Rosa goes home that night. In the Cámara Gesell she repeats, word for word, what was whispered in her ear: that she ran away on her own, that he has nothing to do with it. # speaker:narrator # scene:front_desk # ambient:night_shift # mood:withdrawn
Without her account, the investigation has nothing to stand on. Two weeks later Rosa disappears again, this time without a phone. # speaker:narrator # ending:harmed_contact_with_man
-> END

=== released_to_man ===
Jhair signs the record in neat handwriting. Rosa leaves with him, holding his hand, ten minutes before Gladys arrives. # speaker:narrator # sfx:door # leaves:gladys
When Gladys gets there, all that is left at the front desk is the signature of a man with an ID card nobody photocopied. # speaker:narrator # arrives:gladys
That night Rosa's phone is switched off again. # speaker:narrator # ending:harmed_released_to_man
-> END

=== case_dropped ===
Gladys hesitates, looks towards the room where her daughter is, and in the end says better not, she only wants to take her home. # speaker:narrator
She signs a paper saying she does not wish to continue, takes Rosa by the arm and leaves without waiting for anyone. Nobody informs the Fiscalía de Familia. # speaker:narrator # sfx:door
A month later Rosa has a new account in the game. So does Jhair. # speaker:narrator # ending:at_risk_case_dropped
-> END

=== no_plan_end ===
Gladys and Rosa get home after dark. Nobody asked whether Jhair knows the house. # speaker:narrator # scene:front_desk # ambient:night_shift # arrives:gladys
{ man_held:
    The "friend with the shop" knows it. At eleven, Rosa gets a message on a cousin's phone: "Jhair sent me. I'm at the corner." # speaker:narrator
- else:
    He knows it. At eleven, Rosa gets a message on a cousin's phone: "I'm at the corner." # speaker:narrator
}
Gladys notices in time, this time. Next time, perhaps not. # speaker:narrator # ending:at_risk_no_safety_plan
-> END

=== unchecked ===
Gladys and Rosa go out onto the avenue to look for a taxi. # speaker:narrator # sfx:door # leaves:gladys
{ man_held:
    At the corner a woman is waiting, someone Rosa knows from the photos in the chat: the "friend with the shop". Rosa lets go of her mother's hand. # speaker:narrator
- else:
    At the corner, leaning against a lamppost, Jhair is waiting. Rosa sees him and lets go of her mother's hand. # speaker:narrator
}
Gladys catches up with her halfway down the block. That night Rosa doesn't sleep in her bed: she locks herself in the bathroom with her brother's phone. # speaker:narrator # ending:at_risk_left_unchecked
-> END
