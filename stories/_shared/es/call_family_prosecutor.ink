// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_call_family_prosecutor -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/call_family_prosecutor.ink.

// Llamada a la Fiscalía Provincial de Familia de turno.
// quien: "una niña de ocho años"; hora: "18:35".
=== shared_call_family_prosecutor(quien, hora) ===
Marcas el número de la Fiscalía Provincial de Familia de turno. # speaker:narrator # sfx:phone
—Buenas, doctora. Le hablo de la comisaría. Tenemos a {quien}, víctima. Le paso los datos y le envío el oficio ahora. # speaker:officer
La fiscal de turno toma nota, pide que no se interrogue a la víctima en la comisaría y que le envíen la ficha de valoración de riesgo. # speaker:narrator
Anotas en el acta: «{hora}, comunicado a la Fiscalía de Familia de turno». # speaker:narrator # sfx:paper
->->
