// Part one: Monday morning. Rosa is not here; her mother comes in.

=== arrival ===
Monday, 08:00. The day shift has just begun. A woman in a market stallholder's apron comes up to the front desk, her phone in her hand. # speaker:narrator # scene:front_desk # ambient:front_desk_busy # phase:reception
—Officer, please... My daughter Rosa hasn't come home from school since yesterday afternoon. She's fourteen. # speaker:gladys
—I've looked all night: at her friends' houses, at the health post, at the hospital. Her phone is switched off. # speaker:gladys
Behind her, two neighbours are waiting for a certificate. From the other desk, Officer Ramos mutters: "Fourteen... she's gone off with a boyfriend, for sure." # speaker:narrator
+ ["Madam, at that age they go off with a boyfriend and come back on their own. If she hasn't turned up in 24 hours, come back and we'll take the report." #do:defer_or_redirect]
    -> sent_away
+ ["Madam, I'll deal with this right now; you did the right thing coming in. Come through to the office and we'll talk calmly." #do:attend_immediately #do:receive_carer_respectfully #do:discuss_in_private]
    Gladys nods, wipes her face with her sleeve and follows you down the corridor. # speaker:narrator # sfx:footsteps
+ ["And you're only coming now? If she didn't come home yesterday afternoon, why didn't you come last night? All right, come through to the office." #do:blame_carer #do:attend_immediately #do:discuss_in_private]
    —I came at eleven last night, officer. They told me to come back in the morning. # speaker:gladys
    Gladys looks down and follows you down the corridor without another word. # speaker:narrator # sfx:footsteps
+ ["For the report I need the girl's birth certificate and a passport-size photo. Bring them and I'll take the report." #do:demand_formalities]
    -> sent_away
- -> facts

=== facts ===
The office is small: a desk, two chairs, a window onto the yard. You close the door. # speaker:narrator # scene:office # ambient:quiet_room # sfx:door # phase:disclosure
—It's my fault —says Gladys—. I sell at the market from five in the morning; she's on her own all afternoon. # speaker:gladys
+ ["Let's be honest, madam: she surely went off with some boy of her own accord. I'll record it as leaving home voluntarily; that doesn't get an alert." #do:express_doubt_or_shock #do:register_report #do:delay_missing_alert]
    -> alert_delayed
+ ["Girls that age need more keeping an eye on, madam. Right: recent photo, clothes, where she was last seen, friends and social media." #do:blame_carer #do:gather_facts_from_adult #do:register_report]
    Gladys answers quietly, without looking at you. # speaker:narrator # sfx:paper
+ ["It isn't your fault; you're doing exactly what needs doing. I need a recent photo, the clothes she was wearing, where she was last seen, her friends and her social-media accounts." #do:receive_carer_respectfully #do:gather_facts_from_adult #do:register_report]
    Gladys takes a deep breath and starts to answer, putting things in order one by one. # speaker:narrator # sfx:paper
- -> alert

=== alert ===
Gladys shows you a photo of Rosa on her phone, in her school uniform, from a month ago. Yesterday she left school at 1:30 in a blue tracksuit with a black backpack. Her friend Milena says that at the bus stop Rosa was "waiting for someone". # speaker:narrator # phase:protection
+ [Register the disappearance now, issue the Nota de Alerta (alert notice) with the photo, request the Alerta de Emergencia and inform the Missing Persons Division. #do:issue_missing_alert #do:involve_specialized_unit]
    Within twenty minutes Rosa's photo is circulating on the police network and on the missing-persons portal. # speaker:narrator # sfx:radio
+ ["It's registered now, madam. Let's wait until tomorrow; they nearly always come back on their own. If not, we'll put out the alert." #do:delay_missing_alert]
    Gladys looks at the clock on the wall, but she doesn't argue. # speaker:narrator
    -> alert_delayed
+ ["In the meantime, post the photo on Facebook yourself, with her name, her school and your neighbourhood. That spreads faster than any alert." #do:delay_missing_alert #do:expose_identity]
    Gladys posts the photo from the office. Within an hour hundreds of people have shared it, with the name of the school and of the street. # speaker:narrator
    -> alert_delayed
- -> online

=== online ===
—There's something else —says Gladys—. Rosa spent her nights chatting with a friend from an online game. Someone called Jhair. She said he was her age. # speaker:gladys
—I've got her tablet at home. Should I go into her messages? Should I write to that boy? # speaker:gladys
+ ["Block him and delete those conversations, madam. That way the guy can't look for her any more." #do:advise_deleting_evidence]
    That same afternoon Gladys deletes the chat. With it go the username, the dates and Jhair's profile pictures. # speaker:narrator
+ ["Don't delete anything and don't write to him. Bring the tablet just as it is, and write down Jhair's username and any dates you remember. I'm informing DIVINDAT, the cybercrime unit, now." #do:advise_evidence_preservation #do:involve_specialized_unit]
    —I'll bring it right away, officer. # speaker:gladys
    Gladys writes the username on a scrap of paper, her handwriting shaky. # speaker:narrator
+ ["Go into her messages yourself and see who she was talking to. Then delete them, so nobody else sees that kind of thing." #do:advise_deleting_evidence]
    Gladys reads the messages all night. At dawn, ashamed, she deletes them one by one. # speaker:narrator
- You give her the report number and your extension. Gladys leaves to keep searching. # speaker:narrator # sfx:door
-> found

=== sent_away ===
Gladys stands still for a moment. Then she puts her phone away and leaves without a word. # speaker:narrator # sfx:door
She comes back the next day at nine. This time the report is taken, a whole day after the first time. # speaker:narrator
When the alert finally goes out, nobody at the bus stop remembers whom Rosa got on the minibus with, and her phone no longer shows on any mast. # speaker:narrator
Three weeks later Rosa is still missing. Every morning Gladys sticks her photo on the lampposts around the market. # speaker:narrator
Rosa has not come home. # speaker:narrator # ending:at_risk_sent_away
-> END

=== alert_delayed ===
Gladys leaves with the report number on a scrap of paper. # speaker:narrator # sfx:door
The alert only goes out the next afternoon. By then Rosa has been away from home for more than forty hours, and her phone no longer shows on any mast. # speaker:narrator
Rosa turns up twelve days later, in another region, in a place where "the lady with the shop" had her working without pay and would not let her leave. # speaker:narrator
She comes home very thin, and she does not want to talk to any police officer. # speaker:narrator # ending:harmed_alert_delayed
-> END
