// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_call_criminal_prosecutor -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/call_criminal_prosecutor.ink.

// Llamada a la Fiscalía Penal de turno.
// motivo: "una presunta violación de la libertad sexual de una menor de edad".
=== shared_call_criminal_prosecutor(motivo, hora) ===
Llamas luego a la Fiscalía Penal de turno. # speaker:narrator # sfx:phone
—Doctor, le informo de {motivo}. Ya di cuenta a la Fiscalía de Familia. # speaker:officer
El fiscal penal indica las diligencias urgentes y pide el oficio por correo institucional. # speaker:narrator
Anotas: «{hora}, comunicado a la Fiscalía Penal de turno». # speaker:narrator # sfx:paper
->->
