// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_call_family_prosecutor -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/call_family_prosecutor.ink.

// Call to the Fiscalía Provincial de Familia (family prosecutor) on duty.
// quien: "an eight-year-old girl"; hora: "18:35".
=== shared_call_family_prosecutor(quien, hora) ===
You dial the Fiscalía Provincial de Familia (the family prosecutor's office) on duty. # speaker:narrator # sfx:phone
—Good evening, doctora. This is the police station. We have {quien}, a victim. I'll give you the details and send the official letter now. # speaker:officer
The prosecutor on duty takes notes, asks that the victim not be questioned at the station, and asks for the ficha de valoración de riesgo (the risk assessment form). # speaker:narrator
You write in the record: "{hora}, family prosecutor on duty informed". # speaker:narrator # sfx:paper
->->
