// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_do_not_question -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/do_not_question.ink.

// Consejo a la persona adulta: no interrogar al niño o niña en casa.
=== shared_do_not_question ===
—Una cosa importante: en casa no le pregunte sobre lo que pasó, ni le pida que lo repita. Si quiere hablar, escúchele con calma, dígale que le cree, y no le haga preguntas. Lo demás lo hace la persona especialista, una sola vez. # speaker:officer
->->
