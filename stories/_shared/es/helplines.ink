// Pieza compartida (español): solo narración y diálogo, sin opciones `do:`.
// Es un túnel: llámalo con -> shared_helplines -> (con sus parámetros, si tiene) y vuelve solo.
// La versión inglesa, con el mismo knot y los mismos parámetros, está en _shared/en/helplines.ink.

// Líneas de ayuda y CEM, dichas a la persona adulta que protege.
=== shared_helplines ===
—Le dejo anotados estos números. La Línea 100 es gratuita y atiende las veinticuatro horas, todos los días: ahí la orientan y la escuchan. También está el Chat 100 en internet. # speaker:officer
—Y el CEM, el Centro Emergencia Mujer, la va a llamar: tienen psicóloga, trabajadora social y abogada gratis para usted y para sus hijos. Si él se acerca o la amenaza, llame al 105 o venga aquí, a cualquier hora. # speaker:officer
->->
