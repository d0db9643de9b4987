// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_call_criminal_prosecutor -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/call_criminal_prosecutor.ink.

// Call to the Fiscalía Penal (criminal prosecutor) on duty.
// motivo: "an alleged sexual offence against a girl".
=== shared_call_criminal_prosecutor(motivo, hora) ===
Then you call the Fiscalía Penal (the criminal prosecutor) on duty. # speaker:narrator # sfx:phone
—Doctor, I am reporting {motivo}. I have already informed the family prosecutor. # speaker:officer
The criminal prosecutor sets out the urgent steps and asks for the official letter by institutional email. # speaker:narrator
You write: "{hora}, criminal prosecutor on duty informed". # speaker:narrator # sfx:paper
->->
