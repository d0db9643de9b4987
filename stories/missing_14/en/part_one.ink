// Part one: Monday morning. Rosa is not here; her mother comes in.

=== arrival ===
Monday, 08:00. The day shift has just begun. A woman in a market stallholder's apron comes up to the front desk, her phone in her hand. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
—Officer, please... My daughter Rosa hasn't come home from school since yesterday afternoon. She's fourteen. # speaker:gladys
—I've looked all night: at her friends' houses, at the health post, at the hospital. I came last night and they told me to come back in the morning. # speaker:gladys
Behind her, two neighbours are waiting for a certificate. From the other desk, Officer Ramos mutters: "Fourteen... she's gone off with a boyfriend, for sure." # speaker:narrator # arrives:colleague_m
+ ["Come in, madam, I'll see to you right now. You did the right thing coming: a missing-child report is taken on the spot." #do:attend_immediately #do:receive_carer_respectfully]
    Gladys nods, wipes her face with her sleeve and follows you down the corridor. # speaker:narrator # sfx:footsteps
+ ["Madam, at fourteen they nearly always turn up the same day. If she isn't back in 24 hours, come in and we'll register it." #do:defer_or_redirect]
    -> sent_away
+ ["Come in, madam. But tell me: if she didn't come home at one yesterday, why are you only coming now? Hours have been lost." #do:attend_immediately #do:blame_carer]
    —I came at eleven last night, officer. They told me to come back in the morning. # speaker:gladys
    Gladys looks down and follows you down the corridor without another word. # speaker:narrator # sfx:footsteps
+ [Ask for her ID card, Rosa's birth certificate and a passport-size photo before opening the report in the system. #do:demand_formalities]
    —The birth certificate is at home, officer... I live up the hill, an hour from here. # speaker:gladys
    Gladys goes to fetch it. She is back at 10:20, out of breath, with the paper folded in four. Only then does she go through to the office. # speaker:narrator # sfx:door # leaves:gladys
- -> facts

=== facts ===
The office is small: a desk, two chairs, a window onto the yard. You close the door. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:disclosure
—It's my fault —says Gladys—. I sell at the market from five in the morning; she's on her own all afternoon. # speaker:gladys
+ [Open the missing-person report in the system and ask her for a recent photo, what Rosa was wearing, her friends and her social media. #do:register_report #do:gather_facts_from_adult]
    Gladys takes a deep breath and starts to answer, putting things in order one by one. # speaker:narrator # sfx:paper
+ ["Madam, at that age it's nearly always a boyfriend thing. I'll register it anyway, don't worry so much: just give me a photo and details." #do:register_report #do:express_doubt_or_shock]
    —She hasn't got a boyfriend, officer. She's not like that. # speaker:gladys
    Gladys answers quietly, without looking at you. # speaker:narrator # sfx:paper
+ ["I'll put it down as leaving home voluntarily, all right? At fourteen it's nearly always that. Give me a photo and her details." #do:register_report #do:express_doubt_or_shock]
    —She wouldn't just go off like that, officer. She's not like that. # speaker:gladys
    You write "left home voluntarily" in the box for the reason. Gladys reads it upside down from her chair. # speaker:narrator # sfx:paper
- -> alert

=== alert ===
Gladys shows you a photo of Rosa on her phone, in her school uniform, from a month ago. Yesterday she left at 1:30 in a blue tracksuit with a black backpack. Her friend Milena says that at the bus stop Rosa was "waiting for someone". # speaker:narrator # phase:protection
Ramos leans in at the door: —Shall I put the notice out right now, or do we wait till tomorrow, like always? # speaker:colleague_m
+ [Issue the Nota de Alerta (alert notice) with the photo now, and ask the Missing Persons Division for the Alerta de Emergencia. #do:issue_missing_alert #do:involve_specialized_unit]
    Within twenty minutes Rosa's photo is circulating on the police network, at the bus terminals and on the missing-persons portal. # speaker:narrator # sfx:radio
+ ["It's registered now, madam. The alert notice goes out first thing tomorrow if she hasn't turned up; they nearly always come home to sleep." #do:delay_missing_alert]
    ~ alert_late = true
    Gladys looks at the clock on the wall, but she doesn't argue. # speaker:narrator
+ ["First let the family look for her at school and at her friends' houses, madam. If she isn't back tonight, we'll issue the alert notice." #do:delay_missing_alert]
    ~ alert_late = true
    Gladys goes off to do the rounds of the friends' houses again. Rosa's photo stays on the desk. # speaker:narrator # leaves:gladys
- -> online

=== online ===
—There's something else —says Gladys—. Rosa spent her nights chatting with a friend from an online game. Someone called Jhair. She said he was her age. # speaker:gladys
—I've got her tablet at home. Should I go into her messages? Should I write to that boy? # speaker:gladys
+ ["Don't delete anything or write to him, madam. Bring me the tablet just as it is and note his username; I'm calling DIVINDAT now." #do:advise_evidence_preservation #do:involve_specialized_unit]
    Gladys writes the username on a scrap of paper, her handwriting shaky. By midday the tablet is in a sealed bag, with its record. # speaker:narrator # sfx:paper
+ ["Block him today from the tablet and delete that whole chat, madam, so that man can never write to your daughter again, not ever." #do:advise_deleting_evidence]
    That same afternoon Gladys deletes the chat. With it go the username, the dates and Jhair's profile pictures. # speaker:narrator
+ ["Go into her messages yourself tonight and see who she was talking to. Then delete them, so nobody else ever sees those things." #do:advise_deleting_evidence]
    Gladys reads the messages all night. At dawn, ashamed, she deletes them one by one. # speaker:narrator
+ [Ask her to make sure nobody touches the tablet, not her or the other children, and to bring it switched off so it can be logged. #do:advise_evidence_preservation]
    Gladys nods. By midday the tablet is in a sealed bag, with its collection record. # speaker:narrator # sfx:paper
- You give her the report number and your extension. Gladys leaves to keep searching. # speaker:narrator # sfx:door # leaves:gladys
-> found

=== sent_away ===
Gladys stands still for a moment. Then she puts her phone away and leaves without a word. # speaker:narrator # sfx:door # arrives:gladys
She comes back the next day at nine. This time the report is taken, a whole day after the first time. # speaker:narrator
When the alert finally goes out, nobody at the bus stop remembers whom Rosa got on the minibus with, and her phone no longer shows on any mast. # speaker:narrator
Three weeks later Rosa is still missing. Every morning Gladys sticks her photo on the lampposts around the market. # speaker:narrator
Rosa has not come home. # speaker:narrator # ending:at_risk_sent_away
-> END
