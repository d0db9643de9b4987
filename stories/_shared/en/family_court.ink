// Shared piece (English): narration and dialogue only, no `do:` options.
// A tunnel: call it with -> shared_family_court -> (with its parameters, if any) and it returns.
// The Spanish version, with the same knot and parameters, is in _shared/es/family_court.ink.

// Letter to the Juzgado de Familia (family court) with the risk assessment form.
// medidas: "the removal of the aggressor from the home and a ban on approaching the girl".
=== shared_family_court(medidas) ===
You write the official letter to the Juzgado de Familia (family court) and attach the risk assessment form. You ask for {medidas}. # speaker:narrator # sfx:paper
The court must decide quickly; the police are the ones who enforce the measures. You send it through the court's online filing desk well before twenty-four hours have passed. # speaker:narrator
->->
