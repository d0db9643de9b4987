// Part two: Rosa is found and brought to the station.

=== found ===
Wednesday, 16:40. Two days after the report. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
Thanks to the alert, a security guard at the San Gabriel bus terminal recognised Rosa. She was with a man of about twenty-eight who had bought two tickets to another region. # speaker:narrator
When the patrol arrived, the man slipped away into the crowd. Two officers bring Rosa in. She walks in with her hood up and her arms crossed. # speaker:narrator # sfx:door
—Let go of me! I haven't done anything! Jhair is my boyfriend, not a criminal! # speaker:rosa # mood:angry
Gladys has been told and is on her way. # speaker:narrator
+ ["Do you know how much you've made your mother suffer? Why did you run away?" #do:talk_in_public_area #do:ask_why_or_blame #do:move_to_private_room]
    The neighbours in the queue turn to stare. Rosa pulls her hood further down. # speaker:narrator # mood:withdrawn
    —Because nobody understands me. Like right now. # speaker:rosa # mood:angry
    Officer Huamán takes her to the interview room. You follow them. # speaker:narrator # sfx:footsteps
+ ["OK, OK, calm down. Sit on the bench in the corridor until your mother gets here; we'll talk in the room afterwards." #do:place_child_near_detainees #do:move_to_private_room]
    The bench faces the holding cell. A detainee whistles at her. Rosa shrinks against the wall. # speaker:narrator # scene:corridor_cells # ambient:corridor_cells # mood:scared
    Twenty minutes later, Officer Huamán moves her to the interview room. # speaker:narrator # sfx:footsteps
+ ["Hi, Rosa. My name is Castro and I'm a police officer at this station. You're not under arrest and nobody is going to punish you. Let's go to a quieter room, away from all these people; you can have some water there and catch your breath." #do:introduce_self_simply #do:treat_as_victim #do:move_to_private_room #do:pause_for_child]
    Rosa eyes you sideways, suspicious. But she follows you. # speaker:narrator # mood:angry # sfx:footsteps
- -> suspect

=== suspect ===
{ distress >= 9:
    -> shut_down
}
The room has a sofa, a low table and a box of tissues. Rosa sits on the very edge of the sofa. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:environment
Someone knocks at the door. It's Officer Ramos. # speaker:narrator # sfx:door
—There's a young man at the front desk. He says he's the girl's boyfriend and he's come to collect her. His name is Jhair. # speaker:colleague_m
—Rosa! Rosa, it’s me! I came for you! # speaker:online_man
—Jhair is here? I want to see him! Let me out! # speaker:rosa # mood:anxious # event:suspect_arrives
+ ["Let him come in for a bit. He can explain to her himself that she has to go back to her mother; she'll listen to him." #do:allow_contact_with_suspect #do:arrange_confrontation]
    -> contact_with_man
+ ["Ramos, take him to the back office. He's not to see her or speak to her. Take his details and don't let him leave until I've informed the prosecutor." #do:separate_from_suspect]
    Ramos closes the door. Footsteps move away down the corridor. # speaker:narrator # sfx:footsteps
    —Don't do anything to him! He hasn't done anything wrong! # speaker:rosa # mood:angry
+ ["Tell him to wait on the bench by the front desk; I'll see to him in a minute." #do:neutral]
    Through the glass door of the room you can see the front desk. Jhair sits on the bench, looks for Rosa and raises a finger to his lips. # speaker:narrator
    Rosa sees him. She stops shouting. She goes very still. # speaker:narrator # mood:scared
    Ten minutes later Ramos notices and takes him to the back office. # speaker:narrator # sfx:footsteps
+ ["If he's an adult and takes responsibility, he can sign the handover form and take her home. Her mother's on her way anyway." #do:release_to_suspect]
    -> released_to_man
- -> who_stays

=== who_stays ===
The station door bursts open. It's Gladys, out of breath. When she sees Rosa through the glass, her voice breaks. # speaker:narrator # sfx:door
—Rosa! My girl! How could you do this to me? # speaker:gladys
—I don't want her to come in. She'll shout at me. # speaker:rosa # mood:angry
+ ["Rosa, it's up to you: do you want your mother with you now, or would you rather she waits outside with my colleague while we talk for a bit? You'll see her afterwards." #do:ask_child_who_stays]
    —She can wait outside. Later. # speaker:rosa # mood:anxious
    Officer Huamán takes Gladys to the waiting room and offers her a glass of water. # speaker:narrator # sfx:door
+ ["Your mother is coming in with you. She's your mother, and after what's happened she has the right to be here." #do:insist_adult_stays]
    Gladys comes in. She hugs Rosa and the reproaches start at once: the sleepless night, the younger children, the lost day's work. # speaker:narrator
    Rosa turns her face to the wall. # speaker:narrator # mood:withdrawn
    After a while Gladys's phone rings and she goes out to answer. She doesn't come back in. # speaker:narrator # sfx:phone
+ ["Madam, come in too; with you beside her she'll talk faster." #do:insist_adult_stays]
    Gladys comes in and sits next to her daughter. At Rosa's first answer she corrects her; at the second, she cries. # speaker:narrator
    Rosa turns her face to the wall. # speaker:narrator # mood:withdrawn
    After a while Huamán takes Gladys out for some air. # speaker:narrator # sfx:door
- -> defends

=== defends ===
{ distress >= 9:
    -> shut_down
}
Rosa pushes back her hood. She speaks fast, as if she had rehearsed it. # speaker:narrator # phase:communication
—You don't understand. Jhair is the only one who listens to me. He was going to take me to the city; a friend of his has a shop and was going to give me a job and a room. # speaker:rosa # mood:angry # event:exploitation_sign
—I left because I wanted to. And now because of me my mum is like this... # speaker:rosa # mood:crying # event:child_distressed
+ ["Boyfriend? Rosa, that man is twice your age. What were you thinking, going off with him? Didn't you think about your mother?" #do:ask_why_or_blame]
    —I know I'm the worst! You don't have to tell me! # speaker:rosa # mood:crying
+ ["That guy is a criminal! I swear he's going to rot in prison." #do:express_doubt_or_shock #do:promise_outcome]
    —You can't do anything to him! I'll stand up for him! # speaker:rosa # mood:angry
+ ["Thank you for telling me, Rosa. You haven't done anything wrong and nobody here is going to punish you. When an adult goes after a fourteen-year-old girl like that, he is the one responsible, not you." #do:express_belief #do:counter_self_blame]
    Rosa wipes her nose on her sleeve. She doesn't answer, but she uncrosses her arms. # speaker:narrator # mood:anxious
- -> minimal_facts

=== minimal_facts ===
{ distress >= 9:
    -> shut_down
}
{ distress >= 8:
    Rosa has curled up on the sofa. She stares at the floor and bites her thumbnail. # speaker:narrator # mood:withdrawn
- else:
    Rosa pours herself some water. For the first time she looks you in the eye. # speaker:narrator # mood:anxious
}
+ ["Tell me everything from the beginning: how you met him, what he wrote to you, where you slept, what happened each night." #do:ask_for_details]
+ ["I don't need you to tell me everything. Only what I need to keep you safe: where you were these nights, whether anyone hurt you or forced you to do anything, and whether Jhair knows where you live. You decide how much to say." #do:ask_minimal_facts #do:let_child_decide]
+ ["That man did something to you, didn't he? Tell me, nothing will happen to you." #do:ask_leading_question]
-
{ distress >= 8:
    Rosa doesn't answer. She covers her face with her hood and starts to shake. # speaker:narrator # mood:withdrawn # event:child_distressed
- else:
    —In a room he rented, near the terminal. He didn't hit me or anything. He told me to switch off my phone so my mum couldn't track me... # speaker:rosa # mood:anxious # event:disclosure_started
    She stops. She grips the glass with both hands. # speaker:narrator # mood:crying
    —I don't want to talk about that any more. # speaker:rosa # mood:crying # event:child_asks_to_stop
}
+ ["We're nearly done, Rosa. Tell me what happened those nights and we'll finish." #do:press_child_to_continue #do:ask_for_details]
    ~ hurt = true
    Rosa jumps up and goes to the corner of the room. She doesn't move from there for a long while. # speaker:narrator # mood:crying
+ ["OK, have a rest. Later you can tell it all to Officer Huamán; she'll be writing the report." #do:pause_for_child #do:ask_child_to_repeat]
    ~ hurt = true
    Half an hour later, Huamán asks her to start again from the beginning. Rosa tells it staring at the wall, her voice flat. # speaker:narrator # mood:withdrawn
+ ["That's fine, we'll stop here. You don't have to tell me. A psychologist will listen to you just once, in a special room, and nobody else will ask you about it again." #do:pause_for_child #do:defer_account_to_single_interview]
    Rosa lets her breath out slowly. Huamán leaves a biscuit and a juice on the table for her. # speaker:narrator # mood:relieved
- -> screening

=== screening ===
{ distress >= 9:
    -> shut_down
}
After a while, with her glass of water refilled, you carefully come back to the job she mentioned. # speaker:narrator
+ ["Just one more thing, and you can tell me 'I don't know': that job in the city, did he say who it was with? Did he ask for anything in return, or tell you that you would owe him something?" #do:screen_for_exploitation]
    { trust >= 5:
        —That the lady with the shop would pay my bus fare and I'd pay her back from my wages. And that I shouldn't tell anyone where I'd be. # speaker:rosa # mood:anxious
    - else:
        —I don't know. Some lady. # speaker:rosa # mood:withdrawn
        Rosa shrugs and looks at the window. # speaker:narrator # mood:withdrawn
    }
+ ["That job story is just a story. It doesn't matter now; what matters is that you're here." #do:neutral]
    Rosa frowns, but says nothing. # speaker:narrator # mood:angry
+ ["And you thought they'd pay you just like that? What kind of job did you think it was?" #do:ask_why_or_blame]
    —Yeah, right, I'm stupid. Is that what you want me to say? # speaker:rosa # mood:angry
- -> notify

=== notify ===
{ distress >= 9:
    -> shut_down
}
You step out into the corridor for a moment. Rosa is safe, her mother is in the waiting room and Jhair is in the back office. # speaker:narrator # scene:office # ambient:quiet_room # phase:referral
+ [Close the missing-person report with a handover record, and summon Rosa for Monday to give her statement here at the station. #do:schedule_station_statement]
    You write up the record. For now, nobody else knows about Jhair or "the friend with the shop". # speaker:narrator # sfx:paper
    Gladys signs for her daughter and takes Rosa home. # speaker:narrator # sfx:door
    -> no_investigation
+ [Call the duty Fiscalía de Familia (family prosecutor) and Fiscalía Penal (criminal prosecutor), inform the anti-trafficking unit, and ask the prosecutor to arrange the single interview in the Cámara Gesell. #do:notify_family_prosecutor #do:notify_criminal_prosecutor #do:involve_specialized_unit #do:arrange_single_interview]
    The family prosecutor asks for the ficha de valoración de riesgo (risk assessment form) and confirms the single interview will be scheduled this week. The criminal prosecutor takes charge of the matter of Jhair. # speaker:narrator # sfx:phone
+ [Ask Gladys whether she really wants to press charges: "If the girl says he's her boyfriend, madam, the prosecutor won't do much." #do:dissuade_report]
    -> case_dropped
- -> medical

=== medical ===
You go back to the room. Gladys is now at the door with Huamán; Rosa has asked her to come in. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:protection # sfx:door
+ ["Now they'll take you to Medicina Legal. It's compulsory, no arguments." #do:force_forensic_exam]
    —I don't want to! You can't make me! # speaker:rosa # mood:angry
    Gladys tries to calm her. Rosa cries all the way to the patrol car. # speaker:narrator # mood:crying
+ ["First, Officer Huamán will check you over in the bathroom to see if you have any marks, and we'll take a photo for the report." #do:examine_or_photograph_child]
    ~ hurt = true
    Rosa goes pale. Gladys says no, nobody is to touch her. Huamán looks at you and doesn't move either. # speaker:narrator # mood:scared
    No photo is taken, but Rosa never looks at you again. That afternoon she doesn't answer another question. # speaker:narrator # mood:withdrawn
    -> hurt_by_process
+ ["Rosa, we're going to offer you a check-up with a doctor and, if you and your mother agree, the exam at Medicina Legal (the forensic medical service). I'll explain what it's like; you can go with your mother and ask them to stop whenever you want. Nobody here is going to examine you." #do:request_forensic_exam #do:leave_exam_to_professionals]
    —Do I have to go? # speaker:rosa # mood:anxious
    You tell her it isn't compulsory, that she decides. Gladys takes her hand. After thinking about it, Rosa says yes, if her mother goes in with her. # speaker:narrator # mood:calm
- -> risk

=== risk ===
{ distress >= 9:
    -> shut_down
}
While Huamán stays with Rosa in the room, you sit down with Gladys in the office. # speaker:narrator # scene:office # ambient:quiet_room
+ ["That's it, madam. You've got her back; take her home so she can rest." #do:send_home_unassessed]
    -> no_plan
+ [Fill in the risk assessment form with Gladys: whether Jhair knows where they live, whether Rosa has another phone or accounts, who will be with her over the next few days. #do:assess_risk #do:gather_facts_from_adult #do:keep_child_out_of_earshot]
    —He knows the house; sometimes he picked her up at the corner —says Gladys—. My sister can stay with us this week. # speaker:gladys
    You note it all on the form, with the time. # speaker:narrator # sfx:paper
+ [Fill in the form with Gladys, starting with a reproach: "Madam, and where were you while your daughter was chatting until the small hours? You need to keep more of an eye on her." #do:blame_carer #do:assess_risk #do:gather_facts_from_adult #do:keep_child_out_of_earshot]
    —Working, officer. Always working. # speaker:gladys
    Gladys covers her face with her hands. She answers the rest in monosyllables; the form gets filled in, but with little detail. # speaker:narrator # sfx:paper
- -> closing

=== closing ===
{ distress >= 9:
    -> shut_down
}
You go back to the room. Rosa is sitting next to her mother, her hood down on her shoulders. # speaker:narrator # scene:private_room # ambient:quiet_room # phase:closure
+ ["Rosa, let me tell you what happens now: today you go home with your mother. In a few days the prosecutor will call you for the single interview, just once. The CEM (Centro Emergencia Mujer, the support centre) will be there for you, and if you want to talk to someone, Chat 100 is always open. Your mother, the prosecutors and the people helping you will know about this; nobody at school will." #do:explain_next_steps #do:refer_to_cem #do:explain_who_must_know]
    { trust >= 5:
        —And what's going to happen to Jhair? # speaker:rosa # mood:anxious
        You tell her the truth: that the prosecutor will decide that, not you. Rosa nods slowly. # speaker:narrator # mood:relieved
    - else:
        Rosa nods without looking at you. She puts the slip with the Chat 100 number in her tracksuit pocket. # speaker:narrator # mood:withdrawn
    }
+ ["Right, Rosa, that's all. You can go with your mother." #do:end_abruptly]
    Rosa gets up with no idea what comes next. Nobody has told her anything about the prosecutor or the interview. # speaker:narrator # mood:withdrawn
    Gladys takes her by the arm and they leave. Nobody gives them a report number or checks the street. # speaker:narrator # scene:front_desk # ambient:front_desk_busy
    -> unchecked
+ ["Promise me you won't go looking for him again, OK? If you run away again, we'll send you to a children's home." #do:pressure_or_bargain]
    —Yeah, yeah, I promise —says Rosa, looking at the door. # speaker:rosa # mood:angry
- -> departure

=== departure ===
Ramos tells you that Jhair is no longer at the station: he left with a summons ten minutes ago. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:closure
+ ["Right, madam, you can go now. Call us if anything comes up." #do:release_to_safe_carer #do:let_leave_unchecked]
    -> unchecked
+ ["Madam, take her home and never let her out alone again. If this happens again, it's on you." #do:blame_carer #do:release_to_safe_carer #do:confirm_safe_departure]
    Ramos goes out first, checks the street and hails them a taxi. Gladys gets in without saying goodbye. # speaker:narrator # sfx:door
    -> home
+ ["Madam, here is the report number and these are the appointments. Here are Línea 100 and Chat 100. Don't question her about what happened; listen to her. Before you leave, Ramos will check that man isn't outside and walk you to the taxi." #do:brief_carer #do:release_to_safe_carer #do:confirm_safe_departure]
    -> home

=== home ===
{ hurt:
    -> hurt_by_process
}
Rosa goes home that night. Her aunt stays with them all week. # speaker:narrator # scene:front_desk # ambient:night_shift
On Thursday, Rosa goes to Medicina Legal with her mother. On Friday, in the Cámara Gesell, a psychologist listens to her once. # speaker:narrator
The criminal prosecutor opens an investigation into Jhair for online grooming, and the anti-trafficking unit looks for "the friend with the shop". # speaker:narrator
Rosa still says, sometimes, that Jhair loved her. But she has written to Chat 100 again, and the CEM psychologist sees her every Tuesday. # speaker:narrator # mood:calm # ending:protected_home_with_mother
-> END

=== hurt_by_process ===
Rosa goes home that night with her mother and her aunt. # speaker:narrator # scene:front_desk # ambient:night_shift
When she is called to the Cámara Gesell, she doesn't want to go: "I've told it a thousand times," she says to her mother. In the single interview she answers in monosyllables. # speaker:narrator # mood:withdrawn
The investigation into Jhair moves slowly, without her account. Rosa stops answering the CEM's calls. # speaker:narrator # ending:harmed_by_process
-> END

=== no_investigation ===
That night nobody asks whether Jhair knows the house. # speaker:narrator # scene:front_desk # ambient:night_shift
On Monday Rosa goes to the station with her mother to give her statement. Another officer takes it, asking her the same questions from the beginning. # speaker:narrator # mood:withdrawn
No prosecutor receives the case. Nobody looks for "the friend with the shop". Jhair changes his username in the game and goes on writing to other girls. # speaker:narrator # ending:at_risk_no_investigation
-> END

=== contact_with_man ===
Jhair comes into the room. He greets everyone politely and sits down next to Rosa. He speaks to her softly, close to her ear. # speaker:narrator
Rosa stops crying. When he leaves, she no longer wants to say anything: not where she was, not who with, nothing about any shop. # speaker:narrator # mood:withdrawn
—I ran away on my own. He has nothing to do with it. # speaker:rosa # mood:withdrawn
The report is closed as "voluntarily leaving home". Two weeks later Rosa disappears again, this time without her phone. # speaker:narrator # ending:harmed_contact_with_man
-> END

=== released_to_man ===
Jhair signs the form in neat handwriting. Rosa leaves with him, holding his hand, ten minutes before Gladys arrives. # speaker:narrator # sfx:door
When Gladys gets there, all that is left at the desk is the signature of a man whose ID nobody photocopied. # speaker:narrator
That night, Rosa's phone is switched off again. # speaker:narrator # ending:harmed_released_to_man
-> END

=== case_dropped ===
Gladys hesitates, looks towards the room where her daughter is, and in the end says better not, she just wants to take her home. # speaker:narrator
Jhair leaves the station without a summons. Nobody informs the prosecutor. # speaker:narrator # sfx:door
A month later Rosa has a new account in the game. So does Jhair. # speaker:narrator # ending:at_risk_case_dropped
-> END

=== no_plan ===
Gladys and Rosa step out into the street after dark. Nobody asked whether Jhair knows the house. # speaker:narrator # sfx:door
He does. At eleven, Rosa gets a message on a cousin's phone: "I'm at the corner." # speaker:narrator
This time Gladys notices in time. Next time, maybe not. # speaker:narrator # ending:at_risk_no_safety_plan
-> END

=== unchecked ===
Gladys and Rosa go out to the avenue to find a taxi. # speaker:narrator # sfx:door
At the corner, leaning against a lamppost, Jhair is waiting for them. Rosa sees him and lets go of her mother's hand. # speaker:narrator
Gladys catches up with her half a block later. Jhair walks off, in no hurry. That night Rosa doesn't sleep in her bed: she locks herself in the bathroom with her brother's phone. # speaker:narrator # ending:at_risk_left_unchecked
-> END

=== shut_down ===
Rosa pulls up her hood, hugs her knees and stops answering. Not you, not Huamán, not her mother. # speaker:narrator # scene:private_room # ambient:quiet_room # mood:withdrawn
—I'm not saying anything else. I want to go home. # speaker:rosa # mood:withdrawn
Gladys takes her home that night. The report is a page with a few lines and many unanswered questions. # speaker:narrator
When she is called to the Cámara Gesell, Rosa doesn't go. Two months later she is chatting with Jhair again, on a friend's phone. # speaker:narrator # ending:harmed_shut_down
-> END
